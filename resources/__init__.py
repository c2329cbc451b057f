"""Assets shipped inside the package as ``coopdesk.resources``, read with importlib.resources.

This is the top-level ``resources/`` folder of the repository (mapped in pyproject.toml's
``package-dir``): the sample plan, icons, fonts, and translations (the Qt Linguist
``.ts`` sources and the ``.qm`` catalogues ``make translations`` compiles from them).
"""
