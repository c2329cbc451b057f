"""Plain measure rows for the calendar's core tests (no store needed)."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.rows import MeasureRow
from coopdesk.domain.timing import parse_timing

PERIOD = (date(2023, 1, 1), date(2024, 12, 31))


def _row(
    id: int,
    timing: str,
    *,
    sector_id: int = 1,
    position: int | None = None,
    status: str = "planned",
    kind: str = "meeting",
    title: str | None = None,
) -> MeasureRow:
    t = parse_timing(timing, PERIOD)
    values = {
        "id": id,
        "sector_id": sector_id,
        "position": id if position is None else position,
        "number": f"1.{id}",
        "number_pinned": False,
        "title": title or f"Консультации № {id} — Қазақстан",
        "description": "",
        "kind": kind,
        "level": None,
        "framework": "bilateral",
        "responsible_a": "МИД РК",
        "responsible_b": "МИД России",
        "form": "",
        "timing_text": t.text,
        "timing_start": t.start,
        "timing_end": t.end,
        "timing_precision": t.precision.value,
        "location": "",
        "status": status,
        "priority": "normal",
        "notes": "",
    }
    return MeasureRow(**values)


@pytest.fixture
def make_row():
    """A factory of measure rows: make_row(id, timing, **fields)."""
    return _row
