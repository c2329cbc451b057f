"""The sample plan loads whole, once, with the seed article's meeting in it."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.timing import Precision
from coopdesk.domain.vocab import Status
from coopdesk.services.sample import SAMPLE_CODE, load_sample_plan, sample_data

pytestmark = pytest.mark.store


def test_sample_plan_loads_with_every_measure(sample) -> None:
    service, plan = sample
    data = sample_data()
    assert plan.code == SAMPLE_CODE
    assert (plan.period_start, plan.period_end) == (date(2023, 1, 1), date(2024, 12, 31))
    measures = service.list_measures(plan.id)
    assert 25 <= len(measures) <= 40
    assert len(measures) == len(data["measures"])
    assert [m.title for m in measures] == [m["title"] for m in data["measures"]]
    sectors = service.list_sectors(plan.id)
    names = " ".join(s.name for s in sectors)
    for word in ("Политический", "СНГ", "ЕАЭС", "ОДКБ", "Культурно", "Образование"):
        assert word in names


def test_sample_has_the_12_april_2023_meeting_in_moscow(sample) -> None:
    service, plan = sample
    meetings = [
        m
        for m in service.list_measures(plan.id)
        if m.timing.start == date(2023, 4, 12) and m.timing.precision == Precision.DAY
    ]
    assert len(meetings) == 1
    assert meetings[0].location == "Москва" and meetings[0].status == Status.DONE


def test_sample_mixes_statuses_and_fuzzy_timings(sample) -> None:
    service, plan = sample
    measures = service.list_measures(plan.id)
    statuses = {m.status for m in measures}
    precisions = {m.timing.precision for m in measures}
    # Every status a plan has before it is carried over into the next one (issue 16).
    assert statuses == set(Status) - {Status.CARRIED_OVER}
    assert {Precision.DAY, Precision.QUARTER, Precision.HALF, Precision.AGREED} <= precisions
    assert Precision.UNPARSED in precisions
    assert any(ch in "".join(m.title + m.notes + m.description for m in measures) for ch in "ҚӘҰ")


def test_loading_twice_keeps_one_copy(sample) -> None:
    service, plan = sample
    again, loaded = load_sample_plan(service)
    assert not loaded and again.id == plan.id
    assert len(service.list_plans()) == 1
