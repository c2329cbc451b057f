"""The names of the vocabularies in an exchanged workbook, Kazakh included.

The core (:mod:`coopdesk.domain.vocab`) names its codes in English, Russian and Kazakh
(the terms of ``resources/translations/GLOSSARY.md``, the names reports print). An
Excel export in Kazakh writes those, and an import reads a cell in any of the three
languages back to its code.
"""

from __future__ import annotations

from coopdesk.domain.vocab import Framework, Kind, Level, Priority, Status, Vocabulary

#: The languages an Excel export is written in.
EXPORT_LANGS: tuple[str, ...] = ("en", "ru", "kk")

#: Kazakh names of the measure vocabularies: the core's one table (GLOSSARY.md terms,
#: :mod:`coopdesk.domain.vocab`), keyed "Status.done" and so on.
KK_LABELS: dict[str, str] = {
    f"{vocab.__name__}.{member.value}": member.label_in("kk")
    for vocab in (Status, Kind, Level, Framework, Priority)
    for member in vocab
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
