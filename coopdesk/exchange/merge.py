"""Compares a sheet with the plan in the store: added, removed, and changed field by field.

For a workbook CoopDesk exported, the metadata sheet holds the *base*: each measure
as it was exported. Rows are matched to stored measures by the ID column (the
measure uid), however the partner sorted or renumbered them, and each field is
merged three ways:

======================  ===================  ==========================================
the sheet (theirs)      the store (ours)     result
======================  ===================  ==========================================
as exported             anything             keep ours
changed                 as exported          take theirs
changed                 changed the same     nothing to do
changed                 changed otherwise    a :class:`Conflict` for the user
======================  ===================  ==========================================

A row without an ID (or with one the plan never had) is a new measure. An exported
measure missing from the sheet is removed, unless it was edited here since: then
that is a conflict on the whole measure ("measure" field), as is a measure deleted
here that the partner edited.

A sheet with no base (a partner's own table merged into a plan) matches rows by ID,
else by number, else by title, and every difference is their change; measures of
the plan the sheet lacks are kept, since nothing says the partner removed them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from operator import itemgetter

from coopdesk.exchange.model import (
    SHEET_FIELDS,
    Conflict,
    Diff,
    ExportMeta,
    FieldChange,
    ImportResult,
    MeasureChange,
    RemovedMeasure,
    SheetMeasure,
    SheetSector,
    base_values,
)

#: Words of whole-measure conflicts, shown in the ours/theirs columns.
EDITED_HERE = "edited here since the export"
DELETED_HERE = "deleted here since the export"
EDITED_THERE = "edited in the sheet"
DELETED_THERE = "deleted from the sheet"


@dataclass(frozen=True, slots=True)
class StoredMeasure:
    """A measure of the store as a merge sees it: its id and canonical values."""

    id: int
    uid: str
    values: Mapping[str, str]
    pinned: bool


@dataclass(frozen=True, slots=True)
class StoredSector:
    """A sector of the store: code, name and the parent's code."""

    id: int
    code: str
    name: str
    parent: str | None


def _name_key(name: str) -> str:
    return " ".join(name.casefold().replace("ё", "е").split())


def match_sectors(
    result: ImportResult, ours: Mapping[str, StoredSector], base: ExportMeta | None
) -> tuple[dict[str, str], list[SheetSector], list[tuple[str, str, str]], list[str]]:
    """Map the sheet's sector codes to the plan's: (code map, new, renamed, notes).

    An export's sections keep the plan's codes, so they match by code; a partner's
    own sheet numbers them its own way, so they match by name first.
    """
    mapping: dict[str, str] = {}
    new: list[SheetSector] = []
    renamed: list[tuple[str, str, str]] = []
    notes: list[str] = []
    by_name = {_name_key(s.name): code for code, s in ours.items()}
    base_names = {s["code"]: s["name"] for s in base.sectors} if base else {}
    for sector in result.sectors:
        code = sector.code
        if base is not None and code in ours:
            mapping[code] = code
            theirs, mine, was = sector.name, ours[code].name, base_names.get(code)
            if theirs != mine and theirs != was:
                if was is None or mine == was:
                    renamed.append((code, mine, theirs))
                else:
                    notes.append(
                        f"Sector {code} was renamed both here and in the sheet; "
                        f"it keeps the name '{mine}'."
                    )
            continue
        found = by_name.get(_name_key(sector.name))
        if found is None and base is None and code in ours and ours[code].name == sector.name:
            found = code
        if found is not None:
            mapping[code] = found
            continue
        fresh = code
        n = 1
        while fresh in ours or any(s.code == fresh for s in new):
            n += 1
            fresh = f"{code}-{n}"
        mapping[code] = fresh
        parent = mapping.get(sector.parent) if sector.parent else None
        new.append(SheetSector(fresh, sector.name, parent, sector.row))
    return mapping, new, renamed, notes


