"""The workspace: every change the window makes, as an undoable step through the services.

Each operation calls a service once (one transaction, one name), and on success
pushes a :class:`ServiceCommand` onto the :class:`QUndoStack` whose undo and redo
call the services again (restoring exact earlier states, ids included). Views do
not refresh here: the services' change sets reach them through the bridge.
Failures never raise into Qt: they are reported through :attr:`Workspace.failed`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from coopdesk.domain import model
from coopdesk.domain.vocab import Status
from coopdesk.errors import CoopDeskError
from coopdesk.services.plans import PlanService
from coopdesk.store.columns import MEASURE_ROW_COLUMNS

T = TypeVar("T")

_FIELD_NAMES = {
    "number": "number",
    "title": "title",
    "description": "description",
    "kind": "kind",
    "level": "level",
    "framework": "framework",
    "responsible_a": "responsible (party A)",
    "responsible_b": "responsible (party B)",
    "form": "form of completion",
    "timing": "timing",
    "location": "location",
    "status": "status",
    "priority": "priority",
    "notes": "notes",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


class ServiceCommand(QUndoCommand):
    """An undo step whose redo and undo call services.

    The change itself was already made when the command is pushed, so the first
    ``redo()`` (which QUndoStack.push calls) does nothing.
    """

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo, self._on_error = redo, undo, on_error
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._redo, _tr("Could not redo “%1”: %2"))

    def undo(self) -> None:
        self._run(self._undo, _tr("Could not undo “%1”: %2"))

    def _run(self, action: Callable[[], object], message: str) -> None:
        try:
            action()
        except CoopDeskError as exc:
            # The store no longer matches this step (e.g. someone else deleted the
            # measure): drop it from the stack rather than leave a broken step.
            self.setObsolete(True)
            self._on_error(message.replace("%1", self.text()).replace("%2", str(exc)))


class Workspace(QObject):
    """The window's one way to change data: service calls wrapped as undo steps."""

    #: A change was refused or failed; the argument is a message for the user.
    failed = Signal(str)

    def __init__(self, service: PlanService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)

    # -- plumbing ---------------------------------------------------------------------------

    def _attempt(self, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except CoopDeskError as exc:
            self.failed.emit(str(exc))
            return None

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self.undo_stack.push(ServiceCommand(text, redo, undo, self.failed.emit))

    # -- plans ------------------------------------------------------------------------------

    def create_plan(self, values: Mapping[str, Any]) -> model.Plan | None:
        """Create a plan (undo deletes it, redo brings it back with the same id)."""
        plan = self._attempt(lambda: self.service.create_plan(**values))
        if plan is None:
            return None
        snapshot: list = []

        def undo() -> None:
            snapshot[:] = [self.service.snapshot_plan(plan.id)]
            self.service.delete_plan(plan.id)

        self._push(self.tr("New plan"), lambda: self.service.restore_plan(snapshot[0]), undo)
        return plan

    def update_plan(self, plan_id: int, values: Mapping[str, Any]) -> model.Plan | None:
        """Change a plan's properties."""
        before = self._attempt(lambda: self.service.get_plan(plan_id))
        if before is None:
            return None
        after = self._attempt(lambda: self.service.update_plan(plan_id, **values))
        if after is None:
            return None
        old = {key: getattr(before, key) for key in values}
        self._push(
            self.tr("Edit plan properties"),
            lambda: self.service.update_plan(plan_id, **values),
            lambda: self.service.update_plan(plan_id, **old),
        )
        return after

    def delete_plan(self, plan_id: int) -> bool:
        """Delete a plan with everything in it (undo restores it whole)."""
        snapshot = self._attempt(lambda: self.service.snapshot_plan(plan_id))
        if snapshot is None:
            return False
        if self._attempt(lambda: self.service.delete_plan(plan_id) or True) is None:
            return False
        self._push(
            self.tr("Delete plan %1").replace("%1", snapshot.plan.code),
            lambda: self.service.delete_plan(plan_id),
            lambda: self.service.restore_plan(snapshot),
        )
        return True

    # -- sectors ----------------------------------------------------------------------------

    def add_sector(
        self, plan_id: int, name: str, parent_id: int | None = None
    ) -> model.Sector | None:
        """Add a sector at the end of its parent."""
        sector = self._attempt(lambda: self.service.add_sector(plan_id, name, parent_id))
        if sector is None:
            return None
        snapshot = self.service.snapshot_sector(sector.id)  # type: ignore[arg-type]
        self._push(
            self.tr("Add sector"),
            lambda: self.service.restore_sector(snapshot, name="Add sector"),
            lambda: self.service.delete_sector(sector.id),  # type: ignore[arg-type]
        )
        return sector

    def rename_sector(self, sector_id: int, name: str) -> model.Sector | None:
        """Rename a sector."""
        before = self._attempt(lambda: self.service.get_sector(sector_id))
        if before is None or before.name == name:
            return before
        after = self._attempt(lambda: self.service.rename_sector(sector_id, name))
        if after is None:
            return None
        self._push(
            self.tr("Rename sector"),
            lambda: self.service.rename_sector(sector_id, name),
            lambda: self.service.rename_sector(sector_id, before.name),
        )
        return after

    def delete_sector(self, sector_id: int) -> bool:
        """Delete a sector, its sub-sectors and their measures (undo restores them)."""
        snapshot = self._attempt(lambda: self.service.snapshot_sector(sector_id))
        if snapshot is None:
            return False
        if self._attempt(lambda: self.service.delete_sector(sector_id) or True) is None:
            return False
        self._push(
            self.tr("Delete sector"),
            lambda: self.service.delete_sector(sector_id),
            lambda: self.service.restore_sector(snapshot, name="Delete sector"),
        )
        return True

    def _sector_move(self, text: str, plan_id: int, action: Callable[[], object]) -> bool:
        layout = self._attempt(lambda: self.service.sector_layout(plan_id))
        if layout is None or self._attempt(lambda: action() or True) is None:
            return False
        self._push(
            text,
            action,
            lambda: self.service.restore_sector_layout(plan_id, layout, name=text),
        )
        return True

    def shift_sector(self, plan_id: int, sector_id: int, delta: int) -> bool:
        """Move a sector up or down among its siblings."""
        text = self.tr("Move sector up") if delta < 0 else self.tr("Move sector down")
        return self._sector_move(text, plan_id, lambda: self.service.shift_sector(sector_id, delta))

    def indent_sector(self, plan_id: int, sector_id: int) -> bool:
        """Make a sector a child of the sector above it."""
        return self._sector_move(
            self.tr("Indent sector"), plan_id, lambda: self.service.indent_sector(sector_id)
        )

    def outdent_sector(self, plan_id: int, sector_id: int) -> bool:
        """Make a sector a sibling of its parent."""
        return self._sector_move(
            self.tr("Outdent sector"), plan_id, lambda: self.service.outdent_sector(sector_id)
        )

    # -- measures ---------------------------------------------------------------------------

    def add_measure(
        self, plan_id: int, sector_id: int, values: Mapping[str, Any]
    ) -> model.Measure | None:
        """Add a measure at the end of a sector."""
        measure = self._attempt(lambda: self.service.add_measure(plan_id, sector_id, **values))
        if measure is None:
            return None
        self._push(
            self.tr("Add measure"),
            lambda: self.service.restore_measures([measure], name="Add measure"),
            lambda: self.service.delete_measures([measure.id]),  # type: ignore[list-item]
        )
        return measure

    def edit_measure(self, measure_id: int, values: Mapping[str, Any]) -> model.Measure | None:
        """Change some fields of a measure (one undo step named after the field)."""
        before = self._attempt(lambda: self.service.get_measure(measure_id))
        if before is None:
            return None
        after = self._attempt(lambda: self.service.update_measure(measure_id, **values))
        if after is None:
            return None
        changed = {k for k in values if getattr(before, k) != getattr(after, k)}
        if not changed and before.number_pinned == after.number_pinned:
            return after
        old: dict[str, Any] = {key: getattr(before, key) for key in values}
        new: dict[str, Any] = dict(values)
        if "number" in values:
            old["number_pinned"] = before.number_pinned
            new["number_pinned"] = after.number_pinned
            new["number"] = after.number
        if len(values) == 1:
            (field,) = values
            text = self.tr("Edit %1").replace("%1", self.tr(_FIELD_NAMES.get(field, field)))
        else:
            text = self.tr("Edit measure")
        self._push(
            text,
            lambda: self.service.update_measure(measure_id, **new),
            lambda: self.service.update_measure(measure_id, **old),
        )
        return after

    def set_status(self, measure_ids: Sequence[int], status: Status) -> bool:
        """Give measures one status (undo gives each its own back)."""
        ids = list(measure_ids)
        if not ids:
            return False
        status_at = MEASURE_ROW_COLUMNS.index("status")
        # One read for the whole selection (a bulk change may cover thousands).
        before = self._attempt(
            lambda: {row[0]: row[status_at] for row in self.service.measure_rows_by_ids(ids)}
        )
        if not before:
            return False
        if self._attempt(lambda: self.service.set_status(ids, status) or True) is None:
            return False
        text = self.tr("Set status to %1").replace("%1", status.label)
        self._push(
            text,
            lambda: self.service.set_status(ids, status),
            lambda: self.service.update_measures(
                {m: {"status": s} for m, s in before.items()}, name=text
            ),
        )
        return True

    def move_measures(self, measure_ids: Sequence[int], sector_id: int) -> bool:
        """Move measures to another sector (undo puts every number back)."""
        ids = list(measure_ids)
        if not ids or self._attempt(lambda: self.service.move_measures(ids, sector_id)) is None:
            return False
        # Only the measures the move displaced (moved or renumbered) need restoring.
        places = self.service.displaced(self.service.last_changes)
        if not places:
            return False
        text = (
            self.tr("Move measure")
            if len(ids) == 1
            else self.tr("Move %1 measures").replace("%1", str(len(ids)))
        )
        self._push(
            text,
            lambda: self.service.move_measures(ids, sector_id),
            lambda: self.service.restore_placement(places, name=text),
        )
        return True

    def shift_measure(self, measure_id: int, delta: int) -> bool:
        """Move a measure up or down within its sector."""
        if self._attempt(lambda: self.service.shift_measure(measure_id, delta)) is None:
            return False
        places = self.service.displaced(self.service.last_changes)
        if not places:
            return False
        text = self.tr("Move measure up") if delta < 0 else self.tr("Move measure down")
        self._push(
            text,
            lambda: self.service.shift_measure(measure_id, delta),
            lambda: self.service.restore_placement(places, name=text),
        )
        return True

    def duplicate_measures(self, measure_ids: Sequence[int]) -> list[model.Measure]:
        """Copy measures to the end of their sectors."""
        ids = list(measure_ids)
        copies = self._attempt(lambda: self.service.duplicate_measures(ids)) if ids else None
        if not copies:
            return []
        text = self.tr("Duplicate %1 measures").replace("%1", str(len(copies)))
        if len(copies) == 1:
            text = self.tr("Duplicate measure")
        self._push(
            text,
            lambda: self.service.restore_measures(copies, name=text),
            lambda: self.service.delete_measures([c.id for c in copies]),  # type: ignore[misc]
        )
        return copies

    def delete_measures(self, measure_ids: Sequence[int]) -> bool:
        """Delete measures (undo brings them back with their ids and numbers)."""
        ids = list(measure_ids)
        if not ids:
            return False
        gone = self._attempt(lambda: self.service.delete_measures(ids))
        if gone is None:
            return False
        places = self.service.displaced(self.service.last_changes)
        text = (
            self.tr("Delete measure")
            if len(ids) == 1
            else self.tr("Delete %1 measures").replace("%1", str(len(ids)))
        )
        self._push(
            text,
            lambda: self.service.delete_measures(ids),
            lambda: self.service.restore_measures(gone, places, name=text),
        )
        return True
