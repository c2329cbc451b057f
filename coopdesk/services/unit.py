"""One change: a transaction, the rows it touched before and after, its undo step and history.

Every service change runs inside a :class:`UnitOfWork`. The service says which rows
it is about to touch (:meth:`Recorder.capture`, or :meth:`Recorder.note_update` /
:meth:`Recorder.note_insert` when it already knows both sides); when the work is
done, still inside the same transaction, the recorder compares those rows with
what they hold now and writes

* one ``change_step`` row: the step's name, who and when, its **inverse** (what
  undoing it must put back, as JSON) and the change set other windows apply;
* one ``change_field`` row per field that changed (old and new value), which is
  what the History panel reads;
* a raised ``version`` (with ``updated_at`` and ``updated_by``) on every row whose
  content changed, so a later change based on the old version is refused.

Undo is then nothing but "apply the inverse of step N" in a new unit of work, which
records its own inverse (the redo) the same way: the approach of Gramps' ``DbTxn``.
Positions, numbers and codes follow the tree: renumbering is recorded in the
inverse (undo puts numbers back) but raises no version and writes no history rows.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from coopdesk.domain.validation import field_label
from coopdesk.errors import ConflictError, Text, msg
from coopdesk.services.changes import ChangeSet, Entity
from coopdesk.services.numbering import park_positions
from coopdesk.store.schema import (
    Agency,
    ChangeField,
    ChangeStep,
    Measure,
    MeasureAgency,
    Plan,
    ProgressEntry,
    Sector,
)

TABLES: dict[str, Table] = {
    "plan": Plan.__table__,  # type: ignore[dict-item]
    "sector": Sector.__table__,  # type: ignore[dict-item]
    "measure": Measure.__table__,  # type: ignore[dict-item]
    # The agency directory and measures' links to it (issue 16, services/agencies.py).
    "agency": Agency.__table__,  # type: ignore[dict-item]
    "measure_agency": MeasureAgency.__table__,  # type: ignore[dict-item]
    # Each party's progress on a measure (issue 16, services/progress.py).
    "progress": ProgressEntry.__table__,  # type: ignore[dict-item]
}

#: Columns that are bookkeeping, never part of a diff, an inverse or a history row.
BOOKKEEPING = frozenset({"id", "version", "updated_at", "updated_by", "created_at"})

#: Columns that follow the tree (renumbering): recorded for undo, but they raise no
#: version and write no history row.
PLACEMENT: dict[str, frozenset[str]] = {
    "plan": frozenset(),
    "sector": frozenset({"position", "code"}),
    "measure": frozenset({"position", "number", "number_pinned"}),
    "agency": frozenset(),
    "measure_agency": frozenset(),
    "progress": frozenset(),
}

#: Rows recorded for undo that write no history rows: a measure's links to the agency
#: directory (its responsible text, a measure field, says what a document prints).
QUIET = frozenset({"measure_agency"})

#: Columns derived from others (the timing's span from its words), or links the store
#: keeps for a measure (its origin in the previous plan): no history rows.
DERIVED = frozenset({"timing_start", "timing_end", "timing_precision", "carried_from_id"})

#: Parents before children (inserting), children before parents (deleting).
ORDER: tuple[Entity, ...] = ("plan", "sector", "measure", "agency", "measure_agency", "progress")

#: Rows read per IN list.
CHUNK = 500


def now() -> datetime:
    """The time stamp stored with changes: UTC, whole seconds."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def encode(value: Any) -> Any:
    """A column value as JSON can hold it."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def decode(table: Table, column: str, value: Any) -> Any:
    """A column value back from :func:`encode`."""
    if value is None:
        return None
    kind = table.c[column].type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def as_text(value: Any) -> str | None:
    """A value as the History panel shows it (None stays None)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(encode(value))


@dataclass(slots=True)
class StepInfo:
    """Who is making a change, from where, and what it is (for the change_step row)."""

    name: str
    actor: str = ""
    origin: str = ""
    kind: str = "do"
    target_id: int | None = None
    source: str = ""
    #: Whether rows inserted by this change get a "created" history row each (an import
    #: of thousands of rows is one history entry naming its file instead).
    history_of_inserts: bool = True


