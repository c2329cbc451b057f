"""``coopdesk report``: arguments, clear failures, and a PDF written without any display."""

from __future__ import annotations

import os
import re
import subprocess
import sys

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


def test_report_refuses_an_unknown_plan_and_writes_nothing(db, tmp_path, capsys) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    code, _out, err = run(capsys, "--db", db, "report", "plan", "NO-SUCH", str(folder / "r.pdf"))
    assert code == 1
    assert err.startswith("coopdesk: ") and "NO-SUCH" in err
    assert list(folder.iterdir()) == []


def test_report_names_a_missing_folder(db, tmp_path, capsys) -> None:
    out = tmp_path / "missing" / "r.pdf"
    code, _out, err = run(capsys, "--db", db, "report", "status", CODE, str(out))
    assert code == 1
    assert f"The folder {tmp_path / 'missing'} does not exist" in err


def test_report_refuses_a_folder_as_the_file(db, tmp_path, capsys) -> None:
    code, _out, err = run(capsys, "--db", db, "report", "status", CODE, str(tmp_path))
    assert code == 1 and "is a folder" in err


def test_upcoming_period_must_run_forwards(db, tmp_path, capsys) -> None:
    code, _out, err = run(
        capsys, "--db", db, "report", "upcoming", CODE, str(tmp_path / "u.pdf"),
        "--from", "2024-02-01", "--to", "2024-01-01",
    )  # fmt: skip
    assert code == 1
    assert "starts on 2024-02-01 after it ends on 2024-01-01" in err
    assert not (tmp_path / "u.pdf").exists()


def test_other_reports_take_the_period_as_a_scope(db, tmp_path, capsys) -> None:
    out = tmp_path / "s.pdf"
    code, _out, err = run(
        capsys, "--db", db, "report", "plan", CODE, str(out),
        "--from", "2023-04-01", "--to", "2023-04-30", "--lang", "ru",
    )  # fmt: skip
    assert code == 0, err
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Встреча Заместителя Премьер-Министра" in text  # 12 April 2023
    assert "Визит Министра иностранных дел Российской Федерации" not in text  # H2 2024
    code, _out, err = run(
        capsys, "--db", db, "report", "status", CODE, str(tmp_path / "x.pdf"),
        "--from", "2024-02-01", "--to", "2024-01-01",
    )  # fmt: skip
    assert code == 1 and "starts on 2024-02-01 after it ends on 2024-01-01" in err
    code, _out, err = run(
        capsys, "--db", db, "report", "status", CODE, str(tmp_path / "x.pdf"), "--days", "5"
    )
    assert code == 1 and "--days only applies to the upcoming report" in err


def test_upcoming_takes_either_to_or_days(db, tmp_path, capsys) -> None:
    code, _out, err = run(
        capsys, "--db", db, "report", "upcoming", CODE, str(tmp_path / "u.pdf"),
        "--to", "2024-01-01", "--days", "5",
    )  # fmt: skip
    assert code == 1 and "either --to or --days" in err


@pytest.mark.parametrize(
    "args",
    [
        ["report", "gantt", CODE, "x.pdf"],
        ["report", "plan", CODE, "x.pdf", "--lang", "de"],  # kk is a report language now
        ["report", "upcoming", CODE, "x.pdf", "--from", "31.02.2024"],
        ["report", "upcoming", CODE, "x.pdf", "--days", "0"],
    ],
)
def test_usage_errors_exit_2(db, args, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--db", db, *args])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err


def test_the_command_writes_a_pdf_with_no_display(db, tmp_path) -> None:
    """A fresh process, no DISPLAY and no QT_QPA_PLATFORM: the PDF is still written."""
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "план.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "--db", db, "report", "upcoming", CODE, str(out),
         "--lang", "ru", "--from", "01.04.2023", "--days", "90"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    assert result.stdout.strip() == f"Wrote {out} ({pages} page{'s' if pages > 1 else ''})."
    # Nothing half-written is left beside it.
    assert [p.name for p in folder.iterdir()] == [out.name]


def test_help_lists_the_report_command(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    text = capsys.readouterr().out
    assert "plan | status | upcoming | agencies" in text
    assert "--as-of" in text and "--lang" in text


def test_the_command_offers_every_report_kind() -> None:
    from coopdesk.cli.reports import KINDS
    from coopdesk.reports.catalog import REPORT_KINDS

    assert tuple(REPORT_KINDS) == KINDS


def test_the_command_line_stays_light_to_import() -> None:
    """``coopdesk --help`` imports every command module: no store, no report builders, no Qt."""
    script = (
        "import sys, coopdesk.cli\n"
        "coopdesk.cli.build_parser()\n"
        "heavy = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy',"
        " 'coopdesk.reports.catalog', 'coopdesk.store', 'coopdesk.services', 'openpyxl',"
        " 'icalendar'))]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
