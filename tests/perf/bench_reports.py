"""Report benchmark: the plan document of a large plan as a PDF.

    python tests/perf/bench_reports.py [N]      (default 10000)

Target (issue 6): the plan document of a 10,000-measure plan renders to PDF within
20 s, with memory under 1 GB.  Measured twice:

* **end to end**: ``coopdesk report plan BIG out.pdf`` in a fresh process, as a user
  runs it (start-up, store read, layout, PDF), best of 3; its peak RSS is the child's
  own ``VmHWM``;
* **in process**, step by step: read the plan, build the layout, paginate, paint.

Baseline, in the same process: QPainter drawing the same cell texts on the same
number of A4 pages of a QPdfWriter, one unwrapped line per cell at fixed places:
the cost of putting this much text into a PDF with no layout at all.  The texts
are the sample plan's, cycled with a serial number, so lengths and repeats are
those of a real plan.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, report, synthetic_measures

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_plan(url: str, count: int) -> None:
    """A plan of ``count`` measures in 5 sectors of 4 sub-sectors each, sample-like texts."""
    from coopdesk.services.plans import PlanService
    from coopdesk.services.sample import sample_data
    from coopdesk.store.engine import open_store

    sample = sample_data()
    service = PlanService(open_store(url))
    sectors = []
    for top in range(1, 6):
        sectors.append({"code": str(top), "name": f"Раздел {top}: сотрудничество", "parent": None})
        for sub in range(1, 5):
            sectors.append(
                {"code": f"{top}.{sub}", "name": f"Подраздел {top}.{sub}", "parent": str(top)}
            )
    leaves = [s["code"] for s in sectors if s["parent"]]
    measures = []
    texts = sample["measures"]
    for i, fields in enumerate(synthetic_measures(count, list(range(len(leaves))))):
        source = texts[i % len(texts)]
        fields["sector"] = leaves[fields.pop("sector_id")]
        for name in ("form", "responsible_a", "responsible_b", "notes", "timing", "location"):
            fields[name] = source[name]
        fields["title"] = f"{source['title']} (№ {i + 1})"
        measures.append(fields)
    service.create_plan_with_content(
        {
            "code": "BIG",
            "title": sample["plan"]["title"],
            "party_a": sample["plan"]["party_a"],
            "party_b": sample["plan"]["party_b"],
            "period_start": "2023-01-01",
            "period_end": "2024-12-31",
            "state": "in_force",
        },
        sectors,
        measures,
    )
    service.store.close()


def baseline(document, pages: int, path: Path) -> None:
    """Every cell text drawn once, unwrapped, on ``pages`` A4 landscape pages."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter, QPdfWriter

    from coopdesk.reports.document import Row, cell_text
    from coopdesk.ui.reports.fonts import report_font
    from coopdesk.ui.reports.renderer import apply_page_setup

    writer = QPdfWriter(str(path))
    apply_page_setup(document, writer)
    rows = [r for r in document.tables()[0].rows if isinstance(r, Row)]
    per_page = -(-len(rows) // pages)
    painter = QPainter(writer)
    painter.setFont(report_font(9))
    width = writer.width() / 6
    line = writer.height() / (per_page + 1)
    for i, row in enumerate(rows):
        if i and i % per_page == 0:
            writer.newPage()
        y = (i % per_page + 1) * line
        for c, value in enumerate(row.cells):
            painter.drawText(QPointF(c * width, y), cell_text(value))
    painter.end()


_RUN_CLI = """
import sys
from coopdesk.cli import main
code = main(sys.argv[1:])
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024)
sys.exit(code)
"""


def main(count: int = 10_000) -> list[dict]:
    from coopdesk.reports.catalog import build_from_data
    from coopdesk.reports.source import load_report_data
    from coopdesk.services.plans import PlanService
    from coopdesk.store.engine import open_store
    from coopdesk.ui.reports.pdf import ensure_gui_application, write_pdf
    from coopdesk.ui.reports.renderer import paginate

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'big.db'}"
        make_plan(url, count)
        out = folder / "plan.pdf"

        # End to end, as a user runs it, in a fresh process each time.
        # The child reads its own high-water mark: ru_maxrss survives fork and exec on
        # Linux, so RUSAGE_CHILDREN would report whatever the parent had reached.
        command = [sys.executable, "-c", _RUN_CLI, "--db", url, "report", "plan", "BIG",
                   str(out), "--lang", "ru"]  # fmt: skip
        runs = []
        peaks = []
        for _ in range(3):
            start = time.perf_counter()
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            runs.append(time.perf_counter() - start)
            peaks.append(float(done.stdout.strip().splitlines()[-1]))
        peak_mb = max(peaks)
        size_mb = out.stat().st_size / 1e6

        # In process, step by step.
        ensure_gui_application()
        from PySide6.QtGui import QPdfWriter

        service = PlanService(open_store(url))
        data = None

        def load() -> None:
            nonlocal data
            data = load_report_data(service, "BIG")

        t_load = best_of(load, repeat=3)
        document = None

        def build() -> None:
            nonlocal document
            document = build_from_data("plan", data, lang="ru")

        t_build = best_of(build, repeat=3)
        pages = 0

        def layout() -> None:
            nonlocal pages
            writer = QPdfWriter(str(folder / "probe.pdf"))
            from coopdesk.ui.reports.renderer import apply_page_setup

            apply_page_setup(document, writer)
            pages = paginate(document, writer)

        t_layout = best_of(layout, repeat=3)
        t_pdf = best_of(lambda: write_pdf(document, folder / "inproc.pdf"), repeat=3)
        t_base = best_of(lambda: baseline(document, pages, folder / "base.pdf"), repeat=3)

        print(f"Plan document of {count:,} measures: {pages} pages, PDF {size_mb:.1f} MB")
        print(f"  end to end (coopdesk report plan, fresh process): best {min(runs):.2f} s, "
              f"runs {', '.join(f'{r:.2f}' for r in runs)} s; peak RSS {peak_mb:.0f} MB "
              f"(targets: 20 s, 1024 MB)")  # fmt: skip
        print(f"  read plan {t_load:.2f} s, build layout {t_build:.2f} s, "
              f"paginate {t_layout:.2f} s, paginate+paint+write {t_pdf:.2f} s")  # fmt: skip
        results.append(report("plan document PDF (paginate, paint, write)", t_pdf, t_base, None))
        results.append(
            {"name": "end to end", "s": min(runs), "peak_rss_mb": peak_mb, "pages": pages}
        )
        service.store.close()
    return results


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
