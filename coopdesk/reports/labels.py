"""The words of the reports in English and Russian, and how dates are written in them.

Reports are documents handed to people outside the program, so their language is
chosen per report (``--lang``), not taken from the user interface.
"""

from __future__ import annotations

from datetime import date

from coopdesk.errors import ValidationError

#: Languages a report can be written in.
REPORT_LANGS: tuple[str, ...] = ("en", "ru")

_WORDS: dict[str, tuple[str, str]] = {
    # page furniture
    "generated": ("Generated {date}", "Сформировано {date}"),
    "page": ("page {page} of {pages}", "стр. {page} из {pages}"),
    "continued": (" (continued)", " (продолжение)"),
    "draft": ("DRAFT", "ПРОЕКТ"),
    "scope": ("Selection", "Выборка"),
    "scope_sectors": ("sectors", "разделы"),
    "scope_statuses": ("status", "статус"),
    "scope_frameworks": ("framework", "формат"),
    "scope_search": ("search", "поиск"),
    "scope_kinds": ("kind", "вид"),
    "scope_levels": ("level", "уровень"),
    "scope_agency": ("agency", "исполнитель"),
    "scope_period": ("timing within", "срок в пределах"),
    "scope_overdue": ("overdue only", "только просроченные"),
    "scope_outside_plan": (
        "timing outside the plan period only",
        "только со сроком вне периода плана",
    ),
    "scope_count": ("{count} of {total} measures", "мероприятий: {count} из {total}"),
    # plan document
    "plan_heading": ("PLAN OF MEASURES", "ПЛАН МЕРОПРИЯТИЙ"),
    "plan_report": ("Plan of measures", "План мероприятий"),
    "parties": ("Parties", "Стороны"),
    "period": ("Period", "Период"),
    "signed": ("Signed", "Подписан"),
    "col_number": ("No.", "№ п/п"),
    "col_measure": ("Measure", "Наименование мероприятия"),
    "col_form": ("Form of completion", "Форма завершения"),
    "col_timing": ("Timing", "Срок исполнения"),
    "col_responsible": ("Responsible agencies", "Ответственные исполнители"),
    "col_notes": ("Notes", "Примечание"),
    "no_measures": ("No measures.", "Мероприятий нет."),
    "for_party": ("For the {party}", "За {party}"),
    "signature": ("(signature)", "(подпись)"),
    "name": ("(name)", "(Ф.И.О.)"),
    "place_date": ("Place and date of signing: {value}", "Место и дата подписания: {value}"),
    "party_a": ("Party A", "Сторона А"),
    "party_b": ("Party B", "Сторона Б"),
    # status report
    "status_heading": ("STATUS REPORT", "ОТЧЁТ О ХОДЕ ВЫПОЛНЕНИЯ"),
    "status_report": ("Status report", "Отчёт о ходе выполнения"),
    "as_of": ("As of {date}", "По состоянию на {date}"),
    "measures_total": ("Measures", "Мероприятий"),
    "done_share": ("Done", "Выполнено"),
    "overdue_count": ("Overdue", "Просрочено"),
    "postponed_cancelled": ("Postponed or cancelled", "Перенесено или отменено"),
    "by_sector": ("Measures by sector and status", "Мероприятия по разделам и статусам"),
    "col_sector": ("Sector", "Раздел"),
    "col_total": ("Total", "Всего"),
    "col_share_done": ("Done, %", "Выполнено, %"),
    "total_row": ("Total", "Итого"),
    "chart_title": (
        "Measures by status in each sector",
        "Мероприятия по статусам в каждом разделе",
    ),
    "chart_note": ("{share} done", "выполнено {share}"),
    "overdue_heading": ("Overdue measures", "Просроченные мероприятия"),
    "overdue_explained": (
        "Overdue: the period of the timing ended before {date} and the measure is "
        "neither done nor cancelled.",
        "Просроченными считаются мероприятия, срок исполнения которых истёк до {date}, "
        "если они не выполнены и не отменены.",
    ),
    "no_overdue": ("No overdue measures.", "Просроченных мероприятий нет."),
    "postponed_heading": (
        "Postponed and cancelled measures",
        "Перенесённые и отменённые мероприятия",
    ),
    "no_postponed": (
        "No postponed or cancelled measures.",
        "Перенесённых и отменённых мероприятий нет.",
    ),
    "col_status": ("Status", "Статус"),
    "col_due": ("Due by", "Срок истёк"),
    # upcoming events
    "upcoming_heading": ("UPCOMING EVENTS", "ПРЕДСТОЯЩИЕ МЕРОПРИЯТИЯ"),
    "upcoming_report": ("Upcoming events", "Предстоящие мероприятия"),
    "window": ("{start} – {end}", "с {start} по {end}"),
    "events_count": ("Events in the period", "Мероприятий в периоде"),
    "events_fixed": ("With a fixed date", "С точной датой"),
    "events_loose": ("No fixed date", "Без точной даты"),
    "col_date": ("Date", "Дата"),
    "col_place": ("Place", "Место"),
    "col_level": ("Level", "Уровень"),
    "week_of": ("Week of {start} – {end}", "Неделя {start} – {end}"),
    "not_fixed": (
        "During the period, no fixed date",
        "В течение периода, без точной даты",
    ),
    "no_events": ("No events in this period.", "В этом периоде мероприятий нет."),
    "upcoming_explained": (
        "Listed: measures whose timing falls within the period, except cancelled ones. "
        "Measures timed for a whole year or more, “by agreement of the parties”, "
        "“annually” or “during the plan period”, or with timing words that name no "
        "dates, have no date of their own and are not listed.",
        "В перечень включены мероприятия, срок исполнения которых приходится на период, "
        "кроме отменённых. Мероприятия со сроком в год и более, «по согласованию сторон», "
        "«ежегодно», «в течение срока действия плана» или со сроком без определённых дат "
        "не включены.",
    ),
    # assignments per agency
    "agencies_heading": (
        "ASSIGNMENTS BY RESPONSIBLE AGENCY",
        "ПОРУЧЕНИЯ ПО ОТВЕТСТВЕННЫМ ИСПОЛНИТЕЛЯМ",
    ),
    "agencies_report": ("Assignments by agency", "Поручения по исполнителям"),
    "side": ("{party}: responsible agencies", "{party}: ответственные исполнители"),
    "col_agency": ("Agency", "Исполнитель"),
    "col_measures": ("Measures", "Мероприятий"),
    "col_done": ("Done", "Выполнено"),
    "col_open": ("Open", "В работе"),
    "col_overdue": ("Overdue", "Просрочено"),
    "col_with": ("Together with", "Совместно с"),
    "agency_section": ("{agency} — measures: {count}", "{agency} — мероприятий: {count}"),
    "no_agency": ("(no agency named)", "(исполнитель не указан)"),
    "overdue_mark": ("overdue", "просрочено"),
}

