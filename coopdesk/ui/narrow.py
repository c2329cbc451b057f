"""The window's layout on a first start and in a narrow window.

On a first start (no window layout saved yet) the sector tree is made as wide as its
sector names need, up to two fifths of the window and as far as the table keeps
the room it needs, once the first plan is shown; in a window narrower than 1400
pixels the editor dock starts at three tenths of it. A layout the user has saved
is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow

#: The most of the window's width the tree takes on a first start (two fifths).
TREE_SHARE = 0.4


def tree_width_needed(window: MainWindow) -> int:
    """The width at which the tree shows every sector name shown whole."""
    from coopdesk.ui.models import SectorTreeModel

    view = window.sector_view
    name = view.sizeHintForColumn(SectorTreeModel.COL_NAME)
    count = max(
        view.sizeHintForColumn(SectorTreeModel.COL_COUNT),
        view.header().sectionSizeHint(SectorTreeModel.COL_COUNT),
    )
    chrome = view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth() + 8
    return name + count + chrome


def narrow_dock(window: MainWindow) -> None:
    """In a window narrower than 1400 pixels the editor dock takes three tenths of it
    (its 440 pixels would leave the table no room at 1024)."""
    dock = window.editor_dock
    if window.width() < 1400 and not dock.isFloating():
        window.resizeDocks(
            [dock],
            [max(dock.minimumSizeHint().width(), int(window.width() * 0.3))],
            Qt.Orientation.Horizontal,
        )


def first_start_layout(window: MainWindow) -> None:
    """The dock first, then (once the window has laid that out) the tree."""
    narrow_dock(window)
    QTimer.singleShot(0, lambda: fit_sector_tree(window))


def fit_sector_tree(window: MainWindow) -> int:
    """Give the tree the width its names need, as far as the table (or calendar) keeps
    the room it needs; the editor dock takes less in a narrow window. Returns the
    tree's width."""
    sizes = window.splitter.sizes()
    total = sum(sizes)
    if total <= 0:
        return 0
    centre = window.splitter.widget(1)
    centre_min = centre.minimumSizeHint().width() if centre is not None else 0
    room = total - max(centre_min, 420)
    wanted = min(tree_width_needed(window), int(window.width() * TREE_SHARE), room)
    wanted = max(wanted, window.sector_view.minimumWidth())
    window.splitter.setSizes([wanted, max(total - wanted, 1)])
    return wanted


def install_first_start_layout(window: MainWindow) -> None:
    """Fit the tree to its names once, when the first plan is shown, unless the user
    has a saved layout."""
    if QSettings().value("window/splitter") is not None:
        return

    def first(_plan_id: int) -> None:
        window.plan_loaded.disconnect(first)
        if window.isVisible():
            QTimer.singleShot(0, lambda: first_start_layout(window))
        else:  # the splitter has its real width only once the window is shown
            window.installEventFilter(_OnShow(window))

    window.plan_loaded.connect(first)


class _OnShow(QObject):
    """Fits the tree once, after the window is first shown and laid out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: first_start_layout(self.window))
        return False


__all__ = [
    "first_start_layout",
    "fit_sector_tree",
    "install_first_start_layout",
    "narrow_dock",
    "tree_width_needed",
]
