"""The measure rows the calendar views draw, indexed by the span of their timing.

The views are fed the same :class:`~coopdesk.domain.rows.MeasureRow` rows as the
workspace's table, after its :class:`~coopdesk.domain.filtering.MeasureFilter`, so
they show what the table's filters let through; the overdue rule is the domain's
(:func:`~coopdesk.domain.filtering.is_overdue`).  :class:`CalendarRows` keeps those
rows and a :class:`SpanIndex` that groups them by span: a real plan repeats a few hundred
distinct spans ("II квартал 2023 г." is one span however many measures say it), so
"what overlaps April 2023" is answered by looking at the distinct spans, not at
100,000 rows.  Feeding new rows works out what changed, so a timing edit updates
one entry instead of rebuilding everything.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from coopdesk.domain.filtering import is_overdue as is_overdue
from coopdesk.domain.rows import MeasureRow, as_measure_row
from coopdesk.domain.timing import Precision, Timing
from coopdesk.domain.vocab import CLOSED_STATUSES

#: Precisions that pin a measure to days (drawn on the days of a month grid).
EXACT: frozenset[str] = frozenset({Precision.DAY.value, Precision.DAYS.value})

#: The row type the calendar reads (the table's rows, by field name).
Row = MeasureRow
#: A span as the index keys it: (start, end, precision code).
SpanKey = tuple[date, date, str]


def is_exact(row: Row) -> bool:
    """Whether the row's timing names exact days (one date or a range of days)."""
    return row.timing_precision in EXACT and row.timing_start is not None


def is_closed(row: Row) -> bool:
    """Done and cancelled measures are never overdue."""
    return row.status in CLOSED_STATUSES


def row_timing(row: Row) -> Timing:
    """The row's timing as a domain :class:`Timing`."""
    return row.timing


class SpanIndex:
    """Row positions grouped by span, each group in row order.

    Rows without a span (by agreement, unparsed, empty) are kept apart in
    :attr:`undated`.  Queries cost the number of distinct spans plus the answer.
    """

    def __init__(self, rows: Sequence[Row] = ()) -> None:
        self._groups: dict[SpanKey, list[int]] = {}
        self.undated: list[int] = []
        self._keys: list[SpanKey] | None = None  # sorted lazily after changes
        for i, row in enumerate(rows):
            start = row.timing_start
            if start is None:
                self.undated.append(i)
            else:
                # A timing with a start has an end (Timing guarantees both or neither).
                key: SpanKey = (start, row.timing_end, row.timing_precision)  # type: ignore[assignment]
                self._groups.setdefault(key, []).append(i)

    def _sorted_keys(self) -> list[SpanKey]:
        if self._keys is None:
            self._keys = sorted(self._groups)
        return self._keys

    def add(self, i: int, row: Row) -> None:
        """Index row position ``i``."""
        start = row.timing_start
        if start is None:
            insort(self.undated, i)
            return
        key: SpanKey = (start, row.timing_end, row.timing_precision)  # type: ignore[assignment]
        group = self._groups.get(key)
        if group is None:
            self._groups[key] = [i]
            self._keys = None
        else:
            insort(group, i)

    def discard(self, i: int, row: Row) -> None:
        """Forget row position ``i`` as it was indexed for ``row``."""
        start = row.timing_start
        if start is None:
            self.undated.remove(i)
            return
        key: SpanKey = (start, row.timing_end, row.timing_precision)  # type: ignore[assignment]
        group = self._groups[key]
        group.remove(i)
        if not group:
            del self._groups[key]
            self._keys = None

    def spans(self) -> list[SpanKey]:
        """Every distinct span, sorted by start then end."""
        return list(self._sorted_keys())

    def group(self, key: SpanKey) -> list[int]:
        """The row positions of one span (do not modify)."""
        return self._groups.get(key, [])

    def overlapping(
        self, start: date, end: date, exact: bool | None = None
    ) -> Iterator[tuple[SpanKey, list[int]]]:
        """Spans sharing at least a day with ``start..end``, by start date.

        ``exact`` True keeps only day and day-range spans, False only the others.
        """
        keys = self._sorted_keys()
        stop = bisect_right(keys, (end, date.max, "~"))
        for key in keys[:stop]:
            if key[1] < start:
                continue
            if exact is not None and (key[2] in EXACT) != exact:
                continue
            yield key, self._groups[key]

    def ending_between(self, start: date, end: date) -> Iterator[tuple[SpanKey, list[int]]]:
        """Spans whose last day is within ``start..end``."""
        for key in self._sorted_keys():
            if key[0] > end:
                break
            if start <= key[1] <= end:
                yield key, self._groups[key]

    def ended_before(self, day: date) -> Iterator[tuple[SpanKey, list[int]]]:
        """Spans whose last day is before ``day``."""
        for key in self._sorted_keys():
            if key[0] >= day:
                break
            if key[1] < day:
                yield key, self._groups[key]

    def bounds(self) -> tuple[date, date] | None:
        """The first start and the last end of every span, or None without spans."""
        keys = self._sorted_keys()
        if not keys:
            return None
        return keys[0][0], max(k[1] for k in keys)


