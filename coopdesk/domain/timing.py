"""The timing of a measure: the words of the plan, and the span of days they mean.

In a signed plan of measures the timing is written loosely ("II квартал 2023 г.",
"H1 2024", "ежегодно", "по согласованию сторон") and those words are part of the
document.  A :class:`Timing` therefore keeps the text exactly as given (never altered,
stripped or rejected) and, next to it, the inclusive span of dates it means and how
precise the words were (:class:`Precision`).  :func:`parse_timing` reads the words;
:func:`format_span` writes canonical words for a span in English, Russian or Kazakh.

How :func:`parse_timing` reads text
-----------------------------------
Matching happens on a normalised *copy* of the text: casefolded, "ё" as "е", every
dash as "-", dots and commas as spaces (except dots inside numbers such as
12.04.2023), whitespace collapsed, trailing ". , ; : !" dropped (a "?" stays: a
doubtful date is not a date).  Typing as it comes is undone in that copy too:
footnote marks ("2024 г.*", "2024 г.¹", "*)"), quotes around a day ("«15» мая") and a
list's dash or bullet before the timing are dropped (a label, "Срок исполнения: ...",
"Timing: ...", is read past too); the Unicode numerals "Ⅰ Ⅱ Ⅲ Ⅳ"
and Roman numerals typed with the Cyrillic "І" (or a mix of both alphabets) become
Latin; a word typed in two alphabets
("oктябрь" with a Latin o) takes the alphabet of most of its letters; a year glued
to the word before it ("II квартал2024", "2H2023") is set apart; Kazakh nouns lose
their plural, possessive and case endings ("тоқсандарында", "ақпанға", "қыркүйегі"),
and the word "ай" (month) after a month name is dropped.  Then, in order:

1. Empty or whitespace-only text is ``NONE``.
2. The English words "the" and "of" are dropped.
3. Brackets around a closer look are read with it ("2024 (Q2)" is Q2 2024); otherwise
   a note in brackets is read past when what stays is a whole timing on its own
   ("в течение срока действия Плана (2023-2024 гг.)", "до 1 марта 2024 г.
   (включительно)").  Open forms are whole phrases from small pattern lists
   (``_AGREED``, ``_PLAN``, ``_ANNUAL``); the plan's own period is also any phrase made
   only of plan-period words (``_PLAN_PERIOD_WORDS``: prepositions, "period",
   "validity", "implementation", "plan" and their Russian and Kazakh forms) that names
   both the plan and its period ("весь период действия Плана", "жоспарды іске асыру
   кезеңінде").  ``AGREED`` never has a span; ``PLAN`` and ``ANNUAL`` take the plan
   period when one is given.  "annually" joined to a year or a range of years
   ("ежегодно в течение 2023-2024 гг.") is ``ANNUAL`` with the span of those years;
   joined to a plan-period phrase, or to a time of year without a year ("ежегодно в
   IV квартале", "annually in April", "жыл сайын сәуірде"), it is ``ANNUAL`` with the
   plan period, and so it is with a deadline that names no year ("ежегодно, до 1
   февраля", "annually by March 1"); joined to anything else ("ежегодно до конца
   2024 г.") it is ``UNPARSED``.  What is done whenever the need arises or in the daily
   work ("по мере необходимости", "в рабочем порядке", "as needed", "қажеттілігіне қарай") is
   ``PLAN``; dates set "through the diplomatic channels" are ``AGREED``.  "By
   agreement" before or after a timing is a note: "в течение 2024 г. по согласованию
   сторон" is read as 2024; so is a tentative word ("ориентировочно май 2024 г.",
   "tentatively Q4 2024", "Q4 2024, tbc", "шамамен ...": ``_TENTATIVE``).  "Between
   April and June 2024" is the range from the one to the other.
   A measure repeated more often ("ежеквартально", "monthly", "тоқсан сайын", "не реже
   двух раз в год"), or every two years, which no one year holds ("раз в два года",
   "biennially", ``_RECURRING_WORDS``), runs through the plan: ``PLAN``; joined to
   years ("ежеквартально в течение 2025 г.") it is those years (``YEAR``/``YEARS``),
   to a deadline that names no year ("ежеквартально, до 10 числа месяца, следующего
   за отчетным кварталом") the plan period, to anything else ``UNPARSED``.  "At least
   once a year" ("не реже одного раза в год", "жылына кемінде бір рет") is ``ANNUAL``;
   as the floor of "as needed" ("по мере необходимости, но не реже одного раза в год")
   it is that rate.
4. Year words after a year are dropped ("г.", "гг.", "года", "жылғы", "ж.", "years"
   ...), as is "year" before one.  Years listed with a comma ("2024, 2025 гг.") are a
   list, not a span, and are not read.
5. A deadline is read as ``DEADLINE``: "by", "by end-", "no later than", "deadline:",
   "до конца", "к концу", "не позднее", "в срок не позднее", "... дейін",
   "... кешіктірмей", "... соңына дейін", optionally "включительно".  **A deadline is
   due on the last day of the unit it names** ("by the end of 2023" and "не позднее IV
   квартала 2023 г." are due 31 Dec 2023; "before" a unit is due the day before it
   starts: "before 1 May 2024" is due 30 Apr).  **Its span starts at the plan's
   start**: a measure due by a day may be done any day of the plan up to it, so the
   calendar draws it from the plan's start, sorting puts it with the plan's start,
   and it is overdue (``Timing.is_past``, the overdue rule) the day after it is due.
   With no plan period known, or a due day before the plan starts, the span is the
   due day alone, so the overdue rule is the same either way.  The bare prepositions
   "до", "к", "по", "until", "till" and "up to" (and a Kazakh "... дейін" without
   "соңына") are ambiguous before a unit ("до 2024 г." may mean "before 2024"), so
   they make a deadline only before an exact day ("до 31 декабря 2023 г."); otherwise
   the text is ``UNPARSED``.
6. A leading "during", "in", "throughout", "в течение", "в", "во" ... and a
   trailing Kazakh "ішінде", "бойы" ... are dropped.
7. What remains is read as one *part*, or as two parts joined by "-", "to",
   "through", "until", "по" or "до" (with an optional "from" / "с" before the first).
   A part is a year, optionally with a day and month, a month, a quarter, a half-year,
   a part of a year or a season, or a bare number/ordinal; the year may come first
   (Kazakh order, "2023 жылғы сәуір") or last.  **The beginning of a year is its first
   quarter, its end the last quarter, its middle the second and third quarters**
   ("начало 2024 г.", "в конце 2024 года", "mid-2024", "2024 жылдың соңы": ``QUARTER``);
   spring, summer and autumn are March-May, June-August and September-November
   (``MONTHS``); winter, which straddles two years, is not read.  The beginning,
   middle or end of a month, quarter or half-year is that unit ("в конце марта
   2024 г.", "mid-March 2024", "end of Q1 2024", "начало II полугодия 2024 г.").  A
   semester is a half-year.  In a range the parts complete each other: "10-12 April 2023"
   lends "April 2023" to "10", "II-III квартал" lends "квартал" to "II",
   "April-May 2023" lends 2023 to "April".  A bare number on the right must carry
   its own year ("Q3-4 2023", "April 10-12, 2023").  Both parts must then be of the
   same kind and in order, else the text is ``UNPARSED``.  Two parts joined by "and",
   "и", "және", "мен" ("III и IV кварталы 2023 г.", "June and July 2024") are read the
   same way, but only when the second unit directly follows the first: "I и III
   кварталы" would claim the II and is ``UNPARSED``.  The Kazakh "from ... until ..."
   ("2024 жылғы 15 мамырдан 17 мамырға дейін") is a range too.

A range of days is ``DAYS``, of months ``MONTHS``, of years ``YEARS``.  **A range of
quarters ("II-III квартал 2023 г.", "Q3-Q4 2023") is ``QUARTER``** with the span of
all of them, and a range of half-years is ``HALF``: QUARTER and HALF mean "one or
more whole, consecutive quarters / half-years", which keeps the granularity of the
words.  A range whose two ends are the same unit ("April-April 2023") has the
single precision (MONTH).

Anything else, including two timings that are not adjacent joined by "and", free
prose, a year outside 1900-2199, an impossible date (31.02.2024) or text over 200
characters, is ``UNPARSED``: the text is kept and there is no span.  Dotted dates
are day first (12.04.2023 is 12 April) in every language CoopDesk reads.  A date
with slashes or dashes is read only when its order is settled: by its own numbers
(25/04/2023 can only be day first, 04/25/2023 only month first), by another date in
the same words, or by the caller (``parse_timing(..., slash="dmy")``, which an
import takes from the sender's sheet with :func:`slash_order`).  An unsettled one
(12/04/2023) keeps its words and has no span.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "LANGS",
    "MAX_YEAR",
    "MIN_YEAR",
    "Precision",
    "SlashOrder",
    "Timing",
    "format_span",
    "parse_timing",
    "slash_order",
    "timing_from_span",
]

#: Years CoopDesk reads and writes; anything else is ``UNPARSED``.
MIN_YEAR = 1900
MAX_YEAR = 2199
#: Languages of :func:`format_span` and :meth:`Timing.describe`.
LANGS = ("en", "ru", "kk")


class Precision(StrEnum):
    """How precise the words of a timing are; the codes are stored in the database."""

    NONE = "none"  # empty / whitespace-only text: no span
    DAY = "day"  # one exact date
    DAYS = "days"  # a range of days
    MONTH = "month"  # one month
    MONTHS = "months"  # a range of months
    QUARTER = "quarter"  # one or more whole consecutive quarters
    HALF = "half"  # one or more whole consecutive half-years
    YEAR = "year"  # one year
    YEARS = "years"  # a range of years
    PLAN = "plan"  # the whole plan period: span = plan period if known
    ANNUAL = "annual"  # every year: span = plan period (or the years named)
    DEADLINE = "deadline"  # due by a day: span = plan start (if known and earlier) .. that day
    AGREED = "agreed"  # by agreement of the parties: never a span
    UNPARSED = "unparsed"  # words CoopDesk cannot read: kept, no span


_SPAN_PRECISIONS = frozenset(
    {
        Precision.DAY,
        Precision.DAYS,
        Precision.MONTH,
        Precision.MONTHS,
        Precision.QUARTER,
        Precision.HALF,
        Precision.YEAR,
        Precision.YEARS,
        Precision.DEADLINE,
    }
)


# --------------------------------------------------------------------------- word tables

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_EN_MONTHS_SHORT = tuple(name[:3] for name in _EN_MONTHS)
_RU_MONTHS = (  # nominative: "апрель 2023 г."
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_RU_MONTHS_GEN = (  # genitive: "12 апреля", "до конца апреля"
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
_RU_MONTHS_LOC = (  # prepositional: "в апреле"
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
)  # fmt: skip
_KK_MONTHS = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip
_KK_MONTHS_LOC = (  # locative: "сәуірде"
    "қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда",
    "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда",
)  # fmt: skip
_MONTH_ABBREVIATIONS = {
    "sept": 9,
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
    "қаң": 1, "ақп": 2, "нау": 3, "сәу": 4, "мам": 5, "мау": 6,
    "шіл": 7, "там": 8, "қыр": 9, "қаз": 10, "қар": 11, "жел": 12,
}  # fmt: skip

_MONTHS: dict[str, int] = dict(_MONTH_ABBREVIATIONS)
for _names in (
    _EN_MONTHS,
    _EN_MONTHS_SHORT,
    _RU_MONTHS,
    _RU_MONTHS_GEN,
    _RU_MONTHS_LOC,
    _KK_MONTHS,
    _KK_MONTHS_LOC,
):
    for _number, _name in enumerate(_names, start=1):
        _MONTHS[_name.casefold()] = _number

#: Roman numerals I-IV, also typed with the Cyrillic "І" of Kazakh keyboards.
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "і": 1, "іі": 2, "ііі": 3, "іv": 4}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4,
    "первый": 1, "первого": 1, "первом": 1, "первое": 1, "первая": 1, "первой": 1, "первую": 1,
    "второй": 2, "второго": 2, "втором": 2, "второе": 2, "вторая": 2, "вторую": 2,
    "третий": 3, "третьего": 3, "третьем": 3, "третье": 3, "третья": 3, "третьей": 3,
    "третью": 3, "четвертый": 4, "четвертого": 4, "четвертом": 4, "четвертое": 4,
    "четвертая": 4, "четвертой": 4, "четвертую": 4,
    "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4,
}  # fmt: skip
_ORDINALS = {**_ROMAN, **_ORDINAL_WORDS}

_QUARTER_WORDS = (
    "quarter", "quarters", "qtr", "qtrs",
    "квартал", "квартала", "квартале", "кварталы", "кварталов", "кварталах", "кварталам",
    "кв", "кв-л", "кв-ла", "кв-ле", "кв-лы", "квл", "кварт",
    "тоқсан", "тоқсаны", "тоқсанда", "тоқсанында",
)  # fmt: skip
_HALF_WORDS = (
    "half", "halves", "half-year", "half-years", "half year", "half years", "halfyear",
    "полугодие", "полугодия", "полугодии", "полугодий", "полугодиях", "полугодье",
    "полугодиям", "пол", "полуг", "половина", "половины", "половине", "половину",
    "жартыжылдық", "жартыжылдығы", "жартыжылдықта", "жартыжылдығында", "жарты",
    "semester", "семестр", "семестре",
)  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that none shadows a longer one."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


_MONTH_RX = _alternation(_MONTHS)
# A number written as an ordinal: "2", "2nd", "2-й", "2-е", "2-го", "2-ші".
_NUMBER_RX = r"\d{1,2}(?:st|nd|rd|th|-?(?:й|я|е|го|ый|ой|ий|ое|ом|ого|м|ші|шы|інші|ыншы))?"
# A Roman or word ordinal may carry a Russian ending too: "II-й квартал".
_ORDINAL_RX = rf"{_NUMBER_RX}|(?:{_alternation(_ORDINALS)})(?:-(?:й|ой|ий|м|го))?"
_QUARTER_RX = _alternation(_QUARTER_WORDS)
_HALF_RX = _alternation(_HALF_WORDS)
# A day of the month: "12", "12th", "12-го", "12-е".
_DAY_RX = r"(?P<d>\d{1,2})(?:st|nd|rd|th|-?го|-?е)?"


# --------------------------------------------------------------------------- open forms

_AGREED = [
    r"(?:by|upon|on|per|as per|subject to) (?:mutual |common |prior )?"
    r"(?:agreement|consent|arrangement)(?: (?:between|among))?(?: (?:two )?(?:parties|sides))?",
    r"(?:as|when) (?:mutually )?agreed(?: upon)?(?: (?:by|between) (?:two )?(?:parties|sides))?",
    r"(?:at|on|in|within) (?:a )?(?:mutually )?(?:agreed|convenient)(?:[ -]upon)? "
    r"(?:time|times|date|dates|timing|timeframe|time frame|period|terms)",
    r"(?:at|on|in|within) (?:a )?(?:time|times|date|dates|timeframe|time frame|terms) "
    r"(?:mutually )?agreed(?: upon)?(?: (?:by|between) (?:two )?(?:parties|sides))?",
    r"по (?:взаимному |обоюдному |дополнительному )?(?:согласованию|договоренности)"
    r"(?: (?:между )?(?:сторон|сторонами))?",
    r"по (?:взаимной |обоюдной |дополнительной )?договоренности"
    r"(?: (?:между )?(?:сторон|сторонами))?",
    r"в (?:взаимно |дополнительно )?(?:согласованные|согласуемые|оговоренные|согласованный) "
    r"(?:сторонами )?(?:сроки|срок|даты|период)(?: сторонами)?",
    r"в (?:сроки|срок|даты) (?:взаимно )?(?:согласованные|согласуемые|оговоренные)(?: сторонами)?",
    r"(?:тараптардың |тараптармен )?(?:өзара )?(?:келісімі|келісуі|келісім) бойынша",
    r"(?:тараптардың )?(?:өзара )?келісілген (?:мерзімде|мерзімдерде|уақытта)",
    r"тараптар (?:өзара )?келіскен (?:мерзімде|уақытта)",
    r"(?:мерзімі|мерзімдері|уақыты) (?:қосымша |тараптармен )?келісіледі",
    r"(?:сроки|срок|даты|дата) (?:будут |будет )?(?:согласовываются|согласовывается|"
    r"согласуются|согласуется|согласованы|будут согласованы|будет согласована)"
    r"(?: (?:дополнительно|сторонами|между сторонами))?",
    r"(?:dates?|timing) (?:to be|will be) (?:mutually )?agreed(?: upon)?(?: later)?"
    r"(?: (?:by|between) (?:two )?(?:parties|sides))?",
    # Dates set through the diplomatic channels are dates agreed between the parties.
    r"(?:по|через) дипломатическ(?:им|ие) канал(?:ам|ы)|(?:through|via) diplomatic channels|"
    r"дипломатиялық арналар арқылы",
]
_PLAN = [
    r"(?:during|throughout|over|for|within|in) (?:entire |whole |full )?"
    r"(?:plan(?:'s)? )?(?:period|duration|term|lifetime|validity|validity period|"
    r"implementation period|implementation)(?: (?:validity|implementation))?(?: plan)?",
    r"(?:during|throughout|over|for) (?:entire |whole |full )?plan",
    r"(?:on (?:an |a )?(?:ongoing|permanent|continuous|continuing|regular|rolling) basis|"
    r"ongoing|permanently|continuously|constantly|regularly|permanent|continuous)",
    r"(?:в течение|на протяжении|в период) (?:всего )?(?:срока|периода|действия)"
    r"(?: (?:действия|реализации))?(?: (?:настоящего |данного )?плана)?",
    r"(?:постоянно|на постоянной основе|в постоянном режиме|регулярно|на регулярной основе)",
    r"(?:в течение |на протяжении )?(?:весь|всего) период(?:а)?",
    r"(?:ongoing|permanent|continuous|regular) basis",
    r"(?:жоспардың |жоспар )?(?:қолданылу |іске асырылу |іске асыру |орындалу |әрекет ету )?"
    r"(?:мерзімі|кезеңі) (?:ішінде|бойы)",
    r"(?:жоспардың |жоспар )(?:қолданылу |іске асырылу |іске асыру |орындалу |әрекет ету )?"
    r"(?:мерзімінде|кезеңінде)",
    r"(?:тұрақты|үнемі|жүйелі)(?: (?:түрде|негізде))?",
    # Done whenever the need arises, or as part of the daily work: within the plan.
    r"по мере (?:необходимости|надобности|потребности)|при необходимости|"
    r"в случае необходимости|в рабочем порядке|в плановом порядке",
    r"(?:as|when|if) (?:needed|required|necessary)|as and when (?:needed|required)|"
    r"on an as-needed basis|in the course of (?:daily |regular )?work",
    r"(?:қажеттілігіне|қажетіне|қажеттілікке) қарай|қажет болған (?:жағдайда|кезде)|"
    r"жұмыс тәртібімен",
]
_ANNUAL_WORDS = (
    r"annually|yearly|annual|every year|each year|once a year|"
    r"on (?:an )?annual basis|on (?:a )?yearly basis|"
    r"ежегодно|каждый год|раз в год|на ежегодной основе|"
    r"жыл сайын|әр жыл сайын|жыл сайынғы|"
    # "at least once a year": yearly at the least.
    r"at least once a year|не реже (?:одного|1) раза в год|"
    r"(?:кемінде )?жылына (?:кемінде )?(?:бір|1) (?:рет|мәрте)"
)
_ANNUAL = [_ANNUAL_WORDS]
# Measures repeated more often than yearly run through the plan's period, as
# "регулярно" does: their span is the plan period (or the years named with them). So do
# those repeated every two years, which no single year holds.
_RECURRING_WORDS = (
    r"quarterly|monthly|weekly|every (?:quarter|month|week|six months)|"
    r"each (?:quarter|month|week)|once a (?:quarter|month|week)|twice a year|"
    r"semi-?annually|bi-?annually|half-yearly|on (?:a )?(?:quarterly|monthly|weekly) basis|"
    r"ежеквартально|ежемесячно|еженедельно|каждый (?:квартал|месяц)|каждую неделю|"
    r"раз в (?:квартал|месяц|неделю|полгода|полугодие)|(?:два раза|дважды) в год|"
    r"на (?:ежеквартальной|ежемесячной|еженедельной) основе|"
    r"(?:әр )?(?:тоқсан|ай|апта|жарты жыл) сайын|жылына екі рет|"
    r"at least (?:twice|two times|three times|four times) a year|"
    r"не реже (?:двух|2|тр[её]х|3|четыр[её]х|4) раз в год|(?:кемінде )?жылына (?:екі|2) рет|"
    r"every (?:two|2) years|once every (?:two|2) years|biennially|"
    r"(?:один )?раз в (?:два|2) года|екі жылда (?:бір|1) (?:рет|мәрте)"
)
_RECURRING_RX = re.compile(_RECURRING_WORDS)
# "ежеквартально в течение 2025 г.", "2025 жылы тоқсан сайын"
_RECURRING_WITH_RX = re.compile(
    rf"(?:{_RECURRING_WORDS})[ -](?P<a>.+)|(?P<b>.+) (?:{_RECURRING_WORDS})"
)
_AGREED_RX = re.compile("|".join(f"(?:{p})" for p in _AGREED))
# A timing with "by agreement" before or after it: "в течение 2024 г. по согласованию
# сторон" is 2024 (the words keep the agreement).
_AGREED_NOTE_RX = re.compile(
    rf"(?P<a>.+?) (?:{_AGREED_RX.pattern})|(?:{_AGREED_RX.pattern}) (?P<b>.+)"
)
_PLAN_RX = re.compile("|".join(f"(?:{p})" for p in _PLAN))
# "ориентировочно май 2024 г.", "tentatively Q4 2024", "Q4 2024 tbc": a tentative
# timing is still that timing (the words keep the doubt).
_TENTATIVE = (
    r"ориентировочно|предварительно|примерно|приблизительно|около|"
    r"tentatively|tentative|approximately|approx|about|around|circa|ca|tbc|to be confirmed|"
    r"шамамен|болжалды түрде|болжалды|алдын ала"
)
_TENTATIVE_RX = re.compile(rf"(?:(?:{_TENTATIVE}) |~ ?)(?P<a>.+)|(?P<b>.+?),? (?:{_TENTATIVE})")
# "Срок исполнения: II квартал 2024 г.", "Timing - Q2 2024": a label before the timing
# (a deadline's own words, "deadline: ...", are read as a deadline instead).
_LABEL_RX = re.compile(
    r"(?:срок (?:исполнения|проведения|реализации|выполнения)|сроки|срок|"
    r"дата (?:проведения|исполнения)|дата|(?:орындау|өткізу|іске асыру) мерзімі|мерзімі|"
    r"timing|timeframe|time frame|date|term)(?::| ?-) ?(?P<rest>.+)"
)
# "between April and June 2024": the range from the one to the other.
_BETWEEN_RX = re.compile(r"(?:between|между) (?P<a>.+?) (?:and|и) (?P<b>.+)")
# "по мере необходимости, но не реже одного раза в год": as needed, at a least rate;
# the rate is the timing.
_AT_LEAST_RX = re.compile(r"(?P<a>.+?),? (?:но|but|бірақ|алайда) (?P<b>.+)")
_ANNUAL_RX = re.compile("|".join(f"(?:{p})" for p in _ANNUAL))
# "annually during 2023-2024", "2023-2024 жылдары жыл сайын"
_ANNUAL_WITH_RX = re.compile(rf"(?:{_ANNUAL_WORDS})[ -](?P<a>.+)|(?P<b>.+) (?:{_ANNUAL_WORDS})")


# --------------------------------------------------------------------------- normalising

_DASHES = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-")
)
_INVISIBLE = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""))
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bc`", "'"))
_LOOSE_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")
_SPACES = re.compile(r"\s+")
_AROUND_JOINERS = re.compile(r" ?([-/]) ?")
_ARTICLES = re.compile(r"\b(?:the|of)\b")
_YEAR_WORDS = re.compile(
    r"(\d{4}) ?-?(?:г ?г|ж ?ж|гг|г|годы|годов|годах|года|году|годом|год|years|year|"
    r"жылдардың|жылдары|жылдарда|жылдар|жылдың|жылғы|жылдан|жылға|жылы|жылда|жыл|ж)(?!\w)"
)
_YEAR_BEFORE = re.compile(r"\byears? (\d{4})")
#: Longer inputs are prose, not a timing: this also bounds the work done on them.
_MAX_LENGTH = 200


def _tidy(s: str) -> str:
    """Collapse whitespace, close up spaces around "-" and "/", strip the ends."""
    s = _SPACES.sub(" ", s).strip(" ;:!")
    return _AROUND_JOINERS.sub(r"\1", s)


# Typography of real plans (see "Typing as it comes" in the module docstring).
_ROMAN_CHARS = str.maketrans(
    {
        **{chr(0x2160 + i): v for i, v in enumerate(("i", "ii", "iii", "iv", "v"))},
        **{chr(0x2170 + i): v for i, v in enumerate(("i", "ii", "iii", "iv", "v"))},
    }
)
#: Footnote marks, quotes around a day and list bullets ("«15» мая", "2024 г.*", "• ...").
_MARKS = str.maketrans(dict.fromkeys('*†‡§¹²³⁰⁴⁵⁶⁷⁸⁹«»„“”"‹›•·▪◦‣', " "))
_ROMAN_TOKEN = re.compile(r"(?<![^\W\d_])[iіv]+(?![^\W\d_])")
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: Letters that look the same in both scripts (casefolded), Latin -> Cyrillic.
_LOOK_ALIKES = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к",
    "m": "м", "t": "т", "h": "н", "b": "в", "i": "і",
}  # fmt: skip
_TO_CYRILLIC = str.maketrans(_LOOK_ALIKES)
_TO_LATIN = str.maketrans({v: k for k, v in _LOOK_ALIKES.items()})
# "квартал2024", "2H2023": a year glued to the word before it.
_GLUED_YEAR = re.compile(r"(?<=[^\W\d_])(?=\d{4}(?!\d))|(?<=\d[hq])(?=\d{4}(?!\d))")


def _one_script(match: re.Match[str]) -> str:
    """A word typed in two scripts ("oктябрь" with a Latin o) in the script of most letters."""
    word = match.group()
    if not (_LATIN.search(word) and _CYRILLIC.search(word)):
        return word
    latin = len(_LATIN.findall(word))
    if latin * 2 > len(word):
        mixed = word.translate(_TO_LATIN)
        return mixed if not _CYRILLIC.search(mixed) else word
    mixed = word.translate(_TO_CYRILLIC)
    return mixed if not _LATIN.search(mixed) else word


def _kazakh_forms(stems: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A rule reading Kazakh case and plural endings off ``stems`` (stem -> base word).

    Kazakh adds endings to the noun: "тоқсан" (quarter) is "тоқсанда" (in the
    quarter), "тоқсандары" (its quarters), "тоқсандарында"; "ақпан" (February) is
    "ақпанында", "ақпанға" (to February), "ақпаннан" (from February).  Every
    possessive, plural and case ending of the language is accepted after a known stem,
    so no inflected form has to be listed.
    """
    possessive = ("", "ы", "і", "сы", "сі")
    plural = ("", "лар", "лер", "дар", "дер", "тар", "тер")
    case = (
        "", "да", "де", "та", "те", "нда", "нде", "ға", "ге", "қа", "ке", "на", "не",
        "дан", "ден", "тан", "тен", "нан", "нен", "ның", "нің", "дың", "дің", "тың", "тің",
    )  # fmt: skip
    endings = {p + q + c for p in plural for q in possessive for c in case}
    endings |= {p + q + "н" + c for p in plural for q in ("ы", "і", "сы", "сі") for c in case if c}
    rule = re.compile(
        rf"(?<![^\W\d_])({_alternation(stems)})({_alternation(endings - {''})})?(?![^\W\d_])"
    )
    return rule, stems


