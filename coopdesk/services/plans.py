"""The plan service: every read and change of plans, sectors and measures.

Each public method that changes something runs in one transaction named after
the change ("Add measure", "Move 3 measures") and, once committed, publishes a
:class:`ChangeSet` on the service's :class:`ChangeHub`. Reads return plain
domain objects (or plain rows for the big table), never live ORM objects.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coopdesk.domain import model
from coopdesk.domain.model import MEASURE_FIELDS, PLAN_FIELDS
from coopdesk.domain.rows import MEASURE_CONTENT_COLUMNS
from coopdesk.domain.timing import Precision, Timing, parse_timing
from coopdesk.domain.validation import check_date, check_text
from coopdesk.domain.vocab import Framework, Kind, Level, PlanState, Priority, Status
from coopdesk.errors import ConflictError, NotFoundError, ValidationError
from coopdesk.services import numbering
from coopdesk.services.changes import ChangeHub, ChangeSet
from coopdesk.services.unit import (
    FieldConflict,
    Recorder,
    StepInfo,
    announce,
    default_actor,
    new_origin,
)
from coopdesk.store import queries
from coopdesk.store.engine import Store, retrying, translated_errors
from coopdesk.store.schema import Measure, Plan, Sector

_VOCAB_FIELDS: dict[str, Any] = {
    "kind": Kind,
    "level": Level,
    "framework": Framework,
    "status": Status,
    "priority": Priority,
}
_TEXT_FIELDS = (
    "number",
    "title",
    "description",
    "responsible_a",
    "responsible_b",
    "form",
    "location",
    "notes",
)


#: Columns a duplicate copies from its original.
_COPIED_COLUMNS = ("plan_id", "sector_id", *MEASURE_CONTENT_COLUMNS)


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """One line of the plan list."""

    id: int
    code: str
    title: str
    period_start: date | None
    period_end: date | None
    state: PlanState
    measures: int


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _new_uid() -> str:
    return str(uuid.uuid4())


def plan_from_row(row: Plan) -> model.Plan:
    """A domain plan from its ORM row."""
    return model.Plan(
        id=row.id,
        code=row.code,
        title=row.title,
        party_a=row.party_a,
        party_b=row.party_b,
        period_start=row.period_start,
        period_end=row.period_end,
        signed_date=row.signed_date,
        signed_place=row.signed_place,
        state=PlanState(row.state),
        uid=row.uid,
        language=row.language or "",
        version=row.version,
    )


def sector_from_row(row: Sector) -> model.Sector:
    """A domain sector from its ORM row."""
    return model.Sector(
        id=row.id,
        plan_id=row.plan_id,
        code=row.code,
        name=row.name,
        parent_id=row.parent_id,
        position=row.position,
    )


def measure_from_row(row: Measure) -> model.Measure:
    """A domain measure from its ORM row."""
    return model.Measure(
        id=row.id,
        plan_id=row.plan_id,
        sector_id=row.sector_id,
        number=row.number,
        number_pinned=row.number_pinned,
        title=row.title,
        description=row.description,
        kind=Kind(row.kind),
        level=Level(row.level) if row.level else None,
        framework=Framework(row.framework),
        responsible_a=row.responsible_a,
        responsible_b=row.responsible_b,
        form=row.form,
        timing=Timing(
            row.timing_text, row.timing_start, row.timing_end, Precision(row.timing_precision)
        ),
        location=row.location,
        status=Status(row.status),
        priority=Priority(row.priority),
        notes=row.notes,
        position=row.position,
        uid=row.uid,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        updated_by=row.updated_by or "",
    )


def measure_columns(
    values: Mapping[str, Any], period: tuple[date, date] | None, *, partial: bool
) -> dict[str, Any]:
    """Check user-given measure fields and turn them into column values.

    ``partial`` accepts a subset (an edit); otherwise defaults fill the rest.
    Raises :class:`ValidationError` naming the field for anything unacceptable.
    """
    unknown = set(values) - set(MEASURE_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown measure field(s): {', '.join(sorted(unknown))}")
    columns: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        if name in values:
            value = values[name]
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise ValidationError(f"Field '{name}' must be text, not {type(value).__name__}")
            columns[name] = check_text(name, value)
    if ("title" in columns or not partial) and not columns.get("title", "").strip():
        raise ValidationError("A measure needs a title")
    if len(columns.get("number", "")) > 32:
        raise ValidationError("A measure number is at most 32 characters")
    for name, vocab in _VOCAB_FIELDS.items():
        if name not in values:
            continue
        value = values[name]
        if value in (None, "") and name == "level":
            columns[name] = None
            continue
        try:
            columns[name] = vocab.parse(value).value if isinstance(value, str) else vocab(value)
        except ValueError as exc:
            raise ValidationError(f"Field '{name}': {exc}") from None
        if not isinstance(columns[name], str):
            columns[name] = columns[name].value
    if "timing" in values:
        timing = values["timing"]
        if timing is None:
            timing = Timing.empty()
        elif isinstance(timing, str):
            timing = parse_timing(check_text("timing", timing), period)
        elif not isinstance(timing, Timing):
            raise ValidationError("Field 'timing' must be text or a Timing")
        columns.update(
            timing_text=timing.text,
            timing_start=timing.start,
            timing_end=timing.end,
            timing_precision=Precision(timing.precision).value,
        )
    if not partial:
        defaults = {
            "number": "",
            "description": "",
            "kind": Kind.OTHER.value,
            "level": None,
            "framework": Framework.BILATERAL.value,
            "responsible_a": "",
            "responsible_b": "",
            "form": "",
            "timing_text": "",
            "timing_start": None,
            "timing_end": None,
            "timing_precision": Precision.NONE.value,
            "location": "",
            "status": Status.PLANNED.value,
            "priority": Priority.NORMAL.value,
            "notes": "",
        }
        for key, value in defaults.items():
            columns.setdefault(key, value)
    return columns


def _plan_columns(values: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
    unknown = set(values) - set(PLAN_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown plan field(s): {', '.join(sorted(unknown))}")
    columns: dict[str, Any] = {}
    for name in ("code", "title", "party_a", "party_b", "signed_place"):
        if name in values:
            value = values[name] or ""
            if not isinstance(value, str):
                raise ValidationError(f"Field '{name}' must be text")
            check_text(name, value)
            columns[name] = value.strip() if name == "code" else value
    if ("code" in columns or not partial) and not columns.get("code"):
        raise ValidationError("A plan needs a code (a short name such as KZ-RU-2023)")
    if len(columns.get("code", "")) > 64:
        raise ValidationError("A plan code is at most 64 characters")
    if ("title" in columns or not partial) and not columns.get("title", "").strip():
        raise ValidationError("A plan needs a title")
    for name in ("period_start", "period_end", "signed_date"):
        if name in values:
            value = values[name]
            if isinstance(value, str):
                try:
                    value = date.fromisoformat(value) if value else None
                except ValueError:
                    raise ValidationError(
                        f"Field '{name}': '{values[name]}' is not a date (YYYY-MM-DD)"
                    ) from None
            if value is not None and not isinstance(value, date):
                raise ValidationError(f"Field '{name}' must be a date")
            columns[name] = check_date(name, value)
    if "language" in values:
        language = (values["language"] or "").strip().lower()
        if language not in ("", "ru", "kk", "en"):
            raise ValidationError(
                f"Field 'language': '{values['language']}' is not one of ru, kk, en"
            )
        columns["language"] = language
    if "state" in values:
        try:
            columns["state"] = PlanState.parse(str(values["state"])).value
        except ValueError as exc:
            raise ValidationError(f"Field 'state': {exc}") from None
    elif not partial:
        columns["state"] = PlanState.DRAFT.value
    if not partial:
        for name in ("party_a", "party_b", "signed_place"):
            columns.setdefault(name, "")
    return columns


class PlanService:
    """Reads and changes plans, sectors and measures in one store."""

    def __init__(
        self,
        store: Store,
        hub: ChangeHub | None = None,
        *,
        actor: str | None = None,
        origin: str | None = None,
    ) -> None:
        self.store = store
        self.hub = hub or ChangeHub()
        #: Who makes this service's changes (a display name recorded in the history).
        self.actor = actor if actor is not None else default_actor()
        #: This window's (or command's) token in the change log: other windows apply
        #: steps of other origins, and undo refuses steps of another origin.
        self.origin = origin or new_origin()
        self._initiator: object | None = None
        self._recorder: Recorder | None = None

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def acting_for(self, initiator: object) -> Iterator[None]:
        """Changes made inside carry ``initiator`` (a window's workspace) in their change set."""
        previous, self._initiator = self._initiator, initiator
        try:
            yield
        finally:
            self._initiator = previous

    @property
    def recorder(self) -> Recorder:
        """The recorder of the change under way (for service modules that write rows)."""
        if self._recorder is None:
            raise RuntimeError("No change is under way")
        return self._recorder

    @contextmanager
    def change(
        self,
        name: str,
        plan_id: int | None = None,
        *,
        kind: str = "do",
        target_id: int | None = None,
        source: str = "",
        exclusive: bool = True,
    ) -> Iterator[tuple[Session, ChangeSet]]:
        """One named change: a session in a transaction, recorded, committed, then published.

        Other service modules (imports, merges, undo) build their changes on this:
        write through the yielded session, tell :attr:`recorder` which rows are about
        to change, record ids on the yielded :class:`ChangeSet`. In the same
        transaction the step is written to the change log with its inverse and
        history (see :mod:`coopdesk.services.unit`); an exception rolls everything
        back and publishes nothing.
        """
        changes = ChangeSet(name, plan_id=plan_id)
        info = StepInfo(
            name=name,
            actor=self.actor,
            origin=self.origin,
            kind=kind,
            target_id=target_id,
            source=source,
        )
        # The store's write transaction: SQLite takes its write lock first (BEGIN
        # IMMEDIATE), PostgreSQL CoopDesk's advisory lock, so what the change reads (a
        # base value, the next position) cannot change under it before it writes.
        with self.store.writing(exclusive=exclusive) as session:
            self._recorder = Recorder(session)
            try:
                yield session, changes
                info.name = changes.name
                changes.step_id = self._recorder.finish(info, changes, _now())
                if changes.step_id is not None and not self._recorder.announced:
                    announce(session, changes.step_id)
            finally:
                self._recorder = None
        changes.kind, changes.target_id = kind, target_id
        changes.actor, changes.origin = self.actor, self.origin
        changes.initiator = self._initiator
        if changes:
            self.hub.publish(changes)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with translated_errors(self.store.describe()), self.store.session() as session:
            yield session

    @staticmethod
    def _get(session: Session, cls: type, ident: int, what: str) -> Any:
        row = session.get(cls, ident)
        if row is None:
            raise NotFoundError(f"There is no {what} with id {ident}")
        return row

    # -- plans ------------------------------------------------------------------------------

    def list_plans(self) -> list[PlanSummary]:
        """Every plan with its measure count, by code."""
        counts = (
            select(Measure.plan_id, func.count().label("n")).group_by(Measure.plan_id).subquery()
        )
        stmt = (
            select(Plan, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.plan_id == Plan.id)
            .order_by(Plan.code)
        )
        with self._read() as session:
            return [
                PlanSummary(
                    p.id, p.code, p.title, p.period_start, p.period_end, PlanState(p.state), n
                )
                for p, n in session.execute(stmt)
            ]

    def get_plan(self, plan_id: int) -> model.Plan:
        """The plan with this id."""
        with self._read() as session:
            return plan_from_row(self._get(session, Plan, plan_id, "plan"))

    def find_plan(self, key: str | int) -> model.Plan:
        """A plan by id or by code (as typed on the command line)."""
        with self._read() as session:
            row = None
            text = str(key).strip()
            row = session.scalars(select(Plan).where(Plan.code == text)).first()
            if row is None and text.isdigit():
                row = session.get(Plan, int(text))
            if row is None:
                raise NotFoundError(f"There is no plan with id or code '{text}'")
            return plan_from_row(row)

    @retrying
    def create_plan(self, **values: Any) -> model.Plan:
        """Create a plan from plan fields (code and title required)."""
        columns = _plan_columns(values, partial=False)
        self._check_period(columns)
        with self.change("New plan") as (session, changes):
            now = _now()
            row = Plan(uid=_new_uid(), created_at=now, updated_at=now, **columns)
            session.add(row)
            self._flush_unique(session, columns.get("code", ""))
            changes.plan_id = row.id
            changes.add("plan", row.id)
            self.recorder.note_insert("plan", [row.id])
            return plan_from_row(row)

    @retrying
    def update_plan(self, plan_id: int, **values: Any) -> model.Plan:
        """Change some fields of a plan."""
        columns = _plan_columns(values, partial=True)
        with self.change("Edit plan", plan_id) as (session, changes):
            row = self._get(session, Plan, plan_id, "plan")
            self.recorder.capture("plan", [plan_id])
            merged = {
                "period_start": row.period_start,
                "period_end": row.period_end,
                **columns,
            }
            self._check_period(merged)
            dirty = {k: v for k, v in columns.items() if getattr(row, k) != v}
            if dirty:
                for key, value in dirty.items():
                    setattr(row, key, value)
                row.updated_at = _now()
                self._flush_unique(session, columns.get("code", ""))
                changes.change("plan", plan_id)
            return plan_from_row(row)

    @retrying
    def delete_plan(self, plan_id: int) -> None:
        """Delete a plan with its sectors and measures."""
        with self.change("Delete plan", plan_id) as (session, changes):
            self._get(session, Plan, plan_id, "plan")
            measure_ids = list(
                session.scalars(select(Measure.id).where(Measure.plan_id == plan_id))
            )
            sector_ids = list(session.scalars(select(Sector.id).where(Sector.plan_id == plan_id)))
            self.recorder.capture("plan", [plan_id])
            self.recorder.capture("sector", sector_ids)
            self.recorder.capture("measure", measure_ids)
            changes.remove("measure", *measure_ids)
            changes.remove("sector", *sector_ids)
            session.execute(delete(Measure).where(Measure.plan_id == plan_id))
            session.execute(delete(Sector).where(Sector.plan_id == plan_id))
            session.execute(delete(Plan).where(Plan.id == plan_id))
            changes.remove("plan", plan_id)

    @staticmethod
    def _check_period(columns: Mapping[str, Any]) -> None:
        start, end = columns.get("period_start"), columns.get("period_end")
        if start and end and start > end:
            raise ValidationError(
                f"The plan's period ends ({end.isoformat()}) before it starts ({start.isoformat()})"
            )

    @staticmethod
    def _flush_unique(session: Session, code: str) -> None:
        try:
            session.flush()
        except IntegrityError:
            raise ValidationError(f"A plan with the code '{code}' already exists") from None

    # -- sectors ----------------------------------------------------------------------------

    def list_sectors(self, plan_id: int) -> list[model.Sector]:
        """The plan's sectors in tree order (each parent before its children)."""
        with self._read() as session:
            rows = session.scalars(
                select(Sector).where(Sector.plan_id == plan_id).order_by(Sector.position, Sector.id)
            ).all()
            return tree_order([sector_from_row(r) for r in rows])

    @retrying
    def add_sector(
        self, plan_id: int, name: str, parent_id: int | None = None, code: str | None = None
    ) -> model.Sector:
        """Add a sector at the end of its parent (code derived from the parent when not given)."""
        if not name.strip():
            raise ValidationError("A sector needs a name")
        with self.change("Add sector", plan_id) as (session, changes):
            self._get(session, Plan, plan_id, "plan")
            parent = None
            if parent_id is not None:
                parent = self._get(session, Sector, parent_id, "sector")
                if parent.plan_id != plan_id:
                    raise ValidationError("The parent sector belongs to another plan")
            same_parent = (
                Sector.parent_id.is_(None) if parent_id is None else Sector.parent_id == parent_id
            )
            siblings = session.scalar(
                select(func.count())
                .select_from(Sector)
                .where(Sector.plan_id == plan_id, same_parent)
            )
            position = int(siblings or 0)
            if code is None:
                code = f"{parent.code}.{position + 1}" if parent else str(position + 1)
            row = Sector(
                plan_id=plan_id, parent_id=parent_id, code=code, name=name, position=position
            )
            session.add(row)
            session.flush()
            changes.add("sector", row.id)
            self.recorder.note_insert("sector", [row.id])
            return sector_from_row(row)

    @retrying
    def rename_sector(self, sector_id: int, name: str, code: str | None = None) -> model.Sector:
        """Change a sector's name (and code)."""
        if not name.strip():
            raise ValidationError("A sector needs a name")
        with self.change("Rename sector") as (session, changes):
            row = self._get(session, Sector, sector_id, "sector")
            changes.plan_id = row.plan_id
            self.recorder.capture("sector", [sector_id])
            row.name = name
            if code is not None:
                row.code = code
            changes.change("sector", sector_id)
            return sector_from_row(row)

    @retrying
    def delete_sector(self, sector_id: int) -> None:
        """Delete a sector, its sub-sectors and their measures."""
        with self.change("Delete sector") as (session, changes):
            row = self._get(session, Sector, sector_id, "sector")
            changes.plan_id = row.plan_id
            all_sectors = session.execute(
                select(Sector.id, Sector.parent_id).where(Sector.plan_id == row.plan_id)
            ).all()
            doomed = _subtree({sid: pid for sid, pid in all_sectors}, sector_id)
            measure_ids = list(
                session.scalars(select(Measure.id).where(Measure.sector_id.in_(doomed)))
            )
            self.recorder.capture("sector", [sid for sid, _pid in all_sectors])
            self.recorder.capture("measure", measure_ids)
            changes.remove("measure", *measure_ids)
            session.execute(delete(Measure).where(Measure.sector_id.in_(doomed)))
            session.execute(delete(Sector).where(Sector.id.in_(doomed)))
            changes.remove("sector", *doomed)
            numbering.relayout(session, row.plan_id, changes)
            changes.remove("sector", *doomed)

    @retrying
    def move_sector(
        self, sector_id: int, parent_id: int | None, position: int, name: str = "Move sector"
    ) -> model.Sector:
        """Put a sector under ``parent_id`` (None: top level) at ``position`` among its siblings.

        Codes of the whole tree follow, and measures of sectors whose code changed are
        renumbered. A sector cannot move into its own subtree.
        """
        with self.change(name) as (session, changes):
            row = self._get(session, Sector, sector_id, "sector")
            plan_id = row.plan_id
            changes.plan_id = plan_id
            tree = dict(
                (sid, pid)
                for sid, pid in session.execute(
                    select(Sector.id, Sector.parent_id).where(Sector.plan_id == plan_id)
                )
            )
            self.recorder.capture("sector", list(tree))
            if parent_id is not None:
                if parent_id not in tree:
                    raise ValidationError("The new parent sector is not in this plan")
                if parent_id in _subtree(tree, sector_id):
                    raise ValidationError("A sector cannot move into itself or its sub-sectors")
            siblings = [
                sid
                for sid in session.scalars(
                    select(Sector.id)
                    .where(
                        Sector.plan_id == plan_id,
                        Sector.parent_id.is_(None)
                        if parent_id is None
                        else Sector.parent_id == parent_id,
                        Sector.id != sector_id,
                    )
                    .order_by(Sector.position, Sector.id)
                )
            ]
            position = max(0, min(position, len(siblings)))
            siblings.insert(position, sector_id)
            old_parent = row.parent_id
            row.parent_id = parent_id
            session.flush()
            session.execute(
                update(Sector), [{"id": sid, "position": i} for i, sid in enumerate(siblings)]
            )
            changes.change("sector", sector_id)
            if old_parent != parent_id:
                changes.change("sector", *(s for s, p in tree.items() if p == old_parent))
            numbering.relayout(session, plan_id, changes)
            return sector_from_row(self._get(session, Sector, sector_id, "sector"))

    def shift_sector(self, sector_id: int, delta: int) -> model.Sector:
        """Move a sector up (negative) or down (positive) among its siblings."""
        sector = self.get_sector(sector_id)
        return self.move_sector(
            sector_id,
            sector.parent_id,
            max(0, sector.position + delta),
            name="Move sector up" if delta < 0 else "Move sector down",
        )

    def indent_sector(self, sector_id: int) -> model.Sector:
        """Make a sector the last child of the sibling above it."""
        sector = self.get_sector(sector_id)
        siblings = [
            s
            for s in self.list_sectors(sector.plan_id)
            if s.parent_id == sector.parent_id and s.position < sector.position
        ]
        if not siblings:
            raise ValidationError("The first sector of its level cannot be indented")
        above = max(siblings, key=lambda s: s.position)
        children = [s for s in self.list_sectors(sector.plan_id) if s.parent_id == above.id]
        return self.move_sector(sector_id, above.id, len(children), name="Indent sector")

    def outdent_sector(self, sector_id: int) -> model.Sector:
        """Make a sector the next sibling of its parent."""
        sector = self.get_sector(sector_id)
        if sector.parent_id is None:
            raise ValidationError("A top-level sector cannot be outdented")
        parent = self.get_sector(sector.parent_id)
        return self.move_sector(
            sector_id, parent.parent_id, parent.position + 1, name="Outdent sector"
        )

    def get_sector(self, sector_id: int) -> model.Sector:
        """The sector with this id."""
        with self._read() as session:
            return sector_from_row(self._get(session, Sector, sector_id, "sector"))

    def measure_rows_by_ids(self, measure_ids: Iterable[int]) -> list[queries.MeasureRow]:
        """Plain table rows of these measures (those that still exist)."""
        with translated_errors(self.store.describe()), self.store.engine.connect() as conn:
            return queries.measure_rows_by_ids(conn, list(measure_ids))

    # -- measures ---------------------------------------------------------------------------

    def list_measures(self, plan_id: int) -> list[model.Measure]:
        """The plan's measures as domain objects, in sector and position order."""
        with self._read() as session:
            rows = session.scalars(select(Measure).where(Measure.plan_id == plan_id)).all()
            measures = [measure_from_row(r) for r in rows]
        order = {s.id: i for i, s in enumerate(self.list_sectors(plan_id))}
        measures.sort(key=lambda m: (order.get(m.sector_id, 0), m.position, m.id or 0))
        return measures

    def measure_rows(self, plan_id: int) -> list[queries.MeasureRow]:
        """The plan's measures as plain tuples for the big table (see ``queries``)."""
        with translated_errors(self.store.describe()), self.store.engine.connect() as conn:
            return queries.measure_rows(conn, plan_id)

    def get_measure(self, measure_id: int) -> model.Measure:
        """The measure with this id."""
        with self._read() as session:
            return measure_from_row(self._get(session, Measure, measure_id, "measure"))

    @retrying
    def add_measure(self, plan_id: int, sector_id: int, **values: Any) -> model.Measure:
        """Add a measure at the end of a sector (numbered after the sector unless given)."""
        with self.change("Add measure", plan_id) as (session, changes):
            plan = self._get(session, Plan, plan_id, "plan")
            sector = self._get(session, Sector, sector_id, "sector")
            if sector.plan_id != plan_id:
                raise ValidationError("The sector belongs to another plan")
            columns = measure_columns(values, _period(plan), partial=False)
            position = self._next_position(session, sector_id)
            columns["number_pinned"] = bool(columns["number"])
            if not columns["number"]:
                columns["number"] = f"{sector.code}.{position + 1}"
            now = _now()
            row = Measure(
                uid=_new_uid(),
                plan_id=plan_id,
                sector_id=sector_id,
                position=position,
                created_at=now,
                updated_at=now,
                **columns,
            )
            session.add(row)
            session.flush()
            changes.add("measure", row.id)
            self.recorder.note_insert("measure", [row.id])
            return measure_from_row(row)

    @retrying
    def add_measures_bulk(
        self, plan_id: int, rows: Iterable[Mapping[str, Any]], name: str = "Import measures"
    ) -> int:
        """Insert many measures in one transaction with Core ``executemany``.

        Each row holds ``sector_id`` plus measure fields; this is the path imports
        and the sample plan take. Returns the number of measures written.
        """
        with self.change(name, plan_id) as (session, changes):
            plan = self._get(session, Plan, plan_id, "plan")
            before = set(session.scalars(select(Measure.id).where(Measure.plan_id == plan_id)))
            count = _insert_measures(session, plan_id, _period(plan), rows, self.actor)
            if count:
                changes.change("plan", plan_id)
                new_ids = set(session.scalars(select(Measure.id).where(Measure.plan_id == plan_id)))
                new_ids -= before
                self.recorder.note_insert("measure", sorted(new_ids), history=False, fresh=True)
                changes.add("measure", *new_ids)
            return count

    @retrying
    def update_measure(
        self,
        measure_id: int,
        *,
        base: Mapping[str, Any] | None = None,
        if_version: int | None = None,
        **values: Any,
    ) -> model.Measure:
        """Change some fields of a measure; a timing given as text is parsed.

        ``base`` holds the values the user started from (the editor's); a field in it
        that someone else changed since is a conflict, unless they made the same
        change. Fields not in ``base`` are written as given (last write wins), and
        changes to *different* fields of one measure by two people both apply.
        ``if_version`` refuses the change when the measure's version moved at all.
        Both raise :class:`ConflictError` with nothing written.
        """
        pinned = values.pop("number_pinned", None)
        # One row, locked by itself (PostgreSQL: SELECT ... FOR UPDATE): an edit need not
        # wait for every other writer, only for one that holds this measure.
        with self.change("Edit measure", exclusive=False) as (session, changes):
            # Locked until commit: two officers' saves of one measure are checked
            # against its values one after the other, never both against the same.
            row = session.get(Measure, measure_id, with_for_update=True)
            if row is None:
                raise NotFoundError(f"There is no measure with id {measure_id}")
            changes.plan_id = row.plan_id
            if if_version is not None and row.version != if_version:
                by = row.updated_by or "someone"
                raise ConflictError(
                    f"Measure {row.number} was changed by {by} at "
                    f"{row.updated_at:%Y-%m-%d %H:%M} (version {row.version}, not {if_version}); "
                    "nothing was written"
                )
            period = None
            if isinstance(values.get("timing"), str):
                period = _period(session.get(Plan, row.plan_id))
            columns = measure_columns(values, period, partial=True)
            if base:
                self._check_base(row, base, columns)
            dirty = {k: v for k, v in columns.items() if getattr(row, k) != v}
            old: dict[str, Any] = {}
            if pinned is not None:
                # Undo restores a number exactly as it was, pinned or not.
                if bool(pinned) != row.number_pinned:
                    old["number_pinned"] = row.number_pinned
                    row.number_pinned = bool(pinned)
                    changes.change("measure", measure_id)
            elif "number" in dirty:
                # A number typed by hand is pinned; clearing it goes back to automatic.
                old["number_pinned"] = row.number_pinned
                row.number_pinned = bool(dirty["number"])
                if not dirty["number"]:
                    sector = self._get(session, Sector, row.sector_id, "sector")
                    dirty["number"] = f"{sector.code}.{row.position + 1}"
            if dirty or old:
                old.update({key: getattr(row, key) for key in dirty})
                # The row is written by the recorder with the step (one statement on
                # PostgreSQL), not flushed by the ORM: the object only reports it back.
                session.expunge(row)
                for key, value in dirty.items():
                    setattr(row, key, value)
                new = {key: getattr(row, key) for key in old}
                write = dict(new)
                content = set(dirty) - {"number"}
                if content:
                    row.version = row.version + 1
                    row.updated_at = _now()
                    row.updated_by = self.actor
                    write.update(
                        version=row.version, updated_at=row.updated_at, updated_by=self.actor
                    )
                self.recorder.note_update("measure", measure_id, old, new)
                self.recorder.write_row("measure", measure_id, write)
                changes.change("measure", measure_id)
                if len(dirty) == 1:
                    changes.name = f"Edit {next(iter(dirty)).split('_')[0]}"
            return measure_from_row(row)

    @staticmethod
    def _check_base(row: Measure, base: Mapping[str, Any], columns: Mapping[str, Any]) -> None:
        """Refuse fields someone else changed since the user read them."""
        conflicts = []
        for name, started in base.items():
            if name == "timing":
                stored = row.timing_text
                started_text = getattr(started, "text", started) or ""
                wanted = columns.get("timing_text", stored)
                if stored != started_text and stored != wanted:
                    conflicts.append((name, started_text, wanted, stored))
                continue
            if name not in columns or name not in MEASURE_FIELDS:
                continue
            stored = getattr(row, name)
            started_value = getattr(started, "value", started)
            if started_value == "" and name == "level":
                started_value = None
            if stored != started_value and stored != columns[name]:
                conflicts.append((name, started_value, columns[name], stored))
        if conflicts:
            found = [
                FieldConflict(
                    row.id, row.number, name, was, ours, theirs, row.updated_by, row.updated_at
                )
                for name, was, ours, theirs in conflicts
            ]
            raise ConflictError("; ".join(c.describe() for c in found), conflicts=found)

    @retrying
    def move_measures(
        self,
        measure_ids: Sequence[int],
        sector_id: int,
        *,
        if_versions: Mapping[int, int] | None = None,
    ) -> list[model.Measure]:
        """Move measures to the end of another sector of the same plan.

        Both sectors are renumbered: the measures left behind close the gap, the
        moved ones take the next numbers of their new sector (unless pinned).
        ``if_versions`` refuses to move a measure changed since the user saw it.
        """
        name = "Move measure" if len(measure_ids) == 1 else f"Move {len(measure_ids)} measures"
        with self.change(name) as (session, changes):
            if if_versions:
                self._check_versions(session, if_versions, "move")
            sector = self._get(session, Sector, sector_id, "sector")
            changes.plan_id = sector.plan_id
            position = self._next_position(session, sector_id)
            touched = {sector_id}
            for measure_id in measure_ids:
                row = self._get(session, Measure, measure_id, "measure")
                self.recorder.capture(
                    "measure", [measure_id], ("sector_id", "position", "number", "number_pinned")
                )
                if row.plan_id != sector.plan_id:
                    raise ValidationError("A measure can only move within its own plan")
                if row.sector_id == sector_id:
                    continue
                touched.add(row.sector_id)
                changes.note_placement(
                    measure_id, row.sector_id, row.position, row.number, row.number_pinned
                )
                row.sector_id = sector_id
                row.position = position
                row.updated_at = _now()
                position += 1
                changes.change("measure", measure_id)
            numbering.renumber_measures(session, touched, changes)
            for measure_id in measure_ids:  # these changed sector, not only their place
                changes.renumbered.pop(measure_id, None)
            return self._measures(session, measure_ids)

    @retrying
    def shift_measure(self, measure_id: int, delta: int) -> model.Measure:
        """Move a measure up (negative) or down (positive) within its sector."""
        with self.change("Move measure up" if delta < 0 else "Move measure down") as (
            session,
            changes,
        ):
            row = self._get(session, Measure, measure_id, "measure")
            changes.plan_id = row.plan_id
            siblings = list(
                session.scalars(
                    select(Measure.id)
                    .where(Measure.sector_id == row.sector_id)
                    .order_by(Measure.position, Measure.id)
                )
            )
            index = siblings.index(measure_id)
            target = max(0, min(len(siblings) - 1, index + delta))
            if target != index:
                for mid, sid, pos, num, pin in session.execute(
                    select(
                        Measure.id,
                        Measure.sector_id,
                        Measure.position,
                        Measure.number,
                        Measure.number_pinned,
                    ).where(Measure.id.in_(siblings[min(index, target) : max(index, target) + 1]))
                ):
                    changes.note_placement(mid, sid, pos, num, pin)
                siblings.insert(target, siblings.pop(index))
                session.execute(
                    update(Measure),
                    [{"id": mid, "position": pos} for pos, mid in enumerate(siblings)],
                )
                changes.change("measure", measure_id)
                numbering.renumber_measures(session, [row.sector_id], changes)
                # A shift changes the order of measures, not only their numbers: views
                # must place these rows again rather than patch them where they stand.
                changes.renumbered.clear()
            return self._measures(session, [measure_id])[0]

    @retrying
    def duplicate_measures(self, measure_ids: Sequence[int]) -> list[model.Measure]:
        """Copy measures to the end of their sectors (new ids, automatic numbers)."""
        name = (
            "Duplicate measure"
            if len(measure_ids) == 1
            else f"Duplicate {len(measure_ids)} measures"
        )
        with self.change(name) as (session, changes):
            copies = []
            for measure_id in measure_ids:
                row = self._get(session, Measure, measure_id, "measure")
                changes.plan_id = row.plan_id
                now = _now()
                copy = Measure(
                    **{column: getattr(row, column) for column in _COPIED_COLUMNS},
                    uid=_new_uid(),
                    number="",
                    number_pinned=False,
                    position=self._next_position(session, row.sector_id),
                    created_at=now,
                    updated_at=now,
                )
                session.add(copy)
                session.flush()
                copies.append(copy.id)
                changes.add("measure", copy.id)
                self.recorder.note_insert("measure", [copy.id])
                numbering.renumber_measures(session, [row.sector_id], changes)
            return self._measures(session, copies)

    @staticmethod
    def _measures(session: Session, measure_ids: Sequence[int]) -> list[model.Measure]:
        rows = {
            m.id: m
            for m in session.scalars(select(Measure).where(Measure.id.in_(list(measure_ids))))
        }
        return [measure_from_row(rows[i]) for i in measure_ids if i in rows]

    def measure_versions(self, measure_ids: Iterable[int]) -> dict[int, int]:
        """The current version of each of these measures (those that exist)."""
        ids = list(measure_ids)
        out: dict[int, int] = {}
        with self._read() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for mid, version in session.execute(
                    select(Measure.id, Measure.version).where(Measure.id.in_(chunk))
                ):
                    out[mid] = version
        return out

    @staticmethod
    def _check_versions(session: Session, seen: Mapping[int, int], what: str) -> None:
        """Refuse when a measure changed since the user saw it at ``seen`` versions."""
        ids = list(seen)
        changed = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for mid, number, version, by, at in session.execute(
                select(
                    Measure.id,
                    Measure.number,
                    Measure.version,
                    Measure.updated_by,
                    Measure.updated_at,
                )
                .where(Measure.id.in_(chunk))
                .with_for_update()
            ):
                if version != seen[mid]:
                    changed.append((number, by, at))
        if changed:
            number, by, at = changed[0]
            more = f" (and {len(changed) - 1} more)" if len(changed) > 1 else ""
            raise ConflictError(
                f"Measure {number} was changed by {by or 'someone'} at {at:%Y-%m-%d %H:%M}"
                f"{more} since you chose to {what} it"
            )

    @retrying
    def delete_measures(
        self, measure_ids: Sequence[int], *, if_versions: Mapping[int, int] | None = None
    ) -> list[model.Measure]:
        """Delete measures; returns what they were.

        With ``if_versions`` (id -> the version the user saw) a measure changed since
        is not deleted: :class:`ConflictError`, nothing written, so the user can look first.
        """
        name = "Delete measure" if len(measure_ids) == 1 else f"Delete {len(measure_ids)} measures"
        with self.change(name) as (session, changes):
            if if_versions:
                self._check_versions(session, if_versions, "delete")
            gone = []
            for measure_id in measure_ids:
                row = self._get(session, Measure, measure_id, "measure")
                changes.plan_id = row.plan_id
                gone.append(measure_from_row(row))
            self.recorder.capture("measure", list(measure_ids))
            session.execute(delete(Measure).where(Measure.id.in_(list(measure_ids))))
            changes.remove("measure", *measure_ids)
            numbering.renumber_measures(session, {m.sector_id for m in gone}, changes)
            changes.remove("measure", *measure_ids)
            return gone

    @retrying
    def set_status(self, measure_ids: Sequence[int], status: Status | str) -> None:
        """Give several measures one status."""
        code = Status.parse(status).value if isinstance(status, str) else status.value
        with self.change(f"Set status to {Status(code).label}") as (session, changes):
            ids = list(measure_ids)
            plan_ids = set(session.scalars(select(Measure.plan_id).where(Measure.id.in_(ids))))
            if len(plan_ids) == 1:
                changes.plan_id = plan_ids.pop()
            self.recorder.capture("measure", ids, ("status",))
            session.execute(
                update(Measure)
                .where(Measure.id.in_(ids), Measure.status != code)
                .values(status=code, updated_at=_now())
            )
            changes.change("measure", *ids)

    @staticmethod
    def _next_position(session: Session, sector_id: int) -> int:
        plan_id = session.scalar(select(Sector.plan_id).where(Sector.id == sector_id))
        last = session.scalar(
            select(func.max(Measure.position)).where(
                Measure.plan_id == plan_id, Measure.sector_id == sector_id
            )
        )
        return 0 if last is None else int(last) + 1

    # -- whole plans ------------------------------------------------------------------------

    @retrying
    def create_plan_with_content(
        self,
        plan_values: Mapping[str, Any],
        sectors: Sequence[Mapping[str, Any]],
        measures: Iterable[Mapping[str, Any]],
        name: str = "Import plan",
    ) -> model.Plan:
        """Create a plan, its sector tree and its measures in one transaction.

        ``sectors`` are dicts with ``code``, ``name`` and ``parent`` (a parent's code or
        None) in tree order; measures carry ``sector`` (a code) plus measure fields.
        """
        columns = _plan_columns(plan_values, partial=False)
        self._check_period(columns)
        with self.change(name) as (session, changes):
            now = _now()
            plan = Plan(uid=_new_uid(), created_at=now, updated_at=now, **columns)
            session.add(plan)
            self._flush_unique(session, columns["code"])
            changes.plan_id = plan.id
            by_code: dict[str, Sector] = {}
            positions: dict[int | None, int] = {}
            for item in sectors:
                code = str(item["code"])
                if code in by_code:
                    raise ValidationError(f"Sector code '{code}' appears twice")
                parent_code = item.get("parent")
                parent = by_code.get(parent_code) if parent_code else None
                if parent_code and parent is None:
                    raise ValidationError(
                        f"Sector '{code}' names a parent '{parent_code}' that comes later or "
                        "does not exist"
                    )
                parent_id = parent.id if parent else None
                position = positions.get(parent_id, 0)
                positions[parent_id] = position + 1
                row = Sector(
                    plan_id=plan.id,
                    parent_id=parent_id,
                    code=code,
                    name=str(item["name"]),
                    position=position,
                )
                session.add(row)
                session.flush()
                by_code[code] = row
            sector_ids = {code: row.id for code, row in by_code.items()}

            def with_ids() -> Iterator[dict[str, Any]]:
                for item in measures:
                    values = dict(item)
                    code = str(values.pop("sector", ""))
                    if code not in sector_ids:
                        raise ValidationError(
                            f"Measure '{values.get('title', '')}' names an unknown sector '{code}'"
                        )
                    values["sector_id"] = sector_ids[code]
                    yield values

            _insert_measures(session, plan.id, _period(plan), with_ids(), self.actor)
            changes.add("plan", plan.id)
            changes.add("sector", *sector_ids.values())
            self.recorder.note_insert("plan", [plan.id])
            self.recorder.note_insert("sector", sector_ids.values(), history=False)
            measure_ids = list(
                session.scalars(select(Measure.id).where(Measure.plan_id == plan.id))
            )
            self.recorder.note_insert("measure", measure_ids, history=False, fresh=True)
            return plan_from_row(plan)


def _period(plan: Plan | None) -> tuple[date, date] | None:
    if plan is not None and plan.period_start and plan.period_end:
        return (plan.period_start, plan.period_end)
    return None


def _insert_measures(
    session: Session,
    plan_id: int,
    period: tuple[date, date] | None,
    rows: Iterable[Mapping[str, Any]],
    actor: str = "",
) -> int:
    """Validate rows, then write them with :func:`queries.insert_measure_rows`."""
    now = _now()
    positions: dict[int, int] = {}
    for sector_id, last in session.execute(
        select(Measure.sector_id, func.max(Measure.position))
        .where(Measure.plan_id == plan_id)
        .group_by(Measure.sector_id)
    ):
        positions[sector_id] = int(last) + 1
    codes = {
        sid: code
        for sid, code in session.execute(
            select(Sector.id, Sector.code).where(Sector.plan_id == plan_id)
        )
    }

    def prepared() -> Iterator[dict[str, Any]]:
        for index, item in enumerate(rows, start=1):
            values = dict(item)
            sector_id = values.pop("sector_id", None)
            if sector_id not in codes:
                raise ValidationError(f"Measure {index}: its sector is not in this plan")
            try:
                columns = measure_columns(values, period, partial=False)
            except ValidationError as exc:
                raise ValidationError(f"Measure {index}: {exc}") from None
            position = positions.get(sector_id, 0)
            positions[sector_id] = position + 1
            columns["number_pinned"] = False
            if not columns["number"]:
                columns["number"] = f"{codes[sector_id]}.{position + 1}"
            columns.update(
                uid=_new_uid(),
                plan_id=plan_id,
                sector_id=sector_id,
                position=position,
                created_at=now,
                updated_at=now,
                version=1,
                updated_by=actor,
            )
            yield columns

    return queries.insert_measure_rows(session.connection(), prepared())


def _subtree(parents: Mapping[int, int | None], root: int) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for sid, pid in parents.items():
        children.setdefault(pid, []).append(sid)
    out, stack = [], [root]
    while stack:
        sid = stack.pop()
        out.append(sid)
        stack.extend(children.get(sid, []))
    return out


def tree_order(sectors: Sequence[model.Sector]) -> list[model.Sector]:
    """Sectors ordered depth-first: each parent, then its children by position."""
    children: dict[int | None, list[model.Sector]] = {}
    for sector in sectors:
        children.setdefault(sector.parent_id, []).append(sector)
    for group in children.values():
        group.sort(key=lambda s: (s.position, s.id or 0))
    out: list[model.Sector] = []
    known = {s.id for s in sectors}

    def walk(parent: int | None) -> None:
        for sector in children.get(parent, []):
            out.append(sector)
            walk(sector.id)

    walk(None)
    # Orphans (a parent in another plan) would otherwise vanish; list them last.
    out.extend(s for s in sectors if s.parent_id is not None and s.parent_id not in known)
    return out
