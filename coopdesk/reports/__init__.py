"""Reports as an abstract layout: plan document, status report, upcoming events, agencies.

No Qt here: :mod:`~coopdesk.reports.catalog` builds a
:class:`~coopdesk.reports.document.Document` from a plan, and ``coopdesk.ui.reports``
renders it to PDF, the printer or the print preview; ``coopdesk report``
(:mod:`coopdesk.cli.reports`) writes it as a PDF file from the command line.
"""
