"""Turns the services' change notifications into a Qt signal the views connect to."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from coopdesk.services.changes import ChangeHub, ChangeSet


class ChangeBridge(QObject):
    """Emits :attr:`changed` with every :class:`ChangeSet` the hub publishes."""

    changed = Signal(object)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        hub.subscribe(self._relay)

    def _relay(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        """Stop relaying (before the hub outlives the window)."""
        with contextlib.suppress(ValueError):
            self._hub.unsubscribe(self._relay)
