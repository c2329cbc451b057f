"""Comparing two editions of a plan: pairing (by id, number, text), word diffs, user pairing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.exchange.compare import (
    Edition,
    EditionMeasure,
    Mark,
    PairedBy,
    RowKind,
    compare,
    new_text,
    old_text,
    read_edition,
    word_diff,
)
from coopdesk.exchange.model import ImportRefused

from .conftest import write_sheet

SECTORS = {"1": "Political dialogue", "2": "Trade and investment"}

#: Edition A: (uid, sector, number, title).
A_ROWS = [
    ("u1", "1", "1.1.", "Consultations of the deputy ministers of foreign affairs"),
    ("u2", "1", "1.2.", "Visit of the President of Kazakhstan to Moscow"),
    ("u3", "1", "1.3.", "Joint meeting of the expert groups on visas"),
    ("u4", "1", "1.4.", "Қазақстан мен Ресей сыртқы істер министрліктерінің кеңесі"),
    ("u5", "1", "1.5.", "Exchange of delegations of young diplomats"),
    ("u6", "2", "2.1.", "Meeting of the intergovernmental commission on trade"),
]
#: Edition B: 1.2 retitled, 1.3 removed, 1.4 renumbered to 1.3, 1.5 moved to 2.2,
#: 2.3 added; 1.1 and 2.1 as they were.
B_ROWS = [
    ("u1", "1", "1.1.", "Consultations of the deputy ministers of foreign affairs"),
    ("u2", "1", "1.2.", "Official visit of the President of Kazakhstan to Moscow and Sochi"),
    ("u4", "1", "1.3.", "Қазақстан мен Ресей сыртқы істер министрліктерінің кеңесі"),
    ("u6", "2", "2.1.", "Meeting of the intergovernmental commission on trade"),
    ("u5", "2", "2.2.", "Exchange of delegations of young diplomats"),
    (None, "2", "2.3.", "Forum of the regions of Kazakhstan and Russia"),
]


def edition(label: str, rows, with_ids: bool = True) -> Edition:
    measures = []
    for index, (uid, sector, number, title) in enumerate(rows):
        values = {
            "number": number,
            "title": title,
            "description": "",
            "form": "Protocol",
            "timing": "Q2 2023",
            "responsible_a": "МИД РК",
            "responsible_b": "МИД России",
            "location": "",
            "notes": "",
            "sector": sector,
        }
        measures.append(EditionMeasure(index, uid if with_ids else None, values, SECTORS[sector]))
    return Edition(label, measures, title="Plan 2023-2024")


def summary(comparison) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    return [
        (
            row.kind.value,
            row.a.number if row.a else None,
            row.b.number if row.b else None,
            row.changed_fields,
        )
        for row in comparison.rows
    ]


EXPECTED = [
    ("unchanged", "1.1.", "1.1.", ()),
    ("changed", "1.2.", "1.2.", ("title",)),
    ("removed", "1.3.", None, ()),
    ("changed", "1.4.", "1.3.", ("number",)),
    ("unchanged", "2.1.", "2.1.", ()),
    ("changed", "1.5.", "2.2.", ("number", "sector")),
    ("added", None, "2.3.", ()),
]


def test_editions_paired_by_id_list_exactly_their_differences() -> None:
    comparison = compare(edition("A", A_ROWS), edition("B", B_ROWS))
    assert summary(comparison) == EXPECTED
    assert {r.pair.by for r in comparison.rows if r.a and r.b} == {PairedBy.ID}
    assert comparison.counts() == {
        "unchanged": 2, "changed": 3, "added": 1, "removed": 1, "moved": 1, "renumbered": 2,
    }  # fmt: skip
    assert [r.number for r in comparison.differences()] == ["1.2.", "1.3.", "1.3.", "2.2.", "2.3."]


def test_editions_without_ids_pair_by_number_and_by_similar_text() -> None:
    comparison = compare(edition("A", A_ROWS, with_ids=False), edition("B", B_ROWS, with_ids=False))
    assert summary(comparison) == EXPECTED
    how = {(r.a.number, r.b.number): r.pair.by for r in comparison.rows if r.a and r.b}
    # Same number and alike titles: by number; renumbered or moved: by text.
    assert how == {
        ("1.1.", "1.1."): PairedBy.NUMBER,
        ("1.2.", "1.2."): PairedBy.NUMBER,
        ("2.1.", "2.1."): PairedBy.NUMBER,
        ("1.4.", "1.3."): PairedBy.TEXT,
        ("1.5.", "2.2."): PairedBy.TEXT,
    }


def test_numbers_shifted_by_a_removal_do_not_mislead_the_pairing() -> None:
    titles = [
        "Консультации по вопросам консульского сотрудничества",
        "Консультации по вопросам сотрудничества в сфере образования",
        "Консультации по вопросам сотрудничества в сфере культуры",
        "Консультации по вопросам сотрудничества в сфере науки",
    ]
    a = edition("A", [(None, "1", f"1.{n + 1}.", t) for n, t in enumerate(titles)])
    # B drops 1.1 and rewords one word of the old 1.3 (now 1.2): every number shifts.
    b_titles = [titles[1], titles[2].replace("культуры", "искусства"), titles[3]]
    b = edition("B", [(None, "1", f"1.{n + 1}.", t) for n, t in enumerate(b_titles)])
    rows = [
        (r.kind.value, r.a.title if r.a else None, r.b.title if r.b else None)
        for r in compare(a, b).rows
    ]
    assert rows == [
        ("removed", titles[0], None),
        ("changed", titles[1], titles[1]),
        ("changed", titles[2], b_titles[1]),
        ("changed", titles[3], titles[3]),
    ]


def test_an_id_pairs_measures_whatever_their_text() -> None:
    b_rows = [*B_ROWS]
    b_rows[1] = ("u2", "2", "9.9.", "Something else entirely")
    comparison = compare(edition("A", A_ROWS), edition("B", b_rows))
    row = next(r for r in comparison.rows if r.a and r.a.uid == "u2")
    assert row.b is not None and row.b.number == "9.9."
    assert row.pair.by is PairedBy.ID
    assert set(row.changed_fields) == {"number", "title", "sector"}


def test_a_renamed_sector_moves_no_measure() -> None:
    b = edition("B", A_ROWS)
    renamed = [
        EditionMeasure(m.index, m.uid, m.values, "Political dialogue and visits")
        if m.values["sector"] == "1"
        else m
        for m in b.measures
    ]
    comparison = compare(edition("A", A_ROWS), Edition("B", renamed))
    assert comparison.counts()["unchanged"] == len(A_ROWS)


def test_the_user_changes_the_pairing() -> None:
    a = edition("A", A_ROWS, with_ids=False)
    b = edition("B", B_ROWS, with_ids=False)
    comparison = compare(a, b)
    # The user says the new forum (B 2.3) replaces the visa meeting (A 1.3).
    paired = comparison.with_pair(2, 5)
    row = next(r for r in paired.rows if r.a and r.a.number == "1.3.")
    assert row.b is not None and row.b.number == "2.3."
    assert row.pair.by is PairedBy.USER and row.kind is RowKind.CHANGED
    assert paired.counts()["added"] == 0 and paired.counts()["removed"] == 0
    # Pairing A 1.1 with B 2.3 instead frees both former partners.
    again = paired.with_pair(0, 5)
    kinds = {(r.a.number if r.a else None, r.b.number if r.b else None): r.kind for r in again.rows}
    assert kinds[("1.1.", "2.3.")] is RowKind.CHANGED
    assert kinds[("1.3.", None)] is RowKind.REMOVED
    assert kinds[(None, "1.1.")] is RowKind.ADDED
    # Unpairing gives a removed and an added row.
    apart = comparison.without_pair(1)
    assert (RowKind.REMOVED, "1.2.") in [(r.kind, r.a.number if r.a else None) for r in apart.rows]
    assert (RowKind.ADDED, "1.2.") in [(r.kind, r.b.number if r.b else None) for r in apart.rows]
    # Every measure stays in exactly one row.
    for c in (paired, again, apart):
        assert sorted(r.a.index for r in c.rows if r.a) == list(range(len(a.measures)))
        assert sorted(r.b.index for r in c.rows if r.b) == list(range(len(b.measures)))


def test_only_fields_both_editions_carry_are_compared() -> None:
    a = edition("A", A_ROWS)
    b = edition("B", A_ROWS)
    # B's sheet has no "Timing" column: its empty timings are no change.
    b = Edition(
        "B",
        [
            EditionMeasure(m.index, m.uid, {**m.values, "timing": ""}, m.sector_name)
            for m in b.measures
        ],
        fields=frozenset(a.fields - {"timing"}),
    )
    comparison = compare(a, b)
    assert "timing" not in comparison.fields
    assert comparison.counts()["unchanged"] == len(A_ROWS)


def test_word_diff_marks_whole_words() -> None:
    segments = word_diff("Визит в Москву в 2023 г.", "Визит в Астану в 2024 г.")
    assert [(s.text, s.mark) for s in segments] == [
        ("Визит в ", Mark.SAME),
        ("Москву", Mark.DELETED),
        ("Астану", Mark.ADDED),
        (" в ", Mark.SAME),
        ("2023", Mark.DELETED),
        ("2024", Mark.ADDED),
        (" г.", Mark.SAME),
    ]
    # Changes a space apart read as one struck stretch and one bold one.
    assert [(s.text, s.mark) for s in word_diff("big red car", "small blue car")] == [
        ("big red", Mark.DELETED),
        ("small blue", Mark.ADDED),
        (" car", Mark.SAME),
    ]


_TEXT = st.text(alphabet=st.sampled_from(list("аәбвгғқңөұүһіёжзAbc 12.,-–\n")), max_size=40)


@given(_TEXT, _TEXT)
def test_word_diff_keeps_both_texts(old: str, new: str) -> None:
    segments = word_diff(old, new)
    assert old_text(segments) == old
    assert new_text(segments) == new
    assert all(s.text for s in segments)


def test_workbooks_read_as_editions(tmp_path: Path) -> None:
    def sheet(name: str, rows) -> Path:
        out = [["No.", "Measure", "Form of completion", "Timing", "Responsible agencies"]]
        current = None
        for _uid, sector, number, title in rows:
            if sector != current:
                current = sector
                out.append([f"{sector}.", SECTORS[sector], "", "", ""])
            out.append([number, title, "Protocol", "Q2 2023", "МИД РК"])
        return write_sheet(tmp_path / name, out)

    a = read_edition(sheet("a.xlsx", A_ROWS))
    b = read_edition(sheet("b.xlsx", B_ROWS))
    assert a.label == "a.xlsx" and len(a.measures) == len(A_ROWS)
    assert a.measures[3].title == A_ROWS[3][3]  # Kazakh letters intact
    assert summary(compare(a, b)) == EXPECTED


def test_files_that_cannot_be_compared_are_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="not supported yet"):
        draft = tmp_path / "draft.docx"
        draft.write_bytes(b"PK")
        read_edition(draft)
    with pytest.raises(ImportRefused, match=r"cannot be compared: give a \.csv, \.docx, \.xlsx"):
        read_edition(tmp_path / "plan.ods")
    with pytest.raises(ImportRefused, match="There is no file"):
        read_edition(tmp_path / "missing.xlsx")
