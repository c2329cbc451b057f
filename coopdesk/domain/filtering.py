"""Which measures a view shows: one filter for the table, the calendar and the reports.

A :class:`MeasureFilter` is plain data (what the filter bar and the sector tree
chose).  :meth:`MeasureFilter.compile` turns it, for a given day and plan period,
into a :class:`CompiledFilter` over :class:`~coopdesk.domain.rows.MeasureRow`:
``matches(row)`` for one row, ``select`` / ``select_indexes`` for many, one list
comprehension per condition (at 100,000 rows a Python call per row per keystroke
is too slow).  The table filters its rows with it, the calendar draws the rows the
table lets through, and a report scope compiles the table's filter over the
plan's measures, so all three show the same measures.

The rules live here once: :func:`overdue` (what "overdue" means),
:func:`outside_period` (a timing that leaves the plan's period) and :func:`fold`
(search text: ``str.casefold`` so Cyrillic and Kazakh letters match in any case,
SQLite's LIKE folds ASCII only, and "ё" read as "е").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from coopdesk.domain.rows import MeasureRow
from coopdesk.domain.vocab import CLOSED_STATUSES

#: Row fields the search words are looked for in.
SEARCHED_FIELDS: tuple[str, ...] = (
    "title",
    "description",
    "responsible_a",
    "responsible_b",
    "notes",
)

Span = tuple[date, date]


def overdue(timing_end: date | None, status: str, today: date) -> bool:
    """The one overdue rule: the timing's span ended before ``today`` and the measure
    is neither done nor cancelled.  A timing without dates is never overdue."""
    return timing_end is not None and timing_end < today and status not in CLOSED_STATUSES


def is_overdue(row: MeasureRow, today: date) -> bool:
    """Whether a row is :func:`overdue` on ``today``."""
    end = row.timing_end
    return end is not None and end < today and row.status not in CLOSED_STATUSES


def outside_period(timing_span: Span | None, plan_period: Span | None) -> bool:
    """Whether a timing's span reaches outside the plan's period.

    True when any day of the span falls before the period starts or after it ends
    ("2025" in a 2023-2024 plan, and "during 2024-2025" too: part of it is outside).
    A timing without dates, or a plan without a period, is never outside.
    """
    if timing_span is None or plan_period is None:
        return False
    return timing_span[0] < plan_period[0] or timing_span[1] > plan_period[1]


def is_outside_period(row: MeasureRow, plan_period: Span | None) -> bool:
    """:func:`outside_period` for a row's timing."""
    start = row.timing_start
    if start is None or plan_period is None:
        return False
    return start < plan_period[0] or row.timing_end > plan_period[1]  # type: ignore[operator]


def fold(text: str) -> str:
    """Text as searches compare it: casefolded (Cyrillic and Kazakh too), "ё" as "е"."""
    return text.casefold().replace("ё", "е")


def haystack(row: MeasureRow) -> str:
    """The folded text a search looks in (title, description, agencies, notes)."""
    return fold(
        "\n".join(
            (
                row.title or "",
                row.description or "",
                row.responsible_a or "",
                row.responsible_b or "",
                row.notes or "",
            )
        )
    )


def split_agencies(text: str) -> list[str]:
    """The agencies of a comma- or semicolon-separated list, trimmed, in order."""
    out = []
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        part = part.strip()
        if part:
            out.append(part)
    return out


def names_agency(row: MeasureRow, needle: str) -> bool:
    """Whether either side's agencies name ``needle`` (casefolded): a whole name or a part."""
    a, b = row.responsible_a or "", row.responsible_b or ""
    if any(needle == agency.casefold() for agency in split_agencies(a) + split_agencies(b)):
        return True
    return needle in f"{a}\n{b}".casefold()


@dataclass(frozen=True, slots=True)
class MeasureFilter:
    """What to show; empty fields mean "any".

    Sets take several values at once ("planned or in preparation"); the criteria
    combine with "and".
    """

    #: Sectors to show (the chosen sector and its descendants); None: all.
    sector_ids: frozenset[int] | None = None
    #: Words searched in title, description, responsible agencies and notes; all must occur.
    search: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    levels: frozenset[str] = field(default_factory=frozenset)
    frameworks: frozenset[str] = field(default_factory=frozenset)
    #: An agency of either side (matched inside the comma-separated lists).
    agency: str = ""
    #: Measures whose timing span overlaps this (start, end); without a span: hidden.
    period: Span | None = None
    overdue_only: bool = False
    #: Only measures whose timing reaches outside the plan's period.
    outside_plan_only: bool = False

    @property
    def is_empty(self) -> bool:
        """True when it lets every measure through."""
        return self == MeasureFilter()

    def without_search(self) -> MeasureFilter:
        """The same filter with no search words."""
        return replace(self, search="")

    def without_sector(self) -> MeasureFilter:
        """The same filter for every sector."""
        return replace(self, sector_ids=None)

    def with_sectors(self, sector_ids: frozenset[int] | set[int] | None) -> MeasureFilter:
        """The same filter for these sectors (None: every sector)."""
        return replace(self, sector_ids=None if sector_ids is None else frozenset(sector_ids))

    def compile(self, today: date, plan_period: Span | None = None) -> CompiledFilter:
        """The filter as fast checks; ``today`` decides what is overdue, ``plan_period``
        what is outside the plan."""
        return CompiledFilter(self, today, plan_period)


