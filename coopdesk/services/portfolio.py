"""Search across every plan of a store: "everything with the Embassy in Moscow next quarter".

One store holds many plans (several countries, several periods). A
:class:`PortfolioIndex` reads the searchable text of every measure once (title,
description, responsible agencies of both parties, notes, location, number and
timing words), normalised for matching: casefolded, "ё" as "е", whitespace
collapsed, Kazakh letters kept as they are. A search is then a scan of that text in
memory: every word typed must occur in a measure's text (in any field), and with
a period the measure's timing span must share a day with it (a measure with no
span, "по согласованию сторон", is left out then). Typing on narrows the previous
answer instead of scanning everything again.

The index follows the store through change sets: it subscribes to the plan
service's hub and re-reads only the measures and plans a change touched, on the
next search.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select

from coopdesk.errors import ValidationError, msg
from coopdesk.services.changes import ChangeSet
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import translated_errors
from coopdesk.store.schema import Measure, Plan

__all__ = ["PortfolioHit", "PortfolioIndex", "PortfolioResult", "normalise"]

#: The fields searched, in the order their text is joined.
SEARCHED_FIELDS = (
    "number",
    "title",
    "description",
    "responsible_a",
    "responsible_b",
    "notes",
    "location",
    "timing_text",
)


def normalise(text: str) -> str:
    """Text in matching form: casefolded, "ё" as "е", runs of whitespace as one space."""
    return " ".join(text.casefold().replace("ё", "е").split())


@functools.lru_cache(maxsize=65536)
def _number_key(number: str) -> tuple[Any, ...]:
    """A measure number in natural order ("1.2.10" after "1.2.9"); numbers repeat, so cached."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\s]+", number) if p)


@dataclass(frozen=True, slots=True)
class PortfolioHit:
    """One measure found, with its plan."""

    measure_id: int
    plan_id: int
    plan_code: str
    number: str
    title: str
    timing_text: str
    timing_start: date | None
    timing_end: date | None
    status: str
    responsible_a: str
    responsible_b: str


@dataclass(frozen=True, slots=True)
class PortfolioResult:
    """The hits of one search (at most ``limit`` of them) and how many there are in all."""

    hits: list[PortfolioHit]
    total: int


def _measures() -> Select[Any]:
    return select(
        Measure.id,
        Measure.plan_id,
        Plan.code,
        *[getattr(Measure, f) for f in SEARCHED_FIELDS],
        Measure.timing_start,
        Measure.timing_end,
        Measure.status,
    ).join(Plan, Plan.id == Measure.plan_id)


