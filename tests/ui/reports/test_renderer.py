"""Pagination rules of the renderer, checked on the PDF a reader gets."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from coopdesk.reports.document import (
    BarChart,
    ChartSeries,
    Column,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Row,
    SectionRow,
    Signatory,
    SignatureBlock,
    Table,
    TitleBlock,
)
from coopdesk.ui.reports.pdf import write_pdf


def document(*blocks) -> Document:
    return Document(
        title=TitleBlock("ОТЧЁТ", ("Қазақстан – Россия",)),
        blocks=list(blocks),
        header_left="Plan title in the header",
        header_right="Generated 1 Mar 2024",
        page_label="page {page} of {pages}",
    )


def table(rows, **extra) -> Table:
    return Table(columns=(Column("HEADKEY", 1), Column("HEADTEXT", 4)), rows=rows, **extra)


def render(tmp_path: Path, doc: Document, pdf_pages) -> list[str]:
    path = tmp_path / "doc.pdf"
    pages = write_pdf(doc, path)
    texts = pdf_pages(path)
    assert len(texts) == pages
    return texts


def test_header_repeats_and_rows_stay_whole(qapp, tmp_path, pdf_pages) -> None:
    rows = [
        Row((f"K{i:03d}", f"R{i:03d} alpha\nR{i:03d} beta\nR{i:03d} gamma")) for i in range(150)
    ]
    texts = render(tmp_path, document(table(rows)), pdf_pages)
    assert len(texts) >= 4
    for number, text in enumerate(texts, start=1):
        assert "HEADKEY" in text and "HEADTEXT" in text, number
        assert f"page {number} of {len(texts)}" in text
        for i in set(re.findall(r"R(\d{3}) ", text)):
            # A row's three lines are all on the page where any of them is.
            assert all(f"R{i} {w}" in text for w in ("alpha", "beta", "gamma")), (number, i)
    everything = "\n".join(texts)
    assert all(f"K{i:03d}" in everything for i in range(150))
    page_of = {
        i: next(n for n, t in enumerate(texts) if f"R{i:03d} alpha" in t) for i in range(150)
    }
    assert list(page_of.values()) == sorted(page_of.values())  # in order


def test_sections_continue_and_never_end_a_page(qapp, tmp_path, pdf_pages) -> None:
    rows: list = []
    for s in range(30):
        rows.append(SectionRow(f"SEC{s:02d} name"))
        rows.append(SectionRow(f"SUB{s:02d} name", level=1))
        rows += [
            Row((f"{s}.{m}", f"ROW{s:02d}x{m} " + "word " * (8 * (m + s % 3)))) for m in range(4)
        ]
    texts = render(tmp_path, document(table(rows, continued_mark=" (continued)")), pdf_pages)
    assert len(texts) > 3
    for number, text in enumerate(texts):
        for s in re.findall(r"SEC(\d\d) name(?! \(continued\))", text):
            # A section row is never the last thing on its page.
            assert f"ROW{s}x0" in text, (number, s)
        if number:
            first_row = re.search(r"ROW(\d\d)x(\d)", text)
            assert first_row
            s, m = first_row.groups()
            if m != "0":
                # The page goes on inside a section: its heads come back, marked.
                assert f"SEC{s} name (continued)" in text
                assert f"SUB{s} name (continued)" in text


def test_a_row_taller_than_a_page_is_cut_line_by_line(qapp, tmp_path, pdf_pages) -> None:
    tall = "\n".join(f"LINE{n:03d}" for n in range(260))
    rows = [Row(("before", "first row")), Row(("tall", tall)), Row(("after", "last row"))]
    texts = render(tmp_path, document(table(rows)), pdf_pages)
    assert len(texts) >= 4
    everything = "\n".join(texts)
    for n in range(260):
        assert everything.count(f"LINE{n:03d}") == 1
    assert all("HEADKEY" in t for t in texts)
    assert "first row" in texts[0] and "last row" in texts[-1]


def test_page_setup_is_a4_landscape(qapp, tmp_path) -> None:
    path = tmp_path / "a4.pdf"
    write_pdf(document(Paragraph("Қ Ә Ғ Ү Ұ Ө І Ң Һ")), path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"Page size:\s+84[12](\.\d+)? x 595(\.\d+)? pts \(A4\)", info.stdout)


def test_kazakh_letters_survive_and_page_breaks_are_obeyed(qapp, tmp_path, pdf_pages) -> None:
    kazakh = "Қазақ Әлем Ғылым Үкімет Ұлттық Өнер Іс Аң Һижра қәғүұөіңһ"
    doc = document(
        Heading("Бірінші бөлім"),
        Paragraph(kazakh),
        PageBreak(),
        Heading("Екінші бөлім"),
        Paragraph("Ёлка, ЁЖ"),
    )
    texts = render(tmp_path, doc, pdf_pages)
    assert len(texts) == 2
    assert kazakh in texts[0]
    assert "Екінші бөлім" in texts[1] and "Ёлка, ЁЖ" in texts[1]


def test_the_chart_is_drawn_in_its_colours_with_legend(qapp, tmp_path, pdf_pages) -> None:
    chart = BarChart(
        "Measures by status",
        ("1. Политический диалог", "2. Культура"),
        (ChartSeries("Done", "#43a047"), ChartSeries("Cancelled", "#e53935")),
        ((5, 1), (2, 2)),
        notes=("83% done", "50% done"),
    )
    path = tmp_path / "chart.pdf"
    write_pdf(document(chart), path)
    text = pdf_pages(path)[0]
    for word in ("Measures by status", "Политический диалог", "Done", "Cancelled", "83% done"):
        assert word in text
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert QColor("#43a047").name() in colours and QColor("#e53935").name() in colours


def test_the_signature_block_stays_whole_and_never_alone(qapp, tmp_path, pdf_pages) -> None:
    signatures = SignatureBlock(
        (
            Signatory("For the Ministry A", "(signature)"),
            Signatory("За Министерство Б", "(подпись)"),
        ),
        place_date="Place and date of signing: Astana",
    )
    alone_before = 0
    for count in range(56, 72, 2):
        rows = [Row((f"K{i:02d}", "text " * 10)) for i in range(count)]
        doc = document(table(rows), signatures)
        texts = render(tmp_path, doc, pdf_pages)
        page = next(t for t in texts if "For the Ministry A" in t)
        for part in ("За Министерство Б", "(signature)", "(подпись)", "Place and date of signing"):
            assert part in page
        # The last row of the table is on the signatures' page, under its header.
        assert f"K{count - 1:02d}" in page and "HEADKEY" in page, count
        without = render(tmp_path, document(table(rows)), pdf_pages)
        alone_before += len(texts) > len(without) and f"K{count - 1:02d}" in without[-1]
    assert alone_before  # some of these counts would have left the signatures alone


def test_a_selection_of_the_plan_is_not_signed(qapp, sample) -> None:
    from coopdesk.reports.catalog import build_report
    from coopdesk.reports.scope import ReportScope

    service, plan = sample
    whole = build_report(service, plan.code, "plan")
    part = build_report(service, plan.code, "plan", scope=ReportScope.of(statuses=["done"]))
    assert isinstance(whole.blocks[-1], SignatureBlock)
    assert not any(isinstance(b, SignatureBlock) for b in part.blocks)


@pytest.mark.parametrize("rows", [[], [Row(("only", "one"))]])
def test_small_and_empty_tables(qapp, tmp_path, pdf_pages, rows) -> None:
    texts = render(tmp_path, document(table(rows, empty_text="Nothing to list.")), pdf_pages)
    assert len(texts) == 1
    assert ("Nothing to list." in texts[0]) == (not rows)