class CompiledFilter:
    """A :class:`MeasureFilter` made ready to run over :class:`MeasureRow` rows."""

    __slots__ = ("_checks", "agency", "lets_all", "plan_period", "today", "wanted", "words")

    def __init__(self, wanted: MeasureFilter, today: date, plan_period: Span | None) -> None:
        self.wanted = wanted
        self.today = today
        self.plan_period = plan_period
        self.words: tuple[str, ...] = tuple(fold(wanted.search).split())
        self.agency = wanted.agency.strip().casefold()
        self._checks = self._row_checks()
        self.lets_all = not self._checks and not self.words

    def _row_checks(self) -> list[Callable[[list[MeasureRow]], list[MeasureRow]]]:
        """One list comprehension per condition, cheapest and most selective first."""
        w, today, period = self.wanted, self.today, self.plan_period
        checks: list[Callable[[list[MeasureRow]], list[MeasureRow]]] = []
        if w.sector_ids is not None:
            sectors = w.sector_ids
            checks.append(lambda rows: [r for r in rows if r.sector_id in sectors])
        if w.statuses:
            statuses = w.statuses
            checks.append(lambda rows: [r for r in rows if r.status in statuses])
        if w.kinds:
            kinds = w.kinds
            checks.append(lambda rows: [r for r in rows if r.kind in kinds])
        if w.levels:
            levels = w.levels
            checks.append(lambda rows: [r for r in rows if r.level in levels])
        if w.frameworks:
            frameworks = w.frameworks
            checks.append(lambda rows: [r for r in rows if r.framework in frameworks])
        if w.period is not None:
            start, end = w.period
            checks.append(
                lambda rows: [
                    r
                    for r in rows
                    if r.timing_start is not None
                    and r.timing_start <= end
                    and r.timing_end >= start  # type: ignore[operator]
                ]
            )
        if w.overdue_only:
            checks.append(lambda rows: [r for r in rows if is_overdue(r, today)])
        if w.outside_plan_only:
            checks.append(lambda rows: [r for r in rows if is_outside_period(r, period)])
        if self.agency:
            needle = self.agency
            checks.append(lambda rows: [r for r in rows if names_agency(r, needle)])
        return checks

    # -- one row ----------------------------------------------------------------------------

    def matches(self, row: MeasureRow, hay: str | None = None) -> bool:
        """Whether ``row`` passes; ``hay`` is its :func:`haystack` if known (built if needed)."""
        single = [row]
        for check in self._checks:
            if not check(single):
                return False
        if self.words:
            text = hay if hay is not None else haystack(row)
            return all(word in text for word in self.words)
        return True

    __call__ = matches

    # -- many rows --------------------------------------------------------------------------

    def select(self, rows: Sequence[MeasureRow]) -> list[MeasureRow]:
        """The rows that pass, in the order given."""
        kept = list(rows)
        for check in self._checks:
            kept = check(kept)
        for word in self.words:
            kept = [r for r in kept if word in haystack(r)]
        return kept

    def select_indexes(
        self,
        rows: Sequence[MeasureRow | None],
        candidates: Sequence[int],
        haystacks: Callable[[], Sequence[str | None]] | None = None,
    ) -> list[int]:
        """The candidate positions of ``rows`` whose rows pass, in the order given.

        Every candidate must hold a row.  ``haystacks`` returns the rows' search texts
        by position (asked for only when the filter searches; built per row without).
        """
        if self.lets_all:
            return list(candidates)
        w = self.wanted
        kept = list(candidates)
        # The same conditions as _row_checks, over positions: the table keeps positions.
        if w.sector_ids is not None:
            sectors = w.sector_ids
            kept = [i for i in kept if rows[i].sector_id in sectors]  # type: ignore[union-attr]
        if w.statuses:
            statuses = w.statuses
            kept = [i for i in kept if rows[i].status in statuses]  # type: ignore[union-attr]
        if w.kinds:
            kinds = w.kinds
            kept = [i for i in kept if rows[i].kind in kinds]  # type: ignore[union-attr]
        if w.levels:
            levels = w.levels
            kept = [i for i in kept if rows[i].level in levels]  # type: ignore[union-attr,operator]
        if w.frameworks:
            frameworks = w.frameworks
            kept = [i for i in kept if rows[i].framework in frameworks]  # type: ignore[union-attr]
        if w.period is not None:
            start, end = w.period
            kept = [
                i
                for i in kept
                if (r := rows[i]).timing_start is not None  # type: ignore[union-attr]
                and r.timing_start <= end  # type: ignore[union-attr]
                and r.timing_end >= start  # type: ignore[union-attr,operator]
            ]
        if w.overdue_only:
            today = self.today
            kept = [i for i in kept if is_overdue(rows[i], today)]  # type: ignore[arg-type]
        if w.outside_plan_only:
            period = self.plan_period
            kept = [i for i in kept if is_outside_period(rows[i], period)]  # type: ignore[arg-type]
        if self.agency:
            needle = self.agency
            kept = [i for i in kept if names_agency(rows[i], needle)]  # type: ignore[arg-type]
        if self.words:
            if haystacks is None:
                kept = [i for i in kept if self.matches(rows[i])]  # type: ignore[arg-type]
            else:
                hay = haystacks()
                for word in self.words:
                    kept = [i for i in kept if word in hay[i]]  # type: ignore[operator]
        return kept


def row_predicate(
    wanted: MeasureFilter, today: date, plan_period: Span | None = None
) -> Callable[[MeasureRow, str | None], bool]:
    """A predicate ``(row, haystack_or_None) -> bool`` for ``wanted`` (its compiled form)."""
    return wanted.compile(today, plan_period).matches
