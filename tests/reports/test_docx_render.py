"""The Word back end: the plan document as the print shows it, in a .docx a user can restyle."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from coopdesk.cli import main
from coopdesk.reports.document import (
    Align,
    Column,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Row,
    SectionRow,
    Table,
    TitleBlock,
)
from coopdesk.reports.docx_render import write_docx
from coopdesk.reports.plan_document import build_plan_document
from coopdesk.reports.plan_docx import export_plan_docx
from coopdesk.reports.source import load_report_data

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def _texts(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def test_the_plan_document_in_word(sample, tmp_path: Path) -> None:
    service, plan = sample
    path = export_plan_docx(service, plan.id, tmp_path / "plan.docx", "kk").path
    layout = build_plan_document(load_report_data(service, plan.id), "kk", date.today())
    root = _part(path, "word/document.xml")
    body = root.find(f"{W}body")
    # A4 landscape.
    size = body.find(f"{W}sectPr/{W}pgSz")
    assert size.get(f"{W}orient") == "landscape"
    assert (int(size.get(f"{W}w")), int(size.get(f"{W}h"))) == (16838, 11906)
    # The title block: the heading in Heading 1, then the title lines.
    paragraphs = body.findall(f"{W}p")
    heading = next(p for p in paragraphs if _texts(p) == "ІС-ШАРАЛАР ЖОСПАРЫ")
    assert heading.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Heading1"
    # The numbered table: "Table Grid", two header rows repeated on every page.
    table = body.find(f"{W}tbl")
    assert table.find(f"{W}tblPr/{W}tblStyle").get(f"{W}val") == "TableGrid"
    # In the schema's order (Word refuses a file whose table properties are not).
    order = [el.tag.removeprefix(W) for el in table.find(f"{W}tblPr")]
    assert order == ["tblStyle", "tblW", "tblLayout", "tblLook"]
    rows = table.findall(f"{W}tr")
    header, numbers = rows[0], rows[1]
    assert header.find(f"{W}trPr/{W}tblHeader") is not None
    assert numbers.find(f"{W}trPr/{W}tblHeader") is not None
    assert [_texts(tc) for tc in numbers.findall(f"{W}tc")] == ["1", "2", "3", "4", "5", "6"]
    assert [_texts(tc) for tc in header.findall(f"{W}tc")][:2] == ["Р/с №", "Іс-шараның атауы"]
    # Section rows span the table; every row of the layout is there, in order.
    spans = [tr for tr in rows if tr.find(f"{W}tc/{W}tcPr/{W}gridSpan") is not None]
    sections = [r for r in layout.tables()[0].rows if isinstance(r, SectionRow)]
    assert [_texts(tr) for tr in spans] == [s.text for s in sections]
    assert all(tr.find(f"{W}tc/{W}tcPr/{W}gridSpan").get(f"{W}val") == "6" for tr in spans)
    measures = [r for r in layout.tables()[0].rows if isinstance(r, Row)]
    assert len(rows) == 2 + len(sections) + len(measures) == 2 + 17 + 34
    text = _texts(body)
    for m in service.list_measures(plan.id):
        assert m.title in text  # every measure, Kazakh and Russian letters intact
    # The signature block for both parties, with the place and date of signing.
    assert "Министерство иностранных дел Республики Казахстан үшін" in text
    assert "Қол қойылған орны мен күні: Москва, 12.04.2023" in text
    # Page numbers: PAGE and NUMPAGES fields in the footer.
    footer = _part(path, "word/footer1.xml")
    fields = [f.get(f"{W}instr").strip() for f in footer.iter(f"{W}fldSimple")]
    assert fields == ["NUMPAGES", "PAGE"]  # "{pages} беттің {page}-беті"
    styles = _part(path, "word/styles.xml")
    names = {s.find(f"{W}name").get(f"{W}val") for s in styles.iter(f"{W}style")}
    assert {"heading 1", "Table Grid", "CoopDesk Table Text", "CoopDesk Section"} <= names


def test_any_report_layout_is_written(tmp_path: Path) -> None:
    layout = Document(
        title=TitleBlock("STATUS REPORT", ("Plan 2023-2024",), (("As of", "1 July 2024"),)),
        blocks=[
            Heading("By sector"),
            KeyValues((("Measures", "34"), ("Done", "21 (62%)"))),
            Table(
                columns=(Column("Sector", 3), Column("Total", 1, Align.RIGHT)),
                rows=[SectionRow("1. Political dialogue"), Row(("1.1. Visits", "4"))],
            ),
            Paragraph("Overdue: none", small=True),
        ],
        page_label="page {page} of {pages}",
    )
    path = write_docx(layout, tmp_path / "status.docx")
    text = _texts(_part(path, "word/document.xml"))
    for expected in ("STATUS REPORT", "As of: 1 July 2024", "By sector", "Measures: 34",
                     "1. Political dialogue", "1.1. Visits", "Overdue: none"):  # fmt: skip
        assert expected in text


def test_word_opens_it_without_complaint_in_libreoffice(sample, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    pdftotext = shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice and poppler-utils are needed (apt-get install "
                    "libreoffice-writer-nogui poppler-utils)")  # fmt: skip
    service, plan = sample
    path = export_plan_docx(service, plan.id, tmp_path / "plan.docx", "ru").path
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "plan.pdf"
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert "ПЛАН МЕРОПРИЯТИЙ" in flat
    assert "стр. 1 из" in flat  # the PAGE and NUMPAGES fields were filled in
    assert flat.count("№ п/п") >= 2  # the header is repeated on the following pages
    assert "За Министерство иностранных дел Республики Казахстан" in flat


def test_the_command_line_writes_word_and_kazakh_workbooks(sample, tmp_path: Path, capsys) -> None:
    service, plan = sample
    url = service.store.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "plan.docx"
    assert main(["--db", url, "export", plan.code, str(out), "--lang", "ru"]) == 0
    assert "Exported KZ-RU-MFA-2023 (34 measures in 17 sectors)" in capsys.readouterr().out
    assert zipfile.is_zipfile(out)
    # Workbooks are written in Kazakh too (issue 12): the Kazakh headers are in it.
    assert main(["--db", url, "export", plan.code, str(tmp_path / "p.xlsx"), "--lang", "kk"]) == 0
    capsys.readouterr()
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    cells = {str(c.value) for row in sheet.iter_rows(max_row=12) for c in row if c.value}
    assert "Іс-шараның атауы" in cells
