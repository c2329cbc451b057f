"""The filter bar above the measures table: search, choices and a period.

Status, kind, level and framework take several values at once ("planned or in
preparation"): each is a :class:`MultiChoiceCombo`, a drop-down of check boxes
that works from the keyboard (F4 or Alt+Down opens it, arrows move, Space ticks,
Enter or Escape closes it; arrows on the closed box pick one value).  The choices
sit in a :class:`FlowLayout`, so a narrow window wraps them onto more lines
instead of squeezing each box down to its arrow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from coopdesk.domain.filtering import MeasureFilter
from coopdesk.domain.vocab import Framework, Kind, Level, Status, Vocabulary
from coopdesk.ui.date_field import DateField
from coopdesk.ui.vocab import label

_CODE_ROLE = Qt.ItemDataRole.UserRole


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps onto a new line when the width runs out.

    Each item keeps its size hint's width (never squeezed below it), so a narrow
    parent gets more lines, not unreadable widgets.  The height follows the width
    (``heightForWidth``).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        # Everything on one line.
        width = sum(i.sizeHint().width() for i in self._visible_items())
        width += self.spacing() * max(0, len(self._visible_items()) - 1)
        height = max((i.sizeHint().height() for i in self._visible_items()), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        # One item per line at worst: as wide as the widest item.
        size = QSize()
        for item in self._visible_items():
            size = size.expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible_items(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def line_count(self) -> int:
        """How many lines the items take at the current width."""
        tops = {i.geometry().top() for i in self._visible_items()}
        return len(tops)

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        spacing = self.spacing()
        for item in self._visible_items():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + line_height + spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


class MultiChoiceCombo(QComboBox):
    """A drop-down of check boxes: none ticked means "any", several mean "any of these".

    The first line ("Any status") clears the choice.  :attr:`selection_changed` is
    emitted whenever the ticked values change.  Picking a line the usual combo box
    way (arrow keys on the closed box, ``setCurrentIndex``) chooses that value alone.
    """

    selection_changed = Signal()

    def __init__(
        self,
        anything: str,
        choices: Iterable[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        plural: str = "",
    ) -> None:
        super().__init__(parent)
        self._anything = anything
        #: The summary of several values, "%n chosen" style ("%1" is the count).
        self._plural = plural or self.tr("%1 chosen")
        self._syncing = False
        model = QStandardItemModel(self)
        first = QStandardItem(anything)
        first.setData("", _CODE_ROLE)
        model.appendRow(first)
        for code, text in choices:
            item = QStandardItem(text)
            item.setData(code, _CODE_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            model.appendRow(item)
        self.setModel(model)
        self._model = model
        # The styled delegate draws the check boxes (a combo's own delegate may not).
        self.setItemDelegate(QStyledItemDelegate(self))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Installed after the popup's own filters, so these run first.
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)
        self.currentIndexChanged.connect(self._picked)

    # -- the choice ---------------------------------------------------------------------------

    def selected(self) -> frozenset[str]:
        """The ticked codes (empty: any)."""
        return frozenset(
            self._model.item(row).data(_CODE_ROLE)
            for row in range(1, self._model.rowCount())
            if self._model.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_selected(self, codes: Iterable[str]) -> None:
        """Tick exactly these codes (unknown ones are ignored)."""
        wanted = set(codes)
        before = self.selected()
        for row in range(1, self._model.rowCount()):
            item = self._model.item(row)
            state = (
                Qt.CheckState.Checked
                if item.data(_CODE_ROLE) in wanted
                else Qt.CheckState.Unchecked
            )
            if item.checkState() != state:
                item.setCheckState(state)
        self._after_change(before)

    def _toggle(self, row: int) -> None:
        before = self.selected()
        if row == 0:
            self.set_selected(())
            return
        item = self._model.item(row)
        if item is None:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self._after_change(before)

    def _after_change(self, before: frozenset[str]) -> None:
        chosen = self.selected()
        # The current line follows a single value, so currentData() still names it.
        single = next(iter(chosen)) if len(chosen) == 1 else ""
        self._syncing = True
        self.setCurrentIndex(max(0, self.findData(single, _CODE_ROLE)))
        self._syncing = False
        self.setToolTip(self.summary(full=True))
        self.update()
        if chosen != before:
            self.selection_changed.emit()

    def _picked(self, index: int) -> None:
        if self._syncing or index < 0:
            return
        code = self.itemData(index, _CODE_ROLE)
        self.set_selected({code} if code else ())

    def summary(self, full: bool = False) -> str:
        """What the closed box shows: "Any status", one label, the labels or their count."""
        rows = [
            self._model.item(row)
            for row in range(1, self._model.rowCount())
            if self._model.item(row).checkState() == Qt.CheckState.Checked
        ]
        if not rows:
            return self._anything
        names = ", ".join(item.text() for item in rows)
        if full or len(rows) == 1:
            return names
        return names if len(names) <= 24 else self._plural.replace("%1", str(len(rows)))

    # -- the popup --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view()
        if watched is view.viewport() and event.type() in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            # A click ticks the line and keeps the list open for the next one.
            if isinstance(event, QMouseEvent):
                index = view.indexAt(event.position().toPoint())
                if index.isValid():
                    self._toggle(index.row())
            return True
        if (
            watched is view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                current = view.currentIndex()
                if current.isValid():
                    self._toggle(current.row())
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.hidePopup()
                return True
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            self.summary(), Qt.TextElideMode.ElideRight, max(10, field.width())
        )
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class _AgencyCombo(QComboBox):
    """A combo box that asks for its items just before it opens (they change with edits)."""

    def __init__(self, bar: FilterBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def showPopup(self) -> None:
        if self._bar.agency_source is not None:
            self._bar.set_agencies(self._bar.agency_source())
        super().showPopup()


def _vocab_choices(vocab: type[Vocabulary]) -> list[tuple[str, str]]:
    return [(member.value, label(member)) for member in vocab]


class FilterBar(QWidget):
    """Emits :attr:`changed` with a :class:`MeasureFilter` (without sectors) as the user filters."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, description, agencies, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.status = MultiChoiceCombo(
            self.tr("Any status"), _vocab_choices(Status), self, plural=self.tr("%1 statuses")
        )
        self.kind = MultiChoiceCombo(
            self.tr("Any kind"), _vocab_choices(Kind), self, plural=self.tr("%1 kinds")
        )
        self.level = MultiChoiceCombo(
            self.tr("Any level"), _vocab_choices(Level), self, plural=self.tr("%1 levels")
        )
        self.framework = MultiChoiceCombo(
            self.tr("Any framework"),
            _vocab_choices(Framework),
            self,
            plural=self.tr("%1 frameworks"),
        )
        for combo, name in (
            (self.status, self.tr("Status filter")),
            (self.kind, self.tr("Kind filter")),
            (self.level, self.tr("Level filter")),
            (self.framework, self.tr("Framework filter")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(combo.summary())
        #: Called for the list of agencies when the agency choice opens.
        self.agency_source: Callable[[], list[str]] | None = None
        self.agency = _AgencyCombo(self)
        self.agency.setMinimumContentsLength(12)
        self.agency.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.agency.addItem(self.tr("Any agency"), "")
        self.period = QCheckBox(self.tr("Period"), self)
        self.period.setToolTip(self.tr("Only measures whose timing overlaps these dates"))
        self.period_from = self._date()
        self.period_to = self._date()
        self.overdue = QCheckBox(self.tr("Overdue"), self)
        self.outside_plan = QCheckBox(self.tr("Outside the plan period"), self)
        self.outside_plan.setToolTip(
            self.tr("Only measures whose timing reaches outside the plan's period")
        )
        self.clear = QToolButton(self)
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Clear every filter"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear)
        # The period's box and dates wrap as one piece.
        period = QWidget(self)
        period_layout = QHBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.period)
        period_layout.addWidget(self.period_from)
        period_layout.addWidget(self.period_to)
        self.choices = FlowLayout(spacing=6)
        for widget in (
            self.status,
            self.kind,
            self.level,
            self.framework,
            self.agency,
            period,
            self.overdue,
            self.outside_plan,
        ):
            self.choices.addItem(QWidgetItem(widget))
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 4)
        rows.setSpacing(4)
        rows.addLayout(top)
        rows.addLayout(self.choices)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # Keyboard order follows the reading order of the bar.
        chain = [
            self.search,
            self.clear,
            self.status,
            self.kind,
            self.level,
            self.framework,
            self.agency,
            self.period,
            self.period_from,
            self.period_to,
            self.overdue,
            self.outside_plan,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        # Typing refilters after a short pause, so each keystroke is cheap.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(120)
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.search.returnPressed.connect(self._emit)
        for combo in (self.status, self.kind, self.level, self.framework):
            combo.selection_changed.connect(self._emit)
        self.agency.currentIndexChanged.connect(lambda _i: self._emit())
        for box in (self.period, self.overdue, self.outside_plan):
            box.toggled.connect(lambda _c: self._emit())
        for edit in (self.period_from, self.period_to):
            edit.dateChanged.connect(self._period_moved)
        self.clear.clicked.connect(self.reset)

    def _period_moved(self, _day: QDate) -> None:
        if self.period.isChecked():
            self._emit()

    def _date(self) -> QDateEdit:
        edit = DateField(self)  # takes a date typed straight through (issue 14)
        edit.setCalendarPopup(True)
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
        period = None
        if self.period.isChecked():
            start: date = self.period_from.date().toPython()  # type: ignore[assignment]
            end: date = self.period_to.date().toPython()  # type: ignore[assignment]
            period = (min(start, end), max(start, end))
        return MeasureFilter(
            search=self.search.text().strip(),
            statuses=self.status.selected(),
            kinds=self.kind.selected(),
            levels=self.level.selected(),
            frameworks=self.framework.selected(),
            agency=self.agency.currentData() or "",
            period=period,
            overdue_only=self.overdue.isChecked(),
            outside_plan_only=self.outside_plan.isChecked(),
        )

    def reset(self) -> None:
        """Clear every filter."""
        combos = (self.status, self.kind, self.level, self.framework)
        widgets = (self.search, *combos, self.agency, self.period, self.overdue, self.outside_plan)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in combos:
            combo.set_selected(())
        self.agency.setCurrentIndex(0)
        for box in (self.period, self.overdue, self.outside_plan):
            box.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit(self) -> None:
        self._typing.stop()
        self.changed.emit(self.current())
