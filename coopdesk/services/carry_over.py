"""Carry-over: a new plan made from an old one, holding its unfinished and recurring measures.

Near the end of a plan's period, the measures that were not done (and the recurring
ones: "ежегодно", "жыл сайын", "on a regular basis") move into the next plan. One
:meth:`CarryOverService.carry_over` call is one undoable step that

* creates the new plan with the old one's parties, language and whole sector tree;
* copies the measures the user picked into it (numbered afresh in their sectors,
  status "planned", no notes), each linked to its origin (``measure.carried_from_id``);
* keeps open timings ("ежегодно", "по согласованию сторон", "в течение срока действия
  Плана", unread words) and clears those that named dates inside the old period
  ("II квартал 2023 г."), for the user to set;
* gives each origin the status "carried over" (a done measure keeps "done": what
  was done in the old plan stays on its record) and a note naming the new plan.

:func:`candidates` says which measures are ticked by default and why.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import aliased

from coopdesk.domain import model
from coopdesk.domain.rows import MEASURE_CONTENT_COLUMNS
from coopdesk.domain.timing import Precision, Timing, parse_timing
from coopdesk.domain.validation import check_period, check_text
from coopdesk.domain.vocab import PlanState, Status
from coopdesk.errors import NotFoundError, ValidationError, msg
from coopdesk.services.base import ServiceBase
from coopdesk.services.plan_catalog import claim_code, plan_from_row
from coopdesk.services.plans import PlanService
from coopdesk.services.sectors import tree_order
from coopdesk.services.unit import now
from coopdesk.store.engine import retrying
from coopdesk.store.schema import Measure, Plan, Sector

__all__ = [
    "CarryCandidate",
    "CarryLink",
    "CarryOverService",
    "CarryResult",
    "Reason",
    "carried_timing",
    "is_recurring",
    "next_title",
]

#: Words that make a timing recurring even when it is not read as "annually"
#: (matched on casefolded text with "ё" as "е").
_RECURRING = re.compile(
    r"ежегодн|ежекварталь|ежемесяч|постоянн|регулярн|на постоянной основе|"
    r"жыл сайын|жыл сайынғы|тоқсан сайын|ай сайын|тұрақты|үнемі|жүйелі|"
    r"\bannual|\byearly\b|every year|\bquarterly\b|\bmonthly\b|\bregular|\bongoing\b|"
    r"\bpermanent|\bcontinuous"
)

#: The note an origin measure gets, in its plan's document language.
_NOTES = {
    "ru": "Перенесено в план {code}",
    "kk": "{code} жоспарына ауыстырылды",
    "en": "Carried over into plan {code}",
}


class Reason(StrEnum):
    """Why a measure is (or is not) ticked for carry-over by default."""

    OPEN = "open"  # not done, not cancelled
    RECURRING = "recurring"  # a recurring timing (carried even when done)
    DONE = "done"
    CANCELLED = "cancelled"
    CARRIED = "carried"  # already carried over into another plan

    @property
    def ticked(self) -> bool:
        """Whether a measure with this reason is carried unless the user says otherwise."""
        return self in (Reason.OPEN, Reason.RECURRING)


@dataclass(frozen=True, slots=True)
class CarryCandidate:
    """A measure of the old plan as the carry-over list shows it."""

    measure_id: int
    number: str
    title: str
    sector_code: str
    status: Status
    timing: Timing
    reason: Reason

    @property
    def ticked(self) -> bool:
        """Ticked by default."""
        return self.reason.ticked


@dataclass(frozen=True, slots=True)
class CarryLink:
    """The other end of a carry-over link: a measure of another plan."""

    measure_id: int
    plan_id: int
    plan_code: str
    number: str
    title: str


@dataclass(frozen=True, slots=True)
class CarryResult:
    """What a carry-over made."""

    plan: model.Plan
    #: new measure id -> origin measure id, in plan order.
    links: dict[int, int]
    #: New measures whose timing was cleared for the user to set.
    cleared: list[int]
    #: The recorded step (for undo).
    step_id: int | None


def _folded(text: str) -> str:
    return text.casefold().replace("ё", "е")


def is_recurring(timing: Timing) -> bool:
    """Whether a timing repeats (annually, regularly, on a permanent basis)."""
    if timing.precision is Precision.ANNUAL:
        return True
    return bool(timing.text) and _RECURRING.search(_folded(timing.text)) is not None


def carried_timing(
    timing: Timing, old_period: tuple[date, date] | None, new_period: tuple[date, date] | None
) -> Timing:
    """The timing a carried measure gets in the new plan.

    The words are read again against the new period. Words that name dates inside
    the old period (or before the new plan starts), "II квартал 2023 г.", "до конца
    2024 г.", "ежегодно в 2023-2024 гг.", are cleared for the user to set; open words
    ("ежегодно", "по согласованию сторон", the plan's period, words CoopDesk cannot
    read) are kept.
    """
    if not timing.text.strip():
        return Timing.empty()
    fresh = parse_timing(timing.text, new_period)
    if fresh.end is None or fresh.precision is Precision.PLAN:
        return fresh
    if old_period is not None and fresh.end <= old_period[1]:
        return Timing.empty()
    if new_period is not None and fresh.end < new_period[0]:
        return Timing.empty()
    return fresh


def next_title(title: str, old_period: tuple[date, date] | None, new: tuple[date, date]) -> str:
    """The old plan's title with its years moved to the new period ("2023-2024" → "2025-2026")."""
    if old_period is None:
        return title
    (a, b), (c, d) = (old_period[0].year, old_period[1].year), (new[0].year, new[1].year)
    pattern = re.compile(rf"\b{a}(\s*[-–—]\s*){b}\b") if a != b else re.compile(rf"\b{a}\b()")

    def swap(match: re.Match[str]) -> str:
        return f"{c}{match.group(1)}{d}" if a != b else str(c if c == d else f"{c}-{d}")

    return pattern.sub(swap, title)


