"""Where things go: the month grid's weeks and lanes, the period list, the timeline's lines."""

from __future__ import annotations

from datetime import date

from coopdesk.calendar.month_grid import (
    UNKNOWN_SECTOR,
    add_months,
    month_days,
    month_layout,
    period_groups,
    precision_style,
    scale_periods,
    timeline_lines,
    timeline_range,
)
from coopdesk.calendar.rows import CalendarRows
from coopdesk.domain.model import Sector


def test_month_days_are_six_weeks_from_monday() -> None:
    days = month_days(2023, 4)
    assert len(days) == 42
    assert days[0] == date(2023, 3, 27) and days[0].weekday() == 0
    assert date(2023, 4, 1) in days[:7] and date(2023, 4, 30) in days
    sunday_first = month_days(2023, 4, first_weekday=6)
    assert sunday_first[0] == date(2023, 3, 26)


def test_add_months_crosses_years() -> None:
    assert add_months(2023, 12, 1) == (2024, 1)
    assert add_months(2023, 1, -1) == (2022, 12)
    assert add_months(2023, 5, -4) == (2023, 1)


def test_lanes_put_long_spans_first_and_count_what_does_not_fit(make_row) -> None:
    data = CalendarRows(
        [
            make_row(1, "12.04.2023"),
            make_row(2, "11-13 апреля 2023 г."),
            make_row(3, "12.04.2023"),
            make_row(4, "12.04.2023"),
            make_row(5, "8-11 апреля 2023 г."),  # begins in the week before
        ]
    )
    monday = date(2023, 4, 10)
    (layout,) = month_layout(data, monday, lanes=6, weeks=1)
    assert layout.hidden == [0] * 7
    assert layout.total == [1, 2, 4, 1, 0, 0, 0]
    by_id = {data.rows[b.position].id: b for b in layout.bars}
    # The longest piece in this week takes the top lane.
    assert layout.bars[0] is by_id[2] and by_id[2].lane == 0
    assert (by_id[2].first, by_id[2].last) == (1, 3) and not by_id[2].clipped_start
    assert (by_id[5].first, by_id[5].last) == (0, 1) and by_id[5].clipped_start
    assert len({(b.lane) for b in layout.bars if b.first <= 2 <= b.last}) == 4
    # Two lanes: one holds a bar, the other is kept for "+N more".
    (tight,) = month_layout(data, monday, lanes=2, weeks=1)
    assert all(b.lane == 0 for b in tight.bars)
    assert tight.hidden[2] == 3


def test_period_groups_list_fuzzy_spans_narrow_first_and_undated_last(make_row) -> None:
    data = CalendarRows(
        [
            make_row(1, "12.04.2023"),
            make_row(2, "II квартал 2023 г."),
            make_row(3, "апрель 2023 г."),
            make_row(4, "2023"),
            make_row(5, "ежегодно"),
            make_row(6, "по согласованию сторон"),
            make_row(7, "III квартал 2023 г."),
        ]
    )
    groups = period_groups(data, date(2023, 4, 1), date(2023, 4, 30))
    assert [[data.rows[i].id for i in g.positions] for g in groups] == [[3], [2], [4], [5], [6]]
    assert groups[-1].key is None
    assert period_groups(data, date(2023, 4, 1), date(2023, 4, 30), include_undated=False)[
        -1
    ].key == (date(2023, 1, 1), date(2024, 12, 31), "annual")


def test_precision_styles() -> None:
    assert precision_style("day") == precision_style("days") == "exact"
    assert precision_style("month") == "month"
    assert precision_style("quarter") == precision_style("years") == "fuzzy"
    assert precision_style("plan") == precision_style("annual") == "open"
    assert precision_style("agreed") == precision_style("unparsed") == "none"


def test_timeline_lines_follow_the_sector_tree_and_skip_empty_sectors(make_row) -> None:
    sectors = [
        Sector(10, 1, "1", "Политический диалог"),
        Sector(11, 1, "1.1", "Визиты", parent_id=10),
        Sector(12, 1, "1.2", "Консультации", parent_id=10),
        Sector(20, 1, "2", "Экономика"),
    ]
    data = CalendarRows(
        [
            make_row(1, "2023", sector_id=12, position=1),
            make_row(2, "2023", sector_id=12, position=0),
            make_row(3, "2023", sector_id=10, position=0),
            make_row(4, "2023", sector_id=99, position=0),
        ]
    )
    lines = timeline_lines(data, sectors)
    shown = [
        ("S", ref, depth) if head else ("M", data.rows[ref].id, depth) for head, ref, depth in lines
    ]
    assert shown == [
        ("S", 10, 0),
        ("M", 3, 1),
        ("S", 12, 1),
        ("M", 2, 2),
        ("M", 1, 2),
        ("S", UNKNOWN_SECTOR, 0),
        ("M", 4, 1),
    ]


def test_timeline_range_covers_the_plan_and_strays_within_reach() -> None:
    period = (date(2023, 1, 1), date(2024, 12, 31))
    today = date(2026, 11, 28)
    assert timeline_range(period, None, today) == period
    widened = timeline_range(period, (date(2022, 11, 5), date(2025, 2, 1)), today)
    assert widened == (date(2022, 10, 1), date(2025, 3, 31))
    capped = timeline_range(period, (date(1950, 1, 1), date(2150, 1, 1)), today)
    assert capped == (date(2020, 1, 1), date(2027, 12, 31))
    assert timeline_range(None, None, today) == (date(2026, 1, 1), date(2026, 12, 31))


def test_scale_periods_cut_the_range_into_units() -> None:
    months = scale_periods(date(2023, 1, 15), date(2023, 3, 31), "month")
    assert months == [
        (date(2023, 1, 15), date(2023, 1, 31)),
        (date(2023, 2, 1), date(2023, 2, 28)),
        (date(2023, 3, 1), date(2023, 3, 31)),
    ]
    quarters = scale_periods(date(2023, 1, 1), date(2023, 12, 31), "quarter")
    assert [q[0].month for q in quarters] == [1, 4, 7, 10]
    weeks = scale_periods(date(2023, 4, 12), date(2023, 4, 30), "week")
    assert weeks[0] == (date(2023, 4, 12), date(2023, 4, 16)) and weeks[1][0].weekday() == 0
    assert scale_periods(date(2023, 5, 1), date(2024, 2, 1), "year")[1][0] == date(2024, 1, 1)


def test_a_bar_across_weeks_is_cut_into_pieces(make_row) -> None:
    data = CalendarRows([make_row(1, "14-18 апреля 2023 г.")])
    weeks = month_layout(data, date(2023, 3, 27), lanes=3)
    pieces = [
        (w, b.first, b.last, b.clipped_start, b.clipped_end)
        for w, layout in enumerate(weeks)
        for b in layout.bars
    ]
    assert pieces == [(2, 4, 6, False, True), (3, 0, 1, True, False)]


def test_ten_thousand_measures_on_one_day_leave_a_line_for_the_rest(make_row) -> None:
    data = CalendarRows([make_row(i, "12.04.2023") for i in range(10_000)])
    (layout,) = month_layout(data, date(2023, 4, 10), lanes=4, weeks=1)
    assert len(layout.bars) == 3
    assert layout.hidden[2] == 10_000 - 3 and layout.total[2] == 10_000
