"""Vocabularies with stable codes.

The codes are what the store, the CLI's JSON and exchanged files hold; they never
change once released. Labels are for people and come in English, Russian and Kazakh, in the
glossary's terms (the UI translates the English ones through Qt's ``tr()``).
"""

from __future__ import annotations

from enum import StrEnum


class Vocabulary(StrEnum):
    """A closed list of codes, each with an English, a Russian and a Kazakh label."""

    @property
    def label(self) -> str:
        """The English label."""
        return _labels(self)[0]

    def label_in(self, lang: str) -> str:
        """The label in ``lang`` ("en", "ru" or "kk"); English for anything else."""
        en, ru, kk = _labels(self)
        return ru if lang == "ru" else kk if lang == "kk" else en

    @classmethod
    def parse(cls, value: str) -> Vocabulary:
        """Find a member by its code or by a label in any of the languages.

        Raises ``ValueError`` naming the accepted codes when nothing matches.
        """
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
        member = _lookup(cls).get(value.strip().casefold())
        if member is not None:
            return member
        codes = ", ".join(m.value for m in cls)
        raise ValueError(f"'{value}' is not a known {cls.__name__.lower()} (one of: {codes})")


class Status(Vocabulary):
    """Where a measure stands."""

    PLANNED = "planned"
    IN_PREPARATION = "in_preparation"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
    #: Moved into the next plan by carry-over (the new plan's measure links back here).
    CARRIED_OVER = "carried_over"

    @property
    def is_closed(self) -> bool:
        """Done, cancelled and carried-over measures can no longer be overdue."""
        return self.value in CLOSED_STATUSES


class Kind(Vocabulary):
    """What sort of action a measure is."""

    VISIT = "visit"
    MEETING = "meeting"
    CONSULTATIONS = "consultations"
    EVENT = "event"
    AGREEMENT = "agreement"
    EXCHANGE = "exchange"
    OTHER = "other"


class Level(Vocabulary):
    """The level at which a measure is held."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    MINISTER = "minister"
    DEPUTY_MINISTER = "deputy_minister"
    EXPERT = "expert"


class Framework(Vocabulary):
    """The framework a measure belongs to."""

    BILATERAL = "bilateral"
    CIS = "cis"
    EAEU = "eaeu"
    CSTO = "csto"
    SCO = "sco"
    UN = "un"
    OTHER = "other"


class Priority(Vocabulary):
    """How much a measure matters to the desk officer."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class PlanState(Vocabulary):
    """The life of a plan document."""

    DRAFT = "draft"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    COMPLETED = "completed"


class ProgressStatus(Vocabulary):
    """Where one party's part of a measure stands as of a reporting date."""

    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_DONE = "not_done"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
    CARRIED_OVER = "carried_over"


#: Which vocabulary each coded measure field takes: the one map services, exchange,
#: views and filters share (``level`` may also be empty).
FIELD_VOCABULARIES: dict[str, type[Vocabulary]] = {
    "kind": Kind,
    "level": Level,
    "framework": Framework,
    "status": Status,
    "priority": Priority,
}

#: Statuses after which a measure can no longer be overdue, as codes.
CLOSED_STATUSES: frozenset[str] = frozenset({"done", "cancelled", "carried_over"})

_LOOKUPS: dict[type, dict[str, Vocabulary]] = {}


def _lookup(cls: type[Vocabulary]) -> dict[str, Vocabulary]:
    """Codes and casefolded labels of a vocabulary, built once per class."""
    table = _LOOKUPS.get(cls)
    if table is None:
        table = {}
        for member in cls:
            for key in (*_FORMER_LABELS.get(member, ()), *_labels(member), member.value):
                table.setdefault(key.casefold(), member)
        _LOOKUPS[cls] = table
    return table


