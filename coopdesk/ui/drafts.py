"""Drafts: the text being typed in the editor survives a crash.

A field is saved to the store when the user leaves it. Until then its text lives
only in the widget; a crash, a killed process or a power cut would lose it. So
while a field is being typed in, its text is written (after a second of quiet) to
a small JSON file in the user data folder, replaced atomically; saving the field
or leaving it unchanged removes the draft. On the next start on the same store,
the window offers what was being typed.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer


def drafts_path() -> Path:
    """The drafts file (beside the default store, in the user data folder)."""
    from platformdirs import user_data_path

    from coopdesk.config import APP_NAME

    return user_data_path(APP_NAME, appauthor=False) / "drafts.json"


@dataclass(slots=True)
class Draft:
    """Unsaved text of one field of one measure in one store."""

    store: str
    measure_id: int
    field: str
    text: str
    base: Any
    at: str


class DraftKeeper(QObject):
    """Writes the field being typed in to disk after a short quiet, and reads it back."""

    #: Milliseconds of quiet after a keystroke before the draft is written.
    IDLE_MS = 800

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or drafts_path()
        self.store = ""
        self._pending: Draft | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.IDLE_MS)
        self._timer.timeout.connect(self.flush)

    # -- writing ----------------------------------------------------------------------------

    def typed(self, measure_id: int, field: str, text: str, base: Any) -> None:
        """The user typed in a field: keep it as a draft once they pause."""
        self._pending = Draft(
            self.store,
            measure_id,
            field,
            text,
            base,
            datetime.now(UTC).isoformat(timespec="seconds"),
        )
        self._timer.start()

    def flush(self) -> None:
        """Write the pending draft now."""
        self._timer.stop()
        if self._pending is None:
            return
        drafts = [d for d in self._read() if d.store != self._pending.store]
        drafts.append(self._pending)
        self._write(drafts)

    def clear(self) -> None:
        """The field was saved (or left unchanged): no draft for this store any more."""
        self._timer.stop()
        self._pending = None
        drafts = self._read()
        kept = [d for d in drafts if d.store != self.store]
        if len(kept) != len(drafts):
            self._write(kept)

    # -- reading ----------------------------------------------------------------------------

    def left_over(self) -> Draft | None:
        """The draft an earlier run of this store left behind, if any."""
        for draft in self._read():
            if draft.store == self.store:
                return draft
        return None

    def _read(self) -> list[Draft]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [Draft(**item) for item in data]
        except (OSError, ValueError, TypeError):
            return []

    def _write(self, drafts: list[Draft]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not drafts:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                return
            handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".drafts-", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump([asdict(d) for d in drafts], out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except OSError:
            # A draft is a safety net: failing to write one must never stop typing.
            pass
