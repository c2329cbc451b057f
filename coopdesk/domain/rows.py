"""The plain measure row every big view holds: :class:`MeasureRow`, read by field name.

The table of a 100,000-measure plan keeps every measure in memory, sorts and filters
it on each keystroke, and the calendar and the reports read the same rows.  A
``NamedTuple`` is a tuple in memory (no per-row dict, the same size as the bare
tuple it replaced) and its fields are read through C-level descriptors, so naming
them costs nothing measurable; the store builds them with ``tuple.__new__`` and no
Python call per row.

:data:`MEASURE_CONTENT_COLUMNS` lists what a user edits (the timing as its words
and the span they mean); :data:`MEASURE_ROW_COLUMNS` is a row's field order.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from coopdesk.domain.timing import Precision, Timing

if TYPE_CHECKING:
    from coopdesk.domain.model import Measure

#: The columns of a measure's content: what a user edits (the timing as its words and
#: the span they mean), in the order every row layout uses.
MEASURE_CONTENT_COLUMNS: tuple[str, ...] = (
    "title",
    "description",
    "kind",
    "level",
    "framework",
    "responsible_a",
    "responsible_b",
    "form",
    "timing_text",
    "timing_start",
    "timing_end",
    "timing_precision",
    "location",
    "status",
    "priority",
    "notes",
)


class MeasureRow(NamedTuple):
    """One measure as the table, the calendar and report scopes hold it.

    Vocabulary fields are their codes (plain strings), dates are ``date`` objects,
    ``level`` may be None.  Build one from store values with ``MeasureRow(*values)``
    or, in bulk, ``tuple.__new__(MeasureRow, values)``.
    """

    id: int
    sector_id: int
    position: int
    number: str
    number_pinned: bool
    title: str
    description: str
    kind: str
    level: str | None
    framework: str
    responsible_a: str
    responsible_b: str
    form: str
    timing_text: str
    timing_start: date | None
    timing_end: date | None
    timing_precision: str
    location: str
    status: str
    priority: str
    notes: str

    @property
    def span(self) -> tuple[date, date] | None:
        """The (start, end) the timing means, or None when it has no dates."""
        start, end = self.timing_start, self.timing_end
        if start is None or end is None:
            return None
        return (start, end)

    @property
    def timing(self) -> Timing:
        """The row's timing as a domain :class:`Timing` (words and span)."""
        return Timing(
            self.timing_text, self.timing_start, self.timing_end, Precision(self.timing_precision)
        )

    @classmethod
    def of_measure(cls, measure: Measure) -> MeasureRow:
        """The row of a domain :class:`~coopdesk.domain.model.Measure` (for report scopes)."""
        timing = measure.timing
        return cls(
            measure.id or 0,
            measure.sector_id,
            measure.position,
            measure.number,
            measure.number_pinned,
            measure.title,
            measure.description,
            measure.kind.value,
            measure.level.value if measure.level else None,
            measure.framework.value,
            measure.responsible_a,
            measure.responsible_b,
            measure.form,
            timing.text,
            timing.start,
            timing.end,
            timing.precision.value,
            measure.location,
            measure.status.value,
            measure.priority.value,
            measure.notes,
        )

    def replaced(self, **values: Any) -> MeasureRow:
        """A copy with some fields changed (``_replace`` with a name that says so)."""
        return self._replace(**values)


#: Field order of a :class:`MeasureRow` (what the store selects, in this order).
MEASURE_ROW_COLUMNS: tuple[str, ...] = MeasureRow._fields


def as_measure_row(values: tuple[Any, ...] | list[Any]) -> MeasureRow:
    """A :class:`MeasureRow` from values in :data:`MEASURE_ROW_COLUMNS` order (as is if one)."""
    if type(values) is MeasureRow:
        return values
    if len(values) != len(MEASURE_ROW_COLUMNS):
        raise ValueError(
            f"A measure row has {len(MEASURE_ROW_COLUMNS)} values "
            f"({', '.join(MEASURE_ROW_COLUMNS)}), not {len(values)}"
        )
    return tuple.__new__(MeasureRow, values)
