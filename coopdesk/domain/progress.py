"""Progress per party: each party's reports on a measure, and the status they add up to.

Each party ("a" and "b") reports on each measure as of a reporting date (1 July
2024, say): what was done, a :class:`~coopdesk.domain.vocab.ProgressStatus`, the
date of the event if it took place, and documents.  A party's *latest* entry as of
a date is its entry with the latest reporting date on or before that date (the
last one recorded wins a tie).

**The overall status rule** (:func:`overall_status`), over the latest statuses of
the parties that have reported (a party without an entry does not count):

1. no party has reported: no overall status (the measure keeps its own);
2. every party reports the same status: that status;
3. only "done" and "cancelled": done (one side did its part, the other dropped its own);
4. any "done" or "in progress": in progress (work is under way on one side);
5. any "not done": not done;
6. any "carried over": carried over; else postponed (what remains is postponed,
   carried over or cancelled).

The measure's own status follows the overall status (:func:`measure_status`:
done → done, in progress → in progress, not done → planned (still open, so it
is overdue once its timing has passed), postponed → postponed, cancelled →
cancelled, carried over → "carried over" when the measure vocabulary has it, else
postponed), unless the status was set by hand (the measure's ``status_manual``
flag): then progress entries leave it alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from coopdesk.domain.vocab import ProgressStatus, Status

#: The two parties of a plan, as progress entries name them.
PARTIES: tuple[str, ...] = ("a", "b")


@dataclass(frozen=True, slots=True)
class ProgressEntry:
    """One party's report on one measure as of a reporting date."""

    id: int | None
    measure_id: int
    party: str
    as_of: date
    status: ProgressStatus
    text: str = ""
    event_date: date | None = None
    documents: str = ""
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    version: int = 1


def check_party(party: str) -> str:
    """``party`` as "a" or "b"; ValueError naming the accepted values otherwise."""
    code = party.strip().lower()
    if code not in PARTIES:
        raise ValueError(f"'{party}' is not a party (a or b)")
    return code


def latest_by_party(
    entries: Iterable[ProgressEntry], as_of: date | None = None
) -> dict[str, ProgressEntry]:
    """Each party's latest entry on or before ``as_of`` (None: the latest of all).

    Entries of one measure only; the latest reporting date wins, then the higher id
    (the one recorded last).
    """
    out: dict[str, ProgressEntry] = {}
    for entry in entries:
        if as_of is not None and entry.as_of > as_of:
            continue
        seen = out.get(entry.party)
        if seen is None or (entry.as_of, entry.id or 0) > (seen.as_of, seen.id or 0):
            out[entry.party] = entry
    return out


def overall_status(latest: Mapping[str, ProgressEntry]) -> ProgressStatus | None:
    """The status the parties' latest entries add up to (the rule in the module docstring)."""
    statuses = {e.status for e in latest.values()}
    if not statuses:
        return None
    if len(statuses) == 1:
        return next(iter(statuses))
    if statuses <= {ProgressStatus.DONE, ProgressStatus.CANCELLED}:
        return ProgressStatus.DONE
    if statuses & {ProgressStatus.DONE, ProgressStatus.IN_PROGRESS}:
        return ProgressStatus.IN_PROGRESS
    if ProgressStatus.NOT_DONE in statuses:
        return ProgressStatus.NOT_DONE
    if ProgressStatus.CARRIED_OVER in statuses:
        return ProgressStatus.CARRIED_OVER
    return ProgressStatus.POSTPONED


def measure_status(overall: ProgressStatus) -> Status:
    """The measure status an overall progress status stands for."""
    if overall is ProgressStatus.CARRIED_OVER:
        # The measure vocabulary gains "carried over" with the carry-over of plans;
        # until then such a measure reads as postponed.
        carried = Status._value2member_map_.get("carried_over")
        return carried if isinstance(carried, Status) else Status.POSTPONED
    return {
        ProgressStatus.DONE: Status.DONE,
        ProgressStatus.IN_PROGRESS: Status.IN_PROGRESS,
        ProgressStatus.NOT_DONE: Status.PLANNED,
        ProgressStatus.POSTPONED: Status.POSTPONED,
        ProgressStatus.CANCELLED: Status.CANCELLED,
    }[overall]


def derived_status(entries: Iterable[ProgressEntry], as_of: date | None = None) -> Status | None:
    """The measure status the entries derive as of a date (None: no entry yet)."""
    overall = overall_status(latest_by_party(entries, as_of))
    return None if overall is None else measure_status(overall)


#: Overall statuses after which a measure can no longer be overdue.
CLOSED_PROGRESS: frozenset[ProgressStatus] = frozenset(
    {ProgressStatus.DONE, ProgressStatus.CANCELLED, ProgressStatus.CARRIED_OVER}
)
