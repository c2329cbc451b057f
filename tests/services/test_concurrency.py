"""Several officers' processes editing one plan at once: no lost update, ever.

Real processes, not threads, on SQLite and on PostgreSQL. Every save names the
value it was based on; a save whose base is stale must be refused as a conflict.
Afterwards the recorded history of each field must be one unbroken chain (each
change's old value is the previous change's new value) holding exactly the saves
that succeeded: if any save had overwritten another unseen, the chain would break.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

from coopdesk.services.history import HistoryService

pytestmark = pytest.mark.store

ROOT = Path(__file__).resolve().parents[2]


def run_officers(url: str, ids: list[int], officers: int, rounds: int) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.services.concurrent_editor",
                url,
                f"officer-{n}",
                str(1000 + n),
                str(rounds),
                ",".join(map(str, ids)),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(officers)
    ]
    attempts = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-3000:]
        attempts += [json.loads(line) for line in out.splitlines() if line.strip()]
    return attempts


def test_four_officers_never_lose_an_update(service, store_url) -> None:
    plan = service.create_plan(code="C", title="Concurrency")
    sector = service.add_sector(plan.id, "Раздел")
    ids = [service.add_measure(plan.id, sector.id, title=f"Мера {i}").id for i in range(3)]
    url = service.store.engine.url.render_as_string(hide_password=False)
    attempts = run_officers(url, ids, officers=4, rounds=75)

    assert len(attempts) == 300
    errors = [a for a in attempts if a["outcome"].startswith("error")]
    assert errors == [], errors[:3]
    succeeded = [a for a in attempts if a["outcome"] == "ok"]
    conflicts = [a for a in attempts if a["outcome"] == "conflict"]
    assert succeeded, "nobody managed to save"

    history = HistoryService(service)
    for measure_id in ids:
        chain = defaultdict(list)
        for change in reversed(history.measure_history(measure_id)):  # oldest first
            if change.field in ("title", "notes"):
                chain[change.field].append(change)
        for field in ("title", "notes"):
            saved = [a for a in succeeded if a["measure"] == measure_id and a["field"] == field]
            steps = chain[field]
            # Every successful save is on record, and nothing else is.
            assert sorted(c.new or "" for c in steps) == sorted(a["new"] for a in saved)
            # Each change started from the previous one's result: nothing overwritten unseen.
            for before, after in pairwise(steps):
                assert after.old == before.new
            by_new = {a["new"]: a for a in saved}
            for change in steps:
                assert (change.old or "") == by_new[change.new or ""]["base"]
            stored = getattr(service.get_measure(measure_id), field)
            if steps:
                assert stored == steps[-1].new
    print(f"{len(succeeded)} saved, {len(conflicts)} refused as conflicts")
    # A refused save was really stale: its base was not the value at that moment.
    assert all(a["base"] != a["new"] for a in conflicts)
