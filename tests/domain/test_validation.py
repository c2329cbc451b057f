"""Odd input gets one answer everywhere: texts and dates (issue 11, item 8)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.validation import (
    EXCEL_CELL_CHARS,
    LINE_CHARS,
    MAX_CHARS,
    MAX_YEAR,
    MIN_YEAR,
    check_date,
    check_period,
    check_text,
    check_texts,
)
from coopdesk.errors import ValidationError

# Text a user can type or paste: any character but NUL and surrogates (Cyrillic, Kazakh, emoji...).
clean_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300
)


@given(clean_text)
def test_clean_text_passes_unchanged(text: str) -> None:
    assert check_text("title", text) == text
    text.encode("utf-8")  # and it can be stored anywhere


@given(clean_text, clean_text)
def test_a_nul_anywhere_is_refused_naming_the_field_and_position(before: str, after: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_text("notes", before + "\x00" + after)
    message = str(caught.value)
    assert message.startswith("Field 'Notes': contains a NUL character")
    assert f"position {len(before) + 1}" in message


@given(clean_text, st.integers(0xD800, 0xDFFF), clean_text)
def test_a_lone_surrogate_is_refused(before: str, code: int, after: str) -> None:
    text = before + chr(code) + after
    with pytest.raises(UnicodeEncodeError):
        text.encode("utf-8")  # what the services used to let through
    with pytest.raises(ValidationError, match=r"Field 'Timing': contains a broken character"):
        check_text("timing_text", text)


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("title", LINE_CHARS),
        ("description", EXCEL_CELL_CHARS),
        ("location", LINE_CHARS),
        ("timing_text", LINE_CHARS),
        ("code", 64),
        ("number", 32),
    ],
)
def test_each_field_has_its_limit(field: str, limit: int) -> None:
    assert MAX_CHARS[field] == limit
    assert check_text(field, "я" * limit) == "я" * limit
    with pytest.raises(ValidationError, match=rf"{limit:,} fit"):
        check_text(field, "я" * (limit + 1))


def test_no_text_field_allows_more_than_an_excel_cell() -> None:
    assert max(MAX_CHARS.values()) == EXCEL_CELL_CHARS
    with pytest.raises(ValidationError, match="32,768 characters long; at most 32,767"):
        check_text("some_new_field", "x" * 32_768)


def test_required_and_wrong_types() -> None:
    with pytest.raises(ValidationError, match="Field 'Title': must not be empty"):
        check_text("title", "   ", required=True)
    with pytest.raises(ValidationError, match="expected text, got int"):
        check_text("title", 12)
    with pytest.raises(ValidationError, match="Field 'Title': must not be empty"):
        check_texts({"notes": "x"}, required=("title",))
    check_texts({"title": "Визит", "level": None, "number_pinned": True})
    with pytest.raises(ValidationError, match="Field 'Party B'"):
        check_texts({"title": "ok", "party_b": "МИД\x00"})


@given(st.dates())
def test_dates_outside_the_sensible_years_are_refused(day: date) -> None:
    if MIN_YEAR <= day.year <= MAX_YEAR:
        assert check_date("signed_date", day) == day
    else:
        with pytest.raises(ValidationError, match=r"Field 'Signed date': .* outside the years"):
            check_date("signed_date", day)


@given(
    st.dates(date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)),
    st.dates(date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)),
)
def test_a_period_must_not_end_before_it_starts(a: date, b: date) -> None:
    if a <= b:
        assert check_period(a, b) == (a, b)
    else:
        with pytest.raises(
            ValidationError, match="'Period start' and 'Period end': the period ends"
        ):
            check_period(a, b)


def test_the_period_of_the_issue_is_refused_and_open_ends_are_fine() -> None:
    with pytest.raises(ValidationError, match="0001-01-01 is outside the years 1900-2200"):
        check_period(date(1, 1, 1), date(9999, 12, 31))
    with pytest.raises(ValidationError, match="Period end"):
        check_period(date(2023, 1, 1), date(9999, 12, 31))
    assert check_period(None, date(2024, 12, 31)) == (None, date(2024, 12, 31))
    assert check_period(datetime(2023, 4, 12, 10, 0), None) == (date(2023, 4, 12), None)
    with pytest.raises(ValidationError, match="a date is required"):
        check_date("period_start", None, optional=False)
    with pytest.raises(ValidationError, match="expected a date, got str"):
        check_date("period_start", "2023-01-01")
