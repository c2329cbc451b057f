"""An edit that collided with a colleague's: the Excel merge's conflict dialog decides it.

When the field being saved was changed by someone else since the editor loaded it,
the services refuse the save (:class:`~coopdesk.errors.ConflictError`). The user
then sees both values, who changed theirs and when, and chooses: keep mine, take
theirs, or edit a value to keep. Nothing is ever overwritten silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from coopdesk.exchange.model import Conflict
from coopdesk.services.unit import FieldConflict
from coopdesk.ui.core_messages import core_text
from coopdesk.ui.exchange.conflict_dialog import ConflictDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditConflict", text)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", getattr(value, "text", value)))


class EditConflictDialog(ConflictDialog):
    """The conflict dialog worded for an edit made in two windows at once."""

    def __init__(self, conflicts: list[FieldConflict], parent: QWidget | None = None) -> None:
        rows = [
            Conflict(
                measure_id=c.measure_id,
                uid="",
                number=c.number,
                title="",
                field="timing" if c.field == "timing_text" else c.field,
                base=_text(c.base),
                ours=_text(c.ours),
                theirs=_text(c.theirs),
            )
            for c in conflicts
        ]
        super().__init__(rows, parent)
        self.field_conflicts = conflicts
        self.setWindowTitle(_tr("Changed by someone else"))
        who = ", ".join(sorted({c.by for c in conflicts if c.by})) or _tr("someone")
        when = max((c.at for c in conflicts if c.at), default=None)
        intro = _tr(
            "%1 changed this while you were editing it (%2). Choose the value to keep."
        ).replace("%1", who)
        intro = intro.replace("%2", f"{when:%d.%m.%Y %H:%M} UTC" if when else _tr("just now"))
        labels = self.findChildren(QLabel)
        if labels:
            labels[0].setText(intro)
        self.table.setHorizontalHeaderLabels(
            [_tr("Measure"), _tr("Field"), _tr("When you started"), _tr("Yours"),
             _tr("Theirs (saved)"), _tr("Keep"), _tr("Value")]
        )  # fmt: skip
        self.all_ours.setText(_tr("Keep all mine"))


def decisions(dialog: EditConflictDialog) -> dict[str, Any]:
    """The values to write after the dialog was accepted ({} when theirs stand)."""
    out: dict[str, Any] = {}
    for row, conflict in zip(dialog.conflicts, dialog.field_conflicts, strict=True):
        if row.choice == "ours":
            out[row.field] = conflict.ours
        elif row.choice == "edit":
            out[row.field] = row.value or ""
    return out


def resolve_edit_conflict(parent: QWidget, error: Exception) -> dict[str, Any] | None:
    """Ask the user; the values to write, {} to take theirs, None when cancelled."""
    conflicts = [c for c in getattr(error, "conflicts", []) if isinstance(c, FieldConflict)]
    if not conflicts:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, _tr("Changed by someone else"), core_text(error))
        return None
    dialog = EditConflictDialog(conflicts, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return decisions(dialog)
