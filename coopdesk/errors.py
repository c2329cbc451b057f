"""Errors the core raises with a message a user can act on.

The CLI prints ``str(error)`` on one line and exits 1; the UI shows it in a dialog.
"""


class CoopDeskError(Exception):
    """Base of every error whose message is meant for the user."""


class StoreError(CoopDeskError):
    """The store cannot be opened, read or written (bad URL, locked, corrupt, too new)."""


class NotFoundError(CoopDeskError):
    """A plan, sector or measure asked for does not exist."""


class ValidationError(CoopDeskError):
    """A change was refused because a value is not acceptable; nothing was written."""


class ConflictError(CoopDeskError):
    """A change was refused because someone changed the same data since it was read.

    ``conflicts`` holds what collided (service-specific records naming the row, the
    field, both values, who changed it and when); nothing was written.
    """

    def __init__(self, message: str, conflicts: object = ()) -> None:
        super().__init__(message)
        self.conflicts = list(conflicts) if conflicts else []  # type: ignore[call-overload]
