"""CoopDesk: a desktop planner for bilateral plans of measures.

The package is split so that the core (``domain``, ``store``, ``services``,
``cli``) never imports Qt; everything PySide6 lives under ``coopdesk.ui``.
"""

__version__ = "0.1.0"
