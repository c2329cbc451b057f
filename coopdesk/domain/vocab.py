"""Vocabularies with stable codes.

The codes are what the store, the CLI's JSON and exchanged files hold; they never
change once released. Labels are for people and come in English and Russian
(the UI translates the English ones through Qt's ``tr()``).
"""

from __future__ import annotations

from enum import StrEnum


class Vocabulary(StrEnum):
    """A closed list of codes, each with an English and a Russian label."""

    @property
    def label(self) -> str:
        """The English label."""
        return _labels(self)[0]

    def label_in(self, lang: str) -> str:
        """The label in ``lang`` ("en" or "ru"); English for anything else."""
        en, ru = _labels(self)
        return ru if lang == "ru" else en

    @classmethod
    def parse(cls, value: str) -> Vocabulary:
        """Find a member by its code or by a label in either language.

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

    @property
    def is_closed(self) -> bool:
        """Done and cancelled measures can no longer be overdue."""
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
CLOSED_STATUSES: frozenset[str] = frozenset({"done", "cancelled"})

_LOOKUPS: dict[type, dict[str, Vocabulary]] = {}


def _lookup(cls: type[Vocabulary]) -> dict[str, Vocabulary]:
    """Codes and casefolded labels of a vocabulary, built once per class."""
    table = _LOOKUPS.get(cls)
    if table is None:
        table = {}
        for member in cls:
            en, ru = _labels(member)
            for key in (ru, en, member.value):
                table[key.casefold()] = member
        _LOOKUPS[cls] = table
    return table


_LABELS: dict[Vocabulary, tuple[str, str]] = {
    Status.PLANNED: ("Planned", "Запланировано"),
    Status.IN_PREPARATION: ("In preparation", "В подготовке"),
    Status.IN_PROGRESS: ("In progress", "В работе"),
    Status.DONE: ("Done", "Выполнено"),
    Status.POSTPONED: ("Postponed", "Перенесено"),
    Status.CANCELLED: ("Cancelled", "Отменено"),
    Kind.VISIT: ("Visit", "Визит"),
    Kind.MEETING: ("Meeting", "Встреча"),
    Kind.CONSULTATIONS: ("Consultations", "Консультации"),
    Kind.EVENT: ("Event", "Мероприятие"),
    Kind.AGREEMENT: ("Agreement or document", "Соглашение или документ"),
    Kind.EXCHANGE: ("Exchange programme", "Программа обменов"),
    Kind.OTHER: ("Other", "Другое"),
    Level.HEAD_OF_STATE: ("Head of state", "Глава государства"),
    Level.HEAD_OF_GOVERNMENT: ("Head of government", "Глава правительства"),
    Level.MINISTER: ("Minister", "Министр"),
    Level.DEPUTY_MINISTER: ("Deputy minister", "Заместитель министра"),
    Level.EXPERT: ("Expert", "Эксперт"),
    Framework.BILATERAL: ("Bilateral", "Двустороннее"),
    Framework.CIS: ("CIS", "СНГ"),
    Framework.EAEU: ("EAEU", "ЕАЭС"),
    Framework.CSTO: ("CSTO", "ОДКБ"),
    Framework.SCO: ("SCO", "ШОС"),
    Framework.UN: ("UN", "ООН"),
    Framework.OTHER: ("Other", "Другое"),
    Priority.LOW: ("Low", "Низкий"),
    Priority.NORMAL: ("Normal", "Обычный"),
    Priority.HIGH: ("High", "Высокий"),
    PlanState.DRAFT: ("Draft", "Проект"),
    PlanState.SIGNED: ("Signed", "Подписан"),
    PlanState.IN_FORCE: ("In force", "Действует"),
    PlanState.COMPLETED: ("Completed", "Завершён"),
}

# Members of different vocabularies with the same code are equal (and hash alike) as
# strings, so a vocabulary sharing codes with another keeps its labels apart, by code.
_LABELS_BY_CODE: dict[type, dict[str, tuple[str, str]]] = {
    ProgressStatus: {
        "done": ("Done", "Исполнено"),
        "in_progress": ("In progress", "В процессе исполнения"),
        "not_done": ("Not done", "Не исполнено"),
        "postponed": ("Postponed", "Перенесено"),
        "cancelled": ("Cancelled", "Отменено"),
        "carried_over": ("Carried over", "Перенесено в следующий план"),
    },
}


def _labels(member: Vocabulary) -> tuple[str, str]:
    """A member's English and Russian labels."""
    by_code = _LABELS_BY_CODE.get(type(member))
    if by_code is not None:
        return by_code[member.value]
    return _LABELS[member]
