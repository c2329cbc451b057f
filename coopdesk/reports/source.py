"""What a report is built from: one plan, its sector tree and the measures in scope.

Loading goes through :class:`~coopdesk.services.plans.PlanService` (reads only), so
reports see exactly what the window and the CLI see.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from coopdesk.domain.model import Measure, Plan, Sector
from coopdesk.reports.scope import ReportScope

if TYPE_CHECKING:
    from coopdesk.services.plans import PlanService


@dataclass(slots=True)
class ReportData:
    """A plan with its sectors (tree order) and the measures a report covers (plan order)."""

    plan: Plan
    sectors: list[Sector]
    measures: list[Measure]
    scope: ReportScope = field(default_factory=ReportScope)
    #: How many measures the plan has before the scope is applied.
    plan_measure_count: int = 0
    _depth: dict[int | None, int] = field(default_factory=dict, repr=False)
    _by_id: dict[int | None, Sector] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {s.id: s for s in self.sectors}
        self._depth = {None: -1}
        for s in self.sectors:  # tree order: a parent comes before its children
            self._depth[s.id] = self._depth.get(s.parent_id, -1) + 1

    def depth(self, sector_id: int | None) -> int:
        """0 for a top-level sector, 1 for its children, and so on."""
        return max(0, self._depth.get(sector_id, 0))

    def sector(self, sector_id: int | None) -> Sector | None:
        """The sector with this id, if it belongs to the plan."""
        return self._by_id.get(sector_id)

    def ancestors(self, sector_id: int | None) -> list[Sector]:
        """The sector's ancestors from the top down, then the sector itself."""
        chain: list[Sector] = []
        current = self._by_id.get(sector_id)
        while current is not None and len(chain) <= len(self.sectors):
            chain.append(current)
            current = self._by_id.get(current.parent_id)
        return list(reversed(chain))

    def by_sector(self) -> dict[int, list[Measure]]:
        """The measures of each sector (directly in it), in plan order."""
        out: dict[int, list[Measure]] = {}
        for m in self.measures:
            out.setdefault(m.sector_id, []).append(m)
        return out

    def sections(self) -> Iterator[tuple[Sector, list[Measure]]]:
        """Sectors in tree order with their measures, skipping branches without any.

        A parent is yielded (with its own measures, possibly none) when a descendant
        has measures, so the section rows above a measure are always printed.
        """
        own = self.by_sector()
        needed: set[int | None] = set()
        for sid in own:
            needed.update(s.id for s in self.ancestors(sid))
        for s in self.sectors:
            if s.id in needed:
                yield s, own.get(s.id or 0, [])


def load_report_data(
    service: PlanService,
    plan_key: str | int,
    scope: ReportScope | None = None,
    today: date | None = None,
) -> ReportData:
    """Read a plan (by id or code) for a report; raises NotFoundError for an unknown plan.

    ``today`` matters only to a scope limited to overdue measures, the plan's period
    to one limited to timings outside it.
    """
    plan = service.find_plan(plan_key)
    plan_id = int(plan.id or 0)
    sectors = service.list_sectors(plan_id)
    measures = service.list_measures(plan_id)
    scope = scope or ReportScope()
    return ReportData(
        plan=plan,
        sectors=sectors,
        measures=scope.apply(measures, sectors, today, plan.period),
        scope=scope,
        plan_measure_count=len(measures),
    )


def sector_label(sector: Sector) -> str:
    """A sector as a section row shows it: "1. Political dialogue", "1.1. Visits"."""
    code = sector.code.strip()
    if code and not code.endswith("."):
        code += "."
    return f"{code} {sector.name}".strip()


def measure_number(measure: Measure) -> str:
    """A measure's number in the official style, with a final dot ("1.1.3.")."""
    number = measure.number.strip()
    if number and number[-1].isalnum():
        number += "."
    return number
