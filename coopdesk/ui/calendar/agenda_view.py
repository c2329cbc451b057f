"""The agenda: the coming 7, 30 or 90 days in date order, grouped by week, overdue on top."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.calendar.agenda import AGENDA_RANGES, Agenda, AgendaWeek, build_agenda
from coopdesk.calendar.holidays import HolidayCalendar
from coopdesk.calendar.rows import CalendarRows
from coopdesk.ui.calendar import style
from coopdesk.ui.calendar.group_model import MeasureGroup, MeasureGroupModel, RoomyDelegate

#: Group key of the overdue measures.
OVERDUE = "overdue"


class AgendaView(QWidget):
    """Measures of the next days by week; overdue measures first, in red."""

    measure_selected = Signal(int)
    measure_activated = Signal(int)

    #: Groups larger than this start collapsed (their title still counts them): a tree
    #: view lays out every row of an expanded group, which at 50,000 rows takes seconds.
    EXPAND_LIMIT = 1000

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.data = CalendarRows()
        self.holidays: HolidayCalendar | None = None
        self.today = today or date.today()
        self.days = 30
        self.agenda: Agenda | None = None

        self.range_buttons = QButtonGroup(self)
        self.range_buttons.setExclusive(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.setSpacing(4)
        bar.addWidget(QLabel(self.tr("Show the next"), self))
        for days in AGENDA_RANGES:
            button = QToolButton(self)
            button.setText(self.tr("%1 days").replace("%1", str(days)))
            button.setCheckable(True)
            button.setChecked(days == self.days)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.range_buttons.addButton(button, days)
            bar.addWidget(button)
        bar.addSpacing(12)
        self.range_label = QLabel(self)
        self.range_label.setStyleSheet("color: #5f6368")
        bar.addWidget(self.range_label)
        bar.addStretch(1)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.counts_label)
        self.range_buttons.idClicked.connect(self.set_days)

        self.model = MeasureGroupModel(
            [
                MeasureGroupModel.COL_WHEN,
                MeasureGroupModel.COL_NUMBER,
                MeasureGroupModel.COL_TITLE,
                MeasureGroupModel.COL_TIMING,
                MeasureGroupModel.COL_STATUS,
                MeasureGroupModel.COL_RESPONSIBLE,
            ],
            self,
        )
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setRootIsDecorated(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((190, 70, 420, 160, 180, 220)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Groups the user opened or closed keep that state across refreshes.
        self._opened: set = set()
        self._closed: set = set()
        self._restoring = False
        self.view.expanded.connect(lambda index: self._remember(index, True))
        self.view.collapsed.connect(lambda index: self._remember(index, False))
        self.view.clicked.connect(self._clicked)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #5f6368; padding: 24px")
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.view, 1)

    # -- feeding ---------------------------------------------------------------------------

    def set_data(self, data: CalendarRows) -> None:
        """Use these rows (shared with the other views)."""
        self.data = data
        self.refresh()

    def set_holidays(self, holidays: HolidayCalendar | None) -> None:
        """Mark measures that fall on these holidays."""
        self.holidays = holidays
        self.model.holidays = holidays

    def set_today(self, today: date) -> None:
        """Change what "today" is."""
        self.today = today
        self.refresh()

    def set_days(self, days: int) -> None:
        """Show the next ``days`` days."""
        self.days = days
        button = self.range_buttons.button(days)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Build the agenda again from the rows."""
        current = self.model.measure_id(self.view.currentIndex())
        agenda = build_agenda(self.data, self.today, self.days)
        self.agenda = agenda
        groups: list[MeasureGroup] = []
        rows = self.data.rows

        def ended(i: int) -> str:
            end = rows[i].timing_end
            assert end is not None  # only a measure with an end date can be overdue
            return self.tr("ended %1").replace("%1", style.fmt_date(end))

        if agenda.overdue:
            groups.append(
                MeasureGroup(
                    OVERDUE,
                    self.tr("Overdue · %1").replace("%1", style.fmt_count(len(agenda.overdue))),
                    agenda.overdue,
                    when=ended,
                    alert=True,
                    tooltip=self.tr("The timing has passed and the measure is not done"),
                )
            )
        for week in agenda.weeks:
            groups.append(self._week_group(week))
        self.model.set_groups(self.data, groups, self.today)
        self._restoring = True
        try:
            for g, group in enumerate(self.model.groups()):
                self.view.setFirstColumnSpanned(g, QModelIndex(), True)
                self.view.setExpanded(self.model.index(g, 0), self._expand(group))
        finally:
            self._restoring = False
        if current is not None:
            index = self.model.index_of_measure(current)
            if index.isValid():
                self.view.setCurrentIndex(index)
        self._update_labels(agenda)

    def _expand(self, group: MeasureGroup) -> bool:
        if group.key in self._opened:
            return True
        if group.key in self._closed:
            return False
        return len(group.positions) <= self.EXPAND_LIMIT

    def _remember(self, index: QModelIndex, opened: bool) -> None:
        if self._restoring or index.parent().isValid():
            return
        key = self.model.groups()[index.row()].key
        (self._opened if opened else self._closed).add(key)
        (self._closed if opened else self._opened).discard(key)

    def _week_group(self, week: AgendaWeek) -> MeasureGroup:
        this_monday = self.today - timedelta(days=self.today.weekday())
        dates = style.fmt_range(week.monday, week.sunday)
        if week.monday == this_monday:
            title = self.tr("This week · %1").replace("%1", dates)
        elif week.monday == this_monday + timedelta(days=7):
            title = self.tr("Next week · %1").replace("%1", dates)
        else:
            title = self.tr("Week %1 · %2").replace("%1", str(week.week)).replace("%2", dates)
        entries = {e.position: e for e in week.entries}
        rows = self.data.rows

        def when(position: int) -> str:
            entry = entries[position]
            row = rows[position]
            if entry.due:
                return self.tr("due %1").replace("%1", style.fmt_date(entry.day, "ddd d MMM"))
            if row.timing_start != row.timing_end:
                # An agenda entry comes from a dated measure: both ends are set.
                assert row.timing_start is not None and row.timing_end is not None
                return style.fmt_range(row.timing_start, row.timing_end)
            return style.fmt_date(entry.day, "ddd d MMM")

        return MeasureGroup(
            week.monday,
            f"{title} · {style.fmt_count(len(week.entries))}",
            [e.position for e in week.entries],
            when=when,
        )

    def _update_labels(self, agenda: Agenda) -> None:
        self.range_label.setText(style.fmt_range(agenda.start, agenda.end))
        coming = sum(len(w.entries) for w in agenda.weeks)
        counts = self.tr("%1 coming").replace("%1", style.fmt_count(coming))
        if agenda.overdue:
            overdue = self.tr("%1 overdue").replace("%1", style.fmt_count(len(agenda.overdue)))
            counts = f"<span style='color:#c62828'><b>{overdue}</b></span> · {counts}"
        self.counts_label.setText(counts)
        empty = not agenda.overdue and not agenda.weeks
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)
        if empty:
            self.empty_label.setText(
                self.tr("Nothing is due in the next %1 days.").replace("%1", str(self.days))
            )

    def measure_ids(self) -> list[int]:
        """Ids in the order shown (overdue first)."""
        return self.model.measure_ids()

    # -- selection -------------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        measure = self.model.measure_id(index)
        if measure is not None:
            self.measure_selected.emit(measure)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.view.hasFocus():
            self._clicked(current)

    def _double_clicked(self, index: QModelIndex) -> None:
        measure = self.model.measure_id(index)
        if measure is not None:
            self.measure_activated.emit(measure)

    def select_measure(self, measure_id: int | None) -> None:
        """Select a measure if it is listed (emits nothing)."""
        index = QModelIndex() if measure_id is None else self.model.index_of_measure(measure_id)
        if not index.isValid():
            self.view.clearSelection()
            return
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
