"""Words the exchange dialogs show for fields and values, through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.vocab import Framework, Kind, Level, Priority, Status, Vocabulary
from coopdesk.exchange.merge import DELETED_HERE, DELETED_THERE, EDITED_HERE, EDITED_THERE
from coopdesk.ui.vocab import label

_VOCABS: dict[str, type[Vocabulary]] = {
    "kind": Kind,
    "level": Level,
    "framework": Framework,
    "status": Status,
    "priority": Priority,
}


def tr(text: str) -> str:
    """``text`` translated in the "Exchange" context."""
    return QCoreApplication.translate("Exchange", text)


def field_label(name: str) -> str:
    """A field's name for people ("timing" -> "Timing")."""
    labels = {
        "sector": tr("Sector"),
        "number": tr("No."),
        "title": tr("Measure"),
        "description": tr("Description"),
        "kind": tr("Kind"),
        "level": tr("Level"),
        "framework": tr("Framework"),
        "responsible_a": tr("Responsible (party A)"),
        "responsible_b": tr("Responsible (party B)"),
        "form": tr("Form of completion"),
        "timing": tr("Timing"),
        "location": tr("Location"),
        "status": tr("Status"),
        "priority": tr("Priority"),
        "notes": tr("Notes"),
        "measure": tr("Whole measure"),
    }
    return labels.get(name, name)


def value_label(name: str, value: str | None) -> str:
    """A field's value for people: vocabulary labels, whole-measure states, else as is."""
    if value is None:
        return ""
    states = {
        EDITED_HERE: tr("edited here since the export"),
        DELETED_HERE: tr("deleted here since the export"),
        EDITED_THERE: tr("edited in the sheet"),
        DELETED_THERE: tr("deleted from the sheet"),
    }
    if name == "measure":
        return states.get(value, value)
    vocab = _VOCABS.get(name)
    if vocab is not None and value:
        try:
            return label(vocab(value))
        except ValueError:
            return value
    return value


#: Fields an unplaced column may be read as, in the order the mapping menu lists them.
MAPPABLE_FIELDS: tuple[str, ...] = (
    "number",
    "title",
    "description",
    "form",
    "timing",
    "responsible_a",
    "responsible_b",
    "location",
    "status",
    "kind",
    "level",
    "framework",
    "priority",
)