#: The one table of the vocabularies' names: English, Russian, Kazakh, as in
#: ``resources/translations/GLOSSARY.md`` (``tests/domain/test_vocab_glossary.py``
#: checks every row against it). The window's labels (``coopdesk/ui/vocab.py``), the
#: reports and the exports all name a code this way.
_LABELS: dict[Vocabulary, tuple[str, str, str]] = {
    Status.PLANNED: ("Planned", "Запланировано", "Жоспарланған"),
    Status.IN_PREPARATION: ("In preparation", "В стадии подготовки", "Дайындалуда"),
    Status.IN_PROGRESS: ("In progress", "В процессе исполнения", "Орындалу үстінде"),
    Status.DONE: ("Done", "Исполнено", "Орындалды"),
    Status.POSTPONED: ("Postponed", "Перенесено", "Кейінге шегерілді"),
    Status.CANCELLED: ("Cancelled", "Отменено", "Бас тартылды"),
    Status.CARRIED_OVER: ("Carried over", "Перенесено в новый план", "Жаңа жоспарға ауыстырылды"),
    Kind.VISIT: ("Visit", "Визит", "Сапар"),
    Kind.MEETING: ("Meeting", "Встреча", "Кездесу"),
    Kind.CONSULTATIONS: ("Consultations", "Консультации", "Консультациялар"),
    Kind.EVENT: ("Event", "Публичное мероприятие", "Көпшілік іс-шара"),
    Kind.AGREEMENT: ("Agreement or document", "Соглашение или документ", "Келісім немесе құжат"),
    Kind.EXCHANGE: ("Exchange programme", "Программа обменов", "Алмасу бағдарламасы"),
    Kind.OTHER: ("Other", "Другое", "Басқа"),
    Level.HEAD_OF_STATE: ("Head of state", "Глава государства", "Мемлекет басшысы"),
    Level.HEAD_OF_GOVERNMENT: ("Head of government", "Глава правительства", "Үкімет басшысы"),
    Level.MINISTER: ("Minister", "Министр", "Министр"),
    Level.DEPUTY_MINISTER: ("Deputy minister", "Заместитель министра", "Министрдің орынбасары"),
    Level.EXPERT: ("Expert", "Экспертный уровень", "Сарапшылар деңгейі"),
    Framework.BILATERAL: ("Bilateral", "Двусторонний", "Екіжақты"),
    Framework.CIS: ("CIS", "СНГ", "ТМД"),
    Framework.EAEU: ("EAEU", "ЕАЭС", "ЕАЭО"),
    Framework.CSTO: ("CSTO", "ОДКБ", "ҰҚШҰ"),
    Framework.SCO: ("SCO", "ШОС", "ШЫҰ"),
    Framework.UN: ("UN", "ООН", "БҰҰ"),
    Framework.OTHER: ("Other", "Другое", "Басқа формат"),
    Priority.LOW: ("Low", "Низкий", "Төмен"),
    Priority.NORMAL: ("Normal", "Обычный", "Қалыпты"),
    Priority.HIGH: ("High", "Высокий", "Жоғары"),
    PlanState.DRAFT: ("Draft", "Проект", "Жоба"),
    PlanState.SIGNED: ("Signed", "Подписан", "Қол қойылған"),
    PlanState.IN_FORCE: ("In force", "Действует", "Күшінде"),
    PlanState.COMPLETED: ("Completed", "Завершён", "Аяқталған"),
}

#: Russian names CoopDesk wrote before it followed the glossary: files exported then
#: (and partners who still type them) are read as before.
_FORMER_LABELS: dict[Vocabulary, tuple[str, ...]] = {
    Status.IN_PREPARATION: ("В подготовке",),
    Status.IN_PROGRESS: ("В работе",),
    Status.DONE: ("Выполнено",),
    Kind.EVENT: ("Мероприятие",),
    Level.EXPERT: ("Эксперт",),
    Framework.BILATERAL: ("Двустороннее",),
}

# Members of different vocabularies with the same code are equal (and hash alike) as
# strings, so a vocabulary sharing codes with another keeps its names apart, by code.
_LABELS_BY_CODE: dict[type, dict[str, tuple[str, str, str]]] = {
    ProgressStatus: {
        "done": ("Done", "Исполнено", "Орындалды"),
        "in_progress": ("In progress", "В процессе исполнения", "Орындалу үстінде"),
        "not_done": ("Not done", "Не исполнено", "Орындалмады"),
        "postponed": ("Postponed", "Перенесено", "Кейінге шегерілді"),
        "cancelled": ("Cancelled", "Отменено", "Бас тартылды"),
        "carried_over": ("Carried over", "Перенесено в новый план", "Жаңа жоспарға ауыстырылды"),
    },
}


def _labels(member: Vocabulary) -> tuple[str, str, str]:
    """A member's English, Russian and Kazakh names."""
    by_code = _LABELS_BY_CODE.get(type(member))
    if by_code is not None:
        return by_code[member.value]
    return _LABELS[member]
