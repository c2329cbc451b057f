"""The progress service: each party's progress entries on the measures of a plan.

Every change (add, edit, delete an entry; a reporting round's "save and next";
setting a measure's status by hand) is one change of the plan service
(:meth:`~coopdesk.services.plans.PlanService.change`): one transaction, its inverse
recorded for undo and redo, its history rows, and one published change set naming
the progress entries (entity ``"progress"``) and any measure whose status it moved.
In that same transaction the measure's status is derived again from both parties'
latest entries (the rule in :mod:`coopdesk.domain.progress`), unless the status was
set by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.progress import ProgressEntry, check_party, derived_status
from coopdesk.domain.validation import check_date, check_text
from coopdesk.domain.vocab import ProgressStatus
from coopdesk.errors import ConflictError, NotFoundError, ValidationError, msg
from coopdesk.services.changes import ChangeSet
from coopdesk.services.plans import PlanService
from coopdesk.services.unit import now
from coopdesk.store.engine import retrying, translated_errors
from coopdesk.store.schema import Measure
from coopdesk.store.schema import ProgressEntry as EntryRow

#: The names of the steps that set or clear "status set by hand" (views that show the
#: flag refresh on them; a measure's other edits do not touch it).
MANUAL_STEPS: frozenset[str] = frozenset({"Keep status set by hand", "Derive status from progress"})

#: Fields of an entry a user edits.
ENTRY_FIELDS: tuple[str, ...] = ("party", "as_of", "status", "text", "event_date", "documents")

#: Longest text of an entry (an Excel cell) and of its documents line.
_TEXT_CHARS = 32_767
_DOCUMENTS_CHARS = 4_000

#: Rows per IN list when reading a whole plan.
_CHUNK = 500


def entry_from_row(row: EntryRow) -> ProgressEntry:
    """A domain entry from its ORM row."""
    return ProgressEntry(
        id=row.id,
        measure_id=row.measure_id,
        party=row.party,
        as_of=row.as_of,
        status=ProgressStatus(row.status),
        text=row.text,
        event_date=row.event_date,
        documents=row.documents,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        version=row.version,
    )


def check_entry_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Entry fields as the store keeps them; ValidationError naming the field otherwise.

    ``status`` takes a code or a label (English or Russian); ``party`` "a" or "b"; the
    event date may not be after the reporting date (it is the day the event took place).
    """
    unknown = sorted(set(values) - set(ENTRY_FIELDS))
    if unknown:
        raise ValidationError(
            msg("A progress entry has no field '{field}' (one of: {fields})"),
            field=unknown[0],
            fields=", ".join(ENTRY_FIELDS),
        )
    out: dict[str, Any] = {}
    if "party" in values:
        try:
            out["party"] = check_party(str(values["party"]))
        except ValueError:
            raise ValidationError(
                msg("'{party}' is not a party (a or b)"), party=values["party"]
            ) from None
    if "as_of" in values:
        out["as_of"] = check_date("reporting date", values["as_of"], optional=False)
    if "status" in values:
        status = values["status"]
        try:
            code = (
                status.value
                if isinstance(status, ProgressStatus)
                else ProgressStatus.parse(str(status)).value
            )
        except ValueError:
            raise ValidationError(
                msg("Progress status: '{value}' is not a known status (one of: {codes})"),
                value=status,
                codes=", ".join(m.value for m in ProgressStatus),
            ) from None
        out["status"] = code
    if "text" in values:
        out["text"] = check_text("progress text", values["text"] or "", max_chars=_TEXT_CHARS)
    if "documents" in values:
        out["documents"] = check_text(
            "documents", values["documents"] or "", max_chars=_DOCUMENTS_CHARS
        )
    if "event_date" in values:
        out["event_date"] = check_date("event date", values["event_date"])
    return out


def _entry_values(
    party: str,
    as_of: date,
    status: ProgressStatus | str,
    text: str,
    event_date: date | None,
    documents: str,
) -> dict[str, Any]:
    """A new entry's columns, checked (raises ValidationError naming the field)."""
    values = check_entry_values(
        {
            "party": party,
            "as_of": as_of,
            "status": status,
            "text": text,
            "event_date": event_date,
            "documents": documents,
        }
    )
    _check_event_date(values["as_of"], values["event_date"])
    return values


def _check_event_date(as_of: date, event_date: date | None) -> None:
    if event_date is not None and event_date > as_of:
        raise ValidationError(
            msg(
                "The event date {event} is after the reporting date {as_of}: an entry "
                "reports what took place by its date"
            ),
            event=event_date.isoformat(),
            as_of=as_of.isoformat(),
        )