_KK_STEMS = {
    **{name: name for name in _KK_MONTHS},
    "қыркүйег": "қыркүйек",  # к -> г before an ending that starts with a vowel
    "тоқсан": "тоқсан",
    "жартыжылдық": "жартыжылдық",
    "жартыжылдығ": "жартыжылдық",
    "жарты": "жарты",
    "ай": "ай",
}
_KK_FORMS, _KK_BASE = _kazakh_forms(_KK_STEMS)


# "маусым айы" (the month of June): the word "month" after a month name adds nothing.
_KK_MONTH_WORD = re.compile(rf"(?<![^\W\d_])({_MONTH_RX}) ай(?![^\W\d_])")


def _kazakh_base(match: re.Match[str]) -> str:
    return _KK_BASE[match.group(1)]


def _normalise(text: str) -> str:
    """The matching copy of ``text``: casefolded, dashes unified, dots and commas as spaces.

    Also undoes typography that does not change the meaning (see the module docstring).
    """
    s = text.casefold().replace("ё", "е")
    s = s.translate(_DASHES).translate(_INVISIBLE).translate(_APOSTROPHES)
    s = s.translate(_ROMAN_CHARS).translate(_MARKS)
    s = _LOOSE_DOT.sub(" ", s).replace(",", " ")
    # Roman numerals typed with the Cyrillic "і" of Kazakh keyboards, or a mix of both.
    s = _ROMAN_TOKEN.sub(lambda m: m.group().replace("і", "i"), s)
    s = _LETTERS.sub(_one_script, s)
    s = _GLUED_YEAR.sub(" ", s)
    s = _KK_FORMS.sub(_kazakh_base, s)
    s = _KK_MONTH_WORD.sub(r"\1", s)
    if ")" in s and "(" not in s:  # a footnote mark "*)" without its opening
        s = s.replace(")", " ")
    s = _tidy(s).lstrip("-")  # a list's dash before the timing
    return _tidy(_ARTICLES.sub(" ", s))


