"""The core's error messages in the window's language.

The core raises English templates (``msg("...")``) with parameters; the window shows
them through :func:`coopdesk.ui.core_messages.core_text`.  These tests read every
template of the core with :mod:`ast` and check that the window lists it (so that
``lupdate`` puts it in the catalogues), that Russian and Kazakh translate it with the
same ``{fields}``, and that a real error comes out in the UI language.

``python tests/ui/test_core_messages.py`` prints the listing's lines to paste.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coopdesk.domain.validation import check_text
from coopdesk.errors import CoopDeskError, Text, ValidationError, msg
from coopdesk.ui import i18n
from coopdesk.ui.core_messages import CORE_MESSAGES, core_text

ROOT = Path(__file__).resolve().parents[2]
LISTING = ROOT / "coopdesk" / "ui" / "core_messages.py"
#: The core: everything of the package but the window (and the CLI, which prints English),
#: and the PDF writer, which the CLI shares with the window and which raises core errors.
CORE_DIRS = ("domain", "store", "services", "exchange", "reports", "calendar")
CORE_FILES = ("errors.py", "ui/reports/pdf.py")


def core_sources() -> list[Path]:
    package = ROOT / "coopdesk"
    found = [package / name for name in CORE_FILES]
    for folder in CORE_DIRS:
        found.extend(sorted((package / folder).rglob("*.py")))
    return found


def templates_in(source: str, filename: str = "<source>") -> list[str]:
    """Every literal passed to ``msg()`` in ``source``; a non-literal argument is an error."""
    out = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
            arg = node.args[0] if node.args else None
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                raise ValueError(f"{filename}:{node.lineno}: msg() takes one string literal")
            out.append(arg.value)
    return out


def core_templates() -> dict[str, str]:
    """Template -> the first file that raises it."""
    found: dict[str, str] = {}
    for path in core_sources():
        if path.name == "errors.py" and path.parent.name == "coopdesk":
            continue  # the module that defines msg(); its docstring example is no message
        for template in templates_in(path.read_text(encoding="utf-8"), str(path)):
            found.setdefault(template, str(path.relative_to(ROOT)))
    return found


def listed_templates(path: Path) -> list[str]:
    """The templates of ``QT_TRANSLATE_NOOP("core", "...")`` entries in ``path``."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "core"
        ):
            out.append(node.args[1].value)  # type: ignore[attr-defined]
    return out


def _fields(text: str) -> list[str]:
    """The names of a template's fields; a translation may drop a format spec ("{n:,}" ->
    "{n}": Russian and Kazakh group digits with a space, not a comma)."""
    return sorted(re.findall(r"\{(\w+)[^}]*\}", text))


def test_the_scanner_finds_literals_and_refuses_anything_else() -> None:
    assert templates_in('raise X(msg("Row {row} is bad"), row=1)') == ["Row {row} is bad"]
    with pytest.raises(ValueError, match="one string literal"):
        templates_in("msg(f'{x}')")


def test_every_core_template_is_listed_for_the_catalogues() -> None:
    raised = core_templates()
    assert len(raised) > 100
    listed = listed_templates(LISTING)
    assert set(listed) == set(CORE_MESSAGES)
    missing = sorted(set(raised) - set(listed))
    stale = sorted(set(listed) - set(raised))
    assert not missing, (
        "Templates raised in the core but not listed in coopdesk/ui/core_messages.py "
        "(python tests/ui/test_core_messages.py prints the list):\n" + "\n".join(missing)
    )
    assert not stale, "Listed but no longer raised:\n" + "\n".join(stale)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_core_template_is_translated_with_its_fields(lang: str) -> None:
    path = ROOT / "resources" / "translations" / f"coopdesk_{lang}.ts"
    found: dict[str, tuple[str, str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != "core":
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            found[message.findtext("source") or ""] = (node.text or "", node.get("type", ""))
    problems = []
    for template in core_templates():
        text, kind = found.get(template, ("", "missing"))
        if kind or not text:
            problems.append(f"{kind or 'empty'}: {template}")
        elif _fields(text) != _fields(template):
            problems.append(f"fields differ: {template} -> {text}")
        elif text == template and re.search("[A-Za-z]{3}", re.sub(r"\{[^}]*\}", "", text)):
            problems.append(f"still English: {template}")
    assert not problems, "\n".join(problems)


def test_str_is_english_for_the_cli() -> None:
    error = ValidationError(msg("Measure {number}: {problem}"), number="1.2", problem="bad")
    assert str(error) == "Measure 1.2: bad"
    assert error.text == Text("Measure {number}: {problem}", number="1.2", problem="bad")
    # A message built without msg() is still shown, as it is.
    assert str(CoopDeskError("Price {not a field}")) == "Price {not a field}"


@pytest.fixture(params=["ru", "kk"])
def lang(request: pytest.FixtureRequest, qapp):
    from coopdesk.ui.app import make_application

    app = make_application()
    assert i18n.install_translators(app, request.param) == request.param
    yield request.param
    i18n.remove_translators(app)


def test_a_refused_value_is_told_in_the_ui_language(lang: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_text("title", "a\x00b")
    english = str(caught.value)
    assert english == "Field 'Title': contains a NUL character (at position 2); remove it"
    shown = core_text(caught.value)
    assert (
        shown
        == {
            "ru": "Поле «Наименование»: содержит символ NUL (в позиции 2); удалите его",
            "kk": "«Атауы» өрісі: NUL таңбасы бар (2-позицияда); оны өшіріңіз",
        }[lang]
    )


def test_an_import_warning_is_told_in_the_ui_language(lang: str) -> None:
    from coopdesk.exchange.sheet_reader import parse_vocab

    with pytest.raises(ValueError) as caught:
        parse_vocab("status", "maybe later")
    assert str(caught.value).startswith("'maybe later' is not a known status (one of: Planned")
    shown = core_text(caught.value.args[0])
    assert shown.startswith(
        {
            "ru": "«maybe later» — неизвестное значение поля «статус» (допустимы: Planned",
            "kk": "«maybe later» — «күйі» өрісінің белгісіз мәні (рұқсат етілгендері: Planned",
        }[lang]
    )


def test_a_translation_with_wrong_fields_falls_back_to_english() -> None:
    text = Text("Row {row}: bad", row=3)
    assert text.render(lambda _t: "Строка {line}: плохо") == "Row 3: bad"
    assert core_text("plain words") == "plain words"


if __name__ == "__main__":  # prints the QT_TRANSLATE_NOOP lines to paste
    import json

    last = ""
    for template, where in core_templates().items():
        if where != last:
            print(f"    # {where}")
            last = where
        print(f'    QT_TRANSLATE_NOOP("core", {json.dumps(template, ensure_ascii=False)}),')
