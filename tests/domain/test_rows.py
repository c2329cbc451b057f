"""The measure row every view reads by name, and the numbering and label tables."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from coopdesk.domain.fields import FIELD_LABELS, field_label
from coopdesk.domain.model import MEASURE_FIELDS, Measure
from coopdesk.domain.numbering import measure_number, sector_code
from coopdesk.domain.rows import (
    MEASURE_CONTENT_COLUMNS,
    MEASURE_ROW_COLUMNS,
    MeasureRow,
    as_measure_row,
)
from coopdesk.domain.timing import parse_timing
from coopdesk.domain.vocab import FIELD_VOCABULARIES, Level, Status


def test_the_row_is_the_header_then_the_content_columns() -> None:
    assert (
        "id",
        "sector_id",
        "position",
        "number",
        "number_pinned",
        *MEASURE_CONTENT_COLUMNS,
    ) == MEASURE_ROW_COLUMNS


def test_a_row_costs_what_a_plain_tuple_costs() -> None:
    values = tuple(range(len(MEASURE_ROW_COLUMNS)))
    row = tuple.__new__(MeasureRow, values)
    assert sys.getsizeof(row) == sys.getsizeof(values)
    assert not hasattr(row, "__dict__")
    assert row.title == values[MEASURE_ROW_COLUMNS.index("title")]


def test_a_measure_becomes_its_row() -> None:
    timing = parse_timing("II квартал 2023 г.")
    measure = Measure(
        7,
        1,
        3,
        number="1.2.3",
        title="Консультации",
        timing=timing,
        level=Level.MINISTER,
        status=Status.DONE,
        position=2,
    )
    row = MeasureRow.of_measure(measure)
    assert (row.id, row.sector_id, row.position, row.number) == (7, 3, 2, "1.2.3")
    assert (row.level, row.status, row.kind) == ("minister", "done", "other")
    assert row.span == (date(2023, 4, 1), date(2023, 6, 30))
    assert row.timing == timing
    assert row.replaced(status="planned").status == "planned"


def test_plain_values_become_a_row_and_a_wrong_length_is_refused() -> None:
    values = list(MeasureRow.of_measure(Measure(1, 1, 1, title="x")))
    row = as_measure_row(values)
    assert type(row) is MeasureRow and row.title == "x"
    assert as_measure_row(row) is row
    with pytest.raises(ValueError, match="21 values"):
        as_measure_row(values[:-1])


def test_numbering_rules() -> None:
    assert measure_number("1.2", 0) == "1.2.1"
    assert measure_number("II", 2) == "II.3"
    assert sector_code(None, 0) == "1"
    assert sector_code("1.2", 4) == "1.2.5"


def test_every_user_field_has_a_label_and_coded_fields_a_vocabulary() -> None:
    assert all(name in FIELD_LABELS for name in MEASURE_FIELDS)
    assert field_label("form") == "Form of completion"
    assert field_label("unknown") == "unknown"
    assert set(FIELD_VOCABULARIES) == {"kind", "level", "framework", "status", "priority"}
    assert Status.DONE.is_closed and not Status.POSTPONED.is_closed