# --------------------------------------------------------------------------- dated parts


class _Reading(NamedTuple):
    start: date | None
    end: date | None
    precision: Precision


@dataclass(frozen=True, slots=True)
class _Part:
    """One side of a range, possibly incomplete until joined with the other side.

    ``kind`` is "day", "month", "quarter", "half", "year" or "bare" (a number or ordinal
    whose kind comes from the other side); ``index`` is the quarter or half number (or,
    for "bare", its ordinal value) and ``number`` a bare number written in digits.
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    index: int | None = None
    number: int | None = None


def _ordinal(word: str) -> tuple[int | None, int | None]:
    """(ordinal value, value as digits) of an ordinal matched by ``_ORDINAL_RX``."""
    digits = re.match(r"\d+", word)
    if digits:
        value = int(digits.group())
        return value, value
    return _ORDINALS.get(word.split("-")[0] if word not in _ORDINALS else word), None


# Whole numeric dates and months, the year in a fixed place.
_NUMERIC_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(r"(?P<y>\d{4})[-.](?P<m>\d{1,2})[-.](?P<d>\d{1,2})")),
    ("day", re.compile(r"(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})")),
    ("month", re.compile(r"(?P<m>\d{1,2})[./](?P<y>\d{4})")),
    ("month", re.compile(r"(?P<y>\d{4})[-.](?P<m>\d{1,2})")),
]
# Parts of a unit and seasons, in the words of each language (Kazakh endings listed:
# "соңына" must stay whole for the deadline "... соңына дейін").
_BEGIN_WORDS = ("начало", "начале", "beginning", "start", "early", "басы", "басында")
_END_WORDS = (
    "конец", "конце", "end", "year-end", "late", "соңы", "соңында", "аяғы", "аяғында",
)  # fmt: skip
_MIDDLE_WORDS = ("середина", "середине", "middle", "mid", "ортасы", "ортасында")
_SEASON_WORDS = {
    **dict.fromkeys(("весна", "весной", "весенний период", "весеннем периоде", "spring",
                     "көктем", "көктемі", "көктемде", "көктемінде"), (3, 5)),
    **dict.fromkeys(("лето", "летом", "летний период", "летнем периоде", "summer", "жаз", "жазы",
                     "жазда", "жазында"), (6, 8)),
    **dict.fromkeys(("осень", "осенью", "осенний период", "осеннем периоде", "autumn", "fall",
                     "күз", "күзі", "күзде", "күзінде"), (9, 11)),
}  # fmt: skip
#: A part of a year: its first or last quarter, its middle two quarters, a season's
#: months.  Winter is left unread: "зима 2024" may be either end of the year.
_YEAR_PARTS: dict[str, tuple[int, int]] = {
    **dict.fromkeys(_BEGIN_WORDS, (1, 3)),
    **dict.fromkeys(_END_WORDS, (10, 12)),
    **dict.fromkeys(_MIDDLE_WORDS, (4, 9)),
    **_SEASON_WORDS,
}
_UNIT_PART_RX = _alternation((*_BEGIN_WORDS, *_END_WORDS, *_MIDDLE_WORDS))
# What is left of a part once its year is taken away.
_REST_RULES: list[tuple[str, re.Pattern[str]]] = [
    # The beginning, middle or end of a month or quarter is that month or quarter:
    # "в конце марта 2024 г.", "mid-March 2024", "2024 жылғы наурыздың соңы".
    ("month", re.compile(rf"(?:{_UNIT_PART_RX})[ -]?(?P<mn>{_MONTH_RX})")),
    ("month", re.compile(rf"(?P<mn>{_MONTH_RX}) (?:{_UNIT_PART_RX})")),
    ("quarter", re.compile(rf"(?:{_UNIT_PART_RX}) (?P<o>{_ORDINAL_RX})[ -]?(?:{_QUARTER_RX})")),
    ("quarter", re.compile(rf"(?:{_UNIT_PART_RX})[ -](?:q ?(?P<n>\d)|(?P<n2>\d) ?q)")),
    ("half", re.compile(rf"(?:{_UNIT_PART_RX}) (?P<o>{_ORDINAL_RX})[ -]?(?:{_HALF_RX})")),
    ("half", re.compile(rf"(?:{_UNIT_PART_RX})[ -](?:h ?(?P<n>\d)|(?P<n2>\d) ?h)")),
    ("stretch", re.compile(rf"(?P<w>{_alternation(_YEAR_PARTS)})")),
    ("day", re.compile(rf"{_DAY_RX} ?(?P<mn>{_MONTH_RX})")),
    ("day", re.compile(rf"(?P<mn>{_MONTH_RX}) {_DAY_RX}")),
    ("day", re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})")),
    ("month", re.compile(rf"(?P<mn>{_MONTH_RX})")),
    ("quarter", re.compile(r"q ?(?P<n>\d)|(?P<n2>\d) ?q")),
    # The unit first: "Quarter 2, 2024", "Half 1 2024", "Semester 1, 2024".
    ("quarter", re.compile(rf"(?:{_QUARTER_RX}) (?P<o>{_ORDINAL_RX})")),
    ("half", re.compile(rf"(?:{_HALF_RX}) (?P<o>{_ORDINAL_RX})")),
    ("quarter", re.compile(rf"(?P<o>{_ORDINAL_RX})[ -]?(?:{_QUARTER_RX})")),
    ("half", re.compile(r"h ?(?P<n>\d)|(?P<n2>\d) ?h")),
    ("half", re.compile(rf"(?P<o>{_ORDINAL_RX})[ -]?(?:{_HALF_RX})")),
    ("bare", re.compile(rf"(?P<o>{_ORDINAL_RX})")),
]
_YEAR_ONLY = re.compile(r"\d{4}")
_YEAR_LAST = re.compile(r"(?P<rest>.+?)[ /-](?P<y>\d{4})")
# "2023 сәуір", "2023-Q2"; never "2023-04 ..." (an ISO month followed by more words).
_YEAR_FIRST = re.compile(r"(?P<y>\d{4})(?: |[/-](?=\D))(?P<rest>.+)")


def _year(value: str | None) -> int | None:
    """The year in ``value``, or None when absent; raises ValueError when out of range."""
    if value is None:
        return None
    year = int(value)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(year)
    return year


def _read_rest(rest: str, year: int | None) -> _Part | None:
    """Read a part without its year (``year`` is the year taken away, if any)."""
    for kind, rule in _REST_RULES:
        m = rule.fullmatch(rest)
        if m is None:
            continue
        groups = m.groupdict()
        if kind == "day":
            month = _MONTHS[groups["mn"]] if groups.get("mn") else int(groups["m"])
            return _Part("day", year, month=month, day=int(groups["d"]))
        if kind == "month":
            return _Part("month", year, month=_MONTHS[groups["mn"]])
        if kind == "stretch":
            first, last = _YEAR_PARTS[groups["w"]]
            if first == last - 2 and first % 3 == 1:  # a whole quarter: joins quarters
                return _Part("quarter", year, index=last // 3)
            return _Part("stretch", year, month=first, index=last)
        if groups.get("o"):
            index, number = _ordinal(groups["o"])
        else:
            index, number = int(groups.get("n") or groups["n2"]), None
        if kind == "bare":
            return _Part("bare", year, index=index, number=number)
        return _Part(kind, year, index=index)
    return None


#: The order of day and month in a numeric date: day first, month first, or not known.
SlashOrder = str | None
_SLASH_DATE = re.compile(r"(?<!\d)(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?!\d)")


def _slash_votes(s: str) -> set[str]:
    """The orders the numeric dates in ``s`` settle ("dmy" for 25/04/2023, "mdy" for 04/25)."""
    votes = set()
    for m in _SLASH_DATE.finditer(s):
        a, b = int(m[1]), int(m[3])
        if a > 12 >= b:
            votes.add("dmy")
        elif b > 12 >= a:
            votes.add("mdy")
    return votes


def slash_order(texts: Iterable[str]) -> SlashOrder:
    """The day/month order the numeric dates of ``texts`` settle, or None.

    "25/04/2023" can only be day first and "04/25/2023" only month first; a sheet whose
    dates show one order and never the other reads its ambiguous dates (12/04/2023) in
    that order.  None when no date settles it or the dates disagree.
    """
    votes: set[str] = set()
    for text in texts:
        if "/" in text or "-" in text:
            votes |= _slash_votes(text)
            if len(votes) > 1:
                return None
    return votes.pop() if votes else None


def _day_month(a: int, b: int, separator: str, order: SlashOrder) -> tuple[int, int] | None:
    """(day, month) of a numeric date written a, b; None when the order is not settled."""
    if separator == "." or a == b or a > 12:
        return a, b  # dots are written day first in every language CoopDesk reads
    if b > 12:
        return b, a
    if order == "dmy":
        return a, b
    if order == "mdy":
        return b, a
    return None


def _read_part(p: str, order: SlashOrder = None) -> _Part | None:
    """Read one side of a range (or a whole single timing); None when it is not one."""
    try:
        for kind, rule in _NUMERIC_RULES:
            m = rule.fullmatch(p)
            if m:
                year, month = _year(m["y"]), int(m["m"])
                day = int(m["d"]) if kind == "day" else None
                if kind == "day" and m.groupdict().get("sep") is not None:
                    settled = _day_month(int(m["d"]), month, m["sep"], order)
                    if settled is None:
                        return None
                    day, month = settled
                return _Part(kind, year, month=month, day=day)
        if _YEAR_ONLY.fullmatch(p):
            return _Part("year", _year(p))
        for rule in (_YEAR_LAST, _YEAR_FIRST):
            m = rule.fullmatch(p)
            if m:
                part = _read_rest(m["rest"], _year(m["y"]))
                if part:
                    return part
    except ValueError:  # a year out of range
        return None
    return _read_rest(p, None)


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span_of(part: _Part) -> tuple[date, date] | None:
    """The span of a complete part; None when incomplete or impossible (31.02.2024)."""
    y, index = part.year, part.index
    if y is None:
        return None
    try:
        if part.kind == "day" and part.month is not None and part.day is not None:
            d = date(y, part.month, part.day)
            return d, d
        if part.kind == "month" and part.month is not None:
            return date(y, part.month, 1), _last_day(y, part.month)
        if part.kind == "quarter" and index is not None and 1 <= index <= 4:
            return date(y, 3 * index - 2, 1), _last_day(y, 3 * index)
        if part.kind == "half" and index is not None and 1 <= index <= 2:
            return date(y, 6 * index - 5, 1), _last_day(y, 6 * index)
        if part.kind == "year":
            return date(y, 1, 1), date(y, 12, 31)
        if part.kind == "stretch" and part.month is not None and index is not None:
            return date(y, part.month, 1), _last_day(y, index)
    except ValueError:
        return None
    return None


_SINGLE = {
    "day": Precision.DAY,
    "month": Precision.MONTH,
    "quarter": Precision.QUARTER,
    "half": Precision.HALF,
    "year": Precision.YEAR,
    "stretch": Precision.MONTHS,
}
_RANGE = {
    "day": Precision.DAYS,
    "month": Precision.MONTHS,
    "quarter": Precision.QUARTER,
    "half": Precision.HALF,
    "year": Precision.YEARS,
    "stretch": Precision.MONTHS,
}


def _resolve_bare(bare: _Part, other: _Part) -> _Part | None:
    """A bare number/ordinal takes its kind (and month) from the other side of a range."""
    if other.kind == "day" and bare.number is not None:
        return _Part("day", bare.year, month=other.month, day=bare.number)
    if other.kind in ("quarter", "half") and bare.index is not None:
        return _Part(other.kind, bare.year, index=bare.index)
    return None


def _spans(left: _Part, right: _Part) -> tuple[tuple[date, date], tuple[date, date]] | None:
    """The spans of ``left`` and ``right`` once each lends the other what it lacks."""
    resolved_left: _Part | None = left
    resolved_right: _Part | None = right
    if left.kind == "bare":  # "10-12 April 2023", "II-III квартал 2023 г."
        resolved_left = _resolve_bare(left, right)
    elif right.kind == "bare":  # "April 10-12, 2023", "Q3-4 2023": only with its own year
        resolved_right = _resolve_bare(right, left) if right.year else None
    if resolved_left is None or resolved_right is None:
        return None
    left, right = resolved_left, resolved_right
    if left.kind != right.kind:
        return None
    if left.year is None:
        left = replace(left, year=right.year)
    if right.year is None:
        right = replace(right, year=left.year)
    a, b = _span_of(left), _span_of(right)
    if a is None or b is None:
        return None
    return a, b


def _join(left: _Part, right: _Part) -> _Reading | None:
    """The range from ``left`` to ``right`` once each lends the other what it lacks."""
    spans = _spans(left, right)
    if spans is None:
        return None
    (a, b), kind = spans, (right.kind if left.kind == "bare" else left.kind)
    if a[0] > b[0] or a[1] > b[1]:
        return None
    if a == b:
        return _Reading(a[0], a[1], _SINGLE[kind])
    return _Reading(a[0], b[1], _RANGE[kind])


_RANGE_SEPARATOR = re.compile(r"-| (?:to|through|thru|till|until|по|до) ")
_RANGE_OPENER = re.compile(r"(?:from|с|со) (?P<rest>.+)")


_AND_SEPARATOR = re.compile(r" (?:and|и|және|мен|бен|пен|&) |/")


def _read_span(core: str, order: SlashOrder = None) -> _Reading | None:
    """Read a single part, a range of two parts, or two adjacent units joined by "and"."""
    part = _read_part(core, order)
    if part is not None:
        span = _span_of(part)
        if span is None:
            return None
        if part.kind == "stretch" and span[0].month % 3 == 1 and span[1].month % 3 == 0:
            return _Reading(span[0], span[1], Precision.QUARTER)  # the middle of a year
        return _Reading(span[0], span[1], _SINGLE[part.kind])
    found: set[_Reading] = set()
    for sep in _RANGE_SEPARATOR.finditer(core):
        left_text, right_text = core[: sep.start()].strip(), core[sep.end() :].strip()
        opener = _RANGE_OPENER.fullmatch(left_text)
        if opener:
            left_text = opener["rest"]
        left, right = _read_part(left_text, order), _read_part(right_text, order)
        if left is not None and right is not None:
            joined = _join(left, right)
            if joined is not None:
                found.add(joined)
    for sep in _AND_SEPARATOR.finditer(core):
        # "III и IV кварталы", "June and July 2024": one span only when the second
        # unit follows the first directly; "I и III кварталы" would claim the II.
        left_text, right_text = core[: sep.start()].strip(), core[sep.end() :].strip()
        left, right = _read_part(left_text, order), _read_part(right_text, order)
        if left is None or right is None:
            continue
        if sep.group() == "/" and "year" in (left.kind, right.kind):
            continue  # "2023/2024" may be one season or fiscal year across two
        joined = _join(left, right)
        if joined is None or joined.start is None or joined.end is None:
            continue
        spans = _spans(left, right)
        if spans and spans[0][1] + timedelta(days=1) == spans[1][0]:
            found.add(joined)
    return found.pop() if len(found) == 1 else None


# Deadlines (step 5 of the module docstring).  Each names a unit and the measure is due
# by the end of it; "before" a unit is due by the day before it starts.
_DUE_END = (
    r"by (?:the )?(?:year-)?end[ -]|(?:until|till|up to) (?:the )?end[ -]|by year-end|by|"
    r"due by|no later than|not later than|on or before|deadline:? |"
    r"не позднее конца|не позже конца|до конца|к концу|до окончания|к окончанию|"
    r"не позднее|не позже|до истечения"
)
_DUE_BEFORE = r"before end[ -]|before|prior to"
_DUE_DAY = r"до|к|по|until|till|up to|through"  # only before a day: "до 2024 г." is not sure
_DEADLINE = re.compile(
    rf"(?:в срок |срок |срок исполнения |в сроки )?(?:(?P<end>{_DUE_END})|(?P<before>{_DUE_BEFORE})"
    rf"|(?P<day>{_DUE_DAY}))(?:(?<=[- ])| )(?P<rest>.+?)(?: включительно| inclusive| inclusively)?"
    # Kazakh puts the deadline after the date: "2024 жылғы 1 наурызға дейін",
    # "2023 жылдың соңына дейін", "1 наурыздан кешіктірмей".
    r"|(?P<kk>.+?) (?:(?P<kk_end>соңына|соңынан|аяғына|аяғынан) )?"
    r"(?:дейін|кешіктірмей|дейінгі мерзімде|дейінгі кезеңде)(?: қоса алғанда)?"
)
_PREFIX = re.compile(
    r"(?:during|throughout|within|over|in course|in|в течение|на протяжении|в ходе|в период|"
    r"в|во)"
    r" (?P<rest>.+)"
)
_SUFFIX = re.compile(r"(?P<rest>.+?) (?:ішінде|бойы|бойында|аралығында|кезеңінде)")
# A note in brackets that does not change the timing: "(включительно)", "(2023-2024 гг.)".
_BRACKETS = re.compile(r" ?\([^()]*\)")


def _deadline(m: re.Match[str], order: SlashOrder) -> _Reading | None:
    """The reading of a deadline: due on its last day; the start is set by :func:`_read`."""
    if m["kk"] is not None:
        reading = _read_span(m["kk"], order)
        if reading is None and m["kk_end"] is None:
            # "15 мамырдан 17 мамырға дейін" (from 15 May until 17 May), its endings gone:
            # two parts side by side are a range, not a deadline.
            return _kazakh_range(m["kk"], order)
        if reading is None or reading.end is None:
            return None
        # "1 наурызға дейін" is due by that day; a unit without "соңына" ("2024 жылға
        # дейін") is as unsure as the Russian "до 2024 г.", except for a day.
        if reading.precision is not Precision.DAY and m["kk_end"] is None:
            return None
        return _Reading(reading.end, reading.end, Precision.DEADLINE)
    reading = _read_span(m["rest"], order)
    if reading is None or reading.start is None or reading.end is None:
        return None
    if m["day"] is not None and reading.precision is not Precision.DAY:
        return None
    due = reading.end
    if m["before"] is not None and not m["before"].startswith("before end"):
        due = reading.start - timedelta(days=1)
        if due.year < MIN_YEAR:
            return None
    return _Reading(due, due, Precision.DEADLINE)


def _kazakh_range(s: str, order: SlashOrder) -> _Reading | None:
    """The one range two parts of ``s`` side by side make ("2024 15 мамыр 17 мамыр")."""
    found = set()
    for space in re.finditer(" ", s):
        reading = _read_span(f"{s[: space.start()]}-{s[space.end() :]}", order)
        if reading is not None and reading.start is not None and reading.start != reading.end:
            found.add(reading)
    return found.pop() if len(found) == 1 else None


def _read_dated(s: str, deadlines: bool = True, order: SlashOrder = None) -> _Reading | None:
    """Read a timing that names dates (steps 4-7 of the module docstring)."""
    s = _tidy(_YEAR_BEFORE.sub(r"\1", _YEAR_WORDS.sub(r"\1", s)))
    m = _DEADLINE.fullmatch(s)
    if m:
        return _deadline(m, order) if deadlines else None
    m = _PREFIX.fullmatch(s)
    if m:
        s = m["rest"]
    m = _SUFFIX.fullmatch(s)
    if m:
        s = m["rest"]
    return _read_span(s, order)


#: Words of a plan-period phrase (any order): prepositions, "period", "validity",
#: "implementation", "plan" and their Russian and Kazakh forms.
_PLAN_PERIOD_WORDS = frozenset(
    """
    during throughout over for within in entire whole full its this the plan plan's plans
    period duration term lifetime validity implementation implementing action roadmap
    programme program cooperation
    в во на за течение протяжении ходе рамках период периода периоде весь всего все всё
    срок срока сроки сроков время времени действия реализации исполнения выполнения
    настоящего данного этого плана план планом мероприятий программы дорожной карты
    жоспар жоспардың жоспарды жоспарын жоспары жоспарының іс-шаралар іс-шаралары
    іс-шараларының қолданылу іске асыру асырылу асырылуы орындалу орындау әрекет ету
    мерзімі мерзімінде мерзімі кезеңі кезеңінде кезең ішінде бойы бойында барлық бүкіл
    """.split()  # noqa: SIM905 - a list of ninety words reads better as text
)
_PLAN_NOUNS = re.compile(r"plan|план|жоспар|programme|program|roadmap|программ|карты")
_PERIOD_NOUNS = re.compile(
    r"period|duration|term|lifetime|validity|implement|срок|период|течение|протяжении|"
    r"ходе|время|времени|действия|реализации|исполнения|выполнения|мерзім|кезең|іске|"
    r"қолданылу|орындал|бойы|ішінде"
)


def _is_plan_period(s: str) -> bool:
    """Whether ``s`` names the plan's own period, in any of its many wordings."""
    if _PLAN_RX.fullmatch(s):
        return True
    words = s.split()
    return (
        all(w in _PLAN_PERIOD_WORDS for w in words)
        and any(_PLAN_NOUNS.match(w) for w in words)
        and any(_PERIOD_NOUNS.match(w) for w in words)
    )


