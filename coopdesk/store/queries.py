"""Read queries that feed big views: plain tuples straight from SQLAlchemy Core.

The measures table of a 100,000-measure plan must load in about the time of a
raw ``SELECT``; building ORM objects costs several times that, so the table is fed
:data:`MEASURE_ROW_COLUMNS` tuples and nothing more.
"""

from __future__ import annotations

from sqlalchemy import Connection, Row, select

from coopdesk.store.schema import Measure

#: Column order of a :data:`MeasureRow`; views index rows with these positions.
MEASURE_ROW_COLUMNS: tuple[str, ...] = (
    "id",
    "sector_id",
    "position",
    "number",
    "number_pinned",
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

MeasureRow = Row  # a named tuple whose fields are MEASURE_ROW_COLUMNS


def measure_rows_select(plan_id: int):
    """The SELECT behind :func:`measure_rows` (also used by the benchmark)."""
    columns = [getattr(Measure, name) for name in MEASURE_ROW_COLUMNS]
    return (
        select(*columns)
        .where(Measure.plan_id == plan_id)
        .order_by(Measure.sector_id, Measure.position, Measure.id)
    )


def measure_rows(connection: Connection, plan_id: int) -> list[MeasureRow]:
    """Every measure of a plan as a plain row, in sector and position order."""
    return list(connection.execute(measure_rows_select(plan_id)).all())
