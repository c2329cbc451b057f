"""``coopdesk compare A B OUT.docx|OUT.pdf|OUT.xlsx``: the comparison table of two editions.

A and B are each a plan of the store (its id or code) or a file (.xlsx, .csv; .docx
once Word import lands). Measures pair by id where both editions share one (a plan
and a workbook exported from it), else by number and by text similarity. The table
has three columns: the text as it stood (A), the text proposed (B, deletions struck
through and additions in bold) and a comment column to fill. ``--changed-only``
leaves out the measures that did not change; ``--json`` also prints the pairing and
the differences as JSON (``a``, ``b``, ``fields``, ``counts``, ``rows`` with
``kind``, ``paired_by``, ``score``, ``a`` and ``b`` (``uid``, ``number``, ``title``)
and ``changed``).

Light at import (``coopdesk --help`` loads it): the store, the comparison and the
writers are imported when the command runs; Qt only for a PDF.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.cli.common import emit, open_service
from coopdesk.reports.labels import REPORT_LANGS

if TYPE_CHECKING:
    from coopdesk.reports.document import Document

#: What the comparison table can be written as, by suffix.
OUTPUTS = (".docx", ".pdf", ".xlsx")


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``compare``."""
    parser = subparsers.add_parser(
        "compare",
        help="write the comparison table of two editions of a plan (.docx, .pdf, .xlsx)",
        description="Compare two editions of a plan and write the comparison table: the "
        "text as it stood (A), the text proposed (B) with deletions struck through and "
        "additions in bold, and a comment column. A and B are each a plan of the store "
        "(id or code) or a file (.xlsx, .csv).",
    )
    parser.add_argument("a", metavar="A", help="edition A (as it stood): a plan or a file")
    parser.add_argument("b", metavar="B", help="edition B (as proposed): a plan or a file")
    parser.add_argument("out", metavar="OUT", help="the file to write: .docx, .pdf or .xlsx")
    parser.add_argument(
        "--lang", choices=REPORT_LANGS, default="en", help="language of the table (default: en)"
    )
    parser.add_argument(
        "--changed-only",
        action="store_true",
        help="leave out the measures that did not change",
    )
    parser.add_argument(
        "--json", action="store_true", help="also print the pairing and the differences as JSON"
    )
    parser.set_defaults(handler=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    """Read both editions, compare them and write the table."""
    from coopdesk.errors import ValidationError
    from coopdesk.exchange.compare import compare
    from coopdesk.reports.comparison import comparison_document
    from coopdesk.reports.output import check_output_path
    from coopdesk.services.editions import open_edition

    suffix = Path(args.out).suffix.lower()
    if suffix not in OUTPUTS:
        raise ValidationError(
            f"'{args.out}': the comparison table is written as {', '.join(OUTPUTS)}; "
            "give the file one of these endings"
        )
    target = check_output_path(args.out)
    with open_service(args.db) as service:
        a = open_edition(service, args.a)
        b = open_edition(service, args.b)
    comparison = compare(a, b)
    document = comparison_document(comparison, args.lang, changed_only=args.changed_only)
    written = write_comparison(document, target)
    if args.json:
        emit(json.dumps(comparison.as_json(args.changed_only), ensure_ascii=False, indent=2))
    else:
        counts = comparison.counts()
        for note in (*a.notes, *b.notes):
            emit(f"  Note: {note}")
        emit(
            f"Compared {a.label} ({len(a.measures)} measures) with {b.label} "
            f"({len(b.measures)}): {counts['changed']} changed, {counts['added']} added, "
            f"{counts['removed']} removed, {counts['unchanged']} unchanged."
        )
        emit(f"Wrote {written}.")
    return 0


def write_comparison(document: Document, target: Path) -> Path:
    """Write the comparison document in the format ``target``'s suffix names."""
    from coopdesk.errors import CoopDeskError
    from coopdesk.reports.comparison_files import write_docx, write_xlsx

    suffix = target.suffix.lower()
    if suffix == ".docx":
        return write_docx(document, target)
    if suffix == ".xlsx":
        return write_xlsx(document, target)
    try:
        from coopdesk.ui.reports.pdf import write_pdf
    except ImportError as exc:  # a core-only installation
        raise CoopDeskError(f"Writing a PDF needs PySide6, which cannot be loaded: {exc}") from None
    write_pdf(document, target)
    return target