@dataclass(slots=True)
class RowsChange:
    """What :meth:`CalendarRows.set_rows` found: a reset, or some rows changed in place."""

    reset: bool
    #: Positions whose values changed (when not a reset).
    changed: list[int] = field(default_factory=list)
    #: Whether a changed row moved to another sector or position (the order changed).
    reordered: bool = False

    def __bool__(self) -> bool:
        return self.reset or bool(self.changed)


class CalendarRows:
    """The rows the calendar shows, with their :class:`SpanIndex` and an id lookup."""

    def __init__(self, rows: Iterable[Sequence[Any]] = ()) -> None:
        self.rows: list[Row] = []
        self.index = SpanIndex()
        self._position: dict[int, int] = {}
        self.set_rows(rows)

    def __len__(self) -> int:
        return len(self.rows)

    def set_rows(self, rows: Iterable[Sequence[Any]]) -> RowsChange:
        """Take a new list of rows; keeps the index up to date at the least cost.

        When the same measures come in the same order (the usual case after an edit),
        only rows whose values differ are re-indexed; otherwise everything is rebuilt.
        """
        new = [r if type(r) is MeasureRow else as_measure_row(r) for r in rows]  # type: ignore[arg-type]
        old = self.rows
        if (
            len(new) == len(old)
            and old
            and all(a.id == b.id for a, b in zip(old, new, strict=True))
        ):
            changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
            return self._replace(new, changed)
        self.rows = new
        self.index = SpanIndex(new)
        self._position = {r.id: i for i, r in enumerate(new)}
        return RowsChange(reset=True)

    def update_rows(self, rows: Iterable[Sequence[Any]], ids: Iterable[int]) -> RowsChange:
        """Like :meth:`set_rows` when the caller knows which measures changed.

        ``ids`` come from a change set; when the new rows are the same measures in
        the same order only those are compared, otherwise this is :meth:`set_rows`.
        """
        new = [r if type(r) is MeasureRow else as_measure_row(r) for r in rows]  # type: ignore[arg-type]
        old = self.rows
        if len(new) != len(old) or not old:
            return self.set_rows(new)
        positions = []
        for measure_id in ids:
            i = self._position.get(measure_id)
            if i is None or new[i].id != measure_id:
                return self.set_rows(new)
            positions.append(i)
        # Spot-check the order cheaply: an add or delete elsewhere changes the length,
        # a move within the plan changes ids at the edited positions.
        if new[0].id != old[0].id or new[-1].id != old[-1].id:
            return self.set_rows(new)
        changed = sorted(i for i in set(positions) if old[i] != new[i])
        return self._replace(new, changed)

    def _replace(self, new: list[Row], changed: list[int]) -> RowsChange:
        old = self.rows
        reordered = False
        for i in changed:
            a, b = old[i], new[i]
            if (a.timing_start, a.timing_end, a.timing_precision) != (
                b.timing_start,
                b.timing_end,
                b.timing_precision,
            ):
                self.index.discard(i, a)
                self.index.add(i, b)
            if a.sector_id != b.sector_id or a.position != b.position:
                reordered = True
        self.rows = new
        return RowsChange(reset=False, changed=changed, reordered=reordered)

    def position_of(self, measure_id: int) -> int | None:
        """The row position of a measure, or None when it is not shown."""
        return self._position.get(measure_id)

    def row_of(self, measure_id: int) -> Row | None:
        """The row of a measure, or None when it is not shown."""
        i = self._position.get(measure_id)
        return None if i is None else self.rows[i]

    def exact_between(self, start: date, end: date) -> list[int]:
        """Positions of rows with exact dates overlapping ``start..end``, by start date."""
        out: list[int] = []
        for _key, group in self.index.overlapping(start, end, exact=True):
            out.extend(group)
        return out

    def overdue(self, today: date) -> list[int]:
        """Positions of overdue rows, the most recently due first (then in plan order).

        What slipped last week is what a desk officer can still act on; what slipped
        a year ago is further down.
        """
        out: list[int] = []
        rows = self.rows
        keys = sorted(
            self.index.ended_before(today), key=lambda kv: (kv[0][1], kv[0][0]), reverse=True
        )
        for _key, group in keys:
            out.extend(i for i in group if rows[i].status not in CLOSED_STATUSES)
        return out
