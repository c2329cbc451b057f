"""Shared-store benchmark (issue 10): propagation, edit overhead, PostgreSQL load, history.

    python tests/perf/bench_shared.py [N]     (default 100000)

PostgreSQL parts run when ``COOPDESK_BENCH_PG_URL`` (or ``COOPDESK_TEST_PG_URL``) names
a server database the benchmark may empty; otherwise they are skipped with a note.

Targets:
* a change made in another process shows in an open window: p95 within 1 s on
  SQLite, 250 ms on PostgreSQL; an idle SQLite window runs no query;
* an edit with its version check, history rows and notification at most 1.5x the
  same edit without them (a plain ORM update of the field in one transaction);
* a 100,000-measure plan's table rows from PostgreSQL within 1.5x a raw psycopg fetch;
* the history of one measure, with a million history rows in the store, within 20 ms;
* undoing a status change of 30,000 measures: how long it holds the write lock (what
  other windows' saves wait for), against the whole undo and a raw ``UPDATE`` of those
  statuses (issue 11 item 7; reported, no target).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, report, synthetic_measures

from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import random, sys, time
    from coopdesk.services.plans import PlanService
    from coopdesk.store.engine import open_store
    service = PlanService(open_store(sys.argv[1], migrate=False), actor="writer")
    ids = [int(i) for i in sys.argv[2].split(",")]
    rng = random.Random(5)
    for n in range(int(sys.argv[3])):
        time.sleep(0.05 + rng.random() * 0.15)
        mid = rng.choice(ids)
        service.update_measure(mid, notes=f"n{n}")
        print(f"{n} {time.time():.6f}", flush=True)
    """
)


def _pg_url() -> str | None:
    return os.environ.get("COOPDESK_BENCH_PG_URL") or os.environ.get("COOPDESK_TEST_PG_URL")


def _reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _small_plan(service: PlanService) -> list[int]:
    plan = service.create_plan(code="SHARED", title="Shared")
    sector = service.add_sector(plan.id, "Раздел")
    return [service.add_measure(plan.id, sector.id, title=f"Мера {i}").id for i in range(20)]


def propagation(url: str, label: str, edits: int = 40) -> dict:
    """Another process edits; an open window (offscreen) applies each change set."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from coopdesk.ui.app import make_application
    from coopdesk.ui.main_window import MainWindow

    app = make_application()
    service = PlanService(open_store(url))
    ids = _small_plan(service)
    window = MainWindow()
    window.attach(service)
    window.show()
    applied: dict[str, float] = {}
    window.refreshed.connect(
        lambda changes: (
            applied.setdefault(str(len(applied)), time.time()) if changes.remote else None
        )
    )
    script = Path(tempfile.mkdtemp()) / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    writer = subprocess.Popen(
        [sys.executable, str(script), url, ",".join(map(str, ids)), str(edits)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    committed: list[float] = []
    loop = QEventLoop()
    deadline = time.time() + 60

    def pump() -> None:
        if (writer.poll() is not None and len(applied) >= edits) or time.time() > deadline:
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(pump)
    timer.start(20)
    loop.exec()
    out = writer.communicate(timeout=30)[0]
    committed = [float(line.split()[1]) for line in out.splitlines() if line.strip()]
    seen = [applied[str(i)] for i in range(min(len(applied), len(committed)))]
    delays = sorted(s - c for s, c in zip(seen, committed, strict=False))
    p95 = delays[int(len(delays) * 0.95) - 1] if delays else float("inf")
    median = statistics.median(delays) if delays else float("inf")
    target = 1.0 if label == "SQLite" else 0.25
    verdict = "ok" if p95 <= target else "OVER TARGET"
    print(
        f"change in another process on screen ({label}): median {median * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms over {len(delays)} changes "
        f"(target {target * 1000:.0f} ms) {verdict}"
    )
    # An idle window: polls for two seconds with nothing happening.
    before = window.watcher.queries if window.watcher else 0
    idle = QEventLoop()
    QTimer.singleShot(2000, idle.quit)
    idle.exec()
    after = window.watcher.queries if window.watcher else 0
    print(f"idle window ({label}): {after - before} step queries in 2 s of polling")
    window.close()
    app.processEvents()
    return {"name": f"propagation {label}", "p95_ms": p95 * 1000, "median_ms": median * 1000}


def edit_overhead(url: str, label: str, rounds: int = 600) -> dict:
    """An edit through the services (checks, history, notify) vs a plain ORM update."""
    from coopdesk.store.schema import Measure

    service = PlanService(open_store(url))
    ids = _small_plan(service)
    counter = iter(range(10**9))
    last = dict.fromkeys(ids, "")

    def ours() -> None:
        for _ in range(rounds):
            mid = ids[next(counter) % len(ids)]
            new = f"x{next(counter)}"
            service.update_measure(mid, base={"notes": last[mid]}, notes=new)
            last[mid] = new

    def raw() -> None:
        for _ in range(rounds):
            mid = ids[next(counter) % len(ids)]
            with service.store.session() as session, session.begin():
                row = session.get(Measure, mid)
                new = f"x{next(counter)}"
                row.notes = new  # type: ignore[union-attr]
                row.updated_at = datetime.now()  # type: ignore[union-attr]
                last[mid] = new

    for fn in (ours, raw):
        fn()  # warm up
    # Alternate the two, best of seven each: a noisy machine slows whichever runs alone.
    measured = baseline = float("inf")
    for _ in range(7):
        measured = min(measured, best_of(ours, repeat=1))
        baseline = min(baseline, best_of(raw, repeat=1))
    return report(f"edit + version, history, notify ({label}, x{rounds})", measured, baseline, 1.5)


def pg_open(url: str, count: int) -> dict:
    """Table rows of a big plan from PostgreSQL vs a raw psycopg fetch of the same columns."""
    import psycopg
    from sqlalchemy.engine import make_url

    from coopdesk.store import queries

    service = PlanService(open_store(url))
    plan = service.create_plan(
        code="BIG", title="Big", period_start="2023-01-01", period_end="2024-12-31"
    )
    sectors = [service.add_sector(plan.id, f"Sector {i}").id for i in range(20)]
    service.add_measures_bulk(plan.id, synthetic_measures(count, sectors))
    statement = queries.measure_rows_select(plan.id).compile(
        dialect=service.store.engine.dialect, compile_kwargs={"literal_binds": True}
    )
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)

    def raw() -> None:
        with psycopg.connect(dsn) as conn, conn.cursor() as cur:
            cur.execute(str(statement))
            cur.fetchall()

    measured = best_of(lambda: service.measure_rows(plan.id), repeat=3)
    baseline = best_of(raw, repeat=3)
    return report(f"open {count:,}-measure plan (PostgreSQL)", measured, baseline, 1.5)


def history_lookup(url: str, label: str, rows: int = 1_000_000) -> dict:
    """One measure's history with ``rows`` history rows in the store."""
    from sqlalchemy import insert

    from coopdesk.store.schema import ChangeField, ChangeStep

    service = PlanService(open_store(url))
    ids = _small_plan(service)
    target = ids[0]
    service.update_measure(target, title="Заголовок")
    with service.store.engine.begin() as conn:
        step = conn.execute(
            insert(ChangeStep.__table__)
            .values(name="Filler", actor="bench", at=datetime.now(), changes="", inverse="")
            .returning(ChangeStep.__table__.c.id)
        ).scalar_one()
        batch = []
        for i in range(rows):
            batch.append(
                {
                    "step_id": step,
                    "plan_id": 1,
                    "entity": "measure",
                    "entity_id": 1000 + i % 50_000,
                    "field": "notes",
                    "old": "a",
                    "new": "b",
                }
            )
            if len(batch) == 20_000:
                conn.execute(insert(ChangeField.__table__), batch)
                batch = []
        if batch:
            conn.execute(insert(ChangeField.__table__), batch)
    history = HistoryService(service)
    history.measure_history(target)
    measured = best_of(lambda: history.measure_history(target), repeat=5)
    ok = "ok" if measured <= 0.020 else "OVER TARGET"
    print(
        f"history of one measure among {rows:,} rows ({label}): {measured * 1000:.1f} ms "
        f"(target 20 ms) {ok}"
    )
    return {"name": f"history {label}", "ms": measured * 1000}


