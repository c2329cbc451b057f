"""The translation catalogues: every string of the window translated, well, in both languages.

``pyside6-lupdate`` is run over ``coopdesk/ui`` into a temporary copy of the committed
``.ts`` files, with the flags of ``make update-translations``; a string someone added
without translating it (unfinished), or a translation whose string is gone (obsolete),
fails the test by name.  The translations themselves must keep the source's
placeholders, its ``&`` mnemonic, every plural form, and the glossary's terms.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("ru", "kk")
#: Plural forms Qt asks for: Russian has three, Kazakh two (the same word after a number).
NUMERUS_FORMS = {"ru": 3, "kk": 2}


def _qt_tool(name: str) -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    tool = Path(spec.origin).parent / name
    assert tool.is_file(), f"PySide6 ships no {name}"
    return tool


def _lupdate_flags() -> list[str]:
    """The flags of ``make update-translations``, read from the Makefile (one source)."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(r"^LUPDATE_FLAGS\s*:=\s*(.+)$", makefile, re.MULTILINE)
    assert match, "LUPDATE_FLAGS missing from the Makefile"
    return shlex.split(match.group(1))


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    kind: str  # "", "unfinished", "obsolete", "vanished"
    translations: tuple[str, ...]
    numerus: bool

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    translation.get("type", ""),
                    texts,
                    message.get("numerus") == "yes",
                )
            )
    return entries


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Entry]]:
    """The committed catalogues after lupdate has read today's sources (in a temp copy)."""
    folder = tmp_path_factory.mktemp("ts")
    sources = sorted(str(p) for p in (ROOT / "coopdesk" / "ui").rglob("*.py"))
    out = {}
    for lang in LANGS:
        copy = folder / f"coopdesk_{lang}.ts"
        shutil.copy(TRANSLATIONS / f"coopdesk_{lang}.ts", copy)
        result = subprocess.run(
            [str(_qt_tool("lupdate")), *_lupdate_flags(), *sources, "-ts", str(copy)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        out[lang] = read_ts(copy)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_of_the_window_is_translated(updated, lang: str) -> None:
    entries = updated[lang]
    assert len(entries) > 300  # the window's strings were found at all
    unfinished = [str(e) for e in entries if e.kind == "unfinished"]
    assert not unfinished, (
        f"{len(unfinished)} string(s) not translated in coopdesk_{lang}.ts "
        f"(run `make update-translations`, then translate them): {unfinished}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_no_translation_is_left_for_a_string_that_is_gone(updated, lang: str) -> None:
    obsolete = [str(e) for e in updated[lang] if e.kind in ("obsolete", "vanished")]
    assert not obsolete, (
        f"coopdesk_{lang}.ts translates strings the code no longer has "
        f"(run `make update-translations`): {obsolete}"
    )


def test_the_committed_files_are_what_lupdate_writes(updated) -> None:
    """No hand-edited entry lupdate would drop or change: the files are up to date."""
    for lang in LANGS:
        committed = read_ts(TRANSLATIONS / f"coopdesk_{lang}.ts")
        assert committed == updated[lang], f"run `make update-translations` ({lang})"


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:\d|n)", text))


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_mnemonics_and_plural_forms(lang: str) -> None:
    problems = []
    for e in read_ts(TRANSLATIONS / f"coopdesk_{lang}.ts"):
        if e.numerus and (len(e.translations) != NUMERUS_FORMS[lang] or not all(e.translations)):
            problems.append(f"{e}: plural forms {e.translations}")
        for text in e.translations:
            if not text.strip() and e.source.strip():
                problems.append(f"{e}: empty")
            if _placeholders(text) != _placeholders(e.source):
                problems.append(f"{e}: placeholders {text!r}")
            source_marks = len(re.findall(r"&(?!&)\w", e.source))
            marks = len(re.findall(r"&(?!&)\w", text))
            if source_marks != marks:
                problems.append(f"{e}: mnemonic {text!r}")
            if e.source.endswith("…") != text.endswith("…"):
                problems.append(f"{e}: an ellipsis says a dialog follows: {text!r}")
    assert not problems, "\n".join(problems)


def test_plural_forms_of_russian_agree_with_the_number() -> None:
    entries = {e.source: e for e in read_ts(TRANSLATIONS / "coopdesk_ru.ts") if e.numerus}
    one, few, many = entries["Next %n days"].translations
    assert one.endswith("день") and few.endswith("дня") and many.endswith("дней")


# ------------------------------------------------------------------------ glossary


def _glossary() -> list[tuple[str, str, str]]:
    """(english, russian alternatives, kazakh alternatives) rows of GLOSSARY.md, split."""
    rows: list[tuple[str, str, str]] = []
    for line in (TRANSLATIONS / "GLOSSARY.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("English", "") or set(cells[0]) <= {"-"}:
            continue
        en = re.sub(r"\s*\(.*?\)", "", cells[0])
        parts = [p.split(" / ") for p in (en, cells[1], cells[2])]
        if not len(parts[0]) == len(parts[1]) == len(parts[2]):
            continue
        rows.extend(zip(*parts, strict=True))
    return rows


def _bare(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).strip().rstrip(":…").strip().casefold()


def _stem(word: str) -> str:
    return word if len(word) <= 4 else word[: len(word) - 2]


def _uses(translation: str, term: str) -> bool:
    """Whether ``translation`` uses ``term`` (any of its comma-separated alternatives)."""
    bare = _bare(translation)
    return any(
        all(_stem(w) in bare for w in alternative.casefold().split())
        for alternative in term.split(",")
    )


def test_the_glossary_is_followed_for_every_string_that_is_a_term() -> None:
    glossary = _glossary()
    assert len(glossary) > 60
    terms = {en.casefold(): (ru, kk) for en, ru, kk in glossary}
    checked, wrong = 0, []
    for index, lang in enumerate(LANGS):
        for e in read_ts(TRANSLATIONS / f"coopdesk_{lang}.ts"):
            wanted = terms.get(_bare(e.source))
            if wanted is None:
                continue
            checked += 1
            if not _uses(e.translations[0], wanted[index]):
                wrong.append(f"{lang} {e}: {e.translations[0]!r}, glossary: {wanted[index]!r}")
    assert checked > 80
    assert not wrong, "\n".join(wrong)


def test_the_glossary_gives_the_ministry_terms() -> None:
    rows = {en: (ru, kk) for en, ru, kk in _glossary()}
    assert rows["measure"] == ("мероприятие", "іс-шара")
    assert rows["timing"] == ("срок исполнения", "орындау мерзімі")
    assert rows["responsible agencies"] == ("ответственные исполнители", "жауапты орындаушылар")
    assert rows["form of completion"] == ("форма завершения", "аяқтау нысаны")
    assert rows["notes"] == ("примечание", "ескертпе")
    assert rows["sector"] == ("раздел", "бөлім")
    assert rows["by agreement of the parties"][0] == "по согласованию сторон"
    assert rows["Done"][0] == "Исполнено" and rows["In progress"][0] == "В процессе исполнения"


# ------------------------------------------------------------------------ compiled


@pytest.mark.parametrize("lang", LANGS)
def test_lrelease_compiles_every_message(tmp_path: Path, lang: str) -> None:
    qm = tmp_path / f"coopdesk_{lang}.qm"
    result = subprocess.run(
        [str(_qt_tool("lrelease")), str(TRANSLATIONS / f"coopdesk_{lang}.ts"), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    match = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)",
                      result.stdout)  # fmt: skip
    assert match, result.stdout
    assert int(match.group(3)) == 0 and int(match.group(1)) > 300
    assert qm.stat().st_size > 10_000
