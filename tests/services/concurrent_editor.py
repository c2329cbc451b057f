"""A desk officer in a process of its own, editing measures as fast as it can.

Run by the multi-process tests: ``python -m tests.services.concurrent_editor URL
NAME SEED ROUNDS ID[,ID...]``. Each round reads a measure, waits a moment (the
officer typing), and saves one field based on what it read. Prints one JSON line
per attempt: measure, field, base, new and the outcome ("ok", "conflict", or the
error's message).
"""

from __future__ import annotations

import json
import random
import sys
import time


def main(argv: list[str]) -> int:
    from coopdesk.errors import ConflictError, CoopDeskError
    from coopdesk.services.plans import PlanService
    from coopdesk.store.engine import open_store

    url, name, seed, rounds, ids = argv[0], argv[1], int(argv[2]), int(argv[3]), argv[4]
    measure_ids = [int(i) for i in ids.split(",")]
    rng = random.Random(seed)
    service = PlanService(open_store(url, migrate=False), actor=name)
    for round_no in range(rounds):
        measure_id = rng.choice(measure_ids)
        field = "title" if rng.random() < 0.7 else "notes"
        base = getattr(service.get_measure(measure_id), field)
        time.sleep(rng.random() * 0.004)
        new = f"{name} {round_no} — Қазақстан"
        try:
            service.update_measure(measure_id, base={field: base}, **{field: new})
            outcome = "ok"
        except ConflictError:
            outcome = "conflict"
        except CoopDeskError as exc:
            outcome = f"error: {exc}"
        print(
            json.dumps(
                {
                    "measure": measure_id,
                    "field": field,
                    "base": base,
                    "new": new,
                    "outcome": outcome,
                },
                ensure_ascii=False,
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
