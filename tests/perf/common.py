"""Helpers shared by the benchmarks: synthetic plans and timing with ratios.

Benchmarks print ratios against a raw baseline measured in the same process,
never absolute pass/fail times: these machines are noisy.
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

TIMINGS = [
    "12 апреля 2023 г.",
    "II квартал 2023 г.",
    "I полугодие 2024 г.",
    "April 2023",
    "Q3 2024",
    "по согласованию сторон",
    "2023-2024 гг.",
    "10–12 октября 2023 г.",
    "ежегодно",
    "по мере готовности",
]
STATUSES = ["planned", "in_preparation", "in_progress", "done", "postponed", "cancelled"]
KINDS = ["visit", "meeting", "consultations", "event", "agreement", "exchange", "other"]


def synthetic_measures(count: int, sector_ids: list[int], seed: int = 7) -> Iterator[dict]:
    """``count`` plausible measure field dicts spread over the sectors."""
    rnd = random.Random(seed)
    for i in range(count):
        yield {
            "sector_id": sector_ids[i % len(sector_ids)],
            "title": f"Консультации по вопросам сотрудничества № {i} — Қазақстан",
            "description": "Обсуждение двустороннего взаимодействия и подготовка документов.",
            "kind": rnd.choice(KINDS),
            "level": "expert",
            "framework": "bilateral",
            "responsible_a": "МИД РК, Посольство РК в РФ",
            "responsible_b": "МИД России",
            "form": "Протокол",
            "timing": rnd.choice(TIMINGS),
            "location": "Астана",
            "status": rnd.choice(STATUSES),
            "priority": "normal",
            "notes": "",
        }


def best_of(
    fn: Callable[[], Any], repeat: int = 3, setup: Callable[[], Any] | None = None
) -> float:
    """The best wall time of ``repeat`` runs of ``fn`` (``setup`` runs untimed before each)."""
    best = float("inf")
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def report(name: str, measured: float, baseline: float, target: float | None) -> dict:
    """Print one line and return it as a dict."""
    ratio = measured / baseline if baseline else float("inf")
    verdict = "" if target is None else ("  ok" if ratio <= target else "  OVER TARGET")
    print(
        f"{name:<44} {measured * 1000:9.1f} ms  baseline {baseline * 1000:9.1f} ms"
        f"  ratio {ratio:5.2f}x" + (f" (target {target}x){verdict}" if target else "")
    )
    return {"name": name, "ms": measured * 1000, "baseline_ms": baseline * 1000, "ratio": ratio}
