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
doubtful date is not a date).  Then, in order:

1. Empty or whitespace-only text is ``NONE``.
2. The English words "the" and "of" are dropped.
3. Open forms are whole phrases from small pattern lists (``_AGREED``, ``_PLAN``,
   ``_ANNUAL``): ``AGREED`` never has a span; ``PLAN`` and ``ANNUAL`` take the plan
   period when one is given.  "annually" joined to a year or a range of years
   ("ежегодно в течение 2023-2024 гг.") is ``ANNUAL`` with the span of those years;
   joined to a plan-period phrase it is ``ANNUAL`` with the plan period; joined to
   anything else ("annually in April", "ежегодно до конца 2024 г.") it is ``UNPARSED``.
4. Year words after a year are dropped ("г.", "гг.", "года", "жылғы", "ж." ...), as
   is "year" before one.
5. A deadline prefix is noted and dropped: "by", "by the end of", "no later than",
   "до конца", "к концу", "не позднее", "... соңына дейін".  **A deadline takes the
   span and precision of the unit it names**: "by the end of 2023" is the YEAR 2023,
   "не позднее III квартала 2023 г." is the QUARTER Q3 2023, "by December 2023" the
   MONTH December 2023.  The measure is due within that unit, so sorting and overdue
   warnings stay right and no precision is invented.  The bare prepositions "до",
   "until", "till" and "up to" are ambiguous ("до 2024 г." may mean "before 2024"),
   so they are accepted only before an exact date ("до 31 декабря 2023 г." is that
   DAY); otherwise the text is ``UNPARSED``.
6. A leading "during", "in", "throughout", "в течение", "в", "во" ... and a
   trailing Kazakh "ішінде", "бойы" ... are dropped.
7. What remains is read as one *part*, or as two parts joined by "-", "to",
   "through", "until", "по" or "до" (with an optional "from" / "с" before the first).
   A part is a year, optionally with a day and month, a month, a quarter, a half-year,
   or a bare number/ordinal; the year may come first (Kazakh order, "2023 жылғы
   сәуір") or last.  In a range the parts complete each other: "10-12 April 2023"
   lends "April 2023" to "10", "II-III квартал" lends "квартал" to "II",
   "April-May 2023" lends 2023 to "April".  A bare number on the right must carry
   its own year ("Q3-4 2023", "April 10-12, 2023").  Both parts must then be of the
   same kind and in order, else the text is ``UNPARSED``.

A range of days is ``DAYS``, of months ``MONTHS``, of years ``YEARS``.  **A range of
quarters ("II-III квартал 2023 г.", "Q3-Q4 2023") is ``QUARTER``** with the span of
all of them, and a range of half-years is ``HALF``: QUARTER and HALF mean "one or
more whole, consecutive quarters / half-years", which keeps the granularity of the
words.  A range whose two ends are the same unit ("April-April 2023") has the
single precision (MONTH).

Anything else, including two timings joined by "and", free prose, a year outside
1900-2199, an impossible date (31.02.2024) or text over 200 characters, is
``UNPARSED``: the text is kept and there is no span.  Numeric dates are read day
first (12/04/2023 is 12 April).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "LANGS",
    "MAX_YEAR",
    "MIN_YEAR",
    "Precision",
    "Timing",
    "format_span",
    "parse_timing",
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
    "первый": 1, "первого": 1, "первом": 1, "первое": 1, "первая": 1,
    "второй": 2, "второго": 2, "втором": 2, "второе": 2, "вторая": 2,
    "третий": 3, "третьего": 3, "третьем": 3, "третье": 3, "третья": 3,
    "четвертый": 4, "четвертого": 4, "четвертом": 4, "четвертое": 4,
    "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4,
}  # fmt: skip
_ORDINALS = {**_ROMAN, **_ORDINAL_WORDS}

_QUARTER_WORDS = (
    "quarter", "qtr",
    "квартал", "квартала", "квартале", "кварталы", "кварталов", "кварталах", "кв",
    "тоқсан", "тоқсаны", "тоқсанда", "тоқсанында",
)  # fmt: skip
_HALF_WORDS = (
    "half", "half-year", "half year", "halfyear",
    "полугодие", "полугодия", "полугодии", "полугодий", "полугодиях", "полугодье",
    "жартыжылдық", "жартыжылдығы", "жартыжылдықта", "жартыжылдығында",
)  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that none shadows a longer one."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


