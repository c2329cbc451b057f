"""The exported workbook: official layout, print set-up, round-trip columns, metadata, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.cli import main
from coopdesk.errors import ValidationError
from coopdesk.exchange.snapshot import decode_meta
from coopdesk.services.exports import export_plan


@pytest.fixture
def exported(sample, tmp_path: Path):
    """The sample plan exported in Russian: (service, plan, workbook path)."""
    service, plan = sample
    path = tmp_path / "plan.xlsx"
    summary = export_plan(service, plan.id, path, "ru")
    assert (summary.measures, summary.sectors) == (34, len(service.list_sectors(plan.id)))
    return service, plan, path


def test_the_official_layout(exported) -> None:
    service, plan, path = exported
    book = load_workbook(path)
    assert book.sheetnames == ["План", "CoopDesk"]
    sheet, meta = book["План"], book["CoopDesk"]
    assert meta.sheet_state == "hidden" and sheet.sheet_state == "visible"
    assert book.active.title == "План"
    # Title block: the plan's title, both parties, period and signature.
    assert sheet["A1"].value == plan.title
    assert sheet["A2"].value == (
        "Министерство иностранных дел Республики Казахстан — Министерство иностранных дел "
        "Российской Федерации"
    )
    assert sheet["A3"].value == "Период: 01.01.2023 – 31.12.2024 · Подписан 12.04.2023, Москва"
    assert "A1:H1" in {str(r) for r in sheet.merged_cells.ranges}
    header = [c.value for c in sheet[5]][:8]
    assert header == [
        "№ п/п",
        "Наименование мероприятия",
        "Форма завершения",
        "Срок исполнения",
        "Ответственные исполнители (Министерство иностранных дел Республики Казахстан)",
        "Ответственные исполнители (Министерство иностранных дел Российской Федерации)",
        "Статус",
        "Примечание",
    ]
    assert [c.value for c in sheet[6]][:8] == [1, 2, 3, 4, 5, 6, 7, 8]
    # Sections as merged rows numbered like the plan, measures under them.
    sectors = service.list_sectors(plan.id)
    assert (sheet["A7"].value, sheet["B7"].value) == (f"{sectors[0].code}.", sectors[0].name)
    assert "B7:H7" in {str(r) for r in sheet.merged_cells.ranges}
    first = service.list_measures(plan.id)[0]
    row = next(r for r in sheet.iter_rows(min_row=7) if r[1].value == first.title)
    assert [c.value for c in row[:8]] == [
        first.number, first.title, first.form, first.timing.text, first.responsible_a,
        first.responsible_b, "Исполнено", first.notes or None,
    ]  # fmt: skip
    # The round trip: detail columns grouped and hidden, the ID column hidden.
    assert row[14].value == first.uid
    assert sheet.column_dimensions["O"].hidden
    assert sheet.column_dimensions["I"].outlineLevel == 1 and sheet.column_dimensions["I"].hidden


def test_print_and_screen_set_up(exported) -> None:
    _service, _plan, path = exported
    sheet = load_workbook(path)["План"]
    last = sheet.max_row
    assert sheet.freeze_panes == "A7"
    assert sheet.auto_filter.ref == f"A5:O{last}"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    # One page wide (1 is the default Excel leaves out), as many pages tall as needed.
    assert (sheet.page_setup.fitToWidth or 1, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$5:$6"
    assert sheet.print_area == f"'План'!$A$1:$H${last}"
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    # Borders over the whole table, empty cells too, by one conditional format.
    (borders,) = sheet.conditional_formatting
    assert str(borders.sqref) == f"A7:H{last}"
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    status = validations[f"G7:G{last}"]
    assert status.type == "list"
    assert status.formula1 == (
        '"Запланировано,В стадии подготовки,В процессе исполнения,Исполнено,Перенесено,'
        'Отменено,Перенесено в новый план"'  # issue 16: carried over into the next plan
    )


def test_the_metadata_sheet_names_the_plan_and_keeps_the_base(exported) -> None:
    service, plan, path = exported
    meta_sheet = load_workbook(path)["CoopDesk"]
    rows = [[c.value for c in row] for row in meta_sheet.iter_rows()]
    keys = {row[0]: row[1] for row in rows[1:9]}
    assert keys["format"] == "coopdesk-plan" and keys["format_version"] == "1"
    assert keys["plan_id"] == str(plan.id) and keys["plan_uid"] == plan.uid
    assert keys["plan_code"] == "KZ-RU-MFA-2023" and keys["language"] == "ru"
    assert keys["exported_at"].endswith("+00:00") and keys["measures"] == "34"
    meta = decode_meta(rows)
    assert meta is not None and meta.plan["title"] == plan.title
    base = meta.measures
    assert len(base) == 34
    first = service.list_measures(plan.id)[0]
    assert base[first.uid][5:8] == ["1.1", first.number, first.title]


def test_an_english_export(sample, tmp_path: Path) -> None:
    service, plan = sample
    path = tmp_path / "plan-en.xlsx"
    export_plan(service, plan.id, path, "en")
    sheet = load_workbook(path)["Plan"]
    assert [c.value for c in sheet[5]][:4] == ["No.", "Measure", "Form of completion", "Timing"]
    statuses = {r[6].value for r in sheet.iter_rows(min_row=7) if r[14].value}
    assert statuses <= {
        "Planned",
        "In preparation",
        "In progress",
        "Done",
        "Postponed",
        "Cancelled",
    }


def stored_as_is(service, measure_id: int, field: str, value: str) -> None:
    """Put a text in the store the way an older CoopDesk (or another tool) could have.

    The services refuse such text on the way in now; the export must still refuse,
    never cut, what a store already holds.
    """
    from sqlalchemy import update

    from coopdesk.store.schema import Measure

    column = {"timing": "timing_text"}.get(field, field)
    with service.store.engine.begin() as connection:
        connection.execute(update(Measure).where(Measure.id == measure_id).values({column: value}))


def test_a_cell_too_long_for_excel_is_refused_before_writing(service, tmp_path: Path) -> None:
    plan = service.create_plan(code="LONG", title="t")
    sector = service.add_sector(plan.id, "s")
    measure = service.add_measure(plan.id, sector.id, title="x", number="7")
    stored_as_is(service, measure.id, "description", "д" * 40_000)
    path = tmp_path / "long.xlsx"
    with pytest.raises(ValidationError) as caught:
        export_plan(service, plan.id, path)
    assert str(caught.value) == (
        "Measure 7, field 'Description', is 40,000 characters long; an Excel cell holds at "
        "most 32,767, so shorten it before exporting."
    )
    # No half-written file, under its name or a temporary one.
    assert not path.exists()
    assert not [p for p in tmp_path.iterdir() if "long.xlsx" in p.name]


@pytest.mark.parametrize(
    ("field", "label", "extra"),
    [
        ("timing", "Timing", {}),
        ("location", "Location", {}),
        ("location", "Location", {"title": "a long title " * 10}),  # a row that wraps
        ("responsible_b", "Responsible (party B)", {}),
        ("notes", "Notes", {}),
    ],
)
def test_every_field_too_long_for_a_cell_is_refused_by_name(
    service, tmp_path: Path, field: str, label: str, extra: dict
) -> None:
    plan = service.create_plan(code="LONG", title="t")
    sector = service.add_sector(plan.id, "s")
    measure = service.add_measure(plan.id, sector.id, number="3", **{"title": "x", **extra})
    stored_as_is(service, measure.id, field, "ж" * 32_768)
    path = tmp_path / "long.xlsx"
    with pytest.raises(ValidationError) as caught:
        export_plan(service, plan.id, path)
    assert str(caught.value).startswith(f"Measure 3, field '{label}', is 32,768 characters long")
    assert not [p for p in tmp_path.iterdir() if "long.xlsx" in p.name]
    # Exactly the limit fits and is written whole, never cut.
    stored_as_is(service, measure.id, field, "ж" * 32_767)
    export_plan(service, plan.id, path)
    sheet = load_workbook(path)["Plan"]
    written = [c.value for c in sheet[sheet.max_row]]
    assert written[0] == "3" and "ж" * 32_767 in written


def test_the_export_and_import_commands(sample, tmp_path: Path, capsys) -> None:
    service, plan = sample
    url = service.store.url.render_as_string(hide_password=False)
    path = tmp_path / "out.xlsx"
    assert main(["--db", url, "export", plan.code, str(path), "--lang", "ru"]) == 0
    assert capsys.readouterr().out == (
        f"Exported KZ-RU-MFA-2023 (34 measures in {len(service.list_sectors(plan.id))} sectors) "
        f"to {path}.\n"
    )
    assert main(["--db", url, "import", str(path), "--new", "--dry-run", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document == {
        "plan": None, "added": 34, "changed": 0, "removed": 0, "conflicts": [], "errors": []
    }  # fmt: skip
    assert len(service.list_plans()) == 1  # a dry run writes nothing
    assert main(["--db", url, "import", str(path), "--new", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["added"] == 34 and document["plan"] != plan.id
    copy = service.find_plan("KZ-RU-MFA-2023-2")
    assert copy.id == document["plan"] and copy.title == plan.title
    with pytest.raises(SystemExit) as usage:
        main(["--db", url, "import", str(path), "--plan", "X", "--new"])
    assert usage.value.code == 2


def test_an_import_with_problems_exits_1_with_them_listed(
    service, tmp_path: Path, capsys, xl
) -> None:
    rows = [["No.", "Measure", "Timing", "Status"], ["1", "", "2024", "Planned"]]
    path = xl.write_sheet(tmp_path / "bad.xlsx", rows)
    url = service.store.url.render_as_string(hide_password=False)
    assert main(["--db", url, "import", str(path), "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["errors"] == [
        {"sheet": "Plan", "row": 2, "column": "Measure",
         "message": "the measure has no title; fill it in or delete the row."}
    ]  # fmt: skip
    assert main(["--db", url, "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Error: Sheet 'Plan', row 2, column 'Measure': the measure has no title" in captured.out
    assert (
        captured.err == "coopdesk: not imported: 1 problem(s) in the file; nothing was written.\n"
    )
    assert service.list_plans() == []
