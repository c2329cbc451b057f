"""The sector tree of a plan: add, rename, move, indent, outdent, delete.

Owns the ``sector`` rows. Codes follow the tree and the measures of a recoded
sector are renumbered (:mod:`coopdesk.services.numbering`). Changes run through
the shared unit of work (:mod:`coopdesk.services.base`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import delete, func, select, update

from coopdesk.domain import model
from coopdesk.errors import ValidationError
from coopdesk.services import numbering
from coopdesk.services.base import ServiceBase
from coopdesk.store.engine import retrying
from coopdesk.store.schema import Measure, Plan, Sector


def sector_from_row(row: Sector) -> model.Sector:
    """A domain sector from its ORM row."""
    return model.Sector(
        id=row.id,
        plan_id=row.plan_id,
        code=row.code,
        name=row.name,
        parent_id=row.parent_id,
        position=row.position,
    )


def tree_order(sectors: Sequence[model.Sector]) -> list[model.Sector]:
    """Sectors ordered depth-first: each parent, then its children by position."""
    children: dict[int | None, list[model.Sector]] = {}
    for sector in sectors:
        children.setdefault(sector.parent_id, []).append(sector)
    for group in children.values():
        group.sort(key=lambda s: (s.position, s.id or 0))
    out: list[model.Sector] = []
    known = {s.id for s in sectors}

    def walk(parent: int | None) -> None:
        for sector in children.get(parent, []):
            out.append(sector)
            walk(sector.id)

    walk(None)
    # Orphans (a parent in another plan) would otherwise vanish; list them last.
    out.extend(s for s in sectors if s.parent_id is not None and s.parent_id not in known)
    return out


def subtree(parents: Mapping[int, int | None], root: int) -> list[int]:
    """``root`` and every sector below it in ``parents`` (id -> parent id)."""
    children: dict[int | None, list[int]] = {}
    for sid, pid in parents.items():
        children.setdefault(pid, []).append(sid)
    out, stack = [], [root]
    while stack:
        sid = stack.pop()
        out.append(sid)
        stack.extend(children.get(sid, []))
    return out


class SectorService(ServiceBase):
    """Reads and changes the sectors of plans."""

    def list_sectors(self, plan_id: int) -> list[model.Sector]:
        """The plan's sectors in tree order (each parent before its children)."""
        with self._read() as session:
            rows = session.scalars(
                select(Sector).where(Sector.plan_id == plan_id).order_by(Sector.position, Sector.id)
            ).all()
            return tree_order([sector_from_row(r) for r in rows])

    @retrying
    def add_sector(
        self, plan_id: int, name: str, parent_id: int | None = None, code: str | None = None
    ) -> model.Sector:
        """Add a sector at the end of its parent (code derived from the parent when not given)."""
        if not name.strip():
            raise ValidationError("A sector needs a name")
        with self.change("Add sector", plan_id) as (session, changes):
            self._get(session, Plan, plan_id, "plan")
            parent = None
            if parent_id is not None:
                parent = self._get(session, Sector, parent_id, "sector")
                if parent.plan_id != plan_id:
                    raise ValidationError("The parent sector belongs to another plan")
            same_parent = (
                Sector.parent_id.is_(None) if parent_id is None else Sector.parent_id == parent_id
            )
            siblings = session.scalar(
                select(func.count())
                .select_from(Sector)
                .where(Sector.plan_id == plan_id, same_parent)
            )
            position = int(siblings or 0)
            if code is None:
                code = f"{parent.code}.{position + 1}" if parent else str(position + 1)
            row = Sector(
                plan_id=plan_id, parent_id=parent_id, code=code, name=name, position=position
            )
            session.add(row)
            session.flush()
            changes.add("sector", row.id)
            self.recorder.note_insert("sector", [row.id])
            return sector_from_row(row)

    @retrying
    def rename_sector(self, sector_id: int, name: str, code: str | None = None) -> model.Sector:
        """Change a sector's name (and code)."""
        if not name.strip():
            raise ValidationError("A sector needs a name")
        with self.change("Rename sector") as (session, changes):
            row = self._get(session, Sector, sector_id, "sector")
            changes.plan_id = row.plan_id
            self.recorder.capture("sector", [sector_id])
            row.name = name
            if code is not None:
                row.code = code
            changes.change("sector", sector_id)
            return sector_from_row(row)

    @retrying
    def delete_sector(self, sector_id: int) -> None:
        """Delete a sector, its sub-sectors and their measures."""
        with self.change("Delete sector") as (session, changes):
            row = self._get(session, Sector, sector_id, "sector")
            changes.plan_id = row.plan_id
            all_sectors = session.execute(
                select(Sector.id, Sector.parent_id).where(Sector.plan_id == row.plan_id)
            ).all()
            doomed = subtree({sid: pid for sid, pid in all_sectors}, sector_id)
            measure_ids = list(
                session.scalars(select(Measure.id).where(Measure.sector_id.in_(doomed)))
            )
            self.recorder.capture("sector", [sid for sid, _pid in all_sectors])
            self.recorder.capture("measure", measure_ids)
            changes.remove("measure", *measure_ids)
            session.execute(delete(Measure).where(Measure.sector_id.in_(doomed)))
            session.execute(delete(Sector).where(Sector.id.in_(doomed)))
            changes.remove("sector", *doomed)
            numbering.relayout(session, row.plan_id, changes)
            changes.remove("sector", *doomed)

    @retrying
    def move_sector(
        self, sector_id: int, parent_id: int | None, position: int, name: str = "Move sector"
    ) -> model.Sector:
        """Put a sector under ``parent_id`` (None: top level) at ``position`` among its siblings.

        Codes of the whole tree follow, and measures of sectors whose code changed are
        renumbered. A sector cannot move into its own subtree.
        """
        with self.change(name) as (session, changes):
            row = self._get(session, Sector, sector_id, "sector")
            plan_id = row.plan_id
            changes.plan_id = plan_id
            tree = dict(
                (sid, pid)
                for sid, pid in session.execute(
                    select(Sector.id, Sector.parent_id).where(Sector.plan_id == plan_id)
                )
            )
            self.recorder.capture("sector", list(tree))
            if parent_id is not None:
                if parent_id not in tree:
                    raise ValidationError("The new parent sector is not in this plan")
                if parent_id in subtree(tree, sector_id):
                    raise ValidationError("A sector cannot move into itself or its sub-sectors")
            siblings = [
                sid
                for sid in session.scalars(
                    select(Sector.id)
                    .where(
                        Sector.plan_id == plan_id,
                        Sector.parent_id.is_(None)
                        if parent_id is None
                        else Sector.parent_id == parent_id,
                        Sector.id != sector_id,
                    )
                    .order_by(Sector.position, Sector.id)
                )
            ]
            position = max(0, min(position, len(siblings)))
            siblings.insert(position, sector_id)
            old_parent = row.parent_id
            row.parent_id = parent_id
            session.flush()
            session.execute(
                update(Sector), [{"id": sid, "position": i} for i, sid in enumerate(siblings)]
            )
            changes.change("sector", sector_id)
            if old_parent != parent_id:
                changes.change("sector", *(s for s, p in tree.items() if p == old_parent))
            numbering.relayout(session, plan_id, changes)
            return sector_from_row(self._get(session, Sector, sector_id, "sector"))

    def shift_sector(self, sector_id: int, delta: int) -> model.Sector:
        """Move a sector up (negative) or down (positive) among its siblings."""
        sector = self.get_sector(sector_id)
        return self.move_sector(
            sector_id,
            sector.parent_id,
            max(0, sector.position + delta),
            name="Move sector up" if delta < 0 else "Move sector down",
        )

    def indent_sector(self, sector_id: int) -> model.Sector:
        """Make a sector the last child of the sibling above it."""
        sector = self.get_sector(sector_id)
        siblings = [
            s
            for s in self.list_sectors(sector.plan_id)
            if s.parent_id == sector.parent_id and s.position < sector.position
        ]
        if not siblings:
            raise ValidationError("The first sector of its level cannot be indented")
        above = max(siblings, key=lambda s: s.position)
        children = [s for s in self.list_sectors(sector.plan_id) if s.parent_id == above.id]
        return self.move_sector(sector_id, above.id, len(children), name="Indent sector")

    def outdent_sector(self, sector_id: int) -> model.Sector:
        """Make a sector the next sibling of its parent."""
        sector = self.get_sector(sector_id)
        if sector.parent_id is None:
            raise ValidationError("A top-level sector cannot be outdented")
        parent = self.get_sector(sector.parent_id)
        return self.move_sector(
            sector_id, parent.parent_id, parent.position + 1, name="Outdent sector"
        )

    def get_sector(self, sector_id: int) -> model.Sector:
        """The sector with this id."""
        with self._read() as session:
            return sector_from_row(self._get(session, Sector, sector_id, "sector"))
