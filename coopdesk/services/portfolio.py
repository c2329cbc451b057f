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
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select

from coopdesk.errors import ValidationError
from coopdesk.services.changes import ChangeSet
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import translated_errors
from coopdesk.store.schema import Measure, Plan

__all__ = ["PortfolioHit", "PortfolioIndex", "PortfolioResult", "normalise"]

_SPACE = re.compile(r"\s+")
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
    return _SPACE.sub(" ", text.casefold().replace("ё", "е")).strip()


def _number_key(number: str) -> tuple[Any, ...]:
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
    """The searchable text of every measure of every plan, kept in memory."""

    def __init__(self, plans: PlanService, *, follow: bool = True) -> None:
        self.plans = plans
        self._entries: dict[int, tuple[PortfolioHit, str]] = {}
        self._loaded = False
        self._dirty_measures: set[int] = set()
        self._dirty_plans: set[int] = set()
        self._gone_plans: set[int] = set()
        self._stale_order = True
        self._ids: list[int] = []
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
        self._entries = dict(self._entry(row) for row in rows)
        self._loaded = True
        self._dirty_measures.clear()
        self._dirty_plans.clear()
        self._gone_plans.clear()
        self._stale_order = True

    @staticmethod
    def _entry(row: Sequence[Any]) -> tuple[int, tuple[PortfolioHit, str]]:
        (mid, pid, code, number, title, description, ra, rb, notes, location, timing) = row[:11]
        start, end, status = row[11:14]
        hit = PortfolioHit(mid, pid, code, number, title, timing, start, end, status, ra, rb)
        hay = normalise("\x1f".join((number, title, description, ra, rb, notes, location, timing)))
        return mid, (hit, hay)

    def _refresh(self) -> None:
        if not self._loaded:
            self.load()
        if self._gone_plans or self._dirty_plans or self._dirty_measures:
            gone, plans, measures = self._gone_plans, self._dirty_plans, self._dirty_measures
            self._gone_plans, self._dirty_plans, self._dirty_measures = set(), set(), set()
            if gone or plans:
                for mid in [m for m, (h, _t) in self._entries.items() if h.plan_id in gone | plans]:
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
                            mid, entry = self._entry(row)
                            self._entries[mid] = entry
            self._stale_order = True
        if self._stale_order:
            ordered = sorted(
                self._entries.values(),
                key=lambda e: (e[0].plan_code, _number_key(e[0].number), e[0].measure_id),
            )
            self._ids = [h.measure_id for h, _t in ordered]
            self._hay = [t for _h, t in ordered]
            self._spans = [(h.timing_start, h.timing_end) for h, _t in ordered]
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
            raise ValidationError("A search period needs both its first and its last day")
        if start is not None and end is not None and start > end:
            raise ValidationError(
                f"The search period ends ({end.isoformat()}) before it starts ({start.isoformat()})"
            )
        self._refresh()
        words = tuple(dict.fromkeys(normalise(text).split()))
        if not words and start is None:
            return PortfolioResult([], 0)
        found = self._matching(words, start, end)
        self._last = (words, start, end, found)
        picked = found if limit is None else found[:limit]
        entries = self._entries
        ids = self._ids
        return PortfolioResult([entries[ids[i]][0] for i in picked], len(found))

    def _matching(self, words: tuple[str, ...], start: date | None, end: date | None) -> list[int]:
        hay = self._hay
        last = self._last
        if (
            last is not None
            and last[1] == start
            and last[2] == end
            and all(any(old in new for new in words) for old in last[0])
        ):
            # Typing on: every earlier word lives on in a longer one, so the answer
            # can only shrink; look only at what matched before.
            candidates: Iterable[int] = last[3]
            todo = [w for w in words if w not in last[0]]
        else:
            candidates = range(len(hay))
            todo = list(words)
            if start is not None and end is not None:
                spans = self._spans
                candidates = [
                    i
                    for i in candidates
                    if spans[i][0] is not None
                    and spans[i][0] <= end  # type: ignore[operator]
                    and start <= spans[i][1]  # type: ignore[operator]
                ]
        # Longest word first: it is the rarest, so later words scan fewer texts.
        for word in sorted(todo, key=len, reverse=True):
            candidates = [i for i in candidates if word in hay[i]]
        return list(candidates)

    def hits(self, measure_ids: Iterable[int]) -> list[PortfolioHit]:
        """The index's entries of these measures (those it holds)."""
        self._refresh()
        return [self._entries[m][0] for m in measure_ids if m in self._entries]
