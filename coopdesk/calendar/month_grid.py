"""Where things go in the month grid and the timeline, as plain data the UI paints.

Month grid: :func:`month_days` gives the six weeks shown for a month,
:func:`week_bars` puts the dated measures of one week into lanes (a measure over
several days is one bar across them), and :func:`period_groups` lists the measures
that are only known to fall in a month, quarter, half-year, year or the plan period
("in this period") instead of pinning them to a made-up day.

Timeline: :func:`timeline_lines` orders the rows by sector (tree order) with a header
line per sector, :func:`timeline_range` chooses the span of days drawn and
:func:`scale_periods` cuts it into weeks, months, quarters or years for the header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from coopdesk.calendar.rows import (
    EXACT,
    CalendarRows,
    SpanKey,
)
from coopdesk.domain.model import Sector
from coopdesk.domain.rows import MeasureRow
from coopdesk.domain.timing import Precision

__all__ = [
    "PeriodGroup",
    "ScaleUnit",
    "WeekBar",
    "WeekLayout",
    "add_months",
    "month_days",
    "month_layout",
    "period_groups",
    "precision_style",
    "scale_periods",
    "timeline_lines",
    "timeline_range",
]

# --------------------------------------------------------------------------- months


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) ``delta`` months after (or before) ``year``/``month``."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    y, m = add_months(year, month, 1)
    return date(y, m, 1) - timedelta(days=1)


def month_days(year: int, month: int, first_weekday: int = 0) -> list[date]:
    """The 42 days (six weeks) a month grid shows, starting on ``first_weekday``.

    ``first_weekday`` is Python's: 0 Monday ... 6 Sunday.  The first row holds the 1st.
    """
    first = date(year, month, 1)
    back = (first.weekday() - first_weekday) % 7
    start = first - timedelta(days=back)
    return [start + timedelta(days=i) for i in range(42)]


@dataclass(frozen=True, slots=True)
class WeekBar:
    """A dated measure in one week row of the month grid."""

    position: int  # row position in CalendarRows.rows
    lane: int  # 0 = the top line under the day numbers
    first: int  # first column (0-6) it covers in this week
    last: int  # last column it covers
    clipped_start: bool  # it began before this week
    clipped_end: bool  # it goes on after this week


@dataclass(slots=True)
class WeekLayout:
    """The lanes of one week and what did not fit."""

    bars: list[WeekBar]
    #: Per column, how many measures had no room (drawn as "+N more").
    hidden: list[int]
    #: Per column, how many measures fall on that day in all.
    total: list[int]


def month_layout(
    data: CalendarRows, first_day: date, lanes: int, weeks: int = 6
) -> list[WeekLayout]:
    """Put the measures with exact dates of ``weeks`` week rows from ``first_day`` into lanes.

    In each week, longer pieces go first so they stay on top and unbroken, then by
    first day and plan order.  A measure that finds no free lane is counted in
    ``hidden`` for each of its days.  When anything is hidden in a week, its last lane
    is left for "+N more", so only ``lanes - 1`` lanes hold bars there.

    Measures come from the span index a span at a time (all measures of one span share
    their columns), lanes are 7-bit masks of busy days, and once a day's lanes are all
    taken the rest of a span is counted hidden in one step: a day holding ten thousand
    measures costs about what a day holding ten does.
    """
    rows = data.rows
    last_day = first_day + timedelta(days=7 * weeks - 1)
    # Per week: (first column, last column, row positions of that span).
    pieces: list[list[tuple[int, int, Sequence[int]]]] = [[] for _ in range(weeks)]
    totals = [[0] * 7 for _ in range(weeks)]
    for key, group in data.index.overlapping(first_day, last_day, exact=True):
        a = max((key[0] - first_day).days, 0)
        b = min((key[1] - first_day).days, 7 * weeks - 1)
        for week in range(a // 7, b // 7 + 1):
            first = max(a - week * 7, 0)
            last = min(b - week * 7, 6)
            pieces[week].append((first, last, group))
            total = totals[week]
            for col in range(first, last + 1):
                total[col] += len(group)
    out = []
    for week in range(weeks):
        spans = pieces[week]
        # Multi-day bars first, longest first, then by first day, then plan order.
        spans.sort(key=lambda s: (s[0] == s[1], s[0] - s[1], s[0], s[2][0]))
        week_start = first_day + timedelta(days=7 * week)
        bars, hidden = _place(rows, spans, week_start, max(lanes, 0))
        if any(hidden) and lanes > 0:
            bars, hidden = _place(rows, spans, week_start, lanes - 1)
        out.append(WeekLayout(bars, hidden, totals[week]))
    return out


def _place(
    rows: Sequence[MeasureRow],
    spans: list[tuple[int, int, Sequence[int]]],
    week_start: date,
    limit: int,
) -> tuple[list[WeekBar], list[int]]:
    week_end = week_start + timedelta(days=6)
    busy = [0] * limit  # per lane: a bit per busy day
    full = 0  # days on which every lane is busy
    bars: list[WeekBar] = []
    hidden = [0] * 7
    for first, last, group in spans:
        mask = ((1 << (last + 1)) - 1) ^ ((1 << first) - 1)
        for n, i in enumerate(group):
            if mask & full:
                for col in range(first, last + 1):
                    hidden[col] += len(group) - n  # no room on these days for the rest
                break
            for lane in range(limit):
                if not busy[lane] & mask:
                    busy[lane] |= mask
                    row = rows[i]
                    bars.append(
                        WeekBar(
                            i,
                            lane,
                            first,
                            last,
                            row.timing_start < week_start,  # type: ignore[operator]
                            row.timing_end > week_end,  # type: ignore[operator]
                        )
                    )
                    break
            else:
                for col in range(first, last + 1):
                    hidden[col] += 1
                continue
            full = busy[0] if limit else 0
            for lane_mask in busy[1:]:
                full &= lane_mask
    return bars, hidden


def precision_style(precision: str) -> Literal["exact", "month", "fuzzy", "open", "none"]:
    """How sure a timing is, for drawing: exact days, a month, a longer unit, open forms."""
    if precision in EXACT:
        return "exact"
    if precision in (Precision.MONTH.value, Precision.MONTHS.value):
        return "month"
    if precision in (
        Precision.QUARTER.value,
        Precision.HALF.value,
        Precision.YEAR.value,
        Precision.YEARS.value,
        # A deadline spans from the plan's start to the day it is due.
        Precision.DEADLINE.value,
    ):
        return "fuzzy"
    if precision in (Precision.PLAN.value, Precision.ANNUAL.value):
        return "open"
    return "none"


_GROUP_ORDER = {"month": 0, "fuzzy": 1, "open": 2, "none": 3}


@dataclass(frozen=True, slots=True)
class PeriodGroup:
    """Measures sharing one span (or no dates at all) for the "in this period" list."""

    key: SpanKey | None  # None: the measures without dates
    positions: list[int]


def period_groups(
    data: CalendarRows, start: date, end: date, include_undated: bool = True
) -> list[PeriodGroup]:
    """Measures with a span but no exact day overlapping ``start..end``, one group per span.

    Narrow spans first (months, then quarters, halves and years, then the plan period
    and annual ones), each by start date; the measures without dates (by agreement,
    unparsed, none) last when ``include_undated``.
    """
    found = list(data.index.overlapping(start, end, exact=False))
    found.sort(key=lambda kv: (_GROUP_ORDER[precision_style(kv[0][2])], kv[0][1] - kv[0][0], kv[0]))
    groups = [PeriodGroup(key, group) for key, group in found if group]
    if include_undated and data.index.undated:
        groups.append(PeriodGroup(None, data.index.undated))
    return groups


# --------------------------------------------------------------------------- timeline

#: A timeline line: (is a sector header, sector id or row position, depth in the tree).
Line = tuple[bool, int, int]
#: Sector id used for rows whose sector is not in the sector list.
UNKNOWN_SECTOR = -1


def timeline_lines(data: CalendarRows, sectors: Sequence[Sector]) -> list[Line]:
    """The timeline's lines: each sector with measures (or with descendants that have
    some) as a header, then its own measures in plan order; sectors in tree order.

    ``sectors`` is in tree order (as :meth:`PlanService.list_sectors` returns them).
    Rows of sectors not in the list come last under :data:`UNKNOWN_SECTOR`.
    """
    rows = data.rows
    by_sector: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_sector.setdefault(row.sector_id, []).append(i)
    for group in by_sector.values():
        group.sort(key=lambda i: (rows[i].position, i))
    depth: dict[int | None, int] = {None: -1}
    parent: dict[int, int | None] = {}
    known: set[int] = set()
    for s in sectors:
        if s.id is None:
            continue
        known.add(s.id)
        parent[s.id] = s.parent_id if s.parent_id in depth else None
        depth[s.id] = depth[parent[s.id]] + 1
    # A sector shows when it or a descendant has rows.
    shown: set[int] = set()
    for sid in by_sector:
        node: int | None = sid
        while node is not None and node in known and node not in shown:
            shown.add(node)
            node = parent[node]
    lines: list[Line] = []
    for s in sectors:
        if s.id in shown:
            lines.append((True, s.id, depth[s.id]))
            lines.extend((False, i, depth[s.id] + 1) for i in by_sector.get(s.id, ()))
    stray = [i for sid, group in by_sector.items() if sid not in known for i in group]
    if stray:
        lines.append((True, UNKNOWN_SECTOR, 0))
        lines.extend((False, i, 1) for i in stray)
    return lines


ScaleUnit = Literal["week", "month", "quarter", "year"]

#: How far before and after the plan period the timeline may reach for stray dates.
_REACH_YEARS = 3


def _quarter_start(d: date) -> date:
    return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)


def _quarter_end(d: date) -> date:
    q_start = _quarter_start(d)
    return month_end(*add_months(q_start.year, q_start.month, 2))


def timeline_range(
    period: tuple[date, date] | None, bounds: tuple[date, date] | None, today: date
) -> tuple[date, date]:
    """The days the timeline draws, aligned on whole quarters.

    The plan period, widened to every measure's span (``bounds``) but by at most
    three years either side so one stray date cannot stretch it over decades.
    Without a period: the measures' spans, or the current year.
    """
    if period is None:
        start, end = bounds if bounds else (date(today.year, 1, 1), date(today.year, 12, 31))
    else:
        start, end = period
        if bounds:
            floor = date(max(start.year - _REACH_YEARS, 1900), 1, 1)
            ceiling = date(min(end.year + _REACH_YEARS, 2199), 12, 31)
            start = max(min(start, bounds[0]), floor)
            end = min(max(end, bounds[1]), ceiling)
    return _quarter_start(start), _quarter_end(end)


def scale_periods(start: date, end: date, unit: ScaleUnit) -> list[tuple[date, date]]:
    """Consecutive periods of ``unit`` (first and last day) covering ``start..end``.

    Weeks start on Monday; the first and last period may be cut to ``start``/``end``.
    """
    out: list[tuple[date, date]] = []
    day = start
    while day <= end:
        if unit == "week":
            last = day + timedelta(days=6 - day.weekday())
        elif unit == "month":
            last = month_end(day.year, day.month)
        elif unit == "quarter":
            last = _quarter_end(day)
        else:
            last = date(day.year, 12, 31)
        last = min(last, end)
        out.append((day, last))
        day = last + timedelta(days=1)
    return out
