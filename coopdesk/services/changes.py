"""What a committed change touched, and the hub that tells the views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from coopdesk.domain.model import Measure

Entity = Literal["plan", "sector", "measure", "agency", "measure_agency", "progress"]


@dataclass(slots=True)
class ChangeSet:
    """The ids a named change added, changed and removed, per entity."""

    name: str
    added: dict[str, set[int]] = field(default_factory=dict)
    changed: dict[str, set[int]] = field(default_factory=dict)
    removed: dict[str, set[int]] = field(default_factory=dict)
    #: The plan the change happened in (None for changes across plans).
    plan_id: int | None = None
    #: Other plans whose measures the change touched too (a carry-over marks the old
    #: plan's measures "carried over" while it fills the new plan).
    also_plans: set[int] = field(default_factory=set)
    #: Where measures sat before this change moved or renumbered them:
    #: id -> (sector_id, position, number, number_pinned). Undo puts them back.
    placements_before: dict[int, tuple[int, int, str, bool]] = field(default_factory=dict)

    #: Measures whose only change was their number and position in their sector, in
    #: the same order as before: id -> (position, number). Views patch these rows
    #: where they stand instead of reading and placing them again.
    renumbered: dict[int, tuple[int, str]] = field(default_factory=dict)

    #: The recorded step (its id in ``change_step``), None when nothing was recorded.
    step_id: int | None = None
    #: "do" for a change, "undo" / "redo" when it undid or redid step ``target_id``.
    kind: str = "do"
    target_id: int | None = None
    #: Who made it (display name) and from which window (see ``PlanService.origin``).
    actor: str = ""
    origin: str = ""
    #: The object that asked for it in this process (a window's workspace), as Anki's
    #: OpChanges carry their initiator; None for changes read from the store (made by
    #: another process or window).
    initiator: object | None = None
    #: Measures as this change saved them, when the service had them at hand (an
    #: edit of one measure): views show these rather than read them back. Never
    #: stored with the step; a change read from the log has none, and views read.
    saved: dict[int, Measure] = field(default_factory=dict)
    #: The field changes this step recorded in the history (entity, entity_id, field,
    #: old, new as stored) and when: a History view adds them without a read. Local
    #: only, like ``saved``.
    fields: list[dict[str, Any]] = field(default_factory=list)
    at: datetime | None = None

    @property
    def remote(self) -> bool:
        """Made by another window or process (read back from the change log)."""
        return self.initiator is None and bool(self.origin)

    def to_json(self) -> dict[str, Any]:
        """What other windows need to apply this change (stored with the step)."""
        return {
            "name": self.name,
            "plan": self.plan_id,
            **({"also": sorted(self.also_plans)} if self.also_plans else {}),
            "added": {k: sorted(v) for k, v in self.added.items() if v},
            "changed": {k: sorted(v) for k, v in self.changed.items() if v},
            "removed": {k: sorted(v) for k, v in self.removed.items() if v},
            "renumbered": {str(k): list(v) for k, v in self.renumbered.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChangeSet:
        """A change set read back from the change log."""
        return cls(
            name=str(data.get("name", "")),
            added={k: set(v) for k, v in data.get("added", {}).items()},
            changed={k: set(v) for k, v in data.get("changed", {}).items()},
            removed={k: set(v) for k, v in data.get("removed", {}).items()},
            plan_id=data.get("plan"),
            also_plans=set(data.get("also", ())),
            renumbered={
                int(k): (int(v[0]), str(v[1])) for k, v in data.get("renumbered", {}).items()
            },
        )

    def note_placement(
        self, measure_id: int, sector_id: int, position: int, number: str, pinned: bool
    ) -> None:
        """Remember where a measure sat before this change (the first call wins)."""
        self.placements_before.setdefault(measure_id, (sector_id, position, number, bool(pinned)))

    def add(self, entity: Entity, *ids: int) -> None:
        """Record ids as added."""
        self.added.setdefault(entity, set()).update(ids)

    def change(self, entity: Entity, *ids: int) -> None:
        """Record ids as changed (ids added in the same change stay 'added')."""
        fresh = self.added.get(entity, set())
        self.changed.setdefault(entity, set()).update(i for i in ids if i not in fresh)

    def remove(self, entity: Entity, *ids: int) -> None:
        """Record ids as removed."""
        self.removed.setdefault(entity, set()).update(ids)
        for bucket in (self.added, self.changed):
            bucket.get(entity, set()).difference_update(ids)

    def touched(self, entity: Entity) -> set[int]:
        """Every id of ``entity`` this change added, changed or removed."""
        return (
            self.added.get(entity, set())
            | self.changed.get(entity, set())
            | self.removed.get(entity, set())
        )

    def __bool__(self) -> bool:
        return any(
            ids for bucket in (self.added, self.changed, self.removed) for ids in bucket.values()
        )


Listener = Callable[[ChangeSet], None]


class ChangeHub:
    """Calls every subscriber with each committed :class:`ChangeSet`, in order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` after each committed change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def publish(self, changes: ChangeSet) -> None:
        """Tell every subscriber about ``changes``."""
        for listener in list(self._listeners):
            listener(changes)
