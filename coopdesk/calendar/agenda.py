"""The agenda: what is due in the next days, grouped by ISO week, overdue measures first.

An agenda lists two sorts of entries for a window of days (``today .. today + days - 1``,
or any window: a plan's months, a quarter, dates given):

* **dated** measures (an exact day or a range of days) that overlap the window, listed
  under their first day in the window;
* **due** measures: a fuzzy timing (a month, a quarter, a year ...) whose span ends in
  the window, listed under that last day, because that is when it falls due.  Done and
  cancelled ones are left out: they are no longer due.

Overdue measures (span ended before today, neither done nor cancelled) come apart,
the most recently due first.  Everything is plain data; the UI shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from coopdesk.calendar.rows import CalendarRows, is_closed, is_overdue

__all__ = [
    "AGENDA_RANGES",
    "Agenda",
    "AgendaEntry",
    "AgendaWeek",
    "build_agenda",
    "build_agenda_between",
    "overdue_days",
]

#: The windows the agenda offers, in days.
AGENDA_RANGES: tuple[int, ...] = (7, 30, 90)


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One line of the agenda."""

    position: int  # the row's position in :attr:`CalendarRows.rows`
    day: date  # the day it is listed under
    due: bool = False  # a fuzzy timing falling due on ``day`` (not a dated event)


@dataclass(slots=True)
class AgendaWeek:
    """The entries of one ISO week, in date order."""

    year: int  # ISO year
    week: int  # ISO week number
    monday: date
    entries: list[AgendaEntry] = field(default_factory=list)

    @property
    def sunday(self) -> date:
        """The last day of the week."""
        return self.monday + timedelta(days=6)


@dataclass(slots=True)
class Agenda:
    """The agenda of a window of days."""

    start: date
    end: date  # inclusive
    overdue: list[int]  # row positions, most recently due first
    weeks: list[AgendaWeek]

    def __len__(self) -> int:
        return len(self.overdue) + sum(len(w.entries) for w in self.weeks)


def build_agenda(data: CalendarRows, today: date, days: int) -> Agenda:
    """The agenda of ``days`` days from ``today`` (see the module docstring)."""
    if days < 1:
        raise ValueError(f"An agenda covers at least one day, not {days}")
    return build_agenda_between(data, today, today, today + timedelta(days=days - 1))


def build_agenda_between(data: CalendarRows, today: date, start: date, end: date) -> Agenda:
    """The agenda of the days ``start`` .. ``end`` (inclusive): a plan's months, a
    quarter, dates given. Overdue measures are those overdue ``today``."""
    if end < start:
        raise ValueError(f"An agenda window ends ({end}) before it starts ({start})")
    rows = data.rows
    entries: list[tuple[date, bool, date, int]] = []
    for key, group in data.index.overlapping(start, end, exact=True):
        day = max(key[0], start)
        entries.extend((day, False, key[0], i) for i in group)
    for key, group in data.index.overlapping(start, end, exact=False):
        if key[1] > end:
            continue  # it falls due after the window
        entries.extend((key[1], True, key[0], i) for i in group if not is_closed(rows[i]))
    entries.sort()
    weeks: list[AgendaWeek] = []
    for day, due, _start, i in entries:
        monday = day - timedelta(days=day.weekday())
        if not weeks or weeks[-1].monday != monday:
            iso = day.isocalendar()
            weeks.append(AgendaWeek(iso.year, iso.week, monday))
        weeks[-1].entries.append(AgendaEntry(i, day, due))
    return Agenda(start, end, data.overdue(today), weeks)


def overdue_days(data: CalendarRows, position: int, today: date) -> int:
    """How many days ago the span of an overdue row ended (0 if not overdue)."""
    row = data.rows[position]
    end = row.timing_end
    return (today - end).days if end is not None and is_overdue(row, today) else 0
