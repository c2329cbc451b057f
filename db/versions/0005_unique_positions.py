"""One measure per place in a sector: a unique (sector_id, position).

Stores written before 0004 could hold two measures at one place of a sector (four
windows adding at once read the same "next position"). The upgrade first lays each
sector out again in its present order (position, then id), gives automatic numbers
their new place (pinned numbers are the user's and stay), then adds a unique index.
Both back ends check it row by row, so a change that reorders a sector parks the
rows it moves on free places first
(:func:`coopdesk.services.numbering.park_positions`).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NAME = "uq_measure_sector_position"


def upgrade() -> None:
    bind = op.get_bind()
    codes = dict(bind.execute(sa.text("SELECT id, code FROM sector")).all())
    rows = bind.execute(
        sa.text(
            "SELECT id, sector_id, position, number_pinned FROM measure "
            "ORDER BY sector_id, position, id"
        )
    ).all()
    moves: list[dict[str, object]] = []
    current, index = None, 0
    for ident, sector_id, position, pinned in rows:
        if sector_id != current:
            current, index = sector_id, 0
        if position != index:
            moves.append(
                {
                    "id": ident,
                    "position": index,
                    "number": None if pinned else f"{codes.get(sector_id, '')}.{index + 1}",
                }
            )
        index += 1
    if moves:
        bind.execute(
            sa.text("UPDATE measure SET position = :position WHERE id = :id"),
            [{"id": m["id"], "position": m["position"]} for m in moves],
        )
        renumbered = [m for m in moves if m["number"] is not None]
        if renumbered:
            bind.execute(
                sa.text("UPDATE measure SET number = :number WHERE id = :id"),
                [{"id": m["id"], "number": m["number"]} for m in renumbered],
            )
    op.create_index(NAME, "measure", ["sector_id", "position"], unique=True)


def downgrade() -> None:
    op.drop_index(NAME, table_name="measure")
