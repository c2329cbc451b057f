"""The agenda: measures in date order, grouped by week, overdue on top.

Its window is the coming 7, 30 or 90 days, the plan's whole period, one quarter or
one month of the plan, or dates typed in.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.calendar.agenda import (
    AGENDA_RANGES,
    Agenda,
    AgendaWeek,
    build_agenda,
    build_agenda_between,
)
from coopdesk.calendar.holidays import HolidayCalendar
from coopdesk.calendar.month_grid import add_months, month_end
from coopdesk.calendar.rows import CalendarRows
from coopdesk.ui.calendar import style
from coopdesk.ui.calendar.group_model import MeasureGroup, MeasureGroupModel, RoomyDelegate

#: Group key of the overdue measures.
OVERDUE = "overdue"
#: Ids of the window buttons that are not a number of days (QButtonGroup takes -1 to
#: mean "pick an id", so these are large positive numbers).
WHOLE_PLAN, QUARTER, MONTH, DATES = 100001, 100002, 100003, 100004


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

        #: A span of dates (start, end) shown instead of the next ``days`` days.
        self.span: tuple[date, date] | None = None
        #: The plan's period: the whole-plan window, its quarters and months.
        self.period: tuple[date, date] | None = None

        self.range_buttons = QButtonGroup(self)
        self.range_buttons.setExclusive(True)
        # The bar wraps onto a second line in a narrow window.
        from coopdesk.ui.filter_bar import FlowLayout

        self.bar_widget = QWidget(self)
        bar = FlowLayout(self.bar_widget, spacing=4)
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(QLabel(self.tr("Show the next"), self))
        for days in AGENDA_RANGES:
            bar.addWidget(self._range_button(self.tr("%1 days").replace("%1", str(days)), days))
        self.plan_button = self._range_button(self.tr("Whole plan"), WHOLE_PLAN)
        self.plan_button.setToolTip(self.tr("Every week of the plan's period"))
        self.quarter_button = self._range_button(self.tr("Quarter"), QUARTER)
        self.quarter_button.setToolTip(self.tr("One quarter of the plan"))
        self.quarter_menu = QMenu(self)
        self.quarter_button.setMenu(self.quarter_menu)
        self.quarter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.month_button = self._range_button(self.tr("Month"), MONTH)
        self.month_button.setToolTip(self.tr("One month of the plan"))
        self.month_menu = QMenu(self)
        self.month_button.setMenu(self.month_menu)
        self.month_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.dates_button = self._range_button(self.tr("Dates"), DATES)
        self.dates_button.setToolTip(self.tr("The days between two dates you type"))
        from coopdesk.ui.date_field import DateField

        self.from_date = DateField(self)
        self.from_date.setToolTip(self.tr("First day"))
        self.to_date = DateField(self)
        self.to_date.setToolTip(self.tr("Last day"))
        for button in (self.plan_button, self.quarter_button, self.month_button):
            bar.addWidget(button)
        bar.addWidget(self.dates_button)
        bar.addWidget(self.from_date)
        bar.addWidget(self.to_date)
        self.from_date.hide()
        self.to_date.hide()
        self.range_label = QLabel(self)
        self.range_label.setStyleSheet("color: #5f6368")
        bar.addWidget(self.range_label)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.counts_label)
        self.range_buttons.idClicked.connect(self._range_clicked)
        self.quarter_menu.aboutToShow.connect(self._fill_quarters)
        self.month_menu.aboutToShow.connect(self._fill_months)
        self.from_date.dateChanged.connect(self._dates_changed)
        self.to_date.dateChanged.connect(self._dates_changed)
        self._update_window_buttons()

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
        layout.addWidget(self.bar_widget)
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

    def _range_button(self, text: str, key: int) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        button.setChecked(key == self.days)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.range_buttons.addButton(button, key)
        return button

    def set_period(self, period: tuple[date, date] | None) -> None:
        """The plan's period (offered as the whole-plan window, its quarters and months)."""
        self.period = period
        self._update_window_buttons()

    def _update_window_buttons(self) -> None:
        has_period = self.period is not None
        for button in (self.plan_button, self.quarter_button, self.month_button):
            button.setEnabled(has_period)

    def set_days(self, days: int) -> None:
        """Show the next ``days`` days."""
        self.days = days
        self.span = None
        self._check(days)
        self.refresh()

    def set_span(self, start: date, end: date) -> None:
        """Show the days ``start`` .. ``end`` (inclusive)."""
        self.span = (start, end) if start <= end else (end, start)
        self.refresh()

    def show_whole_plan(self) -> None:
        """The plan's whole period."""
        if self.period is not None:
            self._check(WHOLE_PLAN)
            self.set_span(*self.period)

    def show_quarter(self, year: int, quarter: int) -> None:
        """One quarter (1-4) of a year."""
        first = date(year, 3 * quarter - 2, 1)
        self._check(QUARTER)
        self.set_span(first, month_end(*add_months(year, first.month, 2)))

    def show_month(self, year: int, month: int) -> None:
        """One month."""
        self._check(MONTH)
        self.set_span(date(year, month, 1), month_end(year, month))

    def show_dates(self, start: date, end: date) -> None:
        """The days between two dates (the date fields show them)."""
        self._check(DATES)
        for field, day in ((self.from_date, start), (self.to_date, end)):
            field.blockSignals(True)
            field.setDate(QDate(day.year, day.month, day.day))
            field.blockSignals(False)
        self._show_date_fields(True)
        self.set_span(start, end)

    def _check(self, key: int) -> None:
        button = self.range_buttons.button(key)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        self._show_date_fields(key == DATES)

    def _show_date_fields(self, shown: bool) -> None:
        self.from_date.setVisible(shown)
        self.to_date.setVisible(shown)

    def _range_clicked(self, key: int) -> None:
        if key in AGENDA_RANGES:
            self.set_days(key)
        elif key == WHOLE_PLAN:
            self.show_whole_plan()
        elif key == DATES:
            start, end = self.span or (self.today, self.today + timedelta(days=self.days - 1))
            self.show_dates(start, end)
            self.from_date.setFocus()
        # Quarter and Month open their menus; the window changes when one is chosen.

    def _dates_changed(self, _day: QDate) -> None:
        start = self.from_date.date().toPython()
        end = self.to_date.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        self.set_span(start, end)

    def _plan_months(self) -> list[tuple[int, int]]:
        if self.period is None:
            return []
        start, end = self.period
        months = []
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            months.append((year, month))
            year, month = add_months(year, month, 1)
        return months

    def _fill_quarters(self) -> None:
        self.quarter_menu.clear()
        seen: list[tuple[int, int]] = []
        for year, month in self._plan_months():
            quarter = (year, (month - 1) // 3 + 1)
            if quarter not in seen:
                seen.append(quarter)
        for year, number in seen:
            action = self.quarter_menu.addAction(
                self.tr("Q%1 %2").replace("%1", str(number)).replace("%2", str(year))
            )
            action.triggered.connect(lambda _c=False, y=year, q=number: self.show_quarter(y, q))

    def _fill_months(self) -> None:
        self.month_menu.clear()
        for year, month in self._plan_months():
            action = self.month_menu.addAction(style.month_title(year, month))
            action.triggered.connect(lambda _c=False, y=year, m=month: self.show_month(y, m))

    def refresh(self) -> None:
        """Build the agenda again from the rows."""
        current = self.model.measure_id(self.view.currentIndex())
        if self.span is not None:
            agenda = build_agenda_between(self.data, self.today, *self.span)
        else:
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
        if empty and self.span is not None:
            self.empty_label.setText(
                self.tr("Nothing is due in %1.").replace(
                    "%1", style.fmt_range(agenda.start, agenda.end)
                )
            )
        elif empty:
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