def _ongoing_in_plan(s: str) -> bool:
    """ "постоянно, в течение срока действия Плана": an ongoing word and the plan period."""
    for space in re.finditer(" ", s):
        left, right = s[: space.start()], s[space.end() :]
        if _PLAN_RX.fullmatch(left) and _is_plan_period(right):
            return True
    return False


def _within_a_year(s: str) -> bool:
    """Whether ``s`` names a time of year without a year: "в IV квартале", "in April"."""
    if re.search(r"\d{4}", s):
        return False
    core = _tidy(s)
    for rule in (_PREFIX, _SUFFIX):
        m = rule.fullmatch(core)
        if m:
            core = m["rest"]
    # Any year makes it a dated timing (2000 has a 29 February).
    return _read_span(f"{core} 2000") is not None


def _yearly_deadline(s: str) -> bool:
    """Whether ``s`` is a deadline that names no year, as repeated measures state them:
    "до 1 февраля", "by March 1", "1 наурызға дейін", "до 10 числа месяца, следующего за
    отчетным кварталом"."""
    return not re.search(r"\d{4}", s) and _DEADLINE.fullmatch(_tidy(s)) is not None


def _read(s: str, period: tuple[date, date] | None, order: SlashOrder = None) -> _Reading | None:
    """Read normalised, non-empty text; None when it cannot be read."""
    start, end = period if period else (None, None)
    if "(" in s:
        # Brackets around a closer look are read with it: "2024 (Q2)", "Q2 (2024)".
        opened = _tidy(s.replace("(", " ").replace(")", " "))
        if opened != s and "(" not in opened:
            reading = _read(opened, period, order)
            if reading is not None:
                return reading
        # A note in brackets is read past only when what stays is a whole timing of
        # its own ("в течение срока действия Плана (2023-2024 гг.)"); the words keep it.
        bare = _tidy(_BRACKETS.sub("", s))
        if bare and bare != s and "(" not in bare and ")" not in bare:
            reading = _read(bare, period, order)
            if reading is not None:
                return reading
    m = _LABEL_RX.fullmatch(s)
    if m:
        return _read(m["rest"], period, order)
    if _AGREED_RX.fullmatch(s):
        return _Reading(None, None, Precision.AGREED)
    m = _AGREED_NOTE_RX.fullmatch(s)
    if m:
        reading = _read(m["a"] or m["b"], period, order)
        if reading is not None:
            return reading
    m = _TENTATIVE_RX.fullmatch(s)
    if m:
        reading = _read(m["a"] or m["b"], period, order)
        if reading is not None and reading.precision is not Precision.AGREED:
            return reading
    m = _BETWEEN_RX.fullmatch(s)
    if m:
        reading = _read_dated(f"{m['a']}-{m['b']}", deadlines=False, order=order)
        if reading is not None:
            return reading
    if _is_plan_period(s) or _ongoing_in_plan(s):
        return _Reading(start, end, Precision.PLAN)
    m = _AT_LEAST_RX.fullmatch(s)
    if m:
        needed, rate = _read(m["a"], period, order), _read(m["b"], period, order)
        repeated = (Precision.ANNUAL, Precision.PLAN)
        if needed and needed.precision is Precision.PLAN and rate and rate.precision in repeated:
            return rate
    if _ANNUAL_RX.fullmatch(s):
        return _Reading(start, end, Precision.ANNUAL)
    if _RECURRING_RX.fullmatch(s):
        return _Reading(start, end, Precision.PLAN)
    m = _RECURRING_WITH_RX.fullmatch(s)
    if m:
        rest = m["a"] or m["b"]
        if _is_plan_period(rest):
            return _Reading(start, end, Precision.PLAN)
        years = _read_dated(rest, deadlines=False)
        if years and years.precision in (Precision.YEAR, Precision.YEARS):
            return years
        if _yearly_deadline(rest):  # "ежеквартально, до 10 числа месяца, следующего ..."
            return _Reading(start, end, Precision.PLAN)
        return None
    m = _ANNUAL_WITH_RX.fullmatch(s)
    if m:
        rest = m["a"] or m["b"]
        if _is_plan_period(rest):
            return _Reading(start, end, Precision.ANNUAL)
        years = _read_dated(rest, deadlines=False)  # "annually until 2024" is not 2024
        if years and years.precision in (Precision.YEAR, Precision.YEARS):
            return _Reading(years.start, years.end, Precision.ANNUAL)
        # "ежегодно в IV квартале", "annually in April", "ежегодно, до 1 февраля"
        if _within_a_year(rest) or _yearly_deadline(rest):
            return _Reading(start, end, Precision.ANNUAL)
        return None
    reading = _read_dated(s, order=order)
    if reading is not None and reading.precision is Precision.DEADLINE:
        # A deadline's span runs from the plan's start to the day it is due; before
        # the plan starts, or with no plan period known, it is that day alone.
        due = reading.end
        if start is not None and due is not None and start <= due:
            return _Reading(start, due, Precision.DEADLINE)
    return reading