@dataclass(slots=True)
class Recorder:
    """The rows a change touches, before and after, inside its transaction."""

    session: Session
    #: entity -> id -> the row's values before (only the captured columns), or None
    #: for a row this change inserted.
    before: dict[str, dict[int, dict[str, Any] | None]] = field(default_factory=dict)
    #: entity -> id -> values after, when the service told them (no re-read needed).
    known_after: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    #: entity -> id -> values after that the change wrote and knows (versions still
    #: raised by :meth:`finish`; see :meth:`note_written`).
    written_after: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    #: entity -> columns captured (None: every column).
    captured_columns: dict[str, set[str] | None] = field(default_factory=dict)
    #: Inserted rows that get no history row (bulk imports).
    quiet_inserts: set[tuple[str, int]] = field(default_factory=set)
    #: entity -> rows written in bulk with version 1 and no history row, kept as a plain
    #: list: undo deletes them, nothing is read back (an import adds 300,000 at once).
    bulk_inserts: dict[str, list[int]] = field(default_factory=dict)
    #: Whether :meth:`finish` already notified listening windows (PostgreSQL).
    announced: bool = False
    #: Row updates the service left for :meth:`finish` to write with the step.
    pending: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)

    def write_row(self, entity: Entity, ident: int, values: Mapping[str, Any]) -> None:
        """Have :meth:`finish` write these columns of a row (with the step, in one go)."""
        self.pending.setdefault((entity, ident), {}).update(values)

    def _write_pending(self, connection: Any) -> None:
        sqlite = connection.dialect.name == "sqlite"
        for (entity, ident), values in self.pending.items():
            table = TABLES[entity]
            if sqlite:
                # Straight to the driver (an edit's one UPDATE), in SQLAlchemy's formats.
                sql = _sqlite_update(entity, tuple(values))
                row = [_sqlite_value(table, column, v) for column, v in values.items()]
                connection.exec_driver_sql(sql, (*row, ident))
            else:
                connection.execute(update(table).where(table.c.id == ident).values(**values))
        self.pending.clear()

    def capture(
        self, entity: Entity, ids: Iterable[int], columns: Sequence[str] | None = None
    ) -> None:
        """Remember these rows as they are now (the first capture of a row wins).

        ``columns`` limits what is kept (a bulk status change keeps only the status);
        a row about to be deleted must be captured whole (``columns=None``).
        """
        table = TABLES[entity]
        self._unbulk(entity)
        seen = self.before.setdefault(entity, {})
        wanted = [i for i in dict.fromkeys(ids) if i not in seen]
        if not wanted:
            return
        if columns is None:
            self.captured_columns[entity] = None
            names = [c.name for c in table.columns]
        else:
            known = self.captured_columns.get(entity, set())
            if known is not None:
                self.captured_columns[entity] = known | set(columns) | {"id"}
            names = ["id", *[c for c in columns if c != "id"]]
        self.session.flush()
        cols = [table.c[n] for n in names]
        connection = self.session.connection()
        found: dict[int, dict[str, Any]] = {}
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            for row in connection.execute(select(*cols).where(table.c.id.in_(chunk))):
                values = dict(row._mapping)
                found[values["id"]] = values
        for ident in wanted:
            if ident in found:
                seen[ident] = found[ident]
        if entity == "measure" and columns is None:
            # A measure captured whole may be deleted: its progress entries go with it
            # (ON DELETE CASCADE), so undo must be able to put them back too.
            entries = TABLES["progress"]
            ids = list(found)
            children = [
                r[0]
                for start in range(0, len(ids), CHUNK)
                for r in connection.execute(
                    select(entries.c.id).where(entries.c.measure_id.in_(ids[start : start + CHUNK]))
                )
            ]
            if children:
                self.capture("progress", children)
            # Measures carried over from it lose their link (ON DELETE SET NULL): their
            # link is kept, so undo ties them to it again.
            measures = TABLES["measure"]
            pointing = [
                r[0]
                for start in range(0, len(ids), CHUNK)
                for r in connection.execute(
                    select(measures.c.id).where(
                        measures.c.carried_from_id.in_(ids[start : start + CHUNK])
                    )
                )
            ]
            pointing = [i for i in pointing if i not in seen]
            if pointing:
                self.capture("measure", pointing, ["carried_from_id"])

    def note_insert(
        self, entity: Entity, ids: Iterable[int], *, history: bool = True, fresh: bool = False
    ) -> None:
        """These rows are new in this change (undo deletes them).

        ``history=False`` writes no "created" row per row (a bulk import is one entry);
        ``fresh=True`` says they were written with version 1, so nothing is read back.
        """
        if fresh and not history:
            self.bulk_inserts.setdefault(entity, []).extend(ids)
            return
        self._note_inserted(entity, ids, history=history, fresh=fresh)

    def _unbulk(self, entity: str) -> None:
        """Before a row of ``entity`` is captured or told changed: its bulk inserts join
        the rows kept one by one, so a row both added and changed stays an addition."""
        ids = self.bulk_inserts.pop(entity, None)
        if ids:
            self._note_inserted(entity, ids, history=False, fresh=True)

    def _note_inserted(
        self, entity: str, ids: Iterable[int], *, history: bool, fresh: bool
    ) -> None:
        seen = self.before.setdefault(entity, {})
        known = self.known_after.setdefault(entity, {}) if fresh else None
        for ident in ids:
            seen.setdefault(ident, None)
            if not history:
                self.quiet_inserts.add((entity, ident))
            if known is not None:
                known[ident] = {"id": ident, "version": 1}

    def note_update(
        self, entity: Entity, ident: int, old: Mapping[str, Any], new: Mapping[str, Any]
    ) -> None:
        """A row's columns changed from ``old`` to ``new`` (the service knows both)."""
        self._unbulk(entity)
        seen = self.before.setdefault(entity, {})
        if ident in seen:
            # Captured earlier: its before values stand; the re-read finds the after.
            return
        seen[ident] = {"id": ident, **old}
        self.known_after.setdefault(entity, {})[ident] = {"id": ident, **new}

    def note_written(
        self, entity: Entity, rows: Mapping[int, Mapping[str, Any]], *, bumped: bool = False
    ) -> None:
        """Rows this change wrote whose new values are known: not read back at the end.

        :meth:`finish` raises their versions as for any change of content, unless the
        writer raised them itself (``bumped``, as :meth:`note_update`'s edits do).
        """
        target = self.known_after if bumped else self.written_after
        target.setdefault(entity, {}).update({ident: dict(row) for ident, row in rows.items()})

    def seed(
        self, entity: Entity, rows: Mapping[int, Mapping[str, Any]], columns: Sequence[str]
    ) -> None:
        """Rows as they were before this change, read already (see :func:`prepare_inverse`)."""
        known = self.captured_columns.get(entity, set())
        if known is not None:
            self.captured_columns[entity] = known | set(columns) | {"id"}
        self._unbulk(entity)
        seen = self.before.setdefault(entity, {})
        for ident, row in rows.items():
            seen.setdefault(ident, {"id": ident, **{k: row[k] for k in columns}})

    def note_placements(self, placements: Mapping[int, tuple[int, int, str, bool]]) -> None:
        """Measures renumbering displaced: (sector_id, position, number, pinned) before."""
        if placements:
            self._unbulk("measure")
        seen = self.before.setdefault("measure", {})
        for mid, (sid, pos, num, pin) in placements.items():
            if mid not in seen:
                seen[mid] = {
                    "id": mid,
                    "sector_id": sid,
                    "position": pos,
                    "number": num,
                    "number_pinned": bool(pin),
                }

    # -- after ------------------------------------------------------------------------------

    def _read_after(self, entity: str, ids: list[int]) -> dict[int, dict[str, Any]]:
        table = TABLES[entity]
        columns = self.captured_columns.get(entity, set())
        if columns is None or not columns:
            names = [c.name for c in table.columns]
        else:
            extra = {"version", "updated_by", "updated_at"} & set(table.c.keys())
            names = sorted(
                (columns | {"id"} | extra)
                | {k for v in self.before[entity].values() if v for k in v}
            )
        cols = [table.c[n] for n in names]
        connection = self.session.connection()
        out: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for row in connection.execute(select(*cols).where(table.c.id.in_(chunk))):
                values = dict(row._mapping)
                out[values["id"]] = values
        return out

    def _read_inserted(self, entity: str, ids: list[int]) -> dict[int, dict[str, Any]]:
        """Version and label of new rows (a bulk import reads no more than that)."""
        table = TABLES[entity]
        label = [table.c[n] for n in ("title", "number", "name", "code") if n in table.c]
        connection = self.session.connection()
        out: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for row in connection.execute(
                select(table.c.id, table.c.version, *label).where(table.c.id.in_(chunk))
            ):
                values = dict(row._mapping)
                out[values["id"]] = values
        return out

    def finish(self, info: StepInfo, changes: ChangeSet, stamp: datetime) -> int | None:
        """Write the step, its history rows and raised versions; returns the step id.

        Returns None when nothing changed (no step is recorded).
        """
        self.session.flush()
        connection = self.session.connection()
        folded = None
        if connection.dialect.name == "postgresql" and len(self.pending) == 1:
            folded = self.pending.popitem()  # written in the step's own statement below
        else:
            self._write_pending(connection)
        self.note_placements(changes.placements_before)
        inverse: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        bumps: dict[str, list[int]] = {}
        for entity in ORDER:
            rows = self.before.get(entity) or {}
            bulk = self.bulk_inserts.get(entity, [])
            if not rows and not bulk:
                continue
            placement = PLACEMENT[entity]
            known = self.known_after.get(entity, {})
            reread = [i for i, old in rows.items() if i not in known and old is not None]
            after = dict(known)
            written = self.written_after.get(entity)
            if written:
                after.update({i: written[i] for i in reread if i in written})
                reread = [i for i in reread if i not in written]
            if reread:
                after.update(self._read_after(entity, reread))
            fresh = [i for i, old in rows.items() if old is None and i not in known]
            if fresh:
                after.update(self._read_inserted(entity, fresh))
            inserted: list[int] = []
            for ident, old in rows.items():
                new = after.get(ident)
                if old is None and new is None:
                    continue
                if old is None:
                    inserted.append(ident)
                    if (entity, ident) not in self.quiet_inserts:
                        history.append(_history(entity, ident, "created", None, _label(new)))
                    continue
                if new is None:
                    inverse.append(
                        {
                            "e": entity,
                            "op": "delete",
                            "row": {k: encode(v) for k, v in old.items()},
                        }
                    )
                    history.append(_history(entity, ident, "deleted", _label(old), None))
                    continue
                diff = [
                    k for k, v in old.items() if k not in BOOKKEEPING and k in new and new[k] != v
                ]
                if not diff:
                    continue
                inverse.append(
                    {
                        "e": entity,
                        "op": "update",
                        "id": ident,
                        "before": {k: encode(old[k]) for k in diff},
                        "after": {k: encode(new[k]) for k in diff},
                    }
                )
                content = [k for k in diff if k not in placement]
                explicit = ident in known
                if content:
                    if not explicit:
                        bumps.setdefault(entity, []).append(ident)
                    for k in content:
                        if k not in DERIVED:
                            history.append(_history(entity, ident, k, old[k], new[k]))
                elif explicit:
                    # A number typed by hand is the user's edit: keep it on record.
                    for k in diff:
                        if k == "number":
                            history.append(_history(entity, ident, k, old[k], new[k]))
            if inserted or bulk:
                inverse.append(
                    {
                        "e": entity,
                        "op": "insert",
                        "ids": [*inserted, *bulk],
                        "v": [after[i]["version"] for i in inserted] + [1] * len(bulk),
                    }
                )
        history = [h for h in history if h["entity"] not in QUIET]
        if not inverse:
            if folded is not None:
                self.pending[folded[0]] = folded[1]
                self._write_pending(connection)
            return None
        changes.fields, changes.at = history, stamp
        connection = self.session.connection()
        for name, ids in bumps.items():
            table = TABLES[name]
            values: dict[str, Any] = {"version": table.c.version + 1}
            if "updated_at" in table.c:
                values["updated_at"] = stamp
            if "updated_by" in table.c:
                values["updated_by"] = info.actor
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                connection.execute(update(table).where(table.c.id.in_(chunk)).values(**values))
        params = {
            "plan_id": changes.plan_id,
            "name": changes.name,
            "actor": info.actor,
            "at": stamp,
            "kind": info.kind,
            "target_id": info.target_id,
            "undone": False,
            "origin": info.origin,
            "source": info.source,
            "inverse": json.dumps(inverse, ensure_ascii=False, separators=(",", ":")),
            "changes": json.dumps(changes.to_json(), ensure_ascii=False, separators=(",", ":")),
        }
        if connection.dialect.name == "postgresql":
            # One round trip for the row, the step, its history rows and the notification.
            sql = _pg_driver_sql(str(_PG_STEP.text))
            extra: dict[str, Any] = {}
            if folded is not None:
                (table_name, ident), values = folded
                sql = _pg_driver_sql(str(_pg_step_with_row(table_name, tuple(values)).text))
                extra = {f"w_{column}": value for column, value in values.items()}
                extra["w_id"] = ident
            # Straight to psycopg: one statement whose parameters SQLAlchemy need not process.
            cursor = connection.connection.cursor()
            try:
                cursor.execute(
                    sql,
                    {
                        **extra,
                        **params,
                        "entities": [h["entity"] for h in history],
                        "ids": [h["entity_id"] for h in history],
                        "fields": [h["field"] for h in history],
                        "olds": [h["old"] for h in history],
                        "news": [h["new"] for h in history],
                        "channel": CHANNEL,
                    },
                )
                found = cursor.fetchone()
                assert found is not None  # the step's INSERT always returns its id
                step_id = found[0]
            finally:
                cursor.close()
            self.announced = True
            return int(step_id)
        if connection.dialect.name == "sqlite":
            # Straight to the driver, one statement: the step's history rows travel with
            # it as JSON and SQLite's trigger writes them (migration 0009).
            fields = (
                json.dumps(
                    [
                        [h["entity"], h["entity_id"], h["field"], h["old"], h["new"]]
                        for h in history
                    ],
                    ensure_ascii=False,
                    separators=(",", ":"),
                )
                if history
                else None
            )
            cursor = connection.connection.cursor()
            try:
                cursor.execute(
                    _SQLITE_STEP,
                    (
                        params["plan_id"],
                        params["name"],
                        params["actor"],
                        stamp.isoformat(sep=" ", timespec="microseconds"),
                        params["kind"],
                        params["target_id"],
                        0,
                        params["origin"],
                        params["source"],
                        params["inverse"],
                        params["changes"],
                        fields,
                    ),
                )
                step_id = cursor.lastrowid
            finally:
                cursor.close()
            return int(step_id)
        step_id = connection.execute(_STEP_INSERT, params).scalar_one()
        if history:
            for row in history:
                row["step_id"] = step_id
                row["plan_id"] = changes.plan_id
            connection.execute(_FIELD_INSERT, history)
        return int(step_id)


