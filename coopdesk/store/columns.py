"""Column order of the plain measure rows: kept for importers not yet switched.

The row type and its column lists live in the domain now
(:mod:`coopdesk.domain.rows`); this module only re-exports them so that
``exchange/model.py``, the services and ``ui/workspace.py`` keep working until they
import the domain directly.  Nothing in the domain imports this module.
"""

from coopdesk.domain.rows import MEASURE_CONTENT_COLUMNS, MEASURE_ROW_COLUMNS, MeasureRow

__all__ = ["MEASURE_CONTENT_COLUMNS", "MEASURE_ROW_COLUMNS", "MeasureRow"]
