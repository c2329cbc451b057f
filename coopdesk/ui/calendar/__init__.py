"""Calendar views of a plan: month grid, agenda and timeline, in one dockable panel.

For the main window: :class:`CalendarPanel` (the three views in tabs),
:func:`holiday_warning` (the measure editor's warning for a visit, meeting or
consultations on a public holiday) and :func:`export_calendar` (File > Export calendar).
"""

from coopdesk.ui.calendar.agenda_view import AgendaView
from coopdesk.ui.calendar.export import export_calendar, export_message
from coopdesk.ui.calendar.month_view import MonthGrid, MonthView
from coopdesk.ui.calendar.panel import CalendarPanel
from coopdesk.ui.calendar.style import holiday_warning
from coopdesk.ui.calendar.timeline_view import TimelineCanvas, TimelineView

__all__ = [
    "AgendaView",
    "CalendarPanel",
    "MonthGrid",
    "MonthView",
    "TimelineCanvas",
    "TimelineView",
    "export_calendar",
    "export_message",
    "holiday_warning",
]
