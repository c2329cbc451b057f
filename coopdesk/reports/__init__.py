"""Reports as an abstract layout: plan document, status report, upcoming events, agencies.

No Qt here: :mod:`~coopdesk.reports.catalog` builds a
:class:`~coopdesk.reports.document.Document` from a plan, and ``coopdesk.ui.reports``
renders it to PDF, the printer or the print preview.  This package's ``__init__``
stays empty so that ``coopdesk --help`` (which imports :mod:`.commands`) stays fast.
"""
