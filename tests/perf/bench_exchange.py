"""Excel exchange benchmark: export and import of N measures against raw baselines.

    python tests/perf/bench_exchange.py [N] [plan-like|long]   (default 100000, both)

Each figure is taken for two shapes of rows, reported apart:

- *plan-like*: rows as a signed plan has them: titles of a dozen words, short
  timings ("II кв. 2024 г."), one or two short agencies, no description;
- *long*: every field filled with a sentence (the rows of the issue 4 benchmark).

Long rows make the baselines slow and the fixed cost per row look small; plan-like
rows are what users import, so the targets are read on them.

Targets (issue 13), as ratios to baselines measured in the same run:

- export (styled, official layout, read from the store, metadata sheet and base
  snapshot included) at most 1.15x XlsxWriter writing the same cells, every sheet
  (the hidden metadata sheet too), unstyled;
- import (guards, read, layout, timing parsing, validation, store write as a new
  plan) at most 2x python-calamine only reading the same file;
- the merge preview of that file against the plan it came from at most 2.5x the
  same calamine read;
- peak memory of each under 1 GB: each is run again in a fresh process whose peak
  resident size is reported.

The same three are also measured *from outside*, as a user runs them: whole
``coopdesk import/export`` processes (``--new`` into an empty store made beforehand,
``--dry-run`` against the plan for the merge preview), each minus the same process
running ``coopdesk --version`` (the interpreter and the command line starting), against
the baselines above.
"""

from __future__ import annotations

import gc
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import KINDS, STATUSES, report, synthetic_measures

from coopdesk.exchange.guard import META_SHEET, inspect_xlsx
from coopdesk.exchange.xlsx_export import ALL_COLUMNS, write_plan_workbook
from coopdesk.services.exports import export_data, export_plan
from coopdesk.services.imports import ImportService
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store

_WORDS = (
    "проведение",
    "совместных",
    "консультаций",
    "по",
    "вопросам",
    "двустороннего",
    "сотрудничества",
    "в",
    "сфере",
    "торговли",
    "инвестиций",
    "энергетики",
    "транспорта",
    "образования",
    "культуры",
    "науки",
    "цифровизации",
    "таможенного",
    "регулирования",
    "и",
    "взаимной",
    "поддержки",
    "инициатив",
    "в",
    "рамках",
    "ЕАЭС",
    "СНГ",
    "ОДКБ",
    "ШОС",
)
_SHORT_TIMINGS = [
    "II кв. 2024 г.", "2024 г.", "IV квартал 2023 г.", "ежегодно", "2023-2024 гг.",
    "по согласованию сторон", "I полугодие 2024 г.", "до 1 марта 2024 г.",
]  # fmt: skip
_AGENCIES = ["МИД РК", "МИД РК, МНЭ РК", "МТИ РК", "МКИ РК", "МИД России", "Минэкономразвития"]


def plan_like_measures(count: int, sector_ids: list[int], seed: int = 13) -> Iterator[dict]:
    """``count`` measures shaped like a signed plan's rows (see the module docstring)."""
    rnd = random.Random(seed)
    for i in range(count):
        yield {
            "sector_id": sector_ids[i % len(sector_ids)],
            "title": " ".join(rnd.choice(_WORDS) for _ in range(12)).capitalize(),
            "description": "",
            "kind": rnd.choice(KINDS),
            "level": "",
            "framework": "bilateral",
            "responsible_a": rnd.choice(_AGENCIES[:4]),
            "responsible_b": rnd.choice(_AGENCIES[4:]),
            "form": rnd.choice(["Протокол", "Информация в Правительство", ""]),
            "timing": rnd.choice(_SHORT_TIMINGS),
            "location": "",
            "status": rnd.choice(STATUSES),
            "priority": "normal",
            "notes": "",
        }


SHAPES: dict[str, Callable[[int, list[int]], Iterator[dict]]] = {
    "plan-like": plan_like_measures,
    "long": synthetic_measures,
}


def make_plan(url: str, count: int, shape: str = "long") -> tuple[PlanService, int]:
    """A store at ``url`` holding one plan of ``count`` measures in 20 sectors."""
    service = PlanService(open_store(url))
    plan = service.create_plan(
        code="BENCH", title="Benchmark plan", period_start="2023-01-01", period_end="2024-12-31"
    )
    sectors = [service.add_sector(plan.id, f"Sector {i}").id for i in range(20)]
    service.add_measures_bulk(plan.id, SHAPES[shape](count, sectors))
    return service, plan.id


def raw_cells(service: PlanService, plan_id: int) -> list[list[str]]:
    """The cells the export writes, as plain strings (the baseline's input)."""
    rows = []
    by_sector: dict[int, list] = {}
    for m in service.list_measures(plan_id):
        by_sector.setdefault(m.sector_id, []).append(m)
    for sector in service.list_sectors(plan_id):
        rows.append([f"{sector.code}.", sector.name])
        for m in by_sector.get(sector.id, []):
            rows.append(
                [
                    m.number, m.title, m.form, m.timing.text, m.responsible_a, m.responsible_b,
                    m.status.label, m.notes, m.description, m.kind.label,
                    m.level.label if m.level else "", m.framework.label, m.location,
                    m.priority.label, m.uid,
                ]
            )  # fmt: skip
    return rows


