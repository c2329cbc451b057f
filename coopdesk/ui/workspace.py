"""The workspace: every change the window makes, as an undo step the services recorded.

Each operation calls a service once (one transaction, one name). The service
records the step's inverse in the store in that same transaction and publishes a
change set carrying this workspace as its initiator; the workspace then pushes a
:class:`StepCommand` holding only the step's id. Undo and redo ask the history
service to undo or redo that step, which refuses (with a message, never silently)
when someone else changed the same rows since. Views do not refresh here: the
change sets reach them through the bridge. Failures never raise into Qt: they are
reported through :attr:`Workspace.failed`, and conflicts through
:attr:`Workspace.conflicted`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from coopdesk.domain import model
from coopdesk.domain.vocab import Status
from coopdesk.errors import ConflictError, CoopDeskError
from coopdesk.services.changes import ChangeSet
from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService
from coopdesk.ui.core_messages import core_text
from coopdesk.ui.i18n import QT_TRANSLATE_NOOP
from coopdesk.ui.vocab import label

T = TypeVar("T")

_FIELD_NAMES = {
    "number": QT_TRANSLATE_NOOP("Workspace", "number"),
    "title": QT_TRANSLATE_NOOP("Workspace", "title"),
    "description": QT_TRANSLATE_NOOP("Workspace", "description"),
    "kind": QT_TRANSLATE_NOOP("Workspace", "kind"),
    "level": QT_TRANSLATE_NOOP("Workspace", "level"),
    "framework": QT_TRANSLATE_NOOP("Workspace", "framework"),
    "responsible_a": QT_TRANSLATE_NOOP("Workspace", "responsible (party A)"),
    "responsible_b": QT_TRANSLATE_NOOP("Workspace", "responsible (party B)"),
    "form": QT_TRANSLATE_NOOP("Workspace", "form of completion"),
    "timing": QT_TRANSLATE_NOOP("Workspace", "timing"),
    "location": QT_TRANSLATE_NOOP("Workspace", "location"),
    "status": QT_TRANSLATE_NOOP("Workspace", "status"),
    "priority": QT_TRANSLATE_NOOP("Workspace", "priority"),
    "notes": QT_TRANSLATE_NOOP("Workspace", "notes"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def _done(action: Callable[..., None], *args: Any) -> bool:
    """Run a service call that returns nothing; True once it went through."""
    action(*args)
    return True


class StepCommand(QUndoCommand):
    """An undo step: the id of a step the services recorded, undone and redone by them.

    The change itself was already made when the command is pushed, so the first
    ``redo()`` (which QUndoStack.push calls) does nothing.
    """

    def __init__(self, text: str, step_id: int, workspace: Workspace) -> None:
        super().__init__(text)
        self.step_id = step_id
        self._workspace = workspace
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._workspace.history.redo, _tr("Could not redo “%1”: %2"))

    def undo(self) -> None:
        self._run(self._workspace.history.undo, _tr("Could not undo “%1”: %2"))

    def _run(self, action: Callable[[int], object], message: str) -> None:
        try:
            with self._workspace.service.acting_for(self._workspace):
                action(self.step_id)
        except CoopDeskError as exc:
            # Someone else changed these rows since (or the step is gone): the step
            # leaves the stack rather than stay there, broken, or overwrite their work.
            self.setObsolete(True)
            self._workspace.failed.emit(
                message.replace("%1", self.text()).replace("%2", core_text(exc))
            )


class Workspace(QObject):
    """The window's one way to change data: service calls whose steps go on the undo stack."""

    #: A change was refused or failed; the argument is a message for the user.
    failed = Signal(str)
    #: An edit collided with someone else's: (measure id, values wanted, ConflictError).
    conflicted = Signal(int, object, object)

    def __init__(self, service: PlanService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.history = HistoryService(service)
        self.undo_stack = QUndoStack(self)
        self._made: list[ChangeSet] = []
        service.hub.subscribe(self._heard)

    def detach(self) -> None:
        """Stop listening to the service (the window is closing)."""
        with contextlib.suppress(ValueError):
            self.service.hub.unsubscribe(self._heard)

    # -- plumbing ---------------------------------------------------------------------------

    def _heard(self, changes: ChangeSet) -> None:
        if changes.initiator is self and changes.kind == "do" and changes.step_id is not None:
            self._made.append(changes)

    def _run(
        self,
        text: str | Callable[[], str],
        action: Callable[[], T],
        *,
        raise_conflicts: bool = False,
    ) -> T | None:
        """Run one service call for this window; push its recorded step, if any.

        Failures are reported through :attr:`failed`; with ``raise_conflicts`` a
        :class:`ConflictError` goes to the caller instead, which asks the user.
        """
        self._made.clear()
        try:
            with self.service.acting_for(self):
                result = action()
        except CoopDeskError as exc:
            if raise_conflicts and isinstance(exc, ConflictError):
                raise
            self.failed.emit(core_text(exc))
            return None
        for changes in self._made:
            label = text() if callable(text) else text
            self.undo_stack.push(StepCommand(label, changes.step_id, self))  # type: ignore[arg-type]
        self._made.clear()
        return result

    # -- plans ------------------------------------------------------------------------------

    def create_plan(self, values: Mapping[str, Any]) -> model.Plan | None:
        """Create a plan."""
        return self._run(self.tr("New plan"), lambda: self.service.create_plan(**values))

    def update_plan(self, plan_id: int, values: Mapping[str, Any]) -> model.Plan | None:
        """Change a plan's properties."""
        return self._run(
            self.tr("Edit plan properties"), lambda: self.service.update_plan(plan_id, **values)
        )

    def read_timings_again(self, plan_id: int) -> list[int] | None:
        """Give dates to the plan's timings stored without any that can be read now
        (:meth:`~coopdesk.services.plans.PlanService.read_timings_again`)."""
        return self._run(
            self.tr("Read timings again"), lambda: self.service.read_timings_again(plan_id)
        )

    def delete_plan(self, plan_id: int) -> bool:
        """Delete a plan with everything in it (undo restores it whole)."""
        code: list[str] = []

        def delete() -> bool:
            code.append(self.service.get_plan(plan_id).code)
            self.service.delete_plan(plan_id)
            return True

        return bool(self._run(lambda: self.tr("Delete plan %1").replace("%1", code[0]), delete))

    # -- sectors ----------------------------------------------------------------------------

    def add_sector(
        self, plan_id: int, name: str, parent_id: int | None = None
    ) -> model.Sector | None:
        """Add a sector at the end of its parent."""
        return self._run(
            self.tr("Add sector"), lambda: self.service.add_sector(plan_id, name, parent_id)
        )

    def rename_sector(self, sector_id: int, name: str) -> model.Sector | None:
        """Rename a sector."""
        return self._run(
            self.tr("Rename sector"), lambda: self.service.rename_sector(sector_id, name)
        )

    def delete_sector(self, sector_id: int) -> bool:
        """Delete a sector, its sub-sectors and their measures (undo restores them)."""
        return bool(
            self._run(
                self.tr("Delete sector"),
                lambda: _done(self.service.delete_sector, sector_id),
            )
        )

    def shift_sector(self, plan_id: int, sector_id: int, delta: int) -> bool:
        """Move a sector up or down among its siblings."""
        text = self.tr("Move sector up") if delta < 0 else self.tr("Move sector down")
        return self._run(text, lambda: self.service.shift_sector(sector_id, delta)) is not None

    def indent_sector(self, plan_id: int, sector_id: int) -> bool:
        """Make a sector a child of the sector above it."""
        return (
            self._run(self.tr("Indent sector"), lambda: self.service.indent_sector(sector_id))
            is not None
        )

    def outdent_sector(self, plan_id: int, sector_id: int) -> bool:
        """Make a sector a sibling of its parent."""
        return (
            self._run(self.tr("Outdent sector"), lambda: self.service.outdent_sector(sector_id))
            is not None
        )

    # -- measures ---------------------------------------------------------------------------

    def add_measure(
        self, plan_id: int, sector_id: int, values: Mapping[str, Any]
    ) -> model.Measure | None:
        """Add a measure at the end of a sector."""
        return self._run(
            self.tr("Add measure"),
            lambda: self.service.add_measure(plan_id, sector_id, **values),
        )

    def edit_measure(
        self,
        measure_id: int,
        values: Mapping[str, Any],
        base: Mapping[str, Any] | None = None,
    ) -> model.Measure | None:
        """Change some fields of a measure (one undo step named after the field).

        ``base`` holds the values the user started from: a field someone else
        changed since is not overwritten; :attr:`conflicted` is emitted instead.
        """
        if len(values) == 1:
            (field,) = values
            text = self.tr("Edit %1").replace("%1", self.tr(_FIELD_NAMES.get(field, field)))
        else:
            text = self.tr("Edit measure")
        try:
            return self._run(
                text,
                lambda: self.service.update_measure(measure_id, base=base, **values),
                raise_conflicts=True,
            )
        except ConflictError as exc:
            self.conflicted.emit(measure_id, dict(values), exc)
            return None

    def set_status(self, measure_ids: Sequence[int], status: Status) -> bool:
        """Give measures one status (undo gives each its own back)."""
        ids = list(measure_ids)
        if not ids:
            return False
        text = self.tr("Set status to %1").replace("%1", label(status))
        return self._run(text, lambda: _done(self.service.set_status, ids, status)) is not None

    def move_measures(
        self,
        measure_ids: Sequence[int],
        sector_id: int,
        if_versions: Mapping[int, int] | None = None,
    ) -> bool:
        """Move measures to another sector (undo puts every number back).

        With ``if_versions``, a measure changed since the user saw it raises
        :class:`ConflictError` for the caller to ask about; nothing is moved.
        """
        ids = list(measure_ids)
        if not ids:
            return False
        text = (
            self.tr("Move measure")
            if len(ids) == 1
            else self.tr("Move %1 measures").replace("%1", str(len(ids)))
        )
        action = lambda: self.service.move_measures(ids, sector_id, if_versions=if_versions)  # noqa: E731
        if if_versions:
            return self._run(text, action, raise_conflicts=True) is not None
        return self._run(text, action) is not None

    def shift_measure(self, measure_id: int, delta: int) -> bool:
        """Move a measure up or down within its sector."""
        text = self.tr("Move measure up") if delta < 0 else self.tr("Move measure down")
        return self._run(text, lambda: self.service.shift_measure(measure_id, delta)) is not None

    def duplicate_measures(self, measure_ids: Sequence[int]) -> list[model.Measure]:
        """Copy measures to the end of their sectors."""
        ids = list(measure_ids)
        if not ids:
            return []
        text = (
            self.tr("Duplicate measure")
            if len(ids) == 1
            else self.tr("Duplicate %1 measures").replace("%1", str(len(ids)))
        )
        return self._run(text, lambda: self.service.duplicate_measures(ids)) or []

    def delete_measures(
        self, measure_ids: Sequence[int], if_versions: Mapping[int, int] | None = None
    ) -> bool:
        """Delete measures (undo brings them back with their ids and numbers).

        With ``if_versions``, a measure changed since the user saw it raises
        :class:`ConflictError` for the caller to ask about; nothing is deleted.
        """
        ids = list(measure_ids)
        if not ids:
            return False
        text = (
            self.tr("Delete measure")
            if len(ids) == 1
            else self.tr("Delete %1 measures").replace("%1", str(len(ids)))
        )
        action = lambda: self.service.delete_measures(ids, if_versions=if_versions)  # noqa: E731
        if if_versions:
            return self._run(text, action, raise_conflicts=True) is not None
        return self._run(text, action) is not None

    def push_step(self, text: str, step_id: int | None) -> None:
        """Put a step made by this window off the main thread (an import) on the undo stack."""
        if step_id is not None:
            self.undo_stack.push(StepCommand(text, step_id, self))

    def run_step(self, text: str, action: Callable[[], T]) -> T | None:
        """Any other service call (an import, say) as one undo step of this window."""
        return self._run(text, action)


def step_label(name: str) -> str:
    """A recorded step's name (as the services write it, in English) in the window's language.

    Steps made in another window reach this one by the names the services gave them;
    this says them the way this window's own undo steps are said.
    """
    fixed = {
        "New plan": _tr("New plan"),
        "Edit plan": _tr("Edit plan properties"),
        "Delete plan": _tr("Delete plan"),
        "Read timings again": _tr("Read timings again"),
        "Add sector": _tr("Add sector"),
        "Rename sector": _tr("Rename sector"),
        "Delete sector": _tr("Delete sector"),
        "Move sector": _tr("Move sector"),
        "Move sector up": _tr("Move sector up"),
        "Move sector down": _tr("Move sector down"),
        "Indent sector": _tr("Indent sector"),
        "Outdent sector": _tr("Outdent sector"),
        "Add measure": _tr("Add measure"),
        "Edit measure": _tr("Edit measure"),
        "Move measure": _tr("Move measure"),
        "Move measure up": _tr("Move measure up"),
        "Move measure down": _tr("Move measure down"),
        "Duplicate measure": _tr("Duplicate measure"),
        "Delete measure": _tr("Delete measure"),
        "Import plan": _tr("Import plan"),
        "Import measures": _tr("Import measures"),
        "Load sample plan": _tr("Load sample plan"),
        # The agency directory, progress per party (issue 16).
        "Add agency": _tr("Add agency"),
        "Edit agency": _tr("Edit agency"),
        "Delete agency": _tr("Delete agency"),
        "Merge agencies": _tr("Merge agencies"),
        "Import agencies": _tr("Import agencies"),
        "Load agencies": _tr("Load agencies"),
        "Edit responsible agencies": _tr("Edit responsible agencies"),
        "Link responsible agencies": _tr("Link responsible agencies"),
        "Add progress entry": _tr("Add progress entry"),
        "Edit progress entry": _tr("Edit progress entry"),
        "Delete progress entry": _tr("Delete progress entry"),
        "Record progress": _tr("Record progress"),
    }
    if name in fixed:
        return fixed[name]
    words = name.split(" ", 1)
    if len(words) == 2 and words[0] == "Edit":
        field = {"responsible": "responsible (party A)", "form": "form of completion"}.get(
            words[1], words[1]
        )
        if field in _FIELD_NAMES.values():
            return _tr("Edit %1").replace("%1", _tr(field))
    for verb, text in (
        ("Move", _tr("Move %1 measures")),
        ("Duplicate", _tr("Duplicate %1 measures")),
        ("Delete", _tr("Delete %1 measures")),
    ):
        parts = name.split(" ")
        if len(parts) == 3 and parts[0] == verb and parts[1].isdigit() and parts[2] == "measures":
            return text.replace("%1", parts[1])
    if name.startswith("Set status to "):
        from coopdesk.domain.vocab import Status

        for status in Status:
            if status.label == name[len("Set status to ") :]:
                return _tr("Set status to %1").replace("%1", label(status))
    if name.startswith("Import "):
        return _tr("Import %1").replace("%1", name[len("Import ") :])
    if name.startswith("Carry over into "):
        return _tr("Carry over into %1").replace("%1", name[len("Carry over into ") :])
    return name
