"""The measures of a plan: add, edit, move, duplicate, delete, set status.

Owns the ``measure`` rows. An edit is checked field by field against the values
the user started from (``base``) and against versions, so two officers' saves
never overwrite each other silently. Changes run through the shared unit of work
(:mod:`coopdesk.services.base`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from coopdesk.domain import model
from coopdesk.domain.model import MEASURE_FIELDS
from coopdesk.domain.rows import MEASURE_CONTENT_COLUMNS
from coopdesk.domain.timing import Precision, Timing, parse_timing
from coopdesk.domain.validation import check_text
from coopdesk.domain.vocab import Framework, Kind, Level, Priority, Status
from coopdesk.errors import ConflictError, NotFoundError, ValidationError
from coopdesk.services import numbering
from coopdesk.services.base import ServiceBase, new_uid
from coopdesk.services.base import now as _now
from coopdesk.services.sectors import SectorService
from coopdesk.services.unit import FieldConflict
from coopdesk.store import queries
from coopdesk.store.engine import retrying, translated_errors
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


def plan_period(plan: Plan | None) -> tuple[date, date] | None:
    """A plan's period, when both its ends are set (timings are read against it)."""
    if plan is not None and plan.period_start and plan.period_end:
        return (plan.period_start, plan.period_end)
    return None


def insert_measures(
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
                uid=new_uid(),
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


class MeasureService(ServiceBase):
    """Reads and changes the measures of plans."""

    def __init__(self, unit: Any, sectors: SectorService) -> None:
        super().__init__(unit)
        self.sectors = sectors

    def measure_rows_by_ids(self, measure_ids: Iterable[int]) -> list[queries.MeasureRow]:
        """Plain table rows of these measures (those that still exist)."""
        with translated_errors(self.store.describe()), self.store.engine.connect() as conn:
            return queries.measure_rows_by_ids(conn, list(measure_ids))

    def list_measures(self, plan_id: int) -> list[model.Measure]:
        """The plan's measures as domain objects, in sector and position order."""
        with self._read() as session:
            rows = session.scalars(select(Measure).where(Measure.plan_id == plan_id)).all()
            measures = [measure_from_row(r) for r in rows]
        order = {s.id: i for i, s in enumerate(self.sectors.list_sectors(plan_id))}
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
            columns = measure_columns(values, plan_period(plan), partial=False)
            position = numbering.next_position(session, sector_id)
            columns["number_pinned"] = bool(columns["number"])
            if not columns["number"]:
                columns["number"] = f"{sector.code}.{position + 1}"
            now = _now()
            row = Measure(
                uid=new_uid(),
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
            count = insert_measures(session, plan_id, plan_period(plan), rows, self.actor)
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
                period = plan_period(session.get(Plan, row.plan_id))
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
            saved = measure_from_row(row)
            if changes:
                changes.saved[measure_id] = saved
            return saved

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
            position = numbering.next_position(session, sector_id)
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
                low, high = min(index, target), max(index, target)
                numbering.park_positions(session, siblings[low : high + 1])
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
                    uid=new_uid(),
                    number="",
                    number_pinned=False,
                    position=numbering.next_position(session, row.sector_id),
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
