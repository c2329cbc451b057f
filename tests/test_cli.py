"""The command line: what a user or a script sees, and its exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.services.sample import sample_data

#: ``coopdesk show KZ-RU-MFA-2023 --json`` of the sample plan in a new store, as scripts
#: get it: the format the README documents, which must never drift, not even in spacing.
SHOW_JSON_GOLDEN = Path(__file__).parent / "data" / "sample-plan-show.json"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_demo_then_plans_json_lists_the_sample(store_url: str, capsys) -> None:
    assert main(["--db", store_url, "demo"]) == 0
    assert "Loaded the sample plan" in capsys.readouterr().out
    assert main(["--db", store_url, "plans", "--json"]) == 0
    plans = json.loads(capsys.readouterr().out)
    assert len(plans) == 1
    (plan,) = plans
    assert set(plan) == {"id", "code", "title", "period_start", "period_end", "measures"}
    assert plan["code"] == "KZ-RU-MFA-2023"
    assert plan["measures"] == len(sample_data()["measures"])
    assert (plan["period_start"], plan["period_end"]) == ("2023-01-01", "2024-12-31")
    assert main(["--db", store_url, "demo"]) == 0
    assert "already in the store" in capsys.readouterr().out


def test_show_json_has_the_documented_shape(store_url: str, capsys) -> None:
    main(["--db", store_url, "demo"])
    capsys.readouterr()
    assert main(["--db", store_url, "show", "KZ-RU-MFA-2023", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"plan", "sectors", "measures"}
    assert set(doc["plan"]) == {
        "id",
        "code",
        "title",
        "party_a",
        "party_b",
        "period_start",
        "period_end",
        "state",
    }
    assert doc["plan"]["state"] == "in_force"
    assert doc["sectors"][0]["parent"] is None
    codes = [s["code"] for s in doc["sectors"]]
    assert all(s["parent"] in codes for s in doc["sectors"] if s["parent"])
    first = doc["measures"][0]
    assert set(first) == {
        "id",
        "number",
        "sector",
        "title",
        "description",
        "kind",
        "level",
        "framework",
        "responsible_a",
        "responsible_b",
        "form",
        "timing",
        "location",
        "status",
        "notes",
        "agencies_a",
        "agencies_b",
        "version",
        "updated_at",
        "updated_by",
        "carried_from",  # issue 16: the origin of a carried-over measure (null here)
    }
    assert first["carried_from"] is None
    assert first["version"] == 1
    assert datetime.fromisoformat(first["updated_at"]).tzinfo is not None
    assert set(first["timing"]) == {"text", "start", "end", "precision"}
    meeting = [m for m in doc["measures"] if m["timing"]["start"] == "2023-04-12"]
    assert meeting and meeting[0]["timing"]["end"] == "2023-04-12"
    assert meeting[0]["location"] == "Москва"
    assert len(doc["measures"]) == len(sample_data()["measures"])
    # The same plan by id.
    assert main(["--db", store_url, "show", str(doc["plan"]["id"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["plan"]["code"] == "KZ-RU-MFA-2023"


#: Each measure's ``updated_at``: the time the test loaded the sample, so compared apart.
_UPDATED_AT = re.compile(rb'"updated_at": "([^"]*)"')


def test_show_json_of_the_sample_is_byte_for_byte_the_golden_file(store_url: str) -> None:
    started = datetime.now(UTC).replace(microsecond=0)
    # The golden file's sample was loaded as "tester" (COOPDESK_USER names who changes).
    assert run_cli("--db", store_url, "demo", env={"COOPDESK_USER": "tester"}).returncode == 0
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "--db", store_url, "show", "KZ-RU-MFA-2023", "--json"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    finished = datetime.now(UTC)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert result.stderr == b""
    stamps = [datetime.fromisoformat(s.decode()) for s in _UPDATED_AT.findall(result.stdout)]
    assert len(stamps) == len(sample_data()["measures"])
    assert all(started <= stamp <= finished for stamp in stamps)
    golden = SHOW_JSON_GOLDEN.read_bytes()
    assert _UPDATED_AT.sub(b'"updated_at": "-"', result.stdout) == _UPDATED_AT.sub(
        b'"updated_at": "-"', golden
    )
    assert json.loads(golden)["plan"]["code"] == "KZ-RU-MFA-2023"  # the file is the sample's


def test_show_outline_keeps_cyrillic(store_url: str, capsys) -> None:
    main(["--db", store_url, "demo"])
    capsys.readouterr()
    assert main(["--db", store_url, "show", "KZ-RU-MFA-2023"]) == 0
    out = capsys.readouterr().out
    assert "1. Политический диалог" in out
    assert "12 апреля 2023 г." in out


def test_empty_store_lists_nothing(sqlite_url: str, capsys) -> None:
    assert main(["--db", sqlite_url, "plans", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", sqlite_url, "plans"]) == 0
    assert "coopdesk demo" in capsys.readouterr().out


def test_env_variable_picks_the_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    assert run_cli("demo", env={"COOPDESK_DB": url}).returncode == 0
    result = run_cli("plans", "--json", env={"COOPDESK_DB": url})
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["code"] == "KZ-RU-MFA-2023"
    assert (tmp_path / "env.db").exists()


def test_missing_folder_exits_1_with_one_line() -> None:
    result = run_cli("--db", "sqlite:////nonexistent/dir/x.db", "plans")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "/nonexistent/dir" in lines[0] and "does not exist" in lines[0]
    assert "Traceback" not in result.stderr


def test_corrupt_file_exits_1_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(os.urandom(8192))
    result = run_cli("--db", f"sqlite:///{path}", "plans")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not a CoopDesk database" in result.stderr


def test_unknown_plan_exits_1(sqlite_url: str, capsys) -> None:
    assert main(["--db", sqlite_url, "show", "NOPE"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "coopdesk: There is no plan with id or code 'NOPE'"


def test_usage_errors_exit_2() -> None:
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert run_cli("show").returncode == 2


@pytest.mark.parametrize("url", ["sqlite:///", "not a url", "oracle+nothing://x/y"])
def test_bad_urls_exit_1(url: str) -> None:
    result = run_cli("--db", url, "plans")
    if url == "sqlite:///":  # an in-memory store is valid, just empty
        assert result.returncode == 0
        return
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "command",
    [
        ["demo"],
        ["plans", "--json"],
        ["show", "1", "--json"],
        ["calendar", "1", "{tmp}/plan.ics"],
        ["export", "1", "{tmp}/plan.xlsx"],
        ["import", "{tmp}/plan.xlsx", "--json"],
        ["report", "plan", "1", "{tmp}/plan.pdf"],
        ["set", "1", "1.1.1", "status=done"],
        ["history", "1", "--json"],
    ],
    ids=lambda command: command[0],
)
def test_every_command_refuses_a_store_it_cannot_open_in_one_line(
    command: list[str], tmp_path: Path, capsys
) -> None:
    """All commands open the store the same way: one line on stderr, exit 1, nothing written."""
    missing = tmp_path / "missing"
    args = [part.format(tmp=tmp_path) for part in command]
    assert main(["--db", f"sqlite:///{missing / 'x.db'}", *args]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    store = missing / "x.db"
    assert err == f"coopdesk: Cannot open the store {store}: the folder {missing} does not exist\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []
