"""Plan > New plan from this one…: the carry-over dialog, and the window's carry-over actions.

:class:`CarryOverDialog` asks for the new plan's code, title and period and lists the
old plan's measures with a tick box each: the ones carry-over takes by default (not
done and not cancelled, and the recurring ones) are ticked, each row says why, and
what its timing becomes in the new plan. The counts under the list follow every
tick. OK runs :meth:`~coopdesk.services.carry_over.CarryOverService.carry_over`
through the window's workspace: one undo step.

:func:`install_carry_over` adds the actions (New plan from this one…, Search all
plans…) to the window and the carry-over links to its measure editor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain import model
from coopdesk.domain.timing import Timing
from coopdesk.services.carry_over import (
    CarryCandidate,
    CarryOverService,
    Reason,
    carried_timing,
    next_title,
)
from coopdesk.ui.i18n import QT_TRANSLATE_NOOP
from coopdesk.ui.vocab import label

# Why a measure is ticked or not, as the list says it.
REASON_TEXT: dict[Reason, str] = {
    Reason.OPEN: QT_TRANSLATE_NOOP("CarryOverDialog", "Not done yet"),
    Reason.RECURRING: QT_TRANSLATE_NOOP("CarryOverDialog", "Recurring"),
    Reason.DONE: QT_TRANSLATE_NOOP("CarryOverDialog", "Done"),
    Reason.CANCELLED: QT_TRANSLATE_NOOP("CarryOverDialog", "Cancelled"),
    Reason.CARRIED: QT_TRANSLATE_NOOP("CarryOverDialog", "Carried over already"),
}

# The window's actions (Plan menu).
_NEW_FROM_THIS = QT_TRANSLATE_NOOP("CarryOverDialog", "New plan from &this one…")
_NEW_FROM_THIS_TIP = QT_TRANSLATE_NOOP(
    "CarryOverDialog", "Make the next plan from this plan's unfinished and recurring measures"
)
# The undo step, and a failure that said nothing.
_STEP = QT_TRANSLATE_NOOP("CarryOverDialog", "New plan %1 from %2")
_NOT_MADE = QT_TRANSLATE_NOOP("CarryOverDialog", "The plan was not made.")
_SEARCH_ALL = QT_TRANSLATE_NOOP("CarryOverDialog", "Searc&h all plans…")
_SEARCH_ALL_TIP = QT_TRANSLATE_NOOP(
    "CarryOverDialog", "Find measures in every plan of the store, by words and period"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CarryOverDialog", text)


COL_NUMBER, COL_TITLE, COL_STATUS, COL_WHY, COL_TIMING, COL_NEW_TIMING = range(6)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def next_period(plan: model.Plan, today: date | None = None) -> tuple[date, date]:
    """The period after the plan's, as long as it (two years from next January if unknown)."""
    if plan.period_start and plan.period_end:
        start = plan.period_end + timedelta(days=1)
        years = plan.period_end.year - plan.period_start.year
        try:
            end = plan.period_end.replace(year=plan.period_end.year + years + 1)
        except ValueError:  # 29 February
            end = plan.period_end + timedelta(days=365 * (years + 1))
        return start, end
    year = (today or date.today()).year + 1
    return date(year, 1, 1), date(year + 1, 12, 31)


def next_code(plan: model.Plan, period: tuple[date, date]) -> str:
    """The plan's code with its year moved on ("KZ-RU-MFA-2023" → "KZ-RU-MFA-2025")."""
    if plan.period_start and str(plan.period_start.year) in plan.code:
        return plan.code.replace(str(plan.period_start.year), str(period[0].year))
    return f"{plan.code}-{period[0].year}"


