"""Table cells wrap between words; a word wider than its column is hyphenated."""

from __future__ import annotations

from coopdesk.reports.wrapping import split_long_word, wrap_text


def width(text: str) -> float:
    """One unit a letter: enough to test the rules."""
    return float(len(text))


def test_lines_break_between_words() -> None:
    assert wrap_text("Консультации заместителей министров", 26, width) == [
        "Консультации заместителей",
        "министров",
    ]


def test_a_word_is_never_cut_when_it_fits_a_line() -> None:
    for line_width in range(13, 40):
        lines = wrap_text("Статус: Запланировано в стадии подготовки", line_width, width)
        assert "Запланировано" in lines or any("Запланировано" in line for line in lines)


def test_a_word_wider_than_the_column_is_hyphenated_at_a_syllable() -> None:
    lines = wrap_text("Запланировано", 8, width)
    assert lines == ["Заплани-", "ровано"]
    assert all(width(line) <= 8 for line in lines)
    assert wrap_text("подготовки", 7, width) == ["подго-", "товки"]
    kazakh = wrap_text("ынтымақтастық", 8, width)
    assert kazakh[0].endswith("-") and "".join(p.rstrip("-") for p in kazakh) == "ынтымақтастық"


def test_a_hyphenated_word_breaks_after_its_hyphen() -> None:
    assert wrap_text("казахстанско-российский форум", 14, width) == [
        "казахстанско-",
        "российский",
        "форум",
    ]


def test_every_part_keeps_two_letters() -> None:
    parts = split_long_word("Министерство", 5, width)
    assert all(len(p.rstrip("-")) >= 2 for p in parts)
    assert "".join(p[:-1] if p.endswith("-") else p for p in parts) == "Министерство"


def test_closing_marks_go_on_rather_than_cutting_the_word() -> None:
    assert wrap_text("(болдырылмады)", 13, width) == ["(болдырылмады", ")"]
