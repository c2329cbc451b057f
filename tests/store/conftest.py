"""Helpers for the store tests: old stores with data, reading a SQLite file raw.

Tests get them through the ``raw`` fixture (test modules are imported by path,
so they cannot import each other).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import create_engine, text

from coopdesk.store.migrate import alembic_config

#: Measures written into an old store (enough that a batch copy takes a moment).
OLD_MEASURES = 400


def make_old_store(path: Path, revision: str = "0001", measures: int = OLD_MEASURES) -> None:
    """A store at ``revision`` (rollback journal, as an older CoopDesk left it) with one plan."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
        stamp = "'2023-01-01 00:00:00'"
        conn.execute(
            text(
                "INSERT INTO plan (id, uid, code, title, party_a, party_b, signed_place, state,"
                f" created_at, updated_at) VALUES (1, 'u1', 'OLD', 'Старый план', 'МИД РК',"
                f" 'МИД РФ', 'Москва', 'draft', {stamp}, {stamp})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO sector (id, plan_id, parent_id, code, name, position)"
                " VALUES (1, 1, NULL, '1', 'Политический диалог', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO measure (uid, plan_id, sector_id, number, position, title,"
                " description, kind, level, framework, responsible_a, responsible_b, form,"
                " timing_text, timing_start, timing_end, timing_precision, location, status,"
                " priority, notes, created_at, updated_at) VALUES (:uid, 1, 1, :number, :pos,"
                " :title, :desc, 'meeting', NULL, 'bilateral', 'МИД РК', 'МИД России',"
                " 'Протокол', 'II квартал 2023 г.', '2023-04-01', '2023-06-30', 'quarter',"
                f" 'Астана', 'planned', 'normal', '', {stamp}, {stamp})"
            ),
            [
                {
                    "uid": f"m{i}",
                    "number": f"1.{i + 1}",
                    "pos": i,
                    "title": f"Консультации №{i + 1}",
                    "desc": "Описание " * 20,
                }
                for i in range(measures)
            ],
        )
    engine.dispose()


def content(path: Path) -> tuple[str, list[tuple[str, str, int]]]:
    """The plan title and every measure's (number, title, position), read raw."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        title = conn.execute("SELECT title FROM plan").fetchone()[0]
        rows = conn.execute("SELECT number, title, position FROM measure ORDER BY id").fetchall()
    finally:
        conn.close()
    return title, rows


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def tables_of(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def raw() -> SimpleNamespace:
    """The helpers above, for a test."""
    return SimpleNamespace(
        make_old_store=make_old_store,
        content=content,
        revision_of=revision_of,
        tables_of=tables_of,
        integrity=integrity,
        OLD_MEASURES=OLD_MEASURES,
    )
