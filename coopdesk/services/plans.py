"""The front door of the services: one unit of work and the services that share it.

Windows and commands open one :class:`PlanService` per store. It owns no rows
itself: plans belong to :class:`~coopdesk.services.plan_catalog.PlanCatalog`,
sectors to :class:`~coopdesk.services.sectors.SectorService`, measures to
:class:`~coopdesk.services.measures.MeasureService`, numbering to
:mod:`coopdesk.services.numbering`, undo and history to
:class:`~coopdesk.services.history.HistoryService`, imports to
:class:`~coopdesk.services.imports.ImportService`. All of them change the store
through this object's :meth:`~coopdesk.services.base.UnitOfWork.change`: one
named transaction, its inverse recorded, one :class:`ChangeSet` published. The
owners' public methods are offered here too, so a caller holds one object.
"""

from __future__ import annotations

from coopdesk.services.base import UnitOfWork
from coopdesk.services.changes import ChangeHub
from coopdesk.services.measures import MeasureService, measure_columns, measure_from_row
from coopdesk.services.plan_catalog import PlanCatalog, PlanSummary, plan_from_row
from coopdesk.services.sectors import SectorService, sector_from_row, tree_order
from coopdesk.store.engine import Store

__all__ = [
    "PlanService",
    "PlanSummary",
    "measure_columns",
    "measure_from_row",
    "plan_from_row",
    "sector_from_row",
    "tree_order",
]


class PlanService(UnitOfWork):
    """One store's unit of work with its plan, sector and measure services."""

    def __init__(
        self,
        store: Store,
        hub: ChangeHub | None = None,
        *,
        actor: str | None = None,
        origin: str | None = None,
    ) -> None:
        super().__init__(store, hub, actor=actor, origin=origin)
        self.plans = PlanCatalog(self)
        self.sectors = SectorService(self)
        self.measures = MeasureService(self, self.sectors)
        # The owners' methods, offered on the one object windows and commands hold.
        self.list_plans = self.plans.list_plans
        self.get_plan = self.plans.get_plan
        self.find_plan = self.plans.find_plan
        self.create_plan = self.plans.create_plan
        self.update_plan = self.plans.update_plan
        self.delete_plan = self.plans.delete_plan
        self.read_timings_again = self.plans.read_timings_again
        self.timings_to_read_again = self.plans.timings_to_read_again
        self.create_plan_with_content = self.plans.create_plan_with_content
        self.list_sectors = self.sectors.list_sectors
        self.add_sector = self.sectors.add_sector
        self.rename_sector = self.sectors.rename_sector
        self.delete_sector = self.sectors.delete_sector
        self.move_sector = self.sectors.move_sector
        self.shift_sector = self.sectors.shift_sector
        self.indent_sector = self.sectors.indent_sector
        self.outdent_sector = self.sectors.outdent_sector
        self.get_sector = self.sectors.get_sector
        self.measure_rows_by_ids = self.measures.measure_rows_by_ids
        self.list_measures = self.measures.list_measures
        self.measure_rows = self.measures.measure_rows
        self.get_measure = self.measures.get_measure
        self.add_measure = self.measures.add_measure
        self.add_measures_bulk = self.measures.add_measures_bulk
        self.update_measure = self.measures.update_measure
        self.move_measures = self.measures.move_measures
        self.shift_measure = self.measures.shift_measure
        self.duplicate_measures = self.measures.duplicate_measures
        self.measure_versions = self.measures.measure_versions
        self.delete_measures = self.measures.delete_measures
        self.set_status = self.measures.set_status
