"""A calendar panel showing the sample plan, with "today" fixed at 1 June 2023."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

TODAY = date(2023, 6, 1)


@dataclass
class Calendar:
    """The panel under test, with the service and plan behind it."""

    panel: object  # CalendarPanel
    service: object  # PlanService
    plan: object  # domain Plan

    def measure(self, timing: str):
        """The first sample measure whose timing words are ``timing``."""
        return next(m for m in self.service.list_measures(self.plan.id) if m.timing.text == timing)

    def reload(self) -> None:
        """Feed the panel the store's rows again (what the window does after a change)."""
        self.panel.set_rows(self.service.measure_rows(self.plan.id))


@pytest.fixture
def cal(qtbot, sample) -> Calendar:
    from coopdesk.ui.app import make_application
    from coopdesk.ui.calendar import CalendarPanel

    make_application()
    service, plan = sample
    panel = CalendarPanel(today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.set_plan(plan, service.list_sectors(plan.id))
    panel.set_rows(service.measure_rows(plan.id))
    panel.show()
    qtbot.waitExposed(panel)
    return Calendar(panel, service, plan)
