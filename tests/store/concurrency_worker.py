"""One writer process of the concurrency tests (run as a script, never collected).

``python concurrency_worker.py URL MODE PLAN SECTOR COUNT SEED`` opens the store
as a window would and, through :class:`PlanService`, either adds COUNT measures to
SECTOR (``add``) or makes COUNT edits to the measures of PLAN (``edit``: titles,
notes, and statuses of two measures at once, in random order). It waits for the
file named by ``GO`` (so that every worker starts together) and prints one JSON
line: ``{"done": n, "failures": [...]}``.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store

STATUSES = ["planned", "in_preparation", "in_progress", "done", "postponed", "cancelled"]


def main(argv: list[str]) -> int:
    url, mode, plan_id, sector_id, count, seed = argv
    rng = random.Random(int(seed))
    service = PlanService(open_store(url, create=False))
    go = os.environ.get("GO")
    while go and not Path(go).exists():
        time.sleep(0.005)
    failures: list[str] = []
    done = 0
    ids = [m.id for m in service.list_measures(int(plan_id))] if mode == "edit" else []
    for i in range(int(count)):
        try:
            if mode == "add":
                service.add_measure(int(plan_id), int(sector_id), title=f"w{seed}-{i}")
            else:
                kind = rng.random()
                if kind < 0.4:
                    service.update_measure(rng.choice(ids), title=f"w{seed} edit {i}")
                elif kind < 0.7:
                    service.update_measure(rng.choice(ids), notes=f"note {seed}/{i}")
                else:
                    pair = rng.sample(ids, 2)
                    service.set_status(pair, rng.choice(STATUSES))
            done += 1
        except Exception as exc:  # counted, not raised: the test reports them all
            failures.append(f"{type(exc).__name__}: {exc}")
    service.store.close()
    print(json.dumps({"done": done, "failures": failures}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
