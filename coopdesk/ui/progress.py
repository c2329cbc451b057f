"""Progress per party in the main window: one call puts it in place.

    install_progress(window)

adds the progress list under the measure editor's fields, Edit > Reporting round…
(Ctrl+Shift+R, after Set status) and File > Progress report…, next to File > Reports.
Everything else lives in :mod:`coopdesk.ui.progress_panel`, :mod:`coopdesk.ui.reporting_round` and
:mod:`coopdesk.ui.progress_report`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout

from coopdesk.ui.progress_panel import ProgressPanel


def _party_names(window: Any) -> tuple[str, str]:
    plan = getattr(window, "plan", None)
    a = (
        plan.party_a
        if plan is not None and plan.party_a
        else QCoreApplication.translate("Progress", "Party A")
    )
    b = (
        plan.party_b
        if plan is not None and plan.party_b
        else QCoreApplication.translate("Progress", "Party B")
    )
    return a, b


def install_progress(window: Any) -> None:
    """Put the progress list, the reporting round and the progress report into ``window``."""
    panel = ProgressPanel(
        lambda: (window.service, window.workspace, _party_names(window)),
        window.editor,
        read_only=lambda: bool(getattr(window, "read_only", False)),
    )
    panel.setObjectName("progressPanel")
    body = window.editor.widget().layout()
    assert isinstance(body, QVBoxLayout)
    body.insertWidget(max(0, body.count() - 1), panel)  # above the closing stretch
    window.editor.measure_shown.connect(panel.show_measure)
    window.progress_panel = panel

    def reporting_round() -> None:
        if window.service is None or window.workspace is None or window.plan_id is None:
            return
        if getattr(window, "read_only", False):
            window.show_error(
                QCoreApplication.translate(
                    "Progress", "Read only: your login may read this store but not record progress."
                )
            )
            return
        from coopdesk.ui.reporting_round import open_reporting_round

        open_reporting_round(window, window.service, window.workspace, window.plan_id)
        panel.reload()

    def progress_report() -> None:
        if window.service is None or window.plan_id is None:
            return
        from coopdesk.ui.progress_report import open_progress_report

        open_progress_report(window, window.service, window.plan_id, scope=window.report_scope())

    round_action = QAction(QCoreApplication.translate("Progress", "Reporting &round…"), window)
    round_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    round_action.setStatusTip(
        QCoreApplication.translate(
            "Progress", "Record one party's progress on each measure as of a reporting date"
        )
    )
    round_action.triggered.connect(reporting_round)
    # In the Edit menu, after "Set status": a menu bar "Plan" would need an Alt letter
    # that none of the measure editor's fields uses, and in English and Russian every
    # letter of "Plan" / "План" is taken.
    edit_menu = window.edit_menu
    status_action = window.status_menu.menuAction()
    actions = edit_menu.actions()
    if status_action in actions and actions.index(status_action) + 1 < len(actions):
        edit_menu.insertAction(actions[actions.index(status_action) + 1], round_action)
    else:
        edit_menu.addAction(round_action)
    window.reporting_round_action = round_action

    report_action = QAction(QCoreApplication.translate("Progress", "Pro&gress report…"), window)
    report_action.setStatusTip(
        QCoreApplication.translate(
            "Progress", "Information on the implementation of the plan as of a date, per party"
        )
    )
    report_action.triggered.connect(progress_report)
    # At the end of the group File > Reports opens (before the separator after it).
    file_menu = window.file_menu
    actions = file_menu.actions()
    place = None
    if window.reports_action in actions:
        after = actions[actions.index(window.reports_action) + 1 :]
        place = next((a for a in after if a.isSeparator()), None)
    if place is not None:
        file_menu.insertAction(place, report_action)
    else:
        file_menu.addAction(report_action)
    window.progress_report_action = report_action
