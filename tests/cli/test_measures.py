"""``coopdesk set`` and ``coopdesk history``: what a script sees, exit codes, the store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from coopdesk.cli import main

PLAN = "KZ-RU-MFA-2023"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture
def demo_url(store_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A store holding the sample plan, loaded as "loader"."""
    assert main(["--db", store_url, "--as", "loader", "demo"]) == 0
    capsys.readouterr()
    return store_url


def show(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--db", url, "show", PLAN, "--json"]) == 0
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    return doc


def measure(doc: dict[str, Any], number: str) -> dict[str, Any]:
    (found,) = [m for m in doc["measures"] if m["number"] == number]
    return found


def test_set_by_number_prints_the_new_version_and_records_the_actor(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = measure(show(demo_url, capsys), "1.1.2")
    assert before["version"] == 1 and before["updated_by"] == "loader"
    assert main(["--db", demo_url, "--as", "Айгерим", "set", PLAN, "1.1.2", "notes=Agreed"]) == 0
    out, err = capsys.readouterr()
    assert out == f"Measure 1.1.2 (id {before['id']}) is at version 2.\n"
    assert err == ""
    after = measure(show(demo_url, capsys), "1.1.2")
    assert after["notes"] == "Agreed"
    assert (after["version"], after["updated_by"]) == (2, "Айгерим")
    assert datetime.fromisoformat(after["updated_at"]) >= datetime.fromisoformat(
        before["updated_at"]
    )


def test_set_json_by_id_gives_the_measure_as_show_writes_it(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = measure(show(demo_url, capsys), "2.1.1")
    args = ["--db", demo_url, "set", PLAN, str(target["id"]), "status=in_progress", "level="]
    assert main([*args, "--if-version", "1", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    stored = measure(show(demo_url, capsys), "2.1.1")
    assert printed == stored
    assert (printed["id"], printed["number"], printed["version"]) == (target["id"], "2.1.1", 2)
    assert printed["status"] == "in_progress" and printed["level"] is None


def test_set_of_a_timing_by_its_words_parses_it(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo_url, "set", PLAN, "1.1.1", "timing=May 2024"]) == 0
    timing = measure(show(demo_url, capsys), "1.1.1")["timing"]
    assert timing == {
        "text": "May 2024",
        "start": "2024-05-01",
        "end": "2024-05-31",
        "precision": "month",
    }


def test_stale_if_version_names_who_changed_it_and_writes_nothing(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real process changes the measure first; the script's stale version is refused."""
    first = run_cli(
        "--db", demo_url, "set", PLAN, "1.2.1", "title=Theirs", env={"COOPDESK_USER": "Бауыржан"}
    )
    assert first.returncode == 0, first.stderr
    before = show(demo_url, capsys)
    assert measure(before, "1.2.1")["version"] == 2
    stale = run_cli(
        "--db", demo_url, "--as", "Ольга", "set", PLAN, "1.2.1", "title=Mine", "--if-version", "1"
    )
    assert stale.returncode == 1
    assert stale.stdout == ""
    (line,) = stale.stderr.splitlines()
    assert "Бауыржан" in line and "version 2, not 1" in line and "nothing was written" in line
    assert show(demo_url, capsys) == before
    # The history holds Бауыржан's change only.
    assert main(["--db", demo_url, "history", PLAN, "--measure", "1.2.1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["by"], r["new"]) for r in rows if r["field"] == "title"] == [("Бауыржан", "Theirs")]


@pytest.mark.parametrize(
    ("assignment", "message"),
    [
        ("status=nope", "Field 'status': 'nope' is not a known status"),
        ("title=", "A measure needs a title"),
        ("kind=banquet", "Field 'kind'"),
    ],
)
def test_a_bad_value_exits_1_with_one_line_and_writes_nothing(
    demo_url: str, assignment: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = show(demo_url, capsys)
    assert main(["--db", demo_url, "set", PLAN, "1.1.1", "notes=x", assignment]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("coopdesk: ") and message in err
    assert show(demo_url, capsys) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1.1.1", "bogus=1"], "unknown field 'bogus'"),
        (["1.1.1", "status"], "'status' is not FIELD=VALUE"),
        (["1.1.1", "version=3"], "unknown field 'version'"),
        (["1.1.1"], "the following arguments are required"),
        (["1.1.1", "notes=x", "--if-version", "two"], "invalid int value"),
    ],
)
def test_usage_errors_of_set_exit_2_and_write_nothing(
    demo_url: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = show(demo_url, capsys)
    with pytest.raises(SystemExit) as exit_:
        main(["--db", demo_url, "set", PLAN, *args])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err
    assert show(demo_url, capsys) == before


def test_an_unknown_measure_exits_1(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_url, "set", PLAN, "9.9.9", "notes=x"]) == 1
    assert capsys.readouterr().err == (
        "coopdesk: The plan has no measure with number or id '9.9.9'\n"
    )


def test_history_lists_a_change_made_by_set_with_its_actor(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(
        "--db",
        demo_url,
        "set",
        PLAN,
        "3.1.1",
        "status=postponed",
        "form=Protocol",
        env={"COOPDESK_USER": "Айгерим"},
    )
    assert result.returncode == 0, result.stderr
    target = measure(show(demo_url, capsys), "3.1.1")
    assert main(["--db", demo_url, "history", PLAN, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(
        set(r) == {"at", "by", "step", "measure", "number", "field", "old", "new"} for r in rows
    )
    mine = [r for r in rows if r["by"] == "Айгерим"]
    assert sorted((r["field"], r["new"]) for r in mine) == [
        ("form", "Protocol"),
        ("status", "postponed"),
    ]
    assert {(r["measure"], r["number"], r["step"]) for r in mine} == {
        (target["id"], "3.1.1", "Edit measure")
    }
    assert rows[: len(mine)] == mine  # newest first
    at = datetime.fromisoformat(mine[0]["at"])
    assert abs(datetime.now(UTC) - at) < timedelta(minutes=5)
    # The sample's loading is on record too, as one step by "loader", with no measure.
    loaded = [r for r in rows if r["by"] == "loader"]
    assert loaded and all(r["measure"] is None for r in loaded)


def test_history_filters_by_person_measure_and_day(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for who, number, notes in [("a", "1.1.1", "one"), ("b", "1.1.2", "two"), ("a", "1.1.2", "3")]:
        assert main(["--db", demo_url, "--as", who, "set", PLAN, number, f"notes={notes}"]) == 0
    capsys.readouterr()

    def history(*extra: str) -> list[tuple[str, str, str | None]]:
        assert main(["--db", demo_url, "history", PLAN, "--json", *extra]) == 0
        rows = json.loads(capsys.readouterr().out)
        return [(r["by"], r["number"], r["new"]) for r in rows]

    assert history("--by", "a") == [("a", "1.1.2", "3"), ("a", "1.1.1", "one")]
    assert history("--measure", "1.1.2") == [("a", "1.1.2", "3"), ("b", "1.1.2", "two")]
    assert history("--measure", "1.1.2", "--by", "b") == [("b", "1.1.2", "two")]
    today, tomorrow = date.today(), date.today() + timedelta(days=1)
    assert len(history("--since", today.isoformat())) >= 3
    assert history("--since", tomorrow.strftime("%d.%m.%Y")) == []
    # The plain table: a header, then one readable line per change.
    assert main(["--db", demo_url, "history", PLAN, "--by", "b"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["When", "Who", "Measure", "Field", "Change", "Step"]
    assert len(lines) == 2
    assert lines[1].split()[2:] == ["b", "1.1.2", "notes", "''", "->", "'two'", "Edit", "notes"]


def test_history_refuses_a_bad_date_as_a_usage_error(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", demo_url, "history", PLAN, "--since", "31.02.2024"])
    assert exit_.value.code == 2
    assert "'31.02.2024' is not a date (YYYY-MM-DD or DD.MM.YYYY)" in capsys.readouterr().err


def test_history_names_an_undo_as_the_window_does(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from coopdesk.services.history import HistoryService
    from coopdesk.services.plans import PlanService
    from coopdesk.store.engine import open_store

    assert main(["--db", demo_url, "--as", "olga", "set", PLAN, "1.1.1", "notes=oops"]) == 0
    store = open_store(demo_url)
    try:
        history = HistoryService(PlanService(store, actor="olga"))
        (step,) = [s for s in history.list_steps() if s.name == "Edit notes"]
        history.undo(step.id)
    finally:
        store.close()
    capsys.readouterr()
    assert main(["--db", demo_url, "history", PLAN, "--measure", "1.1.1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["step"], r["old"], r["new"]) for r in rows] == [
        ("Undo Edit notes", "oops", ""),
        ("Edit notes", "", "oops"),
    ]


def test_an_imported_plan_starts_at_version_1_by_the_importer(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.xlsx"
    assert main(["--db", demo_url, "export", PLAN, str(path)]) == 0
    assert main(["--db", demo_url, "--as", "importer", "import", str(path), "--new"]) == 0
    capsys.readouterr()
    assert main(["--db", demo_url, "show", f"{PLAN}-2", "--json"]) == 0
    measures = json.loads(capsys.readouterr().out)["measures"]
    assert len(measures) == 34
    assert {(m["version"], m["updated_by"]) for m in measures} == {(1, "importer")}


def test_as_after_the_command_names_the_actor_too(
    demo_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COOPDESK_USER", "from-env")
    assert main(["--db", demo_url, "set", PLAN, "1.1.1", "notes=a", "--as", "Ержан"]) == 0
    assert main(["--db", demo_url, "set", PLAN, "1.1.2", "notes=b"]) == 0
    doc = show(demo_url, capsys)
    assert measure(doc, "1.1.1")["updated_by"] == "Ержан"
    assert measure(doc, "1.1.2")["updated_by"] == "from-env"
