"""A date field that takes a date typed straight through: day, month, year.

Qt's :class:`QDateEdit` makes the user move between sections by hand and, with a
month-name format, cannot take a typed month at all. :class:`DateField` shows
``dd.MM.yyyy`` (the way dates are written in Russian and Kazakh documents, and
understood in English ones) and reads digits as they come: "12042023", "12.4.2023",
"12 4 23" all give 12 April 2023. Two digits fill the day or the month and move on;
a separator (``.``, ``/``, ``-``, space) ends a section early. A day the month does
not have is refused (the field keeps its date and turns red until fixed).
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

#: What the field shows; the order of the sections typed (day, month, year).
DISPLAY_FORMAT = "dd.MM.yyyy"
_SEPARATORS = frozenset("./-, ")


def read_typed_date(typed: str, fallback: date) -> tuple[date | None, int]:
    """The date ``typed`` so far means (missing parts from ``fallback``), and the section
    the next digit goes to (0 day, 1 month, 2 year).

    None when the parts typed make no date (31.02). A year counts once it has four
    digits or is ended by a separator (a two-digit year is 20xx).
    """
    parts: list[str] = []
    current = ""
    for char in typed:
        if char.isdigit():
            current += char
            if len(current) == (4 if len(parts) >= 2 else 2):
                parts.append(current)
                current = ""
        elif char in _SEPARATORS and current:
            parts.append(current)
            current = ""
    section = min(len(parts), 2)
    if current.strip("0") and len(parts) < 2:
        parts.append(current)  # a day or month being typed counts at once; a year when whole
    day = int(parts[0]) if parts else fallback.day
    month = int(parts[1]) if len(parts) > 1 else fallback.month
    year = fallback.year
    if len(parts) > 2:
        year = int(parts[2]) + (2000 if len(parts[2]) <= 2 else 0)
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None, section
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None, section
    return date(year, month, day), section


class DateField(QDateEdit):
    """A :class:`QDateEdit` that takes day, month and year typed straight through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self._typed = ""
        self._start = date.today()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._typed = ""
        self.setCurrentSection(QDateTimeEdit.Section.DaySection)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typed and self._typed[-1] not in _SEPARATORS:
            self._typed += "."  # a year of two digits left as typed counts too
            self._show_typed()
        if self._typed and read_typed_date(self._typed, self._start)[0] is None:
            # No such day: the field goes back to the date it had, and says why.
            self.setToolTip(
                self.tr("'%1' is not a date; the field keeps %2.")
                .replace("%1", self._typed.rstrip("."))
                .replace("%2", self._start.strftime("%d.%m.%Y"))
            )
            self.setDate(QDate(self._start.year, self._start.month, self._start.day))
        self._typed = ""
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if text and (text.isdigit() or text in _SEPARATORS) and not modifiers:
            if not self._typed:
                self._start = self.date().toPython()  # type: ignore[assignment]
                self.setToolTip("")
            self._typed += text
            self._show_typed()
            event.accept()
            return
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt):
            self._typed = ""
            self.setStyleSheet("")
            self.setToolTip("")
        super().keyPressEvent(event)

    def _show_typed(self) -> None:
        value, section = read_typed_date(self._typed, self._start)
        # Red while what is typed is no date; the tooltip says so when the field is left.
        self.setStyleSheet("" if value is not None else "color: #b00020;")
        if value is not None:
            self.setDate(QDate(value.year, value.month, value.day))
        sections = (
            QDateTimeEdit.Section.DaySection,
            QDateTimeEdit.Section.MonthSection,
            QDateTimeEdit.Section.YearSection,
        )
        self.setCurrentSection(sections[section])

    def typed_text(self) -> str:
        """What has been typed since the field took the focus (for tests and status)."""
        return self._typed


__all__ = ["DISPLAY_FORMAT", "DateField", "read_typed_date"]
