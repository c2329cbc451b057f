"""``coopdesk calendar PLAN OUT.ics`` from the command line."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from coopdesk.cli import main


def test_the_command_writes_a_calendar_that_parses_back(store_url, tmp_path, capsys) -> None:
    assert main(["--db", store_url, "demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "plan.ics"
    assert main(["--db", store_url, "calendar", "KZ-RU-MFA-2023", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Wrote 29 events from KZ-RU-MFA-2023" in said and "5 without dates" in said
    cal = Calendar.from_ical(out.read_bytes())
    assert len(cal.walk("VEVENT")) == 29
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert any(s.startswith("1.1.1 Встреча") for s in summaries)


def test_english_markers_and_exact_dates_only(store_url, tmp_path) -> None:
    assert main(["--db", store_url, "demo"]) == 0
    out = tmp_path / "exact.ics"
    code = main(["--db", store_url, "calendar", "1", str(out), "--lang", "en", "--exact-only"])
    assert code == 0
    cal = Calendar.from_ical(out.read_bytes())
    assert len(cal.walk("VEVENT")) == 3
    assert not any(str(e["SUMMARY"]).startswith("[") for e in cal.walk("VEVENT"))


def test_writing_to_stdout(store_url, capsysbinary) -> None:
    assert main(["--db", store_url, "demo"]) == 0
    capsysbinary.readouterr()
    assert main(["--db", store_url, "calendar", "KZ-RU-MFA-2023", "-"]) == 0
    captured = capsysbinary.readouterr()
    cal = Calendar.from_ical(captured.out)
    assert len(cal.walk("VEVENT")) == 29
    assert b"29 events" in captured.err


def test_an_unknown_plan_fails_with_a_message(store_url, tmp_path, capsys) -> None:
    assert main(["--db", store_url, "demo"]) == 0
    out = tmp_path / "x.ics"
    assert main(["--db", store_url, "calendar", "NO-SUCH-PLAN", str(out)]) == 1
    assert "There is no plan with id or code 'NO-SUCH-PLAN'" in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_folder_fails_with_a_message(store_url, tmp_path: Path, capsys) -> None:
    assert main(["--db", store_url, "demo"]) == 0
    out = tmp_path / "missing" / "x.ics"
    assert main(["--db", store_url, "calendar", "KZ-RU-MFA-2023", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("coopdesk: Cannot write") and "does not exist" in err
    assert not out.parent.exists()
