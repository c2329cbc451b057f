"""The numbering rules of a plan: a sector's code by its place, a measure's number by its place.

One place for the rules the services, imports and views all follow (README,
"Numbering"): top-level sectors are ``1``, ``2`` …, their children ``1.1``, ``1.2`` …;
a measure's number is its sector's code and its place in the sector, counted from
one (``1.2.3``).  A sector code kept from an imported plan (``I``, ``II``) is used as
it is: ``II.3``.  Positions are 0-based, as the store keeps them.
"""

from __future__ import annotations


def measure_number(sector_code: str, position: int) -> str:
    """The automatic number of the measure at 0-based ``position`` of a sector: "1.2.3"."""
    return f"{sector_code}.{position + 1}"


def sector_code(parent_code: str | None, position: int) -> str:
    """The code of the sector at 0-based ``position`` under a parent (None: top level)."""
    return f"{parent_code}.{position + 1}" if parent_code is not None else str(position + 1)