_MONTH_RX = _alternation(_MONTHS)
# A number written as an ordinal: "2", "2nd", "2-й", "2-е", "2-го", "2-ші".
_NUMBER_RX = r"\d{1,2}(?:st|nd|rd|th|-?(?:й|я|е|го|ый|ой|ий|ое|ом|ого|м|ші|шы|інші|ыншы))?"
_ORDINAL_RX = rf"{_NUMBER_RX}|{_alternation(_ORDINALS)}"
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
    r"(?:тараптардың )?(?:өзара )?(?:келісімі|келісуі|келісім) бойынша",
    r"(?:тараптардың )?(?:өзара )?келісілген (?:мерзімде|мерзімдерде|уақытта)",
    r"тараптар (?:өзара )?келіскен (?:мерзімде|уақытта)",
]
_PLAN = [
    r"(?:during|throughout|over|for|within|in) (?:entire |whole |full )?"
    r"(?:plan(?:'s)? )?(?:period|duration|term|lifetime|validity|validity period|"
    r"implementation period|implementation)(?: (?:validity|implementation))?(?: plan)?",
    r"(?:during|throughout|over|for) (?:entire |whole |full )?plan",
    r"(?:on (?:an |a )?(?:ongoing|permanent|continuous|continuing|regular) basis|"
    r"ongoing|permanently|continuously|constantly|regularly|permanent|continuous)",
    r"(?:в течение|на протяжении|в период) (?:всего )?(?:срока|периода|действия)"
    r"(?: (?:действия|реализации))?(?: (?:настоящего |данного )?плана)?",
    r"(?:постоянно|на постоянной основе|в постоянном режиме|регулярно|на регулярной основе)",
    r"(?:жоспардың |жоспар )?(?:қолданылу |іске асырылу |іске асыру |орындалу |әрекет ету )?"
    r"(?:мерзімі|кезеңі) (?:ішінде|бойы)",
    r"(?:жоспардың |жоспар )(?:қолданылу |іске асырылу |іске асыру |орындалу |әрекет ету )?"
    r"(?:мерзімінде|кезеңінде)",
    r"(?:тұрақты|үнемі|жүйелі)(?: (?:түрде|негізде))?",
]
_ANNUAL_WORDS = (
    r"annually|yearly|annual|every year|each year|once a year|"
    r"on (?:an )?annual basis|on (?:a )?yearly basis|"
    r"ежегодно|каждый год|раз в год|на ежегодной основе|"
    r"жыл сайын|әр жыл сайын|жыл сайынғы"
)
_ANNUAL = [_ANNUAL_WORDS]
_AGREED_RX = re.compile("|".join(f"(?:{p})" for p in _AGREED))
_PLAN_RX = re.compile("|".join(f"(?:{p})" for p in _PLAN))
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
    r"(\d{4}) ?-?(?:гг|г|годы|годов|годах|года|году|годом|год|"
    r"жылдардың|жылдары|жылдарда|жылдар|жылдың|жылғы|жылы|жылда|жыл|ж)(?!\w)"
)
_YEAR_BEFORE = re.compile(r"\byears? (\d{4})")
#: Longer inputs are prose, not a timing: this also bounds the work done on them.
_MAX_LENGTH = 200


def _tidy(s: str) -> str:
    """Collapse whitespace, close up spaces around "-" and "/", strip the ends."""
    s = _SPACES.sub(" ", s).strip(" ;:!")
    return _AROUND_JOINERS.sub(r"\1", s)


def _normalise(text: str) -> str:
    """The matching copy of ``text``: casefolded, dashes unified, dots and commas as spaces."""
    s = text.casefold().replace("ё", "е")
    s = s.translate(_DASHES).translate(_INVISIBLE).translate(_APOSTROPHES)
    s = _LOOSE_DOT.sub(" ", s).replace(",", " ")
    s = _tidy(s)
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
    return _ORDINALS.get(word), None