def diff_plan(
    result: ImportResult,
    ours: Mapping[str, StoredMeasure],
    sectors: Mapping[str, StoredSector],
    base: ExportMeta | None,
) -> Diff:
    """What importing ``result`` into a plan holding ``ours`` would do.

    ``ours`` maps uid to stored measure; ``sectors`` maps code to stored sector;
    ``base`` is the export's snapshot (None for a sheet CoopDesk did not write).
    """
    code_map, new_sectors, renamed, notes = match_sectors(result, sectors, base)
    diff = Diff(new_sectors=new_sectors, renamed_sectors=renamed, notes=notes)
    fields = [f for f in SHEET_FIELDS if f in result.fields]
    inner = [f for f in fields if f != "sector"]
    same_all = itemgetter(*fields, "title") if fields else itemgetter("title")
    same_inner = itemgetter(*inner, "title") if inner else itemgetter("title")
    # Measures above the first section row have no sector in the sheet: theirs stays.
    implied = {s.code for s in result.sectors if s.implied}
    theirs_uids: set[str] = set()
    matched: set[str] = set()
    unmatched: list[SheetMeasure] = []
    for measure in result.measures:
        sector = measure.values["sector"]
        if code_map.get(sector, sector) != sector:
            # A copy: the parsed sheet stays as read, so it can be compared again.
            measure = SheetMeasure(
                measure.row, measure.uid, {**measure.values, "sector": code_map[sector]}
            )
        if measure.uid is not None:
            theirs_uids.add(measure.uid)
        implied_sector = sector in implied
        measure_fields = [f for f in fields if f != "sector"] if implied_sector else fields
        mine = ours.get(measure.uid) if measure.uid else None
        if mine is not None:
            matched.add(mine.uid)
            # Most rows of a returned sheet are as they are here: one C-level tuple
            # comparison tells, and nothing else is looked at (not even the base).
            getter = same_inner if implied_sector else same_all
            if getter(measure.values) == getter(mine.values):
                continue
        raw = base.measures.get(measure.uid) if base and measure.uid else None
        was = base_values(raw) if raw is not None else None
        if mine is not None:
            _compare(diff, measure, mine, was, measure_fields)
        elif was is not None:
            # Deleted here since the export: a conflict only if the partner edited it.
            if any(measure.values[f] != was[f] for f in fields):
                diff.conflicts.append(
                    Conflict(None, measure.uid or "", measure.values.get("number", was["number"]),
                             measure.values.get("title", was["title"]), "measure", None,
                             DELETED_HERE, EDITED_THERE, row=measure)
                )  # fmt: skip
        else:
            unmatched.append(measure)
    if base is None:
        implied_codes = {code_map.get(c, c) for c in implied}
        unmatched = _match_without_ids(diff, unmatched, ours, matched, fields, implied_codes)
    diff.added.extend(unmatched)
    # Only a stored measure the sheet lacks can be removed: when the sheet has them all
    # (the usual return of an export), the base snapshot need not even be unpacked.
    if base is not None and not ours.keys() <= theirs_uids:
        for uid, raw in base.measures.items():
            mine = ours.get(uid)
            if uid in theirs_uids or mine is None:
                continue
            was = base_values(raw)
            if any(mine.values[f] != was[f] for f in SHEET_FIELDS):
                diff.conflicts.append(
                    Conflict(mine.id, uid, mine.values["number"], mine.values["title"],
                             "measure", None, EDITED_HERE, DELETED_THERE)
                )  # fmt: skip
            else:
                diff.removed.append(
                    RemovedMeasure(mine.id, uid, mine.values["number"], mine.values["title"])
                )
    else:
        kept = len(ours) - len(matched)
        if kept > 0:
            diff.notes.append(
                f"{kept} measure(s) of the plan are not in the sheet; they are kept as they are."
            )
    return diff


def _compare(
    diff: Diff,
    measure: SheetMeasure,
    mine: StoredMeasure,
    was: Mapping[str, str] | None,
    fields: list[str],
) -> None:
    """Record the changes and conflicts of one matched row."""
    changes: list[FieldChange] = []
    for name in fields:
        theirs = measure.values[name]
        current = mine.values[name]
        if theirs == current:
            continue
        if was is None:
            changes.append(FieldChange(name, None, current, theirs))
            continue
        before = was[name]
        if theirs == before:
            continue  # only we changed it
        if current == before:
            changes.append(FieldChange(name, before, current, theirs))
        else:
            diff.conflicts.append(
                Conflict(mine.id, mine.uid, mine.values["number"], mine.values["title"], name,
                         before, current, theirs)
            )  # fmt: skip
    if changes:
        diff.changed.append(
            MeasureChange(mine.id, mine.uid, mine.values["number"], mine.values["title"], changes)
        )


def _match_without_ids(
    diff: Diff,
    rows: list[SheetMeasure],
    ours: Mapping[str, StoredMeasure],
    matched: set[str],
    fields: list[str],
    implied: set[str],
) -> list[SheetMeasure]:
    """Match rows to stored measures by number, then by title; return the unmatched.

    The uids matched are added to ``matched``.
    """
    free = [m for uid, m in ours.items() if uid not in matched]
    left = rows
    for key in ("number", "title"):
        if key not in fields:
            continue
        index: dict[str, list[StoredMeasure]] = {}
        for m in free:
            if m.values[key].strip():
                index.setdefault(m.values[key].strip(), []).append(m)
        counts: dict[str, int] = {}
        for row in left:
            k = row.values[key].strip()
            counts[k] = counts.get(k, 0) + 1
        still = []
        used: set[str] = set()
        for row in left:
            k = row.values[key].strip()
            candidates = index.get(k, [])
            if k and len(candidates) == 1 and counts[k] == 1 and candidates[0].uid not in used:
                mine = candidates[0]
                used.add(mine.uid)
                own = (
                    [f for f in fields if f != "sector"]
                    if row.values["sector"] in implied
                    else fields
                )
                _compare(diff, row, mine, None, own)
            else:
                still.append(row)
        free = [m for m in free if m.uid not in used]
        matched |= used
        left = still
    return left
