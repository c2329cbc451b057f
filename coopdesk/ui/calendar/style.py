"""Colours, date words and tooltips shared by the calendar views.

Status colours follow the usual desktop-calendar palette (blue planned, green done,
grey cancelled); holidays of the first party are shaded teal, of the second rose,
and days that are holidays of both lavender.  Dates are written through
:class:`QLocale`, so month and weekday names follow the user's language.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from coopdesk.calendar.holidays import Holiday, HolidayCalendar, country_name
from coopdesk.calendar.rows import (
    Row,
    is_overdue,
    row_timing,
)
from coopdesk.domain.vocab import Kind, Status
from coopdesk.ui.vocab import label

_CONTEXT = "Calendar"


def tr(text: str) -> str:
    """Translate a calendar string (context "Calendar") outside a QObject."""
    return QCoreApplication.translate(_CONTEXT, text)


# --------------------------------------------------------------------------- colours

STATUS_COLOURS: dict[str, QColor] = {
    Status.PLANNED.value: QColor("#3b78d8"),
    Status.IN_PREPARATION.value: QColor("#0f9aa0"),
    Status.IN_PROGRESS.value: QColor("#e08600"),
    Status.DONE.value: QColor("#2e9a57"),
    Status.POSTPONED.value: QColor("#8a56c2"),
    Status.CANCELLED.value: QColor("#8e9297"),
    Status.CARRIED_OVER.value: QColor("#6d4c9f"),
}
OVERDUE_COLOUR = QColor("#c62828")
ACCENT = QColor("#1a73e8")
GRID_LINE = QColor("#dadce0")
GRID_LINE_STRONG = QColor("#b0b4ba")
TEXT = QColor("#202124")
TEXT_MUTED = QColor("#5f6368")
TEXT_FAINT = QColor("#9aa0a6")
BACKGROUND = QColor("#ffffff")
WEEKEND = QColor("#f6f7f9")
OUTSIDE = QColor("#f1f3f4")
HEADER_BACKGROUND = QColor("#f8f9fa")
SECTOR_BAND = QColor("#eef2f8")
SELECTION_BAND = QColor(26, 115, 232, 38)

#: Day shading of holidays: the first party's country, the second's, both.
HOLIDAY_SHADES: tuple[QColor, QColor, QColor] = (
    QColor("#dff2f5"),
    QColor("#fbe7e6"),
    QColor("#ece4f4"),
)
#: The same, a shade deeper: thin day columns on the timeline need it to be seen.
TIMELINE_HOLIDAY_SHADES: tuple[QColor, QColor, QColor] = (
    QColor("#cfe8ee"),
    QColor("#f5d9d7"),
    QColor("#e0d5ee"),
)
#: Stronger colours for the country tags written on holidays.
HOLIDAY_INKS: tuple[QColor, QColor] = (QColor("#007c91"), QColor("#b3261e"))


def status_colour(status: str) -> QColor:
    """The colour of a status code."""
    return STATUS_COLOURS.get(status, STATUS_COLOURS[Status.PLANNED.value])


_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small round swatch of a status colour, for item views (made on first use)."""
    icon = _ICONS.get(status)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_colour(status))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _ICONS[status] = QIcon(pixmap)
    return icon


def holiday_shade(
    holidays: HolidayCalendar | None,
    items: tuple[Holiday, ...],
    shades: tuple[QColor, QColor, QColor] = HOLIDAY_SHADES,
) -> QColor | None:
    """The shade of a day with these holidays (None for a working day).

    ``shades`` are the first party's, the second party's and both parties' colours.
    """
    if not items or holidays is None:
        return None
    slots = {_slot(holidays, h.country) for h in items}
    if len(slots) > 1:
        return shades[2]
    return shades[slots.pop()]


def holiday_ink(holidays: HolidayCalendar, country: str) -> QColor:
    """The colour of a country's tag."""
    return HOLIDAY_INKS[_slot(holidays, country)]


def _slot(holidays: HolidayCalendar, country: str) -> int:
    """0 for the first party's country, 1 for every other."""
    return 0 if holidays.countries and holidays.countries[0] == country else 1


