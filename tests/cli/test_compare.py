"""``coopdesk compare``: a plan against its exported and edited workbook, and clear refusals."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from coopdesk.cli import main

pytestmark = pytest.mark.store

CODE = "KZ-RU-MFA-2023"


@pytest.fixture
def db(sample, store_url: str) -> str:
    return store_url


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def edited(db, tmp_path: Path, capsys) -> Path:
    """The sample plan exported, then edited as a partner would: one title changed (and
    renumbered), one measure deleted, one row added at the end."""
    from openpyxl import load_workbook

    exported = tmp_path / "export.xlsx"
    assert run(capsys, "--db", db, "export", CODE, str(exported), "--lang", "ru")[0] == 0
    book = load_workbook(exported)
    sheet = book.worksheets[0]
    numbers = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    first = numbers["1.1.1"]
    sheet.cell(first, 1).value = "1.1.9"
    sheet.cell(first, 2).value = "Совершенно другое наименование мероприятия"
    sheet.delete_rows(numbers["1.1.2"])
    last = sheet.max_row + 1
    sheet.cell(last, 1).value = "9.9.9"
    sheet.cell(last, 2).value = "Форум регионов Қазақстан және Ресей"
    sheet.cell(last, 4).value = "2024 г."
    book.save(tmp_path / "edited.xlsx")
    return tmp_path / "edited.xlsx"


def test_plan_against_its_edited_export(db, edited: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "c.docx"
    code, stdout, err = run(
        capsys, "--db", db, "compare", CODE, str(edited), str(out), "--changed-only", "--json"
    )
    assert code == 0, err
    report = json.loads(stdout)
    assert report["a"] == CODE and report["b"] == "edited.xlsx"
    kinds = [(r["kind"], r["paired_by"], r["changed"]) for r in report["rows"]]
    # The retitled and renumbered measure still pairs by its id.
    assert kinds == [
        ("changed", "id", ["number", "title"]),
        ("removed", None, []),
        ("added", None, []),
    ]
    assert report["counts"]["unchanged"] == 32
    assert report["rows"][1]["a"]["number"] == "1.1.2"
    from docx import Document

    text = "\n".join(c.text for row in Document(str(out)).tables[0].rows for c in row.cells)
    assert "Форум регионов Қазақстан және Ресей" in text
    assert "Совершенно другое наименование" in text


def test_plain_summary_and_xlsx(db, edited: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "c.xlsx"
    code, stdout, _err = run(capsys, "--db", db, "compare", CODE, str(edited), str(out))
    assert code == 0
    assert "1 changed, 1 added, 1 removed, 32 unchanged" in stdout
    assert out.exists()


@pytest.mark.parametrize(
    ("a", "out", "message"),
    [
        ("NO-SUCH", "c.docx", "'NO-SUCH' is neither a plan of the store"),
        ("missing.xlsx", "c.docx", "There is no file"),
        ("draft.docx", "c.docx", "comparing Word documents is not supported yet"),
        (CODE, "c.odt", "written as .docx, .pdf, .xlsx"),
    ],
)
def test_refusals_say_why_and_write_nothing(
    db, tmp_path: Path, capsys, monkeypatch, a: str, out: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.docx").write_bytes(b"PK\x03\x04")
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _out, err = run(capsys, "--db", db, "compare", a, CODE, out)
    assert code == 1
    assert message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_in_kazakh(db, edited: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "c.pdf"
    code, stdout, err = run(
        capsys, "--db", db, "compare", CODE, str(edited), str(out), "--lang", "kk",
        "--changed-only",
    )  # fmt: skip
    assert code == 0, err
    assert f"Wrote {out}." in stdout
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "САЛЫСТЫРМАЛЫ КЕСТЕ" in text
    assert "Форум регионов Қазақстан және Ресей" in " ".join(text.split())
