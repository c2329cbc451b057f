"""The filter bar: several statuses (kinds, levels, frameworks) at once, from the keyboard
and the mouse, and a bar that wraps in a narrow window instead of squeezing its boxes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from coopdesk.domain.vocab import Status
from coopdesk.ui.filter_bar import FilterBar, MultiChoiceCombo


def statuses_shown(window) -> set[str]:
    model = window.measure_model
    return {model.row_values(r)["status"] for r in range(model.rowCount())}


def test_two_statuses_are_ticked_from_the_keyboard(qtbot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    heard: list = []
    bar.changed.connect(heard.append)
    bar.status.setFocus()
    qtbot.keyClick(bar.status, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = bar.status.view()
    qtbot.waitUntil(view.isVisible)
    # The list opens on "Any status"; Down goes to Planned, then In preparation.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.isVisible(), "ticking keeps the list open"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert bar.status.selected() == {"planned", "in_preparation"}
    assert heard[-1].statuses == {"planned", "in_preparation"}
    assert bar.status.summary() == "Planned, In preparation"
    assert bar.status.toolTip() == "Planned, In preparation"
    # Space on a ticked line unticks it.
    qtbot.keyClick(bar.status, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert heard[-1].statuses == {"in_preparation"}
    # One value left: the closed box names it and its current line is that value.
    assert bar.status.currentData() == "in_preparation"


def test_clicks_tick_several_lines_and_any_clears_them(qtbot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    heard: list = []
    bar.changed.connect(heard.append)
    bar.framework.showPopup()
    view = bar.framework.view()
    qtbot.waitUntil(view.isVisible)
    for code in ("cis", "eaeu", "csto"):
        row = bar.framework.findData(code)
        centre = view.visualRect(view.model().index(row, 0)).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.isVisible()
    assert heard[-1].frameworks == {"cis", "eaeu", "csto"}
    assert bar.framework.summary() == "CIS, EAEU, CSTO"
    row = bar.framework.findData("bilateral")
    centre = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    # Too long to read in a closed box: the count, the names in its tooltip.
    assert bar.framework.summary() == "4 frameworks"
    assert bar.framework.toolTip() == "Bilateral, CIS, EAEU, CSTO"
    any_line = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=any_line)
    assert heard[-1].frameworks == frozenset()
    assert bar.framework.summary() == "Any framework"


def test_arrows_on_the_closed_box_choose_one_value(qtbot) -> None:
    combo = MultiChoiceCombo("Any status", [(s.value, s.label) for s in Status])
    qtbot.addWidget(combo)
    combo.set_selected({"done", "cancelled"})
    with qtbot.waitSignal(combo.selection_changed):
        combo.setCurrentIndex(combo.findData("postponed"))
    assert combo.selected() == {"postponed"}
    combo.setCurrentIndex(0)
    assert combo.selected() == frozenset()


def test_the_table_shows_measures_of_either_status_and_the_tree_counts_follow(
    window, qtmodeltester
) -> None:
    before = statuses_shown(window)
    assert {"planned", "in_preparation", "done"} <= before
    window.filter_bar.status.set_selected({"planned", "in_preparation"})
    assert statuses_shown(window) == {"planned", "in_preparation"}
    # The tree's counts, as the main window hands them over, read "n of m".
    model, tree = window.measure_model, window.sector_model
    tree.set_counts(*model.sector_counts())
    politics = next(s for s in tree.sectors() if s.code == "1")
    shown = tree.shown_total(politics.id)
    assert 0 < shown < tree.total(politics.id)
    index = tree.index_of_sector(politics.id).siblingAtColumn(tree.COL_COUNT)
    assert index.data() == f"{shown} of {tree.total(politics.id)}"
    assert "pass the filters" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(tree, force_py=True)
    window.filter_bar.reset()
    assert statuses_shown(window) == before
    tree.set_counts(*model.sector_counts())
    assert index.data() == str(tree.total(politics.id))


def test_at_1024_pixels_the_bar_wraps_instead_of_squeezing_its_boxes(window, qtbot, tmp_path):
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar = window.filter_bar
    qtbot.waitUntil(lambda: bar.choices.line_count() > 1)
    combos = [bar.status, bar.kind, bar.level, bar.framework, bar.agency]
    for combo in combos:
        # Wide enough for the box's own text: never an arrow with nothing beside it.
        assert combo.width() >= combo.sizeHint().width(), combo.accessibleName()
        assert combo.isVisible()
    children: list[QWidget] = [*combos, bar.period, bar.period_to, bar.overdue, bar.outside_plan]
    for widget in children:
        # Every control lies inside the bar: nothing is cut at its right edge.
        corner = widget.mapTo(bar, QPoint(widget.width(), widget.height()))
        assert corner.x() <= bar.width() and corner.y() <= bar.height(), widget
    assert isinstance(bar.status, QComboBox)
    shot = tmp_path / "filter-bar-1024.png"
    assert window.grab().save(str(shot))
    # At 1600 px the same bar needs fewer lines.
    lines = bar.choices.line_count()
    window.resize(1600, 700)
    qtbot.waitUntil(lambda: bar.choices.line_count() < lines)
