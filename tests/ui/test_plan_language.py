"""A plan's document language: set in plan properties, the default of print and reports."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

pytestmark = pytest.mark.store


def test_print_and_reports_default_to_the_plans_language(window, monkeypatch) -> None:
    from coopdesk.ui.plan_dialog import PlanDialog
    from coopdesk.ui.reports import dialog as reports_dialog
    from coopdesk.ui.reports import preview

    # Plan properties offer the language and hand it to the services.
    properties = PlanDialog(window.plan, window)
    properties.language.setCurrentIndex(properties.language.findData("kk"))
    assert properties.values()["language"] == "kk"
    window.workspace.update_plan(window.plan_id, {"language": "kk"})
    assert window.service.get_plan(window.plan_id).language == "kk"
    window.plan = window.service.get_plan(window.plan_id)

    printed: list[str] = []
    monkeypatch.setattr(preview, "preview_report", lambda _p, doc: printed.append(doc.lang) or 1)
    window.print_plan()
    assert printed == ["kk"]

    offered: list[str] = []

    def look(dialog) -> int:
        offered.append(dialog.lang.currentData())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(reports_dialog.ReportDialog, "exec", look)
    window.open_reports()
    assert offered == ["kk"]
