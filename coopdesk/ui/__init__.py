"""Everything PySide6: start-up, main window, item models, dialogs.

The UI reads through and changes data only through :mod:`coopdesk.services`, and
refreshes from the change sets the services publish (see :mod:`.bridge`).
"""
