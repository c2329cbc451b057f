"""Word exchange benchmark: export and import of N plan-like measures against python-docx.

    python tests/perf/bench_docx.py [N]   (default 2000)

Targets (issue 15), as ratios to baselines measured in the same run, on plan-like rows
(tests/perf/bench_exchange.py: titles of a dozen words, short timings and agencies):

- export (read from the store, the official layout: title block, numbered table,
  section rows, signature block, styles, footer fields; measure bookmarks and the
  custom XML part with the base snapshot) at most 1.3x python-docx writing the same
  cells into a plain table (``add_row().cells``, ``cell.text = ...``) and saving;
- import (guards, read, layout, timing parsing, store write as a new plan) at most 2x
  python-docx opening the same file and reading every cell's text. python-docx's
  ``row.cells`` rebuilds the table's cell list on each call (quadratic in the rows),
  so the baseline reads each row's cells straight from the row element
  (``_Cell(tc, table).text``): the faster of the two, hence the stricter target. The
  public-API read is printed too.

The merge preview of that file against the plan it came from is reported against the
same baseline.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_exchange import interleaved, make_plan
from common import report

from coopdesk.reports.plan_document import responsible
from coopdesk.reports.plan_docx import export_plan_docx
from coopdesk.reports.source import measure_number, sector_label
from coopdesk.services.imports import ImportService
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store


def table_cells(service: PlanService, plan_id: int) -> list[list[str]]:
    """The cells of the plan table the export writes (the baseline's input)."""
    rows: list[list[str]] = []
    by_sector: dict[int, list] = {}
    for m in service.list_measures(plan_id):
        by_sector.setdefault(m.sector_id, []).append(m)
    for sector in service.list_sectors(plan_id):
        rows.append([sector_label(sector), "", "", "", "", ""])
        for m in by_sector.get(sector.id, []):
            rows.append(
                [measure_number(m), m.title, m.form, m.timing.text,
                 responsible(m.responsible_a, m.responsible_b), m.notes]
            )  # fmt: skip
    return rows


def python_docx_write(path: Path, rows: list[list[str]]) -> None:
    """The export baseline: python-docx writing the cells into a plain table."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=0, cols=6)
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    document.save(str(path))


def python_docx_read(path: Path) -> int:
    """The import baseline: python-docx opening the file and reading every cell's text."""
    import docx
    from docx.table import _Cell

    document = docx.Document(str(path))
    n = 0
    for table in document.tables:
        for tr in table._tbl.tr_lst:
            for tc in tr.tc_lst:
                n += len(_Cell(tc, table).text)
    return n


def python_docx_read_public(path: Path) -> int:
    """The same through python-docx's public API (``row.cells``)."""
    import docx

    document = docx.Document(str(path))
    return sum(len(c.text) for t in document.tables for row in t.rows for c in row.cells)


def main(count: int = 2000) -> list[dict]:
    print(f"Word exchange, {count:,} plan-like measures (best of 4, alternating)")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        service, plan_id = make_plan(f"sqlite:///{folder / 'bench.db'}", count, "plan-like")
        out = folder / "plan.docx"
        plain = folder / "plain.docx"
        cells = table_cells(service, plan_id)
        export_time, write_time = interleaved(
            lambda: export_plan_docx(service, plan_id, out, "ru"),
            lambda: python_docx_write(plain, cells),
        )
        results.append(report("export .docx (from the store)", export_time, write_time, 1.3))
        stores = [open_store(f"sqlite:///{folder / f'target{i}.db'}") for i in range(4)]
        targets = iter(stores)

        def import_new() -> None:
            imports = ImportService(PlanService(next(targets)))
            outcome = imports.apply(imports.preview(out, new=True))
            assert outcome.applied and outcome.added == count

        def merge_back() -> None:
            preview = ImportService(service).preview(out)
            assert preview.with_base and preview.diff.is_empty

        import_time, read_time = interleaved(import_new, lambda: python_docx_read(out))
        results.append(report("import .docx as a new plan", import_time, read_time, 2.0))
        merge_time, read_time2 = interleaved(merge_back, lambda: python_docx_read(out))
        results.append(report("merge preview of the same file", merge_time, read_time2, None))
        public = interleaved(lambda: python_docx_read_public(out), repeat=1)[0]
        print(f"  (python-docx reading through row.cells: {public * 1000:.0f} ms)")
        for store in stores:
            store.close()
        service.store.close()
    return results


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
