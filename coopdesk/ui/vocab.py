"""Translated names of the core's vocabularies, for views.

The core keeps English labels (``Status.DONE.label == "Done"``); the window shows them
in its language through Qt's translation, one context per vocabulary ("Status",
"Kind", "Level", "Framework", "Priority", "PlanState", "Precision"), so the same English
word ("Other" as a kind and as a framework) can be translated differently.  The
``QT_TRANSLATE_NOOP`` table below is what ``pyside6-lupdate`` reads; a test checks it
names every member, so a member added to the core cannot go untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.timing import Precision
from coopdesk.domain.vocab import Vocabulary
from coopdesk.ui.i18n import QT_TRANSLATE_NOOP

#: Every label lupdate must see, by vocabulary (its class name is the context).
SOURCE_LABELS: dict[str, tuple[str, ...]] = {
    "Status": (
        QT_TRANSLATE_NOOP("Status", "Planned"),
        QT_TRANSLATE_NOOP("Status", "In preparation"),
        QT_TRANSLATE_NOOP("Status", "In progress"),
        QT_TRANSLATE_NOOP("Status", "Done"),
        QT_TRANSLATE_NOOP("Status", "Postponed"),
        QT_TRANSLATE_NOOP("Status", "Cancelled"),
        QT_TRANSLATE_NOOP("Status", "Carried over"),
    ),
    "Kind": (
        QT_TRANSLATE_NOOP("Kind", "Visit"),
        QT_TRANSLATE_NOOP("Kind", "Meeting"),
        QT_TRANSLATE_NOOP("Kind", "Consultations"),
        QT_TRANSLATE_NOOP("Kind", "Event"),
        QT_TRANSLATE_NOOP("Kind", "Agreement or document"),
        QT_TRANSLATE_NOOP("Kind", "Exchange programme"),
        QT_TRANSLATE_NOOP("Kind", "Other"),
    ),
    "Level": (
        QT_TRANSLATE_NOOP("Level", "Head of state"),
        QT_TRANSLATE_NOOP("Level", "Head of government"),
        QT_TRANSLATE_NOOP("Level", "Minister"),
        QT_TRANSLATE_NOOP("Level", "Deputy minister"),
        QT_TRANSLATE_NOOP("Level", "Expert"),
    ),
    "Framework": (
        QT_TRANSLATE_NOOP("Framework", "Bilateral"),
        QT_TRANSLATE_NOOP("Framework", "CIS"),
        QT_TRANSLATE_NOOP("Framework", "EAEU"),
        QT_TRANSLATE_NOOP("Framework", "CSTO"),
        QT_TRANSLATE_NOOP("Framework", "SCO"),
        QT_TRANSLATE_NOOP("Framework", "UN"),
        QT_TRANSLATE_NOOP("Framework", "Other"),
    ),
    "Priority": (
        QT_TRANSLATE_NOOP("Priority", "Low"),
        QT_TRANSLATE_NOOP("Priority", "Normal"),
        QT_TRANSLATE_NOOP("Priority", "High"),
    ),
    "PlanState": (
        QT_TRANSLATE_NOOP("PlanState", "Draft"),
        QT_TRANSLATE_NOOP("PlanState", "Signed"),
        QT_TRANSLATE_NOOP("PlanState", "In force"),
        QT_TRANSLATE_NOOP("PlanState", "Completed"),
    ),
    "ProgressStatus": (
        QT_TRANSLATE_NOOP("ProgressStatus", "Done"),
        QT_TRANSLATE_NOOP("ProgressStatus", "In progress"),
        QT_TRANSLATE_NOOP("ProgressStatus", "Not done"),
        QT_TRANSLATE_NOOP("ProgressStatus", "Postponed"),
        QT_TRANSLATE_NOOP("ProgressStatus", "Cancelled"),
        QT_TRANSLATE_NOOP("ProgressStatus", "Carried over"),
    ),
}

#: How precise a timing is, in words (the core has codes only).
PRECISION_NAMES: dict[Precision, str] = {
    Precision.NONE: QT_TRANSLATE_NOOP("Precision", "No timing"),
    Precision.DAY: QT_TRANSLATE_NOOP("Precision", "Exact date"),
    Precision.DAYS: QT_TRANSLATE_NOOP("Precision", "Range of dates"),
    Precision.MONTH: QT_TRANSLATE_NOOP("Precision", "Month"),
    Precision.MONTHS: QT_TRANSLATE_NOOP("Precision", "Months"),
    Precision.QUARTER: QT_TRANSLATE_NOOP("Precision", "Quarter"),
    Precision.HALF: QT_TRANSLATE_NOOP("Precision", "Half-year"),
    Precision.YEAR: QT_TRANSLATE_NOOP("Precision", "Year"),
    Precision.YEARS: QT_TRANSLATE_NOOP("Precision", "Years"),
    Precision.PLAN: QT_TRANSLATE_NOOP("Precision", "During the plan period"),
    Precision.ANNUAL: QT_TRANSLATE_NOOP("Precision", "Annually"),
    Precision.AGREED: QT_TRANSLATE_NOOP("Precision", "By agreement of the parties"),
    Precision.UNPARSED: QT_TRANSLATE_NOOP("Precision", "Kept as written"),
}


def label(member: Vocabulary | None) -> str:
    """The member's label in the window's language ("" for None)."""
    if member is None:
        return ""
    return QCoreApplication.translate(type(member).__name__, member.label)


def precision_label(precision: Precision | str) -> str:
    """How precise a timing is, in the window's language ("Quarter", "Квартал")."""
    return QCoreApplication.translate("Precision", PRECISION_NAMES[Precision(precision)])
