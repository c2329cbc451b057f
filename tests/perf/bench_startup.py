"""Start-up benchmark: time from process start to the first window on screen.

    python tests/perf/bench_startup.py [N]     (N: measures of the large plan, default 100000)

Baseline: a bare PySide6 QMainWindow shown by a fresh ``python`` process, measured
the same way (from ``Popen`` to the line the child prints once the event loop runs
with the window shown). CoopDesk runs with COOPDESK_STARTUP_PROBE set, which prints
"shown" when its window is up and "loaded" once the plan's rows are in the table.
Target (issue 2): on screen within 1.2 s where the bare window takes 0.26 s (4.6x).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import report, synthetic_measures

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 780); w.show()
def done():
    print("shown", flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def _run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    marks: dict[str, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split()[0] if line.strip() else ""
        if word in ("shown", "loaded"):
            marks[word] = time.perf_counter() - start
    proc.wait(timeout=120)
    return marks


def best(cmd: list[str], env: dict[str, str], repeat: int = 5) -> dict[str, float]:
    runs = [_run(cmd, env) for _ in range(repeat)]
    return {key: min(r[key] for r in runs if key in r) for key in runs[0]}


def main(count: int = 100_000) -> list[dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOPDESK_STARTUP_PROBE": "1"}
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = tmp
        small = f"sqlite:///{Path(tmp) / 'sample.db'}"
        big = f"sqlite:///{Path(tmp) / 'big.db'}"
        subprocess.run(
            [sys.executable, "-m", "coopdesk", "--db", small, "demo"], check=True, env=env
        )

        from coopdesk.services.plans import PlanService
        from coopdesk.store.engine import open_store

        service = PlanService(open_store(big))
        plan = service.create_plan(
            code="BIG", title="Large plan", period_start="2023-01-01", period_end="2024-12-31"
        )
        sectors = [service.add_sector(plan.id, f"Sector {i}").id for i in range(20)]
        service.add_measures_bulk(plan.id, synthetic_measures(count, sectors))
        service.store.close()

        bare = best([sys.executable, "-c", BARE], env)["shown"]
        app = best([sys.executable, "-m", "coopdesk", "--db", small], env)
        results.append(report("window on screen (sample plan)", app["shown"], bare, 4.6))
        results.append(report("sample plan loaded in the window", app["loaded"], bare, None))
        large = best([sys.executable, "-m", "coopdesk", "--db", big], env, repeat=3)
        results.append(
            report(f"window on screen ({count:,}-measure plan)", large["shown"], bare, 4.6)
        )
        results.append(
            report(f"{count:,}-measure plan loaded in the window", large["loaded"], bare, None)
        )
    return results


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