def meta_cells(path: Path) -> list[list[str]]:
    """The cells of an export's hidden metadata sheet (also written by the baseline)."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    rows = workbook.get_sheet_by_name(META_SHEET).to_python()
    workbook.close()
    return [[str(v) for v in row if v != ""] for row in rows]


def xlsxwriter_plain(path: Path, rows: list[list[str]], meta: list[list[str]]) -> None:
    """The export baseline: XlsxWriter writing the same cells of every sheet, no styles."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    for cells in (rows, meta):
        sheet = workbook.add_worksheet()
        write = sheet.write_string
        for r, row in enumerate(cells):
            for c, value in enumerate(row):
                write(r, c, value)
    workbook.close()


def calamine_read(path: Path) -> int:
    """The import baseline: python-calamine reading the plan sheet's values."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    rows = workbook.get_sheet_by_index(0).to_python()
    workbook.close()
    return len(rows)


def raw_writer(folder: Path, imported: Path) -> tuple[Callable[[], None], Callable[[int], None]]:
    """The write floor: the rows an import stored, written again by ``sqlite3`` alone.

    The measures (every column, as the store holds them, 500 rows a statement as the
    import writes them) and the agency links of the store ``imported`` (made by an
    import as a new plan), into a fresh migrated store holding the same plan, sectors
    and agencies, then the commit: no reading, no checking, no building of rows.
    Returns the timed write and an untimed setup.
    """
    import sqlite3

    source = sqlite3.connect(imported)
    names = [r[1] for r in source.execute("PRAGMA table_info(measure)")]
    measures = source.execute(f"SELECT {', '.join(names)} FROM measure ORDER BY id").fetchall()
    links = source.execute(
        "SELECT measure_id, agency_id, party, position FROM measure_agency ORDER BY id"
    ).fetchall()
    source.close()
    target = folder / "floor.db"
    per = 13_000 // len(names)
    one = f"({', '.join('?' for _ in names)})"
    head = f"INSERT INTO measure ({', '.join(names)}) VALUES "

    def setup(i: int) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        open_store(f"sqlite:///{target}").close()
        db = sqlite3.connect(target)
        db.execute(f"ATTACH '{imported}' AS s")
        for table in ("plan", "sector", "agency"):
            db.execute(f'INSERT INTO "{table}" SELECT * FROM s."{table}"')
        db.commit()
        db.close()

    def write() -> None:
        db = sqlite3.connect(target, isolation_level=None)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA cache_size = -65536")
        db.execute("BEGIN")
        many = head + ", ".join([one] * per)
        for start in range(0, len(measures), per):
            batch = measures[start : start + per]
            if len(batch) == per:
                db.execute(many, [v for row in batch for v in row])
            else:
                db.executemany(head + one, batch)
        db.executemany(
            "INSERT INTO measure_agency (measure_id, agency_id, party, position) "
            "VALUES (?, ?, ?, ?)",
            links,
        )
        db.execute("COMMIT")
        db.close()

    return write, setup


def interleaved(*fns: Callable[[], object], repeat: int = 4, setup=None) -> list[float]:
    """Best time of each function, runs taken in turn so that they share the machine's
    quiet and busy moments alike (a shared 2-core machine is noisy)."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            if setup is not None:
                setup(i)
            gc.collect()
            started = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - started)
    return best


