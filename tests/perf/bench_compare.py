"""Comparison table benchmark: two editions of N plan-like measures compared and written.

    python tests/perf/bench_compare.py [N]      (default 2000)

Edition A is N measures (titles of a dozen words, short timings, one or two agencies)
in 20 sectors; edition B is A edited as a partner does: a tenth of the titles
reworded at a word, a fiftieth of the timings changed, 2% of the measures removed,
2% added, 1% moved to the next sector, and the measures after those renumbered.

Two cases, each as a ratio to the raw baseline of the same run (python-calamine
reading every cell of both workbooks, nothing else):

- *by id*: A is a plan of the store, B its export edited (pairs by measure id);
- *by text*: A and B are both partner sheets without an ID column (pairs by
  number, then by title similarity with rapidfuzz).

"compare" is the whole command short of writing the file: read both editions,
pair, diff word by word, lay out the table. Writing the table is reported apart:
.docx against python-docx writing the same texts into a plain table, .xlsx against
XlsxWriter writing them plainly. The issue asks for a comparison of two 2,000-measure
editions within 5 s; the absolute figures are printed for that, never asserted.
"""

from __future__ import annotations

import copy
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, report

from coopdesk.exchange.compare import compare, read_edition
from coopdesk.reports.comparison import comparison_document
from coopdesk.reports.comparison_files import write_docx, write_xlsx
from coopdesk.reports.document import Row, Table, cell_text
from coopdesk.services.editions import edition_from_plan
from coopdesk.services.exports import export_plan
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store

# Words of titles: a few hundred, as a plan of measures has (with a tiny vocabulary any
# two random titles would look alike, and no real plan reads like that).
_ROOTS = [
    *["консультаци", "сотрудничеств", "торговл", "инвестици", "транспорт", "энергетик", "культур"],
    *["образовани", "наук", "здравоохранени", "туризм", "молодёжн", "спорт", "таможн", "границ"],
    *["миграци", "экологи", "информаци", "безопасност", "промышленност", "сельск", "хозяйств"],
    *[
        "цифров",
        "финанс",
        "банк",
        "связ",
        "регион",
        "форум",
        "выставк",
        "делегаци",
        "эксперт",
        "Қазақстан",
    ],
]
_WORDS = [root + end for root in _ROOTS for end in ("", "а", "и", "ой", "ых", "ами", "ия", "ов")]
_TIMINGS = ("II кв. 2024 г.", "I полугодие 2023 г.", "2024 г.", "по согласованию сторон")
_AGENCIES = ("МИД РК", "МИД России", "Минторговли РК", "Минэкономразвития России")


def _title(rnd: random.Random) -> str:
    return " ".join(rnd.choice(_WORDS) for _ in range(12)).capitalize()


