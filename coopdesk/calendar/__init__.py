"""Calendar support with no Qt: public holidays, .ics export and the data behind the views.

* :mod:`coopdesk.calendar.holidays`: which countries a plan's parties are, their public
  holidays per date, and the warning for a visit, meeting or consultations on one.
* :mod:`coopdesk.calendar.ics`: an iCalendar file with one event per dated measure.
* :mod:`coopdesk.calendar.rows`: the plain measure rows the views draw, indexed by span.
* :mod:`coopdesk.calendar.agenda` and :mod:`coopdesk.calendar.month_grid`: what the agenda,
  month grid and timeline show, as plain data the UI paints.

The ``coopdesk calendar PLAN OUT.ics`` command is :mod:`coopdesk.cli.calendar`.
"""