# --------------------------------------------------------------------------- public API


@dataclass(frozen=True, slots=True)
class Timing:
    """The timing of a measure: its words exactly as written, and the span they mean.

    ``start`` and ``end`` are inclusive and either both set or both None, with
    ``start <= end``; ``precision`` says how the words were read.  ``precision`` may be
    given as its stored code and is converted to :class:`Precision`.
    """

    text: str
    start: date | None
    end: date | None
    precision: Precision

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Timing text must be a str, not {type(self.text).__name__}")
        object.__setattr__(self, "precision", Precision(self.precision))
        if (self.start is None) != (self.end is None):
            raise ValueError("A timing's start and end are both set or both None")
        if self.start is not None and self.end is not None:
            if not isinstance(self.start, date) or not isinstance(self.end, date):
                raise TypeError("A timing's start and end must be dates")
            if self.start > self.end:
                raise ValueError(f"A timing cannot start ({self.start}) after it ends ({self.end})")

    @property
    def has_span(self) -> bool:
        """Whether the timing means known dates."""
        return self.start is not None

    def overlaps(self, start: date, end: date) -> bool:
        """Whether the span shares at least a day with ``start..end`` (inclusive).

        False when the timing has no span.  Raises ValueError when ``start > end``.
        """
        if start > end:
            raise ValueError(f"start {start} is after end {end}")
        if self.start is None or self.end is None:
            return False
        return self.start <= end and start <= self.end

    def is_past(self, today: date) -> bool:
        """Whether the span ended before ``today``; False when there is no span."""
        return self.end is not None and self.end < today

    def describe(self, lang: str = "en") -> str:
        """Short words for what CoopDesk understood, shown next to the text as it is typed.

        "12 Apr 2023", "Apr 2023", "1 Apr – 30 Jun 2023"; without dates, e.g. "kept as
        written, no dates" or "by agreement of the parties, no dates".  ``lang`` is
        "en", "ru" or "kk"; anything else raises ValueError.
        """
        lang = _check_lang(lang)
        p = self.precision
        if self.start is None or self.end is None:
            return _NO_SPAN_WORDS[p if p in _NO_SPAN_WORDS else Precision.UNPARSED][lang]
        if p is Precision.DEADLINE:
            due = _DEADLINE_WORDS[lang].format(day=_describe_date(self.end, lang))
            if self.start == self.end:
                return due
            since = _describe_date(self.start, lang)
            return {"en": "{due}, from {since}", "ru": "{due}, с {since}",
                    "kk": "{due}, {since} бастап"}[lang].format(due=due, since=since)  # fmt: skip
        if p is Precision.DAY:
            dates = _describe_date(self.start, lang)
        elif p is Precision.MONTH:
            dates = _describe_month(self.start, lang)
        else:
            dates = _describe_range(self.start, self.end, lang)
        if p in _WITH_SPAN_WORDS:
            return _WITH_SPAN_WORDS[p][lang].format(dates=dates)
        return dates

    @classmethod
    def empty(cls) -> Timing:
        """No timing at all: empty text, no span, precision NONE."""
        return cls("", None, None, Precision.NONE)


