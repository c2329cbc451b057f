"""File > Compare editions…: choose A and B, change a pairing, type a comment, save the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from coopdesk.exchange.compare import PairedBy, RowKind
from coopdesk.ui.compare_dialog import (
    COL_CHANGES,
    COL_COMMENT,
    COL_PAIRED,
    CompareDialog,
)

from .conftest import type_text

pytestmark = pytest.mark.store


@pytest.fixture
def edited(sample, tmp_path: Path) -> Path:
    """The sample plan exported, with the first measure retitled and the second deleted."""
    from openpyxl import load_workbook

    from coopdesk.services.exports import export_plan

    service, plan = sample
    exported = tmp_path / "export.xlsx"
    export_plan(service, plan.id, exported, "ru")
    book = load_workbook(exported)
    sheet = book.worksheets[0]
    rows = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    sheet.cell(rows["1.1.1"], 2).value = "Встреча министров иностранных дел Қазақстан и России"
    sheet.delete_rows(rows["1.1.2"])
    book.save(tmp_path / "edited.xlsx")
    return tmp_path / "edited.xlsx"


@pytest.fixture
def dialog(qtbot, sample):
    service, plan = sample
    dlg = CompareDialog(service, plan_id=plan.id, lang="ru")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def select(dialog: CompareDialog, rows: list[int]) -> None:
    model = dialog.view.selectionModel()
    model.clearSelection()
    for row in rows:
        model.select(
            dialog.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def row_of(dialog: CompareDialog, kind: RowKind) -> list[int]:
    return [
        r
        for r in range(dialog.proxy.rowCount())
        if dialog.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == kind.value
    ]


def test_compare_pair_comment_and_save(qtbot, dialog, edited, tmp_path, monkeypatch) -> None:
    from pytestqt.modeltest import ModelTester

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(edited), ""))
    )
    qtbot.mouseClick(dialog.file_b, Qt.MouseButton.LeftButton)
    assert dialog.source_b.currentText() == "File: edited.xlsx"
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert "1 changed, 0 added, 1 removed, 32 unchanged" in dialog.summary.text()
    ModelTester(None).check(dialog.model)

    dialog.changed_only.setChecked(True)
    assert dialog.proxy.rowCount() == 2
    (changed,) = row_of(dialog, RowKind.CHANGED)
    assert dialog.proxy.index(changed, COL_PAIRED).data() == "same id"
    assert dialog.proxy.index(changed, COL_CHANGES).data() == "title"
    # The current row's texts below the table, marked as the table will print them.
    dialog.view.setCurrentIndex(dialog.proxy.index(changed, 0))
    shown = dialog.detail.toHtml()
    assert "line-through" in shown and "font-weight" in shown
    assert "Қазақстан" in dialog.detail.toPlainText()

    # Unpair it: a removed and an added row; pair them again by hand.
    select(dialog, [changed])
    assert dialog.unpair_button.isEnabled() and not dialog.pair_button.isEnabled()
    qtbot.mouseClick(dialog.unpair_button, Qt.MouseButton.LeftButton)
    assert dialog.comparison.counts()["added"] == 1
    assert dialog.comparison.counts()["removed"] == 2
    added = row_of(dialog, RowKind.ADDED)
    removed = [
        r for r in row_of(dialog, RowKind.REMOVED) if dialog.proxy.index(r, 0).data() == "1.1.1"
    ]
    select(dialog, [removed[0], added[0]])
    assert dialog.pair_button.isEnabled()
    qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
    row = next(r for r in dialog.comparison.rows if r.a and r.a.number == "1.1.1")
    assert row.pair.by is PairedBy.USER and row.kind is RowKind.CHANGED
    (paired,) = row_of(dialog, RowKind.CHANGED)
    assert dialog.proxy.index(paired, COL_PAIRED).data() == "by you"

    # Type a comment into its third column.
    index = dialog.proxy.index(paired, COL_COMMENT)
    dialog.view.setCurrentIndex(index)
    dialog.view.edit(index)
    editor = dialog.view.findChild(QLineEdit)
    type_text(editor, "Уточнено по предложению Қазақстан")
    dialog.view.commitData(editor)
    assert index.data() == "Уточнено по предложению Қазақстан"

    out = tmp_path / "table.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text().endswith(str(out))
    from docx import Document

    table = Document(str(out)).tables[0]
    assert table.rows[0].cells[0].text == "Действующая редакция"  # the table's language
    body = table.rows[2:]
    assert len(body) == 2  # changed only
    first = body[0].cells
    assert first[2].text == "Уточнено по предложению Қазақстан"
    bold = [r.text for p in first[1].paragraphs for r in p.runs if r.bold]
    assert any("Қазақстан" in t for t in bold)


def test_a_file_that_cannot_be_read_is_explained(qtbot, dialog, tmp_path, message_boxes) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a workbook")
    dialog.add_file(dialog.source_a, str(bad))
    assert not dialog.run_compare()
    assert message_boxes["warning"] and "broken.xlsx" in message_boxes["warning"][0]
    assert dialog.comparison is None and dialog.model.rowCount() == 0


def test_file_menu_opens_compare(window) -> None:
    actions = window.file_menu.actions()
    assert window.compare_action in actions
    assert actions.index(window.compare_action) == actions.index(window.reports_action) + 1


def test_a_file_that_cannot_be_read_is_explained_in_russian(
    qtbot, dialog, tmp_path, message_boxes
) -> None:
    """The refusal comes from the core (English template): the dialog shows it in the
    window's language."""
    from coopdesk.ui import i18n
    from coopdesk.ui.app import make_application

    app = make_application()
    assert i18n.install_translators(app, "ru") == "ru"
    try:
        bad = tmp_path / "broken.xlsx"
        bad.write_bytes(b"not a workbook")
        dialog.add_file(dialog.source_a, str(bad))
        assert not dialog.run_compare()
        shown = message_boxes["warning"][0]
        assert "broken.xlsx" in shown and "zip" in shown
        assert "is not an Excel workbook" not in shown
        assert any("а" <= ch <= "я" for ch in shown)  # said in Russian
    finally:
        i18n.remove_translators(app)
