"""Which measures a report covers: the workspace's current filters, as plain data.

A :class:`ReportScope` is what the main window hands over when the user asks for a
report of "what I am looking at": the selected sectors (their sub-sectors count
too), the statuses, kinds, levels and frameworks chosen, an agency, a period, the
overdue and outside-the-plan-period switches and the search words.  An empty scope
covers the whole plan.  :meth:`ReportScope.from_filter` takes the table's
:class:`~coopdesk.domain.filtering.MeasureFilter`, and :meth:`ReportScope.apply` runs
that very filter (compiled, over the measures' rows), so a scoped report lists
exactly the measures the table shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from coopdesk.domain.filtering import SEARCHED_FIELDS, MeasureFilter, Span
from coopdesk.domain.model import Measure, Sector
from coopdesk.domain.rows import MeasureRow
from coopdesk.domain.vocab import Framework, Kind, Level, Status, Vocabulary
from coopdesk.errors import Text, ValidationError, msg
from coopdesk.reports.labels import Labels, vocab_label

#: Measure fields the search words are looked for in (the table's search).
SEARCH_FIELDS: tuple[str, ...] = SEARCHED_FIELDS


def _members(vocab: type[Vocabulary], values: Iterable[Any] | None) -> Any:
    """Vocabulary members from codes, labels or members; None or empty means "any"."""
    if values is None:
        return None
    out = set()
    for value in values:
        try:
            out.add(vocab.parse(str(value)))
        except ValueError:
            raise ValidationError(
                msg("'{value}' is not a known {field} (one of: {choices})."),
                value=str(value),
                field=Text(_FIELD_WORDS.get(vocab.__name__, vocab.__name__.lower())),
                choices=", ".join(m.value for m in vocab),
            ) from None
    return frozenset(out) or None


#: The vocabularies as a message names them (the words the import's messages use).
_FIELD_WORDS = {
    "Status": msg("status"),
    "Framework": msg("framework"),
    "Kind": msg("kind"),
    "Level": msg("level"),
    "Priority": msg("priority"),
}


def _codes(members: frozenset[Any] | None) -> frozenset[str]:
    return frozenset() if members is None else frozenset(m.value for m in members)


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
    * ``outside_plan_only``: only measures whose timing reaches outside the plan's period.
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
    outside_plan_only: bool = False

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
        outside_plan_only: bool = False,
    ) -> ReportScope:
        """A scope from any iterables; codes or labels are accepted for the vocabularies.

        An empty collection of statuses (kinds, ...) means "any", as in the filter bar.
        Raises ValidationError for an unknown code or a period that ends before it starts.
        """
        if period is not None and period[0] > period[1]:
            raise ValidationError(
                msg("The period starts on {start} after it ends on {end}"),
                start=period[0].isoformat(),
                end=period[1].isoformat(),
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
            outside_plan_only=outside_plan_only,
        )

    @classmethod
    def from_filter(cls, measure_filter: MeasureFilter) -> ReportScope:
        """The scope of the measures table's :class:`MeasureFilter`.

        Read by attribute, so any object with the same fields will do (fields it
        lacks mean "any").
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
            outside_plan_only=get(measure_filter, "outside_plan_only", False),
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

    def measure_filter(self, sectors: Sequence[Sector]) -> MeasureFilter:
        """The table's filter for this scope (chosen sectors widened to their subtrees)."""
        closure = self.sector_closure(sectors)
        return MeasureFilter(
            sector_ids=None if closure is None else frozenset(s for s in closure if s is not None),
            search=self.search,
            statuses=_codes(self.statuses),
            kinds=_codes(self.kinds),
            levels=_codes(self.levels),
            frameworks=_codes(self.frameworks),
            agency=self.agency,
            period=self.period,
            overdue_only=self.overdue_only,
            outside_plan_only=self.outside_plan_only,
        )

    def apply(
        self,
        measures: Iterable[Measure],
        sectors: Sequence[Sector],
        today: date | None = None,
        plan_period: Span | None = None,
    ) -> list[Measure]:
        """The measures in scope, in the order given.

        ``today`` decides what is overdue, ``plan_period`` what is outside the plan.
        """
        if self.is_whole_plan:
            return list(measures)
        measures = list(measures)
        wanted = self.measure_filter(sectors).compile(today or date.today(), plan_period)
        rows = [MeasureRow.of_measure(m) for m in measures]
        return [measures[i] for i in wanted.select_indexes(rows, range(len(rows)))]

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
                # Not "labels": that is the report's Labels, still needed below.
                names = [vocab_label(m, lang) for m in vocab if m in chosen_members]
                parts.append(f"{words[key]}: {', '.join(names)}")
        if self.agency:
            parts.append(f"{words['scope_agency']}: {self.agency}")
        if self.period is not None:
            start, end = (labels.date(d) for d in self.period)
            parts.append(f"{words['scope_period']}: {start} – {end}")
        if self.overdue_only:
            parts.append(words["scope_overdue"])
        if self.outside_plan_only:
            parts.append(words["scope_outside_plan"])
        if self.search:
            parts.append(f"{words['scope_search']}: «{self.search}»")
        return "; ".join(parts)