def parse_timing(
    text: str, plan_period: tuple[date, date] | None = None, slash: SlashOrder = None
) -> Timing:
    """Read the timing words ``text``; never raises for any string and keeps it unchanged.

    ``plan_period`` (start, end) is the span given to PLAN and ANNUAL timings (without
    it they have no span) and the start of a DEADLINE's span.  ``slash`` is the order of
    day and month in numeric dates such as 12/04/2023 when something outside the text
    settles it ("dmy" or "mdy", see :func:`slash_order`); without it such a date has
    no span.  Text that cannot be read is ``UNPARSED`` with no span.  See the module
    docstring for the rules.  Raises TypeError when ``text`` is not a str and
    ValueError for a plan period that ends before it starts or an unknown ``slash``.
    """
    if not isinstance(text, str):
        raise TypeError(f"Timing text must be a str, not {type(text).__name__}")
    if plan_period is not None:
        p_start, p_end = plan_period
        if p_start > p_end:
            raise ValueError(f"The plan period starts ({p_start}) after it ends ({p_end})")
        plan_period = (p_start, p_end)
    if slash not in (None, "dmy", "mdy"):
        raise ValueError(f"Unknown day/month order {slash!r} (dmy, mdy or None)")
    return _parse_cached(text, plan_period, slash)


