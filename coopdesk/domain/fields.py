"""The names of a measure's fields for people, in English: one table for every view.

These are *source* strings: the UI passes them through Qt's translation (context
``"Field"``), reports and exports that write other languages keep their own words
for the document's language.  Keys are the field names of
:class:`~coopdesk.domain.rows.MeasureRow` and ``MEASURE_FIELDS`` (``timing`` stands
for the timing's words and span together).
"""

from __future__ import annotations

#: Field name -> its English label (a source string for translation).
FIELD_LABELS: dict[str, str] = {
    "sector": "Sector",
    "number": "No.",
    "title": "Measure",
    "description": "Description",
    "kind": "Kind",
    "level": "Level",
    "framework": "Framework",
    "responsible_a": "Responsible (party A)",
    "responsible_b": "Responsible (party B)",
    "form": "Form of completion",
    "timing": "Timing",
    "timing_text": "Timing",
    "location": "Location",
    "status": "Status",
    "priority": "Priority",
    "notes": "Notes",
}


def field_label(name: str) -> str:
    """The English label of a field; the name itself for a field with none."""
    return FIELD_LABELS.get(name, name)
