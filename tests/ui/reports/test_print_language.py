"""Print in the plan's language or another one (issue 14, item 6), and printed table
cells that never cut a word without a hyphen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

pytestmark = pytest.mark.store


def _printed(window, monkeypatch) -> list[str]:
    from coopdesk.ui.reports import preview

    printed: list[str] = []
    monkeypatch.setattr(preview, "preview_report", lambda _p, doc: printed.append(doc.lang) or 1)
    return printed


def test_file_menu_offers_the_print_language_ticked_on_the_plans(window, monkeypatch) -> None:
    window.workspace.update_plan(window.plan_id, {"language": "ru"})
    window.plan = window.service.get_plan(window.plan_id)
    menu = window.print_language.menu
    assert menu in [a.menu() for a in window.file_menu.actions() if isinstance(a.menu(), QMenu)]
    menu.aboutToShow.emit()
    ticked = [a.data() for a in menu.actions() if a.isChecked()]
    assert ticked == ["ru"]
    printed = _printed(window, monkeypatch)
    window.print_action.trigger()
    assert printed == ["ru"]
    # The user picks Kazakh for this plan: the menu shows it and Print uses it.
    window.print_language.actions["kk"].trigger()
    menu.aboutToShow.emit()
    assert [a.data() for a in menu.actions() if a.isChecked()] == ["kk"]
    window.print_action.trigger()
    assert printed == ["ru", "kk"]
    # The plan's language is not changed by a print choice.
    assert window.service.get_plan(window.plan_id).language == "ru"


def test_a_plan_without_a_language_prints_in_the_windows(window, monkeypatch) -> None:
    printed = _printed(window, monkeypatch)
    window.print_action.trigger()
    assert printed == ["en"]  # the test window speaks English


def test_a_narrow_status_column_never_cuts_a_word_without_a_hyphen(
    window, tmp_path, pdf_pages
) -> None:
    from coopdesk.reports.catalog import build_report
    from coopdesk.ui.reports.pdf import write_pdf

    document = build_report(window.service, window.plan_id, "status", lang="ru")
    path = tmp_path / "status.pdf"
    write_pdf(document, path)
    text = "\n".join(pdf_pages(path))
    words = set(re.findall(r"[А-Яа-яЁёӘәӨөҮүҰұҚқҒғҢңІіҺһ]+-?", text))
    # Status names are whole words or hyphenated parts, never "Запланиров" + "ано".
    assert "Запланиров" not in words and "ано" not in words
    for status in ("Запланировано", "Исполнено"):  # the glossary's terms
        assert status in text or any(
            w.endswith("-") and status.startswith(w[:-1]) for w in words
        ), status
