"""The agency directory and each measure's responsible agencies, in order.

``agency`` holds the bodies of each party ("a" or "b") with full and short names in
Russian, Kazakh and English, an optional parent (an embassy under its ministry) and
a contact note. ``measure_agency`` lists a measure's agencies per party in order
(position 0 is the lead). A measure's free-text ``responsible_a`` / ``responsible_b``
stay: they are the words a document prints.

``measure_agency.measure_id`` has no foreign key on purpose: a deleted measure
keeps its links, so undoing the deletion (which puts the measure back under the
same id; ids are never given twice) brings them back too. Reads join on measure.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("party", sa.String(1), nullable=False),
        sa.Column("full_ru", sa.Text(), nullable=False, server_default=""),
        sa.Column("short_ru", sa.String(200), nullable=False, server_default=""),
        sa.Column("full_kk", sa.Text(), nullable=False, server_default=""),
        sa.Column("short_kk", sa.String(200), nullable=False, server_default=""),
        sa.Column("full_en", sa.Text(), nullable=False, server_default=""),
        sa.Column("short_en", sa.String(200), nullable=False, server_default=""),
        sa.Column(
            "parent_id",
            sa.Integer(),
            sa.ForeignKey("agency.id", name="fk_agency_parent_id"),
            nullable=True,
        ),
        sa.Column("contact", sa.Text(), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(200), nullable=False, server_default=""),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_agency_party", "agency", ["party"])
    op.create_table(
        "measure_agency",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column(
            "agency_id",
            sa.Integer(),
            sa.ForeignKey("agency.id", name="fk_measure_agency_agency_id"),
            nullable=False,
        ),
        sa.Column("party", sa.String(1), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_measure_agency_measure", "measure_agency", ["measure_id", "party", "position"]
    )
    op.create_index("ix_measure_agency_agency", "measure_agency", ["agency_id"])


def downgrade() -> None:
    op.drop_index("ix_measure_agency_agency", "measure_agency")
    op.drop_index("ix_measure_agency_measure", "measure_agency")
    op.drop_table("measure_agency")
    op.drop_index("ix_agency_party", "agency")
    op.drop_table("agency")
