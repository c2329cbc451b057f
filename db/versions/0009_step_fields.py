"""A step's history rows written by SQLite itself: one statement records a step.

``change_step.fields`` carries, for the moment of the insert only, the step's field
changes as JSON (``[[entity, entity_id, field, old, new], ...]``). On SQLite a trigger
turns them into ``change_field`` rows inside the same statement and clears the
column, so an edit costs the row's read, its write and one insert (PostgreSQL
already writes the row, the step and its history in one statement; the column stays
empty there).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TRIGGER = """
CREATE TRIGGER change_step_fields AFTER INSERT ON change_step
WHEN NEW.fields IS NOT NULL
BEGIN
    INSERT INTO change_field (step_id, plan_id, entity, entity_id, field, old, new)
    SELECT NEW.id, NEW.plan_id, json_extract(value, '$[0]'), json_extract(value, '$[1]'),
           json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]')
    FROM json_each(NEW.fields) ORDER BY key;
    UPDATE change_step SET fields = NULL WHERE id = NEW.id;
END
"""


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild: change_step keeps its AUTOINCREMENT).
    op.add_column("change_step", sa.Column("fields", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS change_step_fields")
    with op.batch_alter_table("change_step", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.drop_column("fields")
