"""Undo, redo and the change history, read from the change log the services write.

A step's inverse was recorded in the step's own transaction (see
:mod:`coopdesk.services.unit`). Undoing step N applies that inverse as a new change
("undo" of N), which records its own inverse; redoing N applies the inverse of the
latest undo of N. Both refuse, with nothing written, when the rows they would put
back were changed since by someone else.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select, update

from coopdesk.domain.model import MEASURE_FIELDS
from coopdesk.domain.validation import field_label
from coopdesk.errors import NotFoundError, ValidationError, msg
from coopdesk.services.changes import ChangeSet
from coopdesk.services.plans import PlanService
from coopdesk.services.unit import apply_inverse, prepare_inverse
from coopdesk.store.engine import Store, retrying, translated_errors
from coopdesk.store.schema import ChangeField, ChangeStep, Measure


@dataclass(frozen=True, slots=True)
class Step:
    """One recorded change as a list shows it."""

    id: int
    plan_id: int | None
    name: str
    actor: str
    at: datetime
    kind: str
    target_id: int | None
    undone: bool
    origin: str
    source: str


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field's old and new value in one step (a line of the History panel)."""

    step_id: int
    at: datetime
    by: str
    step: str
    kind: str
    entity: str
    entity_id: int
    number: str
    field: str
    old: str | None
    new: str | None


