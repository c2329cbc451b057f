"""Deadlines ("до 15 марта 2024 г.") in the upcoming events and the calendar's drawing."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.calendar.month_grid import precision_style
from coopdesk.domain.timing import Precision, parse_timing
from coopdesk.reports.catalog import build_report
from coopdesk.reports.upcoming import DateWindow

pytestmark = pytest.mark.store


def test_a_deadline_is_drawn_as_a_span_and_listed_in_its_weeks(service) -> None:
    plan = service.create_plan(
        code="D", title="Deadlines", period_start="2023-01-01", period_end="2024-12-31"
    )
    sector = service.add_sector(plan.id, "Раздел")
    timing = parse_timing("до 15 марта 2024 г.", (date(2023, 1, 1), date(2024, 12, 31)))
    assert timing.precision is Precision.DEADLINE and timing.end == date(2024, 3, 15)
    assert precision_style(timing.precision.value) == "fuzzy"
    service.add_measure(plan.id, sector.id, title="Подготовить проект соглашения",
                        timing="до 15 марта 2024 г.")  # fmt: skip
    document = build_report(
        service, plan.id, "upcoming", lang="ru", today=date(2024, 3, 1),
        window=DateWindow(date(2024, 3, 1), date(2024, 3, 31)),
    )  # fmt: skip
    text = repr(document.blocks)
    assert "Подготовить проект соглашения" in text
