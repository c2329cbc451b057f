"""The Agencies dialog and the editor's agency pickers, through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QStyle

from coopdesk.services.agencies import AgencyService
from tests.ui.conftest import type_text


def _measure(window, number: str):
    return next(m for m in window.service.list_measures(window.plan_id) if m.number == number)


def _open_dialog(window, qtbot):
    from coopdesk.ui.agencies_dialog import AgenciesDialog

    window.agencies_action.trigger()
    dialog = window.agencies_dialog
    assert isinstance(dialog, AgenciesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_lists_searches_adds_edits_and_undoes(window, qtbot) -> None:
    dialog = _open_dialog(window, qtbot)
    assert dialog.table.rowCount() == 13  # the sample's directory
    # A search reads every name in every language: "ҚР СІМ" is the Kazakh short name.
    type_text(dialog.search, "ҚР СІМ")
    shown = [dialog.table.item(r, dialog.COL_SHORT).text() for r in range(dialog.table.rowCount())]
    assert shown == ["МИД РК"]
    dialog.search.clear()
    # A new agency: typed into the form, added with the button.
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    dialog.party.setCurrentIndex(dialog.party.findData("a"))
    type_text(dialog.names["short_ru"], "Генконсульство РК в Казани")
    dialog.parent_box.setCurrentIndex(dialog.parent_box.findText("Посольство РК в РФ"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    agencies = AgencyService(window.service)
    added = agencies.find_agency("Генконсульство РК в Казани")
    assert agencies.get_agency(added.parent_id).short_ru == "Посольство РК в РФ"
    assert dialog.table.rowCount() == 14
    # An edit of the selected one, saved.
    assert dialog.current is not None and dialog.current.id == added.id
    dialog.names["short_en"].setText("Consulate General in Kazan")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert agencies.get_agency(added.id).short_en == "Consulate General in Kazan"
    # Both are steps of the window's Edit > Undo.
    assert window.undo_action.text().endswith("Edit agency")
    window.undo_action.trigger()
    assert agencies.get_agency(added.id).short_en == ""
    qtbot.waitUntil(lambda: dialog.names["short_en"].text() == "" or dialog.current is None)
    # Another one added and undone at once: the dialog follows the undo.
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    type_text(dialog.names["short_ru"], "Акимат Астаны")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 15
    window.undo_action.trigger()
    assert dialog.table.rowCount() == 14
    # A refused edit is said under the form; nothing is written.
    dialog._select(agencies.find_agency("МИД РК").id)
    for edit in dialog.names.values():
        edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "needs a name" in dialog.message.text()
    assert agencies.find_agency("МИД РК").full_ru.startswith("Министерство")
    dialog.close()


def test_merge_and_delete_from_the_dialog(window, qtbot, message_boxes, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    agencies = AgencyService(window.service)
    twin = agencies.add_agency(party="b", short_ru="МИД РФ (дубль)")
    dialog = _open_dialog(window, qtbot)
    mfa = agencies.find_agency("МИД России")
    for ident in (mfa.id, twin.id):
        row = next(
            r
            for r in range(dialog.table.rowCount())
            if dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == ident
        )
        dialog.table.selectionModel().select(
            dialog.table.model().index(row, 0),
            dialog.table.selectionModel().SelectionFlag.Select
            | dialog.table.selectionModel().SelectionFlag.Rows,
        )
    assert dialog.merge_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("МИД России", True))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert {a.short_ru for a in agencies.list_agencies("b")} >= {"МИД России"}
    assert "МИД РФ (дубль)" not in {a.short_ru for a in agencies.list_agencies("b")}
    # Delete asks first, naming how many measures lose the agency.
    dialog._select(agencies.find_agency("Россотрудничество").id)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "4 measure(s)" in message_boxes["question"][-1]
    assert "Россотрудничество" not in {a.short_ru for a in agencies.list_agencies("b")}
    window.undo_action.trigger()
    assert agencies.usage()[agencies.find_agency("Россотрудничество").id] == 4
    dialog.close()


def test_the_pickers_show_reorder_add_and_take_out_with_undo(window, qtbot) -> None:
    measure = _measure(window, "1.1.2")  # МИД РК, Посольство РК в РФ / МИД России, Посольство …
    window.select_measure(measure.id)
    pickers = window.agency_pickers
    qtbot.waitUntil(lambda: pickers.measure_id == measure.id)
    qtbot.wait(400)  # the window's start-up timers (daily backup, first poll) have run
    picker_a = pickers.pickers["a"]
    assert picker_a.names() == ["МИД РК", "Посольство РК в РФ"]
    assert picker_a.model.item(0).font().bold()  # the lead
    # The embassy leads now: its text follows (it was the directory's own wording).
    picker_a.set_current_row(1)
    qtbot.mouseClick(picker_a.up, Qt.MouseButton.LeftButton)
    assert picker_a.names() == ["Посольство РК в РФ", "МИД РК"]
    assert window.service.get_measure(measure.id).responsible_a == "Посольство РК в РФ, МИД РК"
    qtbot.waitUntil(lambda: window.editor.form.responsible_a.text() == "Посольство РК в РФ, МИД РК")
    # Add one from the directory by typing part of its name.
    type_text(picker_a.add_box.lineEdit(), "Министерство торговли")
    picker_a.add_box.setCurrentIndex(
        picker_a.add_box.findText("Министерство торговли", Qt.MatchFlag.MatchStartsWith)
    )
    picker_a._add_current()
    assert picker_a.names()[-1] == "Министерство торговли и интеграции РК"
    # Take out the lead.
    picker_a.set_current_row(0)
    qtbot.mouseClick(picker_a.remove, Qt.MouseButton.LeftButton)
    assert picker_a.names() == ["МИД РК", "Министерство торговли и интеграции РК"]
    # Three steps; undo all three puts the sample's order and text back.
    for _ in range(3):
        window.undo_action.trigger()
    assert picker_a.names() == ["МИД РК", "Посольство РК в РФ"]
    assert window.service.get_measure(measure.id).responsible_a == "МИД РК, Посольство РК в РФ"
    QApplication.processEvents()


def test_the_import_preview_shows_the_agency_matches_and_applies_the_ticks(
    qtbot, service, tmp_path
) -> None:
    from coopdesk.services.imports import ImportService
    from coopdesk.ui.exchange import ImportPreviewDialog
    from coopdesk.ui.exchange.agency_matches import AgencyMatchesModel

    agencies = AgencyService(service)
    agencies.add_agency(party="a", short_ru="МИД РК", full_ru="Министерство иностранных дел РК")
    path = tmp_path / "partner.csv"
    path.write_text(
        "No.;Measure;Timing;Responsible (A);Responsible (B)\n"
        "1;Консультации;2024;Министерство иностранных дел Республики Казахстан;МИД РФ\n"
        "2;Форум;2024;Акимат Костанайской области;МИД РФ\n",
        encoding="utf-8",
    )
    imports = ImportService(service)
    preview = imports.preview(path, new=True)
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(dialog.agencies_tab) == "Agencies (3, 2 new)"
    model = dialog.agencies_page.model
    rows = {
        model.index(r, model.COL_TEXT).data(): (
            model.index(r, model.COL_MATCH).data(),
            model.index(r, model.COL_HOW).data(),
            model.index(r, model.COL_ROWS).data(),
        )
        for r in range(model.rowCount())
    }
    assert rows["Министерство иностранных дел Республики Казахстан"] == (
        "МИД РК",
        "same name",
        "1",
    )
    assert rows["МИД РФ"] == ("", "new: add to the directory", "2")
    # The user unticks the new Russian MFA: it stays text only.
    row = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == "МИД РФ")
    dialog.tabs.setCurrentIndex(dialog.agencies_tab)
    view = dialog.agencies_page.view
    dialog.show()
    qtbot.waitExposed(dialog)
    rect = view.visualRect(model.index(row, AgencyMatchesModel.COL_USE))
    # A click on the tick box (at the cell's left edge).
    spot = QPoint(
        rect.left() + view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2 + 4,
        rect.center().y(),
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert not next(c for c in dialog.preview.agencies if c.text == "МИД РФ").accept
    outcome = imports.apply(dialog.preview)
    assert outcome.applied
    assert {a.short_ru for a in agencies.list_agencies()} == {
        "МИД РК",
        "Акимат Костанайской области",
    }


def test_moving_between_measures_reads_the_directory_once(window, qtbot, monkeypatch) -> None:
    """Picking measure after measure reads only its links; the directory is read again
    when an agency changes (here: one added), and the pickers then offer it."""
    from coopdesk.services.agencies import AgencyService

    reads = []
    original = AgencyService.list_agencies

    def counted(self, *args, **kwargs):
        reads.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(AgencyService, "list_agencies", counted)
    pickers = window.agency_pickers
    numbers = ["1.1.1", "1.1.2", "1.2.1", "2.1.1", "1.1.2"]
    window.select_measure(_measure(window, numbers[0]).id)
    qtbot.waitUntil(lambda: pickers.measure_id == _measure(window, numbers[0]).id)
    before = len(reads)
    for number in numbers[1:]:
        measure = _measure(window, number)
        window.select_measure(measure.id)
        qtbot.waitUntil(lambda m=measure: pickers.measure_id == m.id)
    assert len(reads) == before  # no directory read per pick
    assert pickers.pickers["a"].names() == ["МИД РК", "Посольство РК в РФ"]  # 1.1.2's own
    AgencyService(window.service).add_agency(party="a", short_ru="Акимат Туркестанской области")
    qtbot.waitUntil(lambda: len(reads) > before)
    box = pickers.pickers["a"].add_box
    assert box.findText("Акимат Туркестанской области", Qt.MatchFlag.MatchStartsWith) >= 0