@lru_cache(maxsize=8192)
def _parse_cached(text: str, plan_period: tuple[date, date] | None, slash: SlashOrder) -> Timing:
    # Timings are immutable, and a plan repeats the same few wordings thousands of
    # times in an import, so each distinct (text, period) is read once.
    if not text.strip():
        return Timing(text, None, None, Precision.NONE)
    s = _normalise(text)
    if slash is None and ("/" in s or "-" in s):
        votes = _slash_votes(s)  # "12/04/2023-25/04/2023": the second date settles it
        slash = votes.pop() if len(votes) == 1 else None
    reading = _read(s, plan_period, slash) if s and len(s) <= _MAX_LENGTH else None
    if reading is None:
        return Timing(text, None, None, Precision.UNPARSED)
    return Timing(text, reading.start, reading.end, reading.precision)


# --------------------------------------------------------------------------- writing words

_OPEN_WORDS: dict[Precision, dict[str, str]] = {
    Precision.PLAN: {
        "en": "during the plan period",
        "ru": "в течение срока действия плана",
        "kk": "жоспардың қолданылу мерзімі ішінде",
    },
    Precision.ANNUAL: {"en": "annually", "ru": "ежегодно", "kk": "жыл сайын"},
    Precision.AGREED: {
        "en": "by agreement of the parties",
        "ru": "по согласованию сторон",
        "kk": "тараптардың келісімі бойынша",
    },
}
_NO_SPAN_WORDS: dict[Precision, dict[str, str]] = {
    Precision.NONE: {"en": "no timing", "ru": "срок не указан", "kk": "мерзімі көрсетілмеген"},
    Precision.UNPARSED: {
        "en": "kept as written, no dates",
        "ru": "сохранено как написано, без дат",
        "kk": "жазылғандай сақталды, күндерсіз",
    },
    Precision.AGREED: {
        "en": "by agreement of the parties, no dates",
        "ru": "по согласованию сторон, без дат",
        "kk": "тараптардың келісімі бойынша, күндерсіз",
    },
    Precision.PLAN: {
        "en": "the plan's period",
        "ru": "срок действия плана",
        "kk": "жоспардың қолданылу мерзімі",
    },
    Precision.ANNUAL: {
        "en": "every year of the plan",
        "ru": "ежегодно в течение срока действия плана",
        "kk": "жоспардың әр жылы",
    },
}
_WITH_SPAN_WORDS: dict[Precision, dict[str, str]] = {
    Precision.PLAN: {
        "en": "the plan's period: {dates}",
        "ru": "срок действия плана: {dates}",
        "kk": "жоспардың қолданылу мерзімі: {dates}",
    },
    Precision.ANNUAL: {
        "en": "every year, {dates}",
        "ru": "ежегодно, {dates}",
        "kk": "жыл сайын, {dates}",
    },
}
_ROMAN_OUT = ("I", "II", "III", "IV")
#: "due by" a day in each language: what :meth:`Timing.describe` says of a DEADLINE.
_DEADLINE_WORDS = {"en": "due by {day}", "ru": "до {day}", "kk": "{day} дейін"}
#: Kazakh month names with the dative ending (vowel harmony): "1 наурызға дейін".
_KK_MONTHS_DAT = (
    "қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға",
    "шілдеге", "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға",
)  # fmt: skip


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"Unknown language {lang!r} (one of: {', '.join(LANGS)})")
    return lang