# --------------------------------------------------------------------------- words


def ui_lang() -> str:
    """The language of the user interface for core words: "ru", "kk" or "en"."""
    language = QLocale().language()
    if language == QLocale.Language.Russian:
        return "ru"
    if language == QLocale.Language.Kazakh:
        return "kk"
    return "en"


def fmt_count(n: int) -> str:
    """A count with the locale's thousands separator: "10,081"."""
    return QLocale().toString(n)


def qdate(d: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(d.year, d.month, d.day)


def fmt_date(d: date, pattern: str = "d MMM yyyy") -> str:
    """A date in the user's language, e.g. "12 Apr 2023"."""
    return QLocale().toString(qdate(d), pattern)


def month_title(year: int, month: int) -> str:
    """ "April 2023" in the user's language (standalone month name)."""
    name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"


def fmt_range(start: date, end: date) -> str:
    """ "10–12 Oct 2023", "28 Sep – 3 Oct 2023", "12 Apr 2023"."""
    if start == end:
        return fmt_date(start)
    if start.year != end.year:
        return f"{fmt_date(start)} – {fmt_date(end)}"
    if start.month != end.month:
        return f"{fmt_date(start, 'd MMM')} – {fmt_date(end)}"
    return f"{start.day}–{fmt_date(end)}"


def holiday_lines(holidays: HolidayCalendar, items: tuple[Holiday, ...]) -> list[str]:
    """ "Kazakhstan: Nowruz Holiday" for each holiday of a day."""
    lang = ui_lang()
    return [f"{country_name(h.country, lang)}: {h.name}" for h in items]


def holiday_warning(kind: Kind | str, timing, holidays: HolidayCalendar) -> str | None:
    """The editor's warning when a visit, meeting or consultations falls on a public holiday.

    ``timing`` is a domain :class:`~coopdesk.domain.timing.Timing` (as parsed while
    the user types).  Returns a translated sentence such as "12 Jun 2023 is a public
    holiday in Russia (Russia Day)." (one per day), or None when there is no clash.
    """
    from coopdesk.calendar.holidays import holiday_clashes

    clashes = holiday_clashes(kind, timing, holidays)
    if not clashes:
        return None
    lang = ui_lang()
    by_day: dict[date, dict[str, list[str]]] = {}
    for h in clashes:
        by_day.setdefault(h.day, {}).setdefault(h.country, []).append(h.name)
    sentences = []
    for day, countries in by_day.items():
        where = "; ".join(
            f"{country_name(code, lang)} ({', '.join(names)})" for code, names in countries.items()
        )
        sentences.append(
            tr("%1 is a public holiday in %2.").replace("%1", fmt_date(day)).replace("%2", where)
        )
    return " ".join(sentences)


def measure_tooltip(row: Row, today: date, holidays: HolidayCalendar | None = None) -> str:
    """Rich-text tooltip of a measure: number and title, timing, status, responsible."""
    timing = row_timing(row)
    status = Status(row.status)
    parts = [f"<b>{html.escape(row.number)}</b> {html.escape(row.title)}"]
    when = html.escape(timing.text) or html.escape(tr("No timing"))
    understood = timing.describe(ui_lang())
    if understood and understood != timing.text:
        when += f" <span style='color:#5f6368'>({html.escape(understood)})</span>"
    parts.append(f"{html.escape(tr('Timing'))}: {when}")
    state = html.escape(label(status))
    if is_overdue(row, today):
        state += f" — <span style='color:#c62828'><b>{html.escape(tr('overdue'))}</b></span>"
    parts.append(f"{html.escape(tr('Status'))}: {state}")
    responsible = " / ".join(x for x in (row.responsible_a, row.responsible_b) if x)
    if responsible:
        parts.append(f"{html.escape(tr('Responsible'))}: {html.escape(responsible)}")
    if holidays is not None:
        warning = holiday_warning(row.kind, timing, holidays)
        if warning:
            parts.append(f"<span style='color:#b3261e'>⚠ {html.escape(warning)}</span>")
    return "<br>".join(parts)
