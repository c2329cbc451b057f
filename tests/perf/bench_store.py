"""Store benchmark: bulk save and table load of N measures, against raw sqlite3.

    python tests/perf/bench_store.py [N]      (default 100000)

Targets (issue 2): the store's bulk write at most 1.5x a raw ``sqlite3`` executemany
of the same rows in one transaction; loading the table rows at most 1.5x a raw
SELECT of the same columns. The full service path (validation and timing parsing
included) is reported too, for information.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, report, synthetic_measures

from coopdesk.services.measures import insert_measures
from coopdesk.services.plans import PlanService
from coopdesk.store import queries
from coopdesk.store.engine import open_store
from coopdesk.store.schema import Measure


def main(count: int = 100_000) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        service = PlanService(open_store(url))
        plan = service.create_plan(
            code="BENCH", title="Benchmark", period_start="2023-01-01", period_end="2024-12-31"
        )
        sectors = [service.add_sector(plan.id, f"Sector {i}").id for i in range(20)]
        fields = list(synthetic_measures(count, sectors))

        # Validate once (as an import does before it writes) to get column rows.
        prepared: list[dict] = []
        with service.store.session() as session, session.begin():
            insert_measures(session, plan.id, None, [])  # warm-up of the code path
        from coopdesk.services.plans import measure_columns

        period = (plan.period_start, plan.period_end)
        for i, item in enumerate(fields):
            values = dict(item)
            sid = values.pop("sector_id")
            cols = measure_columns(values, period, partial=False)
            cols.update(
                uid=f"u{i}",
                plan_id=plan.id,
                sector_id=sid,
                position=i,
                number=f"1.{i}",
                number_pinned=False,
                created_at=plan_created(service, plan.id),
                updated_at=plan_created(service, plan.id),
                version=1,
                updated_by="",
            )
            prepared.append(cols)
        names = list(prepared[0])
        raw_rows = [
            tuple(
                v.isoformat(sep=" ")
                if hasattr(v, "hour")
                else (v.isoformat() if hasattr(v, "isoformat") else v)
                for v in row.values()
            )
            for row in prepared
        ]
        path = service.store.sqlite_path

        def clear() -> None:
            with service.store.engine.begin() as conn:
                conn.execute(Measure.__table__.delete())

        def raw_insert() -> None:
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            placeholders = ",".join("?" for _ in names)
            with conn:
                conn.executemany(
                    f"INSERT INTO measure ({','.join(names)}) VALUES ({placeholders})", raw_rows
                )
            conn.close()

        def store_insert() -> None:
            with service.store.engine.begin() as conn:
                queries.insert_measure_rows(conn, prepared)

        base = best_of(raw_insert, setup=clear)
        results.append(
            report(
                f"save {count:,} measures (store write)",
                best_of(store_insert, setup=clear),
                base,
                1.5,
            )
        )
        full = best_of(lambda: service.add_measures_bulk(plan.id, fields), repeat=1, setup=clear)
        results.append(report(f"save {count:,} measures (service, validated)", full, base, None))

        columns = ", ".join(queries.MEASURE_ROW_COLUMNS)

        def raw_select() -> None:
            conn = sqlite3.connect(path)
            conn.execute(
                f"SELECT {columns} FROM measure WHERE plan_id = ? ORDER BY sector_id, position, id",
                (plan.id,),
            ).fetchall()
            conn.close()

        loaded: list = []

        def store_select() -> None:
            loaded[:] = service.measure_rows(plan.id)

        base = best_of(raw_select)
        results.append(report(f"load {count:,} table rows", best_of(store_select), base, 1.5))
        assert len(loaded) == count
        service.store.close()
    return results


_created: dict[int, object] = {}


def plan_created(service: PlanService, plan_id: int):
    if plan_id not in _created:
        from coopdesk.store.schema import Plan

        with service.store.session() as s:
            _created[plan_id] = s.get(Plan, plan_id).created_at
    return _created[plan_id]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
