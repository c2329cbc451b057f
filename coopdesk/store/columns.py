"""Column order of the plain measure rows the big table is fed.

Kept apart from :mod:`coopdesk.store.queries` so views can know the layout without
importing SQLAlchemy (start-up shows the window before the store is opened).
"""

#: The columns of a measure's content: what a user edits (the timing as its words and
#: the span they mean), in the order every row layout below uses.
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

#: Column order of a measure row; views index rows with these positions.
MEASURE_ROW_COLUMNS: tuple[str, ...] = (
    "id",
    "sector_id",
    "position",
    "number",
    "number_pinned",
    *MEASURE_CONTENT_COLUMNS,
)
