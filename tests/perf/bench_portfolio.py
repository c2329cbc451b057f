"""Portfolio search benchmark: a search across 50 plans of 2,000 measures, per keystroke.

    python tests/perf/bench_portfolio.py [PLANS] [MEASURES_PER_PLAN]   (default 50 2000)

Target (issue 16): a search across 50 plans of 2,000 measures answers within 100 ms
per keystroke. As every CoopDesk benchmark, it is reported as a ratio to raw
baselines measured in the same run (absolute figures are printed too, never judged):

* **SQL LIKE scan**: one ``SELECT id FROM measure WHERE (title || description ||
  responsible_a || responsible_b || notes || location) LIKE '%word%'`` per word, the
  store's own scan of the same text (on SQLite, LIKE folds ASCII case only);
* **list scan**: the same texts held in a Python list, casefolded and searched per
  keystroke (what a search without a prepared index does).

The portfolio index is read once (its load time is printed against a plain SELECT of
the same columns) and then answers each keystroke of "посольство рк москв" as the
window does: typing on narrows the previous answer.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, report

from coopdesk.services.plans import PlanService
from coopdesk.services.portfolio import PortfolioIndex
from coopdesk.store.engine import open_store

QUERY = "посольство рк москв"
CITIES = ["Москва", "Астана", "Алматы", "Санкт-Петербург", "Казань", "Уральск", "Омск"]
AGENCIES = [
    "МИД РК, Посольство РК в РФ",
    "МИД РК",
    "Министерство торговли и интеграции РК",
    "Министерство культуры и информации РК",
    "Министерство науки и высшего образования РК",
    "МИД РК, Генеральное консульство РК в Казани",
]
WORDS = ["консультации", "визит", "форум", "заседание", "встреча", "обмен", "семинар"]
TIMINGS = ["II квартал {y} г.", "ежегодно", "по согласованию сторон", "{y} г.", "март {y} г."]


def measures(count: int, sector_ids: list[int], year: int, rnd: random.Random):
    for i in range(count):
        yield {
            "sector_id": sector_ids[i % len(sector_ids)],
            "title": f"{rnd.choice(WORDS).capitalize()} по вопросам сотрудничества № {i}",
            "description": "Обсуждение двустороннего взаимодействия, подготовка документов.",
            "responsible_a": rnd.choice(AGENCIES),
            "responsible_b": "МИД России",
            "timing": rnd.choice(TIMINGS).format(y=year + rnd.randrange(2)),
            "location": rnd.choice(CITIES),
            "notes": "" if rnd.random() < 0.8 else "Сроки уточняются по дипломатическим каналам",
        }


def build(path: Path, plans: int, per_plan: int) -> PlanService:
    service = PlanService(open_store(f"sqlite:///{path}"))
    rnd = random.Random(16)
    for p in range(plans):
        year = 2015 + (p % 6) * 2
        plan = service.create_plan(
            code=f"PLAN-{p:02d}",
            title=f"План мероприятий № {p}",
            period_start=date(year, 1, 1),
            period_end=date(year + 1, 12, 31),
        )
        sectors = [service.add_sector(plan.id or 0, f"Раздел {i}").id or 0 for i in range(10)]
        service.add_measures_bulk(plan.id or 0, measures(per_plan, sectors, year, rnd))
    return service


def main(plans: int = 50, per_plan: int = 2000) -> list[dict]:
    print(f"\nPortfolio search: {plans} plans x {per_plan:,} measures")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        service = build(Path(tmp) / "portfolio.db", plans, per_plan)
        columns = "title, description, responsible_a, responsible_b, notes, location"
        with service.store.engine.connect() as conn:
            raw = conn.exec_driver_sql(f"SELECT id, {columns} FROM measure").fetchall()

            def select_all() -> None:
                conn.exec_driver_sql(f"SELECT id, {columns} FROM measure").fetchall()

            def like_scan(word: str) -> int:
                glued = " || ' ' || ".join(columns.split(", "))
                rows = conn.exec_driver_sql(
                    f"SELECT id FROM measure WHERE ({glued}) LIKE ?", (f"%{word}%",)
                ).fetchall()
                return len(rows)

            index = PortfolioIndex(service, follow=False)
            load = best_of(index.load, repeat=3)
            base_load = best_of(select_all, repeat=3)
            results.append(report("index load (once per store)", load, base_load, None))

            keystrokes = [QUERY[:n] for n in range(1, len(QUERY) + 1) if QUERY[n - 1] != " "]

            def typing() -> list[float]:
                index._last = None
                times = []
                for typed in keystrokes:
                    start = time.perf_counter()
                    index.search(typed, limit=1000)
                    times.append(time.perf_counter() - start)
                return times

            def like_typing() -> list[float]:
                times = []
                for typed in keystrokes:
                    start = time.perf_counter()
                    for word in typed.split():
                        like_scan(word)
                    times.append(time.perf_counter() - start)
                return times

            def list_typing() -> list[float]:
                times = []
                for typed in keystrokes:
                    start = time.perf_counter()
                    words = typed.casefold().split()
                    [r[0] for r in raw if all(w in " ".join(r[1:]).casefold() for w in words)]
                    times.append(time.perf_counter() - start)
                return times

            ours = min((typing() for _ in range(3)), key=max)
            like = min((like_typing() for _ in range(3)), key=max)
            listed = min((list_typing() for _ in range(3)), key=max)
            for name, base in (("SQL LIKE scan", like), ("list scan", listed)):
                results.append(report(f"keystroke, worst, vs {name}", max(ours), max(base), 1.0))
                results.append(
                    report(
                        f"keystroke, median, vs {name}",
                        statistics.median(ours),
                        statistics.median(base),
                        1.0,
                    )
                )
            period = (date(2021, 4, 1), date(2021, 6, 30))
            index._last = None
            with_period = best_of(lambda: index.search("посольство", *period), repeat=3)
            results.append(
                report(
                    "'посольство' in a quarter, vs LIKE",
                    with_period,
                    min(best_of(lambda: like_scan("Посольство"), repeat=3), 1e9),
                    None,
                )
            )
            found = index.search(QUERY)
            plans_found = len({h.plan_id for h in found.hits})
            print(f"  '{QUERY}': {found.total:,} measures in {plans_found} plans")
        service.store.close()
    return results


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
