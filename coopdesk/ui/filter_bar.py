"""The filter bar above the measures table: search, choices and a period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.filtering import MeasureFilter
from coopdesk.domain.vocab import Framework, Kind, Level, Status, Vocabulary
from coopdesk.ui.vocab import label


class _AgencyCombo(QComboBox):
    """A combo box that asks for its items just before it opens (they change with edits)."""

    def __init__(self, bar: FilterBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def showPopup(self) -> None:
        if self._bar.agency_source is not None:
            self._bar.set_agencies(self._bar.agency_source())
        super().showPopup()


class FilterBar(QWidget):
    """Emits :attr:`changed` with a :class:`MeasureFilter` (without sectors) as the user filters."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, description, agencies, notes…"))
        self.search.setClearButtonEnabled(True)
        self.status = self._choice(self.tr("Any status"), Status)
        self.kind = self._choice(self.tr("Any kind"), Kind)
        self.level = self._choice(self.tr("Any level"), Level)
        self.framework = self._choice(self.tr("Any framework"), Framework)
        #: Called for the list of agencies when the agency choice opens.
        self.agency_source: Callable[[], list[str]] | None = None
        self.agency = _AgencyCombo(self)
        self.agency.setMinimumContentsLength(10)
        self.agency.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.agency.addItem(self.tr("Any agency"), "")
        self.period = QCheckBox(self.tr("Period"), self)
        self.period.setToolTip(self.tr("Only measures whose timing overlaps these dates"))
        self.period_from = self._date()
        self.period_to = self._date()
        self.overdue = QCheckBox(self.tr("Overdue"), self)
        self.clear = QToolButton(self)
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Clear every filter"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.overdue)
        top.addWidget(self.clear)
        bottom = QHBoxLayout()
        for widget in (self.status, self.kind, self.level, self.framework, self.agency):
            bottom.addWidget(widget, 1)
        bottom.addWidget(self.period)
        bottom.addWidget(self.period_from)
        bottom.addWidget(self.period_to)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 4)
        rows.setSpacing(4)
        rows.addLayout(top)
        rows.addLayout(bottom)

        # Typing refilters after a short pause, so each keystroke is cheap.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(120)
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.search.returnPressed.connect(self._emit)
        for combo in (self.status, self.kind, self.level, self.framework, self.agency):
            combo.currentIndexChanged.connect(lambda _i: self._emit())
        for box in (self.period, self.overdue):
            box.toggled.connect(lambda _c: self._emit())
        for edit in (self.period_from, self.period_to):
            edit.dateChanged.connect(lambda _d: self.period.isChecked() and self._emit())
        self.clear.clicked.connect(self.reset)

    def _choice(self, anything: str, vocab: type[Vocabulary]) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem(anything, "")
        for member in vocab:
            combo.addItem(label(member), member.value)
        return combo

    def _date(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        today = date.today()
        edit.setDate(QDate(today.year, today.month, today.day))
        return edit

    def set_agencies(self, agencies: list[str]) -> None:
        """The agencies the plan names, for the agency choice."""
        current = self.agency.currentData()
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(self.tr("Any agency"), "")
        for agency in agencies:
            self.agency.addItem(agency, agency)
        self.agency.setCurrentIndex(max(0, self.agency.findData(current)))
        self.agency.blockSignals(False)

    def set_period(self, start: date | None, end: date | None) -> None:
        """Preset the period dates (e.g. to the plan's period) without turning it on."""
        for edit, value in ((self.period_from, start), (self.period_to, end)):
            if value is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)

    def current(self) -> MeasureFilter:
        """The filter the bar shows (sectors are the tree's business)."""

        def chosen(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset({value}) if value else frozenset()

        period = None
        if self.period.isChecked():
            start = self.period_from.date().toPython()
            end = self.period_to.date().toPython()
            period = (min(start, end), max(start, end))  # type: ignore[type-var]
        return MeasureFilter(
            None,
            self.search.text().strip(),
            chosen(self.status),
            chosen(self.kind),
            chosen(self.level),
            chosen(self.framework),
            self.agency.currentData() or "",
            period,  # type: ignore[arg-type]
            self.overdue.isChecked(),
        )

    def reset(self) -> None:
        """Clear every filter."""
        widgets = (self.search, self.status, self.kind, self.level, self.framework, self.agency)
        for widget in (*widgets, self.period, self.overdue):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.kind, self.level, self.framework, self.agency):
            combo.setCurrentIndex(0)
        self.period.setChecked(False)
        self.overdue.setChecked(False)
        for widget in (*widgets, self.period, self.overdue):
            widget.blockSignals(False)
        self._emit()

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit(self) -> None:
        self._typing.stop()
        self.changed.emit(self.current())
