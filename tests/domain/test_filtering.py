"""One filter, compiled: the same answer row by row and in bulk, and the shared rules."""

from __future__ import annotations

import random
from datetime import date

import pytest

from coopdesk.domain.filtering import (
    MeasureFilter,
    fold,
    is_outside_period,
    outside_period,
    overdue,
)
from coopdesk.domain.model import Measure
from coopdesk.domain.rows import MeasureRow
from coopdesk.domain.timing import parse_timing
from coopdesk.domain.vocab import Framework, Kind, Level, Status

PLAN = (date(2023, 1, 1), date(2024, 12, 31))
TODAY = date(2024, 3, 1)
TIMINGS = ["II квартал 2023 г.", "2025 г.", "по согласованию сторон", "12.04.2023", "H2 2024", ""]
TITLES = ["Консультации МИД", "Визит Президента", "Дни культуры «ҰЛЫ ДАЛА»", "Ёлка"]


def rows(count: int = 200) -> list[MeasureRow]:
    rnd = random.Random(11)
    out = []
    for i in range(1, count + 1):
        measure = Measure(
            i,
            1,
            rnd.randint(1, 5),
            number=str(i),
            title=rnd.choice(TITLES),
            kind=rnd.choice(list(Kind)),
            level=rnd.choice([None, *Level]),
            framework=rnd.choice(list(Framework)),
            status=rnd.choice(list(Status)),
            responsible_a=rnd.choice(["МИД РК", "МИД РК, Посольство РК в РФ", ""]),
            timing=parse_timing(rnd.choice(TIMINGS), PLAN),
        )
        out.append(MeasureRow.of_measure(measure))
    return out


FILTERS = [
    MeasureFilter(),
    MeasureFilter(sector_ids=frozenset({1, 3})),
    MeasureFilter(statuses=frozenset({"planned", "in_preparation"})),
    MeasureFilter(kinds=frozenset({"visit", "meeting"}), levels=frozenset({"minister"})),
    MeasureFilter(frameworks=frozenset({"cis", "eaeu"}), search="визит"),
    MeasureFilter(agency="посольство рк в рф"),
    MeasureFilter(period=(date(2023, 5, 1), date(2023, 5, 31)), statuses=frozenset({"done"})),
    MeasureFilter(overdue_only=True),
    MeasureFilter(outside_plan_only=True),
    MeasureFilter(search="ұлы ДАЛА"),
    MeasureFilter(search="елка"),
]


@pytest.mark.parametrize("wanted", FILTERS)
def test_one_row_and_many_rows_agree(wanted: MeasureFilter) -> None:
    data = rows()
    compiled = wanted.compile(TODAY, PLAN)
    one_by_one = [r for r in data if compiled.matches(r)]
    assert compiled.select(data) == one_by_one
    assert [data[i] for i in compiled.select_indexes(data, range(len(data)))] == one_by_one
    if not wanted.is_empty:
        assert 0 < len(one_by_one) < len(data), "each filter in the list keeps some rows"


def test_several_values_are_any_of_them() -> None:
    data = rows()
    both = MeasureFilter(statuses=frozenset({"planned", "done"})).compile(TODAY).select(data)
    planned = MeasureFilter(statuses=frozenset({"planned"})).compile(TODAY).select(data)
    done = MeasureFilter(statuses=frozenset({"done"})).compile(TODAY).select(data)
    assert len(both) == len(planned) + len(done) and planned and done


def test_the_overdue_rule() -> None:
    assert overdue(date(2024, 2, 29), "planned", TODAY)
    assert not overdue(date(2024, 3, 1), "planned", TODAY)
    assert not overdue(date(2023, 1, 1), "done", TODAY)
    assert not overdue(date(2023, 1, 1), "cancelled", TODAY)
    assert not overdue(None, "planned", TODAY)


def test_outside_the_plan_period() -> None:
    assert outside_period((date(2025, 1, 1), date(2025, 12, 31)), PLAN)
    assert outside_period((date(2024, 7, 1), date(2025, 6, 30)), PLAN)  # partly outside
    assert outside_period((date(2022, 12, 31), date(2022, 12, 31)), PLAN)
    assert not outside_period((date(2023, 1, 1), date(2024, 12, 31)), PLAN)
    assert not outside_period(None, PLAN)
    assert not outside_period((date(2025, 1, 1), date(2025, 1, 2)), None)
    late = MeasureRow.of_measure(Measure(1, 1, 1, timing=parse_timing("2025 г.")))
    agreed = MeasureRow.of_measure(Measure(2, 1, 1, timing=parse_timing("по согласованию")))
    assert is_outside_period(late, PLAN) and not is_outside_period(agreed, PLAN)


def test_search_folds_case_and_yo() -> None:
    assert fold("ЁЛКА Қазақстан") == "елка қазақстан"