#: Built once: statements with bound parameters are compiled once and cached.
_STEP_TABLE = cast(Table, ChangeStep.__table__)
_STEP_INSERT = insert(_STEP_TABLE).returning(_STEP_TABLE.c.id)
_FIELD_INSERT = insert(cast(Table, ChangeField.__table__))
_SQLITE_STEP = (
    "INSERT INTO change_step (plan_id, name, actor, at, kind, target_id, undone, origin, "
    "source, inverse, changes, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_PG_STEP = text(
    """
    WITH s AS (
        INSERT INTO change_step
            (plan_id, name, actor, at, kind, target_id, undone, origin, source, inverse, changes)
        VALUES (CAST(:plan_id AS integer), :name, :actor, :at, :kind,
                CAST(:target_id AS integer), :undone, :origin, :source, :inverse, :changes)
        RETURNING id
    ), f AS (
        INSERT INTO change_field (step_id, plan_id, entity, entity_id, field, old, new)
        SELECT s.id, CAST(:plan_id AS integer), u.e, u.i, u.f, u.o, u.n
        FROM s, unnest(CAST(:entities AS text[]), CAST(:ids AS integer[]),
                       CAST(:fields AS text[]), CAST(:olds AS text[]), CAST(:news AS text[]))
             AS u(e, i, f, o, n)
    )
    SELECT id, pg_notify(:channel, CAST(id AS text)) FROM s
    """
)


