"""Read queries that feed big views: plain rows straight from the driver.

The measures table of a 100,000-measure plan must load in about the time of a
raw ``SELECT``; building ORM objects costs several times that, so the table is fed
:class:`~coopdesk.domain.rows.MeasureRow` named tuples and nothing more.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    DateTime,
    Select,
    Table,
    func,
    insert,
    select,
)

from coopdesk.domain.bulk import gc_paused
from coopdesk.domain.rows import MEASURE_ROW_COLUMNS, MeasureRow
from coopdesk.store.schema import Measure

__all__ = [
    "INSERT_BATCH",
    "MEASURE_ROW_COLUMNS",
    "MeasureRow",
    "ids_where",
    "insert_measure_rows",
    "insert_measure_tuples",
    "measure_rows",
    "measure_rows_by_ids",
    "measure_rows_select",
    "stored_date",
    "stored_datetime",
]

#: Builds a MeasureRow from a tuple of its values in C (no Python call per row).
_new_row = tuple.__new__


def measure_rows_select(plan_id: int) -> Select[Any]:
    """The SELECT behind :func:`measure_rows` (also used by the benchmark)."""
    columns = [getattr(Measure, name) for name in MEASURE_ROW_COLUMNS]
    return (
        select(*columns)
        .where(Measure.plan_id == plan_id)
        .order_by(Measure.sector_id, Measure.position, Measure.id)
    )


def measure_rows_by_ids(connection: Connection, measure_ids: list[int]) -> list[MeasureRow]:
    """The rows of these measures (in chunks: IN lists stay small)."""
    columns = [getattr(Measure, name) for name in MEASURE_ROW_COLUMNS]
    out: list[MeasureRow] = []
    for start in range(0, len(measure_ids), 500):
        chunk = measure_ids[start : start + 500]
        rows = connection.execute(select(*columns).where(Measure.id.in_(chunk))).all()
        out.extend(map(_new_row, repeat(MeasureRow), rows))
    return out


#: Columns whose values repeat across a plan (codes, agencies, forms, places, timings).
_REPEATED = tuple(
    MEASURE_ROW_COLUMNS.index(name)
    for name in (
        "kind",
        "level",
        "framework",
        "status",
        "priority",
        "timing_precision",
        "responsible_a",
        "responsible_b",
        "form",
        "location",
        "timing_text",
    )
)


_DATE_COLUMNS = tuple(MEASURE_ROW_COLUMNS.index(n) for n in ("timing_start", "timing_end"))
_BOOL_COLUMN = MEASURE_ROW_COLUMNS.index("number_pinned")


@lru_cache(maxsize=65536)
def _iso_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def measure_rows(connection: Connection, plan_id: int) -> list[MeasureRow]:
    """Every measure of a plan as a :class:`MeasureRow`, in sector and position order.

    This feeds the big table, so it reads through the driver's own cursor (no
    SQLAlchemy row objects, about the time of a raw SELECT) and works a batch at a
    time, column by column: dates that SQLite keeps as text become dates, and
    equal values of the repeated columns ("done", "МИД РК", "II квартал 2023 г.")
    share one string, so a 100,000-measure plan never holds them all twice.
    """
    statement = measure_rows_select(plan_id).compile(
        dialect=connection.dialect, compile_kwargs={"literal_binds": True}
    )
    sqlite = connection.dialect.name == "sqlite"
    pool: dict[Any, Any] = {}
    shared = pool.setdefault
    out: list[MeasureRow] = []
    cursor = connection.connection.cursor()
    # Every row is a new container object: the cyclic collector would otherwise run
    # hundreds of times over a growing heap while 100,000 rows load (and find nothing:
    # rows of strings, numbers and dates hold no cycles).
    with gc_paused():
        try:
            cursor.execute(str(statement))
            while batch := cursor.fetchmany(5000):
                columns = list(zip(*batch, strict=True))
                for c in _REPEATED:
                    values = columns[c]
                    columns[c] = tuple(map(shared, values, values))
                if sqlite:
                    for c in _DATE_COLUMNS:
                        columns[c] = tuple(map(_iso_date, columns[c]))
                    columns[_BOOL_COLUMN] = tuple(map(bool, columns[_BOOL_COLUMN]))
                out.extend(map(_new_row, repeat(MeasureRow), zip(*columns, strict=True)))
        finally:
            cursor.close()
    return out


#: Rows per executemany: large enough to amortise, small enough to bound memory.
INSERT_BATCH = 10_000


def _sqlite_date(value: date) -> str:
    return value.isoformat()


def _sqlite_datetime(value: datetime) -> str:
    # SQLAlchemy's storage format for SQLite DATETIME, so the ORM reads these back.
    return value.isoformat(sep=" ", timespec="microseconds")


def insert_measure_rows(connection: Connection, rows: Iterable[Mapping[str, Any]]) -> int:
    """Write complete measure column dicts (see :func:`insert_measure_tuples`).

    The caller owns the transaction and has validated the rows; returns the count.
    On SQLite the rows become tuples, with dates turned into the text SQLAlchemy
    stores: Core's per-row parameter processing would cost more than the write itself
    at 100,000 rows. Other back ends take Core's path.
    """
    table: Table = Measure.__table__  # type: ignore[assignment]
    if connection.dialect.name != "sqlite":
        statement = insert(table)
        return _batched(rows, lambda batch: connection.execute(statement, batch))
    # The columns the rows carry (all rows carry the same): a column they leave out,
    # such as a carry-over link, takes its default.
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return 0
    rows = chain([first], iterator)
    names = [c.name for c in table.columns if c.name != "id" and c.name in first]
    converters: list[Callable[[Any], str] | None] = []
    for name in names:
        kind = type(table.c[name].type)
        if kind is Date:
            converters.append(_sqlite_date)
        elif kind is DateTime:
            converters.append(_sqlite_datetime)
        else:
            converters.append(None)
    dated = [(i, conv) for i, conv in enumerate(converters) if conv is not None]

    pick = itemgetter(*names)
    # Columns added by later migrations (with a server default) may be missing from a
    # row written by older code: they take their default.
    late = [
        (i, name, getattr(table.c[name].default, "arg", None))
        for i, name in enumerate(names)
        if table.c[name].server_default is not None
    ]
    # Imports repeat the same few dates and one timestamp: convert each value once.
    seen: dict[tuple[type, Any], str] = {}

    def as_tuple(row: Mapping[str, Any]) -> tuple[Any, ...]:
        if all(name in row for _i, name, _d in late):
            values = list(pick(row))
        else:
            values = [row.get(name) for name in names]
            for i, name, default in late:
                if name not in row:
                    values[i] = default
        for i, conv in dated:
            value = values[i]
            if value is not None:
                key = (type(value), value)
                text = seen.get(key)
                if text is None:
                    text = seen[key] = conv(value)
                values[i] = text
        return tuple(values)

    return insert_measure_tuples(connection, names, (as_tuple(r) for r in rows))


def ids_where(
    connection: Connection, table: Table, condition: ColumnElement[bool]
) -> Sequence[int]:
    """The ids of the rows of ``table`` that ``condition`` picks, in order.

    Rows a bulk INSERT just wrote are numbered in one run: then the run's ends and
    count say it, and 300,000 ids need not travel from the store.
    """
    first, last, count = connection.execute(
        select(func.min(table.c.id), func.max(table.c.id), func.count()).where(condition)
    ).one()
    if not count:
        return []
    if last - first + 1 == count:
        return range(first, last + 1)
    return (
        connection.execute(select(table.c.id).where(condition).order_by(table.c.id)).scalars().all()
    )


def stored_date(connection: Connection) -> Callable[[date], Any]:
    """How ``connection``'s driver takes a date for :func:`insert_measure_tuples`."""
    return _sqlite_date if connection.dialect.name == "sqlite" else _same


