"""The kind of a measure told by the words of its title, for sheets that do not say it.

Partner sheets often have no "kind" column; the title says it anyway: "Визит
Министра ...", "Meeting of the working group ...", "Қазақстан-Ресей бизнес форумы".
:func:`kind_from_title` finds the first word of the title (in Russian, Kazakh or
English) that names a kind, by its stem, so every inflected form is found
("визита", "визитом", "сапары", "сапарымен").  The import preview shows the kinds it
found and lets the user change each one; nothing else is guessed.
"""

from __future__ import annotations

import re

from coopdesk.domain.vocab import Kind

__all__ = ["kind_from_title"]

#: Word stems (casefolded, matched at the start of a word) naming each kind.
KIND_STEMS: dict[Kind, tuple[str, ...]] = {
    Kind.VISIT: ("визит", "посещени", "поездк", "visit", "trip", "сапар"),
    Kind.MEETING: (
        "встреч", "заседани", "переговор", "совещани", "саммит", "meeting", "session",
        "talks", "summit", "кездесу", "кездесуі", "отырыс", "мәжіліс", "келіссөз",
    ),
    Kind.CONSULTATIONS: ("консультаци", "consultation", "кеңес", "консультациял"),
    Kind.EVENT: (
        "форум", "конференци", "выставк", "фестивал", "семинар", "круглый стол", "дни культур",
        "forum", "conference", "exhibition", "festival", "seminar", "round table",
        "days of culture", "көрме", "мерекел", "мәдениет күндер",
    ),
    Kind.AGREEMENT: (
        "соглашени", "меморандум", "договор", "подписани", "agreement", "memorandum",
        "treaty", "signing", "келісім", "қол қою",
    ),
    Kind.EXCHANGE: ("обмен", "стажировк", "exchange", "internship", "алмасу", "тағылымдам"),
}  # fmt: skip

_KIND_RX = re.compile(
    "|".join(
        rf"(?P<{kind.value}>(?<![^\W\d_])(?:{'|'.join(map(re.escape, stems))}))"
        for kind, stems in KIND_STEMS.items()
    )
)


def kind_from_title(title: str) -> Kind | None:
    """The kind the first kind-naming word of ``title`` says, or None when none does.

    "Визит Президента для подписания соглашения" is a VISIT: the first word that
    names a kind decides, as it names what the measure is.
    """
    m = _KIND_RX.search(title.casefold().replace("ё", "е"))
    return Kind(m.lastgroup) if m is not None and m.lastgroup else None
