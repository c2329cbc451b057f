"""Holiday names and warnings in the reader's language, never with a US date."""

from __future__ import annotations

import re
from datetime import date

import pytest

from coopdesk.calendar.holidays import HolidayCalendar, holiday_warning
from coopdesk.domain.timing import parse_timing


def names(lang: str, start: date, end: date) -> dict[tuple[date, str], str]:
    calendar = HolidayCalendar(["KZ", "RU"], lang=lang)
    return {(d, h.country): h.name for d, hs in calendar.between(start, end).items() for h in hs}


def test_russian_readers_see_kazakhstan_holidays_in_russian() -> None:
    ru = names("ru", date(2024, 1, 1), date(2024, 12, 31))
    assert ru[(date(2024, 3, 22), "KZ")] == "Наурыз мейрамы"
    assert ru[(date(2024, 3, 8), "KZ")] == "Международный женский день"
    assert ru[(date(2024, 12, 16), "KZ")] == "День Независимости"
    assert ru[(date(2024, 6, 12), "RU")] == "День России"
    # The Kazakh names the package would give are not shown to a Russian reader.
    assert "Тәуелсіздік күні" not in ru.values()


def test_kazakh_readers_see_russian_holidays_in_kazakh() -> None:
    kk = names("kk", date(2024, 1, 1), date(2024, 12, 31))
    assert kk[(date(2024, 6, 12), "RU")] == "Ресей күні"
    assert kk[(date(2024, 5, 9), "RU")] == "Жеңіс күні"
    assert kk[(date(2024, 3, 22), "KZ")] == "Наурыз мейрамы"
    assert not any(re.search(r"[A-Za-z]", name) for name in kk.values())


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_moved_days_off_never_name_a_us_date(lang: str) -> None:
    shown = names(lang, date(2023, 1, 1), date(2025, 12, 31)).values()
    moved = [n for n in shown if re.search(r"\d", n)]
    assert moved, "the package knows moved days off in these years"
    for name in moved:
        assert not re.search(r"\b\d{2}/\d{2}/\d{4}\b", name), name
    if lang == "en":
        assert "Day off (substituted from 27 April 2024)" in shown
    else:
        assert not any(re.search(r"[A-Za-z]", n) for n in shown)


def test_the_warning_is_written_in_the_three_languages() -> None:
    timing = parse_timing("12.06.2024")
    warnings = {
        lang: holiday_warning("visit", timing, HolidayCalendar(["KZ", "RU"], lang=lang), lang)
        for lang in ("en", "ru", "kk")
    }
    assert warnings["en"] == "12 June 2024 is a public holiday in Russia (Russia Day)."
    assert warnings["ru"] == "12 июня 2024 г. — государственный праздник: Россия (День России)."
    assert warnings["kk"] == "2024 жылғы 12 маусым — мемлекеттік мереке: Ресей (Ресей күні)."
