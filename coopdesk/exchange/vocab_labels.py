"""The names of the vocabularies in an exchanged workbook, Kazakh included.

The core (:mod:`coopdesk.domain.vocab`) names its codes in English and Russian. An
Excel export in Kazakh writes the Kazakh names of ``resources/translations/GLOSSARY.md``
(the same names the Kazakh reports print), and an import reads a cell in any of the
three languages back to its code.
"""

from __future__ import annotations

from coopdesk.domain.vocab import Vocabulary

#: The languages an Excel export is written in.
EXPORT_LANGS: tuple[str, ...] = ("en", "ru", "kk")

#: Kazakh names of the measure vocabularies (GLOSSARY.md, "Vocabularies").
KK_LABELS: dict[str, str] = {
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
}


def vocab_label(member: Vocabulary, lang: str) -> str:
    """The name of ``member`` in an export language ("Орындалды" for done in Kazakh)."""
    if lang == "kk":
        return KK_LABELS.get(f"{type(member).__name__}.{member.value}", member.label)
    return member.label_in(lang)


_KK_LOOKUP: dict[type[Vocabulary], dict[str, Vocabulary]] = {}


def parse_kk(vocab: type[Vocabulary], text: str) -> Vocabulary | None:
    """The member of ``vocab`` whose Kazakh name is ``text`` (any case), or None."""
    table = _KK_LOOKUP.get(vocab)
    if table is None:
        table = _KK_LOOKUP[vocab] = {
            KK_LABELS[f"{vocab.__name__}.{m.value}"].casefold(): m
            for m in vocab
            if f"{vocab.__name__}.{m.value}" in KK_LABELS
        }
    return table.get(" ".join(text.casefold().split()))
