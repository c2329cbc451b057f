"""Calendar benchmark: month changes, timeline build and scroll, edits, with N measures.

    python tests/perf/bench_calendar.py [N]      (default 100000)

Two plans of N measures are measured: the shared synthetic plan of the other
benchmarks (``common.synthetic_measures``: ten wordings, so one day holds N/10
measures, the worst case for a month cell) and a "spread" plan whose exact dates fall
on every day of the two years, as in a real plan.

Targets (issue 5): changing month redraws within 100 ms; the timeline scrolls without
rebuilding its items.  Baselines are measured in the same process:

* month: Qt's own ``QCalendarWidget`` turning a page and repainting, at the same size;
* timeline: a ``QGraphicsScene`` with one rectangle item per measure (the usual way to
  draw a Gantt chart), built and scrolled the same way.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, report, synthetic_measures

from coopdesk.services.changes import ChangeSet
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store

SIZE = (1400, 860)


def spread_measures(count: int, sector_ids: list[int], seed: int = 11):
    """Measures whose exact dates cover every day of 2023-2024, with fuzzy ones mixed in."""
    rnd = random.Random(seed)
    quarters = ["I", "II", "III", "IV"]
    for fields in synthetic_measures(count, sector_ids, seed):
        r = rnd.random()
        day = date(2023, 1, 1) + timedelta(days=rnd.randrange(731))
        if r < 0.55:
            fields["timing"] = f"{day:%d.%m.%Y}"
        elif r < 0.7:
            fields["timing"] = (
                f"{day:%d.%m.%Y} - {day + timedelta(days=rnd.randrange(1, 4)):%d.%m.%Y}"
            )
        elif r < 0.85:
            fields["timing"] = f"{quarters[(day.month - 1) // 3]} квартал {day.year} г."
        yield fields


def make_plan(tmp: str, name: str, count: int, spread: bool):
    service = PlanService(open_store(f"sqlite:///{Path(tmp) / (name + '.db')}"))
    plan = service.create_plan(
        code=name.upper(),
        title="Benchmark plan of the Republic of Kazakhstan and the Russian Federation",
        party_a="Ministry of Foreign Affairs of the Republic of Kazakhstan",
        party_b="Ministry of Foreign Affairs of the Russian Federation",
        period_start="2023-01-01",
        period_end="2024-12-31",
    )
    sectors = [service.add_sector(plan.id, f"Sector {i}").id for i in range(20)]
    make = spread_measures if spread else synthetic_measures
    service.add_measures_bulk(plan.id, make(count, sectors))
    return service, service.get_plan(plan.id)


def bench_plan(app, service, plan, label: str) -> list[dict]:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import (
        QCalendarWidget,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsView,
    )

    from coopdesk.ui.calendar import CalendarPanel
    from coopdesk.ui.calendar.panel import AGENDA, MONTH, TIMELINE

    results = []
    # The window feeds the panel the rows its table model holds (the store's MeasureRows).
    rows = service.measure_rows(plan.id)
    sectors = service.list_sectors(plan.id)
    n = len(rows)
    print(f"-- {label}: {n:,} measures")

    panel = CalendarPanel(today=date(2023, 6, 1))
    panel.resize(*SIZE)
    panel.show()
    panel.set_plan(plan, sectors)
    app.processEvents()

    # Feeding the rows: the shared index, then each view when shown.
    start = time.perf_counter()
    panel.set_rows(rows)
    fed = time.perf_counter() - start
    panel.show_tab(MONTH)
    start = time.perf_counter()
    panel.show_tab(TIMELINE)
    panel.timeline_view.canvas.viewport().repaint()
    timeline_build = time.perf_counter() - start
    start = time.perf_counter()
    panel.show_tab(AGENDA)
    panel.agenda_view.repaint()
    agenda_build = time.perf_counter() - start
    panel.show_tab(MONTH)
    app.processEvents()

    # Month: turn 24 pages, repainting each; Qt's own calendar widget as the baseline.
    month = panel.month_view
    month.set_month(2023, 1)
    month.repaint()
    times = []
    for _ in range(24):
        start = time.perf_counter()
        month.step_month(1)
        month.repaint()
        times.append(time.perf_counter() - start)
    qcal = QCalendarWidget()
    qcal.resize(*SIZE)
    qcal.show()
    app.processEvents()
    base = []
    for _ in range(24):
        start = time.perf_counter()
        qcal.showNextMonth()
        qcal.repaint()
        base.append(time.perf_counter() - start)
    qcal.close()
    median, worst = statistics.median(times), max(times)
    results.append(
        report(f"{label}: change month (median of 24)", median, statistics.median(base), None)
    )
    results.append(report(f"{label}: change month (slowest of 24)", worst, max(base), None))
    print(f"   target: every month change under 100 ms -> {'ok' if worst < 0.1 else 'OVER'}")

    # Timeline: build, then scroll one screen down and one across.
    panel.show_tab(TIMELINE)
    app.processEvents()
    canvas = panel.timeline_view.canvas
    canvas.set_ppd(4.5)
    app.processEvents()
    vbar, hbar = canvas.verticalScrollBar(), canvas.horizontalScrollBar()

    def scroll(bar) -> float:
        bar.setValue(0)
        canvas.viewport().repaint()
        times = []
        for _ in range(15):
            start = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            canvas.viewport().repaint()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    ours_down, ours_across = scroll(vbar), scroll(hbar)

    # Baseline: one QGraphicsRectItem per measure, the same rows and scale.
    def naive_build():
        scene = QGraphicsScene()
        origin = canvas.origin
        brush = QBrush(QColor("#3b78d8"))
        for line, (head, ref, _depth) in enumerate(canvas.lines):
            if head:
                continue
            row = canvas.data.rows[ref]
            if row[14] is None:
                continue
            x = (row[14] - origin).days * canvas.ppd
            w = ((row[15] - row[14]).days + 1) * canvas.ppd
            item = QGraphicsRectItem(QRectF(x, line * 24 + 5, w, 14))
            item.setBrush(brush)
            scene.addItem(item)
        return scene

    start = time.perf_counter()
    scene = naive_build()
    naive_built = time.perf_counter() - start
    view = QGraphicsView(scene)
    view.resize(canvas.size())
    view.show()
    app.processEvents()
    nvbar, nhbar = view.verticalScrollBar(), view.horizontalScrollBar()

    def naive_scroll(bar) -> float:
        bar.setValue(0)
        view.viewport().repaint()
        times = []
        for _ in range(15):
            start = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    naive_down, naive_across = naive_scroll(nvbar), naive_scroll(nhbar)
    view.close()

    results.append(report(f"{label}: rows fed to the panel (index)", fed, naive_built, None))
    results.append(
        report(f"{label}: timeline built and painted", timeline_build, naive_built, None)
    )
    results.append(report(f"{label}: timeline scroll one screen down", ours_down, naive_down, None))
    results.append(
        report(f"{label}: timeline scroll one screen across", ours_across, naive_across, None)
    )
    print(f"   scene items in the timeline: {len(canvas.scene().items())} (naive: one per measure)")
    results.append(
        report(f"{label}: agenda (30 days) built and painted", agenda_build, naive_built, None)
    )

    # An edit: one timing changes; the window hands the panel the new rows.
    quarter = next(r for r in rows if r[16] == "quarter")
    service.update_measure(quarter[0], timing="IV квартал 2024 г.")
    new_rows = service.measure_rows(plan.id)
    changes = ChangeSet("Edit timing")
    changes.change("measure", quarter[0])

    def edit() -> None:
        panel.apply_changes(changes, new_rows)
        canvas.viewport().repaint()

    def back() -> None:
        panel.set_rows(rows)
        panel.refresh_all()

    edited = best_of(edit, repeat=3, setup=back)

    def reset() -> None:
        panel.set_rows([])
        panel.refresh_all()

    def full() -> None:
        panel.set_rows(new_rows)
        canvas.viewport().repaint()

    rebuilt = best_of(full, repeat=3, setup=reset)
    results.append(report(f"{label}: one timing edited (timeline visible)", edited, rebuilt, None))
    print("   (baseline: the same rows fed from scratch)")
    panel.close()
    return results


def main(count: int = 100_000) -> list[dict]:
    from coopdesk.ui.app import make_application

    app = make_application()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, spread in (("synthetic", False), ("spread", True)):
            service, plan = make_plan(tmp, name, count, spread)
            results += bench_plan(app, service, plan, name)
            service.store.close()
    return results


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
