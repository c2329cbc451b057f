"""Typed SQLAlchemy 2.x models of the store.

These mirror the domain objects of :mod:`coopdesk.domain.model` but are only
used inside the store and the services; views get plain data. The schema itself
is created and changed only by the Alembic migrations in ``db/``:
:data:`SCHEMA_REVISION` names the revision these classes describe.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false

#: The Alembic head revision this code expects; a test keeps it equal to db/'s head.
SCHEMA_REVISION = "0009"


class Base(DeclarativeBase):
    """Declarative base of every CoopDesk table."""

    # Named constraints, so migrations can alter them on every back end.
    metadata = MetaData(
        naming_convention={
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s",
            "ix": "ix_%(table_name)s_%(column_0_name)s",
        }
    )


class Plan(Base):
    """A plan of measures between two parties."""

    __tablename__ = "plan"
    # Ids are never given twice (SQLite would reuse a deleted row's): undo and history
    # follow rows by id.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    party_a: Mapped[str] = mapped_column(Text, default="")
    party_b: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    signed_date: Mapped[date | None] = mapped_column(Date)
    signed_place: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="draft")
    #: The language its documents are printed in ("ru", "kk", "en"; "" = not set).
    language: Mapped[str] = mapped_column(String(8), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    #: Raised by every change of its content; a change based on an older one is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Sector(Base):
    """A node of a plan's sector tree."""

    __tablename__ = "sector"
    __table_args__ = (
        Index("ix_sector_plan_parent", "plan_id", "parent_id", "position"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32), default="")
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Measure(Base):
    """One action of a plan; the timing is stored as its words plus the span they mean."""

    __tablename__ = "measure"
    __table_args__ = (
        Index("ix_measure_plan_sector", "plan_id", "sector_id", "position"),
        Index("ix_measure_plan_start", "plan_id", "timing_start"),
        # One measure per place of a sector (migration 0005); reorderings park first.
        Index("uq_measure_sector_position", "sector_id", "position", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    sector_id: Mapped[int] = mapped_column(ForeignKey("sector.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(32), default="")
    #: True when the number was typed by hand and must survive renumbering.
    number_pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="other")
    level: Mapped[str | None] = mapped_column(String(24))
    framework: Mapped[str] = mapped_column(String(16), default="bilateral")
    responsible_a: Mapped[str] = mapped_column(Text, default="")
    responsible_b: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(Text, default="")
    timing_text: Mapped[str] = mapped_column(Text, default="")
    timing_start: Mapped[date | None] = mapped_column(Date)
    timing_end: Mapped[date | None] = mapped_column(Date)
    timing_precision: Mapped[str] = mapped_column(String(16), default="none")
    location: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    #: Raised by every change of its content (not by renumbering, which follows the tree).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: Who made the last content change (a display name).
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    #: The measure of an earlier plan this one was carried over from (None: not carried).
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("measure.id", ondelete="SET NULL"), index=True, default=None
    )
    #: True when the status was set by hand: progress entries no longer derive it.
    status_manual: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ColumnMapping(Base):
    """A column of a partner's sheet the user placed by hand, remembered per sender.

    ``sender`` is who last saved the workbook (its document properties; "" when the
    file does not say), ``header`` the column's header in matching form, and
    ``choice`` a measure field, "notes" or "ignore".
    """

    __tablename__ = "column_mapping"
    __table_args__ = (Index("ix_column_mapping_sender_header", "sender", "header", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender: Mapped[str] = mapped_column(String(200))
    header: Mapped[str] = mapped_column(String(255))
    choice: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ChangeStep(Base):
    """One committed change: a named undo step, who made it and when, and its inverse.

    ``inverse`` (JSON) holds what undoing it must put back, recorded in the change's own
    transaction; ``changes`` (JSON) the change set other windows apply; ``kind`` is
    "do", "undo" (of ``target_id``) or "redo" (of ``target_id``); ``undone`` is true
    while a "do" step stands undone. ``origin`` names the window (process and
    workspace) that made it, so it can skip what it already shows.
    """

    __tablename__ = "change_step"
    __table_args__ = (
        Index("ix_change_step_plan", "plan_id", "id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    plan_id: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200), default="", server_default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(8), default="do", server_default="do")
    target_id: Mapped[int | None] = mapped_column(Integer)
    undone: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    origin: Mapped[str] = mapped_column(String(64), default="", server_default="")
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    inverse: Mapped[str] = mapped_column(Text, default="", server_default="")
    changes: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The step's field changes as JSON while SQLite's trigger turns them into
    #: ``change_field`` rows (migration 0009); empty once written.
    fields: Mapped[str | None] = mapped_column(Text, default=None)


class ChangeField(Base):
    """One field's old and new value in a :class:`ChangeStep` (the History panel reads these).

    ``field`` is a measure, sector or plan field name, or "created" / "deleted" for a
    whole row (``new`` / ``old`` then hold its title or name).
    """

    __tablename__ = "change_field"
    __table_args__ = (
        Index("ix_change_field_entity", "entity", "entity_id", "step_id"),
        Index("ix_change_field_plan", "plan_id", "step_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    step_id: Mapped[int] = mapped_column(
        ForeignKey("change_step.id", ondelete="CASCADE", name="fk_change_field_step_id")
    )
    plan_id: Mapped[int | None] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(32))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class Agency(Base):
    """A body of one party ("a" or "b"): full and short names in ru, kk, en, and a parent.

    An embassy sits under its ministry (``parent_id``); ``contact`` is a free note.
    """

    __tablename__ = "agency"
    __table_args__ = (
        Index("ix_agency_party", "party"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party: Mapped[str] = mapped_column(String(1))
    full_ru: Mapped[str] = mapped_column(Text, default="", server_default="")
    short_ru: Mapped[str] = mapped_column(String(200), default="", server_default="")
    full_kk: Mapped[str] = mapped_column(Text, default="", server_default="")
    short_kk: Mapped[str] = mapped_column(String(200), default="", server_default="")
    full_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    short_en: Mapped[str] = mapped_column(String(200), default="", server_default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id", name="fk_agency_parent_id")
    )
    contact: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")


class MeasureAgency(Base):
    """One of a measure's responsible agencies for one party; position 0 is the lead.

    ``measure_id`` has no foreign key on purpose: a deleted measure keeps its links,
    so undoing the deletion (same id, ids are never reused) brings them back too.
    """

    __tablename__ = "measure_agency"
    __table_args__ = (
        Index("ix_measure_agency_measure", "measure_id", "party", "position"),
        Index("ix_measure_agency_agency", "agency_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure_id: Mapped[int] = mapped_column(Integer)
    agency_id: Mapped[int] = mapped_column(
        ForeignKey("agency.id", name="fk_measure_agency_agency_id")
    )
    party: Mapped[str] = mapped_column(String(1))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ProgressEntry(Base):
    """One party's report on a measure as of a reporting date (issue 16, progress).

    ``party`` is "a" or "b", ``status`` a :class:`~coopdesk.domain.vocab.ProgressStatus`
    code, ``event_date`` the day the event took place (if it did), ``documents`` a
    reference or a file link.
    """

    __tablename__ = "progress_entry"
    __table_args__ = (
        Index("ix_progress_entry_measure", "measure_id", "party", "as_of"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE", name="fk_progress_entry_measure_id")
    )
    party: Mapped[str] = mapped_column(String(1))
    as_of: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[str] = mapped_column(String(16))
    event_date: Mapped[date | None] = mapped_column(Date)
    documents: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