_EN_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_RU_DAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


def check_lang(lang: str) -> str:
    """``lang`` if reports can be written in it, else a :class:`ValidationError`."""
    if lang not in REPORT_LANGS:
        raise ValidationError(f"Reports are written in {' or '.join(REPORT_LANGS)}, not '{lang}'")
    return lang


class Labels:
    """The report words and date formats of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = check_lang(lang)
        self._index = REPORT_LANGS.index(lang)

    def __getitem__(self, key: str) -> str:
        return _WORDS[key][self._index]

    def words(self) -> dict[str, str]:
        """Every word of this language by key."""
        return {key: pair[self._index] for key, pair in _WORDS.items()}

    def format(self, key: str, **values: object) -> str:
        """The word ``key`` with ``{placeholders}`` filled."""
        return self[key].format(**values)

    def date(self, d: date | None) -> str:
        """A date in full: "12 Apr 2023" / "12.04.2023"; "" for None."""
        if d is None:
            return ""
        if self.lang == "ru":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"

    def day_with_weekday(self, d: date) -> str:
        """A date with its weekday: "Wed 12 Apr 2023" / "12.04.2023, ср"."""
        if self.lang == "ru":
            return f"{self.date(d)}, {_RU_DAYS[d.weekday()]}"
        return f"{_EN_DAYS[d.weekday()]} {self.date(d)}"

    def span(self, start: date, end: date) -> str:
        """A span of days: "3 – 4 Jul 2024" / "03.07.2024 – 04.07.2024"."""
        if start == end:
            return self.date(start)
        if self.lang == "en" and start.year == end.year:
            if start.month == end.month:
                return f"{start.day} – {self.date(end)}"
            return f"{start.day} {_EN_MONTHS[start.month - 1]} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"

    def percent(self, part: int, whole: int) -> str:
        """``part`` of ``whole`` as a whole percentage ("62%", "62 %"); "–" when ``whole`` is 0."""
        if not whole:
            return "–"
        value = round(100 * part / whole)
        return f"{value} %" if self.lang == "ru" else f"{value}%"
