"""The abstract report layout: plain data that refuses inconsistent shapes."""

from __future__ import annotations

import pytest

from coopdesk.reports.document import (
    BarChart,
    Cell,
    ChartSeries,
    Column,
    Document,
    KeyValues,
    Row,
    SectionRow,
    Table,
    TitleBlock,
    Tone,
    cell_text,
)


def test_a_row_must_have_one_cell_per_column() -> None:
    with pytest.raises(ValueError, match="2 cells for 3 columns"):
        Table(columns=(Column("a"), Column("b"), Column("c")), rows=[Row(("x", "y"))])


def test_header_rows_add_the_official_column_numbers() -> None:
    table = Table(columns=(Column("№ п/п"), Column("Наименование")), numbered_header=True)
    assert table.header_rows == [("№ п/п", "Наименование"), ("1", "2")]
    assert Table(columns=(Column("a"),)).header_rows == [("a",)]


def test_bar_chart_checks_its_values_and_totals_the_bars() -> None:
    series = (ChartSeries("Done", "#00aa00"), ChartSeries("Open", "#cccccc"))
    chart = BarChart("t", ("1.", "2."), series, ((3, 1), (0, 2)), notes=("75%", "0%"))
    assert chart.totals() == (4, 2)
    with pytest.raises(ValueError, match="one row of values per category"):
        BarChart("t", ("1.",), series, ((1, 1), (2, 2)))
    with pytest.raises(ValueError, match="one value per series"):
        BarChart("t", ("1.",), series, ((1,),))
    with pytest.raises(ValueError, match="notes"):
        BarChart("t", ("1.",), series, ((1, 1),), notes=("a", "b"))


def test_document_texts_walk_every_block_in_reading_order() -> None:
    doc = Document(
        title=TitleBlock("ПЛАН МЕРОПРИЯТИЙ", ("на 2023-2024 годы",), (("Период", "2023"),)),
        header_left="Заголовок",
        header_right="Сформировано 01.03.2024",
        page_label="стр. {page} из {pages}",
    )
    doc.blocks.append(KeyValues((("Мероприятий", "34"),)))
    doc.blocks.append(
        Table(
            columns=(Column("№"), Column("Мероприятие")),
            rows=[SectionRow("1. Раздел"), Row(("1.1.", Cell("Қазақстан", bold=True)))],
        )
    )
    texts = doc.texts()
    assert texts.index("ПЛАН МЕРОПРИЯТИЙ") < texts.index("1. Раздел") < texts.index("Қазақстан")
    assert "Мероприятий 34" in texts
    assert doc.page_text(2, 7) == "стр. 2 из 7"
    assert len(doc.tables()) == 1


def test_cell_text_reads_plain_and_styled_cells() -> None:
    assert cell_text("Ә") == "Ә"
    assert cell_text(Cell("Ө", tone=Tone.ALERT)) == "Ө"
