"""The comparison table as a layout and as .docx, .xlsx and .pdf files read back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from coopdesk.exchange.compare import Edition, EditionMeasure, compare
from coopdesk.reports.comparison import comparison_document
from coopdesk.reports.comparison_files import write_docx, write_xlsx
from coopdesk.reports.document import Cell, RichCell, Row, Table
from coopdesk.reports.output import ReportOutputError

KAZAKH = "Қазақстан мен Ресей сыртқы істер министрліктерінің кеңесі"


def measure(index: int, uid: str | None, number: str, title: str, **values: str) -> EditionMeasure:
    base = {
        "number": number,
        "title": title,
        "description": "",
        "form": "Протокол",
        "timing": "II квартал 2023 г.",
        "responsible_a": "МИД РК",
        "responsible_b": "МИД России",
        "location": "",
        "notes": "",
        "sector": "1",
    }
    base.update(values)
    return EditionMeasure(index, uid, base, "Политический диалог")


@pytest.fixture
def comparison():
    a = Edition(
        "Проект А",
        [
            measure(0, "u1", "1.1.", "Визит в Москву Президента"),
            measure(1, "u2", "1.2.", KAZAKH),
            measure(2, "u3", "1.3.", "Обмен делегациями экспертов"),
            measure(3, "u4", "1.4.", "Заседание рабочей группы по визам"),
        ],
        title="План мероприятий на 2023-2024 годы",
    )
    b = Edition(
        "Проект Б",
        [
            measure(0, "u1", "1.1.", "Визит в Астану Президента", timing="III квартал 2023 г."),
            measure(1, "u2", "1.2.", KAZAKH),
            measure(2, "u3", "1.3.", "Обмен делегациями экспертов"),
            measure(3, None, "1.4.", "Форум регионов Қазақстан"),
        ],
        title="План мероприятий на 2023-2024 годы",
    )
    return compare(a, b)


def rows_of(document) -> list[Row]:
    (table,) = document.tables()
    assert isinstance(table, Table)
    return [r for r in table.rows if isinstance(r, Row)]


def test_layout_has_three_columns_and_marks_the_changes(comparison) -> None:
    document = comparison_document(comparison, "ru")
    (table,) = document.tables()
    assert [c.title for c in table.columns] == [
        "Действующая редакция",
        "Предлагаемая редакция",
        "Комментарий",
    ]
    rows = rows_of(document)
    assert len(rows) == 5  # 2 unchanged, 1 changed, 1 removed, 1 added
    changed = rows[0].cells[1]
    assert isinstance(changed, RichCell)
    struck = [r.text for r in changed.runs if r.strike]
    bold = [r.text for r in changed.runs if r.bold]
    assert struck == ["Москву", "II"] and bold == ["Астану", "III"]
    assert "Срок исполнения: " in changed.text
    # The first column is the old text, unmarked.
    old = rows[0].cells[0]
    assert isinstance(old, RichCell)
    assert not any(r.bold or r.strike for r in old.runs)
    assert old.text.startswith("1.1. Визит в Москву Президента\n")


def test_added_and_removed_measures_have_rows_of_their_own(comparison) -> None:
    rows = rows_of(comparison_document(comparison, "en"))
    removed, added = rows[3], rows[4]
    assert isinstance(removed.cells[1], RichCell)
    assert removed.cells[1].text.startswith("(measure removed)\n1.4. Заседание")
    assert all(r.strike for r in removed.cells[1].runs[1:] if r.text.strip())
    assert added.cells[0] == Cell("(new measure)", tone=added.cells[0].tone)
    assert isinstance(added.cells[1], RichCell)
    assert all(r.bold for r in added.cells[1].runs if r.text.strip())


def test_unchanged_rows_can_be_left_out(comparison) -> None:
    document = comparison_document(comparison, "kk", changed_only=True)
    rows = rows_of(document)
    assert len(rows) == 3
    assert "Өзгермеген іс-шаралар келтірілмеген (2)." in document.texts()
    assert [c.title for c in document.tables()[0].columns][1] == "Ұсынылатын редакция"


def test_comments_fill_the_third_column(comparison) -> None:
    rows = rows_of(comparison_document(comparison, "ru", comments={(0, 0): "Уточнено место"}))
    assert rows[0].cells[2] == "Уточнено место"


def test_docx_reads_back_with_struck_and_bold_runs(comparison, tmp_path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT

    path = write_docx(comparison_document(comparison, "ru"), tmp_path / "c.docx")
    doc = Document(str(path))
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert doc.sections[0].page_width > doc.sections[0].page_height
    (table,) = doc.tables
    assert table.style.name == "Table Grid"
    header = table.rows[0]
    assert [c.text for c in header.cells] == [
        "Действующая редакция",
        "Предлагаемая редакция",
        "Комментарий",
    ]
    assert header._tr.trPr.xpath("./w:tblHeader")  # repeated on every page
    assert table.rows[2]._tr.trPr.xpath("./w:cantSplit")  # a row never splits across pages
    proposed = table.rows[2].cells[1]
    runs = [r for p in proposed.paragraphs for r in p.runs]
    assert [r.text for r in runs if r.font.strike] == ["Москву", "II"]
    assert [r.text for r in runs if r.bold] == ["Астану", "III"]
    text = "\n".join(c.text for row in table.rows for c in row.cells)
    assert KAZAKH in text and "Форум регионов Қазақстан" in text


def test_xlsx_reads_back_with_struck_and_bold_runs(comparison, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock

    path = write_xlsx(comparison_document(comparison, "ru"), tmp_path / "c.xlsx")
    sheet = load_workbook(path, rich_text=True).worksheets[0]
    assert sheet.cell(1, 1).value == "СРАВНИТЕЛЬНАЯ ТАБЛИЦА"
    header_row = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Действующая редакция")
    assert sheet.print_title_rows  # the header is repeated when printed
    value = sheet.cell(header_row + 2, 2).value
    assert isinstance(value, CellRichText)
    blocks = [b for b in value if isinstance(b, TextBlock)]
    assert [b.text for b in blocks if b.font.strike] == ["Москву", "II"]
    assert [b.text for b in blocks if b.font.b] == ["Астану", "III"]
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert any(KAZAKH in t for t in texts)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_shows_both_texts_and_kazakh_letters(comparison, tmp_path: Path) -> None:
    from coopdesk.ui.reports.pdf import write_pdf

    path = tmp_path / "c.pdf"
    assert write_pdf(comparison_document(comparison, "kk"), path) == 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "САЛЫСТЫРМАЛЫ КЕСТЕ" in text
    assert "Қазақстан мен Ресей" in text
    # The proposed column holds the struck word and the bold one side by side.
    assert "Москву Астану" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "Bold" in fonts


def test_a_file_that_cannot_be_written_leaves_nothing(comparison, tmp_path: Path) -> None:
    document = comparison_document(comparison, "en")
    with pytest.raises(ReportOutputError, match="does not exist"):
        write_docx(document, tmp_path / "missing" / "c.docx")
    with pytest.raises(ReportOutputError, match="is a folder"):
        write_xlsx(document, tmp_path)
    assert list(tmp_path.iterdir()) == []
