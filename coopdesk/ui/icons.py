"""Icons shipped in ``resources/icons`` (package ``coopdesk.resources``) (SVG), loaded by name."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (file name without ``.svg``); an empty icon if it is missing."""
    resource = files("coopdesk.resources").joinpath("icons", f"{name}.svg")
    if not resource.is_file():
        return QIcon()
    with as_file(resource) as path:
        return QIcon(str(path))
