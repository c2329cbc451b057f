"""Report layouts to PDF files, from the window or from the command line (no display needed)."""

from __future__ import annotations

import contextlib
import os
import sys
import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPdfWriter

from coopdesk import __version__
from coopdesk.errors import msg
from coopdesk.reports.document import Document
from coopdesk.reports.output import ReportOutputError, check_output_path
from coopdesk.ui.reports.renderer import render_document


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new headless one for the command line.

    Rendering needs fonts, hence a GUI application. The command line makes one on
    Qt's "offscreen" platform unless ``QT_QPA_PLATFORM`` says otherwise: it never
    shows a window, and a ``DISPLAY`` that cannot be reached (a shell over SSH)
    would make the default platform abort the process. It is a QApplication, not a
    bare QGuiApplication, so that the same process can still build widgets later
    (Qt aborts on a widget made under a QGuiApplication).
    """
    app = QCoreApplication.instance()
    if app is not None:
        return app
    from PySide6.QtWidgets import QApplication

    argv = [sys.argv[0] if sys.argv and sys.argv[0] else "coopdesk"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    return QApplication(argv)


def write_pdf(document: Document, path: str | os.PathLike[str]) -> int:
    """Write ``document`` as a PDF file at ``path``; returns the number of pages.

    The file is written beside its destination and moved over it when complete,
    so a failure never leaves half a PDF (or destroys an older one).  Raises
    :class:`ReportOutputError` with a message a user can act on.
    """
    target = check_output_path(path)
    ensure_gui_application()
    # Qt creates the file itself, with the usual permissions (mkstemp's would be 0600).
    temp = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    try:
        writer = QPdfWriter(str(temp))
        writer.setTitle(document.name or document.title.heading)
        writer.setCreator(f"CoopDesk {__version__}")
        try:
            pages = render_document(document, writer)
        except OSError:
            raise ReportOutputError(
                msg("Cannot write the PDF file {path}"), path=str(target)
            ) from None
        finally:
            del writer  # closes the file
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise ReportOutputError(
                msg("Cannot write {path}: {reason} (is it open in another program?)"),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from None
        return pages
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
