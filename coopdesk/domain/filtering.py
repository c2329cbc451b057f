"""Which measures a view shows: one filter used by the table, calendars and reports.

A :class:`MeasureFilter` is plain data. :func:`row_predicate` turns it into a fast
predicate over the plain measure rows of :data:`coopdesk.store.columns.MEASURE_ROW_COLUMNS`.
Text search folds case with ``str.casefold()``, so Cyrillic and Kazakh letters match
whatever their case (SQLite's LIKE folds ASCII only).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from coopdesk.store.columns import MEASURE_ROW_COLUMNS

_R = {name: i for i, name in enumerate(MEASURE_ROW_COLUMNS)}
_SEARCHED = ("title", "description", "responsible_a", "responsible_b", "notes")
_CLOSED = ("done", "cancelled")


@dataclass(frozen=True, slots=True)
class MeasureFilter:
    """What to show; empty fields mean "any"."""

    #: Sectors to show (the chosen sector and its descendants); None: all.
    sector_ids: frozenset[int] | None = None
    #: Words searched in title, description, responsible agencies and notes.
    search: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    levels: frozenset[str] = field(default_factory=frozenset)
    frameworks: frozenset[str] = field(default_factory=frozenset)
    #: An agency of either side (matched inside the comma-separated lists).
    agency: str = ""
    #: Measures whose timing span overlaps this (start, end); without a span: hidden.
    period: tuple[date, date] | None = None
    overdue_only: bool = False

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


def haystack(row: Sequence[Any]) -> str:
    """The casefolded text a search looks in."""
    return "\n".join(row[_R[name]] or "" for name in _SEARCHED).casefold()


def is_overdue(row: Sequence[Any], today: date) -> bool:
    """The timing span ended before today and the measure is neither done nor cancelled."""
    end = row[_R["timing_end"]]
    return end is not None and end < today and row[_R["status"]] not in _CLOSED


def split_agencies(text: str) -> list[str]:
    """The agencies of a comma- or semicolon-separated list, trimmed, in order."""
    out = []
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        part = part.strip()
        if part:
            out.append(part)
    return out


def row_predicate(
    wanted: MeasureFilter, today: date
) -> Callable[[Sequence[Any], str | None], bool]:
    """A predicate ``(row, haystack_or_None) -> bool`` for ``wanted``.

    The haystack is only needed (and only computed, when None is given) if the
    filter searches text.
    """
    checks: list[Callable[[Sequence[Any], str | None], bool]] = []
    if wanted.sector_ids is not None:
        sectors, i_sector = wanted.sector_ids, _R["sector_id"]
        checks.append(lambda r, _h: r[i_sector] in sectors)
    for values, column in (
        (wanted.statuses, "status"),
        (wanted.kinds, "kind"),
        (wanted.levels, "level"),
        (wanted.frameworks, "framework"),
    ):
        if values:
            checks.append(lambda r, _h, v=values, i=_R[column]: r[i] in v)
    if wanted.agency.strip():
        needle = wanted.agency.strip().casefold()
        i_a, i_b = _R["responsible_a"], _R["responsible_b"]
        checks.append(
            lambda r, _h: (
                any(
                    needle == agency.casefold()
                    for agency in split_agencies(r[i_a] or "") + split_agencies(r[i_b] or "")
                )
                or needle in f"{r[i_a]}\n{r[i_b]}".casefold()
            )
        )
    if wanted.period is not None:
        start, end = wanted.period
        i_s, i_e = _R["timing_start"], _R["timing_end"]
        checks.append(lambda r, _h: r[i_s] is not None and r[i_s] <= end and r[i_e] >= start)
    if wanted.overdue_only:
        checks.append(lambda r, _h: is_overdue(r, today))
    words = wanted.search.casefold().split()
    if words:

        def search(r: Sequence[Any], hay: str | None) -> bool:
            text = hay if hay is not None else haystack(r)
            return all(word in text for word in words)

        checks.append(search)
    if not checks:
        return lambda _r, _h: True
    if len(checks) == 1:
        return checks[0]
    return lambda r, h: all(check(r, h) for check in checks)
