"""Printing and reports from the main window: the table's filters scope the report."""

from __future__ import annotations

import pytest


@pytest.fixture
def calls(monkeypatch):
    import coopdesk.ui.reports.dialog as dialog

    seen: list[tuple[str, dict]] = []
    monkeypatch.setattr(
        dialog,
        "preview_plan",
        lambda parent, service, plan_id, scope=None, lang=None: seen.append(
            ("preview", {"plan_id": plan_id, "scope": scope})
        ),
    )
    monkeypatch.setattr(
        dialog,
        "open_reports_dialog",
        lambda parent, service, plan_id, scope=None, today=None: seen.append(
            ("reports", {"plan_id": plan_id, "scope": scope})
        ),
    )
    return seen


def test_print_without_filters_covers_the_whole_plan(window, calls) -> None:
    window.print_action.trigger()
    assert calls == [("preview", {"plan_id": window.plan_id, "scope": None})]


def test_reports_are_scoped_by_the_tables_filters(window, calls) -> None:
    from coopdesk.domain.filtering import row_predicate

    politics = next(s for s in window.sector_model.sectors() if s.code == "1")
    window._select_sector(politics.id)
    window.filter_bar.status.setCurrentIndex(window.filter_bar.status.findData("done"))
    window.reports_action.trigger()
    ((kind, args),) = calls
    scope = args["scope"]
    assert kind == "reports" and scope is not None
    # The scope selects exactly the measures the table shows.
    shown = {window.measure_model.measure_id(r) for r in range(window.measure_model.rowCount())}
    rows = window.service.measure_rows(window.plan_id)
    predicate = row_predicate(window.measure_model.filter, window.measure_model.today)
    assert {r[0] for r in rows if predicate(r, None)} == shown
    assert set(scope.sector_ids) == window.sector_model.subtree_ids(politics.id)
    assert set(scope.statuses) == {"done"}
