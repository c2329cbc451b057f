"""Initial schema: plans, sectors, measures.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("party_a", sa.Text(), nullable=False),
        sa.Column("party_b", sa.Text(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("signed_place", sa.Text(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("uid", name="uq_plan_uid"),
        sa.UniqueConstraint("code", name="uq_plan_code"),
    )
    op.create_table(
        "sector",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "plan_id",
            sa.Integer(),
            sa.ForeignKey("plan.id", name="fk_sector_plan_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "parent_id",
            sa.Integer(),
            sa.ForeignKey("sector.id", name="fk_sector_parent_id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_sector_plan_parent", "sector", ["plan_id", "parent_id", "position"])
    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column(
            "plan_id",
            sa.Integer(),
            sa.ForeignKey("plan.id", name="fk_measure_plan_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "sector_id",
            sa.Integer(),
            sa.ForeignKey("sector.id", name="fk_measure_sector_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("level", sa.String(24), nullable=True),
        sa.Column("framework", sa.String(16), nullable=False),
        sa.Column("responsible_a", sa.Text(), nullable=False),
        sa.Column("responsible_b", sa.Text(), nullable=False),
        sa.Column("form", sa.Text(), nullable=False),
        sa.Column("timing_text", sa.Text(), nullable=False),
        sa.Column("timing_start", sa.Date(), nullable=True),
        sa.Column("timing_end", sa.Date(), nullable=True),
        sa.Column("timing_precision", sa.String(16), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("priority", sa.String(8), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("uid", name="uq_measure_uid"),
    )
    op.create_index("ix_measure_plan_sector", "measure", ["plan_id", "sector_id", "position"])
    op.create_index("ix_measure_plan_start", "measure", ["plan_id", "timing_start"])


def downgrade() -> None:
    op.drop_table("measure")
    op.drop_table("sector")
    op.drop_table("plan")
