"""``coopdesk read-timings PLAN``: dates for timings an older CoopDesk stored without."""

from __future__ import annotations

import pytest

from coopdesk.cli import main
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store

PLAN = "KZ-RU-MFA-2023"

pytestmark = pytest.mark.store


def test_read_timings_prints_what_it_dated_and_a_second_run_changes_nothing(
    store_url: str, capsys: pytest.CaptureFixture[str], forget_spans
) -> None:
    assert main(["--db", store_url, "demo"]) == 0
    store = open_store(store_url)
    try:
        service = PlanService(store)
        plan = service.find_plan(PLAN)
        first, second = service.list_measures(plan.id)[:2]  # type: ignore[arg-type]
        forget_spans(store, first.id, text="середина 2024 года")
        forget_spans(store, second.id)  # its own words, readable today
        capsys.readouterr()

        assert main(["--db", store_url, "--as", "Әлия", "read-timings", PLAN]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        assert out.splitlines() == [
            f"2 measures of plan {PLAN} now have dates from their timing words:",
            f"  {first.number:<8} середина 2024 года  ->  2024-04-01 - 2024-09-30",
            f"  {second.number:<8} {second.timing.text}  ->  "
            f"{second.timing.start:%Y-%m-%d} - {second.timing.end:%Y-%m-%d}",
        ]
        assert service.get_measure(first.id).updated_by == "Әлия"

        assert main(["--db", store_url, "read-timings", PLAN]) == 0
        assert capsys.readouterr().out == (
            f"Every timing of plan {PLAN} that CoopDesk can read has its dates already.\n"
        )
    finally:
        store.close()


def test_read_timings_of_an_unknown_plan_says_so_and_changes_nothing(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", store_url, "demo"]) == 0
    capsys.readouterr()
    store = open_store(store_url)
    try:
        service = PlanService(store)
        before = service.list_measures(service.find_plan(PLAN).id)  # type: ignore[arg-type]
        assert main(["--db", store_url, "read-timings", "NO-SUCH"]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert err == "coopdesk: There is no plan with id or code 'NO-SUCH'\n"
        assert service.list_measures(service.find_plan(PLAN).id) == before  # type: ignore[arg-type]
    finally:
        store.close()
