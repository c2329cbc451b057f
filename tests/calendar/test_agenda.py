"""The agenda: the next days by ISO week, fuzzy timings falling due, overdue first."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.calendar.agenda import build_agenda, overdue_days
from coopdesk.calendar.rows import CalendarRows


def ids(data: CalendarRows, positions) -> list[int]:
    return [data.rows[i].id for i in positions]


def test_dated_measures_by_week_in_date_order(make_row) -> None:
    data = CalendarRows(
        [
            make_row(1, "15.06.2023"),
            make_row(2, "02.06.2023"),
            make_row(3, "12-14 июня 2023 г."),
            make_row(4, "01.09.2023"),  # after the window
            make_row(5, "05.06.2023", status="done"),  # done but still an event on the day
        ]
    )
    agenda = build_agenda(data, date(2023, 6, 1), 30)
    assert agenda.start == date(2023, 6, 1) and agenda.end == date(2023, 6, 30)
    assert [(w.year, w.week) for w in agenda.weeks] == [(2023, 22), (2023, 23), (2023, 24)]
    assert [ids(data, [e.position for e in w.entries]) for w in agenda.weeks] == [[2], [5], [3, 1]]
    assert agenda.weeks[0].monday == date(2023, 5, 29)
    assert agenda.weeks[0].sunday == date(2023, 6, 4)
    assert len(agenda) == 4


def test_a_range_already_begun_is_listed_under_today(make_row) -> None:
    data = CalendarRows([make_row(1, "30 мая - 2 июня 2023 г.")])
    agenda = build_agenda(data, date(2023, 6, 1), 7)
    (entry,) = agenda.weeks[0].entries
    assert entry.day == date(2023, 6, 1) and not entry.due


def test_fuzzy_timings_fall_due_on_their_last_day_unless_closed(make_row) -> None:
    data = CalendarRows(
        [
            make_row(1, "II квартал 2023 г."),
            make_row(2, "Q2 2023", status="done"),
            make_row(3, "июнь 2023 г.", status="cancelled"),
            make_row(4, "2023"),  # falls due after the window
        ]
    )
    agenda = build_agenda(data, date(2023, 6, 20), 30)
    entries = [e for w in agenda.weeks for e in w.entries]
    assert [(data.rows[e.position].id, e.day, e.due) for e in entries] == [
        (1, date(2023, 6, 30), True)
    ]


def test_overdue_measures_come_apart_and_first(make_row) -> None:
    data = CalendarRows(
        [
            make_row(1, "I квартал 2023 г."),
            make_row(2, "10.05.2023"),
            make_row(3, "20.05.2023", status="done"),
            make_row(4, "05.06.2023"),
        ]
    )
    agenda = build_agenda(data, date(2023, 6, 1), 7)
    assert ids(data, agenda.overdue) == [2, 1]
    assert ids(data, [e.position for w in agenda.weeks for e in w.entries]) == [4]
    assert overdue_days(data, 1, date(2023, 6, 1)) == 22
    assert overdue_days(data, 3, date(2023, 6, 1)) == 0


def test_weeks_across_new_year_use_the_iso_year(make_row) -> None:
    data = CalendarRows([make_row(1, "29.12.2024"), make_row(2, "31.12.2024")])
    agenda = build_agenda(data, date(2024, 12, 27), 7)
    assert [(w.year, w.week) for w in agenda.weeks] == [(2024, 52), (2025, 1)]


def test_an_empty_window_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        build_agenda(CalendarRows(), date(2023, 1, 1), 0)
