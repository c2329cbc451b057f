"""The import preview and conflict dialogs, and File > Import / Export run off the GUI thread.

Dialogs are driven through their widgets; ``exec`` is patched where ``run_import``
would block, so no dialog is ever left modal.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
)

from coopdesk.services.exports import export_plan
from coopdesk.services.imports import ImportService
from coopdesk.ui.exchange import ConflictDialog, ImportPreviewDialog, run_export, run_import
from coopdesk.ui.exchange.worker import run_task


def store_state(service) -> tuple:
    """What a user could see in the store, to prove nothing was written."""
    plans = [(p.id, p.code, p.measures) for p in service.list_plans()]
    measures = [
        (m.uid, m.title, m.status.value, m.timing.text)
        for p in service.list_plans()
        for m in service.list_measures(p.id)
    ]
    return plans, measures


def write_xlsx(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Plan"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def merge_case(service, tmp_path: Path):
    """An exported plan edited on both sides: (service, plan id, file, measure ids)."""
    plan = service.create_plan(code="KZ-RU", title="План", period_start="2023-01-01",
                               period_end="2024-12-31")  # fmt: skip
    sector = service.add_sector(plan.id, "Политический диалог")
    visit = service.add_measure(plan.id, sector.id, title="Визит", timing="II квартал 2023 г.")
    forum = service.add_measure(plan.id, sector.id, title="Форум", timing="2024")
    path = tmp_path / "plan.xlsx"
    export_plan(service, plan.id, path, "ru")
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows():
        if row[1].value == "Визит":
            row[6].value = "Выполнено"  # status: a conflict with ours below
        if row[1].value == "Форум":
            row[3].value = "I полугодие 2024 г."  # timing: only theirs
    book.save(path)
    service.update_measure(visit.id, status="cancelled")
    return service, plan.id, path, {"visit": visit.id, "forum": forum.id}


def test_the_preview_shows_changes_problems_and_unknown_columns(qtbot, service, tmp_path) -> None:
    imports = ImportService(service)
    rows = [["No.", "Measure", "Timing", "Participants"],
            ["1", "Business forum", "Q2 2024", "около 300"],
            ["2", "", "H2 2024", "40"]]  # fmt: skip
    preview = imports.preview(write_xlsx(tmp_path / "u.xlsx", rows))
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "u.xlsx, sheet “Plan”: 2 measures in 1 sectors, into a new plan “u”." in (
        dialog.summary.text()
    )
    assert dialog.tabs.tabText(dialog.problems_tab) == "Problems (1)"
    model = dialog.problems_model
    assert [model.index(0, c).data() for c in range(5)] == [
        "Error", "Plan", "3", "Measure", "the measure has no title; fill it in or delete the row."
    ]  # fmt: skip
    assert not dialog.apply_button.isEnabled()  # all or nothing: a problem stops it
    assert "Nothing will be written" in dialog.verdict.text()
    assert dialog.columns_table.item(0, 0).text() == "D: Participants"
    assert dialog.columns_table.item(0, 1).text() == "около 300 · 40"

    # Placing the unknown column: the dialog asks for the file to be laid out again.
    combo = dialog.columns_table.cellWidget(0, 2)
    assert combo.currentData() == "notes"
    with qtbot.waitSignal(dialog.mapping_changed) as signal:
        combo.setCurrentIndex(combo.findData("description"))
    key = preview.result.unmapped[0].key
    assert signal.args == [{key: "description"}]
    dialog.set_preview(imports.remap(preview, signal.args[0]))
    assert dialog.preview.result.measures[0].values["description"] == "около 300"
    assert dialog.columns_table.cellWidget(0, 2).currentData() == "description"


def test_the_preview_of_a_merge_lists_changes_and_conflicts(qtbot, merge_case) -> None:
    service, _plan_id, path, _ids = merge_case
    preview = ImportService(service).preview(path)
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    rows = [
        tuple(dialog.changes_model.index(r, c).data() for c in range(6))
        for r in range(dialog.changes_model.rowCount())
    ]
    assert rows == [
        ("Conflict", "1.1", "Визит", "Status", "Cancelled", "Done"),
        ("Changed", "1.2", "Форум", "Timing", "2024", "I полугодие 2024 г."),
    ]
    assert dialog.apply_button.isEnabled()
    assert dialog.apply_button.text() == "Resolve conflicts…"


def test_the_conflict_dialog_records_each_decision(qtbot, merge_case) -> None:
    service, _plan_id, path, _ids = merge_case
    preview = ImportService(service).preview(path)
    dialog = ConflictDialog(preview.diff.conflicts)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.status.text() == "1 left to decide"
    assert [dialog.table.item(0, c).text() for c in range(5)] == [
        "1.1 Визит", "Status", "Planned", "Cancelled", "Done"
    ]  # fmt: skip
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert ok.isEnabled() and dialog.choices[0].currentData() == "theirs"
    dialog.set_choice(0, "edit")
    assert dialog.values[0].isEnabled()
    # QTest types Latin keys only; the Cyrillic value goes in as a paste would.
    dialog.values[0].setText("В работе")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (preview.diff.conflicts[0].choice, preview.diff.conflicts[0].value) == (
        "edit",
        "В работе",
    )


def test_run_import_previews_resolves_and_writes(qtbot, merge_case, monkeypatch) -> None:
    service, plan_id, path, ids = merge_case
    seen = {}

    def accept_preview(dialog: ImportPreviewDialog) -> int:
        seen["preview"] = dialog.changes_model.rowCount()
        return QDialog.DialogCode.Accepted

    def keep_ours(dialog: ConflictDialog) -> int:
        dialog.choose_all("ours")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept_preview)
    monkeypatch.setattr(ConflictDialog, "exec", keep_ours)
    outcome = run_import(None, service, path)
    assert outcome is not None and outcome.applied
    assert (outcome.plan_id, outcome.added, outcome.changed, outcome.removed) == (plan_id, 0, 1, 0)
    assert seen["preview"] == 2
    visit, forum = service.get_measure(ids["visit"]), service.get_measure(ids["forum"])
    assert visit.status.value == "cancelled"  # ours kept
    assert forum.timing.text == "I полугодие 2024 г."  # theirs taken


def test_run_import_writes_nothing_when_the_preview_is_cancelled(
    qtbot, merge_case, monkeypatch
) -> None:
    service, _plan_id, path, _ids = merge_case
    before = store_state(service)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert run_import(None, service, path) is None
    assert store_state(service) == before


def test_a_refused_file_is_shown_in_a_message_box(qtbot, service, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    assert run_import(None, service, path) is None
    assert shown == [
        "'notes.xlsx' is not an Excel workbook: an .xlsx file is a zip archive and this one is not."
    ]


def test_run_export_writes_the_workbook(qtbot, sample, tmp_path) -> None:
    service, plan = sample
    summary = run_export(None, service, plan.id, tmp_path / "plan.xlsx", "ru")
    assert summary is not None and summary.measures == 34
    assert (tmp_path / "plan.xlsx").stat().st_size > 10_000


def test_cancel_stops_the_work_and_writes_nothing(qtbot, sample, tmp_path) -> None:
    """Cancel pressed while an import is being written: rolled back, nothing kept."""
    service, plan = sample
    before = store_state(service)
    path = tmp_path / "sample.xlsx"
    export_plan(service, plan.id, path, "ru")
    imports = ImportService(service)
    preview = imports.preview(path, new=True)
    reports = []

    def apply_slowly(progress):
        def waiting(done, total, what):
            # Inside the import's transaction: hold on here until Cancel is pressed
            # (the progress callback raises Cancelled from then on).
            reports.append(done)
            for _ in range(250):
                progress(done, total, what)
                time.sleep(0.02)

        return imports.apply(preview, progress=waiting)

    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "exchangeProgress" and reports:
                button = widget.findChild(QPushButton)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(20, press_cancel)
    assert run_task(None, "Import", "Importing…", apply_slowly) is None
    assert reports  # it was under way when cancelled
    assert store_state(service) == before


def test_placing_a_column_in_run_import_lays_the_file_out_again(
    qtbot, service, tmp_path, monkeypatch
) -> None:
    rows = [["No.", "Measure", "Timing", "Participants"],
            ["1", "Business forum", "Q2 2024", "около 300"]]  # fmt: skip
    path = write_xlsx(tmp_path / "forum.xlsx", rows)

    def place_and_apply(dialog: ImportPreviewDialog) -> int:
        combo = dialog.columns_table.cellWidget(0, 2)
        combo.setCurrentIndex(combo.findData("location"))  # runs the remapping off-thread
        assert dialog.preview.result.measures[0].values["location"] == "около 300"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", place_and_apply)
    outcome = run_import(None, service, path)
    assert outcome is not None and outcome.applied
    (measure,) = service.list_measures(outcome.plan_id)
    assert (measure.location, measure.notes) == ("около 300", "")
    imports = ImportService(service)
    assert list(imports.remembered("openpyxl").values()) == ["location"]


def test_run_import_shows_conflicts_that_arose_while_its_dialogs_were_open(
    qtbot, merge_case, monkeypatch
) -> None:
    """Another officer edits the plan while the conflict dialog is open (issue 11)."""
    service, _plan_id, path, ids = merge_case
    rounds: list[list[tuple[str, str, str]]] = []
    told: list[str] = []

    def decide(dialog: ConflictDialog) -> int:
        rounds.append([(c.field, c.ours, c.theirs) for c in dialog.conflicts])
        if len(rounds) == 1:
            # Meanwhile, at another desk: the forum's timing the sheet changes.
            service.update_measure(ids["forum"], timing="март 2024 г.")
        dialog.choose_all("ours")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ConflictDialog, "exec", decide)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    outcome = run_import(None, service, path)
    assert outcome is not None and outcome.applied
    assert rounds[0] == [("status", "cancelled", "done")]
    # The second round shows the new conflict (the earlier decision is kept).
    assert ("timing", "март 2024 г.", "I полугодие 2024 г.") in rounds[1]
    assert told and "new conflict" in told[0]
    assert service.get_measure(ids["forum"]).timing.text == "март 2024 г."  # not overwritten
    assert service.get_measure(ids["visit"]).status.value == "cancelled"


def test_the_preview_shows_kinds_from_titles_and_lets_the_user_change_them(
    qtbot, service, tmp_path
) -> None:
    from PySide6.QtWidgets import QComboBox

    from coopdesk.ui.exchange.preview_dialog import KindsModel

    rows = [["No.", "Measure", "Timing"],
            ["1", "Официальный визит Министра", "2024"],
            ["2", "Подготовка доклада", "2024"]]  # fmt: skip
    imports = ImportService(service)
    preview = imports.preview(write_xlsx(tmp_path / "k.xlsx", rows), new=True)
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(dialog.kinds_tab) == "Kinds from titles (1)"
    assert dialog.tabs.isTabEnabled(dialog.kinds_tab)
    model = dialog.kinds_model
    kind_cell = model.index(0, KindsModel.COL_KIND)
    assert (model.index(0, KindsModel.COL_TITLE).data(), kind_cell.data()) == (
        "Официальный визит Министра",
        "Visit",
    )
    changes = [dialog.changes_model.index(r, 3).data() for r in range(2)]
    assert changes == ["Kind (from the title)", ""]
    # The user picks another kind in the drop-down of the kind column.
    dialog.tabs.setCurrentIndex(dialog.kinds_tab)
    dialog.show()
    dialog.kinds_view.edit(kind_cell)
    combo = dialog.kinds_view.findChild(QComboBox)
    combo.setCurrentIndex(combo.findData("meeting"))
    dialog.kinds_view.commitData(combo)
    assert kind_cell.data() == "Meeting"
    assert dialog.changes_model.index(0, 5).data() == "Meeting"
    outcome = imports.apply(dialog.preview)
    kinds = {m.title: m.kind.value for m in service.list_measures(outcome.plan_id)}
    assert kinds == {"Официальный визит Министра": "meeting", "Подготовка доклада": "other"}
