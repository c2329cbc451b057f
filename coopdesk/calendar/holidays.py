"""Public holidays of a plan's two parties, and the warning for a meeting on one.

A plan names its parties in words ("Министерство иностранных дел Республики Казахстан",
"Ministry of Foreign Affairs of the Russian Federation", "Қазақстан Республикасының
Сыртқы істер министрлігі").  :func:`countries_from_parties` reads the country out of
those words in English, Russian and Kazakh.  When a party cannot be read it falls back
to Kazakhstan and Russia (the plans CoopDesk was made for) and says so in
:attr:`CountryChoice.note`: the calendar never silently shows no holidays at all.

:class:`HolidayCalendar` answers "which holidays fall on this day" for those countries
from the ``holidays`` package, one year at a time as it is asked for.
:func:`holiday_clashes` and :func:`holiday_warning` tell the editor when a visit,
meeting or consultations with exact dates falls on a public holiday of either party.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coopdesk.domain.timing import MAX_YEAR, MIN_YEAR, Precision, Timing
from coopdesk.domain.vocab import Kind

__all__ = [
    "DEFAULT_COUNTRIES",
    "WARN_KINDS",
    "CountryChoice",
    "Holiday",
    "HolidayCalendar",
    "countries_from_parties",
    "country_name",
    "holiday_clashes",
    "holiday_warning",
]

#: The countries assumed when a plan's parties cannot be read.
DEFAULT_COUNTRIES: tuple[str, str] = ("KZ", "RU")

#: Kinds of measure for which a public holiday is a problem: people must travel and meet.
WARN_KINDS: frozenset[Kind] = frozenset({Kind.VISIT, Kind.MEETING, Kind.CONSULTATIONS})

#: Exact timings only: a quarter always contains holidays, that is no clash.
_EXACT = frozenset({Precision.DAY, Precision.DAYS})

# Stems of country names as they appear in party names, casefolded: English, Russian
# (every case: "Казахстан", "Казахстана", "Российской", "России") and Kazakh.  Matched
# at the start of a word so that "Russian" matches but "Prussia" does not.
_COUNTRY_STEMS: dict[str, tuple[str, ...]] = {
    "KZ": ("kazakh", "казахстан", "казахск", "қазақстан", "қазақ"),
    "RU": ("russia", "росси", "российск", "ресей"),
    "BY": ("belarus", "беларус", "белорус"),
    "KG": ("kyrgyz", "кыргыз", "киргиз", "қырғыз"),
    "UZ": ("uzbek", "узбек", "өзбек"),
    "TJ": ("tajik", "таджик", "тәжік"),
    "TM": ("turkmen", "туркмен", "түрікмен"),
    "AM": ("armenia", "армени", "армян"),
    "AZ": ("azerbaijan", "азербайджан", "әзірбайжан"),
    "GE": ("georgia", "грузи"),
    "MN": ("mongolia", "монголи", "моңғолия"),
    "CN": ("china", "chinese", "китай", "китайск", "қытай"),
    "TR": ("turkey", "türkiye", "turkiye", "турци", "турецк", "түркия"),
}
_STEM_RX = re.compile(
    "|".join(
        f"(?P<{code}>(?<!\\w)(?:{'|'.join(map(re.escape, stems))}))"
        for code, stems in _COUNTRY_STEMS.items()
    )
)

_COUNTRY_NAMES: dict[str, tuple[str, str, str]] = {
    "KZ": ("Kazakhstan", "Казахстан", "Қазақстан"),
    "RU": ("Russia", "Россия", "Ресей"),
    "BY": ("Belarus", "Беларусь", "Беларусь"),
    "KG": ("Kyrgyzstan", "Кыргызстан", "Қырғызстан"),
    "UZ": ("Uzbekistan", "Узбекистан", "Өзбекстан"),
    "TJ": ("Tajikistan", "Таджикистан", "Тәжікстан"),
    "TM": ("Turkmenistan", "Туркменистан", "Түрікменстан"),
    "AM": ("Armenia", "Армения", "Армения"),
    "AZ": ("Azerbaijan", "Азербайджан", "Әзірбайжан"),
    "GE": ("Georgia", "Грузия", "Грузия"),
    "MN": ("Mongolia", "Монголия", "Моңғолия"),
    "CN": ("China", "Китай", "Қытай"),
    "TR": ("Türkiye", "Турция", "Түркия"),
}
_LANG_INDEX = {"en": 0, "ru": 1, "kk": 2}

# Which language of the ``holidays`` package to ask for, by the language of the user:
# the first one a country supports wins.  Where the package lacks the reader's
# language but :data:`_OWN_NAMES` has the country's names in it (Kazakhstan in
# Russian, Russia in Kazakh), the English names are asked for and translated here;
# otherwise the next language of the list is used (Kazakh names for a Russian reader
# before English ones).
_NAME_LANGUAGES: dict[str, tuple[str, ...]] = {
    "en": ("en_US",),
    "ru": ("ru", "ru_KG", "kk", "en_US"),
    "kk": ("kk", "ru", "ru_KG", "en_US"),
}

#: Holiday names the ``holidays`` package has only in English and the country's own
#: language, by (country, reader's language): the English name -> the reader's.
_OWN_NAMES: dict[tuple[str, str], dict[str, str]] = {
    ("KZ", "ru"): {
        "New Year's Day": "Новый год",
        "Orthodox Christmas": "Православное Рождество",
        "International Women's Day": "Международный женский день",
        "Nowruz Holiday": "Наурыз мейрамы",
        "Kazakhstan's People Solidarity Holiday": "Праздник единства народа Казахстана",
        "Defender of the Fatherland Day": "День защитника Отечества",
        "Victory Day": "День Победы",
        "Capital Day": "День столицы",
        "Eid al-Adha": "Курбан айт",
        "Constitution Day": "День Конституции",
        "Republic Day": "День Республики",
        "Independence Day": "День Независимости",
    },
    ("RU", "kk"): {
        "New Year Holidays": "Жаңа жылдық демалыс",
        "Christmas Day": "Православиелік Рождество",
        "Defender of the Fatherland Day": "Отан қорғаушы күні",
        "International Women's Day": "Халықаралық әйелдер күні",
        "Holiday of Spring and Labor": "Көктем және Еңбек мерекесі",
        "Victory Day": "Жеңіс күні",
        "Russia Day": "Ресей күні",
        "Unity Day": "Халық бірлігі күні",
    },
}
_OBSERVED_RX = re.compile(r"^(?P<name>.+) \(observed\)$")
_DAY_OFF_RX = re.compile(r"^Day off \(substituted from (?P<m>\d{2})/(?P<d>\d{2})/(?P<y>\d{4})\)$")
_US_DATE_RX = re.compile(r"\b(?P<m>\d{2})/(?P<d>\d{2})/(?P<y>\d{4})\b")
_OBSERVED_WORDS = {"ru": "{name} (перенесённый выходной)", "kk": "{name} (ауыстырылған демалыс)"}
_DAY_OFF_WORDS = {
    "ru": "Выходной (перенесено с {date})",
    "kk": "Демалыс күні ({date} бастап ауыстырылды)",
}


def _own_name(name: str, table: dict[str, str], lang: str) -> str:
    """An English holiday name of the package in ``lang`` through ``table``; as is if unknown."""
    if name in table:
        return table[name]
    observed = _OBSERVED_RX.match(name)
    if observed and observed["name"] in table:
        return _OBSERVED_WORDS[lang].format(name=table[observed["name"]])
    day_off = _DAY_OFF_RX.match(name)
    if day_off:
        return _DAY_OFF_WORDS[lang].format(date=f"{day_off['d']}.{day_off['m']}.{day_off['y']}")
    return name


def _no_us_dates(name: str) -> str:
    """ "Day off (substituted from 04/13/2024)" -> "... from 13 April 2024": never a US date."""

    def written(match: re.Match[str]) -> str:
        month = int(match["m"])
        if not 1 <= month <= 12:
            return match.group(0)
        return f"{int(match['d'])} {_EN_MONTHS[month - 1]} {match['y']}"

    return _US_DATE_RX.sub(written, name)


def country_name(code: str, lang: str = "en") -> str:
    """The name of a country CoopDesk knows ("Kazakhstan", "Россия"); the code otherwise."""
    names = _COUNTRY_NAMES.get(code)
    return names[_LANG_INDEX.get(lang, 0)] if names else code


@dataclass(frozen=True, slots=True)
class Holiday:
    """One public holiday of one country on one day."""

    day: date
    country: str  # ISO 3166 alpha-2 code, e.g. "KZ"
    name: str


@dataclass(frozen=True, slots=True)
class CountryChoice:
    """The countries whose holidays a plan shows, and why when they were assumed."""

    countries: tuple[str, ...]
    #: Empty when both parties were recognised; otherwise a sentence for the user.
    note: str = ""
    #: The party names no country could be read from (empty names left out).
    unread: tuple[str, ...] = ()

    @property
    def assumed(self) -> bool:
        """Whether some country was assumed rather than read from the parties."""
        return bool(self.note)


def _countries_in(text: str) -> list[str]:
    """The countries named in ``text``, in the order they appear."""
    found: list[str] = []
    for match in _STEM_RX.finditer(text.casefold()):
        code = match.lastgroup
        if code and code not in found:
            found.append(code)
    return found


def countries_from_parties(*parties: str, fallback_text: str = "") -> CountryChoice:
    """The countries of a plan's parties, read from their names.

    Each party's text gives its country ("Республики Казахстан", "Kazakhstan",
    "Қазақстан" are KZ; "Российской Федерации", "Russia", "Ресей" are RU, and a few
    neighbours are known too).  ``fallback_text`` (e.g. the plan's title) is searched
    when a party names no country.  When fewer than two countries are found the rest
    come from :data:`DEFAULT_COUNTRIES`, and :attr:`CountryChoice.note` says so.
    """
    found: list[str] = []
    unread: list[str] = []
    for text in parties:
        codes = _countries_in(text or "")
        if codes:
            found.extend(c for c in codes if c not in found)
        else:
            unread.append((text or "").strip())
    if unread and fallback_text:
        found.extend(c for c in _countries_in(fallback_text) if c not in found)
    note = ""
    if len(found) < 2:
        assumed = [c for c in DEFAULT_COUNTRIES if c not in found][: 2 - len(found)]
        found.extend(assumed)
        names = " and ".join(country_name(c) for c in found)
        named = [t for t in unread if t]
        if named:
            quoted = ", ".join(f"'{t}'" for t in named)
            note = (
                f"No country could be read from the party {quoted}; "
                f"showing the public holidays of {names}."
            )
        else:
            note = f"The plan names no parties; showing the public holidays of {names}."
    return CountryChoice(tuple(found), note, tuple(t for t in unread if t) if note else ())


class HolidayCalendar:
    """Public holidays of a few countries, looked up by date.

    Years are computed by the ``holidays`` package the first time they are asked
    for and kept.  ``lang`` ("en", "ru" or "kk") picks the language of the names
    where the package has it.
    """

    def __init__(
        self,
        countries: Sequence[str],
        lang: str = "en",
        note: str = "",
        unread: Sequence[str] = (),
    ) -> None:
        import holidays as holidays_package  # only when a calendar is made: it is large

        self._package = holidays_package
        supported = holidays_package.list_supported_countries()
        unknown = [c for c in countries if c not in supported]
        if unknown:
            raise ValueError(f"No public holidays are known for: {', '.join(unknown)}")
        self.countries: tuple[str, ...] = tuple(dict.fromkeys(countries))
        self.lang = lang if lang in _NAME_LANGUAGES else "en"
        #: Why the countries were assumed (see :class:`CountryChoice`), or "".
        self.note = note
        #: Party names no country could be read from, when some were assumed.
        self.unread: tuple[str, ...] = tuple(unread)
        self._years: dict[int, dict[date, tuple[Holiday, ...]]] = {}

    @classmethod
    def for_parties(
        cls, party_a: str, party_b: str, title: str = "", lang: str = "en"
    ) -> HolidayCalendar:
        """The calendar of the countries of two parties (see :func:`countries_from_parties`)."""
        choice = countries_from_parties(party_a, party_b, fallback_text=title)
        return cls(choice.countries, lang=lang, note=choice.note, unread=choice.unread)

    @classmethod
    def for_plan(cls, plan, lang: str = "en") -> HolidayCalendar:  # plan: domain Plan
        """The calendar of a plan's parties."""
        return cls.for_parties(plan.party_a, plan.party_b, plan.title, lang=lang)

    def _language(self, code: str) -> str | None:
        cls = getattr(self._package, code, None)
        supported = getattr(cls, "supported_languages", ()) or ()
        wanted_first = _NAME_LANGUAGES[self.lang][0]
        if wanted_first not in supported and (code, self.lang) in _OWN_NAMES:
            return "en_US" if "en_US" in supported else None
        for wanted in _NAME_LANGUAGES[self.lang]:
            if wanted in supported:
                return wanted
        return None

    def _name(self, code: str, language: str | None, name: str) -> str:
        """A name of the package as the reader should see it."""
        table = _OWN_NAMES.get((code, self.lang))
        if table is not None and language == "en_US":
            return _own_name(name, table, self.lang)
        if language in (None, "en_US"):
            return _no_us_dates(name)
        return name

    def _year(self, year: int) -> dict[date, tuple[Holiday, ...]]:
        table = self._years.get(year)
        if table is None:
            collected: dict[date, list[Holiday]] = {}
            if MIN_YEAR <= year <= MAX_YEAR:
                for code in self.countries:
                    language = self._language(code)
                    days = self._package.country_holidays(code, years=year, language=language)
                    for day, names in sorted(days.items()):
                        # The package joins two holidays of one day with "; ".
                        for name in str(names).split("; "):
                            shown = self._name(code, language, name)
                            collected.setdefault(day, []).append(Holiday(day, code, shown))
            table = {day: tuple(items) for day, items in collected.items()}
            self._years[year] = table
        return table

    def on(self, day: date) -> tuple[Holiday, ...]:
        """The holidays on ``day`` (empty when it is a working day everywhere)."""
        return self._year(day.year).get(day, ())

    def is_holiday(self, day: date) -> bool:
        """Whether ``day`` is a public holiday of any of the countries."""
        return bool(self.on(day))

    def between(self, start: date, end: date) -> dict[date, tuple[Holiday, ...]]:
        """Every holiday from ``start`` to ``end`` inclusive, by date in date order."""
        out: dict[date, tuple[Holiday, ...]] = {}
        for year in range(start.year, end.year + 1):
            for day, items in sorted(self._year(year).items()):
                if start <= day <= end:
                    out[day] = items
        return out


def _days(start: date, end: date) -> Iterable[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def holiday_clashes(kind: Kind | str, timing: Timing, calendar: HolidayCalendar) -> list[Holiday]:
    """The holidays a visit, meeting or consultations falls on, in date order.

    Only exact timings count (one date or a range of days): a quarter or a year
    always contains holidays and says nothing about the actual day.  Other kinds of
    measure (a document, an exchange programme) never clash.
    """
    kind = Kind(kind)
    if kind not in WARN_KINDS or timing.precision not in _EXACT:
        return []
    if timing.start is None or timing.end is None:
        return []
    return [h for day in _days(timing.start, timing.end) for h in calendar.on(day)]


def holiday_warning(
    kind: Kind | str, timing: Timing, calendar: HolidayCalendar, lang: str = "en"
) -> str | None:
    """A sentence warning that a visit, meeting or consultations falls on a holiday.

    "12 June 2023 is a public holiday in Russia (Russia Day)." or None when there is
    no clash.  ``lang`` is "en", "ru" or "kk" for the sentence (the UI has its own
    translated wrapper; this one serves the CLI and reports).
    """
    clashes = holiday_clashes(kind, timing, calendar)
    if not clashes:
        return None
    by_day: dict[date, list[Holiday]] = {}
    for h in clashes:
        by_day.setdefault(h.day, []).append(h)
    sentences = []
    for day, items in by_day.items():
        countries: dict[str, list[str]] = {}
        for h in items:
            countries.setdefault(h.country, []).append(h.name)
        where = "; ".join(
            f"{country_name(c, lang)} ({', '.join(names)})" for c, names in countries.items()
        )
        if lang == "ru":
            sentences.append(f"{_ru_date(day)} — государственный праздник: {where}.")
        elif lang == "kk":
            sentences.append(f"{_kk_date(day)} — мемлекеттік мереке: {where}.")
        else:
            sentences.append(
                f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year} is a public holiday in {where}."
            )
    return " ".join(sentences)


# Month names written out here: strftime("%B") follows the process locale, which Qt sets.
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_RU_MONTHS_GEN = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip


def _ru_date(day: date) -> str:
    return f"{day.day} {_RU_MONTHS_GEN[day.month - 1]} {day.year} г."


_KK_MONTHS = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip


def _kk_date(day: date) -> str:
    return f"{day.year} жылғы {day.day} {_KK_MONTHS[day.month - 1]}"
