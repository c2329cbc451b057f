"""Progress per party: each party's report on a measure as of a reporting date.

``progress_entry`` holds, for a measure, a party ("a" or "b") and a reporting date
(``as_of``), what was done (text), a status (done, in progress, not done,
postponed, cancelled, carried over), the date of the event if it took place, and
documents (a reference or a file link). ``measure.status_manual`` says the
measure's status was set by hand, so progress entries no longer derive it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both back ends: a batch rebuild of ``measure`` on SQLite
    # would drop its AUTOINCREMENT (ids must never be given twice; see 0004).
    op.add_column(
        "measure",
        sa.Column("status_manual", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "progress_entry",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "measure_id",
            sa.Integer(),
            sa.ForeignKey("measure.id", ondelete="CASCADE", name="fk_progress_entry_measure_id"),
            nullable=False,
        ),
        sa.Column("party", sa.String(1), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("documents", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        # Ids are never given twice: undo puts entries back by id.
        sqlite_autoincrement=True,
    )
    op.create_index("ix_progress_entry_measure", "progress_entry", ["measure_id", "party", "as_of"])


def downgrade() -> None:
    op.drop_index("ix_progress_entry_measure", "progress_entry")
    op.drop_table("progress_entry")
    with op.batch_alter_table("measure", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.drop_column("status_manual")
