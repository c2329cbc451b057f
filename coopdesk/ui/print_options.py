"""File > Print plan in the plan's language, or another one chosen beside it.

File > Print language offers Russian, Kazakh and English, with the plan's document
language (Plan properties; the window's language when the plan has none) ticked
until the user picks another for that plan. File > Print plan (Ctrl+P) prints in the
ticked language: headings, column titles and the closing words; the measures keep
their own text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow

#: The languages a plan can be printed in, with their own names.
PRINT_LANGUAGES = (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English"))


class PrintLanguage:
    """The print language of each plan: the user's choice, else the plan's own."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        tr = window.tr
        #: Languages the user picked, by plan id.
        self.chosen: dict[int, str] = {}
        self.menu = QMenu(tr("Print lan&guage"), window)
        self.menu.setToolTipsVisible(True)
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code, name in PRINT_LANGUAGES:
            action = self.menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.choose(c))
            self.actions[code] = action
        self.menu.aboutToShow.connect(self.show_current)

    def default(self) -> str:
        """The plan's document language, else the window's."""
        from coopdesk.ui.reports.dialog import default_report_lang

        plan = self.window.plan
        return default_report_lang(plan.language if plan is not None else "")

    def choose(self, code: str) -> None:
        """Print the plan shown in ``code`` from now on."""
        if self.window.plan_id is not None:
            self.chosen[self.window.plan_id] = code
        self.show_current()

    def show_current(self) -> None:
        """Tick the language the plan shown prints in."""
        self.actions[self.language()].setChecked(True)

    def language(self) -> str:
        """The language the plan shown prints in (the user's choice, else the plan's)."""
        plan_id = self.window.plan_id
        picked = self.chosen.get(plan_id) if plan_id is not None else None
        return picked or self.default()


def print_plan(window: MainWindow) -> None:
    """File > Print plan: the print preview in the print language (printing from there)."""
    if window.service is None or window.plan_id is None:
        return
    from coopdesk.ui.reports.dialog import preview_plan

    chooser: PrintLanguage | None = getattr(window, "print_language", None)
    language = chooser.language() if chooser is not None else None
    preview_plan(window, window.service, window.plan_id, scope=window.report_scope(), lang=language)


def install_print_language(window: MainWindow) -> PrintLanguage:
    """File > Print language, under File > Print plan."""
    chooser = PrintLanguage(window)
    tr = window.tr
    menu = window.file_menu
    actions = menu.actions()
    after = actions[actions.index(window.print_action) + 1]
    menu.insertMenu(after, chooser.menu)
    window.print_action.setToolTip(
        tr("Print the plan in the official layout (language: File > Print language)")
    )
    window.print_language = chooser  # type: ignore[attr-defined]
    return chooser


__all__ = ["PRINT_LANGUAGES", "PrintLanguage", "install_print_language", "print_plan"]
