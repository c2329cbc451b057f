"""``coopdesk admin`` and what a reader's commands do; passwords never in a message.

The server tests need ``COOPDESK_TEST_PG_URL`` (``.ci/run`` starts a server); the
login roles they make are dropped at the end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coopdesk.cli import main, without_passwords

PLAN = "KZ-RU-MFA-2023"
SECRET = "s3cr3t-Pa55"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def _admin(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> str:
    """The emptied PostgreSQL test database (admin's URL)."""
    if not os.environ.get("COOPDESK_TEST_PG_URL", "").strip():
        pytest.skip("needs a PostgreSQL server: set COOPDESK_TEST_PG_URL (.ci/run does)")
    url: str = request.getfixturevalue("pg_url")
    _admin(url, "DROP SCHEMA IF EXISTS public CASCADE")
    _admin(url, "CREATE SCHEMA public")
    return url


@pytest.fixture
def login(server_url: str) -> Iterator[Callable[[], tuple[str, str]]]:
    """Makes login roles: ``make()`` -> (name, URL connecting as it); dropped at the end."""
    made: list[str] = []

    def make() -> tuple[str, str]:
        name = f"coopdesk_cli_{os.getpid()}_{len(made)}"
        _admin(server_url, f'DROP ROLE IF EXISTS "{name}"')
        _admin(server_url, f'CREATE ROLE "{name}" LOGIN')
        made.append(name)
        url = make_url(server_url).set(username=name).render_as_string(hide_password=False)
        return name, url

    yield make
    for name in made:
        _admin(server_url, f'DROP OWNED BY "{name}"')
        _admin(server_url, f'DROP ROLE IF EXISTS "{name}"')


def show(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--db", url, "show", PLAN, "--json"]) == 0
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    return doc


def test_init_server_twice_then_grant_a_reader_whose_set_is_refused(
    server_url: str, login: Callable[[], tuple[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    first = run_cli("admin", "init-server", server_url)
    assert first.returncode == 0, first.stderr
    assert "created the roles coopdesk_editors, coopdesk_readers" in first.stdout or (
        "were there already" in first.stdout
    )
    again = run_cli("admin", "init-server", server_url)
    assert again.returncode == 0, again.stderr
    assert "were there already" in again.stdout
    assert main(["--db", server_url, "--as", "admin", "demo"]) == 0
    name, reader_url = login()
    assert main(["admin", "grant", server_url, name, "reader"]) == 0
    assert f"{name} is now a reader" in capsys.readouterr().out
    before = show(server_url, capsys)
    assert show(reader_url, capsys) == before  # a reader reads everything

    refused = run_cli("--db", reader_url, "set", PLAN, "1.1.1", "title=Mine")
    assert refused.returncode == 1
    assert refused.stdout == ""
    (line,) = refused.stderr.splitlines()
    assert f"{name} may only read the store" in line and "nothing was written" in line
    assert f"coopdesk admin grant URL {name} editor" in line
    for command in (["demo"], ["import", "nothing.xlsx", "--plan", PLAN]):
        assert main(["--db", reader_url, *command]) == 1
        assert "may only read the store" in capsys.readouterr().err
    assert show(server_url, capsys) == before

    # Made an editor, the same login's set goes through.
    assert main(["admin", "grant", server_url, name, "editor"]) == 0
    assert main(["--db", reader_url, "--as", "Ольга", "set", PLAN, "1.1.1", "title=Mine"]) == 0
    after = show(server_url, capsys)
    changed = next(m for m in after["measures"] if m["number"] == "1.1.1")
    assert (changed["title"], changed["updated_by"], changed["version"]) == ("Mine", "Ольга", 2)


def test_the_server_itself_refuses_a_reader_the_cli_says_so_in_one_line(
    server_url: str,
    login: Callable[[], tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["admin", "init-server", server_url]) == 0
    assert main(["--db", server_url, "demo"]) == 0
    name, reader_url = login()
    assert main(["admin", "grant", server_url, name, "reader"]) == 0
    before = show(server_url, capsys)
    # Were the CLI's own check wrong, the server still refuses the write.
    monkeypatch.setattr("coopdesk.store.roles.can_write", lambda store: True)
    assert main(["--db", reader_url, "set", PLAN, "1.1.1", "title=Mine"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and "permission denied" in err
    assert show(server_url, capsys) == before


def test_grant_of_an_unknown_login_exits_1(
    server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["admin", "init-server", server_url]) == 0
    capsys.readouterr()
    assert main(["admin", "grant", server_url, "nobody_here", "editor"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert "There is no role 'nobody_here'" in line


def test_admin_refuses_sqlite_in_one_line_and_creates_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'plans.db'}"
    for command in (["init-server", url], ["grant", url, "olga", "editor"]):
        assert main(["admin", *command]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        (line,) = err.splitlines()
        assert "has no roles" in line and "PostgreSQL server" in line
    assert list(tmp_path.iterdir()) == []


def test_admin_usage_errors_exit_2() -> None:
    assert run_cli("admin").returncode == 2
    result = run_cli("admin", "grant", "postgresql://x/y", "olga", "owner")
    assert result.returncode == 2 and "invalid choice: 'owner'" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["--db", "postgresql+psycopg://olga:{secret}@127.0.0.1:1/plans", "plans"],
        ["--db", "postgresql+psycopg://olga:{secret}@127.0.0.1:1/plans", "set", "1", "1", "x=1"],
        ["--db", "postgresql+psycopg://olga:{secret}@127.0.0.1:notaport/plans", "plans"],
        ["--db", "oracle+nothing://olga:{secret}@host/plans", "plans"],
        ["admin", "init-server", "postgresql+psycopg://olga:{secret}@127.0.0.1:1/plans"],
        ["admin", "grant", "postgresql://olga:{secret}@127.0.0.1:1/plans", "ivan", "reader"],
    ],
)
def test_no_message_shows_a_password(command: list[str]) -> None:
    result = run_cli(*(part.format(secret=SECRET) for part in command))
    assert result.returncode in (1, 2)
    assert SECRET not in result.stderr and SECRET not in result.stdout
    assert result.stderr.strip(), "a refusal says why"
    if result.returncode == 1:
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_password_in_coopdesk_db_stays_hidden_too(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://olga:{SECRET}@127.0.0.1:1/plans"
    result = run_cli("show", "1", env={"COOPDESK_DB": url})
    assert result.returncode == 1
    assert SECRET not in result.stderr and "olga" in result.stderr


def test_without_passwords_masks_urls_and_given_secrets() -> None:
    line = f"Cannot use postgresql://olga:{SECRET}@db/plans (password {SECRET} rejected)"
    args = type("Args", (), {"db": f"postgresql://olga:{SECRET}@db/plans", "url": None})()
    masked = without_passwords(line, args)  # type: ignore[arg-type]
    assert SECRET not in masked
    assert masked.startswith("Cannot use postgresql://olga:***@db/plans")
