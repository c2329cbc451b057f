"""Fixtures the service tests share."""

from __future__ import annotations

import pytest

from coopdesk.services.plans import PlanService


@pytest.fixture
def tree(service: PlanService):
    """Plan with 1 (1.1, 1.2), 2; three measures in 1.1, two in 1.2, one in 2."""
    plan = service.create_plan(
        code="T", title="Tree", period_start="2023-01-01", period_end="2024-12-31"
    )
    top1 = service.add_sector(plan.id, "Политика")
    s11 = service.add_sector(plan.id, "Визиты", parent_id=top1.id)
    s12 = service.add_sector(plan.id, "Консультации", parent_id=top1.id)
    top2 = service.add_sector(plan.id, "Мәдениет")
    ids = {}
    for sector, titles in ((s11, ["a", "b", "c"]), (s12, ["d", "e"]), (top2, ["f"])):
        for title in titles:
            ids[title] = service.add_measure(plan.id, sector.id, title=title).id
    return plan, {"1": top1, "1.1": s11, "1.2": s12, "2": top2}, ids
