"""Timing words: reading them (parse_timing), writing them (format_span), and the helpers."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.timing import (
    MAX_YEAR,
    MIN_YEAR,
    Precision,
    Timing,
    format_span,
    parse_timing,
    timing_from_span,
)

P = Precision
D = date
PLAN_PERIOD = (D(2023, 1, 1), D(2024, 12, 31))

# (text, start, end, precision); every text must come back unchanged in Timing.text.
EXAMPLES: list[tuple[str, date | None, date | None, Precision]] = [
    # exact dates
    ("2023-04-12", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("12.04.2023", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("25/04/2023", D(2023, 4, 25), D(2023, 4, 25), P.DAY),  # only day first is a date
    ("04/25/2023", D(2023, 4, 25), D(2023, 4, 25), P.DAY),  # only month first is a date
    ("04/04/2023", D(2023, 4, 4), D(2023, 4, 4), P.DAY),
    ("12 April 2023", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("April 12, 2023", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("12 Apr 2023", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("12th of April 2023", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("12 апреля 2023 г.", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("12 апреля 2023 года", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("2023 жылғы 12 сәуір", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("12 сәуір 2023 ж.", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("29.02.2024", D(2024, 2, 29), D(2024, 2, 29), P.DAY),
    # ranges of days
    ("10-12 April 2023", D(2023, 4, 10), D(2023, 4, 12), P.DAYS),
    ("10–12 апреля 2023 г.", D(2023, 4, 10), D(2023, 4, 12), P.DAYS),
    ("12.04.2023-15.05.2023", D(2023, 4, 12), D(2023, 5, 15), P.DAYS),
    ("12.04.2023 - 15.05.2023", D(2023, 4, 12), D(2023, 5, 15), P.DAYS),
    ("30 March - 2 April 2023", D(2023, 3, 30), D(2023, 4, 2), P.DAYS),
    ("April 10-12, 2023", D(2023, 4, 10), D(2023, 4, 12), P.DAYS),
    ("from 10 to 12 April 2023", D(2023, 4, 10), D(2023, 4, 12), P.DAYS),
    ("с 10 по 12 апреля 2023 г.", D(2023, 4, 10), D(2023, 4, 12), P.DAYS),
    ("30 декабря 2023 г. – 2 января 2024 г.", D(2023, 12, 30), D(2024, 1, 2), P.DAYS),
    ("2023 жылғы 10-12 сәуір", D(2023, 4, 10), D(2023, 4, 12), P.DAYS),
    # months
    ("April 2023", D(2023, 4, 1), D(2023, 4, 30), P.MONTH),
    ("Apr 2023", D(2023, 4, 1), D(2023, 4, 30), P.MONTH),
    ("апрель 2023 г.", D(2023, 4, 1), D(2023, 4, 30), P.MONTH),
    ("в апреле 2023 г.", D(2023, 4, 1), D(2023, 4, 30), P.MONTH),
    ("2023 жылғы сәуір", D(2023, 4, 1), D(2023, 4, 30), P.MONTH),
    ("сәуір 2023", D(2023, 4, 1), D(2023, 4, 30), P.MONTH),
    ("04.2023", D(2023, 4, 1), D(2023, 4, 30), P.MONTH),
    ("2023-04", D(2023, 4, 1), D(2023, 4, 30), P.MONTH),
    ("2023-Q2", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("February 2024", D(2024, 2, 1), D(2024, 2, 29), P.MONTH),
    # ranges of months
    ("April-May 2023", D(2023, 4, 1), D(2023, 5, 31), P.MONTHS),
    ("март – апрель 2023 г.", D(2023, 3, 1), D(2023, 4, 30), P.MONTHS),
    ("сентябрь 2023 г. – март 2024 г.", D(2023, 9, 1), D(2024, 3, 31), P.MONTHS),
    ("January–June 2024", D(2024, 1, 1), D(2024, 6, 30), P.MONTHS),
    ("с апреля по июнь 2023 г.", D(2023, 4, 1), D(2023, 6, 30), P.MONTHS),
    ("в апреле—мае 2023 года", D(2023, 4, 1), D(2023, 5, 31), P.MONTHS),
    # quarters
    ("Q2 2023", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("2Q 2023", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("Q2/2023", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("2nd quarter 2023", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("second quarter of 2023", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("II квартал 2023 г.", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("2 квартал 2023", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("II кв. 2023 г.", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("во II квартале 2023 г.", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("2023 жылғы II тоқсан", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("II тоқсан 2023", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("2023 жылғы 2-тоқсан", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("IV квартал 2023 г.", D(2023, 10, 1), D(2023, 12, 31), P.QUARTER),
    # ranges of quarters: QUARTER, spanning all of them
    ("II-III квартал 2023 г.", D(2023, 4, 1), D(2023, 9, 30), P.QUARTER),
    ("II–III кварталы 2023 г.", D(2023, 4, 1), D(2023, 9, 30), P.QUARTER),
    ("Q3-Q4 2023", D(2023, 7, 1), D(2023, 12, 31), P.QUARTER),
    ("Q3-4 2023", D(2023, 7, 1), D(2023, 12, 31), P.QUARTER),
    ("Q4 2023 - Q1 2024", D(2023, 10, 1), D(2024, 3, 31), P.QUARTER),
    # halves
    ("H1 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF),
    ("1H 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF),
    ("1st half of 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF),
    ("first half of 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF),
    ("second half of 2023", D(2023, 7, 1), D(2023, 12, 31), P.HALF),
    ("I полугодие 2024 г.", D(2024, 1, 1), D(2024, 6, 30), P.HALF),
    ("в первом полугодии 2024 г.", D(2024, 1, 1), D(2024, 6, 30), P.HALF),
    ("2-е полугодие 2023", D(2023, 7, 1), D(2023, 12, 31), P.HALF),
    ("2024 жылғы I жартыжылдық", D(2024, 1, 1), D(2024, 6, 30), P.HALF),
    ("2024 жылғы бірінші жартыжылдық", D(2024, 1, 1), D(2024, 6, 30), P.HALF),
    ("2023 жылғы екінші жартыжылдық", D(2023, 7, 1), D(2023, 12, 31), P.HALF),
    # years
    ("2024", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    ("2024 г.", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    ("2024 год", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    ("during 2023", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    ("in 2023", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    ("throughout 2023", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    ("в течение 2023 г.", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    ("в течение 2023 года", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    ("2023 жыл", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    ("2023 жыл ішінде", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    # ranges of years
    ("2023-2024", D(2023, 1, 1), D(2024, 12, 31), P.YEARS),
    ("2023–2024 гг.", D(2023, 1, 1), D(2024, 12, 31), P.YEARS),
    ("2023-2024 годы", D(2023, 1, 1), D(2024, 12, 31), P.YEARS),
    ("during 2023-2024", D(2023, 1, 1), D(2024, 12, 31), P.YEARS),
    ("в течение 2023-2024 гг.", D(2023, 1, 1), D(2024, 12, 31), P.YEARS),
    ("2023-2024 жылдар ішінде", D(2023, 1, 1), D(2024, 12, 31), P.YEARS),
    # deadlines: due on the last day of the unit they name (no plan period given here:
    # the span is that day alone; see test_deadlines_start_at_the_plan_start)
    ("by the end of 2023", D(2023, 12, 31), D(2023, 12, 31), P.DEADLINE),
    ("by December 2023", D(2023, 12, 31), D(2023, 12, 31), P.DEADLINE),
    ("до конца 2023 г.", D(2023, 12, 31), D(2023, 12, 31), P.DEADLINE),
    ("не позднее III квартала 2023 г.", D(2023, 9, 30), D(2023, 9, 30), P.DEADLINE),
    ("no later than 31 March 2024", D(2024, 3, 31), D(2024, 3, 31), P.DEADLINE),
    ("до 31 декабря 2023 г.", D(2023, 12, 31), D(2023, 12, 31), P.DEADLINE),
    ("2023 жылдың соңына дейін", D(2023, 12, 31), D(2023, 12, 31), P.DEADLINE),
    # odd whitespace, case and punctuation: read the same, text kept as is
    ("  q2   2023 ", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("II  КВАРТАЛ 2023 Г.", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER),
    ("\tApril\u00a02023.", D(2023, 4, 1), D(2023, 4, 30), P.MONTH),
    ("12 АПРЕЛЯ 2023Г.", D(2023, 4, 12), D(2023, 4, 12), P.DAY),
    ("2023 -  2024 ГГ.;", D(2023, 1, 1), D(2024, 12, 31), P.YEARS),
    ("ежегодно.", None, None, P.ANNUAL),
    # open forms (no plan period given here)
    ("по согласованию сторон", None, None, P.AGREED),
    ("По взаимному согласованию", None, None, P.AGREED),
    ("в согласованные сроки", None, None, P.AGREED),
    ("by agreement of the parties", None, None, P.AGREED),
    ("By mutual agreement", None, None, P.AGREED),
    ("at a mutually agreed time", None, None, P.AGREED),
    ("тараптардың келісімі бойынша", None, None, P.AGREED),
    ("ежегодно", None, None, P.ANNUAL),
    ("annually", None, None, P.ANNUAL),
    ("every year", None, None, P.ANNUAL),
    ("yearly", None, None, P.ANNUAL),
    ("жыл сайын", None, None, P.ANNUAL),
    ("в течение срока действия плана", None, None, P.PLAN),
    ("в течение всего периода", None, None, P.PLAN),
    ("постоянно", None, None, P.PLAN),
    ("permanently", None, None, P.PLAN),
    ("ongoing", None, None, P.PLAN),
    ("on an ongoing basis", None, None, P.PLAN),
    ("during the plan period", None, None, P.PLAN),
    ("throughout the plan period", None, None, P.PLAN),
    ("жоспардың қолданылу мерзімі ішінде", None, None, P.PLAN),
    # "annually" with years named: those years
    ("ежегодно в течение 2023-2024 гг.", D(2023, 1, 1), D(2024, 12, 31), P.ANNUAL),
    ("annually in 2024", D(2024, 1, 1), D(2024, 12, 31), P.ANNUAL),
    # empty
    ("", None, None, P.NONE),
    ("   \t\n", None, None, P.NONE),
]

UNPARSED = [
    "31.02.2024",
    "30 February 2024",
    "April 2023 and May 2024",
    "по мере готовности",
    "TBD",
    "after the elections",
    "12",
    "12345",
    "1899",
    "2200",
    "April 2500",
    "April",
    "II квартал",
    "Q5 2023",
    "H3 2024",
    "May-April 2023",
    "2024-2023",
    "December-January 2024",
    "April 2023 - Q3 2023",
    "до 2024 г.",
    "12/04/2023",  # day or month first? nothing settles it
    "12/04/2023-11/05/2023",
    "I и III кварталы 2023 г.",  # not adjacent: one span would claim the II
    "2024 жылға дейін",  # as unsure as "до 2024 г."
    "2023-",
    "April 2023?",
    "to be agreed",
    "2023-04 февраль",
    "2023/2024",
    "зима 2024 г.",  # either end of the year
    "winter 2024",
    "в начале года",  # no year
    "ежегодно до конца 2024 г.",
    "Q2 2023-4",
    "12 April 2023-13",
    "ежегодно до конца 2024 г.",
    "annually by 2024",
    "...",
    "\u200b",
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), EXAMPLES)
def test_parse_examples(
    text: str, start: date | None, end: date | None, precision: Precision
) -> None:
    t = parse_timing(text)
    assert (t.start, t.end, t.precision) == (start, end, precision)
    assert t.text == text


@pytest.mark.parametrize("text", UNPARSED)
def test_unparsed_keeps_words_without_span(text: str) -> None:
    t = parse_timing(text, PLAN_PERIOD)
    assert t == Timing(text, None, None, Precision.UNPARSED)
    assert not t.has_span


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("during the plan period", P.PLAN),
        ("постоянно", P.PLAN),
        ("в течение срока действия плана", P.PLAN),
        ("annually", P.ANNUAL),
        ("ежегодно", P.ANNUAL),
        ("жыл сайын", P.ANNUAL),
        ("annually during the plan period", P.ANNUAL),
    ],
)
def test_plan_and_annual_take_the_plan_period(text: str, precision: Precision) -> None:
    with_period = parse_timing(text, PLAN_PERIOD)
    assert (with_period.start, with_period.end, with_period.precision) == (*PLAN_PERIOD, precision)
    without = parse_timing(text)
    assert (without.start, without.end, without.precision) == (None, None, precision)


@pytest.mark.parametrize(
    "text", ["по согласованию сторон", "by mutual agreement", "тараптардың келісімі бойынша"]
)
def test_agreed_never_has_a_span(text: str) -> None:
    t = parse_timing(text, PLAN_PERIOD)
    assert t.precision is P.AGREED
    assert (t.start, t.end) == (None, None)
    agreed = timing_from_span(D(2023, 1, 1), D(2023, 12, 31), P.AGREED, "ru")
    assert agreed == Timing("по согласованию сторон", None, None, P.AGREED)


def test_bad_plan_period_and_text_type() -> None:
    with pytest.raises(ValueError):
        parse_timing("annually", (D(2024, 1, 1), D(2023, 1, 1)))
    with pytest.raises(TypeError):
        parse_timing(None)  # type: ignore[arg-type]


FORMATTED = [
    # (start, end, precision, en, ru, kk)
    (D(2023, 4, 12), D(2023, 4, 12), P.DAY, "12 April 2023", "12 апреля 2023 г.",
     "2023 жылғы 12 сәуір"),
    (D(2023, 4, 10), D(2023, 4, 12), P.DAYS, "10-12 April 2023", "10-12 апреля 2023 г.",
     "2023 жылғы 10-12 сәуір"),
    (D(2023, 3, 30), D(2023, 4, 2), P.DAYS, "30 March - 2 April 2023",
     "30 марта - 2 апреля 2023 г.", "2023 жылғы 30 наурыз - 2 сәуір"),
    (D(2023, 12, 30), D(2024, 1, 2), P.DAYS, "30 December 2023 - 2 January 2024",
     "30 декабря 2023 г. - 2 января 2024 г.", "2023 жылғы 30 желтоқсан - 2024 жылғы 2 қаңтар"),
    (D(2023, 4, 1), D(2023, 4, 30), P.MONTH, "April 2023", "апрель 2023 г.",
     "2023 жылғы сәуір"),
    (D(2023, 4, 1), D(2023, 5, 31), P.MONTHS, "April-May 2023", "апрель-май 2023 г.",
     "2023 жылғы сәуір-мамыр"),
    (D(2023, 9, 1), D(2024, 3, 31), P.MONTHS, "September 2023 - March 2024",
     "сентябрь 2023 г. - март 2024 г.", "2023 жылғы қыркүйек - 2024 жылғы наурыз"),
    (D(2023, 4, 1), D(2023, 6, 30), P.QUARTER, "Q2 2023", "II квартал 2023 г.",
     "2023 жылғы II тоқсан"),
    (D(2023, 4, 1), D(2023, 9, 30), P.QUARTER, "Q2-Q3 2023", "II-III кварталы 2023 г.",
     "2023 жылғы II-III тоқсан"),
    (D(2023, 10, 1), D(2024, 3, 31), P.QUARTER, "Q4 2023 - Q1 2024",
     "IV квартал 2023 г. - I квартал 2024 г.", "2023 жылғы IV тоқсан - 2024 жылғы I тоқсан"),
    (D(2024, 1, 1), D(2024, 6, 30), P.HALF, "H1 2024", "I полугодие 2024 г.",
     "2024 жылғы I жартыжылдық"),
    (D(2024, 1, 1), D(2024, 12, 31), P.HALF, "H1-H2 2024", "I-II полугодия 2024 г.",
     "2024 жылғы I-II жартыжылдық"),
    (D(2024, 1, 1), D(2024, 12, 31), P.YEAR, "2024", "2024 г.", "2024 жыл"),
    (D(2023, 1, 1), D(2024, 12, 31), P.YEARS, "2023-2024", "2023-2024 гг.",
     "2023-2024 жылдар"),
    (D(2023, 1, 1), D(2024, 12, 31), P.PLAN, "during the plan period",
     "в течение срока действия плана", "жоспардың қолданылу мерзімі ішінде"),
    (D(2023, 1, 1), D(2024, 12, 31), P.ANNUAL, "annually", "ежегодно", "жыл сайын"),
    (D(2023, 1, 1), D(2024, 12, 31), P.AGREED, "by agreement of the parties",
     "по согласованию сторон", "тараптардың келісімі бойынша"),
]  # fmt: skip


@pytest.mark.parametrize(("start", "end", "precision", "en", "ru", "kk"), FORMATTED)
def test_format_span_words(
    start: date, end: date, precision: Precision, en: str, ru: str, kk: str
) -> None:
    assert format_span(start, end, precision) == en
    assert format_span(start, end, precision, "en") == en
    assert format_span(start, end, precision, "ru") == ru
    assert format_span(start, end, precision, "kk") == kk
    for words in (en, ru, kk):
        t = parse_timing(words, (start, end))
        expected = (None, None) if precision is P.AGREED else (start, end)
        assert ((t.start, t.end), t.precision) == (expected, precision)


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        (D(2023, 4, 1), D(2023, 4, 2), P.DAY),
        (D(2023, 4, 1), D(2023, 4, 1), P.DAYS),
        (D(2023, 4, 2), D(2023, 4, 30), P.MONTH),
        (D(2023, 4, 1), D(2023, 5, 30), P.MONTHS),
        (D(2023, 4, 1), D(2023, 4, 30), P.MONTHS),
        (D(2023, 5, 1), D(2023, 7, 31), P.QUARTER),
        (D(2023, 4, 1), D(2023, 6, 29), P.QUARTER),
        (D(2023, 4, 1), D(2023, 9, 30), P.HALF),
        (D(2023, 1, 1), D(2023, 12, 30), P.YEAR),
        (D(2023, 1, 1), D(2024, 12, 31), P.YEAR),
        (D(2023, 1, 1), D(2023, 12, 31), P.YEARS),
        (D(2023, 6, 30), D(2023, 4, 1), P.QUARTER),
        (D(1899, 1, 1), D(1899, 12, 31), P.YEAR),
        (D(2023, 1, 1), D(2023, 1, 1), P.NONE),
        (D(2023, 1, 1), D(2023, 1, 1), P.UNPARSED),
    ],
)
def test_format_span_rejects_spans_that_do_not_fit(
    start: date, end: date, precision: Precision
) -> None:
    with pytest.raises(ValueError):
        format_span(start, end, precision)


def test_unknown_language() -> None:
    with pytest.raises(ValueError):
        format_span(D(2023, 1, 1), D(2023, 12, 31), P.YEAR, "de")
    with pytest.raises(ValueError):
        parse_timing("2023").describe("fr")


def test_timing_from_span() -> None:
    t = timing_from_span(D(2023, 4, 1), D(2023, 6, 30), P.QUARTER, "ru")
    assert t == Timing("II квартал 2023 г.", D(2023, 4, 1), D(2023, 6, 30), P.QUARTER)
    assert timing_from_span(*PLAN_PERIOD, P.PLAN) == Timing(
        "during the plan period", *PLAN_PERIOD, P.PLAN
    )
    with pytest.raises(ValueError):
        timing_from_span(D(2023, 4, 2), D(2023, 6, 30), P.QUARTER)


def test_timing_invariants() -> None:
    assert Timing.empty() == Timing("", None, None, P.NONE)
    assert not Timing.empty().has_span
    t = Timing("Q2 2023", D(2023, 4, 1), D(2023, 6, 30), "quarter")  # type: ignore[arg-type]
    assert t.precision is P.QUARTER
    with pytest.raises(ValueError):
        Timing("x", D(2023, 4, 1), None, P.DAY)
    with pytest.raises(ValueError):
        Timing("x", D(2023, 4, 2), D(2023, 4, 1), P.DAYS)
    with pytest.raises(ValueError):
        Timing("x", None, None, "weekly")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        t.text = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "en", "ru"),
    [
        ("12 April 2023", "12 Apr 2023", "12 апреля 2023 г."),
        ("April 2023", "Apr 2023", "апрель 2023 г."),
        ("Q2 2023", "1 Apr – 30 Jun 2023", "1 апреля – 30 июня 2023 г."),
        ("10-12 April 2023", "10–12 Apr 2023", "10–12 апреля 2023 г."),
        (
            "сентябрь 2023 г. – март 2024 г.",
            "1 Sep 2023 – 31 Mar 2024",
            "1 сентября 2023 г. – 31 марта 2024 г.",
        ),
        ("2024", "1 Jan – 31 Dec 2024", "1 января – 31 декабря 2024 г."),
        ("по мере готовности", "kept as written, no dates", "сохранено как написано, без дат"),
        (
            "by agreement of the parties",
            "by agreement of the parties, no dates",
            "по согласованию сторон, без дат",
        ),
        ("during the plan period", "the plan's period", "срок действия плана"),
        ("annually", "every year of the plan", "ежегодно в течение срока действия плана"),
        ("", "no timing", "срок не указан"),
    ],
)
def test_describe(text: str, en: str, ru: str) -> None:
    t = parse_timing(text)
    assert t.describe() == en
    assert t.describe("en") == en
    assert t.describe("ru") == ru


def test_describe_with_plan_period_and_in_kazakh() -> None:
    plan = parse_timing("постоянно", PLAN_PERIOD)
    assert plan.describe() == "the plan's period: 1 Jan 2023 – 31 Dec 2024"
    annual = parse_timing("ежегодно", PLAN_PERIOD)
    assert annual.describe("ru") == "ежегодно, 1 января 2023 г. – 31 декабря 2024 г."
    assert parse_timing("Q2 2023").describe("kk") == "2023 ж. 1 сәуір – 30 маусым"
    assert parse_timing("TBD").describe("kk") == "жазылғандай сақталды, күндерсіз"


def test_overlaps() -> None:
    q2 = parse_timing("Q2 2023")
    assert q2.overlaps(D(2023, 6, 30), D(2023, 7, 31))
    assert q2.overlaps(D(2023, 1, 1), D(2023, 4, 1))
    assert q2.overlaps(D(2023, 5, 1), D(2023, 5, 1))
    assert q2.overlaps(D(2022, 1, 1), D(2024, 1, 1))
    assert not q2.overlaps(D(2023, 7, 1), D(2023, 7, 31))
    assert not q2.overlaps(D(2023, 1, 1), D(2023, 3, 31))
    assert not parse_timing("по согласованию сторон").overlaps(D(1900, 1, 1), D(2199, 1, 1))
    assert not parse_timing("TBD").overlaps(D(1900, 1, 1), D(2199, 1, 1))
    with pytest.raises(ValueError):
        q2.overlaps(D(2023, 7, 1), D(2023, 6, 1))


def test_is_past() -> None:
    day = parse_timing("12 April 2023")
    assert not day.is_past(D(2023, 4, 12))
    assert day.is_past(D(2023, 4, 13))
    assert not day.is_past(D(2023, 1, 1))
    q2 = parse_timing("II квартал 2023 г.")
    assert not q2.is_past(D(2023, 6, 30))
    assert q2.is_past(D(2023, 7, 1))
    for no_span in ("TBD", "ежегодно", "по согласованию сторон", ""):
        assert not parse_timing(no_span).is_past(D(2199, 12, 31))
    assert parse_timing("ежегодно", PLAN_PERIOD).is_past(D(2025, 1, 1))


# --------------------------------------------------------------------------- properties

FIRST = D(MIN_YEAR, 1, 1)
LAST = D(MAX_YEAR, 12, 31)
LANGUAGES = ("en", "ru", "kk")


def _month(index: int) -> tuple[date, date]:
    """The span of month number ``index`` counted from January of MIN_YEAR."""
    year, month = divmod(index, 12)
    start = D(MIN_YEAR + year, month + 1, 1)
    following = D(start.year + (month == 11), (month + 1) % 12 + 1, 1)
    return start, following - timedelta(days=1)


@st.composite
def spans(draw: st.DrawFn) -> tuple[date, date, Precision]:
    """A valid span of a random precision that has words."""
    precision = draw(
        st.sampled_from([P.DAY, P.DAYS, P.MONTH, P.MONTHS, P.QUARTER, P.HALF, P.YEAR, P.YEARS])
    )
    months = (MAX_YEAR - MIN_YEAR + 1) * 12
    if precision is P.DAY:
        day = draw(st.dates(FIRST, LAST))
        return day, day, precision
    if precision is P.DAYS:
        start = draw(st.dates(FIRST, LAST - timedelta(days=1)))
        length = draw(st.integers(1, 40) | st.integers(1, 800))
        return start, min(start + timedelta(days=length), LAST), precision
    if precision in (P.MONTH, P.MONTHS, P.QUARTER, P.HALF):
        size = {P.MONTH: 1, P.MONTHS: 1, P.QUARTER: 3, P.HALF: 6}[precision]
        count = months // size
        if precision is P.MONTHS:  # at least two months
            first = draw(st.integers(0, count - 2))
            last = draw(st.integers(first + 1, min(first + 30, count - 1)))
        elif precision is P.MONTH:
            first = last = draw(st.integers(0, count - 1))
        else:  # one or more quarters / halves
            first = draw(st.integers(0, count - 1))
            last = draw(st.integers(first, min(first + 12, count - 1)))
        return _month(first * size)[0], _month(last * size + size - 1)[1], precision
    first_year = draw(st.integers(MIN_YEAR, MAX_YEAR - (precision is P.YEARS)))
    last_year = first_year
    if precision is P.YEARS:
        last_year = draw(st.integers(first_year + 1, min(first_year + 20, MAX_YEAR)))
    return D(first_year, 1, 1), D(last_year, 12, 31), precision


@settings(max_examples=300, deadline=None)
@given(spans(), st.sampled_from(LANGUAGES))
def test_format_then_parse_gives_the_span_back(
    span: tuple[date, date, Precision], lang: str
) -> None:
    start, end, precision = span
    words = format_span(start, end, precision, lang)
    t = parse_timing(words)
    assert (t.text, t.start, t.end, t.precision) == (words, start, end, precision)


@settings(max_examples=200, deadline=None)
@given(spans(), st.sampled_from(LANGUAGES), st.sampled_from(["upper", "spaces", "dot", "nbsp"]))
def test_loosely_typed_words_read_the_same(
    span: tuple[date, date, Precision], lang: str, how: str
) -> None:
    start, end, precision = span
    words = format_span(start, end, precision, lang)
    loose = {
        "upper": words.upper(),
        "spaces": "  " + words.replace(" ", "   ").replace("-", " – ") + " ",
        "dot": words + ".",
        "nbsp": words.replace(" ", "\u00a0").replace("-", "—"),
    }[how]
    t = parse_timing(loose)
    assert (t.text, t.start, t.end, t.precision) == (loose, start, end, precision)


def _check_invariants(t: Timing, text: str) -> None:
    assert t.text == text
    assert isinstance(t.precision, Precision)
    assert (t.start is None) == (t.end is None)
    if t.start is not None and t.end is not None:
        assert t.start <= t.end
        assert t.start >= FIRST and t.end <= LAST
    if t.precision in (P.NONE, P.AGREED, P.UNPARSED):
        assert not t.has_span
    if t.precision in (P.DAY, P.DAYS, P.MONTH, P.MONTHS, P.QUARTER, P.HALF, P.YEAR, P.YEARS):
        assert t.has_span
    assert (t.precision is P.NONE) == (not text.strip())
    for lang in LANGUAGES:
        assert t.describe(lang)


KAZAKH = "ҚқӘәҒғҮүҰұӨөІіҢңҺһ"
TEXT = st.text(
    alphabet=st.characters() | st.sampled_from(KAZAKH + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяІ–—-. ")
)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.none() | st.just(PLAN_PERIOD))
def test_parse_never_raises_on_any_text(text: str, period: tuple[date, date] | None) -> None:
    _check_invariants(parse_timing(text, period), text)


TOKENS = st.sampled_from(
    [
        "12", "31", "2", "29", "0", "2023", "2024", "1899", "2200", "9999", "04", "13",
        "12.04.2023", "31.02.2024", "04.2023", "2023-04", "2023-13", "12/04/2023", "2023-04-31",
        "April", "apr", "мая", "апреле", "февраль", "сәуір", "желтоқсан", "қазан",
        "Q2", "Q5", "2Q", "H1", "H3", "I", "II", "IV", "V", "first", "second", "второе",
        "бірінші", "2-е", "3rd", "quarter", "квартал", "кв.", "тоқсан", "half", "полугодие",
        "жартыжылдық", "г.", "гг.", "года", "жылғы", "жыл", "ж.", "-", "–", "—", "to", "по",
        "до", "с", "from", "by", "the", "of", "end", "до конца", "не позднее", "в", "во",
        "в течение", "during", "ішінде", "and", "и", ",", ".", "/", "ежегодно", "annually",
        "plan", "period", "по согласованию сторон", "постоянно", "жыл сайын", "?",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(TOKENS, min_size=1, max_size=7), st.sampled_from([" ", "", "  "]))
def test_parse_never_raises_on_timing_like_words(words: list[str], joiner: str) -> None:
    text = joiner.join(words)
    _check_invariants(parse_timing(text), text)
    _check_invariants(parse_timing(text, PLAN_PERIOD), text)


# --------------------------------------------------------------------------- issue 13 families

PERIOD_2025 = (D(2025, 1, 1), D(2026, 12, 31))

#: (family, text, start, end, precision) read with the plan period PERIOD_2025: phrases
#: worded the way plans, roadmaps and programmes word them (none copied from a corpus).
FAMILIES: list[tuple[str, str, date | None, date | None, Precision]] = [
    # deadlines: from the plan's start to the day they are due
    ("deadline", "до 15 апреля 2026 г.", D(2025, 1, 1), D(2026, 4, 15), P.DEADLINE),
    ("deadline", "к 20 сентября 2025 года", D(2025, 1, 1), D(2025, 9, 20), P.DEADLINE),
    ("deadline", "в срок не позднее 1 июня 2026 г.", D(2025, 1, 1), D(2026, 6, 1), P.DEADLINE),
    ("deadline", "до 10 марта 2026 г. включительно", D(2025, 1, 1), D(2026, 3, 10), P.DEADLINE),
    ("deadline", "до 10 марта 2026 г. (включительно)", D(2025, 1, 1), D(2026, 3, 10),
     P.DEADLINE),
    ("deadline", "по 31 октября 2025 г.", D(2025, 1, 1), D(2025, 10, 31), P.DEADLINE),
    ("deadline", "before 1 July 2026", D(2025, 1, 1), D(2026, 6, 30), P.DEADLINE),
    ("deadline", "before September 2025", D(2025, 1, 1), D(2025, 8, 31), P.DEADLINE),
    ("deadline", "Deadline: 30 November 2025", D(2025, 1, 1), D(2025, 11, 30), P.DEADLINE),
    ("deadline", "by end-2025", D(2025, 1, 1), D(2025, 12, 31), P.DEADLINE),
    ("deadline", "by end-June 2026", D(2025, 1, 1), D(2026, 6, 30), P.DEADLINE),
    ("deadline", "before the end of 2026", D(2025, 1, 1), D(2026, 12, 31), P.DEADLINE),
    ("deadline", "не позже конца II квартала 2026 г.", D(2025, 1, 1), D(2026, 6, 30),
     P.DEADLINE),
    ("deadline", "2026 жылғы 1 ақпанға дейін", D(2025, 1, 1), D(2026, 2, 1), P.DEADLINE),
    ("deadline", "2025 жылғы 15 қыркүйектен кешіктірмей", D(2025, 1, 1), D(2025, 9, 15),
     P.DEADLINE),
    ("deadline", "2026 жылдың бірінші жартыжылдығының соңына дейін", D(2025, 1, 1),
     D(2026, 6, 30), P.DEADLINE),
    ("deadline", "до 1 марта 2024 г.", D(2024, 3, 1), D(2024, 3, 1), P.DEADLINE),  # before
    # halves in words
    ("half", "вторая половина 2025 г.", D(2025, 7, 1), D(2025, 12, 31), P.HALF),
    ("half", "в первой половине 2026 года", D(2026, 1, 1), D(2026, 6, 30), P.HALF),
    ("half", "1 пол. 2026 г.", D(2026, 1, 1), D(2026, 6, 30), P.HALF),
    ("half", "2H2025", D(2025, 7, 1), D(2025, 12, 31), P.HALF),
    ("half", "2026 жылдың екінші жартысы", D(2026, 7, 1), D(2026, 12, 31), P.HALF),
    ("half", "2025 жылдың бірінші жартысында", D(2025, 1, 1), D(2025, 6, 30), P.HALF),
    # the plan's own period
    ("plan", "весь период действия Плана", *PERIOD_2025, P.PLAN),
    ("plan", "в период реализации Плана мероприятий", *PERIOD_2025, P.PLAN),
    ("plan", "на протяжении всего срока реализации настоящего Плана", *PERIOD_2025, P.PLAN),
    ("plan", "жоспарды іске асыру кезеңінде", *PERIOD_2025, P.PLAN),
    ("plan", "Жоспардың барлық кезеңі ішінде", *PERIOD_2025, P.PLAN),
    ("plan", "в течение срока действия Плана (2025-2026 гг.)", *PERIOD_2025, P.PLAN),
    ("plan", "throughout the implementation of the Plan", *PERIOD_2025, P.PLAN),
    # repeated more often than yearly: through the plan period, or the years named
    ("recurring", "ежеквартально", *PERIOD_2025, P.PLAN),
    ("recurring", "Ежемесячно", *PERIOD_2025, P.PLAN),
    ("recurring", "раз в полгода", *PERIOD_2025, P.PLAN),
    ("recurring", "on a quarterly basis", *PERIOD_2025, P.PLAN),
    ("recurring", "тоқсан сайын", *PERIOD_2025, P.PLAN),
    ("recurring", "ежемесячно в течение срока действия Плана", *PERIOD_2025, P.PLAN),
    ("recurring", "ежеквартально в течение 2026 г.", D(2026, 1, 1), D(2026, 12, 31), P.YEAR),
    ("recurring", "2025 жылы ай сайын", D(2025, 1, 1), D(2025, 12, 31), P.YEAR),
    ("recurring", "ежеквартально до 2026 г.", None, None, P.UNPARSED),  # until when?
    ("recurring", "не реже двух раз в год", *PERIOD_2025, P.PLAN),
    ("recurring", "один раз в два года", *PERIOD_2025, P.PLAN),
    ("recurring", "every two years", *PERIOD_2025, P.PLAN),
    ("recurring", "екі жылда бір рет", *PERIOD_2025, P.PLAN),
    # at least yearly, alone or as the floor of "as needed"
    ("annual", "не реже одного раза в год", *PERIOD_2025, P.ANNUAL),
    ("annual", "по мере необходимости, но не реже одного раза в год", *PERIOD_2025, P.ANNUAL),
    ("annual", "as needed, but at least once a year", *PERIOD_2025, P.ANNUAL),
    ("annual", "қажеттілігіне қарай, бірақ жылына кемінде бір рет", *PERIOD_2025, P.ANNUAL),
    ("annual", "жылына бір рет", *PERIOD_2025, P.ANNUAL),
    ("annual", "по мере необходимости, но не позднее 2026 г.", None, None, P.UNPARSED),
    # joined units, plural and case endings
    ("joined", "I и II кварталы 2026 г.", D(2026, 1, 1), D(2026, 6, 30), P.QUARTER),
    ("joined", "октябрь и ноябрь 2025 г.", D(2025, 10, 1), D(2025, 11, 30), P.MONTHS),
    ("joined", "Q1 and Q2 2026", D(2026, 1, 1), D(2026, 6, 30), P.QUARTER),
    ("joined", "2025 жылғы I мен II тоқсандары", D(2025, 1, 1), D(2025, 6, 30), P.QUARTER),
    ("joined", "2026 жылғы III-IV тоқсандарында", D(2026, 7, 1), D(2026, 12, 31), P.QUARTER),
    ("joined", "2025 жылғы қазан-қараша айларында", D(2025, 10, 1), D(2025, 11, 30),
     P.MONTHS),
    ("joined", "2026 жылғы мамыры", D(2026, 5, 1), D(2026, 5, 31), P.MONTH),
    ("joined", "2025 жылғы желтоқсанында", D(2025, 12, 1), D(2025, 12, 31), P.MONTH),
    ("joined", "2025-2026 жж.", D(2025, 1, 1), D(2026, 12, 31), P.YEARS),
    ("joined", "2025-2026 г.г.", D(2025, 1, 1), D(2026, 12, 31), P.YEARS),
    ("joined", "2025–2026 years", D(2025, 1, 1), D(2026, 12, 31), P.YEARS),
    # Kazakh "from ... until ...": the endings go, the two parts stay a range
    ("joined", "2025 жылғы 15 мамырдан 17 мамырға дейін", D(2025, 5, 15), D(2025, 5, 17),
     P.DAYS),
    ("joined", "2025 жылғы қазаннан 2026 жылғы ақпанға дейін", D(2025, 10, 1), D(2026, 2, 28),
     P.MONTHS),
    ("joined", "2025 жылдан 2026 жылға дейін", D(2025, 1, 1), D(2026, 12, 31), P.YEARS),
    ("joined", "2026 жылғы 20 мамырдан 17 мамырға дейін", None, None, P.UNPARSED),  # backwards
    # parts of quarters and halves, semesters, Roman ordinals with an ending
    ("part", "end of Q1 2026", D(2026, 1, 1), D(2026, 3, 31), P.QUARTER),
    ("part", "early Q2 2026", D(2026, 4, 1), D(2026, 6, 30), P.QUARTER),
    ("part", "начало II полугодия 2025 г.", D(2025, 7, 1), D(2025, 12, 31), P.HALF),
    ("part", "end of H1 2026", D(2026, 1, 1), D(2026, 6, 30), P.HALF),
    ("half", "first semester 2026", D(2026, 1, 1), D(2026, 6, 30), P.HALF),
    ("half", "1 семестр 2026", D(2026, 1, 1), D(2026, 6, 30), P.HALF),
    ("typography", "II-й квартал 2025 г.", D(2025, 4, 1), D(2025, 6, 30), P.QUARTER),
    ("typography", "в II-м полугодии 2025 г.", D(2025, 7, 1), D(2025, 12, 31), P.HALF),
    ("season", "летний период 2025 г.", D(2025, 6, 1), D(2025, 8, 31), P.MONTHS),
    ("plan", "в рамках срока реализации Плана", *PERIOD_2025, P.PLAN),
    ("plan", "on a rolling basis", *PERIOD_2025, P.PLAN),
    ("agreed", "мерзімдері қосымша келісіледі", None, None, P.AGREED),
    # the unit before its number; brackets around a closer look; a list's marks
    ("unit first", "Quarter 2, 2026", D(2026, 4, 1), D(2026, 6, 30), P.QUARTER),
    ("unit first", "Half 1 2025", D(2025, 1, 1), D(2025, 6, 30), P.HALF),
    ("brackets", "2026 (Q2)", D(2026, 4, 1), D(2026, 6, 30), P.QUARTER),
    ("brackets", "Q3 (2025)", D(2025, 7, 1), D(2025, 9, 30), P.QUARTER),
    ("typography", "- IV квартал 2025 г.", D(2025, 10, 1), D(2025, 12, 31), P.QUARTER),
    ("typography", "• IV квартал 2025 г.", D(2025, 10, 1), D(2025, 12, 31), P.QUARTER),
    ("typography", "IV квартал 2025 г. *)", D(2025, 10, 1), D(2025, 12, 31), P.QUARTER),
    # a tentative timing is still that timing; "between ... and ..." is a range
    ("tentative", "ориентировочно май 2026 г.", D(2026, 5, 1), D(2026, 5, 31), P.MONTH),
    ("tentative", "tentatively Q4 2025", D(2025, 10, 1), D(2025, 12, 31), P.QUARTER),
    ("tentative", "Q4 2025, tbc", D(2025, 10, 1), D(2025, 12, 31), P.QUARTER),
    ("tentative", "шамамен 2026 жылғы мамыр", D(2026, 5, 1), D(2026, 5, 31), P.MONTH),
    ("tentative", "около 15 мая 2026 г.", D(2026, 5, 15), D(2026, 5, 15), P.DAY),
    ("tentative", "ориентировочно", None, None, P.UNPARSED),
    ("range", "between April and June 2026", D(2026, 4, 1), D(2026, 6, 30), P.MONTHS),
    # repeated with a deadline that names no year: through the plan
    ("annual", "ежегодно, до 1 февраля", *PERIOD_2025, P.ANNUAL),
    ("annual", "annually by March 1", *PERIOD_2025, P.ANNUAL),
    ("annual", "жыл сайын, 1 ақпанға дейін", *PERIOD_2025, P.ANNUAL),
    ("recurring", "ежеквартально, до 10 числа месяца, следующего за отчетным кварталом",
     *PERIOD_2025, P.PLAN),
    ("recurring", "quarterly, by the 10th of the following month", *PERIOD_2025, P.PLAN),
    ("annual", "ежегодно, до 1 февраля 2026 г.", None, None, P.UNPARSED),  # which year?
    # a label before the timing
    ("label", "Срок исполнения: II квартал 2025 г.", D(2025, 4, 1), D(2025, 6, 30), P.QUARTER),
    ("label", "срок – до 1 июля 2026 г.", D(2025, 1, 1), D(2026, 7, 1), P.DEADLINE),
    ("label", "Орындау мерзімі: 2026 жылғы II тоқсан", D(2026, 4, 1), D(2026, 6, 30),
     P.QUARTER),
    ("label", "Timing: Q2 2026", D(2026, 4, 1), D(2026, 6, 30), P.QUARTER),
    ("joined", "2nd and 3rd quarters of 2025", D(2025, 4, 1), D(2025, 9, 30), P.QUARTER),
    ("typography", "2025 ж. қаң.-нау.", D(2025, 1, 1), D(2025, 3, 31), P.MONTHS),  # kk abbr.
    ("typography", "қаз. 2026 ж.", D(2026, 10, 1), D(2026, 10, 31), P.MONTH),
    ("joined", "2026 year", D(2026, 1, 1), D(2026, 12, 31), P.YEAR),
    ("joined", "2025, 2026 гг.", None, None, P.UNPARSED),  # a list, not said to be a span
    # typography
    ("typography", "IV квартал2025 г.", D(2025, 10, 1), D(2025, 12, 31), P.QUARTER),
    ("typography", "ІІІ квартал 2026 г.", D(2026, 7, 1), D(2026, 9, 30), P.QUARTER),  # Cyr.
    ("typography", "Іi квартал 2026 г.", D(2026, 4, 1), D(2026, 6, 30), P.QUARTER),  # mixed
    ("typography", "Ⅳ квартал 2025 г.", D(2025, 10, 1), D(2025, 12, 31), P.QUARTER),
    ("typography", "нoябрь 2025 г.", D(2025, 11, 1), D(2025, 11, 30), P.MONTH),  # Latin o
    ("typography", "Mаy 2026", D(2026, 5, 1), D(2026, 5, 31), P.MONTH),  # Cyrillic а
    ("typography", "2026 г.*", D(2026, 1, 1), D(2026, 12, 31), P.YEAR),
    ("typography", "II квартал 2025 г.²", D(2025, 4, 1), D(2025, 6, 30), P.QUARTER),
    ("typography", "«20» марта 2026 г.", D(2026, 3, 20), D(2026, 3, 20), P.DAY),
    ("typography", "III кв. 2025 г.", D(2025, 7, 1), D(2025, 9, 30), P.QUARTER),
    ("typography", "III кв-л 2025 г.", D(2025, 7, 1), D(2025, 9, 30), P.QUARTER),
    # numeric dates: only an order the numbers settle
    ("slash", "13/05/2025", D(2025, 5, 13), D(2025, 5, 13), P.DAY),
    ("slash", "05/13/2025", D(2025, 5, 13), D(2025, 5, 13), P.DAY),
    ("slash", "03/05/2025-20/05/2025", D(2025, 5, 3), D(2025, 5, 20), P.DAYS),
    ("slash", "03.05.2025", D(2025, 5, 3), D(2025, 5, 3), P.DAY),  # dots: day first
    ("slash", "03/05/2025", None, None, P.UNPARSED),
]  # fmt: skip


@pytest.mark.parametrize(("family", "text", "start", "end", "precision"), FAMILIES)
def test_timing_families(
    family: str, text: str, start: date | None, end: date | None, precision: Precision
) -> None:
    t = parse_timing(text, PERIOD_2025)
    assert (t.start, t.end, t.precision) == (start, end, precision), family
    assert t.text == text  # the words are never changed


def test_deadlines_start_at_the_plan_start() -> None:
    """One rule for sorting, drawing and overdue: plan start .. due day, or the day alone."""
    within = parse_timing("до 1 марта 2026 г.", PERIOD_2025)
    assert (within.start, within.end) == (D(2025, 1, 1), D(2026, 3, 1))
    assert within.is_past(D(2026, 3, 2)) and not within.is_past(D(2026, 3, 1))
    assert within.overlaps(D(2025, 2, 1), D(2025, 2, 28))  # on the calendar from the start
    alone = parse_timing("до 1 марта 2026 г.")
    assert (alone.start, alone.end) == (D(2026, 3, 1), D(2026, 3, 1))
    assert within.describe("en") == "due by 1 Mar 2026, from 1 Jan 2025"
    assert alone.describe("ru") == "до 1 марта 2026 г."
    assert alone.describe("kk") == "2026 ж. 1 наурыз дейін"


def test_slash_order_from_the_sheet() -> None:
    from coopdesk.domain.timing import slash_order

    assert slash_order(["12/04/2023", "25/04/2023", "II квартал"]) == "dmy"
    assert slash_order(["12/04/2023", "04/25/2023"]) == "mdy"
    assert slash_order(["12/04/2023", "04/12/2023"]) is None
    assert slash_order(["25/04/2023", "04/25/2023"]) is None  # the sheet disagrees
    assert parse_timing("12/04/2023", None, "dmy").start == D(2023, 4, 12)
    assert parse_timing("12/04/2023", None, "mdy").start == D(2023, 12, 4)
    assert parse_timing("12/04/2023").precision is P.UNPARSED
    with pytest.raises(ValueError):
        parse_timing("12/04/2023", None, "ymd")


@st.composite
def deadlines(draw: st.DrawFn) -> tuple[date, date, tuple[date, date]]:
    """A deadline span and a plan period that starts where the span does."""
    plan_start = draw(st.dates(FIRST, LAST))
    due = draw(st.dates(plan_start, LAST))
    return plan_start, due, (plan_start, max(due, draw(st.dates(plan_start, LAST))))


@settings(max_examples=300, deadline=None)
@given(deadlines(), st.sampled_from(LANGUAGES))
def test_deadline_formatted_then_parsed_keeps_its_span(
    deadline: tuple[date, date, tuple[date, date]], lang: str
) -> None:
    start, due, period = deadline
    words = format_span(start, due, P.DEADLINE, lang)
    t = parse_timing(words, period)
    assert (t.text, t.start, t.end, t.precision) == (words, start, due, P.DEADLINE)
    alone = parse_timing(words)
    assert (alone.start, alone.end) == (due, due)


@settings(max_examples=300, deadline=None)
@given(
    spans(),
    st.sampled_from(["ru", "kk"]),
    st.sampled_from(["cyrillic_i", "glued", "footnote", "latin_o", "unicode_roman"]),
)
def test_typography_does_not_change_the_span(
    span: tuple[date, date, Precision], lang: str, how: str
) -> None:
    start, end, precision = span
    words = format_span(start, end, precision, lang)
    typed = {
        "cyrillic_i": words.replace("I", "І"),
        "glued": re.sub(r"([^\W\d_]) (\d{4})", r"\1\2", words),
        "footnote": words + "*",
        "latin_o": words.replace("о", "o"),
        "unicode_roman": re.sub(
            r"\b(IV|III|II|I)\b", lambda m: "ⅠⅡⅢⅣ"[len(m[1]) - 1 if m[1] != "IV" else 3], words
        ),
    }[how]
    t = parse_timing(typed)
    assert (t.text, t.start, t.end, t.precision) == (typed, start, end, precision)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        # A part of a year: its first or last quarter, the middle two quarters.
        ("начало 2024 г.", date(2024, 1, 1), date(2024, 3, 31), P.QUARTER),
        ("в начале 2025 года", date(2025, 1, 1), date(2025, 3, 31), P.QUARTER),
        ("конец 2024 г.", date(2024, 10, 1), date(2024, 12, 31), P.QUARTER),
        ("в конце 2024 года", date(2024, 10, 1), date(2024, 12, 31), P.QUARTER),
        ("середина 2024 года", date(2024, 4, 1), date(2024, 9, 30), P.QUARTER),
        ("end of 2024", date(2024, 10, 1), date(2024, 12, 31), P.QUARTER),
        ("early 2025", date(2025, 1, 1), date(2025, 3, 31), P.QUARTER),
        ("mid-2024", date(2024, 4, 1), date(2024, 9, 30), P.QUARTER),
        ("late 2023", date(2023, 10, 1), date(2023, 12, 31), P.QUARTER),
        ("2024 жылдың басында", date(2024, 1, 1), date(2024, 3, 31), P.QUARTER),
        ("2024 жылдың соңы", date(2024, 10, 1), date(2024, 12, 31), P.QUARTER),
        ("2025 жылдың ортасында", date(2025, 4, 1), date(2025, 9, 30), P.QUARTER),
        ("конец 2024 г. – начало 2025 г.", date(2024, 10, 1), date(2025, 3, 31), P.QUARTER),
        # Seasons are their three months (winter, which straddles two years, is not read).
        ("весной 2025 года", date(2025, 3, 1), date(2025, 5, 31), P.MONTHS),
        ("лето 2024 г.", date(2024, 6, 1), date(2024, 8, 31), P.MONTHS),
        ("осенью 2024 г.", date(2024, 9, 1), date(2024, 11, 30), P.MONTHS),
        ("autumn 2024", date(2024, 9, 1), date(2024, 11, 30), P.MONTHS),
        ("fall 2024", date(2024, 9, 1), date(2024, 11, 30), P.MONTHS),
        ("in the spring of 2025", date(2025, 3, 1), date(2025, 5, 31), P.MONTHS),
        ("2024 жылғы күзде", date(2024, 9, 1), date(2024, 11, 30), P.MONTHS),
        ("2025 жылдың көктемі", date(2025, 3, 1), date(2025, 5, 31), P.MONTHS),
        ("летом-осенью 2024 г.", date(2024, 6, 1), date(2024, 11, 30), P.MONTHS),
        # A part of a month or quarter is that month or quarter.
        ("в конце марта 2024 г.", date(2024, 3, 1), date(2024, 3, 31), P.MONTH),
        ("начало апреля 2024 года", date(2024, 4, 1), date(2024, 4, 30), P.MONTH),
        ("mid-March 2024", date(2024, 3, 1), date(2024, 3, 31), P.MONTH),
        ("2024 жылғы наурыздың соңы", date(2024, 3, 1), date(2024, 3, 31), P.MONTH),
        ("конец I квартала 2024 г.", date(2024, 1, 1), date(2024, 3, 31), P.QUARTER),
        # "By agreement" beside a timing is a note: the timing is read.
        ("в течение 2024 г. по согласованию сторон", date(2024, 1, 1), date(2024, 12, 31), P.YEAR),
        ("по согласованию сторон, II квартал 2024 г.", date(2024, 4, 1), date(2024, 6, 30),
         P.QUARTER),
        ("2024 ж. тараптардың келісімі бойынша", date(2024, 1, 1), date(2024, 12, 31), P.YEAR),
        ("Q3 2024, subject to agreement", date(2024, 7, 1), date(2024, 9, 30), P.QUARTER),
        # Every year at a time of year: every year of the plan.
        ("ежегодно в IV квартале", *PLAN_PERIOD, P.ANNUAL),
        ("ежегодно в апреле-мае", *PLAN_PERIOD, P.ANNUAL),
        ("annually in April", *PLAN_PERIOD, P.ANNUAL),
        ("жыл сайын сәуірде", *PLAN_PERIOD, P.ANNUAL),
        # Whenever needed, or in the daily work: within the plan.
        ("по мере необходимости", *PLAN_PERIOD, P.PLAN),
        ("при необходимости", *PLAN_PERIOD, P.PLAN),
        ("в рабочем порядке", *PLAN_PERIOD, P.PLAN),
        ("as needed", *PLAN_PERIOD, P.PLAN),
        ("as and when required", *PLAN_PERIOD, P.PLAN),
        ("қажеттілігіне қарай", *PLAN_PERIOD, P.PLAN),
        ("постоянно, в течение срока действия Плана", *PLAN_PERIOD, P.PLAN),
        ("весь период", *PLAN_PERIOD, P.PLAN),
        ("on an ongoing basis", *PLAN_PERIOD, P.PLAN),
        ("ongoing basis", *PLAN_PERIOD, P.PLAN),
        # Two units joined by a slash are read as joined by "and" (years are not).
        ("Q1/Q2 2024", date(2024, 1, 1), date(2024, 6, 30), P.QUARTER),
        ("June/July 2024", date(2024, 6, 1), date(2024, 7, 31), P.MONTHS),
        ("in the course of 2024", date(2024, 1, 1), date(2024, 12, 31), P.YEAR),
        ("year-end 2024", date(2024, 10, 1), date(2024, 12, 31), P.QUARTER),
        ("till end of 2024", date(2023, 1, 1), date(2024, 12, 31), P.DEADLINE),
        ("by year-end 2024", date(2023, 1, 1), date(2024, 12, 31), P.DEADLINE),
        # Dates still being agreed, or set through the diplomatic channels: no span.
        ("сроки согласовываются дополнительно", None, None, P.AGREED),
        ("dates to be agreed", None, None, P.AGREED),
        ("тараптармен келісім бойынша", None, None, P.AGREED),
        ("по дипломатическим каналам", None, None, P.AGREED),
        ("through diplomatic channels", None, None, P.AGREED),
        ("дипломатиялық арналар арқылы", None, None, P.AGREED),
    ],
)  # fmt: skip
def test_parts_of_years_seasons_and_notes_beside_a_timing(
    text: str, start: date | None, end: date | None, precision: Precision
) -> None:
    assert parse_timing(text, PLAN_PERIOD) == Timing(text, start, end, precision)