def _reason(status: Status, timing: Timing) -> Reason:
    if status is Status.CARRIED_OVER:
        return Reason.CARRIED
    if is_recurring(timing) and status is not Status.CANCELLED:
        return Reason.RECURRING
    if status is Status.DONE:
        return Reason.DONE
    if status is Status.CANCELLED:
        return Reason.CANCELLED
    return Reason.OPEN


class CarryOverService(ServiceBase):
    """Makes the next plan from an old one, and follows carry-over links both ways.

    It works through the plan service's unit of work (one change, recorded, undoable).
    """

    def __init__(self, service: PlanService) -> None:
        super().__init__(service)
        self.service = service

    # -- reading ------------------------------------------------------------------------------

    def candidates(self, plan_id: int) -> list[CarryCandidate]:
        """The plan's measures in plan order, each with why it is ticked or not."""
        sectors = {s.id: s.code for s in self.service.list_sectors(plan_id)}
        return [
            CarryCandidate(
                m.id or 0,
                m.number,
                m.title,
                sectors.get(m.sector_id, ""),
                m.status,
                m.timing,
                _reason(m.status, m.timing),
            )
            for m in self.service.list_measures(plan_id)
        ]

    def carried_from(self, measure_ids: Iterable[int]) -> dict[int, CarryLink]:
        """measure id -> the measure it was carried from (for those that were carried)."""
        origin = aliased(Measure)
        ids = list(measure_ids)
        out: dict[int, CarryLink] = {}
        with self._read() as session:
            for start in range(0, len(ids), 500):
                rows = session.execute(
                    select(Measure.id, origin.id, origin.plan_id, Plan.code, origin.number)
                    .add_columns(origin.title)
                    .join(origin, origin.id == Measure.carried_from_id)
                    .join(Plan, Plan.id == origin.plan_id)
                    .where(Measure.id.in_(ids[start : start + 500]))
                )
                for mid, oid, pid, code, number, title in rows:
                    out[mid] = CarryLink(oid, pid, code, number, title)
        return out

    def carried_from_in_plan(self, plan_id: int) -> dict[int, CarryLink]:
        """measure id -> its origin, for every carried measure of a plan."""
        with self._read() as session:
            ids = list(
                session.scalars(
                    select(Measure.id).where(
                        Measure.plan_id == plan_id, Measure.carried_from_id.is_not(None)
                    )
                )
            )
        return self.carried_from(ids) if ids else {}

    def carried_into(self, measure_id: int) -> list[CarryLink]:
        """The measures of later plans carried from this one (oldest first)."""
        with self._read() as session:
            rows = session.execute(
                select(Measure.id, Measure.plan_id, Plan.code, Measure.number, Measure.title)
                .join(Plan, Plan.id == Measure.plan_id)
                .where(Measure.carried_from_id == measure_id)
                .order_by(Measure.id)
            )
            return [CarryLink(*row) for row in rows]

    # -- carrying over ----------------------------------------------------------------------

    @retrying
    def carry_over(
        self,
        plan_id: int,
        *,
        code: str,
        period_start: date,
        period_end: date,
        title: str | None = None,
        measure_ids: Sequence[int] | None = None,
    ) -> CarryResult:
        """Make the next plan of ``plan_id`` in one undoable step (see the module).

        ``measure_ids`` are the measures to carry (None: the default ones). Raises
        :class:`ValidationError` (nothing written) for an empty or taken code, a bad
        period, or a measure that is not in the plan.
        """
        code = check_text("code", code or "", max_chars=64).strip()
        if not code:
            raise ValidationError(
                msg("The new plan needs a code (a short name such as KZ-RU-2025)")
            )
        if period_start is None or period_end is None:
            raise ValidationError(msg("The new plan needs a period (its first and last day)"))
        start, end = check_period(period_start, period_end)
        assert start is not None and end is not None
        new_period = (start, end)
        with self.change(f"Carry over into {code}") as (session, changes):
            old = session.get(Plan, plan_id)
            if old is None:
                raise NotFoundError(msg("There is no plan with id {id}"), id=plan_id)
            old_period = (
                (old.period_start, old.period_end) if old.period_start and old.period_end else None
            )
            name = check_text("title", title if title is not None else "")
            if not name.strip():
                name = next_title(old.title, old_period, new_period)
            stamp = now()
            plan = Plan(
                uid=str(uuid.uuid4()),
                code=code,
                title=name,
                party_a=old.party_a,
                party_b=old.party_b,
                period_start=start,
                period_end=end,
                signed_date=None,
                signed_place="",
                state=PlanState.DRAFT.value,
                language=old.language or "",
                created_at=stamp,
                updated_at=stamp,
                updated_by=self.actor,
            )
            session.add(plan)
            claim_code(session, code)
            changes.plan_id = plan.id
            changes.also_plans.add(plan_id)  # its measures are marked "carried over"
            changes.name = f"Carry over into {code}"
            # The sector tree, parents first, with the same codes and places.
            old_sectors = list(
                session.scalars(select(Sector).where(Sector.plan_id == plan_id).order_by(Sector.id))
            )
            ordered = tree_order(
                [
                    model.Sector(s.id, s.plan_id, s.code, s.name, s.parent_id, s.position)
                    for s in old_sectors
                ]
            )
            sector_of: dict[int, int] = {}
            code_of: dict[int, str] = {}
            for s in ordered:
                assert s.id is not None
                row = Sector(
                    plan_id=plan.id,
                    parent_id=sector_of.get(s.parent_id) if s.parent_id is not None else None,
                    code=s.code,
                    name=s.name,
                    position=s.position,
                )
                session.add(row)
                session.flush()
                sector_of[s.id] = row.id
                code_of[row.id] = row.code
            # The measures, in plan order.
            order = {s.id: i for i, s in enumerate(ordered)}
            origins = sorted(
                session.scalars(select(Measure).where(Measure.plan_id == plan_id)),
                key=lambda m: (order.get(m.sector_id, 0), m.position, m.id),
            )
            if measure_ids is None:
                chosen = [m for m in origins if _reason(*_status_timing(m)).ticked]
            else:
                wanted = set(measure_ids)
                chosen = [m for m in origins if m.id in wanted]
                missing = wanted - {m.id for m in chosen}
                if missing:
                    raise ValidationError(
                        msg(
                            "Measure id {id} is not in the plan '{code}'; "
                            "pick measures of the plan being carried over"
                        ),
                        id=min(missing),
                        code=old.code,
                    )
            positions: dict[int, int] = {}
            rows: list[dict[str, Any]] = []
            cleared_origins: set[int] = set()
            for m in chosen:
                sector_id = sector_of[m.sector_id]
                position = positions.get(sector_id, 0)
                positions[sector_id] = position + 1
                was = Timing(
                    m.timing_text, m.timing_start, m.timing_end, Precision(m.timing_precision)
                )
                timing = carried_timing(was, old_period, new_period)
                if was.text.strip() and not timing.text:
                    cleared_origins.add(m.id)
                values = {column: getattr(m, column) for column in MEASURE_CONTENT_COLUMNS}
                values.update(
                    timing_text=timing.text,
                    timing_start=timing.start,
                    timing_end=timing.end,
                    timing_precision=Precision(timing.precision).value,
                    status=Status.PLANNED.value,
                    notes="",
                    uid=str(uuid.uuid4()),
                    plan_id=plan.id,
                    sector_id=sector_id,
                    number=f"{code_of[sector_id]}.{position + 1}",
                    number_pinned=False,
                    position=position,
                    created_at=stamp,
                    updated_at=stamp,
                    version=1,
                    updated_by=self.actor,
                    carried_from_id=m.id,
                )
                rows.append(values)
            table: Table = Measure.__table__  # type: ignore[assignment]
            if rows:
                session.execute(insert(table), rows)
            made = dict(
                session.execute(
                    select(Measure.carried_from_id, Measure.id).where(Measure.plan_id == plan.id)
                ).all()
            )
            links = {made[m.id]: m.id for m in chosen}
            # The origins: "carried over" (a done one stays done) and a note.
            language = old.language or ("ru" if re.search("[а-яё]", old.title.lower()) else "en")
            note = _NOTES.get(language, _NOTES["en"]).format(code=code)
            origin_ids = [m.id for m in chosen]
            self.recorder.capture("measure", origin_ids, ("status", "notes"))
            updates = [
                {
                    "_id": m.id,
                    "status": m.status
                    if m.status == Status.DONE.value
                    else Status.CARRIED_OVER.value,
                    "notes": f"{m.notes.rstrip()}\n{note}" if m.notes.strip() else note,
                }
                for m in chosen
            ]
            if updates:
                session.execute(
                    update(table)
                    .where(table.c.id == bindparam("_id"))
                    .values(status=bindparam("status"), notes=bindparam("notes")),
                    updates,
                )
            session.expire_all()
            recorder = self.recorder
            recorder.note_insert("plan", [plan.id])
            recorder.note_insert("sector", sector_of.values(), history=False)
            recorder.note_insert("measure", list(links), history=False, fresh=True)
            changes.add("plan", plan.id)
            changes.add("sector", *sector_of.values())
            changes.add("measure", *links)
            changes.change("measure", *origin_ids)
            result_plan = plan_from_row(session.get(Plan, plan.id))  # type: ignore[arg-type]
            cleared = [new for new, origin in links.items() if origin in cleared_origins]
        return CarryResult(result_plan, links, cleared, changes.step_id)


def _status_timing(m: Measure) -> tuple[Status, Timing]:
    return Status(m.status), Timing(
        m.timing_text, m.timing_start, m.timing_end, Precision(m.timing_precision)
    )
