"""Countries from the parties' words, holidays per date, and the meeting-on-a-holiday warning."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.calendar.holidays import (
    HolidayCalendar,
    countries_from_parties,
    holiday_clashes,
    holiday_warning,
)
from coopdesk.domain.model import Plan
from coopdesk.domain.timing import parse_timing


@pytest.mark.parametrize(
    ("party_a", "party_b"),
    [
        (
            "Министерство иностранных дел Республики Казахстан",
            "Министерство иностранных дел Российской Федерации",
        ),
        ("Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of Russia"),
        ("Қазақстан Республикасының Сыртқы істер министрлігі", "Ресей Федерациясының СІМ"),
        ("МИД Казахстана", "МИД России"),
    ],
)
def test_parties_in_english_russian_and_kazakh_give_kz_and_ru(party_a, party_b) -> None:
    choice = countries_from_parties(party_a, party_b)
    assert choice.countries == ("KZ", "RU")
    assert choice.note == ""
    assert not choice.assumed


def test_the_order_follows_the_parties() -> None:
    choice = countries_from_parties("Russian Federation", "Republic of Kazakhstan")
    assert choice.countries == ("RU", "KZ")


def test_other_neighbours_are_recognised() -> None:
    choice = countries_from_parties("МИД Республики Беларусь", "Кыргызской Республики")
    assert choice.countries == ("BY", "KG")


def test_an_unreadable_party_falls_back_to_kazakhstan_and_russia_and_says_so() -> None:
    choice = countries_from_parties("Ministry of Something", "")
    assert choice.countries == ("KZ", "RU")
    assert choice.assumed
    assert "Ministry of Something" in choice.note
    assert "Kazakhstan and Russia" in choice.note
    assert choice.unread == ("Ministry of Something",)


def test_one_known_party_is_completed_from_the_defaults() -> None:
    choice = countries_from_parties("Republic of Belarus", "The other ministry")
    assert choice.countries == ("BY", "KZ")
    assert "The other ministry" in choice.note


def test_no_parties_at_all_still_shows_holidays_and_says_why() -> None:
    choice = countries_from_parties("", "")
    assert choice.countries == ("KZ", "RU")
    assert "names no parties" in choice.note


def test_a_word_that_only_contains_a_stem_is_not_a_country() -> None:
    # "Prussia" contains "russia" but is no party of a modern plan.
    assert countries_from_parties("Prussia", "Kazakhstan").countries == ("KZ", "RU")
    assert countries_from_parties("Prussia", "Kazakhstan").assumed


def test_the_title_helps_when_the_parties_are_empty() -> None:
    plan = Plan(
        id=1,
        code="X",
        title="План сотрудничества Республики Казахстан и Российской Федерации",
    )
    cal = HolidayCalendar.for_plan(plan)
    assert cal.countries == ("KZ", "RU")
    assert cal.note == ""


def test_holidays_of_both_countries_by_date() -> None:
    cal = HolidayCalendar(["KZ", "RU"])
    nauryz = cal.on(date(2023, 3, 22))
    assert [(h.country, h.name) for h in nauryz] == [("KZ", "Nowruz Holiday")]
    russia_day = cal.on(date(2023, 6, 12))
    assert [(h.country, h.name) for h in russia_day] == [("RU", "Russia Day")]
    both = {h.country for h in cal.on(date(2023, 3, 8))}
    assert both == {"KZ", "RU"}
    assert cal.on(date(2023, 3, 15)) == ()
    assert not cal.is_holiday(date(2023, 4, 12))


def test_between_lists_the_days_in_order() -> None:
    cal = HolidayCalendar(["KZ", "RU"])
    days = cal.between(date(2023, 3, 1), date(2023, 3, 31))
    assert list(days) == sorted(days)
    assert date(2023, 3, 21) in days and date(2023, 3, 22) in days and date(2023, 3, 23) in days
    assert all(date(2023, 3, 1) <= d <= date(2023, 3, 31) for d in days)
    # Across a year boundary the second year is computed too.
    assert date(2024, 1, 1) in cal.between(date(2023, 12, 30), date(2024, 1, 2))


def test_names_come_in_the_readers_language_where_the_package_has_it() -> None:
    ru = HolidayCalendar(["KZ", "RU"], lang="ru")
    assert ru.on(date(2023, 6, 12))[0].name == "День России"
    # There are no Russian names for Kazakhstan: Kazakh ones, with their letters intact.
    assert ru.on(date(2023, 3, 22))[0].name == "Наурыз мейрамы"


def test_unknown_countries_are_refused() -> None:
    with pytest.raises(ValueError, match="XX"):
        HolidayCalendar(["KZ", "XX"])


@pytest.mark.parametrize("kind", ["visit", "meeting", "consultations"])
def test_a_meeting_on_nauryz_clashes(kind) -> None:
    cal = HolidayCalendar(["KZ", "RU"])
    clashes = holiday_clashes(kind, parse_timing("22 марта 2023 г."), cal)
    assert [(h.day, h.country) for h in clashes] == [(date(2023, 3, 22), "KZ")]


def test_a_range_of_days_clashes_on_each_holiday_in_it() -> None:
    cal = HolidayCalendar(["KZ", "RU"])
    clashes = holiday_clashes("visit", parse_timing("20-22 марта 2023 г."), cal)
    assert [h.day for h in clashes] == [date(2023, 3, 21), date(2023, 3, 22)]


def test_documents_and_fuzzy_timings_never_clash() -> None:
    cal = HolidayCalendar(["KZ", "RU"])
    assert holiday_clashes("agreement", parse_timing("22.03.2023"), cal) == []
    assert holiday_clashes("meeting", parse_timing("I квартал 2023 г."), cal) == []
    assert holiday_clashes("meeting", parse_timing("март 2023 г."), cal) == []
    assert holiday_clashes("meeting", parse_timing("по согласованию сторон"), cal) == []
    assert holiday_clashes("meeting", parse_timing("15.03.2023"), cal) == []


def test_the_warning_names_the_day_the_country_and_the_holiday() -> None:
    cal = HolidayCalendar(["KZ", "RU"])
    text = holiday_warning("consultations", parse_timing("12 June 2023"), cal)
    assert text == "12 June 2023 is a public holiday in Russia (Russia Day)."
    ru = HolidayCalendar(["KZ", "RU"], lang="ru")
    text = holiday_warning("visit", parse_timing("22.03.2023"), ru, lang="ru")
    assert text == "22 марта 2023 г. — государственный праздник: Казахстан (Наурыз мейрамы)."
    assert holiday_warning("meeting", parse_timing("15.03.2023"), cal) is None
