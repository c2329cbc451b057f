"""Excel exchange with partner ministries: export, import, and the merge of their edits.

The package is core code (no Qt). Untrusted files pass :mod:`~coopdesk.exchange.guard`
before any parser sees them; :mod:`~coopdesk.exchange.xlsx_import` and
:mod:`~coopdesk.exchange.csv_import` turn them into a grid of cells,
:mod:`~coopdesk.exchange.sheet_reader` finds the plan in that grid, and
:mod:`~coopdesk.exchange.merge` compares it with the store. Writing to the store is
the job of :mod:`coopdesk.services.imports`.
"""
