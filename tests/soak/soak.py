"""Soak: N processes editing, adding, moving, deleting and undoing on one store for a while.

Not part of the pytest run (it takes minutes). Run it from the repository's folder::

    .venv/bin/python tests/soak/soak.py [--db URL] [--processes 4] [--seconds 120]

Without ``--db`` it makes a SQLite store in a temporary folder. Each process works
through :class:`PlanService` as a window does (every change through
``Store.run_write``), undoing some of its own moves and deletions the way the
window's undo does. At the end the store must pass ``integrity_check`` (SQLite),
and every sector's measures must hold positions 0..n-1 and distinct automatic
numbers. Prints the figures as JSON; exit 0 when everything held, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from coopdesk.errors import NotFoundError, StoreError, ValidationError
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store
from coopdesk.store.schema import Measure

OPERATIONS = ("add", "edit", "status", "move", "move+undo", "shift", "delete+undo")
SECTORS = 6
START_MEASURES = 30


def measure_ids(service: PlanService, plan_id: int) -> list[tuple[int, int]]:
    with service.store.engine.connect() as conn:
        rows = conn.execute(
            select(Measure.id, Measure.sector_id).where(Measure.plan_id == plan_id)
        ).all()
    return [(r[0], r[1]) for r in rows]


def one_operation(
    service: PlanService, rng: random.Random, plan_id: int, sectors: list[int], kind: str, n: int
) -> None:
    measures = measure_ids(service, plan_id)
    if kind == "add" or not measures:
        service.add_measure(plan_id, rng.choice(sectors), title=f"soak {os.getpid()}-{n}")
        return
    mid, sid = rng.choice(measures)
    if kind == "edit":
        service.update_measure(mid, title=f"edited {os.getpid()}-{n}", notes=str(n))
    elif kind == "status":
        pair = [m for m, _ in rng.sample(measures, min(2, len(measures)))]
        service.set_status(pair, rng.choice(["planned", "in_progress", "done", "postponed"]))
    elif kind in ("move", "move+undo"):
        target = rng.choice([s for s in sectors if s != sid])
        service.move_measures([mid], target)
        if kind == "move+undo":
            service.restore_placement(service.displaced(service.last_changes), "Undo move")
    elif kind == "shift":
        service.shift_measure(mid, rng.choice([-1, 1]))
    elif kind == "delete+undo":
        gone = service.delete_measures([mid])
        places = service.displaced(service.last_changes)
        service.restore_measures(gone, places, "Undo delete")


def worker(url: str, plan_id: int, seconds: float, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    service = PlanService(open_store(url, create=False))
    sectors = [s.id for s in service.list_sectors(plan_id) if s.id is not None]
    done: Counter[str] = Counter()
    gone: Counter[str] = Counter()
    failures: list[str] = []
    retries = 0
    latencies: list[float] = []

    def count_retry(_attempt: int, _exc: BaseException) -> None:
        nonlocal retries
        retries += 1

    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        kind = rng.choice(OPERATIONS)
        n += 1
        began = time.perf_counter()

        def unit(kind: str = kind, n: int = n) -> None:
            one_operation(service, rng, plan_id, sectors, kind, n)

        try:
            service.store.run_write(unit, on_retry=count_retry)
            done[kind] += 1
        except (NotFoundError, ValidationError):
            gone[kind] += 1  # another process deleted it first: what a window would be told
        except StoreError as exc:
            failures.append(f"{kind}: {exc}")
        except Exception as exc:  # reported, so the soak says what broke
            failures.append(f"{kind}: {type(exc).__name__}: {exc}")
        latencies.append(time.perf_counter() - began)
    service.store.close()
    latencies.sort()
    return {
        "done": dict(done),
        "gone": dict(gone),
        "failures": failures,
        "retries": retries,
        "p50_ms": round(1000 * latencies[len(latencies) // 2], 2) if latencies else None,
        "p99_ms": round(1000 * latencies[int(len(latencies) * 0.99)], 2) if latencies else None,
    }


def check(url: str, plan_id: int) -> dict[str, Any]:
    store = open_store(url, create=False)
    problems: list[str] = []
    with store.engine.connect() as conn:
        if store.is_sqlite:
            result = conn.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems.append(f"integrity_check: {result}")
            if conn.execute(text("PRAGMA foreign_key_check")).first() is not None:
                problems.append("foreign_key_check found orphans")
        rows = conn.execute(
            select(
                Measure.sector_id, Measure.position, Measure.number, Measure.number_pinned
            ).where(Measure.plan_id == plan_id)
        ).all()
    by_sector: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        by_sector[row[0]].append(row)
    for sector_id, items in by_sector.items():
        positions = sorted(r[1] for r in items)
        if positions != list(range(len(items))):
            problems.append(
                f"sector {sector_id}: positions {positions[:12]}... not 0..{len(items) - 1}"
            )
        numbers = Counter(r[2] for r in items if not r[3])
        dupes = [n for n, c in numbers.items() if c > 1]
        if dupes:
            problems.append(f"sector {sector_id}: duplicate numbers {dupes[:5]}")
    store.close()
    return {"measures": len(rows), "problems": problems}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store URL (default: a new SQLite file in a temp folder)")
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument(
        "--worker", nargs=3, metavar=("PLAN", "SECONDS", "SEED"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.worker:
        plan_id, seconds, seed = args.worker
        print(json.dumps(worker(args.db, int(plan_id), float(seconds), int(seed))))
        return 0

    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='coopdesk-soak-')) / 'soak.db'}"
    service = PlanService(open_store(url))
    plan_id = service.create_plan(code=f"SOAK-{os.getpid()}", title="Soak").id
    assert plan_id is not None
    sectors = [service.add_sector(plan_id, f"Sector {i + 1}").id for i in range(SECTORS)]
    for i in range(START_MEASURES):
        sector_id = sectors[i % SECTORS]
        assert sector_id is not None
        service.add_measure(plan_id, sector_id, title=f"start {i}")
    service.store.close()

    began = time.monotonic()
    children = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--db",
                url,
                "--worker",
                str(plan_id),
                str(args.seconds),
                str(n),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(args.processes)
    ]
    results: list[dict[str, Any]] = []
    for child in children:
        out, _ = child.communicate()
        results.append(
            json.loads(out.strip().splitlines()[-1])
            if child.returncode == 0
            else {"crashed": child.returncode}
        )
    elapsed = time.monotonic() - began
    done = sum(sum(r.get("done", {}).values()) for r in results)
    summary: dict[str, Any] = {
        "store": url.split("://")[0],
        "processes": args.processes,
        "seconds": round(elapsed, 1),
        "operations": done,
        "per_second": round(done / elapsed, 1),
        "already_gone": sum(sum(r.get("gone", {}).values()) for r in results),
        "retries": sum(r.get("retries", 0) for r in results),
        "failures": [f for r in results for f in r.get("failures", [])][:20],
        "crashed": [r["crashed"] for r in results if "crashed" in r],
        "p50_ms": [r.get("p50_ms") for r in results],
        "p99_ms": [r.get("p99_ms") for r in results],
        "check": check(url, plan_id),
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    ok = not summary["failures"] and not summary["crashed"] and not summary["check"]["problems"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
