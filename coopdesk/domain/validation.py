"""One answer to odd input, wherever it comes from (the window, the CLI, an import).

Every text field goes through :func:`check_text`: no NUL character (PostgreSQL
refuses it, SQLite would keep it), no lone surrogate (it cannot be written as
UTF-8 at all), and a maximum length per field, so that nothing is accepted that
one back end or an Excel cell (32,767 characters) would later refuse or cut.
Dates go through :func:`check_date` and periods through :func:`check_period`
(years :data:`MIN_YEAR` to :data:`MAX_YEAR`, start not after end), so that calendars
and reports never meet a year 1 or 9999. Each failure is a
:class:`~coopdesk.errors.ValidationError` whose message names the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from coopdesk.errors import Text, ValidationError, msg

#: Excel's limit for one cell: a longer text could not be exported without cutting it.
EXCEL_CELL_CHARS = 32_767

#: A title, a name, one line of words (party, place, timing, location).
LINE_CHARS = 2_000

#: Sensible years for a plan of measures and the dates in it.
MIN_YEAR = 1900
MAX_YEAR = 2200

#: Maximum length of each text field (by its name in the store and in ``show --json``).
#: Codes and numbers follow their column sizes; long texts stop at an Excel cell.
MAX_CHARS: dict[str, int] = {
    # plan
    "code": 64,
    "title": LINE_CHARS,
    "party_a": LINE_CHARS,
    "party_b": LINE_CHARS,
    "signed_place": LINE_CHARS,
    # sector
    "name": LINE_CHARS,
    "sector_code": 32,
    # measure
    "number": 32,
    "description": EXCEL_CELL_CHARS,
    "responsible_a": EXCEL_CELL_CHARS,
    "responsible_b": EXCEL_CELL_CHARS,
    "form": EXCEL_CELL_CHARS,
    "timing": LINE_CHARS,
    "timing_text": LINE_CHARS,
    "location": LINE_CHARS,
    "notes": EXCEL_CELL_CHARS,
}

#: What a field is called in messages (English templates the window translates).
LABELS: dict[str, str] = {
    "code": msg("Code"),
    "title": msg("Title"),
    "party_a": msg("Party A"),
    "party_b": msg("Party B"),
    "signed_place": msg("Place of signing"),
    "name": msg("Name"),
    "sector_code": msg("Sector code"),
    "number": msg("Number"),
    "description": msg("Description"),
    "responsible_a": msg("Responsible (party A)"),
    "responsible_b": msg("Responsible (party B)"),
    "form": msg("Form of completion"),
    "timing": msg("Timing"),
    "timing_text": msg("Timing"),
    "location": msg("Location"),
    "notes": msg("Notes"),
    "period_start": msg("Period start"),
    "period_end": msg("Period end"),
    "signed_date": msg("Signed date"),
    "kind": msg("Kind"),
    "level": msg("Level"),
    "framework": msg("Framework"),
    "status": msg("Status"),
    "priority": msg("Priority"),
}

_SURROGATE = re.compile("[\ud800-\udfff]")


def label(field: str) -> str:
    """The English name of ``field`` in messages ("Timing" for ``timing_text``)."""
    return LABELS.get(field, field.replace("_", " ").capitalize())


def field_label(field: str) -> Text:
    """The name of ``field`` as a message part the window translates."""
    return Text(label(field))


def _refuse(field: str, problem: str, /, **params: object) -> ValidationError:
    return ValidationError(
        msg("Field '{field}': {problem}"), field=field_label(field), problem=Text(problem, **params)
    )


def check_text(
    field: str,
    value: Any,
    *,
    max_chars: int | None = None,
    required: bool = False,
) -> str:
    """Return ``value`` unchanged if it is acceptable text for ``field``, else raise.

    ``max_chars`` defaults to :data:`MAX_CHARS` for the field (or an Excel cell for
    a field it does not know). ``required`` refuses an empty or blank text.
    """
    if not isinstance(value, str):
        raise _refuse(field, msg("expected text, got {type}"), type=type(value).__name__)
    nul = value.find("\x00")
    if nul >= 0:
        raise _refuse(
            field,
            msg("contains a NUL character (at position {position}); remove it"),
            position=nul + 1,
        )
    surrogate = _SURROGATE.search(value)
    if surrogate is not None:
        raise _refuse(
            field,
            msg(
                "contains a broken character (a lone UTF-16 surrogate, U+{code}, at position "
                "{position}); retype or paste the text again"
            ),
            code=f"{ord(surrogate.group()):04X}",
            position=surrogate.start() + 1,
        )
    limit = max_chars if max_chars is not None else MAX_CHARS.get(field, EXCEL_CELL_CHARS)
    if len(value) > limit:
        raise _refuse(
            field,
            msg("is {length:,} characters long; at most {limit:,} fit, shorten it"),
            length=len(value),
            limit=limit,
        )
    if required and not value.strip():
        raise _refuse(field, msg("must not be empty"))
    return value


def check_texts(values: Mapping[str, Any], *, required: tuple[str, ...] = ()) -> None:
    """Check every text in ``values`` (a field → value mapping); others are left alone.

    Fields in ``required`` must be present and not blank.
    """
    for field in required:
        if field not in values:
            raise _refuse(field, msg("must not be empty"))
    for field, value in values.items():
        if isinstance(value, str) or field in required:
            check_text(field, value, required=field in required)


def check_date(field: str, value: Any, *, optional: bool = True) -> date | None:
    """Return ``value`` if it is a date in the sensible years (None passes if ``optional``)."""
    if value is None:
        if optional:
            return None
        raise _refuse(field, msg("a date is required"))
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise _refuse(field, msg("expected a date, got {type}"), type=type(value).__name__)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise _refuse(
            field,
            msg("{date} is outside the years {first}-{last} CoopDesk plans in"),
            date=value.isoformat(),
            first=MIN_YEAR,
            last=MAX_YEAR,
        )
    return value


def check_period(
    start: Any,
    end: Any,
    *,
    start_field: str = "period_start",
    end_field: str = "period_end",
) -> tuple[date | None, date | None]:
    """Check a period: each end a sensible date (or None), the start not after the end."""
    first = check_date(start_field, start)
    last = check_date(end_field, end)
    if first is not None and last is not None and first > last:
        raise ValidationError(
            msg(
                "Fields '{start_field}' and '{end_field}': the period ends ({end}) before it "
                "starts ({start})"
            ),
            start_field=field_label(start_field),
            end_field=field_label(end_field),
            end=last.isoformat(),
            start=first.isoformat(),
        )
    return first, last
