"""``coopdesk report progress PLAN OUT.pdf|.xlsx|.docx --as-of DATE [--party a|b|both]``.

The official «Информация о ходе реализации Плана мероприятий … по состоянию на …»:
the ``report`` command hands its ``progress`` kind here. The file's extension picks
the format: PDF (Qt's PDF writer, as every report), Excel or Word.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from coopdesk.cli.common import emit, open_service, period_scope

#: The formats a progress report is written in, by the output file's extension.
FORMATS: tuple[str, ...] = (".pdf", ".xlsx", ".docx")


def cmd_progress_report(args: argparse.Namespace) -> int:
    """Build the progress report as of ``--as-of`` (default today) and write it."""
    from coopdesk.errors import CoopDeskError, ValidationError
    from coopdesk.reports.output import check_output_path
    from coopdesk.reports.progress import load_progress_report

    suffix = Path(args.out).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            f"{args.out}: the progress report is written as .pdf, .xlsx or .docx; "
            "give the file one of these extensions"
        )
    if args.days is not None:
        raise ValidationError("--days only applies to the upcoming report")
    as_of = args.as_of or date.today()
    scope = period_scope(args.start, args.end)
    target = check_output_path(args.out)
    with open_service(args.db) as service:
        document = load_progress_report(
            service, args.plan, as_of, party=args.party, lang=args.lang, scope=scope
        )
    if suffix == ".pdf":
        try:
            from coopdesk.ui.reports.pdf import write_pdf
        except ImportError as exc:  # a core-only installation
            raise CoopDeskError(
                f"Writing a PDF needs PySide6, which cannot be loaded: {exc}"
            ) from None
        pages = write_pdf(document, target)
        emit(f"Wrote {target} ({pages} page{'s' if pages != 1 else ''}).")
        return 0
    from coopdesk.reports.progress_files import write_report_file

    try:
        write_report_file(document, target)
    except OSError as exc:
        raise CoopDeskError(f"Could not write {target}: {exc.strerror or exc}") from None
    emit(f"Wrote {target}.")
    return 0