@functools.lru_cache(maxsize=256)
def _pg_driver_sql(statement: str) -> str:
    """A ``:name`` statement in psycopg's ``%(name)s`` style (cached)."""
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", statement.replace("%", "%%"))


@functools.lru_cache(maxsize=256)
def _sqlite_update(table_name: str, columns: tuple[str, ...]) -> str:
    """UPDATE of these columns of one row, for the SQLite driver (cached per column set)."""
    sets = ", ".join(f"{column} = ?" for column in columns)
    return f"UPDATE {table_name} SET {sets} WHERE id = ?"


def _sqlite_value(table: Table, column: str, value: Any) -> Any:
    """A value as SQLAlchemy stores it on SQLite (dates as text, booleans as 0/1)."""
    if value is None:
        return None
    kind = table.c[column].type
    if isinstance(kind, DateTime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(kind, Date):
        return value.isoformat()
    if isinstance(kind, Boolean):
        return int(bool(value))
    return value


@functools.lru_cache(maxsize=256)
def _pg_step_with_row(table_name: str, columns: tuple[str, ...]) -> Any:
    """The step statement that also writes one row's columns (one per column set, cached)."""
    sets = ", ".join(f"{column} = :w_{column}" for column in columns)
    return text(
        f"WITH w AS (UPDATE {table_name} SET {sets} WHERE id = :w_id), "
        + str(_PG_STEP.text).strip().removeprefix("WITH ")
    )


def _label(values: Mapping[str, Any] | None) -> str | None:
    if not values:
        return None
    for key in ("title", "name", "code"):
        if values.get(key):
            number = values.get("number")
            return f"{number} {values[key]}" if number and key == "title" else str(values[key])
    return None


def _history(entity: str, ident: int, name: str, old: Any, new: Any) -> dict[str, Any]:
    return {
        "entity": entity,
        "entity_id": ident,
        "field": name,
        "old": as_text(old),
        "new": as_text(new),
    }


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A field two people changed: what this change wanted, what the store holds now."""

    measure_id: int
    number: str
    field: str
    base: Any
    ours: Any
    theirs: Any
    by: str
    at: datetime | None

    def describe(self) -> str:
        """One sentence naming who changed what and when (English)."""
        return str(self.text())

    def text(self) -> Text:
        """:meth:`describe` as a message the window translates."""
        params: dict[str, object] = {
            "number": self.number,
            "actor": self.by or Text(msg("someone")),
            "field": Text(FIELD_WORDS.get(self.field, self.field.replace("_", " "))),
            "theirs": _short(self.theirs),
            "base": _short(self.base),
        }
        if self.at:
            return Text(
                msg(
                    "Measure {number}: {actor} changed the {field} at {time} to “{theirs}” "
                    "after you read “{base}”"
                ),
                time=f"{self.at:%Y-%m-%d %H:%M}",
                **params,
            )
        return Text(
            msg(
                "Measure {number}: {actor} changed the {field} to “{theirs}” after you read "
                "“{base}”"
            ),
            **params,
        )


#: A measure's fields as a sentence names them ("changed the responsible a").
FIELD_WORDS: dict[str, str] = {
    "number": msg("number"),
    "title": msg("title"),
    "description": msg("description"),
    "kind": msg("kind"),
    "level": msg("level"),
    "framework": msg("framework"),
    "responsible_a": msg("responsible a"),
    "responsible_b": msg("responsible b"),
    "form": msg("form"),
    "timing": msg("timing"),
    "timing_text": msg("timing text"),
    "location": msg("location"),
    "status": msg("status"),
    "priority": msg("priority"),
    "notes": msg("notes"),
}


def _short(value: Any) -> str:
    text = "" if value is None else str(getattr(value, "text", value))
    return text if len(text) <= 60 else text[:57] + "…"


# -- applying an inverse (undo and redo) ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StaleRow:
    """A row an undo would overwrite that someone changed since."""

    entity: str
    id: int
    field: str
    expected: Any
    found: Any
    by: str
    at: datetime | None


#: From this many rows on, an undo made only of content updates reads and checks them
#: before it takes the write lock (:func:`prepare_inverse`).
PREPARE_MIN = 500


@dataclass(slots=True)
class Prepared:
    """What a big undo read before taking the write lock: rows, their columns, versions."""

    rows: dict[str, dict[int, dict[str, Any]]]
    columns: dict[str, list[str]]
    versions: dict[str, dict[int, int]]
    #: The newest step when the rows were read: none since, nothing moved.
    last_step: int = 0
    #: Who undoes, and when (the rows' ``updated_by`` and ``updated_at``).
    actor: str = ""
    stamp: datetime | None = None


def _bump(table: Table, prepared: Prepared) -> dict[str, Any]:
    """A raised version (and who, when) for rows an undo puts back."""
    values: dict[str, Any] = {"version": table.c.version + 1}
    if "updated_at" in table.c:
        values["updated_at"] = prepared.stamp or now()
    if "updated_by" in table.c:
        values["updated_by"] = prepared.actor
    return values


def prepare_inverse(session: Session, entries: Sequence[Mapping[str, Any]]) -> Prepared | None:
    """Check and read what a big undo will overwrite, outside the write lock.

    Undoing a status change of 30,000 measures spends most of its time reading those
    rows (to check nobody changed them since, and to record them for redo). Done here
    in a plain read, the write transaction only re-reads their versions: when none
    moved, what was read still holds (a content change always raises the version).
    Only for inverses made of content updates (no deletes, inserts, or places, which
    change without a version). Raises :class:`ConflictError` as the undo would.
    """
    if len(entries) < PREPARE_MIN or any(e["op"] != "update" for e in entries):
        return None
    if any(set(e["before"]) & (PLACEMENT[e["e"]] | BOOKKEEPING) for e in entries):
        return None
    stale = find_stale(session, entries, lock=False)
    if stale:
        raise ConflictError(describe_stale(stale), conflicts=stale)
    connection = session.connection()
    # Read first: a step committed while the rows are read shows as a newer step.
    last = connection.execute(select(func.max(ChangeStep.id))).scalar() or 0
    prepared = Prepared({}, {}, {}, last)
    for entity in ORDER:
        ups = [e for e in entries if e["e"] == entity]
        if not ups:
            continue
        table = TABLES[entity]
        columns = sorted({k for e in ups for k in e["before"]})
        ids = [e["id"] for e in ups]
        rows: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            query = select(table.c.id, table.c.version, *[table.c[c] for c in columns])
            for row in connection.execute(query.where(table.c.id.in_(chunk))):
                rows[row[0]] = dict(row._mapping)
        prepared.rows[entity] = rows
        prepared.columns[entity] = columns
        prepared.versions[entity] = {i: r["version"] for i, r in rows.items()}
    return prepared


def _still_holds(session: Session, prepared: Prepared) -> bool:
    """Inside the write lock: no row :func:`prepare_inverse` read has a new version."""
    connection = session.connection()
    # Every change is a step: when none was recorded since, nothing moved (one query).
    if (connection.execute(select(func.max(ChangeStep.id))).scalar() or 0) == prepared.last_step:
        return True
    for entity, versions in prepared.versions.items():
        table = TABLES[entity]
        ids = list(versions)
        seen = 0
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            query = select(table.c.id, table.c.version).where(table.c.id.in_(chunk))
            for ident, version in connection.execute(query.with_for_update()):
                seen += 1
                if versions[ident] != version:
                    return False
        if seen != len(ids):
            return False
    return True


def _put_back(
    connection: Any,
    table: Table,
    keys: Sequence[str],
    batch: Sequence[Mapping[str, Any]],
    extra: Mapping[str, Any] | None = None,
) -> None:
    """Write old values back: rows sharing the same values in one ``UPDATE … IN``.

    Undoing a status change of thousands of measures puts back a handful of distinct
    statuses: a statement per value and 500 ids, not one per row.
    """
    groups: dict[tuple[Any, ...], list[int]] = {}
    for row in batch:
        groups.setdefault(tuple(row[k] for k in keys), []).append(row["_id"])
    singles = [row for row in batch if len(groups[tuple(row[k] for k in keys)]) == 1]
    for values, ids in groups.items():
        if len(ids) == 1:
            continue
        for start in range(0, len(ids), CHUNK):
            connection.execute(
                update(table)
                .where(table.c.id.in_(ids[start : start + CHUNK]))
                .values({**dict(zip(keys, values, strict=True)), **(extra or {})})
            )
    if singles:
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({**{k: bindparam(k) for k in keys}, **(extra or {})})
        )
        connection.execute(statement, singles)


def apply_inverse(
    session: Session,
    recorder: Recorder,
    entries: Sequence[Mapping[str, Any]],
    changes: ChangeSet,
    prepared: Prepared | None = None,
) -> None:
    """Put back what ``entries`` (a step's inverse) recorded, refusing over others' work.

    Raises :class:`ConflictError` (nothing written) when a row it would change was
    changed since by someone else, was deleted, or when a row it would put back
    already exists again. ``prepared`` (from :func:`prepare_inverse`) spares the
    checks and reads it made when the rows' versions show nothing moved since.
    """
    if prepared is not None and _still_holds(session, prepared):
        for name, seen_rows in prepared.rows.items():
            recorder.seed(cast(Entity, name), seen_rows, prepared.columns[name])
    else:
        prepared = None
        stale = find_stale(session, entries)
        if stale:
            raise ConflictError(describe_stale(stale), conflicts=stale)
    connection = session.connection()
    # Measures going back to other places leave theirs first (one measure per place
    # of a sector), and so do measures this undo removes: recorded as they are, then
    # parked on free places (see numbering.park_positions).
    leaving = [i for e in entries if e["e"] == "measure" and e["op"] == "insert" for i in e["ids"]]
    placed = [
        e["id"]
        for e in entries
        if e["e"] == "measure" and e["op"] == "update" and "position" in e["before"]
    ]
    if placed:
        if leaving:
            recorder.capture("measure", leaving)
        kept = {
            k for e in entries if e["e"] == "measure" and e["op"] == "update" for k in e["before"]
        }
        recorder.capture("measure", placed, sorted(kept))
        park_positions(session, [*leaving, *placed])
    # 1. Rows the step deleted come back, parents first (sectors in tree order).
    for entity in ORDER:
        table = TABLES[entity]
        rows = [
            {k: decode(table, k, v) for k, v in e["row"].items()}
            for e in entries
            if e["e"] == entity and e["op"] == "delete"
        ]
        if not rows:
            continue
        if entity in ("sector", "agency"):
            rows = _parents_first(rows)
        # Rows come back exactly as they were (ids, numbers, versions, time stamps).
        # Rows with and without some columns must not share one executemany.
        by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            by_keys.setdefault(tuple(row), []).append(row)
        for batch in by_keys.values():
            if entity in ("sector", "agency"):
                for row in batch:  # parents must exist before their children
                    connection.execute(insert(table), [row])
            else:
                connection.execute(insert(table), batch)
        recorder.note_insert(entity, [r["id"] for r in rows])
        changes.add(entity, *(r["id"] for r in rows))
    # 2. Changed columns go back.
    for entity in ORDER:
        table = TABLES[entity]
        ups = [e for e in entries if e["e"] == entity and e["op"] == "update"]
        if not ups:
            continue
        columns = sorted({k for e in ups for k in e["before"]})
        recorder.capture(entity, [e["id"] for e in ups], columns)
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for e in ups:
            values = {k: decode(table, k, v) for k, v in e["before"].items()}
            by_columns.setdefault(tuple(sorted(values)), []).append({"_id": e["id"], **values})
        for keys, batch in by_columns.items():
            if prepared is None:
                _put_back(connection, table, keys, batch)
                continue
            # The versions are raised in the same statements (one pass over the rows),
            # and what was read before with what was just written is the row after:
            # nothing is read back.
            _put_back(connection, table, keys, batch, _bump(table, prepared))
            known = prepared.rows[entity]
            recorder.note_written(
                entity,
                {
                    row["_id"]: {
                        **known[row["_id"]],
                        **{k: v for k, v in row.items() if k != "_id"},
                    }
                    for row in batch
                },
                bumped=True,
            )
        changes.change(entity, *(e["id"] for e in ups))
    # 3. Rows the step inserted go, children first.
    for entity in reversed(ORDER):
        table = TABLES[entity]
        ids = [i for e in entries if e["e"] == entity and e["op"] == "insert" for i in e["ids"]]
        if not ids:
            continue
        if entity == "plan":
            # A plan takes its sectors and measures with it: record them for redo.
            for child, column in (("measure", "plan_id"), ("sector", "plan_id")):
                ctable = TABLES[child]
                child_ids = [
                    r[0]
                    for start in range(0, len(ids), CHUNK)
                    for r in connection.execute(
                        select(ctable.c.id).where(ctable.c[column].in_(ids[start : start + CHUNK]))
                    )
                ]
                if child_ids:
                    recorder.capture(child, child_ids)  # type: ignore[arg-type]
                    for start in range(0, len(child_ids), CHUNK):
                        connection.execute(
                            delete(ctable).where(ctable.c.id.in_(child_ids[start : start + CHUNK]))
                        )
                    changes.remove(child, *child_ids)  # type: ignore[arg-type]
        if entity == "sector":
            ctable = TABLES["measure"]
            child_ids = [
                r[0]
                for start in range(0, len(ids), CHUNK)
                for r in connection.execute(
                    select(ctable.c.id).where(ctable.c.sector_id.in_(ids[start : start + CHUNK]))
                )
            ]
            if child_ids:
                recorder.capture("measure", child_ids)
                connection.execute(delete(ctable).where(ctable.c.id.in_(child_ids)))
                changes.remove("measure", *child_ids)
            ids = _children_first(connection, table, ids)
        if entity == "agency":
            ids = _children_first(connection, table, ids)
        recorder.capture(entity, ids)
        for start in range(0, len(ids), CHUNK):
            connection.execute(delete(table).where(table.c.id.in_(ids[start : start + CHUNK])))
        changes.remove(entity, *ids)
    session.expire_all()


def _parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {r["id"]: r for r in rows}
    out: list[dict[str, Any]] = []
    done: set[int] = set()

    def visit(row: dict[str, Any]) -> None:
        if row["id"] in done:
            return
        parent = row.get("parent_id")
        if parent in by_id:
            visit(by_id[parent])
        done.add(row["id"])
        out.append(row)

    for row in rows:
        visit(row)
    return out


def _children_first(connection: Any, table: Table, ids: list[int]) -> list[int]:
    parents = dict(
        connection.execute(select(table.c.id, table.c.parent_id).where(table.c.id.in_(ids))).all()
    )
    depth: dict[int, int] = {}

    def level(ident: int) -> int:
        if ident not in depth:
            parent = parents.get(ident)
            depth[ident] = 0 if parent is None or parent not in parents else level(parent) + 1
        return depth[ident]

    return sorted(ids, key=lambda i: -level(i))


def find_stale(
    session: Session, entries: Sequence[Mapping[str, Any]], *, lock: bool = True
) -> list[StaleRow]:
    """What in the store no longer matches what the step left behind.

    ``lock`` takes the rows it reads (PostgreSQL ``FOR UPDATE``) for the change under
    way; :func:`prepare_inverse` reads without, before the write lock.
    """
    session.flush()
    connection = session.connection()
    stale: list[StaleRow] = []
    restored: dict[str, set[int]] = {}
    for e in entries:
        if e["op"] == "delete":
            restored.setdefault(e["e"], set()).add(e["row"]["id"])
    for entity in ORDER:
        table = TABLES[entity]
        has_who = "updated_by" in table.c
        who = [table.c.updated_by, table.c.updated_at] if has_who else []
        ups = [e for e in entries if e["e"] == entity and e["op"] == "update"]
        if ups:
            columns = sorted({k for e in ups for k in e["after"]})
            current: dict[int, dict[str, Any]] = {}
            ids = [e["id"] for e in ups]
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                query = select(table.c.id, *[table.c[c] for c in columns], *who).where(
                    table.c.id.in_(chunk)
                )
                for row in connection.execute(query.with_for_update() if lock else query):
                    current[row[0]] = dict(row._mapping)
            for e in ups:
                now_row = current.get(e["id"])
                if now_row is None:
                    stale.append(StaleRow(entity, e["id"], "", None, None, "", None))
                    continue
                for k, v in e["after"].items():
                    expected = decode(table, k, v)
                    if now_row[k] != expected:
                        stale.append(
                            StaleRow(
                                entity,
                                e["id"],
                                k,
                                expected,
                                now_row[k],
                                now_row.get("updated_by", "") or "",
                                now_row.get("updated_at"),
                            )
                        )
        dels = [e for e in entries if e["e"] == entity and e["op"] == "delete"]
        if dels:
            ids = [e["row"]["id"] for e in dels]
            existing = {
                r[0]
                for start in range(0, len(ids), CHUNK)
                for r in connection.execute(
                    select(table.c.id).where(table.c.id.in_(ids[start : start + CHUNK]))
                )
            }
            for ident in sorted(existing):
                stale.append(StaleRow(entity, ident, "", None, None, "", None))
            # Their parents must exist (or come back with them).
            parent_col = {
                "sector": ("plan", "plan_id"),
                "measure": ("sector", "sector_id"),
                "measure_agency": ("agency", "agency_id"),
                "progress": ("measure", "measure_id"),
            }
            if entity in parent_col:
                parent_entity, column = parent_col[entity]
                wanted = {e["row"][column] for e in dels} - restored.get(parent_entity, set())
                if wanted:
                    ptable = TABLES[parent_entity]
                    have = {
                        r[0]
                        for r in connection.execute(
                            select(ptable.c.id).where(ptable.c.id.in_(sorted(wanted)))
                        )
                    }
                    for missing in sorted(wanted - have):
                        stale.append(StaleRow(parent_entity, missing, "", None, None, "", None))
        versions = {
            i: v
            for e in entries
            if e["e"] == entity and e["op"] == "insert"
            for i, v in zip(e["ids"], e.get("v") or [None] * len(e["ids"]), strict=True)
        }
        if versions and entity != "plan":
            # Rows the step made, changed since by someone: deleting them would lose that.
            ins = list(versions)
            for start in range(0, len(ins), CHUNK):
                chunk = ins[start : start + CHUNK]
                for row in connection.execute(
                    select(table.c.id, table.c.version, *who)
                    .where(table.c.id.in_(chunk))
                    .with_for_update()
                ):
                    values = dict(row._mapping)
                    if versions[values["id"]] in (None, values["version"]):
                        continue
                    stale.append(
                        StaleRow(
                            entity,
                            values["id"],
                            "*",
                            None,
                            None,
                            values.get("updated_by", "") or "",
                            values.get("updated_at"),
                        )
                    )
    return stale


# Whole sentences per case, so that each language can order its words its own way.
_STALE_DELETED = {
    "measure": msg("A measure it touches was deleted or put back since"),
    "sector": msg("A sector it touches was deleted or put back since"),
    "plan": msg("The plan it touches was deleted or put back since"),
    "agency": msg("An agency it touches was deleted or put back since"),
    "measure_agency": msg("A measure's agency it touches was deleted or put back since"),
    "progress": msg("A progress entry it touches was deleted or put back since"),
}
_STALE_CHANGED = {
    "measure": msg("A measure was changed since"),
    "sector": msg("A sector was changed since"),
    "plan": msg("The plan was changed since"),
    "agency": msg("An agency was changed since"),
    "measure_agency": msg("A measure's agency was changed since"),
    "progress": msg("A progress entry was changed since"),
}
_STALE_FIELD = {
    "measure": msg("A measure ({field}) was changed since"),
    "sector": msg("A sector ({field}) was changed since"),
    "plan": msg("The plan ({field}) was changed since"),
    "agency": msg("An agency ({field}) was changed since"),
    "measure_agency": msg("A measure's agency ({field}) was changed since"),
    "progress": msg("A progress entry ({field}) was changed since"),
}


def describe_stale(stale: Sequence[StaleRow]) -> Text:
    """One sentence a user can act on (English by ``str()``, translated by the window)."""
    first = stale[0]
    params: dict[str, object] = {}
    if first.field == "":
        what = Text(_STALE_DELETED[first.entity])
    else:
        if first.field == "*":
            what = Text(_STALE_CHANGED[first.entity])
        else:
            what = Text(_STALE_FIELD[first.entity], field=field_label(first.field))
        if first.by and first.at:
            what = Text(
                msg("{what} by {actor} at {time}"),
                what=what,
                actor=first.by,
                time=f"{first.at:%Y-%m-%d %H:%M}",
            )
        elif first.by:
            what = Text(msg("{what} by {actor}"), what=what, actor=first.by)
        elif first.at:
            what = Text(msg("{what} at {time}"), what=what, time=f"{first.at:%Y-%m-%d %H:%M}")
    if len(stale) > 1:
        what = Text(msg("{what} (and {count} more)"), what=what, count=len(stale) - 1)
    params["what"] = what
    return Text(msg("{what}; undoing it would overwrite that work."), **params)


# -- who and where ------------------------------------------------------------------------------


def default_actor() -> str:
    """The OS login, the name recorded with changes until one is set in Preferences."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record something
        return "unknown"


def new_origin() -> str:
    """A token naming one window or command run in the change log."""
    import os
    import socket
    import uuid

    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


#: PostgreSQL channel that carries the id of each committed step.
CHANNEL = "coopdesk_changes"


def announce(session: Session, step_id: int) -> None:
    """Tell listening windows about a step, inside its own transaction.

    PostgreSQL delivers the NOTIFY on commit (never for a rolled-back change);
    SQLite windows notice the change through ``PRAGMA data_version`` instead.
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import text

        session.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": str(step_id)})
