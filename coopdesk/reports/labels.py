"""The words of the reports in English, Russian and Kazakh, and how dates are written in them.

Reports are documents handed to people outside the program, so their language is
chosen per report (``--lang``), not taken from the user interface.  The terms follow
``resources/translations/GLOSSARY.md`` (мероприятие / іс-шара, срок исполнения /
орындау мерзімі, ответственные исполнители / жауапты орындаушылар ...).
:func:`guess_lang` tells a document's language from its text (Kazakh letters,
Cyrillic, Latin), for a plan whose language nobody has set.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from coopdesk.domain.vocab import Vocabulary
from coopdesk.errors import ValidationError

#: A calendar day (the name ``date`` is taken by :meth:`Labels.date` inside the class).
Day = date

#: Languages a report can be written in.
REPORT_LANGS: tuple[str, ...] = ("en", "ru", "kk")

_WORDS: dict[str, tuple[str, str, str]] = {
    # page furniture
    "generated": ("Generated {date}", "Сформировано {date}", "Жасалған күні: {date}"),
    "page": ("page {page} of {pages}", "стр. {page} из {pages}", "{pages} беттің {page}-беті"),
    "continued": (" (continued)", " (продолжение)", " (жалғасы)"),
    "draft": ("DRAFT", "ПРОЕКТ", "ЖОБА"),
    "scope": ("Selection", "Выборка", "Іріктеу"),
    "scope_sectors": ("sectors", "разделы", "бөлімдер"),
    "scope_statuses": ("status", "статус", "күйі"),
    "scope_frameworks": ("framework", "формат", "форматы"),
    "scope_search": ("search", "поиск", "іздеу"),
    "scope_kinds": ("kind", "вид", "түрі"),
    "scope_levels": ("level", "уровень", "деңгейі"),
    "scope_agency": ("agency", "исполнитель", "орындаушы"),
    "scope_period": ("timing within", "срок в пределах", "мерзімі шегінде"),
    "scope_overdue": ("overdue only", "только просроченные", "мерзімі өткендер ғана"),
    "scope_outside_plan": (
        "timing outside the plan period only",
        "только со сроком вне периода плана",
        "мерзімі жоспар кезеңінен тыс барлар ғана",
    ),
    "scope_count": (
        "{count} of {total} measures",
        "мероприятий: {count} из {total}",
        "іс-шаралар: {total} ішінен {count}",
    ),
    # plan document
    "plan_heading": ("PLAN OF MEASURES", "ПЛАН МЕРОПРИЯТИЙ", "ІС-ШАРАЛАР ЖОСПАРЫ"),
    "plan_report": ("Plan of measures", "План мероприятий", "Іс-шаралар жоспары"),
    "parties": ("Parties", "Стороны", "Тараптар"),
    "period": ("Period", "Период", "Кезең"),
    "signed": ("Signed", "Подписан", "Қол қойылды"),
    "col_number": ("No.", "№ п/п", "Р/с №"),
    "col_measure": ("Measure", "Наименование мероприятия", "Іс-шараның атауы"),
    "col_form": ("Form of completion", "Форма завершения", "Аяқтау нысаны"),
    "col_timing": ("Timing", "Срок исполнения", "Орындау мерзімі"),
    "col_responsible": (
        "Responsible agencies",
        "Ответственные исполнители",
        "Жауапты орындаушылар",
    ),
    "col_notes": ("Notes", "Примечание", "Ескертпе"),
    "no_measures": ("No measures.", "Мероприятий нет.", "Іс-шаралар жоқ."),
    "for_party": ("For the {party}", "За {party}", "{party} үшін"),
    "signature": ("(signature)", "(подпись)", "(қолы)"),
    "name": ("(name)", "(Ф.И.О.)", "(Т.А.Ә.)"),
    "place_date": (
        "Place and date of signing: {value}",
        "Место и дата подписания: {value}",
        "Қол қойылған орны мен күні: {value}",
    ),
    "party_a": ("Party A", "Сторона А", "А тарап"),
    "party_b": ("Party B", "Сторона Б", "Б тарап"),
    # status report
    "status_heading": ("STATUS REPORT", "ОТЧЁТ О ХОДЕ ВЫПОЛНЕНИЯ", "ОРЫНДАЛУ БАРЫСЫ ТУРАЛЫ ЕСЕП"),
    "status_report": ("Status report", "Отчёт о ходе выполнения", "Орындалу барысы туралы есеп"),
    "as_of": ("As of {date}", "По состоянию на {date}", "{date} жағдай бойынша"),
    "measures_total": ("Measures", "Мероприятий", "Іс-шаралар"),
    "done_share": ("Done", "Выполнено", "Орындалды"),
    "overdue_count": ("Overdue", "Просрочено", "Мерзімі өткен"),
    "postponed_cancelled": (
        "Postponed or cancelled",
        "Перенесено или отменено",
        "Кейінге шегерілген немесе бас тартылған",
    ),
    "by_sector": (
        "Measures by sector and status",
        "Мероприятия по разделам и статусам",
        "Бөлімдер мен күйлер бойынша іс-шаралар",
    ),
    "col_sector": ("Sector", "Раздел", "Бөлім"),
    "col_total": ("Total", "Всего", "Барлығы"),
    "col_share_done": ("Done, %", "Выполнено, %", "Орындалды, %"),
    "total_row": ("Total", "Итого", "Жиыны"),
    "chart_title": (
        "Measures by status in each sector",
        "Мероприятия по статусам в каждом разделе",
        "Әр бөлімдегі іс-шаралардың күйлері",
    ),
    "chart_note": ("{share} done", "выполнено {share}", "орындалды: {share}"),
    "overdue_heading": ("Overdue measures", "Просроченные мероприятия", "Мерзімі өткен іс-шаралар"),
    "overdue_explained": (
        "Overdue: the period of the timing ended before {date} and the measure is neither done "
        "nor cancelled.",
        "Просроченными считаются мероприятия, срок исполнения которых истёк до {date}, если они "
        "не выполнены и не отменены.",
        "Орындау мерзімі {date} дейін өтіп кеткен, орындалмаған және бас тартылмаған іс-шаралар "
        "мерзімі өткен болып саналады.",
    ),
    "no_overdue": (
        "No overdue measures.",
        "Просроченных мероприятий нет.",
        "Мерзімі өткен іс-шаралар жоқ.",
    ),
    "postponed_heading": (
        "Postponed and cancelled measures",
        "Перенесённые и отменённые мероприятия",
        "Кейінге шегерілген және бас тартылған іс-шаралар",
    ),
    "no_postponed": (
        "No postponed or cancelled measures.",
        "Перенесённых и отменённых мероприятий нет.",
        "Кейінге шегерілген және бас тартылған іс-шаралар жоқ.",
    ),
    "col_status": ("Status", "Статус", "Күйі"),
    "col_due": ("Due by", "Срок истёк", "Мерзімі өтті"),
    # upcoming events
    "upcoming_heading": ("UPCOMING EVENTS", "ПРЕДСТОЯЩИЕ МЕРОПРИЯТИЯ", "АЛДАҒЫ ІС-ШАРАЛАР"),
    "upcoming_report": ("Upcoming events", "Предстоящие мероприятия", "Алдағы іс-шаралар"),
    "window": ("{start} – {end}", "с {start} по {end}", "{start} – {end}"),
    "events_count": ("Events in the period", "Мероприятий в периоде", "Кезеңдегі іс-шаралар"),
    "events_fixed": ("With a fixed date", "С точной датой", "Нақты күні белгіленген"),
    "events_loose": ("No fixed date", "Без точной даты", "Нақты күні жоқ"),
    "col_date": ("Date", "Дата", "Күні"),
    "col_place": ("Place", "Место", "Орны"),
    "col_level": ("Level", "Уровень", "Деңгейі"),
    "week_of": ("Week of {start} – {end}", "Неделя {start} – {end}", "Апта: {start} – {end}"),
    "not_fixed": (
        "During the period, no fixed date",
        "В течение периода, без точной даты",
        "Кезең ішінде, нақты күні жоқ",
    ),
    "no_events": (
        "No events in this period.",
        "В этом периоде мероприятий нет.",
        "Бұл кезеңде іс-шаралар жоқ.",
    ),
    "upcoming_explained": (
        "Listed: measures whose timing falls within the period, except cancelled ones. Measures "
        "timed for a whole year or more, “by agreement of the parties”, “annually” or “during the"
        " plan period”, or with timing words that name no dates, have no date of their own and "
        "are not listed.",
        "В перечень включены мероприятия, срок исполнения которых приходится на период, кроме "
        "отменённых. Мероприятия со сроком в год и более, «по согласованию сторон», «ежегодно», "
        "«в течение срока действия плана» или со сроком без определённых дат не включены.",
        "Тізбеге орындау мерзімі кезеңге келетін іс-шаралар енгізілді, бас тартылғандары "
        "қоспағанда. Мерзімі бір жыл не одан көп, «тараптардың келісімі бойынша», «жыл сайын», "
        "«жоспардың қолданылу мерзімі ішінде» деп белгіленген немесе нақты күндері жоқ іс-шаралар"
        " енгізілмеді.",
    ),
    # assignments per agency
    # changes since a date (the change history)
    "changes_heading": (
        "CHANGES TO THE PLAN",
        "ИЗМЕНЕНИЯ В ПЛАНЕ",
        "ЖОСПАРҒА ЕНГІЗІЛГЕН ӨЗГЕРІСТЕР",
    ),
    "changes_report": ("Changes", "Изменения", "Өзгерістер"),
    "changes_since": ("Since {date}", "С {date}", "{date} бастап"),
    "changes_between": ("From {start} to {end}", "С {start} по {end}", "{start} – {end}"),
    "changes_count": (
        "{count} changes by {people}",
        "изменений: {count}; внесли: {people}",
        "өзгерістер: {count}; енгізгендер: {people}",
    ),
    "no_changes": (
        "No changes in this period.",
        "Изменений за период нет.",
        "Кезеңде өзгерістер жоқ.",
    ),
    "col_when": ("When", "Когда", "Қашан"),
    "col_who": ("Who", "Кто", "Кім"),
    "col_field": ("Field", "Поле", "Өріс"),
    "col_was": ("Was", "Было", "Болған"),
    "col_became": ("Became", "Стало", "Болды"),
    "change_created": ("added", "добавлено", "қосылды"),
    "change_deleted": ("deleted", "удалено", "жойылды"),
    "change_undo": ("undone", "отменено", "болдырылмады"),
    "change_redo": ("redone", "повторено", "қайталанды"),
    "field_title": ("title", "наименование", "атауы"),
    "field_description": ("description", "описание", "сипаттамасы"),
    "field_kind": ("kind", "вид", "түрі"),
    "field_level": ("level", "уровень", "деңгейі"),
    "field_framework": ("framework", "формат", "форматы"),
    "field_responsible_a": (
        "responsible (party A)",
        "ответственные исполнители (сторона А)",
        "жауапты орындаушылар (А тарап)",
    ),
    "field_responsible_b": (
        "responsible (party B)",
        "ответственные исполнители (сторона Б)",
        "жауапты орындаушылар (Б тарап)",
    ),
    "field_form": ("form of completion", "форма завершения", "аяқтау нысаны"),
    "field_timing_text": ("timing", "срок исполнения", "орындау мерзімі"),
    "field_location": ("location", "место проведения", "өткізілетін орны"),
    "field_status": ("status", "статус", "күйі"),
    "field_priority": ("priority", "приоритет", "басымдығы"),
    "field_notes": ("notes", "примечание", "ескертпе"),
    "field_number": ("number", "номер", "нөмірі"),
    "field_sector_id": ("sector", "раздел", "бөлім"),
    "field_name": ("name", "название", "атауы"),
    "agencies_heading": (
        "ASSIGNMENTS BY RESPONSIBLE AGENCY",
        "ПОРУЧЕНИЯ ПО ОТВЕТСТВЕННЫМ ИСПОЛНИТЕЛЯМ",
        "ЖАУАПТЫ ОРЫНДАУШЫЛАР БОЙЫНША ТАПСЫРМАЛАР",
    ),
    "agencies_report": (
        "Assignments by agency",
        "Поручения по исполнителям",
        "Орындаушылар бойынша тапсырмалар",
    ),
    "side": (
        "{party}: responsible agencies",
        "{party}: ответственные исполнители",
        "{party}: жауапты орындаушылар",
    ),
    "col_agency": ("Agency", "Исполнитель", "Орындаушы"),
    "col_measures": ("Measures", "Мероприятий", "Іс-шаралар"),
    "col_done": ("Done", "Выполнено", "Орындалды"),
    "col_open": ("Open", "В работе", "Орындалуда"),
    "col_overdue": ("Overdue", "Просрочено", "Мерзімі өткен"),
    "col_with": ("Together with", "Совместно с", "Бірлесіп"),
    "agency_section": (
        "{agency} — measures: {count}",
        "{agency} — мероприятий: {count}",
        "{agency} — іс-шаралар: {count}",
    ),
    "no_agency": ("(no agency named)", "(исполнитель не указан)", "(орындаушы көрсетілмеген)"),
    "overdue_mark": ("overdue", "просрочено", "мерзімі өткен"),
}

_EN_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_RU_DAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
_KK_DAYS = ("дс", "сс", "ср", "бс", "жм", "сн", "жс")

# Kazakh names of the core's vocabularies (the core has English and Russian).
_KK_VOCAB: dict[str, str] = {
    "Status.planned": "Жоспарланған",
    "Status.in_preparation": "Дайындалуда",
    "Status.in_progress": "Орындалу үстінде",
    "Status.done": "Орындалды",
    "Status.postponed": "Кейінге шегерілді",
    "Status.cancelled": "Бас тартылды",
    "Kind.visit": "Сапар",
    "Kind.meeting": "Кездесу",
    "Kind.consultations": "Консультациялар",
    "Kind.event": "Көпшілік іс-шара",
    "Kind.agreement": "Келісім немесе құжат",
    "Kind.exchange": "Алмасу бағдарламасы",
    "Kind.other": "Басқа",
    "Level.head_of_state": "Мемлекет басшысы",
    "Level.head_of_government": "Үкімет басшысы",
    "Level.minister": "Министр",
    "Level.deputy_minister": "Министрдің орынбасары",
    "Level.expert": "Сарапшылар деңгейі",
    "Framework.bilateral": "Екіжақты",
    "Framework.cis": "ТМД",
    "Framework.eaeu": "ЕАЭО",
    "Framework.csto": "ҰҚШҰ",
    "Framework.sco": "ШЫҰ",
    "Framework.un": "БҰҰ",
    "Framework.other": "Басқа формат",
    "Priority.low": "Төмен",
    "Priority.normal": "Қалыпты",
    "Priority.high": "Жоғары",
    "PlanState.draft": "Жоба",
    "PlanState.signed": "Қол қойылған",
    "PlanState.in_force": "Күшінде",
    "PlanState.completed": "Аяқталған",
    "ProgressStatus.done": "Орындалды",
    "ProgressStatus.in_progress": "Орындалу үстінде",
    "ProgressStatus.not_done": "Орындалмады",
    "ProgressStatus.postponed": "Кейінге шегерілді",
    "ProgressStatus.cancelled": "Бас тартылды",
    "ProgressStatus.carried_over": "Келесі жоспарға ауыстырылды",
}

# Letters only Kazakh uses among Cyrillic alphabets (and Ё/Ъ/Щ... are shared).
_KK_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def vocab_label(member: Vocabulary, lang: str) -> str:
    """A vocabulary member's name in a report language ("Исполнено", "Орындалды")."""
    if lang == "kk":
        return _KK_VOCAB.get(f"{type(member).__name__}.{member.value}", member.label)
    return member.label_in(lang)