def big_undo(url: str, label: str, count: int = 30_000) -> dict:
    """Undo of a ``count``-measure status change: write-lock time, whole time, raw update."""
    from sqlalchemy import event, text

    store = open_store(url)
    service = PlanService(store)
    plan = service.create_plan(code="BIG-UNDO", title="Жоспар")
    assert plan.id is not None
    sectors = [service.add_sector(plan.id, f"Раздел {i}").id for i in range(8)]
    service.add_measures_bulk(plan.id, synthetic_measures(count, sectors))  # type: ignore[arg-type]
    ids = [row.id for row in service.measure_rows(plan.id)]
    history = HistoryService(service)
    # Transactions timed from their BEGIN to their COMMIT: the undo's write transaction
    # is the longest of those it runs (its reads before the lock are short ones).
    locked: list[float] = []
    begun: dict[int, float] = {}

    def on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        begun[id(conn)] = time.perf_counter()

    def on_commit(conn) -> None:  # type: ignore[no-untyped-def]
        if id(conn) in begun:
            locked.append(time.perf_counter() - begun.pop(id(conn)))

    event.listen(store.engine, "begin", on_begin)
    event.listen(store.engine, "commit", on_commit)
    service.set_status(ids, "done")
    step = history.last_step_id()
    locked.clear()
    start = time.perf_counter()
    history.undo(step)
    whole = time.perf_counter() - start
    held = max(locked)
    with store.engine.begin() as conn:
        start = time.perf_counter()
        conn.execute(text("UPDATE measure SET status = 'done' WHERE plan_id = :p"), {"p": plan.id})
        raw = time.perf_counter() - start
    store.close()
    print(
        f"undo of a {count:,}-measure status change ({label}): write lock {held:.2f} s of "
        f"{whole:.2f} s; a raw UPDATE of those statuses {raw:.2f} s"
    )
    return {"name": f"big undo {label}", "locked_s": held, "whole_s": whole, "raw_s": raw}


def main(count: int = 100_000) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, fn in enumerate((propagation, edit_overhead, history_lookup, big_undo)):
            url = f"sqlite:///{Path(tmp) / f'shared{n}.db'}"
            results.append(fn(url, "SQLite"))  # type: ignore[operator]
    pg = _pg_url()
    if not pg:
        print("PostgreSQL parts skipped: set COOPDESK_BENCH_PG_URL to a database to empty")
        return results
    for fn in (propagation, edit_overhead, history_lookup, big_undo):
        _reset_pg(pg)
        results.append(fn(pg, "PostgreSQL"))  # type: ignore[operator]
    _reset_pg(pg)
    results.append(pg_open(pg, count))
    _reset_pg(pg)
    return results


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
