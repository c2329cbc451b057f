"""Editions to compare: a plan of the store or a file, named the way a user types it.

The comparison itself is core exchange code (:mod:`coopdesk.exchange.compare`); this
module reads a stored plan into an :class:`~coopdesk.exchange.compare.Edition` with
the export's fast read (:func:`~coopdesk.services.exports.export_data`), so a plan and
a workbook exported from it carry the same measure uids and pair by id.
"""

from __future__ import annotations

from pathlib import Path

from coopdesk.errors import CoopDeskError, NotFoundError, msg
from coopdesk.exchange.compare import (
    READERS,
    TEXT_FIELDS,
    Edition,
    EditionMeasure,
    read_edition,
)
from coopdesk.exchange.model import EXPORT_COLUMNS
from coopdesk.services.exports import export_data
from coopdesk.services.plans import PlanService

#: Where each text field sits in an export row (the timing as its words).
_AT = {
    name: EXPORT_COLUMNS.index("timing_text" if name == "timing" else name)
    for name in TEXT_FIELDS
    if name != "sector"
}
_SECTOR_AT = EXPORT_COLUMNS.index("sector_id")
_UID_AT = EXPORT_COLUMNS.index("uid")


def edition_from_plan(service: PlanService, plan_id: int) -> Edition:
    """The plan ``plan_id`` of the store as an edition, in plan order."""
    data = export_data(service, plan_id)
    code_of = {s.id: s.code for s in data.sectors}
    name_of = {s.id: s.name for s in data.sectors}
    measures = []
    for index, row in enumerate(data.rows):
        values = {name: str(row[at] or "") for name, at in _AT.items()}
        sector_id = row[_SECTOR_AT]
        values["sector"] = code_of.get(sector_id, "")
        measures.append(EditionMeasure(index, row[_UID_AT], values, name_of.get(sector_id, "")))
    plan = data.plan
    label = plan.code or plan.title
    return Edition(label, measures, frozenset(TEXT_FIELDS), plan.title, plan.language or "")


def open_edition(service: PlanService, spec: str) -> Edition:
    """The edition ``spec`` names: a file (.xlsx, .csv, .docx) if it is one, else a plan.

    A plan is named by its id or code. A name that is neither gets one message
    saying both were tried.
    """
    path = Path(spec).expanduser()
    if path.suffix.lower() in READERS and path.is_file():
        return read_edition(path)
    try:
        plan = service.find_plan(spec)
    except NotFoundError:
        if path.suffix.lower() in READERS:
            raise CoopDeskError(
                msg("There is no file {path} (nor a plan with that code)"), path=str(path)
            ) from None
        raise CoopDeskError(
            msg(
                "'{spec}' is neither a plan of the store (id or code) nor a file to compare "
                "({kinds})"
            ),
            spec=spec,
            kinds=", ".join(sorted(READERS)),
        ) from None
    assert plan.id is not None  # a plan read from the store
    return edition_from_plan(service, plan.id)