def build_plan(service: PlanService, count: int, seed: int = 11) -> int:
    rnd = random.Random(seed)
    plan = service.create_plan(code="BENCH-A", title="План мероприятий (проект А)")
    assert plan.id is not None
    sectors = [
        service.add_sector(plan.id, f"Раздел {n} {rnd.choice(_ROOTS)}").id for n in range(20)
    ]
    rows = []
    for i in range(count):
        rows.append(
            {
                "sector_id": sectors[i * len(sectors) // count],
                "title": _title(rnd),
                "form": "Протокол",
                "timing": rnd.choice(_TIMINGS),
                "responsible_a": rnd.choice(_AGENCIES[:2]),
                "responsible_b": rnd.choice(_AGENCIES[1:]),
            }
        )
    service.add_measures_bulk(plan.id, rows)
    return plan.id


def read_export(path: Path) -> tuple[tuple, list[list]]:
    """The export's header row and its sections as [number, name, [measure rows]]."""
    from openpyxl import load_workbook

    rows = list(load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
    at = next(n for n, row in enumerate(rows) if row[-1] == "ID")
    sections: list[list] = []
    for row in rows[at + 2 :]:
        if row[-1]:
            sections[-1][2].append(list(row))
        elif row[0] and row[1]:
            sections.append([str(row[0]), row[1], []])
    return rows[at], sections


def partner_edits(sections: list[list], seed: int) -> list[list]:
    """The partner's edits (see the module docstring); measure numbers follow."""
    rnd = random.Random(seed)
    out = [[number, name, [list(r) for r in measures]] for number, name, measures in sections]
    everything = [(s, r) for s, section in enumerate(out) for r in section[2]]
    count = len(everything)
    for _s, row in everything:
        roll = rnd.random()
        if roll < 0.10:
            words = str(row[1]).split()
            words[rnd.randrange(len(words))] = rnd.choice(_WORDS)
            row[1] = " ".join(words)
        elif roll < 0.12:
            row[3] = rnd.choice(_TIMINGS)
    picked = rnd.sample(everything, count // 50 + count // 100)
    for s, row in picked[: count // 50]:  # removed
        out[s][2].remove(row)
    for s, row in picked[count // 50 :]:  # moved to the next sector
        out[s][2].remove(row)
        out[(s + 1) % len(out)][2].insert(0, row)
    width = len(everything[0][1])
    for _ in range(count // 50):  # added, without an ID
        section = rnd.choice(out)[2]
        new = ["", _title(rnd), "Протокол", "2025 г.", "МИД РК", "МИД России"]
        section.insert(rnd.randrange(len(section) + 1), new + [None] * (width - len(new)))
    return out


def write_edition(path: Path, header: tuple, sections: list[list], with_ids: bool) -> Path:
    """A partner's sheet: the header, then section rows and measures, renumbered."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    width = len(header) if with_ids else len(header) - 1
    sheet.append(list(header[:width]))
    for number, name, measures in sections:
        sheet.append([number, name])
        for k, row in enumerate(measures, start=1):
            sheet.append([f"{number}{k}", *row[1:width]])
    book.save(path)
    return path


def raw_read(*paths: Path) -> None:
    from python_calamine import CalamineWorkbook

    for path in paths:
        book = CalamineWorkbook.from_path(str(path))
        book.get_sheet_by_index(0).to_python()
        book.close()


def main(count: int = 2000) -> list[dict]:
    print(f"-- comparison table: two editions of {count:,} plan-like measures")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        store = open_store(f"sqlite:///{tmp / 'bench.db'}")
        service = PlanService(store)
        plan_id = build_plan(service, count)
        exported = tmp / "a.xlsx"
        export_plan(service, plan_id, exported, "ru")
        header, sections = read_export(exported)
        edited = write_edition(tmp / "b.xlsx", header, partner_edits(sections, 5), True)
        a_sheet = write_edition(tmp / "a-plain.xlsx", header, sections, False)
        b_sheet = write_edition(tmp / "b-plain.xlsx", header, partner_edits(sections, 5), False)

        def by_id():
            a = edition_from_plan(service, plan_id)
            b = read_edition(edited)
            c = compare(a, b)
            return c, comparison_document(c, "ru")

        def by_text():
            c = compare(read_edition(a_sheet), read_edition(b_sheet))
            return c, comparison_document(c, "ru")

        for name, run, files in (
            ("compare, store plan vs edited export (by id)", by_id, (exported, edited)),
            ("compare, two sheets without ids (by text)", by_text, (a_sheet, b_sheet)),
        ):
            baseline = best_of(lambda files=files: raw_read(*files))
            measured = best_of(run)
            comparison, _document = run()
            results.append(report(name, measured, baseline, None))
            counts = comparison.counts()
            print(
                f"{'':<44} {counts['changed']} changed, {counts['added']} added, "
                f"{counts['removed']} removed, {counts['unchanged']} unchanged; "
                f"{measured:.2f} s absolute (issue: within 5 s)"
            )
        comparison, document = by_id()
        table = document.tables()[0]
        texts = [[cell_text(v) for v in row.cells] for row in table.rows if isinstance(row, Row)]

        def plain_docx() -> None:
            from docx import Document

            doc = Document()
            grid = doc.add_table(rows=len(texts) + 1, cols=3)
            for r, row in enumerate(grid.rows[1:]):
                for cell, text in zip(row.cells, texts[r], strict=True):
                    cell.text = text
            doc.save(str(tmp / "plain.docx"))

        def plain_xlsx() -> None:
            import xlsxwriter

            book = xlsxwriter.Workbook(str(tmp / "plain.xlsx"))
            sheet = book.add_worksheet()
            for r, row in enumerate(texts):
                for c, text in enumerate(row):
                    sheet.write_string(r, c, text)
            book.close()

        for name, fn, base in (
            (".docx of the whole table", lambda: write_docx(document, tmp / "c.docx"), plain_docx),
            (".xlsx of the whole table", lambda: write_xlsx(document, tmp / "c.xlsx"), plain_xlsx),
        ):
            baseline = best_of(base)
            measured = best_of(fn)
            results.append(report(name, measured, baseline, None))
        try:
            from coopdesk.ui.reports.pdf import write_pdf
        except ImportError:
            write_pdf = None
        if write_pdf is not None:
            # The baseline: the same table with every cell as plain text (no marks).
            plain = copy.copy(document)
            plain.blocks = [
                Table(table.columns, [Row(tuple(t)) for t in texts], numbered_header=True)
                if isinstance(b, Table)
                else b
                for b in document.blocks
            ]
            baseline = best_of(lambda: write_pdf(plain, tmp / "plain.pdf"), repeat=1)
            measured = best_of(lambda: write_pdf(document, tmp / "c.pdf"), repeat=1)
            results.append(report(".pdf of the whole table", measured, baseline, None))
        store.close()
    return results


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