class CarryOverDialog(QDialog):
    """The new plan's code, title and period, and the measures it takes over."""

    def __init__(
        self,
        plan: model.Plan,
        candidates: list[CarryCandidate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.candidates = candidates
        self.setWindowTitle(self.tr("New plan from %1").replace("%1", plan.code))
        start, end = next_period(plan)
        self.code = QLineEdit(next_code(plan, (start, end)), self)
        self.code.setMaxLength(64)
        self.title = QLineEdit(next_title(plan.title, plan.period, (start, end)), self)
        self.title.setCursorPosition(0)
        self.period_start = QDateEdit(_qdate(start), self)
        self.period_end = QDateEdit(_qdate(end), self)
        for edit in (self.period_start, self.period_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.dateChanged.connect(self._period_changed)
        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.period_end)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Title:"), self.title)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_start)
        form.addRow(period_label, period)

        self.intro = QLabel(
            self.tr(
                "Tick the measures the new plan takes over. Ticked at first: those not done "
                "and not cancelled, and the recurring ones. Each keeps a link to its origin; "
                "the origins are marked “Carried over”."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Measure"),
                self.tr("Status"),
                self.tr("Why"),
                self.tr("Timing"),
                self.tr("Timing in the new plan"),
            ]
        )
        self.items: list[QTreeWidgetItem] = []
        for c in candidates:
            item = QTreeWidgetItem(
                [c.number, c.title, label(c.status), self.tr(REASON_TEXT[c.reason]), c.timing.text]
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                COL_NUMBER, Qt.CheckState.Checked if c.ticked else Qt.CheckState.Unchecked
            )
            item.setToolTip(COL_TITLE, c.title)
            item.setData(COL_NUMBER, Qt.ItemDataRole.UserRole, c.measure_id)
            self.items.append(item)
        self.tree.addTopLevelItems(self.items)
        header = self.tree.header()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_NUMBER, COL_STATUS, COL_WHY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_TIMING, COL_NEW_TIMING):
            header.resizeSection(column, 190)
        self.tree.itemChanged.connect(lambda *_: self._period_changed())

        self.defaults_button = QPushButton(self.tr("&Defaults"), self)
        self.defaults_button.clicked.connect(self.tick_defaults)
        self.all_button = QPushButton(self.tr("Tick &all"), self)
        self.all_button.clicked.connect(lambda: self._tick(lambda _c: True))
        self.none_button = QPushButton(self.tr("Tick &none"), self)
        self.none_button.clicked.connect(lambda: self._tick(lambda _c: False))
        ticks = QHBoxLayout()
        for button in (self.defaults_button, self.all_button, self.none_button):
            ticks.addWidget(button)
        ticks.addStretch(1)
        self.counts = QLabel(self)
        ticks.addWidget(self.counts)

        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create plan"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)
        # Set by the caller: takes :meth:`values` and returns an error message or None.
        self.submit: Callable[[dict[str, Any]], str | None] | None = None
        self._period_changed()

    # -- reading ------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        """The new plan's period as chosen."""
        start: date = self.period_start.date().toPython()  # type: ignore[assignment]
        end: date = self.period_end.date().toPython()  # type: ignore[assignment]
        return start, end

    def ticked_ids(self) -> list[int]:
        """The ids of the ticked measures, in plan order."""
        return [
            int(item.data(COL_NUMBER, Qt.ItemDataRole.UserRole))
            for item in self.items
            if item.checkState(COL_NUMBER) == Qt.CheckState.Checked
        ]

    def values(self) -> dict[str, Any]:
        """What the carry-over service takes."""
        start, end = self.period()
        return {
            "code": self.code.text().strip(),
            "title": self.title.text().strip(),
            "period_start": start,
            "period_end": end,
            "measure_ids": self.ticked_ids(),
        }

    # -- ticking ------------------------------------------------------------------------

    def tick_defaults(self) -> None:
        """Tick what carry-over takes by default, and nothing else."""
        self._tick(lambda c: c.ticked)

    def _tick(self, wanted: Callable[[CarryCandidate], bool]) -> None:
        self.tree.blockSignals(True)
        try:
            for item, c in zip(self.items, self.candidates, strict=True):
                state = Qt.CheckState.Checked if wanted(c) else Qt.CheckState.Unchecked
                item.setCheckState(COL_NUMBER, state)
        finally:
            self.tree.blockSignals(False)
        self._period_changed()

    def _new_timing(self, c: CarryCandidate) -> Timing:
        start, end = self.period()
        return carried_timing(c.timing, self.plan.period, (start, end) if start <= end else None)

    def _period_changed(self, *_args: object) -> None:
        self._show_new_timings()
        self._update_counts()

    def _show_new_timings(self) -> None:
        """What each ticked measure's timing becomes in the new plan."""
        self.tree.blockSignals(True)
        try:
            for item, c in zip(self.items, self.candidates, strict=True):
                ticked = item.checkState(COL_NUMBER) == Qt.CheckState.Checked
                if not ticked or not c.timing.text.strip():
                    item.setText(COL_NEW_TIMING, "")
                    continue
                new = self._new_timing(c)
                item.setText(COL_NEW_TIMING, new.text or self.tr("(to set)"))
                item.setForeground(
                    COL_NEW_TIMING,
                    Qt.GlobalColor.darkRed if not new.text else Qt.GlobalColor.black,
                )
        finally:
            self.tree.blockSignals(False)

    def _update_counts(self) -> None:
        ticked = set(self.ticked_ids())
        cleared = sum(
            1
            for c in self.candidates
            if c.measure_id in ticked and c.timing.text.strip() and not self._new_timing(c).text
        )
        self.counts.setText(
            self.tr("%1 of %2 measures ticked; %3 timings to set in the new plan")
            .replace("%1", str(len(ticked)))
            .replace("%2", str(len(self.candidates)))
            .replace("%3", str(cleared))
        )

    def _accept(self) -> None:
        values = self.values()
        problem = None
        if not values["code"]:
            problem = self.tr("Give the new plan a code (a short name such as KZ-RU-2025).")
        elif values["period_start"] > values["period_end"]:
            problem = self.tr("The period ends before it starts.")
        if problem is None and self.submit is not None:
            problem = self.submit(values)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


# -- the window's side --------------------------------------------------------------------


def open_plan_measure(window: Any, plan_id: int, measure_id: int | None) -> None:
    """Show another plan in the window and open one of its measures in the editor."""
    index = window.plan_combo.findData(plan_id)
    if index < 0:
        window.reload()
        index = window.plan_combo.findData(plan_id)
    if index >= 0 and index != window.plan_combo.currentIndex():
        window.plan_combo.setCurrentIndex(index)  # opens the plan
    if window.plan_id != plan_id and index >= 0:
        window.open_plan(plan_id)
    if measure_id is not None:
        window.open_in_editor(measure_id)


def carry_over(window: Any) -> CarryOverDialog | None:
    """Plan > New plan from this one…: ask, then make the plan as one undo step."""
    if window.workspace is None or window.plan is None or window.plan.id is None:
        return None
    service = CarryOverService(window.service)
    plan = window.plan
    dialog = CarryOverDialog(plan, service.candidates(plan.id), window)
    made: list[int] = []

    def submit(values: dict[str, Any]) -> str | None:
        messages: list[str] = []
        workspace = window.workspace
        workspace.failed.connect(messages.append)
        try:
            result = workspace.run_step(
                _tr(_STEP).replace("%1", values["code"]).replace("%2", plan.code),
                lambda: service.carry_over(plan.id, **values),
            )
        finally:
            workspace.failed.disconnect(messages.append)
        if result is None:
            return messages[0] if messages else _tr(_NOT_MADE)
        made.append(result.plan.id)
        return None

    dialog.submit = submit
    window._carry_dialog = dialog  # kept for tests and to stay alive while shown
    if dialog.exec() == QDialog.DialogCode.Accepted and made:
        open_plan_measure(window, made[0], None)
    return dialog


def install_carry_over(window: QMainWindow) -> None:
    """Add Plan > New plan from this one… and Plan > Search all plans… (Ctrl+Shift+F) to the
    window, and the carry-over links to its measure editor."""
    from coopdesk.ui.carry_links import install_carry_links
    from coopdesk.ui.portfolio_dialog import show_portfolio_search

    w: Any = window
    w.carry_over_action = QAction(_tr(_NEW_FROM_THIS), window)
    w.carry_over_action.setStatusTip(_tr(_NEW_FROM_THIS_TIP))
    w.carry_over_action.setToolTip(_tr(_NEW_FROM_THIS_TIP))
    w.carry_over_action.triggered.connect(lambda _checked=False: carry_over(window))
    w.portfolio_action = QAction(_tr(_SEARCH_ALL), window)
    w.portfolio_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    w.portfolio_action.setStatusTip(_tr(_SEARCH_ALL_TIP))
    w.portfolio_action.setToolTip(_tr(_SEARCH_ALL_TIP))
    w.portfolio_action.triggered.connect(lambda _checked=False: show_portfolio_search(window))
    window.addAction(w.portfolio_action)
    menu: QMenu | None = getattr(window, "plan_menu", None) or getattr(window, "file_menu", None)
    if menu is not None:
        anchor = getattr(window, "delete_plan_action", None)
        actions = menu.actions()
        at = actions.index(anchor) + 1 if anchor in actions else len(actions)
        before = actions[at] if at < len(actions) else None
        menu.insertAction(before, w.carry_over_action)  # type: ignore[arg-type]
        menu.insertAction(before, w.portfolio_action)  # type: ignore[arg-type]
    install_carry_links(window)