def _describe_date(d: date, lang: str, year: bool = True) -> str:
    if lang == "en":
        return f"{d.day} {_EN_MONTHS_SHORT[d.month - 1]}" + (f" {d.year}" if year else "")
    if lang == "ru":
        return f"{d.day} {_RU_MONTHS_GEN[d.month - 1]}" + (f" {d.year} г." if year else "")
    return (f"{d.year} ж. " if year else "") + f"{d.day} {_KK_MONTHS[d.month - 1]}"


def _describe_month(d: date, lang: str) -> str:
    if lang == "en":
        return f"{_EN_MONTHS_SHORT[d.month - 1]} {d.year}"
    if lang == "ru":
        return f"{_RU_MONTHS[d.month - 1]} {d.year} г."
    return f"{d.year} ж. {_KK_MONTHS[d.month - 1]}"


def _describe_range(a: date, b: date, lang: str) -> str:
    if a.year != b.year:
        return f"{_describe_date(a, lang)} – {_describe_date(b, lang)}"
    if a.month == b.month:  # "10–12 Apr 2023"
        if lang == "kk":
            return f"{a.year} ж. {a.day}–{_describe_date(b, lang, year=False)}"
        return f"{a.day}–{_describe_date(b, lang)}"
    if lang == "kk":
        return f"{_describe_date(a, lang)} – {_describe_date(b, lang, year=False)}"
    return f"{_describe_date(a, lang, year=False)} – {_describe_date(b, lang)}"


def _with_year(label: str, year: int, lang: str) -> str:
    """``label`` ("April", "II квартал") dated with ``year`` in the order of ``lang``."""
    if lang == "en":
        return f"{label} {year}"
    if lang == "ru":
        return f"{label} {year} г."
    return f"{year} жылғы {label}"


def _label(kind: str, value: tuple[int, ...], lang: str) -> str:
    """The words of one unit without its year: a day (month, day), month, quarter or half."""
    if kind == "day":
        month, day = value
        names = {"en": _EN_MONTHS, "ru": _RU_MONTHS_GEN, "kk": _KK_MONTHS}[lang]
        return f"{day} {names[month - 1]}"
    (n,) = value
    if kind == "month":
        return {"en": _EN_MONTHS, "ru": _RU_MONTHS, "kk": _KK_MONTHS}[lang][n - 1]
    if kind == "quarter":
        if lang == "en":
            return f"Q{n}"
        return f"{_ROMAN_OUT[n - 1]} " + ("квартал" if lang == "ru" else "тоқсан")
    if lang == "en":
        return f"H{n}"
    return f"{_ROMAN_OUT[n - 1]} " + ("полугодие" if lang == "ru" else "жартыжылдық")


def _range_label(kind: str, a: tuple[int, ...], b: tuple[int, ...], lang: str) -> str:
    """The words of a range of units within one year, without the year."""
    if kind == "day":
        if a[0] == b[0]:  # the same month: "10-12 April"
            return f"{a[1]}-{_label(kind, b, lang)}"
        return f"{_label(kind, a, lang)} - {_label(kind, b, lang)}"
    if kind == "month":
        return f"{_label(kind, a, lang)}-{_label(kind, b, lang)}"
    if lang == "en":
        return f"{_label(kind, a, lang)}-{_label(kind, b, lang)}"
    first, last = _ROMAN_OUT[a[0] - 1], _ROMAN_OUT[b[0] - 1]
    noun = {
        ("quarter", "ru"): "кварталы",
        ("half", "ru"): "полугодия",
        ("quarter", "kk"): "тоқсан",
        ("half", "kk"): "жартыжылдық",
    }[kind, lang]
    return f"{first}-{last} {noun}"


def _units(
    start: date, end: date, precision: Precision
) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """(kind, first unit, last unit) of a span; ValueError when it does not fit ``precision``."""
    misfit = ValueError(f"{start}..{end} is not a span of precision {precision.value!r}")
    whole_months = start.day == 1 and end == _last_day(end.year, end.month)
    if precision in (Precision.DAY, Precision.DAYS):
        if (start == end) != (precision is Precision.DAY):
            raise misfit
        return "day", (start.month, start.day), (end.month, end.day)
    if precision in (Precision.MONTH, Precision.MONTHS):
        same = (start.year, start.month) == (end.year, end.month)
        if not whole_months or same != (precision is Precision.MONTH):
            raise misfit
        return "month", (start.month,), (end.month,)
    if precision in (Precision.QUARTER, Precision.HALF):
        size = 3 if precision is Precision.QUARTER else 6
        if not whole_months or (start.month - 1) % size or end.month % size:
            raise misfit
        kind = "quarter" if precision is Precision.QUARTER else "half"
        return kind, ((start.month - 1) // size + 1,), (end.month // size,)
    if precision in (Precision.YEAR, Precision.YEARS):
        whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        if not whole_years or (start.year == end.year) != (precision is Precision.YEAR):
            raise misfit
        return "year", (), ()
    raise ValueError(f"Precision {precision.value!r} has no words for a span")


def format_span(start: date, end: date, precision: Precision, lang: str = "en") -> str:
    """Canonical words for a span: "12 April 2023", "Q2 2023", "II квартал 2023 г." ...

    ``lang`` is "en", "ru" or "kk".  :func:`parse_timing` reads the words back to the
    same span and precision.  For PLAN, ANNUAL and AGREED the canonical phrase is
    returned ("during the plan period", "ежегодно", "by agreement of the parties").
    Raises ValueError for an unknown language, for NONE and UNPARSED, for a span that
    does not fit the precision (e.g. QUARTER not aligned on quarters, MONTHS within one
    month) and for years outside 1900-2199.
    """
    lang = _check_lang(lang)
    precision = Precision(precision)
    if precision in _OPEN_WORDS:
        return _OPEN_WORDS[precision][lang]
    if not isinstance(start, date) or not isinstance(end, date):
        raise TypeError("start and end must be dates")
    if start > end:
        raise ValueError(f"start {start} is after end {end}")
    if start.year < MIN_YEAR or end.year > MAX_YEAR:
        raise ValueError(f"CoopDesk handles years {MIN_YEAR}-{MAX_YEAR}")
    if precision is Precision.DEADLINE:
        # Only the day it is due has words: the start is the plan's (see the rules).
        if lang == "en":
            return f"by {_with_year(_label('day', (end.month, end.day), lang), end.year, lang)}"
        if lang == "ru":
            return f"до {_with_year(_label('day', (end.month, end.day), lang), end.year, lang)}"
        return f"{end.year} жылғы {end.day} {_KK_MONTHS_DAT[end.month - 1]} дейін"
    kind, first, last = _units(start, end, precision)
    if kind == "year":
        if start.year == end.year:
            return {"en": "{}", "ru": "{} г.", "kk": "{} жыл"}[lang].format(start.year)
        years = f"{start.year}-{end.year}"
        return {"en": years, "ru": f"{years} гг.", "kk": f"{years} жылдар"}[lang]
    if start.year != end.year:
        return (
            f"{_with_year(_label(kind, first, lang), start.year, lang)} - "
            f"{_with_year(_label(kind, last, lang), end.year, lang)}"
        )
    if first == last:
        return _with_year(_label(kind, first, lang), start.year, lang)
    return _with_year(_range_label(kind, first, last, lang), start.year, lang)


def timing_from_span(start: date, end: date, precision: Precision, lang: str = "en") -> Timing:
    """A timing whose text is :func:`format_span` of the span.

    AGREED timings never have a span, so ``start`` and ``end`` are dropped for them.
    """
    precision = Precision(precision)
    words = format_span(start, end, precision, lang)
    if precision is Precision.AGREED:
        return Timing(words, None, None, precision)
    return Timing(words, start, end, precision)
