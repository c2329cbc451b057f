"""Plan > Search all plans… (Ctrl+Shift+F): measures of every plan, found as you type.

The window keeps one :class:`~coopdesk.services.portfolio.PortfolioIndex` per store,
read on the first search and kept current by change sets; each keystroke searches
it in memory. A period narrows the answer to measures whose timing meets it ("this
quarter", "next quarter", a year, or dates of one's own). Double-clicking a result
opens its plan in the window at that measure.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.vocab import Status
from coopdesk.services.portfolio import PortfolioHit, PortfolioIndex
from coopdesk.ui.i18n import QT_TRANSLATE_NOOP
from coopdesk.ui.vocab import label

# At most this many results are listed (the count says how many there are in all).
SHOWN = 1000

_Index = QModelIndex | QPersistentModelIndex

# The periods offered: (code, label).
PERIODS: tuple[tuple[str, str], ...] = (
    ("any", QT_TRANSLATE_NOOP("PortfolioDialog", "Any time")),
    ("this_quarter", QT_TRANSLATE_NOOP("PortfolioDialog", "This quarter")),
    ("next_quarter", QT_TRANSLATE_NOOP("PortfolioDialog", "Next quarter")),
    ("this_year", QT_TRANSLATE_NOOP("PortfolioDialog", "This year")),
    ("next_year", QT_TRANSLATE_NOOP("PortfolioDialog", "Next year")),
    ("custom", QT_TRANSLATE_NOOP("PortfolioDialog", "Dates…")),
)


def period_of(code: str, today: date) -> tuple[date, date] | None:
    """The days a period choice means, seen from ``today`` (None: any time)."""
    quarter = (today.month - 1) // 3
    if code in ("this_quarter", "next_quarter"):
        q = quarter + (1 if code == "next_quarter" else 0)
        year, q = today.year + q // 4, q % 4
        start = date(year, 3 * q + 1, 1)
        end = date(year + (q == 3), (3 * q + 3) % 12 + 1, 1) - timedelta(days=1)
        return start, end
    if code in ("this_year", "next_year"):
        year = today.year + (code == "next_year")
        return date(year, 1, 1), date(year, 12, 31)
    return None


class PortfolioModel(QAbstractTableModel):
    """The results of a search: plain hits, one row each."""

    COL_PLAN, COL_NUMBER, COL_TITLE, COL_TIMING, COL_RESPONSIBLE, COL_STATUS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("PortfolioDialog", "Plan"),
        QT_TRANSLATE_NOOP("PortfolioDialog", "No."),
        QT_TRANSLATE_NOOP("PortfolioDialog", "Measure"),
        QT_TRANSLATE_NOOP("PortfolioDialog", "Timing"),
        QT_TRANSLATE_NOOP("PortfolioDialog", "Responsible"),
        QT_TRANSLATE_NOOP("PortfolioDialog", "Status"),
    )
    # The hit's measure id, and its plan's id.
    MeasureRole = Qt.ItemDataRole.UserRole + 1
    PlanRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[PortfolioHit] = []

    def set_hits(self, hits: list[PortfolioHit]) -> None:
        """Show these hits."""
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("PortfolioDialog", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if role == self.MeasureRole:
            return hit.measure_id
        if role == self.PlanRole:
            return hit.plan_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_PLAN:
                return hit.plan_code
            if column == self.COL_NUMBER:
                return hit.number
            if column == self.COL_TITLE:
                return hit.title
            if column == self.COL_TIMING:
                return hit.timing_text
            if column == self.COL_RESPONSIBLE:
                return "; ".join(t for t in (hit.responsible_a, hit.responsible_b) if t)
            if column == self.COL_STATUS:
                try:
                    return label(Status(hit.status))
                except ValueError:
                    return hit.status
        return None


class PortfolioDialog(QDialog):
    """A search across every plan of the store, answered as you type."""

    def __init__(
        self, index: PortfolioIndex, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.index = index
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Search all plans"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Words to find in titles, descriptions, agencies, notes, places…")
        )
        self.search.setClearButtonEnabled(True)
        self.period = QComboBox(self)
        for code, text in PERIODS:
            self.period.addItem(self.tr(text), code)
        start, end = period_of("this_quarter", self.today) or (self.today, self.today)
        self.start = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.end = QDateEdit(QDate(end.year, end.month, end.day), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.dateChanged.connect(self.run)
            edit.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&Find:"), self, buddy=self.search))  # type: ignore[call-overload]
        row.addWidget(self.search, 1)
        row.addWidget(QLabel(self.tr("&When:"), self, buddy=self.period))  # type: ignore[call-overload]
        row.addWidget(self.period)
        row.addWidget(self.start)
        row.addWidget(self.end)
        self.model = PortfolioModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PortfolioModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PortfolioModel.COL_PLAN, 150)
        header.resizeSection(PortfolioModel.COL_NUMBER, 70)
        header.resizeSection(PortfolioModel.COL_TIMING, 170)
        header.resizeSection(PortfolioModel.COL_RESPONSIBLE, 220)
        header.resizeSection(PortfolioModel.COL_STATUS, 150)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.count = QLabel(self)
        self.hint = QLabel(self.tr("Double-click a measure to open it in its plan."), self)
        self.hint.setStyleSheet("color: #555;")
        foot = QHBoxLayout()
        foot.addWidget(self.count)
        foot.addStretch(1)
        foot.addWidget(self.hint)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.view, 1)
        column.addLayout(foot)
        self.resize(1100, 560)
        # Set by the caller: opens (plan id, measure id) in the window.
        self.opener: Any = None
        self.search.textChanged.connect(self.run)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.run()

    def chosen_period(self) -> tuple[date, date] | None:
        """The period the search is narrowed to (None: any time)."""
        code = self.period.currentData()
        if code == "custom":
            start: date = self.start.date().toPython()  # type: ignore[assignment]
            end: date = self.end.date().toPython()  # type: ignore[assignment]
            return (start, end) if start <= end else (end, start)
        return period_of(code, self.today)

    def _period_chosen(self, _index: int) -> None:
        custom = self.period.currentData() == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.run()

    def run(self, *_args: object) -> None:
        """Search with what is typed and chosen now."""
        period = self.chosen_period()
        start, end = period if period else (None, None)
        result = self.index.search(self.search.text(), start, end, limit=SHOWN)
        self.model.set_hits(result.hits)
        plans = len({h.plan_id for h in result.hits})
        if not self.search.text().strip() and period is None:
            text = self.tr("Type words to find, or choose a period.")
        elif result.total > len(result.hits):
            text = (
                self.tr("%1 measures found; the first %2 are listed")
                .replace("%1", str(result.total))
                .replace("%2", str(len(result.hits)))
            )
        else:
            text = (
                self.tr("%1 measures found in %2 plans")
                .replace("%1", str(result.total))
                .replace("%2", str(plans))
            )
        self.count.setText(text)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid() or self.opener is None:
            return
        plan_id = index.data(PortfolioModel.PlanRole)
        measure_id = index.data(PortfolioModel.MeasureRole)
        self.opener(int(plan_id), int(measure_id))


def portfolio_index(window: Any) -> PortfolioIndex | None:
    """The window's index of every plan, made for the store it shows now."""
    service = getattr(window, "service", None)
    if service is None:
        return None
    index: PortfolioIndex | None = getattr(window, "_portfolio_index", None)
    if index is None or index.plans is not service:
        if index is not None:
            index.close()
        index = PortfolioIndex(service)
        window._portfolio_index = index
    return index


def show_portfolio_search(window: Any) -> PortfolioDialog | None:
    """Plan > Search all plans…: show the search window (one per main window)."""
    from coopdesk.ui.carry_dialog import open_plan_measure

    index = portfolio_index(window)
    if index is None:
        return None
    dialog: PortfolioDialog | None = getattr(window, "portfolio_dialog", None)
    if dialog is None or dialog.index is not index:
        if dialog is not None:
            dialog.close()
        dialog = PortfolioDialog(index, window)
        dialog.opener = lambda plan_id, mid: open_plan_measure(window, plan_id, mid)
        window.portfolio_dialog = dialog
    else:
        dialog.run()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.search.setFocus()
    dialog.search.selectAll()
    return dialog
