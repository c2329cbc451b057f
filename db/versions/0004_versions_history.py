"""Row versions, who changed a row, the plan's document language, and the change log.

Every plan, sector and measure carries a ``version`` that each content change
raises, so a change based on an older version is refused instead of overwriting
someone else's work. ``change_step`` records each committed change (a named undo
step: who, when, its inverse, the change set other windows apply), and
``change_field`` each field's old and new value, for the History panel. On SQLite
the plan, sector and measure tables are rebuilt with AUTOINCREMENT ids, so an id is
never given twice.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _rebuilt(table: str):  # type: ignore[no-untyped-def]
    """A batch that, on SQLite, rebuilds the table with AUTOINCREMENT ids.

    SQLite otherwise gives a new row the id of the last one deleted; undo puts rows
    back by id and the history follows a measure by its id, so an id must never be
    used twice. The rebuild runs on the upgrade's copy of the store, all or nothing.
    """
    if op.get_bind().dialect.name == "sqlite":
        return op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        )
    return op.batch_alter_table(table)


def upgrade() -> None:
    with _rebuilt("plan") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("updated_by", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("language", sa.String(8), nullable=False, server_default=""))
    with _rebuilt("sector") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with _rebuilt("measure") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("updated_by", sa.String(200), nullable=False, server_default=""))
    op.create_table(
        "change_step",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False, server_default="do"),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("undone", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("origin", sa.String(64), nullable=False, server_default=""),
        sa.Column("source", sa.Text(), nullable=False, server_default=""),
        sa.Column("inverse", sa.Text(), nullable=False, server_default=""),
        sa.Column("changes", sa.Text(), nullable=False, server_default=""),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_change_step_plan", "change_step", ["plan_id", "id"])
    op.create_table(
        "change_field",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "step_id",
            sa.Integer(),
            sa.ForeignKey("change_step.id", ondelete="CASCADE", name="fk_change_field_step_id"),
            nullable=False,
        ),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
    )
    op.create_index("ix_change_field_entity", "change_field", ["entity", "entity_id", "step_id"])
    op.create_index("ix_change_field_plan", "change_field", ["plan_id", "step_id"])


def downgrade() -> None:
    op.drop_index("ix_change_field_plan", "change_field")
    op.drop_index("ix_change_field_entity", "change_field")
    op.drop_table("change_field")
    op.drop_index("ix_change_step_plan", "change_step")
    op.drop_table("change_step")
    with op.batch_alter_table("measure") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("version")
    with op.batch_alter_table("sector") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("language")
        batch.drop_column("updated_by")
        batch.drop_column("version")