# Whole numeric dates and months, the year in a fixed place.
_NUMERIC_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(r"(?P<y>\d{4})[-.](?P<m>\d{1,2})[-.](?P<d>\d{1,2})")),
    ("day", re.compile(r"(?P<d>\d{1,2})([./-])(?P<m>\d{1,2})\2(?P<y>\d{4})")),
    ("month", re.compile(r"(?P<m>\d{1,2})[./](?P<y>\d{4})")),
    ("month", re.compile(r"(?P<y>\d{4})[-.](?P<m>\d{1,2})")),
]
# What is left of a part once its year is taken away.
_REST_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(rf"{_DAY_RX} ?(?P<mn>{_MONTH_RX})")),
    ("day", re.compile(rf"(?P<mn>{_MONTH_RX}) {_DAY_RX}")),
    ("day", re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})")),
    ("month", re.compile(rf"(?P<mn>{_MONTH_RX})")),
    ("quarter", re.compile(r"q ?(?P<n>\d)|(?P<n2>\d) ?q")),
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
        if groups.get("o"):
            index, number = _ordinal(groups["o"])
        else:
            index, number = int(groups.get("n") or groups["n2"]), None
        if kind == "bare":
            return _Part("bare", year, index=index, number=number)
        return _Part(kind, year, index=index)
    return None


def _read_part(p: str) -> _Part | None:
    """Read one side of a range (or a whole single timing); None when it is not one."""
    try:
        for kind, rule in _NUMERIC_RULES:
            m = rule.fullmatch(p)
            if m:
                year, month = _year(m["y"]), int(m["m"])
                day = int(m["d"]) if kind == "day" else None
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
    except ValueError:
        return None
    return None


_SINGLE = {
    "day": Precision.DAY,
    "month": Precision.MONTH,
    "quarter": Precision.QUARTER,
    "half": Precision.HALF,
    "year": Precision.YEAR,
}
_RANGE = {
    "day": Precision.DAYS,
    "month": Precision.MONTHS,
    "quarter": Precision.QUARTER,
    "half": Precision.HALF,
    "year": Precision.YEARS,
}


def _resolve_bare(bare: _Part, other: _Part) -> _Part | None:
    """A bare number/ordinal takes its kind (and month) from the other side of a range."""
    if other.kind == "day" and bare.number is not None:
        return _Part("day", bare.year, month=other.month, day=bare.number)
    if other.kind in ("quarter", "half") and bare.index is not None:
        return _Part(other.kind, bare.year, index=bare.index)
    return None


def _join(left: _Part, right: _Part) -> _Reading | None:
    """The range from ``left`` to ``right`` once each lends the other what it lacks."""
    if left.kind == "bare":  # "10-12 April 2023", "II-III квартал 2023 г."
        left = _resolve_bare(left, right)  # type: ignore[assignment]
    elif right.kind == "bare":  # "April 10-12, 2023", "Q3-4 2023": only with its own year
        right = _resolve_bare(right, left) if right.year else None  # type: ignore[assignment]
    if left is None or right is None or left.kind != right.kind:
        return None
    if left.year is None:
        left = replace(left, year=right.year)
    if right.year is None:
        right = replace(right, year=left.year)
    a, b = _span_of(left), _span_of(right)
    if a is None or b is None or a[0] > b[0] or a[1] > b[1]:
        return None
    if a == b:
        return _Reading(a[0], a[1], _SINGLE[left.kind])
    return _Reading(a[0], b[1], _RANGE[left.kind])


_RANGE_SEPARATOR = re.compile(r"-| (?:to|through|thru|till|until|по|до) ")
_RANGE_OPENER = re.compile(r"(?:from|с|со) (?P<rest>.+)")


def _read_span(core: str) -> _Reading | None:
    """Read a single part or a range of two parts."""
    part = _read_part(core)
    if part is not None:
        span = _span_of(part)
        return _Reading(span[0], span[1], _SINGLE[part.kind]) if span else None
    found: set[_Reading] = set()
    for sep in _RANGE_SEPARATOR.finditer(core):
        left_text, right_text = core[: sep.start()].strip(), core[sep.end() :].strip()
        opener = _RANGE_OPENER.fullmatch(left_text)
        if opener:
            left_text = opener["rest"]
        left, right = _read_part(left_text), _read_part(right_text)
        if left is not None and right is not None:
            joined = _join(left, right)
            if joined is not None:
                found.add(joined)
    return found.pop() if len(found) == 1 else None


