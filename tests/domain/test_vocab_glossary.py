"""The core's vocabulary names are the glossary's, in Russian and Kazakh, everywhere.

``resources/translations/GLOSSARY.md`` is the one list of terms; the core keeps one
table of names (``coopdesk/domain/vocab.py``) that the exports, the reports and the
calendar use.  Each of its rows must be the glossary's row; the reports must not
use the words the glossary replaced («Выполнено», «В работе»).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coopdesk.domain.vocab import FIELD_VOCABULARIES, PlanState, Status, Vocabulary
from coopdesk.reports.labels import REPORT_LANGS, Labels, vocab_label

GLOSSARY = Path(__file__).resolve().parents[2] / "resources" / "translations" / "GLOSSARY.md"
VOCABULARIES: tuple[type[Vocabulary], ...] = (*FIELD_VOCABULARIES.values(), PlanState)


def glossary_vocabularies() -> dict[str, tuple[str, str]]:
    """English name -> (Russian, Kazakh) from the glossary's Vocabularies table.

    A row naming several ("CIS / EAEU / CSTO", "Low / Normal / High (priority)") is
    split into its names; a parenthesis after an English name only explains it.
    """
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text.split("## Vocabularies", 1)[1].split("\n## ", 1)[0]
    out: dict[str, tuple[str, str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("English", "") or set(cells[0]) <= set("-"):
            continue
        english = re.sub(r"\s*\([^)]*\)\s*$", "", cells[0])
        names = [n.strip() for n in english.split(" / ")]
        russian = [n.strip() for n in cells[1].split(" / ")]
        kazakh = [n.strip() for n in cells[2].split(" / ")]
        assert len(names) == len(russian) == len(kazakh), line
        out.update(zip(names, zip(russian, kazakh, strict=True), strict=True))
    return out


def test_the_glossary_table_is_read() -> None:
    table = glossary_vocabularies()
    assert table["Done"] == ("Исполнено", "Орындалды")
    assert table["EAEU"] == ("ЕАЭС", "ЕАЭО")
    assert table["High"] == ("Высокий", "Жоғары")
    assert len(table) >= 30


@pytest.mark.parametrize("vocab", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_vocabulary_name_is_the_glossary_term(vocab: type[Vocabulary]) -> None:
    table = glossary_vocabularies()
    wrong = []
    for member in vocab:
        if member.label == "Other":
            continue  # not a term of the plans; "Другое" / "Басқа"
        assert member.label in table, f"{vocab.__name__}.{member.name}: not in the glossary"
        expected = table[member.label]
        found = (member.label_in("ru"), member.label_in("kk"))
        if found != expected:
            wrong.append(f"{member.label}: {found} instead of {expected}")
    assert not wrong, "\n".join(wrong)


def test_reports_and_exports_use_the_same_names() -> None:
    for member in Status:
        for lang in REPORT_LANGS:
            assert vocab_label(member, lang) == member.label_in(lang)
    assert Status.DONE.label_in("ru") == "Исполнено"
    assert Status.IN_PROGRESS.label_in("kk") == "Орындалу үстінде"


def test_reports_avoid_the_replaced_words() -> None:
    words = " ".join(Labels("ru").words().values()).casefold()
    for replaced in ("выполн", "в работе", "в подготовке"):
        assert replaced not in words, replaced
    assert Labels("ru")["status_heading"] == "ОТЧЁТ О ХОДЕ ИСПОЛНЕНИЯ"


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Выполнено", Status.DONE),  # written by CoopDesk before the glossary
        ("В работе", Status.IN_PROGRESS),
        ("Исполнено", Status.DONE),
        ("в процессе исполнения", Status.IN_PROGRESS),
        ("Орындалды", Status.DONE),
        ("Кейінге шегерілді", Status.POSTPONED),
    ],
)
def test_old_new_and_kazakh_names_are_read(text: str, member: Status) -> None:
    assert Status.parse(text) is member
