"""Plain domain objects: a plan, its sector tree and its measures.

These carry no database state. Services hand them to the UI and the CLI, and
take them (or field dictionaries) back for changes; the store maps them to rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from coopdesk.domain.timing import Timing
from coopdesk.domain.vocab import Framework, Kind, Level, PlanState, Priority, Status


@dataclass(slots=True)
class Plan:
    """A signed (or draft) plan of measures between two parties."""

    id: int | None
    code: str
    title: str
    party_a: str = ""
    party_b: str = ""
    period_start: date | None = None
    period_end: date | None = None
    signed_date: date | None = None
    signed_place: str = ""
    state: PlanState = PlanState.DRAFT
    uid: str = ""
    #: The language its documents are printed in ("ru", "kk", "en"; "" = not chosen).
    language: str = ""
    version: int = 1

    @property
    def period(self) -> tuple[date, date] | None:
        """The plan's period as a (start, end) pair, or None when not set."""
        if self.period_start and self.period_end:
            return (self.period_start, self.period_end)
        return None


@dataclass(slots=True)
class Sector:
    """A node of the plan's sector tree ("1. Political dialogue > 1.1 Visits")."""

    id: int | None
    plan_id: int
    code: str
    name: str
    parent_id: int | None = None
    position: int = 0


@dataclass(slots=True)
class Measure:
    """One action of the plan."""

    id: int | None
    plan_id: int
    sector_id: int
    number: str = ""
    #: A number typed by hand; renumbering leaves it alone.
    number_pinned: bool = False
    title: str = ""
    description: str = ""
    kind: Kind = Kind.OTHER
    level: Level | None = None
    framework: Framework = Framework.BILATERAL
    responsible_a: str = ""
    responsible_b: str = ""
    form: str = ""
    timing: Timing = field(default_factory=Timing.empty)
    location: str = ""
    status: Status = Status.PLANNED
    priority: Priority = Priority.NORMAL
    notes: str = ""
    position: int = 0
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    #: Raised by each change of its content; a change based on an older one is refused.
    version: int = 1
    #: Who made the last content change.
    updated_by: str = ""

    def field_values(self) -> dict[str, Any]:
        """The user-editable fields (``MEASURE_FIELDS``) as plain values.

        Vocabulary fields are given as their codes (``level`` may be None); the
        timing stays a :class:`Timing`, which each caller writes its own way.
        """
        return {
            "number": self.number,
            "title": self.title,
            "description": self.description,
            "kind": self.kind.value,
            "level": self.level.value if self.level else None,
            "framework": self.framework.value,
            "responsible_a": self.responsible_a,
            "responsible_b": self.responsible_b,
            "form": self.form,
            "timing": self.timing,
            "location": self.location,
            "status": self.status.value,
            "priority": self.priority.value,
            "notes": self.notes,
        }

    def is_overdue(self, today: date) -> bool:
        """Its timing span ended before ``today`` and it is neither done nor cancelled."""
        return not self.status.is_closed and self.timing.is_past(today)


#: Measure fields a user edits (and that services accept in ``update_measure``).
MEASURE_FIELDS: tuple[str, ...] = (
    "number",
    "title",
    "description",
    "kind",
    "level",
    "framework",
    "responsible_a",
    "responsible_b",
    "form",
    "timing",
    "location",
    "status",
    "priority",
    "notes",
)

#: Plan fields a user edits.
PLAN_FIELDS: tuple[str, ...] = (
    "code",
    "title",
    "party_a",
    "party_b",
    "period_start",
    "period_end",
    "signed_date",
    "signed_place",
    "state",
    "language",
)