def stored_datetime(connection: Connection) -> Callable[[datetime], Any]:
    """How ``connection``'s driver takes a timestamp for :func:`insert_measure_tuples`."""
    return _sqlite_datetime if connection.dialect.name == "sqlite" else _same


def _same(value: Any) -> Any:
    return value


def insert_measure_tuples(
    connection: Connection, names: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> int:
    """Write complete measures given as tuples of the columns ``names``, in that order.

    The fastest road for a bulk import: dates and timestamps come already in the form
    :func:`stored_date` and :func:`stored_datetime` give for this connection, so on
    SQLite the tuples go to the driver untouched. The caller owns the transaction and
    has validated the rows; returns the count.
    """
    table: Table = Measure.__table__  # type: ignore[assignment]
    unknown = [n for n in names if n not in table.c]
    if unknown:
        raise ValueError(f"not measure columns: {unknown}")
    if connection.dialect.name != "sqlite":
        statement = insert(table)
        return _batched(
            rows,
            lambda batch: connection.execute(
                statement, [dict(zip(names, r, strict=True)) for r in batch]
            ),
        )
    one = f"({', '.join('?' for _ in names)})"
    head = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES "
    if sqlite3.sqlite_version_info < (3, 32):  # at most 999 parameters a statement
        return _batched(rows, lambda batch: connection.exec_driver_sql(head + one, batch))
    # Many rows a statement: each statement costs a preparation and a reset, which at
    # 100,000 rows is a fifth of the write. 26 columns x 500 rows stays well under
    # SQLite's 32,766 parameters.
    per = max(1, 13_000 // len(names))
    many = head + ", ".join([one] * per)
    cursor = connection.connection.cursor()
    flat = chain.from_iterable
    total = 0
    try:
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            batch.append(row)
            if len(batch) == per:
                cursor.execute(many, list(flat(batch)))
                total += per
                batch = []
        if batch:
            cursor.executemany(head + one, batch)
            total += len(batch)
    finally:
        cursor.close()
    return total


def _batched(rows: Iterable[Any], write: Callable[[list[Any]], object]) -> int:
    batch: list[Any] = []
    total = 0
    for row in rows:
        batch.append(row)
        if len(batch) >= INSERT_BATCH:
            write(batch)
            total += len(batch)
            batch = []
    if batch:
        write(batch)
        total += len(batch)
    return total