_DEADLINE = re.compile(
    r"(?:by end|by|no later than|not later than|до конца|к концу|не позднее|не позже) (?P<rest>.+)"
    r"|(?P<kk>.+?) (?:соңына|соңынан кешіктірмей) дейін"
)
_DEADLINE_DAY = re.compile(r"(?:до|until|till|up to) (?P<rest>.+)")
_PREFIX = re.compile(
    r"(?:during|throughout|within|over|in|в течение|на протяжении|в ходе|в период|в|во)"
    r" (?P<rest>.+)"
)
_SUFFIX = re.compile(r"(?P<rest>.+?) (?:ішінде|бойы|бойында|аралығында|кезеңінде)")


def _read_dated(s: str, deadlines: bool = True) -> _Reading | None:
    """Read a timing that names dates (steps 4-7 of the module docstring)."""
    s = _tidy(_YEAR_BEFORE.sub(r"\1", _YEAR_WORDS.sub(r"\1", s)))
    m = _DEADLINE.fullmatch(s)
    if m:
        return _read_span(m["rest"] or m["kk"]) if deadlines else None
    m = _DEADLINE_DAY.fullmatch(s)
    if m:
        if not deadlines:
            return None
        reading = _read_span(m["rest"])
        return reading if reading and reading.precision is Precision.DAY else None
    m = _PREFIX.fullmatch(s)
    if m:
        s = m["rest"]
    m = _SUFFIX.fullmatch(s)
    if m:
        s = m["rest"]
    return _read_span(s)


def _read(s: str, period: tuple[date, date] | None) -> _Reading | None:
    """Read normalised, non-empty text; None when it cannot be read."""
    start, end = period if period else (None, None)
    if _AGREED_RX.fullmatch(s):
        return _Reading(None, None, Precision.AGREED)
    if _PLAN_RX.fullmatch(s):
        return _Reading(start, end, Precision.PLAN)
    if _ANNUAL_RX.fullmatch(s):
        return _Reading(start, end, Precision.ANNUAL)
    m = _ANNUAL_WITH_RX.fullmatch(s)
    if m:
        rest = m["a"] or m["b"]
        if _PLAN_RX.fullmatch(rest):
            return _Reading(start, end, Precision.ANNUAL)
        years = _read_dated(rest, deadlines=False)  # "annually until 2024" is not 2024
        if years and years.precision in (Precision.YEAR, Precision.YEARS):
            return _Reading(years.start, years.end, Precision.ANNUAL)
        return None
    return _read_dated(s)


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


def parse_timing(text: str, plan_period: tuple[date, date] | None = None) -> Timing:
    """Read the timing words ``text``; never raises for any string and keeps it unchanged.

    ``plan_period`` (start, end) is the span given to PLAN and ANNUAL timings; without
    it they have no span.  Text that cannot be read is ``UNPARSED`` with no span.  See
    the module docstring for the rules.  Raises TypeError when ``text`` is not a str and
    ValueError for a plan period that ends before it starts.
    """
    if not isinstance(text, str):
        raise TypeError(f"Timing text must be a str, not {type(text).__name__}")
    if plan_period is not None:
        p_start, p_end = plan_period
        if p_start > p_end:
            raise ValueError(f"The plan period starts ({p_start}) after it ends ({p_end})")
        plan_period = (p_start, p_end)
    return _parse_cached(text, plan_period)


@lru_cache(maxsize=8192)
def _parse_cached(text: str, plan_period: tuple[date, date] | None) -> Timing:
    # Timings are immutable, and a plan repeats the same few wordings thousands of
    # times in an import, so each distinct (text, period) is read once.
    if not text.strip():
        return Timing(text, None, None, Precision.NONE)
    s = _normalise(text)
    reading = _read(s, plan_period) if s and len(s) <= _MAX_LENGTH else None
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


def _units(start: date, end: date, precision: Precision) -> tuple[str, tuple[int, ...], ...]:
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
