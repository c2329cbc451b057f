"""A partner's plan read from Word: tables written by other programs, merged cells, lists,
tracked changes, comments, nested and split tables, and the text around the table."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from coopdesk.exchange.docx_import import read_docx
from coopdesk.exchange.model import ImportRefused

DATA = Path(__file__).resolve().parents[1] / "data"
#: The table of tests/data/partner-plan-ru.docx, written here as HTML for LibreOffice.
PARTNER_HTML = """<html><head><meta charset="utf-8"></head><body>
<p align="center"><b>ПЛАН МЕРОПРИЯТИЙ</b></p>
<p align="center"><b>по сотрудничеству между Министерством иностранных дел Республики
Казахстан и Министерством иностранных дел Российской Федерации на 2025-2026 годы</b></p>
<table border="1" cellspacing="0">
<tr><th>№ п/п</th><th>Наименование мероприятия</th><th>Форма завершения</th>
<th>Срок исполнения</th><th>Ответственные исполнители</th><th>Примечание</th></tr>
<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td></tr>
<tr><td colspan="6"><b>1. Политический диалог</b></td></tr>
<tr><td>1.1.</td><td>Консультации заместителей министров</td><td>Протокол</td>
<td>II квартал 2025 г.</td><td rowspan="2">МИД РК;<br>МИД России</td><td></td></tr>
<tr><td>1.2.</td><td>Встреча министров иностранных дел</td><td>Совместное заявление</td>
<td>по согласованию сторон</td><td>Қазақстан тарапы</td></tr>
<tr><td colspan="6"><b>2. Культурное сотрудничество</b></td></tr>
<tr><td>2.1.</td><td>Дни культуры Казахстана в России<ol><li>концерт в Москве</li><li>выставка
в Казани</li></ol></td><td>Информация в Правительство</td><td>2026 г.</td>
<td>Минкультуры РК</td><td>Ежегодно</td></tr>
</table>
<p>Совершено в г. Москве 12 апреля 2025 года в двух экземплярах.</p>
<table border="0"><tr><td>За Министерство иностранных дел Республики Казахстан</td>
<td>За Министерство иностранных дел Российской Федерации</td></tr>
<tr><td>____________</td><td>____________</td></tr></table>
</body></html>
"""
KZ_MFA = "Министерство иностранных дел Республики Казахстан"
RU_MFA = "Министерство иностранных дел Российской Федерации"
HEADER = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные исполнители"]


def _check_partner_plan(imports, path: Path) -> None:
    """The plan of PARTNER_HTML, as a user would see it after the import."""
    preview = imports.preview(path, new=True)
    assert not preview.errors, preview.errors
    values = preview.plan_values
    assert values["title"].startswith("План мероприятий по сотрудничеству между")
    assert (values["party_a"], values["party_b"]) == (KZ_MFA, RU_MFA)
    assert (values["period_start"], values["period_end"]) == (date(2025, 1, 1), date(2026, 12, 31))
    assert values["signed_date"] == date(2025, 4, 12)
    outcome = imports.apply(preview)
    assert outcome.applied and outcome.added == 3
    service = imports.plans
    sectors = service.list_sectors(outcome.plan_id)
    assert [(s.code, s.name) for s in sectors] == [
        ("1", "Политический диалог"),
        ("2", "Культурное сотрудничество"),
    ]
    measures = service.list_measures(outcome.plan_id)
    got = [
        (m.number, m.title, m.form, m.timing.text, m.responsible_a, m.responsible_b, m.notes)
        for m in measures
    ]
    assert got == [
        ("1.1.", "Консультации заместителей министров", "Протокол", "II квартал 2025 г.",
         "МИД РК", "МИД России", ""),
        # The responsible cell is merged down over both measures of the sector.
        ("1.2.", "Встреча министров иностранных дел", "Совместное заявление",
         "по согласованию сторон", "МИД РК", "МИД России", "Қазақстан тарапы"),
        # The numbered list inside the cell is kept, line by line, with its numbers.
        ("2.1.", "Дни культуры Казахстана в России\n1. концерт в Москве\n2. выставка в Казани",
         "Информация в Правительство", "2026 г.", "Минкультуры РК", "", "Ежегодно"),
    ]  # fmt: skip
    assert measures[0].timing.start == date(2025, 4, 1)
    assert measures[0].sector_id == sectors[0].id and measures[2].sector_id == sectors[1].id


def test_a_table_written_by_libreoffice_imports_as_the_plan_it_shows(
    tmp_path: Path, imports
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed; tests/data/partner-plan-ru.docx covers "
            "the same table (apt-get install libreoffice-writer-nogui to run this one)"
        )
    source = tmp_path / "partner.html"
    source.write_text(PARTNER_HTML, encoding="utf-8")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    _check_partner_plan(imports, tmp_path / "partner.docx")


def test_the_committed_libreoffice_document_imports_as_the_plan_it_shows(imports) -> None:
    # Made from PARTNER_HTML with LibreOffice 7.4 (see tests/data/README.md).
    _check_partner_plan(imports, DATA / "partner-plan-ru.docx")


# --------------------------------------------------------------------------- built documents


def _document(
    path: Path, rows: list[list[str]], before: list[str] = (), after: list[str] = ()
) -> Path:
    """A Word document holding ``rows`` as a table (saved by python-docx, as a tool would)."""
    import docx

    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    for text in after:
        document.add_paragraph(text)
    document.save(path)
    return path


def _rewrite(path: Path, edit) -> Path:
    """``path`` with its document part passed through ``edit(str) -> str``."""
    copy = path.with_name("edited-" + path.name)
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = edit(data.decode()).encode()
            zout.writestr(info, data)
    return copy


ROWS = [
    ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные исполнители"],
    ["1. Торговля", "", "", ""],
    ["1.1.", "Заседание межправкомиссии", "2025 г.", "Минторговли РК"],
    ["1.2.", "Бизнес-форум", "III квартал 2025 г.", "НПП «Атамекен»"],
]


def _measures(imports, path: Path) -> tuple[object, list[dict]]:
    preview = imports.preview(path, new=True)
    assert not preview.errors, preview.errors
    return preview, [m.values for m in preview.result.measures]


def test_tracked_changes_are_read_as_accepted_and_the_preview_says_so(
    tmp_path: Path, imports
) -> None:
    path = _document(tmp_path / "tracked.docx", ROWS)
    ins = ('<w:ins w:id="901" w:author="Партнёр" w:date="2025-01-10T10:00:00Z">'
           '<w:r><w:t xml:space="preserve"> и Совет</w:t></w:r></w:ins>')  # fmt: skip
    dele = ('<w:del w:id="902" w:author="Партнёр" w:date="2025-01-10T10:00:00Z">'
            "<w:r><w:delText>III квартал </w:delText></w:r></w:del>")  # fmt: skip

    def edit(xml: str) -> str:
        xml = xml.replace("Заседание межправкомиссии</w:t></w:r>",
                          "Заседание межправкомиссии</w:t></w:r>" + ins, 1)  # fmt: skip
        xml = xml.replace("<w:t>III квартал 2025 г.</w:t>", "<w:t>2025 г.</w:t>", 1)
        return xml.replace("<w:t>2025 г.</w:t></w:r>", "<w:t>2025 г.</w:t></w:r>", 1).replace(
            '<w:p><w:r><w:t>2025 г.</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" '
            'w:w="2160"/></w:tcPr><w:p><w:r><w:t>НПП',
            f"<w:p>{dele}<w:r><w:t>2025 г.</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW "
            'w:type="dxa" w:w="2160"/></w:tcPr><w:p><w:r><w:t>НПП',
        )

    edited = _rewrite(path, edit)
    assert b"<w:del " in zipfile.ZipFile(edited).read("word/document.xml")
    preview, values = _measures(imports, edited)
    assert values[0]["title"] == "Заседание межправкомиссии и Совет"
    assert values[1]["timing"] == "2025 г."  # the deleted words are gone
    assert any("tracked changes" in str(w) and "accepted" in str(w) for w in preview.warnings)


def test_a_deleted_row_in_tracked_changes_is_left_out(tmp_path: Path, imports) -> None:
    path = _document(tmp_path / "rowdel.docx", ROWS)

    def edit(xml: str) -> str:
        at = xml.index("Бизнес-форум")
        start = xml.rindex("<w:tr>", 0, at)
        mark = '<w:trPr><w:del w:id="7" w:author="X" w:date="2025-01-01T00:00:00Z"/></w:trPr>'
        return xml[: start + 6] + mark + xml[start + 6 :]

    preview, values = _measures(imports, _rewrite(path, edit))
    assert [v["title"] for v in values] == ["Заседание межправкомиссии"]
    assert any("1 deleted row" in str(w) for w in preview.warnings)


def test_comments_are_kept_in_the_notes_of_their_measure(tmp_path: Path, imports) -> None:
    import docx

    path = _document(tmp_path / "comments.docx", ROWS)
    document = docx.Document(path)
    cell = document.tables[0].cell(3, 1)
    document.add_comment(cell.paragraphs[0].runs, "Предлагаем перенести на 2026 год", "МИД РФ")
    document.save(path)
    preview, values = _measures(imports, path)
    assert values[0]["notes"] == ""
    assert values[1]["notes"] == "Comment (МИД РФ): Предлагаем перенести на 2026 год"
    assert any("comment" in str(w) for w in preview.warnings)


def test_a_table_inside_a_cell_gives_one_line_per_row(tmp_path: Path, imports) -> None:
    import docx

    path = _document(tmp_path / "nested.docx", ROWS)
    document = docx.Document(path)
    cell = document.tables[0].cell(2, 3)
    inner = cell.add_table(rows=2, cols=2)
    for r, c, text in ((0, 0, "РК"), (0, 1, "МИД РК"), (1, 0, "РФ"), (1, 1, "МИД России")):
        inner.cell(r, c).text = text
    document.save(path)
    preview, values = _measures(imports, path)
    assert values[0]["responsible_a"] == "Минторговли РК\nРК | МИД РК\nРФ | МИД России"
    assert any("tables of their own" in str(w) for w in preview.warnings)


def test_a_table_split_across_pages_is_read_as_one(tmp_path: Path, imports) -> None:
    import docx

    path = _document(tmp_path / "split.docx", ROWS, before=["План мероприятий на 2025 год"])
    document = docx.Document(path)
    document.add_paragraph("")
    second = document.add_table(rows=3, cols=4)
    for r, values in enumerate([ROWS[0], ["2. Культура", "", "", ""],
                                ["2.1.", "Дни кино", "2025 г.", "Минкультуры РК"]]):  # fmt: skip
        for c, value in enumerate(values):
            second.cell(r, c).text = value
    document.add_paragraph("За Министерство иностранных дел Республики Казахстан")
    document.save(path)
    preview, values = _measures(imports, path)
    assert [(v["number"], v["title"], v["sector"]) for v in values] == [
        ("1.1.", "Заседание межправкомиссии", "1"),
        ("1.2.", "Бизнес-форум", "1"),
        ("2.1.", "Дни кино", "2"),
    ]
    assert any("split across pages" in str(w) for w in preview.warnings)


def test_cells_merged_down_and_across_are_applied(tmp_path: Path, imports) -> None:
    import docx

    rows = [*ROWS, ["1.3.", "Выставка", "", ""]]
    path = _document(tmp_path / "merged.docx", rows)
    document = docx.Document(path)
    table = document.tables[0]
    section = table.cell(1, 0).merge(table.cell(1, 3))
    section.text = "1. Торговля"
    table.cell(3, 2).merge(table.cell(4, 2))  # one timing for 1.2 and 1.3
    table.cell(3, 3).merge(table.cell(4, 3))
    document.save(path)
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert "w:vMerge" in xml and "w:gridSpan" in xml
    _preview, values = _measures(imports, path)
    assert [(v["title"], v["timing"], v["responsible_a"]) for v in values] == [
        ("Заседание межправкомиссии", "2025 г.", "Минторговли РК"),
        ("Бизнес-форум", "III квартал 2025 г.", "НПП «Атамекен»"),
        ("Выставка", "III квартал 2025 г.", "НПП «Атамекен»"),
    ]


def test_the_plan_table_is_found_after_other_tables(tmp_path: Path, imports) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("УТВЕРЖДАЮ")
    stamp = document.add_table(rows=1, cols=2)
    stamp.cell(0, 0).text = "Исх. № 12-3/456"
    stamp.cell(0, 1).text = "от 01.02.2025"
    table = document.add_table(rows=len(ROWS), cols=4)
    for r, values in enumerate(ROWS):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "second.docx"
    document.save(path)
    _preview, values = _measures(imports, path)
    assert [v["title"] for v in values] == ["Заседание межправкомиссии", "Бизнес-форум"]


def test_english_and_kazakh_headers_are_recognised(tmp_path: Path, imports) -> None:
    for header in (
        ["No.", "Measure", "Timing", "Responsible agencies"],
        ["Р/с №", "Іс-шараның атауы", "Орындау мерзімі", "Жауапты орындаушылар"],
    ):
        path = _document(tmp_path / f"{header[0][0]}.docx", [header, *ROWS[1:]])
        _preview, values = _measures(imports, path)
        assert [v["timing"] for v in values] == ["2025 г.", "III квартал 2025 г."]


def test_a_document_without_a_plan_table_is_refused(tmp_path: Path, imports) -> None:
    path = _document(tmp_path / "letter.docx", [["Уважаемые коллеги", "Письмо"]], ["Письмо"])
    with pytest.raises(ImportRefused, match="has no table of measures"):
        imports.preview(path)


def test_read_docx_gives_word_table_rows(tmp_path: Path) -> None:
    path = _document(tmp_path / "grid.docx", ROWS, before=["ПЛАН", "на 2025 год"])
    data = read_docx(path)
    assert data.kind == "docx"
    # Title paragraphs sit above the table (negative rows); the table's rows count from 0.
    assert [r for r, _v in data.grid.rows] == [-2, -1, 0, 1, 2, 3]
    assert data.grid.rows[2][1][:2] == ["№ п/п", "Наименование мероприятия"]


def test_responsible_over_two_columns_with_sub_headers(tmp_path: Path, imports) -> None:
    import docx

    rows = [
        ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные исполнители", ""],
        ["", "", "", "Казахстанская сторона", "Российская сторона"],
        ["1.1.", "Консультации", "2025 г.", "МИД РК", "МИД России"],
    ]
    path = _document(tmp_path / "two.docx", rows)
    document = docx.Document(path)
    table = document.tables[0]
    merged = table.cell(0, 3).merge(table.cell(0, 4))
    merged.text = "Ответственные исполнители"
    document.save(path)
    _preview, values = _measures(imports, path)
    assert [(v["responsible_a"], v["responsible_b"]) for v in values] == [("МИД РК", "МИД России")]


def test_a_plan_table_inside_a_layout_table_and_a_kazakh_signature_block(
    tmp_path: Path, imports
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("ІС-ШАРАЛАР ЖОСПАРЫ")
    document.add_paragraph("2025-2026 жылдарға арналған")
    outer = document.add_table(rows=1, cols=1)
    cell = outer.cell(0, 0)
    inner = cell.add_table(rows=3, cols=3)
    for r, values in enumerate(
        [["Р/с №", "Іс-шараның атауы", "Орындау мерзімі"], ["1. Саяси диалог", "", ""],
         ["1.1.", "Сыртқы істер министрлерінің кездесуі", "2025 жылғы 12 сәуір"]]
    ):  # fmt: skip
        for c, value in enumerate(values):
            inner.cell(r, c).text = value
    document.add_paragraph("Қазақстан Республикасы Сыртқы істер министрлігі үшін")
    document.add_paragraph("Ресей Федерациясы Сыртқы істер министрлігі үшін")
    path = tmp_path / "kk.docx"
    document.save(path)
    preview, values = _measures(imports, path)
    assert [(v["number"], v["title"], v["sector"]) for v in values] == [
        ("1.1.", "Сыртқы істер министрлерінің кездесуі", "1")
    ]
    assert preview.plan_values["party_a"] == "Қазақстан Республикасы Сыртқы істер министрлігі"
    assert preview.plan_values["party_b"] == "Ресей Федерациясы Сыртқы істер министрлігі"
    assert preview.plan_values["period_start"] == date(2025, 1, 1)
    assert preview.result.lang == "kk"
