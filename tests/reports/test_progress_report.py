"""The progress report: its summary, columns per party, the date it is as of, its files
and the command line (refusals leave nothing written)."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.cli import main
from coopdesk.domain.vocab import Status
from coopdesk.reports.document import KeyValues, Row, SectionRow
from coopdesk.reports.progress import load_progress_report, long_date
from coopdesk.services.progress import ProgressService

pytestmark = pytest.mark.store

CODE = "KZ-RU-MFA-2023"
JUL = date(2024, 7, 1)
JAN = date(2024, 1, 1)


@pytest.fixture
def reported(sample):
    """The sample plan with entries on its first three measures."""
    service, plan = sample
    measures = service.list_measures(plan.id)
    progress = ProgressService(service)
    m1, m2, m3 = measures[0], measures[1], measures[2]
    progress.add_entry(m1.id, "a", JAN, "in_progress", text="Готовится")
    progress.add_entry(m1.id, "a", JUL, "done", text="Состоялся", event_date=date(2024, 5, 2))
    progress.add_entry(m1.id, "b", JUL, "done", text="Проведён", documents="Нота № 7")
    progress.add_entry(m2.id, "b", JUL, "postponed", text="Перенесён на 2025 г.")
    progress.add_entry(m3.id, "a", JUL, "cancelled", text="Отменён")
    return service, plan, measures


def _summary(doc) -> dict[str, str]:
    return dict(next(b for b in doc.blocks if isinstance(b, KeyValues)).items)


def _rows(doc) -> dict[str, tuple[str, ...]]:
    table = doc.tables()[0]
    return {r.cells[1]: tuple(str(getattr(c, "text", c)) for c in r.cells) for r in table.rows
            if isinstance(r, Row)}  # fmt: skip


def test_long_dates_in_the_official_style() -> None:
    assert long_date(JUL, "ru") == "1 июля 2024 г."
    assert long_date(JUL, "kk") == "2024 жылғы 1 шілдедегі"
    assert long_date(JUL, "en") == "1 July 2024"


def test_both_parties_as_of_a_date(reported) -> None:
    service, plan, measures = reported
    doc = load_progress_report(service, CODE, JUL, lang="ru")
    assert doc.title.heading == "ИНФОРМАЦИЯ О ХОДЕ РЕАЛИЗАЦИИ"
    assert doc.title.lines[-1] == "по состоянию на 1 июля 2024 г."
    assert doc.title.lines[0] == plan.title  # the plan's own words, unchanged
    table = doc.tables()[0]
    assert [c.title for c in table.columns][4:] == [
        f"Ход реализации: {plan.party_a}",
        f"Ход реализации: {plan.party_b}",
        "Статус",
    ]
    # Every measure is listed, under its sector's row.
    rows = _rows(doc)
    assert set(rows) == {m.title for m in measures}
    assert any(isinstance(r, SectionRow) for r in table.rows)
    first = rows[measures[0].title]
    assert first[4].startswith("Состоялся\nИсполнено\nДата проведения: 02.05.2024")
    assert first[5] == "Проведён\nИсполнено\nДокументы: Нота № 7"
    assert first[6] == "Исполнено"
    assert rows[measures[1].title][4] == "Информация не поступила"
    summary = _summary(doc)
    assert summary["Всего мероприятий"] == str(len(measures))
    assert summary["Информация не поступила"] == str(len(measures) - 3)
    done = (
        sum(
            1
            for m in measures[3:]
            if m.status is Status.DONE  # the others keep their own status
        )
        + 1
    )
    assert summary["Доля исполненных"].startswith(f"{done} (")
    # The status column is what the summary counts.
    statuses = [r[-1].split("\n")[0] for r in rows.values()]
    assert summary["Исполнено"] == str(statuses.count("Исполнено"))
    overdue = sum(1 for r in rows.values() if r[-1].endswith("просрочено"))
    assert summary["Просрочено"] == str(overdue)


def test_an_earlier_date_shows_the_earlier_entries(reported) -> None:
    service, _plan, measures = reported
    doc = load_progress_report(service, CODE, date(2024, 3, 31), party="a", lang="en")
    rows = _rows(doc)
    assert rows[measures[0].title][4] == "Готовится\nIn progress (as of 1 Jan 2024)"
    # Its timing (12 April 2023) has passed and it is still in progress.
    assert rows[measures[0].title][5] == "In progress\noverdue"
    assert [c.title for c in doc.tables()[0].columns][4] == "Progress"
    assert doc.title.lines[-1] == "as of 31 March 2024"


def test_one_party_only(reported) -> None:
    service, plan, measures = reported
    doc = load_progress_report(service, CODE, JUL, party="b", lang="kk")
    rows = _rows(doc)
    assert rows[measures[0].title][3] == measures[0].responsible_b
    assert rows[measures[0].title][4].startswith("Проведён")
    assert rows[measures[2].title][4] == "Ақпарат түспеді"  # A's entry is not B's
    assert ("Ақпарат берген тарап", plan.party_b) in doc.title.details


def test_the_command_line_writes_pdf_xlsx_and_docx(reported, store_url, tmp_path, capsys):
    import openpyxl
    from docx import Document as WordDocument

    for suffix in ("xlsx", "docx"):
        out = tmp_path / f"p.{suffix}"
        args = ["--db", store_url, "report", "progress", CODE, str(out), "--as-of", "2024-07-01"]
        assert main([*args, "--lang", "ru", "--party", "a"]) == 0
        assert capsys.readouterr().out == f"Wrote {out}.\n"
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "по состоянию на 1 июля 2024 г." in cells
    assert any(c.startswith("Состоялся\nИсполнено") for c in cells)
    word = WordDocument(str(tmp_path / "p.docx"))
    texts = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert any("Состоялся" in t for t in texts)
    assert not any("Проведён" in t for t in texts)  # party B's words: not in A's report


def test_the_command_line_refuses_and_writes_nothing(reported, store_url, tmp_path, capsys):
    out = tmp_path / "p.odt"
    code = main(["--db", store_url, "report", "progress", CODE, str(out)])
    err = capsys.readouterr().err
    assert code == 1 and ".pdf, .xlsx or .docx" in err
    code = main(["--db", store_url, "report", "status", CODE, str(tmp_path / "s.pdf"),
                 "--party", "a"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "--party only applies to the progress report" in err
    code = main(["--db", store_url, "report", "progress", "NO-SUCH", str(tmp_path / "x.pdf")])
    assert code == 1 and "NO-SUCH" in capsys.readouterr().err
    assert [p for p in tmp_path.iterdir() if not p.name.startswith("store.db")] == []
