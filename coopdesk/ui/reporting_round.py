"""The reporting round: a quarter's progress for thirty measures, from the keyboard.

Edit > Reporting round…: pick the reporting date and the party (and, to narrow the
walk, a sector and a status), then walk the measures one by one: the measure's
number, title, timing and that party's responsible agencies are shown with the
party's previous report; type what was done, pick the status, the event date and
documents. Enter saves and moves to the next measure (Shift+Enter starts a new line
in the text; Ctrl+Enter saves from anywhere), PageDown / PageUp move without saving,
"12 of 30" says where you are. Each save is one step of the window's Edit > Undo
(through the progress service, :meth:`ProgressService.record`): typing the round
again changes the entry it made for that date instead of adding another. A measure
left as it was is not saved.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain import model
from coopdesk.domain.progress import ProgressEntry, latest_by_party
from coopdesk.domain.vocab import ProgressStatus, Status
from coopdesk.errors import CoopDeskError
from coopdesk.services.plans import PlanService
from coopdesk.services.progress import ProgressService
from coopdesk.ui.core_messages import core_text
from coopdesk.ui.progress_panel import format_day, parse_day, pydate, qdate
from coopdesk.ui.vocab import label
from coopdesk.ui.workspace import Workspace

_OPEN = "open"


def default_reporting_date(today: date) -> date:
    """The first day of the current quarter: reports are "as of 1 July"."""
    return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)


class RoundTextEdit(QPlainTextEdit):
    """The "what was done" field: Enter (or Ctrl+Enter) saves, Shift+Enter starts a new
    line, PageUp / PageDown leave the measure."""

    save_next = Signal()
    previous = Signal()
    next = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.save_next.emit()
            return
        if key == Qt.Key.Key_PageUp:
            self.previous.emit()
            return
        if key == Qt.Key.Key_PageDown:
            self.next.emit()
            return
        super().keyPressEvent(event)


class ReportingRoundDialog(QDialog):
    """Walk the measures of a plan and record one party's progress as of a date."""

    #: A measure's entry was saved: its measure id.
    saved = Signal(int)

    def __init__(
        self,
        service: PlanService,
        workspace: Workspace,
        plan: model.Plan,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.workspace = workspace
        self.progress = ProgressService(service)
        self.plan = plan
        self.plan_id = int(plan.id or 0)
        self.setWindowTitle(self.tr("Reporting round"))
        self.all_measures = service.list_measures(self.plan_id)
        self.sectors = service.list_sectors(self.plan_id)
        self.measures: list[model.Measure] = []
        self.index = 0
        self.saved_count = 0
        self._loaded: tuple[str, str, str, str] = ("", "", "", "")
        self._history: dict[int, list[ProgressEntry]] = {}
        self._has_entry = False

        # -- what to walk -------------------------------------------------------------------
        self.as_of = QDateEdit(qdate(default_reporting_date(today or date.today())), self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        self.party = QComboBox(self)
        self.party.addItem(plan.party_a or self.tr("Party A"), "a")
        self.party.addItem(plan.party_b or self.tr("Party B"), "b")
        self.sector = QComboBox(self)
        self.sector.addItem(self.tr("All sectors"), None)
        depth: dict[int | None, int] = {None: -1}
        for s in self.sectors:
            depth[s.id] = depth.get(s.parent_id, -1) + 1
            self.sector.addItem("    " * depth[s.id] + f"{s.code} {s.name}".strip(), s.id)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Any status"), None)
        self.status_filter.addItem(self.tr("Open (not done, not cancelled)"), _OPEN)
        for status in Status:
            self.status_filter.addItem(label(status), status.value)
        self.status_filter.setCurrentIndex(1)
        choose = QGridLayout()
        choose.addWidget(QLabel(self.tr("Reporting &date:"), self), 0, 0)
        choose.addWidget(self.as_of, 0, 1)
        choose.addWidget(QLabel(self.tr("&Party:"), self), 0, 2)
        choose.addWidget(self.party, 0, 3)
        choose.addWidget(QLabel(self.tr("Secto&r:"), self), 1, 0)
        choose.addWidget(self.sector, 1, 1)
        choose.addWidget(QLabel(self.tr("Stat&us of measures:"), self), 1, 2)
        choose.addWidget(self.status_filter, 1, 3)
        for (row, col), buddy in {
            (0, 0): self.as_of,
            (0, 2): self.party,
            (1, 0): self.sector,
            (1, 2): self.status_filter,
        }.items():
            item = choose.itemAtPosition(row, col)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setBuddy(buddy)

        # -- the measure ----------------------------------------------------------------------
        self.position = QLabel(self)
        self.position.setObjectName("roundPosition")
        self.position.setStyleSheet("font-weight: bold;")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.previous_report = QLabel(self)
        self.previous_report.setWordWrap(True)
        self.previous_report.setStyleSheet("color: #555;")
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.heading)
        card_layout.addWidget(self.details)
        card_layout.addWidget(self.previous_report)

        # -- the entry ------------------------------------------------------------------------
        self.status = QComboBox(self)
        for progress_status in ProgressStatus:
            self.status.addItem(label(progress_status), progress_status.value)
        self.text = RoundTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("What was done (Enter: save and next; Shift+Enter: a new line)")
        )
        self.event_date = QLineEdit(self)
        self.event_date.setPlaceholderText(self.tr("DD.MM.YYYY (if it took place)"))
        self.documents = QLineEdit(self)
        self.documents.setPlaceholderText(self.tr("A reference or a file link"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&What was done:"), self.text)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("&Event date:"), self.event_date)
        form.addRow(self.tr("D&ocuments:"), self.documents)

        # -- moving -----------------------------------------------------------------------------
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setToolTip(self.tr("Page Up: the previous measure, without saving"))
        self.next_button = QPushButton(self.tr("Skip ▶"), self)
        self.next_button.setToolTip(self.tr("Page Down: the next measure, without saving"))
        self.save_button = QPushButton(self.tr("&Save and next"), self)
        self.save_button.setToolTip(self.tr("Enter or Ctrl+Enter"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("color: #555;")
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.next_button)
        moves.addWidget(self.summary, 1)
        moves.addWidget(self.save_button)
        moves.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.position)
        layout.addWidget(card)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(moves)
        self.resize(760, 560)

        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.save_button.clicked.connect(self.save_and_next)
        self.close_button.clicked.connect(self.accept)
        self.text.save_next.connect(self.save_and_next)
        self.text.previous.connect(self.go_previous)
        self.text.next.connect(self.go_next)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.save_and_next)
        QShortcut(QKeySequence("PgUp"), self, self.go_previous)
        QShortcut(QKeySequence("PgDown"), self, self.go_next)
        self.as_of.dateChanged.connect(lambda _d: self._reload_current())
        self.party.currentIndexChanged.connect(lambda _i: self._reload_current())
        self.sector.currentIndexChanged.connect(lambda _i: self.refilter())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refilter())
        # A date typed in the reporting-date box stays there: Enter there saves nothing.
        self.as_of.installEventFilter(self)
        # Typing order: the text, its status, the event date, documents, then save.
        chain = (self.text, self.status, self.event_date, self.documents, self.save_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.refilter()

    # -- the walk ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.as_of and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.text.setFocus()
                return True
        return super().eventFilter(watched, event)

    @property
    def as_of_date(self) -> date:
        """The reporting date chosen."""
        return pydate(self.as_of.date())

    @property
    def party_code(self) -> str:
        """ "a" or "b"."""
        return str(self.party.currentData())

    def refilter(self) -> None:
        """Walk the measures of the chosen sector (and its sub-sectors) and status."""
        sector_id = self.sector.currentData()
        wanted = self.status_filter.currentData()
        inside: set[int] | None = None
        if sector_id is not None:
            inside = {int(sector_id)}
            for s in self.sectors:  # tree order: parents come first
                if s.parent_id in inside and s.id is not None:
                    inside.add(s.id)
        measures = []
        for m in self.all_measures:
            if inside is not None and m.sector_id not in inside:
                continue
            if wanted == _OPEN and m.status.is_closed:
                continue
            if wanted not in (None, _OPEN) and m.status.value != wanted:
                continue
            measures.append(m)
        self.measures = measures
        self._history = self.progress.plan_entries(self.plan_id)
        self.index = 0
        self._show()

    def current(self) -> model.Measure | None:
        """The measure shown."""
        return self.measures[self.index] if 0 <= self.index < len(self.measures) else None

    def _reload_current(self) -> None:
        self._show()

    def _show(self) -> None:
        self.error.hide()
        total = len(self.measures)
        measure = self.current()
        for widget in (self.text, self.status, self.event_date, self.documents, self.save_button):
            widget.setEnabled(measure is not None)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total - 1)
        self.summary.setText(
            self.tr("Saved in this round: %1").replace("%1", str(self.saved_count))
        )
        if measure is None:
            self.position.setText(self.tr("No measures match these filters."))
            self.heading.clear()
            self.details.clear()
            self.previous_report.clear()
            self._loaded = ("", "", "", "")
            return
        # Where the walk stands: "12 of 30".
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(total))
        )
        self.heading.setText(f"{measure.number} {measure.title}".strip())
        agencies = measure.responsible_a if self.party_code == "a" else measure.responsible_b
        lines = [
            self.tr("Timing: %1").replace("%1", measure.timing.text or "—"),
            self.tr("Responsible: %1").replace("%1", agencies or "—"),
            self.tr("Status: %1").replace("%1", label(measure.status)),
        ]
        self.details.setText("\n".join(lines))
        entries = [e for e in self._history.get(measure.id or 0, []) if e.party == self.party_code]
        same_day = [e for e in entries if e.as_of == self.as_of_date]
        earlier = latest_by_party([e for e in entries if e.as_of < self.as_of_date])
        before = earlier.get(self.party_code)
        if before is not None:
            self.previous_report.setText(
                self.tr("Previous report (%1): %2 — %3")
                .replace("%1", format_day(before.as_of))
                .replace("%2", label(before.status))
                .replace("%3", before.text or "—")
            )
        else:
            self.previous_report.setText(self.tr("No earlier report of this party."))
        entry = same_day[-1] if same_day else None
        if entry is not None:
            self.text.setPlainText(entry.text)
            status = entry.status
            self.event_date.setText(format_day(entry.event_date))
            self.documents.setText(entry.documents)
        else:
            self.text.clear()
            # The party's last word is the likeliest answer again.
            status = before.status if before is not None else ProgressStatus.IN_PROGRESS
            self.event_date.clear()
            self.documents.clear()
        self.status.setCurrentIndex(self.status.findData(status.value))
        self._loaded = self._form()
        self._has_entry = entry is not None
        self.text.setFocus()

    def _form(self) -> tuple[str, str, str, str]:
        return (
            self.text.toPlainText().strip(),
            str(self.status.currentData()),
            self.event_date.text().strip(),
            self.documents.text().strip(),
        )

    def go_previous(self) -> None:
        """The previous measure, without saving."""
        if self.index > 0:
            self.index -= 1
            self._show()

    def go_next(self) -> None:
        """The next measure, without saving."""
        if self.index < len(self.measures) - 1:
            self.index += 1
            self._show()

    def save_and_next(self) -> None:
        """Save the entry (if anything was typed or changed) and show the next measure."""
        measure = self.current()
        if measure is None or measure.id is None:
            return
        text, status, event_text, documents = self._form()
        if self._form() == self._loaded:
            self._advance()  # nothing typed or changed: nothing to save
            return
        try:
            event_date = parse_day(event_text)
        except ValueError:
            self._fail(
                self.tr("“%1” is not a date: type it as DD.MM.YYYY").replace("%1", event_text)
            )
            self.event_date.setFocus()
            return
        failures: list[str] = []
        self.workspace.failed.connect(failures.append)
        try:
            entry = self.workspace.run_step(
                self.tr("Record progress of %1").replace("%1", measure.number or measure.title),
                lambda: self.progress.record(
                    measure.id or 0,
                    self.party_code,
                    self.as_of_date,
                    status,
                    text=text,
                    event_date=event_date,
                    documents=documents,
                ),
            )
        finally:
            self.workspace.failed.disconnect(failures.append)
        if entry is None:
            self._fail(failures[0] if failures else self.tr("The entry was not saved."))
            return
        self._history.setdefault(measure.id, []).append(entry)
        self.saved_count += 1
        self.saved.emit(measure.id)
        self._advance()

    def _advance(self) -> None:
        if self.index < len(self.measures) - 1:
            self.index += 1
            self._show()
        else:
            self._show()
            self.position.setText(
                self.tr("%1 of %2 — the last measure of this round")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(len(self.measures)))
            )

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def open_reporting_round(
    parent: QWidget | None,
    service: PlanService,
    workspace: Workspace,
    plan_id: int,
    today: date | None = None,
) -> int:
    """Edit > Reporting round…: the dialog for a plan (modal)."""
    try:
        plan = service.get_plan(plan_id)
    except CoopDeskError as exc:
        workspace.failed.emit(core_text(exc))
        return 0
    dialog = ReportingRoundDialog(service, workspace, plan, parent, today=today)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
