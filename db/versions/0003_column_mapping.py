"""Remembered column mappings: how the user placed a partner's unknown columns.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "column_mapping",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sender", sa.String(200), nullable=False),
        sa.Column("header", sa.String(255), nullable=False),
        sa.Column("choice", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    with op.batch_alter_table("column_mapping") as batch:
        batch.create_index("ix_column_mapping_sender_header", ["sender", "header"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("column_mapping") as batch:
        batch.drop_index("ix_column_mapping_sender_header")
    op.drop_table("column_mapping")