def peak_mb(code: str) -> float:
    """Peak resident memory (MB) of a fresh Python process running ``code``."""
    # VmHWM, not ru_maxrss: the latter survives exec, so a child would report the
    # benchmark's own peak.
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})\n"
        f"{code}\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(int(hwm.split()[1]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def run_process(args: list[str]) -> float:
    """Wall time of one ``python -m coopdesk ARGS`` process (it must succeed).

    Compiled modules are cached as an installed CoopDesk has them (a test environment
    may forbid writing them, which would compile every module in every run).
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "coopdesk", *args], capture_output=True, text=True, env=env
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"coopdesk {' '.join(args)} failed: {done.stderr.strip()}")
    return elapsed


def outside(folder: Path, styled: Path, shape: str, read: float, write: float) -> list[dict]:
    """The import, merge preview and export as whole processes, start-up taken off.

    Each is the best of three runs minus the best of five ``coopdesk --version`` runs;
    an import goes into an empty store made (migrated) before its run, untimed.
    """
    source = f"sqlite:///{folder / 'source.db'}"
    startup = min(run_process(["--version"]) for _ in range(5))
    print(f"{'process start-up (coopdesk --version)':<44} {startup * 1000:9.1f} ms")
    imported = []
    for i in range(3):
        url = f"sqlite:///{folder / f'outside{i}.db'}"
        open_store(url).close()
        imported.append(run_process(["--db", url, "import", str(styled), "--new"]))
    merged = [run_process(["--db", source, "import", str(styled), "--dry-run"]) for _ in range(3)]
    out = str(folder / "outside.xlsx")
    exported = [
        run_process(["--db", source, "export", "BENCH", out, "--lang", "ru"]) for _ in range(3)
    ]
    return [
        report(f"outside: import {shape}", min(imported) - startup, read, 2.0),
        report(f"outside: preview {shape}", min(merged) - startup, read, 2.5),
        report(f"outside: export {shape}", min(exported) - startup, write, 1.15),
    ]


def main(count: int = 100_000, shapes: tuple[str, ...] = tuple(SHAPES)) -> list[dict]:
    results = []
    for shape in shapes:
        print(f"-- {shape} rows")
        results.extend(run_shape(count, shape))
    return results


def run_shape(count: int, shape: str) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        service, plan_id = make_plan(f"sqlite:///{folder / 'source.db'}", count, shape)
        rows = raw_cells(service, plan_id)
        assert len(rows[1]) == len(ALL_COLUMNS)
        plain = folder / "plain.xlsx"
        styled = folder / "styled.xlsx"
        export_plan(service, plan_id, styled, "ru")
        meta = meta_cells(styled)

        data = export_data(service, plan_id)
        write_baseline, ours, written = interleaved(
            lambda: xlsxwriter_plain(plain, rows, meta),
            lambda: export_plan(service, plan_id, styled, "ru"),
            lambda: write_plan_workbook(
                folder / "w.xlsx", data.plan, data.sectors, data.rows, "ru"
            ),
        )
        results.append(
            report(f"export {count:,} {shape} (styled, from store)", ours, write_baseline, 1.15)
        )
        results.append(
            report("  of which the workbook alone (rows in memory)", written, write_baseline, None)
        )

        targets = []

        def fresh_store(i: int) -> None:
            if i == 1:
                targets.append(
                    PlanService(open_store(f"sqlite:///{folder / f't{len(targets)}.db'}"))
                )

        def import_new() -> None:
            imports = ImportService(targets[-1])
            outcome = imports.apply(imports.preview(styled, new=True))
            assert outcome.applied and outcome.added == count, outcome

        def merge_back() -> None:
            imports = ImportService(service)
            preview = imports.preview(styled)
            assert preview.plan_id == plan_id and not preview.diff.changed

        baseline, ours, merge = interleaved(
            lambda: calamine_read(styled), import_new, merge_back, setup=fresh_store, repeat=3
        )
        results.append(report(f"import {count:,} {shape} as a new plan", ours, baseline, 2.0))
        results.append(report(f"preview {count:,} {shape} against the plan", merge, baseline, 2.5))
        # What no import can go under: the read, then the same rows written by sqlite3
        # alone, then (for an untrusted file) the guard's safety pass on its own.
        write_floor, floor_setup = raw_writer(folder, folder / "t0.db")
        read_again, floor, guard = interleaved(
            lambda: calamine_read(styled),
            write_floor,
            lambda: inspect_xlsx(styled, contents=False),
            setup=lambda i: floor_setup(i) if i == 1 else None,
            repeat=3,
        )
        results.append(
            report("  floor: the rows written by sqlite3 alone", floor, read_again, None)
        )
        results.append(report("  floor: read + that write", read_again + floor, read_again, None))
        results.append(
            report(
                "  floor: read + write + safety guard", read_again + floor + guard, read_again, None
            )
        )
        results.extend(outside(folder, styled, shape, baseline, write_baseline))

        source = folder / "source.db"
        export_mb = peak_mb(
            "from coopdesk.services.plans import PlanService\n"
            "from coopdesk.store.engine import open_store\n"
            "from coopdesk.services.exports import export_plan\n"
            f"s = PlanService(open_store('sqlite:///{source}'))\n"
            f"export_plan(s, {plan_id}, {str(folder / 'mem.xlsx')!r}, 'ru')"
        )
        import_mb = peak_mb(
            "from coopdesk.services.plans import PlanService\n"
            "from coopdesk.services.imports import ImportService\n"
            "from coopdesk.store.engine import open_store\n"
            f"s = PlanService(open_store('sqlite:///{folder / 'mem.db'}'))\n"
            "i = ImportService(s)\n"
            f"assert i.apply(i.preview({str(styled)!r}, new=True)).applied"
        )
        print(f"{'peak memory: export':<44} {export_mb:9.0f} MB  (target < 1024 MB)")
        print(f"{'peak memory: import':<44} {import_mb:9.0f} MB  (target < 1024 MB)")
        results.append({"name": f"peak memory export {shape}", "mb": export_mb})
        results.append({"name": f"peak memory import {shape}", "mb": import_mb})
    return results


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 100_000,
        tuple(sys.argv[2:]) or tuple(SHAPES),
    )
