"""Sector codes and measure numbers that follow the tree.

Rules (documented in the README):

* A sector's code is its place in the tree: top sectors ``1``, ``2`` ...; children
  ``1.1``, ``1.2`` ... Codes are recomputed whenever sectors are added, moved,
  indented, outdented or deleted (an imported plan keeps its own codes, Roman
  numerals included, until its tree is first rearranged).
* A measure's position is its place in its sector (0, 1, 2 ... with no gaps) and
  its number is ``<sector code>.<position + 1>`` unless the number is *pinned*
  (typed by hand), in which case it is left alone.

These functions work inside a caller's transaction and record what they change
on the caller's :class:`ChangeSet`; they update only rows whose values differ, so
moving one measure in a 100,000-measure plan touches only its two sectors.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from coopdesk.services.changes import ChangeSet
from coopdesk.store.schema import Measure, Sector


def tree_codes(sectors: Iterable[tuple[int, int | None, int]]) -> dict[int, str]:
    """Codes for ``(id, parent_id, position)`` triples: "1", "1.1", ... by tree place."""
    children: dict[int | None, list[tuple[int, int]]] = {}
    ids = set()
    for sid, parent, position in sectors:
        children.setdefault(parent, []).append((position, sid))
        ids.add(sid)
    codes: dict[int, str] = {}

    def walk(parent: int | None, prefix: str) -> None:
        for index, (_pos, sid) in enumerate(sorted(children.get(parent, []))):
            code = f"{prefix}{index + 1}"
            codes[sid] = code
            walk(sid, f"{code}.")

    walk(None, "")
    # Sectors whose parent is missing (never expected) keep a code rather than vanish.
    for sid in ids - set(codes):
        codes[sid] = str(sid)
    return codes


def compact_sector_positions(session: Session, plan_id: int, changes: ChangeSet) -> None:
    """Make sibling positions 0, 1, 2 ... in their current order."""
    session.flush()
    rows = session.execute(
        select(Sector.id, Sector.parent_id, Sector.position)
        .where(Sector.plan_id == plan_id)
        .order_by(Sector.parent_id, Sector.position, Sector.id)
    ).all()
    groups: dict[int | None, list[tuple[int, int]]] = {}
    for sid, parent, position in rows:
        groups.setdefault(parent, []).append((position, sid))
    updates = []
    for members in groups.values():
        for index, (position, sid) in enumerate(sorted(members)):
            if position != index:
                updates.append({"id": sid, "position": index})
    if updates:
        session.execute(update(Sector), updates)
        session.expire_all()
        changes.change("sector", *(u["id"] for u in updates))


def recode_sectors(session: Session, plan_id: int, changes: ChangeSet) -> set[int]:
    """Give every sector of the plan its tree code; returns the sectors whose code changed."""
    rows = session.execute(
        select(Sector.id, Sector.parent_id, Sector.position, Sector.code).where(
            Sector.plan_id == plan_id
        )
    ).all()
    wanted = tree_codes((sid, parent, position) for sid, parent, position, _code in rows)
    recoded: list[int] = [sid for sid, _p, _pos, code in rows if code != wanted[sid]]
    if recoded:
        session.execute(update(Sector), [{"id": sid, "code": wanted[sid]} for sid in recoded])
        session.expire_all()
        changes.change("sector", *recoded)
    return set(recoded)


def renumber_measures(session: Session, sector_ids: Iterable[int], changes: ChangeSet) -> None:
    """Close position gaps in these sectors and give unpinned measures their numbers."""
    wanted = sorted(set(sector_ids))
    if not wanted:
        return
    session.flush()
    # Plain Core reads (table columns, not ORM attributes) through the session's
    # connection: no ORM row processing for the thousands of rows of a big sector.
    connection = session.connection()
    s, m = Sector.__table__.c, Measure.__table__.c
    codes = dict(
        (sid, code)
        for sid, code in connection.execute(select(s.id, s.code).where(s.id.in_(wanted))).all()
    )
    plans = list(connection.execute(select(s.plan_id).where(s.id.in_(wanted)).distinct()).scalars())
    # plan_id first, so the (plan_id, sector_id, position) index serves the query.
    rows = connection.execute(
        select(m.id, m.sector_id, m.position, m.number, m.number_pinned)
        .where(m.plan_id.in_(plans), m.sector_id.in_(wanted))
        .order_by(m.sector_id, m.position, m.id)
    ).all()
    updates = []
    index = 0
    current = None
    for mid, sid, position, number, pinned in rows:
        if sid != current:
            current, index = sid, 0
        values: dict[str, object] = {}
        if position != index:
            values["position"] = index
        if not pinned:
            expected = f"{codes[sid]}.{index + 1}"
            if number != expected:
                values["number"] = expected
        if values:
            values["id"] = mid
            updates.append(values)
            changes.note_placement(mid, sid, position, number, pinned)
            changes.renumbered[mid] = (
                int(values.get("position", position)),  # type: ignore[call-overload]
                str(values.get("number", number)),
            )
        index += 1
    # Bulk UPDATE by primary key wants rows of the same keys: group them.
    by_keys: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for values in updates:
        by_keys.setdefault(tuple(sorted(values)), []).append(values)
    park_positions(session, (int(u["id"]) for u in updates if "position" in u))  # type: ignore[call-overload]
    for batch in by_keys.values():
        session.execute(update(Measure), batch)
    # Bulk updates bypass the identity map: objects loaded earlier must be re-read.
    session.expire_all()
    if updates:
        changes.change("measure", *(int(u["id"]) for u in updates))  # type: ignore[call-overload]


def relayout(session: Session, plan_id: int, changes: ChangeSet) -> None:
    """After a change to the tree: compact, recode, renumber the sectors whose code moved."""
    compact_sector_positions(session, plan_id, changes)
    session.flush()
    moved = recode_sectors(session, plan_id, changes)
    renumber_measures(session, moved, changes)


def next_position(session: Session, sector_id: int) -> int:
    """The position a measure added at the end of ``sector_id`` takes."""
    plan_id = session.scalar(select(Sector.plan_id).where(Sector.id == sector_id))
    last = session.scalar(
        select(func.max(Measure.position)).where(
            Measure.plan_id == plan_id, Measure.sector_id == sector_id
        )
    )
    return 0 if last is None else int(last) + 1


def park_positions(session: Session, measure_ids: Iterable[int]) -> None:
    """Move these measures to places no measure holds (``-id``) before they take new ones.

    A sector holds one measure per position (a unique index, migration 0005), checked
    row by row as rows are written: rows about to change places are parked first, so
    no row meets another on its way. Call it after the rows' old values were recorded
    (undo keeps the real places, not the parking).
    """
    ids = list(dict.fromkeys(measure_ids))
    if not ids:
        return
    connection = session.connection()
    table = cast(Table, Measure.__table__)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        connection.execute(update(table).where(table.c.id.in_(chunk)).values(position=-table.c.id))
