"""The "changes since a date" report: who changed which measure, from what to what."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest

from coopdesk.cli import main
from coopdesk.reports.catalog import build_report
from coopdesk.reports.document import Row, SectionRow, Table
from coopdesk.services.plans import PlanService

pytestmark = pytest.mark.store


def rows_of(document) -> list[tuple[str, ...]]:
    (table,) = [b for b in document.blocks if isinstance(b, Table)]
    return [tuple(str(c) for c in r.cells) for r in table.rows if isinstance(r, Row)]


def test_a_manager_sees_who_changed_what_since_a_day(sample) -> None:
    service, plan = sample
    first, second = service.list_measures(plan.id)[:2]
    service.update_measure(first.id, title="Визит министра в Астану")
    status = "postponed" if second.status.value != "postponed" else "cancelled"
    PlanService(service.store, actor="Айгерим").update_measure(second.id, status=status)
    today = date.today()
    document = build_report(service, plan.id, "changes", lang="ru", since=today)
    created, *rows = rows_of(document)  # the sample plan itself was added today
    assert created[4] == "добавлено" and plan.title in created[3]
    assert (
        rows[0][1:] == (service.actor, first.number, "Визит министра в Астану", "наименование",
                        first.title, "Визит министра в Астану")
    )  # fmt: skip
    assert rows[1][1:3] == ("Айгерим", second.number)
    assert rows[1][4] == "статус"
    assert rows[1][6] == {"postponed": "Перенесено", "cancelled": "Отменено"}[status]
    # Nothing from before the period.
    later = build_report(service, plan.id, "changes", lang="ru", since=today + timedelta(days=1))
    assert rows_of(later) == []


def test_undone_changes_are_marked_and_the_cli_writes_the_pdf(sample, tmp_path, capsys) -> None:
    from coopdesk.services.history import HistoryService

    service, plan = sample
    measure = service.list_measures(plan.id)[0]
    heard = []
    service.hub.subscribe(heard.append)
    service.update_measure(measure.id, location="Ақтау")
    HistoryService(service).undo(heard[-1].step_id)
    out = tmp_path / "changes.pdf"
    url = service.store.engine.url.render_as_string(hide_password=False)
    code = main(["--db", url, "report", "changes", plan.code, str(out), "--lang", "kk",
                 "--from", date.today().isoformat()])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ЖОСПАРҒА ЕНГІЗІЛГЕН ӨЗГЕРІСТЕР" in text
    assert "Ақтау" in text and "болдырылмады" in text
    assert service.actor in text


def test_an_empty_period_says_so(sample) -> None:
    service, plan = sample
    week_ago = date.today() - timedelta(days=7)
    document = build_report(
        service, plan.id, "changes", lang="en", since=week_ago, until=week_ago + timedelta(days=1)
    )
    (table,) = [b for b in document.blocks if isinstance(b, Table)]
    assert [r for r in table.rows if not isinstance(r, SectionRow)] == []
    assert table.empty_text == "No changes in this period."