def guess_lang(texts: Iterable[str]) -> str:
    """The language of a document from its text: "kk", "ru" or "en".

    Kazakh when its own letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) make up a noticeable share of the
    Cyrillic ones (Russian text quoting a Kazakh name has a few), Russian when most
    letters are Cyrillic, English otherwise (also for no text at all).
    """
    cyrillic = latin = kazakh = 0
    for text in texts:
        for char in text or "":
            if char in _KK_LETTERS:
                kazakh += 1
                cyrillic += 1
            elif "\u0400" <= char <= "\u04ff":
                cyrillic += 1
            elif char.isascii() and char.isalpha():
                latin += 1
    if cyrillic == 0 or cyrillic < latin:
        return "en"
    return "kk" if kazakh >= 0.02 * cyrillic else "ru"


def check_lang(lang: str) -> str:
    """``lang`` if reports can be written in it, else a :class:`ValidationError`."""
    if lang not in REPORT_LANGS:
        raise ValidationError(
            f"Reports are written in {', '.join(REPORT_LANGS[:-1])} or {REPORT_LANGS[-1]}, "
            f"not '{lang}'"
        )
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

    def vocab(self, member: Vocabulary) -> str:
        """A vocabulary member's name in this language (see :func:`vocab_label`)."""
        return vocab_label(member, self.lang)

    def date(self, d: Day | None) -> str:
        """A date in full: "12 Apr 2023" / "12.04.2023" (ru and kk); "" for None."""
        if d is None:
            return ""
        if self.lang in ("ru", "kk"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"

    def day_with_weekday(self, d: Day) -> str:
        """A date with its weekday: "Wed 12 Apr 2023" / "12.04.2023, ср" / "12.04.2023, ср"."""
        if self.lang == "ru":
            return f"{self.date(d)}, {_RU_DAYS[d.weekday()]}"
        if self.lang == "kk":
            return f"{self.date(d)}, {_KK_DAYS[d.weekday()]}"
        return f"{_EN_DAYS[d.weekday()]} {self.date(d)}"

    def span(self, start: Day, end: Day) -> str:
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
        return f"{value}%" if self.lang == "en" else f"{value} %"
