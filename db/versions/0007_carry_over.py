"""Carry-over into the next plan: a measure remembers the measure it was carried from.

``measure.carried_from_id`` points at the origin measure (in the previous plan) of a
measure that carry-over copied into a new plan; it is emptied (``ON DELETE SET
NULL``) when the origin is deleted, and indexed so the origin finds what it was
carried into. On SQLite the measure table is rebuilt on the upgrade's copy of the
store, keeping its AUTOINCREMENT ids.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _measure_batch():  # type: ignore[no-untyped-def]
    """The measure table's batch; on SQLite a rebuild that keeps AUTOINCREMENT ids."""
    if op.get_bind().dialect.name == "sqlite":
        return op.batch_alter_table(
            "measure", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        )
    return op.batch_alter_table("measure")


def upgrade() -> None:
    with _measure_batch() as batch:
        batch.add_column(sa.Column("carried_from_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_measure_carried_from_id",
            "measure",
            ["carried_from_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_measure_carried_from_id", ["carried_from_id"])


def downgrade() -> None:
    with _measure_batch() as batch:
        batch.drop_index("ix_measure_carried_from_id")
        batch.drop_constraint("fk_measure_carried_from_id", type_="foreignkey")
        batch.drop_column("carried_from_id")
