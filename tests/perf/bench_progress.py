"""Progress report benchmark: «Информация о ходе реализации» of a large plan as a PDF.

    python tests/perf/bench_progress.py [N]      (default 10000)

Target (issue 16): the progress report of a 10,000-measure plan renders to PDF within
20 s and 1 GB. Measured end to end, as a user runs it: ``coopdesk report progress BIG
out.pdf --as-of 2024-07-01 --lang ru`` in a fresh process, best of 3, its peak RSS the
child's own ``VmHWM``. Each measure has an entry of each party (a sentence or two, a
status, some an event date and documents): the report prints both in two columns.

Baseline, in the same run: the plain plan print of the same plan (``coopdesk report plan
BIG out.pdf --lang ru``), the same way: the progress report's cost is printed as a ratio
to it. The .xlsx and .docx writers of the same report are timed once each, in process.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reports import make_plan
from common import report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_RUN_CLI = """
import sys
from coopdesk.cli import main
code = main(sys.argv[1:])
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024)
sys.exit(code)
"""

_TEXTS = [
    "Визит состоялся, подписано совместное заявление о стратегическом партнёрстве.",
    "Консультации проведены в Астане; стороны согласовали план на следующий год.",
    "Ведётся подготовка; проект программы направлен казахстанской стороне нотой.",
    "Перенесено на II полугодие 2025 г. по просьбе российской стороны.",
    "Мероприятие отменено в связи с изменением графика.",
]
_STATUSES = ["done", "done", "in_progress", "postponed", "cancelled", "not_done"]


def add_entries(url: str) -> int:
    """An entry of each party on every measure of BIG (bulk, set-up only); returns how many."""
    from sqlalchemy import insert, select

    from coopdesk.store.engine import open_store
    from coopdesk.store.schema import Measure, ProgressEntry

    rnd = random.Random(16)
    store = open_store(url)
    stamp = datetime(2024, 7, 2, 10, 0)
    rows = []
    with store.writing() as session:
        ids = list(session.scalars(select(Measure.id).order_by(Measure.id)))
        for mid in ids:
            for party in ("a", "b"):
                status = rnd.choice(_STATUSES)
                rows.append(
                    {
                        "measure_id": mid,
                        "party": party,
                        "as_of": date(2024, 7, 1),
                        "text": rnd.choice(_TEXTS),
                        "status": status,
                        "event_date": date(2024, 5, 15) if status == "done" else None,
                        "documents": "Протокол № 15" if status == "done" else "",
                        "created_at": stamp,
                        "created_by": "bench",
                        "updated_at": stamp,
                        "updated_by": "bench",
                        "version": 1,
                    }
                )
        session.execute(insert(ProgressEntry), rows)
    store.close()
    return len(rows)


def run_cli(args: list[str]) -> tuple[float, float]:
    """Best wall time of 3 fresh-process runs and their highest peak RSS (MB)."""
    command = [sys.executable, "-c", _RUN_CLI, *args]
    runs, peaks = [], []
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        runs.append(time.perf_counter() - start)
        peaks.append(float(done.stdout.strip().splitlines()[-1]))
    return min(runs), max(peaks)


def main(count: int = 10_000) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'big.db'}"
        make_plan(url, count)
        entries = add_entries(url)
        plan_pdf, progress_pdf = folder / "plan.pdf", folder / "progress.pdf"
        t_plan, rss_plan = run_cli(
            ["--db", url, "report", "plan", "BIG", str(plan_pdf), "--lang", "ru"]
        )
        t_progress, rss_progress = run_cli(
            ["--db", url, "report", "progress", "BIG", str(progress_pdf), "--as-of",
             "2024-07-01", "--lang", "ru"]
        )  # fmt: skip
        pages = subprocess.run(
            ["pdfinfo", str(progress_pdf)], capture_output=True, text=True, check=False
        ).stdout
        page_count = next(
            (line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?"
        )

        from coopdesk.reports.progress import load_progress_report
        from coopdesk.reports.progress_files import write_docx, write_xlsx
        from coopdesk.services.plans import PlanService
        from coopdesk.store.engine import open_store

        service = PlanService(open_store(url))
        start = time.perf_counter()
        document = load_progress_report(service, "BIG", date(2024, 7, 1), lang="ru")
        t_build = time.perf_counter() - start
        start = time.perf_counter()
        write_xlsx(document, folder / "progress.xlsx")
        t_xlsx = time.perf_counter() - start
        start = time.perf_counter()
        write_docx(document, folder / "progress.docx")
        t_docx = time.perf_counter() - start
        service.store.close()

        print(
            f"Progress report of {count:,} measures, {entries:,} entries: {page_count} pages, "
            f"PDF {progress_pdf.stat().st_size / 1e6:.1f} MB"
        )
        print(
            f"  end to end (coopdesk report progress, fresh process): best {t_progress:.2f} s, "
            f"peak RSS {rss_progress:.0f} MB (targets: 20 s, 1024 MB)"
        )
        print(
            f"  baseline, the plain plan print (coopdesk report plan): best {t_plan:.2f} s, "
            f"peak RSS {rss_plan:.0f} MB"
        )
        print(
            f"  in process: read and build {t_build:.2f} s, .xlsx {t_xlsx:.2f} s, "
            f".docx {t_docx:.2f} s"
        )
        results.append(report("progress report PDF vs plan print", t_progress, t_plan, None))
        results.append(
            {
                "name": "progress end to end",
                "s": t_progress,
                "peak_rss_mb": rss_progress,
                "baseline_s": t_plan,
                "baseline_rss_mb": rss_plan,
                "xlsx_s": t_xlsx,
                "docx_s": t_docx,
            }
        )
    return results


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