class HistoryService:
    """Undo and redo of recorded steps, and the history of measures and plans."""

    def __init__(self, plans: PlanService) -> None:
        self.plans = plans

    # -- undo and redo ----------------------------------------------------------------------

    def _step(self, step_id: int) -> ChangeStep:
        with self.plans.store.session() as session:
            row = session.get(ChangeStep, step_id)
            if row is None:
                raise NotFoundError(msg("There is no recorded change {step}"), step=step_id)
            session.expunge(row)
            return row

    @property
    def store(self) -> Store:
        """The store (for :func:`retrying`)."""
        return self.plans.store

    @retrying
    def undo(self, step_id: int) -> ChangeSet:
        """Undo a step (a "do" step that stands); returns the undo's change set."""
        with translated_errors(self.plans.store.describe()):
            step = self._step(step_id)
            if step.kind != "do":
                raise ValidationError(msg("Only a change itself can be undone"))
            if step.undone:
                raise ValidationError(msg("“{step}” is undone already"), step=step.name)
            # The inverse to apply: the latest redo of this step, else the step's own.
            source = self._latest(step_id, "redo") or step
        return self._apply(step, source, "undo", undone=True)

    @retrying
    def redo(self, step_id: int) -> ChangeSet:
        """Redo a step that stands undone; returns the redo's change set."""
        with translated_errors(self.plans.store.describe()):
            step = self._step(step_id)
            if not step.undone:
                raise ValidationError(msg("“{step}” is not undone"), step=step.name)
            source = self._latest(step_id, "undo")
            if source is None:
                raise NotFoundError(msg("The undo of “{step}” is not on record"), step=step.name)
        return self._apply(step, source, "redo", undone=False)

    def _latest(self, step_id: int, kind: str) -> ChangeStep | None:
        with self.plans.store.session() as session:
            row = session.scalars(
                select(ChangeStep)
                .where(ChangeStep.target_id == step_id, ChangeStep.kind == kind)
                .order_by(ChangeStep.id.desc())
                .limit(1)
            ).first()
            if row is not None:
                session.expunge(row)
            return row

    def _apply(self, step: ChangeStep, source: ChangeStep, kind: str, *, undone: bool) -> ChangeSet:
        entries = json.loads(source.inverse) if source.inverse else []
        # A big undo reads what it will overwrite before it takes the write lock, so
        # other windows' saves wait for the writing only (see prepare_inverse).
        with translated_errors(self.plans.store.describe()), self.plans.store.session() as read:
            prepared = prepare_inverse(read, entries)
        if prepared is not None:
            prepared.actor = self.plans.actor
        result: list[ChangeSet] = []
        with self.plans.change(step.name, step.plan_id, kind=kind, target_id=step.id) as (
            session,
            changes,
        ):
            # Someone else may be undoing the same step right now: claim it first.
            claimed = session.execute(
                update(ChangeStep)
                .where(ChangeStep.id == step.id, ChangeStep.undone == (not undone))
                .values(undone=undone)
            ).rowcount  # type: ignore[attr-defined]
            if not claimed:
                raise ValidationError(
                    msg("“{step}” was already undone elsewhere")
                    if undone
                    else msg("“{step}” was already redone elsewhere"),
                    step=step.name,
                )
            apply_inverse(session, self.plans.recorder, entries, changes, prepared)
            # The other plans the step touched are touched again (a carry-over's old plan).
            if step.changes and '"also":' in step.changes:  # an import's JSON is big
                changes.also_plans.update(json.loads(step.changes)["also"])
            if not changes:
                # Nothing to put back still counts as a step, so redo stays possible.
                changes.change("plan", *([step.plan_id] if step.plan_id else []))
            result.append(changes)
        return result[0]

    # -- reading the log --------------------------------------------------------------------

    def steps_after(self, step_id: int, limit: int = 500) -> list[tuple[Step, ChangeSet]]:
        """Steps recorded after ``step_id`` with the change sets other windows apply."""
        with self.plans.store.session() as session:
            rows = session.scalars(
                select(ChangeStep)
                .where(ChangeStep.id > step_id)
                .order_by(ChangeStep.id)
                .limit(limit)
            ).all()
            out = []
            for row in rows:
                changes = ChangeSet.from_json(json.loads(row.changes) if row.changes else {})
                changes.step_id = row.id
                changes.kind, changes.target_id = row.kind, row.target_id
                changes.actor, changes.origin = row.actor, row.origin
                out.append((_step(row), changes))
            return out

    def last_step_id(self) -> int:
        """The newest step's id (0 for an empty log)."""
        with self.plans.store.session() as session:
            return int(session.scalar(select(func.max(ChangeStep.id))) or 0)

    def list_steps(self, plan_id: int | None = None, limit: int = 200) -> list[Step]:
        """The newest steps (of one plan), newest first."""
        with self.plans.store.session() as session:
            stmt = select(ChangeStep).order_by(ChangeStep.id.desc()).limit(limit)
            if plan_id is not None:
                stmt = stmt.where(ChangeStep.plan_id == plan_id)
            return [_step(r) for r in session.scalars(stmt)]

    def measure_history(self, measure_id: int) -> list[FieldChange]:
        """Every recorded field change of one measure, newest first (follows its id)."""
        return list(self._fields(entity_id=measure_id))

    def plan_history(
        self,
        plan_id: int,
        *,
        since: date | datetime | None = None,
        by: str | None = None,
        measure_id: int | None = None,
        limit: int | None = None,
    ) -> list[FieldChange]:
        """Recorded field changes of a plan (optionally since a date, by one person)."""
        return list(
            self._fields(plan_id=plan_id, since=since, by=by, entity_id=measure_id, limit=limit)
        )

    def people(self, plan_id: int) -> list[str]:
        """Everyone who changed the plan (for the History panel's filter)."""
        with self.plans.store.session() as session:
            return sorted(
                a
                for a in session.scalars(
                    select(ChangeStep.actor).where(ChangeStep.plan_id == plan_id).distinct()
                )
                if a
            )

    def _fields(
        self,
        *,
        plan_id: int | None = None,
        entity_id: int | None = None,
        since: date | datetime | None = None,
        by: str | None = None,
        limit: int | None = None,
    ) -> Iterator[FieldChange]:
        f, s = ChangeField, ChangeStep
        stmt = (
            select(
                f.step_id,
                s.at,
                s.actor,
                s.name,
                s.kind,
                f.entity,
                f.entity_id,
                f.field,
                f.old,
                f.new,
                Measure.number,
            )
            .join(s, s.id == f.step_id)
            .outerjoin(Measure, and_(f.entity == "measure", Measure.id == f.entity_id))
            .order_by(f.step_id.desc(), f.id.desc())
        )
        if entity_id is not None:
            stmt = stmt.where(f.entity == "measure", f.entity_id == entity_id)
        if plan_id is not None:
            stmt = stmt.where(f.plan_id == plan_id)
        if since is not None:
            start = since if isinstance(since, datetime) else datetime(*since.timetuple()[:3])
            stmt = stmt.where(s.at >= start)
        if by:
            stmt = stmt.where(s.actor == by)
        if limit:
            stmt = stmt.limit(limit)
        with translated_errors(self.plans.store.describe()), self.plans.store.session() as session:
            for row in session.execute(stmt):
                yield FieldChange(
                    step_id=row.step_id,
                    at=row.at,
                    by=row.actor,
                    step=row.name,
                    kind=row.kind,
                    entity=row.entity,
                    entity_id=row.entity_id,
                    number=row.number or "",
                    field=row.field,
                    old=row.old,
                    new=row.new,
                )

    def restore_value(self, change: FieldChange, which: str = "old") -> ChangeSet | None:
        """Put a recorded value of a measure field back, as a new undoable change."""
        if change.entity != "measure" or change.field in ("created", "deleted"):
            raise ValidationError(msg("Only a field of a measure can be restored"))
        value = change.old if which == "old" else change.new
        field = {"timing_text": "timing"}.get(change.field, change.field)
        if field not in _RESTORABLE:
            raise ValidationError(
                msg("The field '{field}' cannot be restored"), field=field_label(change.field)
            )
        captured: list[ChangeSet] = []

        def keep(changes: ChangeSet) -> None:
            captured.append(changes)

        self.plans.hub.subscribe(keep)
        try:
            values: dict[str, Any] = {field: value or ""}
            self.plans.update_measure(change.entity_id, **values)
        finally:
            self.plans.hub.unsubscribe(keep)
        return captured[-1] if captured else None


#: Measure fields a recorded value can be put back into (what a user edits).
_RESTORABLE = frozenset(MEASURE_FIELDS)


def _step(row: ChangeStep) -> Step:
    return Step(
        id=row.id,
        plan_id=row.plan_id,
        name=row.name,
        actor=row.actor,
        at=row.at,
        kind=row.kind,
        target_id=row.target_id,
        undone=row.undone,
        origin=row.origin,
        source=row.source,
    )


def undoable(steps: Sequence[Step], origin: str) -> list[Step]:
    """Of ``steps``, the "do" steps this origin made that stand (newest first)."""
    return [s for s in steps if s.kind == "do" and s.origin == origin and not s.undone]


__all__ = ["FieldChange", "HistoryService", "Step", "undoable"]
