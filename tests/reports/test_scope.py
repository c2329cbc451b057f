"""A report scope limits a report to what the window shows, by the table filter's rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from coopdesk.domain.model import Measure, Sector
from coopdesk.domain.timing import parse_timing
from coopdesk.domain.vocab import Framework, Kind, Level, Status
from coopdesk.errors import ValidationError
from coopdesk.reports.labels import Labels
from coopdesk.reports.scope import ReportScope

PERIOD = (date(2023, 1, 1), date(2024, 12, 31))
SECTORS = [
    Sector(1, 1, "1", "Политический диалог"),
    Sector(2, 1, "1.1", "Визиты", parent_id=1),
    Sector(3, 1, "1.1.1", "Визиты на высшем уровне", parent_id=2),
    Sector(4, 1, "2", "Культура"),
]


def measure(mid: int, sector: int, title: str, **fields) -> Measure:
    timing = parse_timing(fields.pop("timing", ""), PERIOD)
    return Measure(mid, 1, sector, number=f"{mid}", title=title, timing=timing, **fields)


MEASURES = [
    measure(1, 1, "Консультации МИД", status=Status.DONE, framework=Framework.BILATERAL),
    measure(
        2,
        2,
        "Визит министра",
        status=Status.PLANNED,
        kind=Kind.VISIT,
        timing="II квартал 2023 г.",
        level=Level.MINISTER,
    ),
    measure(
        3,
        3,
        "Визит Президента",
        status=Status.POSTPONED,
        framework=Framework.CIS,
        responsible_a="МИД РК, Посольство РК в РФ",
        timing="2024 г.",
    ),
    measure(
        4,
        4,
        "Дни культуры «ҰЛЫ ДАЛА»",
        status=Status.CANCELLED,
        notes="Отменено",
        responsible_b="Минкультуры России",
    ),
]


def ids(scope: ReportScope, today: date = date(2024, 3, 1)) -> list[int]:
    return [m.id for m in scope.apply(MEASURES, SECTORS, today)]


def test_an_empty_scope_is_the_whole_plan() -> None:
    assert ReportScope().is_whole_plan
    assert ReportScope.of().is_whole_plan
    assert ids(ReportScope()) == [1, 2, 3, 4]


def test_a_sector_brings_its_descendants() -> None:
    assert ids(ReportScope.of(sector_ids=[2])) == [2, 3]
    assert ids(ReportScope.of(sector_ids=[1])) == [1, 2, 3]
    assert ids(ReportScope.of(sector_ids=[4, 3])) == [3, 4]
    assert ids(ReportScope.of(sector_ids=[])) == []


def test_statuses_frameworks_kinds_and_levels_accept_codes_labels_and_members() -> None:
    assert ids(ReportScope.of(statuses=["done", "Перенесено"])) == [1, 3]
    assert ids(ReportScope.of(statuses=[Status.CANCELLED])) == [4]
    assert ids(ReportScope.of(frameworks=["cis"])) == [3]
    assert ids(ReportScope.of(kinds=["visit"], levels=["minister"])) == [2]
    # An empty choice means "any", as in the filter bar.
    assert ReportScope.of(statuses=[]).statuses is None


def test_search_folds_case_for_cyrillic_and_kazakh_and_needs_every_word() -> None:
    assert ids(ReportScope.of(search="ВИЗИТ")) == [2, 3]
    assert ids(ReportScope.of(search="ұлы дала")) == [4]
    assert ids(ReportScope.of(search="визит президента")) == [3]
    assert ids(ReportScope.of(search="визит культуры")) == []
    assert ids(ReportScope.of(search="посольство рк")) == [3]  # responsible agencies
    assert ids(ReportScope.of(search="отменено")) == [4]  # notes


def test_agency_period_and_overdue() -> None:
    assert ids(ReportScope.of(agency="мид рк")) == [3]
    assert ids(ReportScope.of(agency="Минкультуры России")) == [4]
    assert ids(ReportScope.of(period=(date(2023, 5, 1), date(2023, 5, 31)))) == [2]
    assert ids(ReportScope.of(overdue_only=True), today=date(2023, 7, 1)) == [2]
    assert ids(ReportScope.of(overdue_only=True), today=date(2023, 6, 30)) == []


def test_bad_values_are_refused_with_a_message() -> None:
    with pytest.raises(ValidationError, match="'finished' is not a known status"):
        ReportScope.of(statuses=["finished"])
    with pytest.raises(ValidationError, match="starts on 2024-01-01 after it ends"):
        ReportScope.of(period=(date(2024, 1, 1), date(2023, 1, 1)))


@dataclass(frozen=True)
class FakeFilter:
    """The fields of the table's MeasureFilter (coopdesk.domain.filtering)."""

    sector_ids: frozenset[int] | None = None
    search: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    levels: frozenset[str] = field(default_factory=frozenset)
    frameworks: frozenset[str] = field(default_factory=frozenset)
    agency: str = ""
    period: tuple[date, date] | None = None
    overdue_only: bool = False


def test_the_table_filter_converts_to_the_same_selection() -> None:
    assert ReportScope.from_filter(FakeFilter()).is_whole_plan
    scope = ReportScope.from_filter(
        FakeFilter(sector_ids=frozenset({1, 2, 3}), statuses=frozenset({"planned", "postponed"}))
    )
    assert scope.statuses == {Status.PLANNED, Status.POSTPONED}
    assert ids(scope) == [2, 3]


def test_the_scope_describes_itself_in_the_report_language() -> None:
    scope = ReportScope.of(sector_ids=[1, 2], statuses=["done"], search="Қазақстан")
    ru = scope.describe(SECTORS, Labels("ru"))
    # The chosen parent stands for its chosen child.
    assert ru == "разделы: 1 Политический диалог; статус: Исполнено; поиск: «Қазақстан»"
    en = ReportScope.of(frameworks=["eaeu"], overdue_only=True).describe(SECTORS, Labels("en"))
    assert en == "framework: EAEU; overdue only"
    assert ReportScope().describe(SECTORS, Labels("en")) == ""


def test_a_vocabulary_and_a_period_describe_together() -> None:
    """The crash of issue 9: statuses (kinds …) and a period in one scope."""
    scope = ReportScope.of(
        statuses=["done", "planned"], kinds=["visit"], period=(date(2023, 1, 1), date(2023, 12, 31))
    )
    en = scope.describe(SECTORS, Labels("en"))
    assert en.startswith("status: Planned, Done; kind: Visit; timing within: ")
    assert "2023" in en.split("timing within: ")[1]


def test_the_real_table_filter_scopes_a_report_the_same_way() -> None:
    from coopdesk.domain.filtering import MeasureFilter
    from coopdesk.domain.rows import MeasureRow

    wanted = MeasureFilter(
        sector_ids=frozenset({2, 3}), statuses=frozenset({"planned", "postponed"}), search="визит"
    )
    scope = ReportScope.from_filter(wanted)
    today = date(2024, 3, 1)
    table = wanted.compile(today).select([MeasureRow.of_measure(m) for m in MEASURES])
    assert [r.id for r in table] == ids(scope, today) == [2, 3]


def test_outside_the_plan_period_needs_the_plans_period() -> None:
    late = measure(5, 4, "Форум", timing="2025 г.")
    scope = ReportScope.of(outside_plan_only=True)
    assert [m.id for m in scope.apply([*MEASURES, late], SECTORS, plan_period=PERIOD)] == [5]
    assert scope.apply([*MEASURES, late], SECTORS) == []
    assert scope.describe(SECTORS, Labels("en")) == "timing outside the plan period only"
