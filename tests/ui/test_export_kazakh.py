"""File > Export to Excel (Kazakh): the window writes the plan with Kazakh headers."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QFileDialog


def test_the_kazakh_export_action_writes_a_kazakh_sheet(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "жоспар.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert window.export_kk_action in window.file_menu.actions()
    assert window.export_kk_action.isEnabled()
    window.export_kk_action.trigger()
    qtbot.waitUntil(out.is_file, timeout=20_000)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Жоспар"
    texts = {c.value for row in book.worksheets[0].iter_rows() for c in row}
    assert {"р/с №", "Іс-шараның атауы", "Орындау мерзімі", "Күйі"} <= texts
    # The sample plan's statuses, in the glossary's Kazakh words.
    assert "Жоспарланған" in texts or "Орындалды" in texts
