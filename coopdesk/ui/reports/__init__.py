"""Reports on paper and in PDF: the Qt renderer of :mod:`coopdesk.reports` layouts.

Public API, for the window's menus:

* :func:`.preview.preview_report` (print preview, printing from its toolbar),
  :func:`.preview.print_report`, :func:`.preview.save_report_pdf`: one built document.
* :func:`.dialog.open_reports_dialog`: File > Reports… (choose kind, language, period,
  selection); :func:`.dialog.preview_plan`: File > Print… (the plan document).
* :func:`.pdf.write_pdf`: a document to a PDF file (the CLI uses it, headless).

Modules are imported one by one (no imports here), so the command line loads
only what writing a PDF needs.
"""
