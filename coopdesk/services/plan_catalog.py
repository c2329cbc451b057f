"""The plans a store holds: list, read, create, change, delete, and whole new plans.

Owns the ``plan`` rows (and, for a plan created with its content, the first sectors
and measures it comes with). Changes run through the shared unit of work
(:mod:`coopdesk.services.base`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coopdesk.domain import model
from coopdesk.domain.model import PLAN_FIELDS
from coopdesk.domain.timing import Precision, Timing, parse_timing
from coopdesk.domain.validation import check_date, check_text
from coopdesk.domain.vocab import PlanState
from coopdesk.errors import NotFoundError, ValidationError, msg
from coopdesk.services.base import ServiceBase, new_uid
from coopdesk.services.base import now as _now
from coopdesk.services.changes import ChangeSet
from coopdesk.services.measures import insert_measures, plan_period
from coopdesk.store.engine import retrying
from coopdesk.store.schema import Measure, Plan, Sector


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


def plan_columns(values: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
    """Check user-given plan fields and turn them into column values (``partial``: an edit)."""
    unknown = set(values) - set(PLAN_FIELDS)
    if unknown:
        raise ValidationError(
            msg("Unknown plan field(s): {fields}"), fields=", ".join(sorted(unknown))
        )
    columns: dict[str, Any] = {}
    for name in ("code", "title", "party_a", "party_b", "signed_place"):
        if name in values:
            value = values[name] or ""
            if not isinstance(value, str):
                raise ValidationError(msg("Field '{field}' must be text"), field=name)
            check_text(name, value)
            columns[name] = value.strip() if name == "code" else value
    if ("code" in columns or not partial) and not columns.get("code"):
        raise ValidationError(msg("A plan needs a code (a short name such as KZ-RU-2023)"))
    if len(columns.get("code", "")) > 64:
        raise ValidationError(msg("A plan code is at most 64 characters"))
    if ("title" in columns or not partial) and not columns.get("title", "").strip():
        raise ValidationError(msg("A plan needs a title"))
    for name in ("period_start", "period_end", "signed_date"):
        if name in values:
            value = values[name]
            if isinstance(value, str):
                try:
                    value = date.fromisoformat(value) if value else None
                except ValueError:
                    raise ValidationError(
                        msg("Field '{field}': '{value}' is not a date (YYYY-MM-DD)"),
                        field=name,
                        value=values[name],
                    ) from None
            if value is not None and not isinstance(value, date):
                raise ValidationError(msg("Field '{field}' must be a date"), field=name)
            columns[name] = check_date(name, value)
    if "language" in values:
        language = (values["language"] or "").strip().lower()
        if language not in ("", "ru", "kk", "en"):
            raise ValidationError(
                msg("Field 'language': '{value}' is not one of ru, kk, en"),
                value=values["language"],
            )
        columns["language"] = language
    if "state" in values:
        try:
            columns["state"] = PlanState.parse(str(values["state"])).value
        except ValueError as exc:
            raise ValidationError(msg("Field 'state': {problem}"), problem=str(exc)) from None
    elif not partial:
        columns["state"] = PlanState.DRAFT.value
    if not partial:
        for name in ("party_a", "party_b", "signed_place"):
            columns.setdefault(name, "")
    return columns


def check_period(columns: Mapping[str, Any]) -> None:
    """Refuse a plan period that ends before it starts."""
    start, end = columns.get("period_start"), columns.get("period_end")
    if start and end and start > end:
        raise ValidationError(
            msg("The plan's period ends ({end}) before it starts ({start})"),
            end=end.isoformat(),
            start=start.isoformat(),
        )


def claim_code(session: Session, code: str) -> None:
    """Flush a new or recoded plan; a code another plan holds is a :class:`ValidationError`."""
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(
            msg("A plan with the code '{code}' already exists"), code=code
        ) from None


class PlanCatalog(ServiceBase):
    """Reads and changes the store's plans."""

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
                raise NotFoundError(msg("There is no plan with id or code '{key}'"), key=text)
            return plan_from_row(row)

    @retrying
    def create_plan(self, **values: Any) -> model.Plan:
        """Create a plan from plan fields (code and title required)."""
        columns = plan_columns(values, partial=False)
        check_period(columns)
        with self.change("New plan") as (session, changes):
            now = _now()
            row = Plan(uid=new_uid(), created_at=now, updated_at=now, **columns)
            session.add(row)
            claim_code(session, columns.get("code", ""))
            changes.plan_id = row.id
            changes.add("plan", row.id)
            self.recorder.note_insert("plan", [row.id])
            return plan_from_row(row)

    @retrying
    def update_plan(self, plan_id: int, **values: Any) -> model.Plan:
        """Change some fields of a plan."""
        columns = plan_columns(values, partial=True)
        with self.change("Edit plan", plan_id) as (session, changes):
            row = self._get(session, Plan, plan_id, "plan")
            self.recorder.capture("plan", [plan_id])
            merged = {
                "period_start": row.period_start,
                "period_end": row.period_end,
                **columns,
            }
            check_period(merged)
            dirty = {k: v for k, v in columns.items() if getattr(row, k) != v}
            if dirty:
                was = plan_period(row)
                for key, value in dirty.items():
                    setattr(row, key, value)
                row.updated_at = _now()
                claim_code(session, columns.get("code", ""))
                changes.change("plan", plan_id)
                now = plan_period(row)
                if now != was:
                    self._follow_period(session, changes, plan_id, was, now)
            return plan_from_row(row)

    def _follow_period(
        self,
        session: Session,
        changes: ChangeSet,
        plan_id: int,
        was: tuple[date, date] | None,
        now: tuple[date, date] | None,
    ) -> None:
        """The measures whose span their words take from the plan's period follow it.

        "в течение срока действия Плана", "ежегодно" and a deadline (which runs from the
        plan's start) are read again against the new period, in the same step (one
        undo puts both back). A span that is not what its words gave against the old
        period was set by hand and stays; words an older CoopDesk could not read are
        read now.
        """
        moved: dict[int, Timing] = {}
        for measure_id, text, stored in self._stored_timings(session, plan_id):
            before = parse_timing(text, was)
            by_hand = stored != (before.start, before.end, before.precision.value)
            if by_hand and stored[2] != Precision.UNPARSED.value:
                continue
            after = parse_timing(text, now)
            if (after.start, after.end, after.precision.value) != stored:
                moved[measure_id] = after
        self._set_timings(session, changes, moved)

    @retrying
    def read_timings_again(self, plan_id: int) -> list[int]:
        """Give dates to the measures whose timing words had none and can be read now.

        A timing an earlier CoopDesk could not read ("начало 2024 г.", "2024 жылдың
        соңы") was stored with its words and no span; after an upgrade that reads more
        wordings it is read again here, against the plan's period, as one undoable
        step. Only timings stored without a span are looked at: a span, whether read
        or set by hand, stays. Returns the ids of the measures that got dates (none: no
        step is recorded).
        """
        with self.change("Read timings again", plan_id) as (session, changes):
            moved = self._readable_again(session, plan_id)
            self._set_timings(session, changes, moved)
            return sorted(moved)

    def timings_to_read_again(self, plan_id: int) -> int:
        """How many of the plan's timings stored without dates can be read now (what
        :meth:`read_timings_again` would date); nothing is written."""
        with self._read() as session:
            return len(self._readable_again(session, plan_id))

    def _readable_again(self, session: Session, plan_id: int) -> dict[int, Timing]:
        period = plan_period(self._get(session, Plan, plan_id, "plan"))
        moved: dict[int, Timing] = {}
        for measure_id, text, _stored in self._stored_timings(session, plan_id, unread=True):
            timing = parse_timing(text, period)
            if timing.precision is not Precision.UNPARSED:
                moved[measure_id] = timing
        return moved

    @staticmethod
    def _stored_timings(
        session: Session, plan_id: int, *, unread: bool = False
    ) -> Iterator[tuple[int, str, tuple[date | None, date | None, str]]]:
        """(id, timing words, (start, end, precision) as stored) of the plan's measures
        that have timing words (``unread``: only those stored without a span)."""
        query = select(
            Measure.id, Measure.timing_text, Measure.timing_start, Measure.timing_end,
            Measure.timing_precision,
        ).where(Measure.plan_id == plan_id, Measure.timing_text != "")  # fmt: skip
        if unread:
            query = query.where(Measure.timing_precision == Precision.UNPARSED.value)
        for measure_id, text, start, end, precision in session.execute(query):
            yield measure_id, text, (start, end, precision)

    def _set_timings(self, session: Session, changes: ChangeSet, moved: dict[int, Timing]) -> None:
        """Store new spans (the words stay), recorded for undo and named in ``changes``."""
        ids = sorted(moved)
        # The recorder bumps each one's version and stamp with the step.
        for first in range(0, len(ids), 500):
            chunk = ids[first : first + 500]
            self.recorder.capture("measure", chunk)
            for measure in session.scalars(select(Measure).where(Measure.id.in_(chunk))):
                timing = moved[measure.id]
                measure.timing_start, measure.timing_end = timing.start, timing.end
                measure.timing_precision = timing.precision.value
            changes.change("measure", *chunk)

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
        columns = plan_columns(plan_values, partial=False)
        check_period(columns)
        with self.change(name) as (session, changes):
            now = _now()
            plan = Plan(uid=new_uid(), created_at=now, updated_at=now, **columns)
            session.add(plan)
            claim_code(session, columns["code"])
            changes.plan_id = plan.id
            by_code: dict[str, Sector] = {}
            positions: dict[int | None, int] = {}
            for item in sectors:
                code = str(item["code"])
                if code in by_code:
                    raise ValidationError(msg("Sector code '{code}' appears twice"), code=code)
                parent_code = item.get("parent")
                parent = by_code.get(parent_code) if parent_code else None
                if parent_code and parent is None:
                    raise ValidationError(
                        msg(
                            "Sector '{code}' names a parent '{parent}' that comes later or does "
                            "not exist"
                        ),
                        code=code,
                        parent=parent_code,
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
                            msg("Measure '{title}' names an unknown sector '{code}'"),
                            title=values.get("title", ""),
                            code=code,
                        )
                    values["sector_id"] = sector_ids[code]
                    yield values

            insert_measures(session, plan.id, plan_period(plan), with_ids(), self.actor)
            changes.add("plan", plan.id)
            changes.add("sector", *sector_ids.values())
            self.recorder.note_insert("plan", [plan.id])
            self.recorder.note_insert("sector", sector_ids.values(), history=False)
            measure_ids = list(
                session.scalars(select(Measure.id).where(Measure.plan_id == plan.id))
            )
            self.recorder.note_insert("measure", measure_ids, history=False, fresh=True)
            return plan_from_row(plan)