class ProgressService:
    """Reads and changes progress entries, through a :class:`PlanService`'s unit of work."""

    def __init__(self, plans: PlanService) -> None:
        self.plans = plans

    @property
    def store(self) -> Any:
        """The store (``retrying`` runs the changes through it)."""
        return self.plans.store

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with translated_errors(self.store.describe()), self.store.session() as session:
            yield session

    # -- reads ------------------------------------------------------------------------------

    def list_entries(self, measure_id: int) -> list[ProgressEntry]:
        """A measure's entries, newest reporting date first (party A before B on a date)."""
        with self._read() as session:
            rows = session.scalars(
                select(EntryRow)
                .where(EntryRow.measure_id == measure_id)
                .order_by(EntryRow.as_of.desc(), EntryRow.party, EntryRow.id.desc())
            )
            return [entry_from_row(r) for r in rows]

    def get_entry(self, entry_id: int) -> ProgressEntry:
        """The entry with this id."""
        with self._read() as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise NotFoundError(
                    msg("There is no progress entry with id {id} (someone may have deleted it)"),
                    id=entry_id,
                )
            return entry_from_row(row)

    def plan_entries(
        self, plan_id: int, as_of: date | None = None
    ) -> dict[int, list[ProgressEntry]]:
        """Every entry of a plan's measures (on or before ``as_of``), by measure id."""
        # Plain rows, not ORM objects: a report of 10,000 measures reads 20,000 entries.
        table = EntryRow.__table__
        stmt = (
            select(table)
            .join(Measure, Measure.id == table.c.measure_id)
            .where(Measure.plan_id == plan_id)
            .order_by(table.c.measure_id, table.c.as_of, table.c.id)
        )
        if as_of is not None:
            stmt = stmt.where(table.c.as_of <= as_of)
        out: dict[int, list[ProgressEntry]] = {}
        with self._read() as session:
            for row in session.execute(stmt).mappings():
                entry = ProgressEntry(
                    id=row["id"],
                    measure_id=row["measure_id"],
                    party=row["party"],
                    as_of=row["as_of"],
                    status=ProgressStatus(row["status"]),
                    text=row["text"],
                    event_date=row["event_date"],
                    documents=row["documents"],
                    created_at=row["created_at"],
                    created_by=row["created_by"],
                    updated_at=row["updated_at"],
                    updated_by=row["updated_by"],
                    version=row["version"],
                )
                out.setdefault(entry.measure_id, []).append(entry)
        return out

    def entry_on(self, measure_id: int, party: str, as_of: date) -> ProgressEntry | None:
        """The party's entry for exactly this reporting date (the last recorded), if any."""
        with self._read() as session:
            row = session.scalars(
                select(EntryRow)
                .where(
                    EntryRow.measure_id == measure_id,
                    EntryRow.party == check_party(party),
                    EntryRow.as_of == as_of,
                )
                .order_by(EntryRow.id.desc())
            ).first()
            return None if row is None else entry_from_row(row)

    def status_manual(self, measure_ids: Iterable[int]) -> dict[int, bool]:
        """Whether each measure's status was set by hand."""
        ids = list(measure_ids)
        out: dict[int, bool] = {}
        with self._read() as session:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                for mid, manual in session.execute(
                    select(Measure.id, Measure.status_manual).where(Measure.id.in_(chunk))
                ):
                    out[mid] = bool(manual)
        return out

    # -- changes ----------------------------------------------------------------------------

    @retrying
    def add_entry(
        self,
        measure_id: int,
        party: str,
        as_of: date,
        status: ProgressStatus | str,
        *,
        text: str = "",
        event_date: date | None = None,
        documents: str = "",
    ) -> ProgressEntry:
        """Add a party's entry on a measure as of a reporting date."""
        values = _entry_values(party, as_of, status, text, event_date, documents)
        with self.plans.change("Add progress entry") as (session, changes):
            measure = self._measure(session, measure_id)
            changes.plan_id = measure.plan_id
            row = self._insert(session, measure_id, values)
            changes.add("progress", row.id)
            self._derive(session, measure, changes)
            return entry_from_row(row)

    @retrying
    def update_entry(
        self, entry_id: int, *, if_version: int | None = None, **values: Any
    ) -> ProgressEntry:
        """Change fields of an entry (``if_version``: only if still at that version)."""
        columns = check_entry_values(values)
        with self.plans.change("Edit progress entry") as (session, changes):
            row = self._entry(session, entry_id)
            self._check_version(row, if_version)
            measure = self._measure(session, row.measure_id)
            changes.plan_id = measure.plan_id
            _check_event_date(
                columns.get("as_of", row.as_of), columns.get("event_date", row.event_date)
            )
            if self._rewrite(session, row, columns, changes):
                self._derive(session, measure, changes)
            return entry_from_row(row)

    @retrying
    def delete_entry(self, entry_id: int, *, if_version: int | None = None) -> ProgressEntry:
        """Delete an entry; returns what it was."""
        with self.plans.change("Delete progress entry") as (session, changes):
            row = self._entry(session, entry_id)
            self._check_version(row, if_version)
            gone = entry_from_row(row)
            measure = self._measure(session, row.measure_id)
            changes.plan_id = measure.plan_id
            self.plans.recorder.capture("progress", [entry_id])
            session.delete(row)
            session.flush()
            changes.remove("progress", entry_id)
            self._derive(session, measure, changes)
            return gone

    @retrying
    def record(
        self,
        measure_id: int,
        party: str,
        as_of: date,
        status: ProgressStatus | str,
        *,
        text: str = "",
        event_date: date | None = None,
        documents: str = "",
    ) -> ProgressEntry:
        """A reporting round's "save": the party's entry for that date, added or replaced.

        One entry per measure, party and reporting date: typing the round again
        changes the entry it made instead of adding another.
        """
        values = _entry_values(party, as_of, status, text, event_date, documents)
        with self.plans.change("Record progress") as (session, changes):
            measure = self._measure(session, measure_id)
            changes.plan_id = measure.plan_id
            row = session.scalars(
                select(EntryRow)
                .where(
                    EntryRow.measure_id == measure_id,
                    EntryRow.party == values["party"],
                    EntryRow.as_of == values["as_of"],
                )
                .order_by(EntryRow.id.desc())
            ).first()
            if row is None:
                row = self._insert(session, measure_id, values)
                changes.add("progress", row.id)
            elif not self._rewrite(session, row, values, changes):
                return entry_from_row(row)
            self._derive(session, measure, changes)
            return entry_from_row(row)

    @retrying
    def set_status_manual(self, measure_id: int, manual: bool) -> None:
        """Keep the measure's status as set by hand, or let progress entries derive it again."""
        name = "Keep status set by hand" if manual else "Derive status from progress"
        with self.plans.change(name) as (session, changes):
            measure = self._measure(session, measure_id)
            changes.plan_id = measure.plan_id
            if bool(measure.status_manual) == manual:
                return
            self.plans.recorder.capture("measure", [measure_id], ("status_manual", "status"))
            measure.status_manual = manual
            session.flush()
            changes.change("measure", measure_id)
            self._derive(session, measure, changes)

    # -- plumbing ---------------------------------------------------------------------------

    def _rewrite(
        self, session: Session, row: EntryRow, values: Mapping[str, Any], changes: ChangeSet
    ) -> bool:
        """Give an entry these values (recorded for undo); False when it had them all."""
        self.plans.recorder.capture("progress", [row.id])
        dirty = {k: v for k, v in values.items() if getattr(row, k) != v}
        if not dirty:
            return False
        for key, value in dirty.items():
            setattr(row, key, value)
        row.updated_at = now()
        row.updated_by = self.plans.actor
        session.flush()
        changes.change("progress", row.id)
        return True

    def _insert(self, session: Session, measure_id: int, values: Mapping[str, Any]) -> EntryRow:
        stamp = now()
        row = EntryRow(
            measure_id=measure_id,
            created_at=stamp,
            updated_at=stamp,
            created_by=self.plans.actor,
            updated_by=self.plans.actor,
            version=1,
            **values,
        )
        session.add(row)
        session.flush()
        self.plans.recorder.note_insert("progress", [row.id])
        return row

    @staticmethod
    def _measure(session: Session, measure_id: int) -> Measure:
        row = session.get(Measure, measure_id)
        if row is None:
            raise NotFoundError(msg("There is no measure with id {id}"), id=measure_id)
        return row

    @staticmethod
    def _entry(session: Session, entry_id: int) -> EntryRow:
        row = session.get(EntryRow, entry_id)
        if row is None:
            raise NotFoundError(
                msg("There is no progress entry with id {id} (someone may have deleted it)"),
                id=entry_id,
            )
        return row

    @staticmethod
    def _check_version(row: EntryRow, if_version: int | None) -> None:
        if if_version is not None and row.version != if_version:
            who = row.updated_by or "someone"
            raise ConflictError(
                msg(
                    "The progress entry was changed by {actor} at {time} (version {version}, "
                    "not {read}); nothing was written"
                ),
                actor=who,
                time=f"{row.updated_at:%Y-%m-%d %H:%M}",
                version=row.version,
                read=if_version,
            )

    def _derive(self, session: Session, measure: Measure, changes: ChangeSet) -> None:
        """Give the measure the status its entries derive, unless it was set by hand."""
        if measure.status_manual:
            return
        rows = session.scalars(select(EntryRow).where(EntryRow.measure_id == measure.id))
        status = derived_status(entry_from_row(r) for r in rows)
        if status is None or status.value == measure.status:
            return
        self.plans.recorder.capture("measure", [measure.id], ("status",))
        measure.status = status.value
        session.flush()
        changes.change("measure", measure.id)
