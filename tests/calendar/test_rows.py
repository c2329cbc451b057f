"""The calendar's rows: the span index, and telling an edit from a reload."""

from __future__ import annotations

from datetime import date

from coopdesk.calendar.rows import CalendarRows, SpanIndex, is_overdue


def test_spans_are_grouped_and_found_by_overlap(make_row) -> None:
    rows = [
        make_row(1, "12.04.2023"),
        make_row(2, "II квартал 2023 г."),
        make_row(3, "Q2 2023"),  # the same span in other words: one group
        make_row(4, "по согласованию сторон"),
        make_row(5, "10–12 октября 2023 г."),
    ]
    index = SpanIndex(rows)
    assert index.undated == [3]
    q2 = (date(2023, 4, 1), date(2023, 6, 30), "quarter")
    assert index.group(q2) == [1, 2]
    april = dict(index.overlapping(date(2023, 4, 1), date(2023, 4, 30)))
    assert set(april) == {(date(2023, 4, 12), date(2023, 4, 12), "day"), q2}
    exact = [k for k, _ in index.overlapping(date(2023, 1, 1), date(2023, 12, 31), exact=True)]
    assert [k[2] for k in exact] == ["day", "days"]
    fuzzy = [k for k, _ in index.overlapping(date(2023, 1, 1), date(2023, 12, 31), exact=False)]
    assert fuzzy == [q2]
    assert index.bounds() == (date(2023, 4, 1), date(2023, 10, 12))


def test_the_same_measures_with_a_changed_timing_is_an_edit_not_a_reset(make_row) -> None:
    data = CalendarRows([make_row(1, "12.04.2023"), make_row(2, "II квартал 2023 г.")])
    change = data.set_rows([make_row(1, "12.04.2023"), make_row(2, "IV квартал 2024 г.")])
    assert not change.reset and change.changed == [1] and not change.reordered
    assert data.index.group((date(2023, 4, 1), date(2023, 6, 30), "quarter")) == []
    assert data.index.group((date(2024, 10, 1), date(2024, 12, 31), "quarter")) == [1]
    assert data.exact_between(date(2023, 4, 12), date(2023, 4, 12)) == [0]


def test_nothing_changed_is_falsy(make_row) -> None:
    rows = [make_row(1, "12.04.2023")]
    data = CalendarRows(rows)
    assert not data.set_rows(list(rows))


def test_added_or_removed_measures_reset(make_row) -> None:
    data = CalendarRows([make_row(1, "12.04.2023")])
    assert data.set_rows([make_row(1, "12.04.2023"), make_row(2, "2024")]).reset
    assert data.position_of(2) == 1
    assert data.set_rows([make_row(2, "2024")]).reset
    assert data.position_of(1) is None and data.row_of(2).id == 2


def test_a_move_to_another_sector_is_reported_as_reordered(make_row) -> None:
    data = CalendarRows([make_row(1, "2023"), make_row(2, "2024")])
    change = data.set_rows([make_row(1, "2023", sector_id=7), make_row(2, "2024")])
    assert change.reordered and change.changed == [0]


def test_update_rows_compares_only_the_measures_named(make_row) -> None:
    data = CalendarRows([make_row(1, "12.04.2023"), make_row(2, "2024"), make_row(3, "2023")])
    new = [make_row(1, "13.04.2023"), make_row(2, "2024"), make_row(3, "2023")]
    change = data.update_rows(new, [1])
    assert not change.reset and change.changed == [0]
    assert data.exact_between(date(2023, 4, 13), date(2023, 4, 13)) == [0]
    # An id that is not where it was (rows added elsewhere) falls back to a full compare.
    moved = [make_row(9, "2023"), *new]
    assert data.update_rows(moved, [1]).reset


def test_overdue_is_the_most_recently_due_first_and_skips_closed(make_row) -> None:
    data = CalendarRows(
        [
            make_row(1, "I квартал 2023 г."),
            make_row(2, "12.04.2023", status="done"),
            make_row(3, "сентябрь – октябрь 2023 г.", status="postponed"),
            make_row(4, "III квартал 2023 г.", status="cancelled"),
            make_row(5, "2024"),
            make_row(6, "по согласованию сторон"),
        ]
    )
    today = date(2024, 1, 10)
    assert [data.rows[i].id for i in data.overdue(today)] == [3, 1]
    assert is_overdue(data.rows[0], today) and not is_overdue(data.rows[4], today)
