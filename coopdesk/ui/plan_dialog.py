"""The plan properties dialog (new plan and Edit > Plan properties)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain import model
from coopdesk.domain.vocab import PlanState
from coopdesk.ui.date_field import DateField
from coopdesk.ui.vocab import label


class OptionalDateEdit(QWidget):
    """A date that may be left unset (a check box turns it on)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.edit = DateField(self)  # takes a date typed straight through (issue 14)
        self.edit.setCalendarPopup(True)
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def set_date(self, value: date | None, fallback: date | None = None) -> None:
        """Show ``value`` (None: unset, showing ``fallback`` greyed)."""
        self.enabled.setChecked(value is not None)
        shown = value or fallback or date.today()
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))

    def date(self) -> date | None:
        """The date, or None when unset."""
        if not self.enabled.isChecked():
            return None
        return self.edit.date().toPython()  # type: ignore[return-value]


class PlanDialog(QDialog):
    """Title, parties, period, signature and state of a plan."""

    def __init__(self, plan: model.Plan | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan") if plan is None else self.tr("Plan properties"))
        self.code = QLineEdit(self)
        self.code.setMaxLength(64)
        self.code.setPlaceholderText(self.tr("a short unique name, e.g. KZ-RU-2025"))
        self.title = QLineEdit(self)
        self.party_a = QLineEdit(self)
        self.party_b = QLineEdit(self)
        self.period_start = OptionalDateEdit(self)
        self.period_end = OptionalDateEdit(self)
        self.signed_date = OptionalDateEdit(self)
        self.signed_place = QLineEdit(self)
        self.state = QComboBox(self)
        for state in PlanState:
            self.state.addItem(label(state), state.value)
        # The language the plan's documents are printed in (reports, print, export).
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Not set (the window's language)"), "")
        self.language.addItem("Русский", "ru")
        self.language.addItem("Қазақша", "kk")
        self.language.addItem("English", "en")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Party &A:"), self.party_a)
        form.addRow(self.tr("Party &B:"), self.party_b)
        form.addRow(self.tr("Period &from:"), self.period_start)
        form.addRow(self.tr("Period &to:"), self.period_end)
        form.addRow(self.tr("&Signed on:"), self.signed_date)
        form.addRow(self.tr("Signed &in:"), self.signed_place)
        form.addRow(self.tr("S&tate:"), self.state)
        form.addRow(self.tr("Document &language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.resize(560, 380)
        #: Set by the caller: takes the values and returns an error message or None.
        self.submit: Callable[[dict[str, Any]], str | None] | None = None

        today = date.today()
        if plan is None:
            self.period_start.set_date(date(today.year, 1, 1))
            self.period_end.set_date(date(today.year + 1, 12, 31))
            self.signed_date.set_date(None)
        else:
            self.code.setText(plan.code)
            self.title.setText(plan.title)
            self.title.setCursorPosition(0)
            self.title.setToolTip(plan.title)
            self.party_a.setText(plan.party_a)
            self.party_b.setText(plan.party_b)
            self.period_start.set_date(plan.period_start)
            self.period_end.set_date(plan.period_end, plan.period_start)
            self.signed_date.set_date(plan.signed_date, plan.period_start)
            self.signed_place.setText(plan.signed_place)
            self.state.setCurrentIndex(max(0, self.state.findData(plan.state.value)))
            self.language.setCurrentIndex(max(0, self.language.findData(plan.language)))

    def values(self) -> dict[str, Any]:
        """The plan fields as the services take them."""
        return {
            "code": self.code.text().strip(),
            "title": self.title.text().strip(),
            "party_a": self.party_a.text().strip(),
            "party_b": self.party_b.text().strip(),
            "period_start": self.period_start.date(),
            "period_end": self.period_end.date(),
            "signed_date": self.signed_date.date(),
            "signed_place": self.signed_place.text().strip(),
            "state": self.state.currentData(),
            "language": self.language.currentData(),
        }

    def _problem(self, values: dict[str, Any]) -> str | None:
        if not values["code"]:
            return self.tr("Give the plan a code (a short name such as KZ-RU-2025).")
        if not values["title"]:
            return self.tr("Give the plan a title.")
        start, end = values["period_start"], values["period_end"]
        if start and end and start > end:
            return self.tr("The period ends before it starts.")
        return None

    def _accept(self) -> None:
        values = self.values()
        problem = self._problem(values)
        if problem is None and self.submit is not None:
            problem = self.submit(values)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()
