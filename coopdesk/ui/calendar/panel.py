"""The calendar panel: Month, Agenda and Timeline tabs over the workspace's rows.

The main window feeds it the same plain rows its table shows (so the table's filters
apply here too) and tells it the plan; the panel keeps one :class:`CalendarRows` that
all three views share, refreshes the visible tab at once and the others when they are
shown, and keeps the selected measure in step across them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from coopdesk.calendar.holidays import HolidayCalendar, country_name
from coopdesk.calendar.rows import CalendarRows, RowsChange, is_exact
from coopdesk.domain.model import Plan, Sector
from coopdesk.services.changes import ChangeSet
from coopdesk.ui.calendar import style
from coopdesk.ui.calendar.agenda_view import AgendaView
from coopdesk.ui.calendar.month_view import MonthView
from coopdesk.ui.calendar.timeline_view import TimelineView

MONTH, AGENDA, TIMELINE = 0, 1, 2


class CalendarPanel(QWidget):
    """Month, agenda and timeline of one plan, fed with the workspace's rows.

    Signals: :attr:`measure_selected` (a click in any view) and
    :attr:`measure_activated` (a double-click: open the measure in the editor).
    """

    measure_selected = Signal(int)
    measure_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.data = CalendarRows()
        self.plan: Plan | None = None
        self.sectors: list[Sector] = []
        self.holidays: HolidayCalendar | None = None
        self.selected: int | None = None
        #: A plan was just shown: the month view opens once its rows are known.
        self._opening = False
        self._follow_clock = today is None
        self.today = today or date.today()

        self.month_view = MonthView(self, self.today)
        self.agenda_view = AgendaView(self, self.today)
        self.timeline_view = TimelineView(self, self.today)
        # One set of rows for the three views: set_rows updates it in place.
        views: tuple[MonthView | AgendaView | TimelineView, ...] = (
            self.month_view,
            self.agenda_view,
            self.timeline_view,
        )
        for view in views:
            view.set_data(self.data)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.month_view, self.tr("Month"))
        self.tabs.addTab(self.agenda_view, self.tr("Agenda"))
        self.tabs.addTab(self.timeline_view, self.tr("Timeline"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "background:#fff4e5; color:#7a4b00; border:1px solid #f5d49a; padding:4px 8px"
        )
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

        # Views that are not visible refresh when shown; the timeline remembers what changed.
        self._stale: set[int] = set()
        self._timeline_change: RowsChange | None = None
        self.tabs.currentChanged.connect(self._tab_shown)
        for source, view in enumerate(views):
            view.measure_selected.connect(lambda mid, s=source: self._selected_in(s, mid))
            view.measure_activated.connect(self.measure_activated)

        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._new_day)
        if self._follow_clock:
            self._arm_midnight()

    # -- feeding ---------------------------------------------------------------------------

    def set_plan(self, plan: Plan, sectors: Sequence[Sector]) -> None:
        """Show a plan: its period, its parties' holidays and its sector tree.

        Call again when sectors change (added, renamed, moved), then :meth:`set_rows`.
        """
        first = self.plan is None or self.plan.id != plan.id
        self.plan = plan
        self.sectors = list(sectors)
        self.holidays = HolidayCalendar.for_plan(plan, lang=style.ui_lang())
        self.note.setText(self._holiday_note(self.holidays))
        self.note.setVisible(bool(self.holidays.note))
        for view in (self.month_view, self.agenda_view, self.timeline_view):
            view.set_holidays(self.holidays)
        self.timeline_view.set_plan(plan.period, self.sectors)
        self.month_view.set_period(plan.period)
        self.agenda_view.set_period(plan.period)
        if first:
            # Where the month view opens waits for the plan's rows (its first dated month).
            self._opening = True
            self.month_view.set_month(*self._opening_month(plan))
        self._changed(RowsChange(reset=True))

    def _holiday_note(self, holidays: HolidayCalendar) -> str:
        """Why these countries' holidays are shown, when they were not read from the plan."""
        if not holidays.note:
            return ""
        lang = style.ui_lang()
        names = ", ".join(country_name(c, lang) for c in holidays.countries)
        if holidays.unread:
            parties = ", ".join(f"'{p}'" for p in holidays.unread)
            text = self.tr(
                "No country could be read from the party names %1; "
                "the public holidays of %2 are shown."
            ).replace("%1", parties)
        else:
            text = self.tr("The plan names no parties; the public holidays of %2 are shown.")
        return "⚠ " + text.replace("%2", names)

    def _opening_month(self, plan: Plan) -> tuple[int, int]:
        """Where the month view opens: today's month when today is inside the plan's
        period (or the plan has none), else the plan's first dated month (the first
        month of a measure with days of its own, else of any dated measure, within the
        period), else the period's first month."""
        day = self.today
        period = plan.period
        if period is None or period[0] <= day <= period[1]:
            return day.year, day.month
        inside = [
            r
            for r in self.data.rows
            if r.timing_start is not None
            and r.timing_end is not None
            and r.timing_end >= period[0]
            and r.timing_start <= period[1]
        ]
        # A measure with days of its own (12 April 2023) marks where the plan's work
        # begins better than "annually", which starts with the period anyway.
        exact = [r.timing_start for r in inside if is_exact(r) and r.timing_start is not None]
        starts = exact or [r.timing_start for r in inside if r.timing_start is not None]
        first = max(min(starts), period[0]) if starts else period[0]
        return first.year, first.month

    def set_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """The rows the workspace's table shows (:class:`~coopdesk.domain.rows.MeasureRow` rows).

        Pass the filtered rows so the calendar keeps the table's filters.  When the
        same measures come back with some values changed (an edit), only those are
        re-indexed and the views repaint; the timeline's lines are kept.
        """
        self._changed(self.data.set_rows(rows))
        if self._opening and self.plan is not None and self.data.rows:
            self._opening = False
            self.month_view.set_month(*self._opening_month(self.plan))

    def apply_changes(self, changes: ChangeSet, rows: Iterable[Sequence[Any]]) -> None:
        """A committed change and the rows after it: compares only the touched measures."""
        if changes.added.get("measure") or changes.removed.get("measure"):
            self.set_rows(rows)
            return
        self._changed(self.data.update_rows(rows, changes.touched("measure")))

    def set_today(self, today: date) -> None:
        """Change "today" (tests, or the clock passing midnight)."""
        self.today = today
        self.month_view.set_today(today)
        self.agenda_view.set_today(today)
        self.timeline_view.set_today(today)

    def _changed(self, change: RowsChange) -> None:
        if not change:
            return
        if self._timeline_change is None:
            self._timeline_change = change
        else:
            self._timeline_change = RowsChange(
                reset=self._timeline_change.reset or change.reset,
                changed=sorted(set(self._timeline_change.changed) | set(change.changed)),
                reordered=self._timeline_change.reordered or change.reordered,
            )
        self._stale = {MONTH, AGENDA, TIMELINE}
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, tab: int) -> None:
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        if tab == MONTH:
            self.month_view.refresh()
        elif tab == AGENDA:
            self.agenda_view.refresh()
        elif tab == TIMELINE and self._timeline_change is not None:
            self.timeline_view.refresh(self._timeline_change)
            self._timeline_change = None
        if self.selected is not None:
            self.select_measure(self.selected)

    def refresh_all(self) -> None:
        """Bring every tab up to date now (not only the visible one)."""
        for tab in (MONTH, AGENDA, TIMELINE):
            self._tab_shown(tab)

    # -- selection -------------------------------------------------------------------------

    def select_measure(self, measure_id: int | None) -> None:
        """Show a measure selected elsewhere (the table): every view highlights it.

        The month view goes to the month of its timing when it is not in view.
        Emits nothing.
        """
        self.selected = measure_id
        self.month_view.select_measure(measure_id, navigate=True)
        self.agenda_view.select_measure(measure_id)
        self.timeline_view.select_measure(measure_id, scroll=self.tabs.currentIndex() == TIMELINE)

    def _selected_in(self, source: int, measure_id: int) -> None:
        self.selected = measure_id
        if source != MONTH:
            self.month_view.select_measure(measure_id, navigate=True)
        if source != AGENDA:
            self.agenda_view.select_measure(measure_id)
        if source != TIMELINE:
            self.timeline_view.select_measure(measure_id, scroll=False)
        self.measure_selected.emit(measure_id)

    # -- the clock -------------------------------------------------------------------------

    def _arm_midnight(self) -> None:
        now = datetime.now()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self._midnight.start(int((tomorrow - now).total_seconds() * 1000) + 1000)

    def _new_day(self) -> None:
        self.set_today(date.today())
        self._arm_midnight()

    def show_tab(self, tab: int) -> None:
        """Show the Month (0), Agenda (1) or Timeline (2) tab."""
        self.tabs.setCurrentIndex(tab)


__all__ = ["AGENDA", "MONTH", "TIMELINE", "CalendarPanel"]