class PortfolioIndex:
    """The searchable text of every measure of every plan, kept in memory.

    One string per measure in matching form, in plan code and number order. A word
    is looked for with ``in`` in each string still in the answer: the first word
    typed scans them all, each further keystroke only what the previous one found.
    (Tried and measured slower here: one joined string searched with ``str.find``
    from match to match, and blocks of 64 texts checked before their lines: search
    in long Cyrillic strings costs more than the loop it saves.)
    """

    def __init__(self, plans: PlanService, *, follow: bool = True) -> None:
        self.plans = plans
        #: measure id -> (its row as read, its text in matching form)
        self._entries: dict[int, tuple[tuple[Any, ...], str]] = {}
        self._loaded = False
        self._dirty_measures: set[int] = set()
        self._dirty_plans: set[int] = set()
        self._gone_plans: set[int] = set()
        self._stale_order = True
        self._rows: list[tuple[Any, ...]] = []
        #: Each measure's text in matching form, in the order of ``_rows``.
        self._hay: list[str] = []
        self._spans: list[tuple[date | None, date | None]] = []
        self._last: tuple[tuple[str, ...], date | None, date | None, list[int]] | None = None
        self._following = follow
        if follow:
            plans.hub.subscribe(self.apply_changes)

    def close(self) -> None:
        """Stop following the store's changes."""
        if self._following:
            self._following = False
            with contextlib.suppress(ValueError):
                self.plans.hub.unsubscribe(self.apply_changes)

    def __len__(self) -> int:
        self._refresh()
        return len(self._entries)

    # -- keeping up -----------------------------------------------------------------------

    def apply_changes(self, changes: ChangeSet) -> None:
        """Note what a committed change touched; it is read again on the next search."""
        if not self._loaded:
            return
        self._dirty_measures |= changes.touched("measure")
        self._dirty_plans |= changes.added.get("plan", set()) | changes.changed.get("plan", set())
        self._gone_plans |= changes.removed.get("plan", set())

    def load(self) -> None:
        """Read every measure of every plan (the first search does this by itself)."""
        with translated_errors(self.plans.store.describe()), self.plans.store.engine.connect() as c:
            rows = c.execute(_measures()).all()
        entry = self._entry
        self._entries = dict(entry(tuple(row)) for row in rows)
        self._loaded = True
        self._dirty_measures.clear()
        self._dirty_plans.clear()
        self._gone_plans.clear()
        self._stale_order = True

    @staticmethod
    def _entry(row: tuple[Any, ...]) -> tuple[int, tuple[tuple[Any, ...], str]]:
        # id, plan id, plan code, the searched fields, start, end, status
        return row[0], (row, normalise("\x1f".join(row[3:11])))

    @staticmethod
    def _hit(row: tuple[Any, ...]) -> PortfolioHit:
        (mid, pid, code, number, title, _description, ra, rb, _notes, _location, timing) = row[:11]
        start, end, status = row[11:14]
        return PortfolioHit(mid, pid, code, number, title, timing, start, end, status, ra, rb)

    def _refresh(self) -> None:
        if not self._loaded:
            self.load()
        if self._gone_plans or self._dirty_plans or self._dirty_measures:
            gone, plans, measures = self._gone_plans, self._dirty_plans, self._dirty_measures
            self._gone_plans, self._dirty_plans, self._dirty_measures = set(), set(), set()
            if gone or plans:
                doomed = gone | plans
                for mid in [m for m, (row, _t) in self._entries.items() if row[1] in doomed]:
                    del self._entries[mid]
            for mid in measures:
                self._entries.pop(mid, None)
            with (
                translated_errors(self.plans.store.describe()),
                self.plans.store.engine.connect() as c,
            ):
                for column, ids in (
                    (Measure.plan_id, sorted(plans)),
                    (Measure.id, sorted(measures)),
                ):
                    for start in range(0, len(ids), 500):
                        chunk = ids[start : start + 500]
                        for row in c.execute(_measures().where(column.in_(chunk))):
                            mid, entry = self._entry(tuple(row))
                            self._entries[mid] = entry
            self._stale_order = True
        if self._stale_order:
            ordered = sorted(
                self._entries.values(),
                key=lambda e: (e[0][2], _number_key(e[0][3]), e[0][0]),
            )
            self._rows = [row for row, _t in ordered]
            self._hay = [t for _r, t in ordered]
            self._spans = [(row[11], row[12]) for row in self._rows]
            self._stale_order = False
            self._last = None

    # -- searching ------------------------------------------------------------------------

    def search(
        self,
        text: str,
        start: date | None = None,
        end: date | None = None,
        *,
        limit: int | None = None,
    ) -> PortfolioResult:
        """Measures of every plan whose text holds every word of ``text``.

        With ``start`` and ``end`` only measures whose timing shares a day with that
        period. An empty ``text`` with a period lists everything in the period; an
        empty ``text`` without one finds nothing. ``limit`` caps the hits returned
        (``total`` still counts them all), in plan code and number order.
        """
        if (start is None) != (end is None):
            raise ValidationError(msg("A search period needs both its first and its last day"))
        if start is not None and end is not None and start > end:
            raise ValidationError(
                msg("The search period ends ({end}) before it starts ({start})"),
                end=end.isoformat(),
                start=start.isoformat(),
            )
        self._refresh()
        words = tuple(dict.fromkeys(normalise(text).split()))
        if not words and start is None:
            return PortfolioResult([], 0)
        found = self._matching(words, start, end)
        self._last = (words, start, end, found)
        picked = found if limit is None else found[:limit]
        rows = self._rows
        return PortfolioResult([self._hit(rows[i]) for i in picked], len(found))

    def _matching(self, words: tuple[str, ...], start: date | None, end: date | None) -> list[int]:
        last = self._last
        ordered = sorted(words, key=len, reverse=True)  # the longest is the rarest
        candidates: list[int] | None
        if (
            last is not None
            and last[1] == start
            and last[2] == end
            and all(any(old in new for new in words) for old in last[0])
        ):
            # Typing on: every earlier word lives on in a longer one, so the answer
            # can only shrink; look only at what matched before.
            candidates = last[3]
            todo = [w for w in ordered if w not in last[0]]
        else:
            candidates = None
            todo = ordered
            if start is not None and end is not None:
                spans = self._spans
                candidates = [
                    i
                    for i, (a, b) in enumerate(spans)
                    if a is not None and b is not None and a <= end and start <= b
                ]
        hay = self._hay
        for word in todo:
            if candidates is None:
                candidates = [i for i, text in enumerate(hay) if word in text]
            else:
                candidates = [i for i in candidates if word in hay[i]]
        return candidates if candidates is not None else list(range(len(hay)))

    def hits(self, measure_ids: Iterable[int]) -> list[PortfolioHit]:
        """The index's entries of these measures (those it holds)."""
        self._refresh()
        return [self._hit(self._entries[m][0]) for m in measure_ids if m in self._entries]
