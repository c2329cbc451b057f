"""Which measures a report covers: the workspace's current filters, as plain data.

A :class:`ReportScope` is what the main window hands over when the user asks for a
report of "what I am looking at": the selected sectors (their sub-sectors count
too), the statuses, kinds, levels and frameworks chosen, an agency, a period, the
overdue switch and the search words.  An empty scope covers the whole plan.  The
rules are those of the measures table's filter (``coopdesk.domain.filtering``), so a
scoped report lists exactly the measures the table shows; :meth:`ReportScope.from_filter`
converts that filter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from coopdesk.domain.model import Measure, Sector
from coopdesk.domain.vocab import Framework, Kind, Level, Status, Vocabulary
from coopdesk.errors import ValidationError
from coopdesk.reports.labels import Labels, vocab_label

#: Measure fields the search words are looked for in (as in the table's search).
SEARCH_FIELDS: tuple[str, ...] = ("title", "description", "responsible_a", "responsible_b", "notes")


def _members(vocab: type[Vocabulary], values: Iterable[Any] | None) -> Any:
    """Vocabulary members from codes, labels or members; None or empty means "any"."""
    if values is None:
        return None
    out = set()
    for value in values:
        try:
            out.add(vocab.parse(str(value)))
        except ValueError as exc:
            raise ValidationError(str(exc)) from None
    return frozenset(out) or None


def _split_agencies(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").replace("\n", ",").split(",") if p.strip()]


@dataclass(frozen=True, slots=True)
class ReportScope:
    """The measures a report is limited to; ``None`` / empty means "no limit".

    * ``sector_ids``: the chosen sectors; measures of their descendants are in too.
    * ``statuses``, ``kinds``, ``levels``, ``frameworks``: any of these.
    * ``search``: every word must occur, case folded (``str.casefold``, so Cyrillic
      and Kazakh match in any case), in the title, description, responsible
      agencies or notes.
    * ``agency``: one agency of either side, matched as a whole name in the
      comma-separated lists or as part of them.
    * ``period``: the timing span overlaps these dates (no span: left out).
    * ``overdue_only``: only measures overdue on the report's date.
    """

    sector_ids: frozenset[int] | None = None
    statuses: frozenset[Status] | None = None
    frameworks: frozenset[Framework] | None = None
    search: str = ""
    kinds: frozenset[Kind] | None = None
    levels: frozenset[Level] | None = None
    agency: str = ""
    period: tuple[date, date] | None = None
    overdue_only: bool = False

    @classmethod
    def of(
        cls,
        sector_ids: Iterable[int] | None = None,
        statuses: Iterable[Status | str] | None = None,
        frameworks: Iterable[Framework | str] | None = None,
        search: str = "",
        *,
        kinds: Iterable[Kind | str] | None = None,
        levels: Iterable[Level | str] | None = None,
        agency: str = "",
        period: tuple[date, date] | None = None,
        overdue_only: bool = False,
    ) -> ReportScope:
        """A scope from any iterables; codes or labels are accepted for the vocabularies.

        An empty collection of statuses (kinds, ...) means "any", as in the filter bar.
        Raises ValidationError for an unknown code or a period that ends before it starts.
        """
        if period is not None and period[0] > period[1]:
            raise ValidationError(
                f"The period starts on {period[0].isoformat()} after it ends on "
                f"{period[1].isoformat()}"
            )
        return cls(
            sector_ids=frozenset(sector_ids) if sector_ids is not None else None,
            statuses=_members(Status, statuses),
            frameworks=_members(Framework, frameworks),
            search=" ".join(search.split()),
            kinds=_members(Kind, kinds),
            levels=_members(Level, levels),
            agency=agency.strip(),
            period=period,
            overdue_only=overdue_only,
        )

    @classmethod
    def from_filter(cls, measure_filter: Any) -> ReportScope:
        """The scope of the measures table's filter (``coopdesk.domain.filtering.MeasureFilter``).

        Read by attribute, so any object with the same fields will do.
        """
        get = getattr
        return cls.of(
            sector_ids=get(measure_filter, "sector_ids", None),
            statuses=get(measure_filter, "statuses", None),
            frameworks=get(measure_filter, "frameworks", None),
            search=get(measure_filter, "search", ""),
            kinds=get(measure_filter, "kinds", None),
            levels=get(measure_filter, "levels", None),
            agency=get(measure_filter, "agency", ""),
            period=get(measure_filter, "period", None),
            overdue_only=get(measure_filter, "overdue_only", False),
        )

    @property
    def is_whole_plan(self) -> bool:
        """Whether the scope limits nothing."""
        return self == ReportScope()

    def sector_closure(self, sectors: Sequence[Sector]) -> set[int | None] | None:
        """The chosen sectors and all their descendants (None: every sector)."""
        if self.sector_ids is None:
            return None
        children: dict[int | None, list[int | None]] = {}
        for s in sectors:
            children.setdefault(s.parent_id, []).append(s.id)
        found: set[int | None] = set()
        stack: list[int | None] = list(self.sector_ids)
        while stack:
            sid = stack.pop()
            if sid not in found:
                found.add(sid)
                stack.extend(children.get(sid, ()))
        return found

    def apply(
        self, measures: Iterable[Measure], sectors: Sequence[Sector], today: date | None = None
    ) -> list[Measure]:
        """The measures in scope, in the order given (``today`` decides what is overdue)."""
        if self.is_whole_plan:
            return list(measures)
        in_sectors = self.sector_closure(sectors)
        words = self.search.casefold().split()
        agency = self.agency.casefold()
        today = today or date.today()
        out = []
        for m in measures:
            if in_sectors is not None and m.sector_id not in in_sectors:
                continue
            if self.statuses is not None and m.status not in self.statuses:
                continue
            if self.frameworks is not None and m.framework not in self.frameworks:
                continue
            if self.kinds is not None and m.kind not in self.kinds:
                continue
            if self.levels is not None and m.level not in self.levels:
                continue
            if agency and not _has_agency(m, agency):
                continue
            if self.period is not None and not m.timing.overlaps(*self.period):
                continue
            if self.overdue_only and not m.is_overdue(today):
                continue
            if words:
                haystack = "\n".join(getattr(m, name) for name in SEARCH_FIELDS).casefold()
                if not all(word in haystack for word in words):
                    continue
            out.append(m)
        return out

    def describe(self, sectors: Sequence[Sector], labels: Labels) -> str:
        """One line saying what the scope limits, in the report's language ("" for none)."""
        lang, words = labels.lang, labels.words()
        parts = []
        if self.sector_ids is not None:
            order = {s.id: i for i, s in enumerate(sectors)}
            chosen = sorted(
                (s for s in sectors if s.id in self.sector_ids), key=lambda s: order[s.id]
            )
            # A chosen parent already says its children are in.
            chosen_ids = {s.id for s in chosen}
            names = [f"{s.code} {s.name}".strip() for s in chosen if s.parent_id not in chosen_ids]
            parts.append(f"{words['scope_sectors']}: {'; '.join(names) or '–'}")
        for key, chosen_members, vocab in (
            ("scope_statuses", self.statuses, Status),
            ("scope_kinds", self.kinds, Kind),
            ("scope_levels", self.levels, Level),
            ("scope_frameworks", self.frameworks, Framework),
        ):
            if chosen_members is not None:
                names = [vocab_label(m, lang) for m in vocab if m in chosen_members]
                parts.append(f"{words[key]}: {', '.join(names)}")
        if self.agency:
            parts.append(f"{words['scope_agency']}: {self.agency}")
        if self.period is not None:
            start, end = (labels.date(d) for d in self.period)
            parts.append(f"{words['scope_period']}: {start} – {end}")
        if self.overdue_only:
            parts.append(words["scope_overdue"])
        if self.search:
            parts.append(f"{words['scope_search']}: «{self.search}»")
        return "; ".join(parts)


def _has_agency(m: Measure, needle: str) -> bool:
    names = _split_agencies(m.responsible_a) + _split_agencies(m.responsible_b)
    if any(needle == name.casefold() for name in names):
        return True
    return needle in f"{m.responsible_a}\n{m.responsible_b}".casefold()
