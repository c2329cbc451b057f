"""The Reports dialog: which report, in which language, for which period, of what selection.

    open_reports_dialog(window, service, plan_id, scope=ReportScope.from_filter(f))

The user picks the report (plan document, status report, upcoming events, assignments
per agency), the language, the period of upcoming events (next 30 or 90 days, or two
dates) and whether to limit it to the measures the window shows; then "Preview…"
(print preview, printing from there) or "Save as PDF…".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.errors import CoopDeskError
from coopdesk.reports.document import Document
from coopdesk.reports.scope import ReportScope
from coopdesk.reports.upcoming import PRESET_DAYS, DateWindow
from coopdesk.ui.core_messages import core_text
from coopdesk.ui.reports import preview

if TYPE_CHECKING:
    from coopdesk.services.plans import PlanService

_SETTINGS_KIND = "reports/kind"
_SETTINGS_LANG = "reports/lang"


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the user asked for in the dialog."""

    kind: str
    lang: str
    window: DateWindow | None  # upcoming events only
    scope: ReportScope | None  # None: the whole plan
    #: The days of the changes (the "changes" report only).
    since: date | None = None
    until: date | None = None


def default_report_lang(plan_language: str = "") -> str:
    """The plan's document language if it has one, else the window's language."""
    if plan_language in ("ru", "kk", "en"):
        return plan_language
    language = QLocale().language()
    if language == QLocale.Language.Kazakh:
        return "kk"
    return "ru" if language == QLocale.Language.Russian else "en"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """Choose a report and show its preview or save it as PDF.

    ``builder`` turns a :class:`ReportRequest` into a document (it may raise
    CoopDeskError, shown in a message box).  ``scope`` is the window's current
    selection; the "only the measures shown" box is offered when it limits anything.
    """

    def __init__(
        self,
        builder: Callable[[ReportRequest], Document],
        parent: QWidget | None = None,
        *,
        scope: ReportScope | None = None,
        scope_text: str = "",
        today: date | None = None,
        plan_language: str = "",
    ) -> None:
        super().__init__(parent)
        self.builder = builder
        self.scope = scope if scope is not None and not scope.is_whole_plan else None
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Reports"))
        settings = QSettings()

        self.kind = QComboBox(self)
        for code, text in (
            ("plan", self.tr("Plan of measures (official layout)")),
            ("status", self.tr("Status report by sector")),
            ("upcoming", self.tr("Upcoming events")),
            ("agencies", self.tr("Assignments per responsible agency")),
            ("changes", self.tr("Changes to the plan (who changed what)")),
        ):
            self.kind.addItem(text, code)
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem("Русский", "ru")
        self.lang.addItem("Қазақша", "kk")
        # Both languages side by side, as Kazakh state bodies print official texts.
        self.lang.addItem("Русский + Қазақша", "ru+kk")
        self.lang.addItem("Қазақша + Русский", "kk+ru")
        self._select(self.kind, str(settings.value(_SETTINGS_KIND, "plan")))
        # The plan's document language first; else the last one used; else the window's.
        self._select(
            self.lang,
            plan_language or str(settings.value(_SETTINGS_LANG, default_report_lang())),
        )

        self.period_box = QGroupBox(self.tr("Period of upcoming events"), self)
        self.next_short = QRadioButton(self.tr("Next %n days", "", PRESET_DAYS[0]), self)
        self.next_long = QRadioButton(self.tr("Next %n days", "", PRESET_DAYS[1]), self)
        self.between = QRadioButton(self.tr("From"), self)
        self.period_group = QButtonGroup(self)
        for button in (self.next_short, self.next_long, self.between):
            self.period_group.addButton(button)
        self.next_short.setChecked(True)
        self.date_from = self._date_edit(self.today)
        self.date_to = self._date_edit(self.today)
        self.date_to.setDate(_qdate(self.today).addDays(PRESET_DAYS[1] - 1))
        self.date_from.dateChanged.connect(self._keep_order)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.between.setChecked(True))
        dates = QHBoxLayout()
        dates.addWidget(self.between)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        period_layout = QVBoxLayout(self.period_box)
        period_layout.addWidget(self.next_short)
        period_layout.addWidget(self.next_long)
        period_layout.addLayout(dates)

        self.only_shown = QCheckBox(self.tr("Only the measures the window shows"), self)
        self.only_shown.setEnabled(self.scope is not None)
        self.only_shown.setChecked(self.scope is not None)
        self.scope_label = QLabel(scope_text, self)
        self.scope_label.setWordWrap(True)
        self.scope_label.setVisible(bool(scope_text) and self.scope is not None)
        if self.scope is None:
            self.only_shown.setToolTip(
                self.tr("No filter is set: the report covers the whole plan")
            )

        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.kind)
        form.addRow(self.tr("&Language:"), self.lang)

        self.buttons = QDialogButtonBox(self)
        self.preview_button = QPushButton(self.tr("&Preview…"), self)
        self.preview_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.period_box)
        layout.addWidget(self.only_shown)
        layout.addWidget(self.scope_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    # -- widgets ----------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    def _keep_order(self, start: QDate) -> None:
        # The end can never be before the start, so the request is always valid.
        self.date_to.setMinimumDate(start)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.period_box.setEnabled(kind in ("upcoming", "changes"))
        if kind == "changes":
            self.period_box.setTitle(self.tr("Period of the changes"))
            self.next_short.setText(self.tr("Last %n days", "", PRESET_DAYS[0]))
            self.next_long.setText(self.tr("Last %n days", "", PRESET_DAYS[1]))
        else:
            self.period_box.setTitle(self.tr("Period of upcoming events"))
            self.next_short.setText(self.tr("Next %n days", "", PRESET_DAYS[0]))
            self.next_long.setText(self.tr("Next %n days", "", PRESET_DAYS[1]))

    # -- the request ------------------------------------------------------------------------

    def request(self) -> ReportRequest:
        """The report the dialog currently asks for."""
        kind = str(self.kind.currentData())
        window = None
        if kind == "upcoming":
            if self.next_short.isChecked():
                window = DateWindow.next_days(self.today, PRESET_DAYS[0])
            elif self.next_long.isChecked():
                window = DateWindow.next_days(self.today, PRESET_DAYS[1])
            else:
                window = DateWindow(_pydate(self.date_from.date()), _pydate(self.date_to.date()))
        since = until = None
        if kind == "changes":
            if self.next_short.isChecked():
                since = self.today - timedelta(days=PRESET_DAYS[0] - 1)
            elif self.next_long.isChecked():
                since = self.today - timedelta(days=PRESET_DAYS[1] - 1)
            else:
                since, until = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        scope = self.scope if self.only_shown.isChecked() else None
        return ReportRequest(kind, str(self.lang.currentData()), window, scope, since, until)

    def document(self) -> Document | None:
        """Build the requested report; a failure is shown and gives None."""
        request = self.request()
        settings = QSettings()
        settings.setValue(_SETTINGS_KIND, request.kind)
        settings.setValue(_SETTINGS_LANG, request.lang)
        try:
            with preview.busy():
                return self.builder(request)
        except CoopDeskError as exc:
            QMessageBox.warning(self, self.tr("The report cannot be made"), core_text(exc))
            return None

    def preview(self) -> None:
        """Show the print preview of the requested report."""
        document = self.document()
        if document is not None:
            preview.preview_report(self, document)

    def save_pdf(self) -> None:
        """Save the requested report as a PDF file (asks where)."""
        document = self.document()
        if document is not None:
            preview.save_report_pdf(self, document)


def open_reports_dialog(
    parent: QWidget | None,
    service: PlanService,
    plan_id: int,
    scope: ReportScope | None = None,
    today: date | None = None,
) -> int:
    """Open the Reports dialog for a plan (modal); ``scope``: the window's current filters.

    The language offered first is the plan's document language when it has one.
    """
    from coopdesk.reports.catalog import build_report
    from coopdesk.reports.labels import Labels

    def build(request: ReportRequest) -> Document:
        return build_report(
            service,
            plan_id,
            request.kind,
            lang=request.lang,
            today=today,
            scope=request.scope,
            window=request.window,
            since=request.since,
            until=request.until,
        )

    scope_text = ""
    if scope is not None and not scope.is_whole_plan:
        sectors = service.list_sectors(plan_id)
        scope_text = scope.describe(sectors, Labels(default_report_lang()))
    plan_language = service.get_plan(plan_id).language
    dialog = ReportDialog(
        build,
        parent,
        scope=scope,
        scope_text=scope_text,
        today=today,
        plan_language=plan_language,
    )
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def preview_plan(
    parent: QWidget | None,
    service: PlanService,
    plan_id: int,
    scope: ReportScope | None = None,
    lang: str | None = None,
) -> int:
    """File > Print…: the print preview of the plan document (printing from its toolbar)."""
    from coopdesk.reports.catalog import build_report

    try:
        with preview.busy():
            document = build_report(
                service, plan_id, "plan", lang=lang or default_report_lang(), scope=scope
            )
    except CoopDeskError as exc:
        title = QCoreApplication.translate("Reports", "The report cannot be made")
        QMessageBox.warning(parent, title, core_text(exc))
        return 0
    return preview.preview_report(parent, document)
