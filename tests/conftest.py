"""Shared fixtures: every test gets its own store, on SQLite and (when configured) PostgreSQL.

Set ``COOPDESK_TEST_PG_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1/coopdesk_test``)
to run every store-backed test on PostgreSQL too; ``.ci/run`` does. The run makes a
database of its own beside that one (the role needs CREATEDB) and drops it at the end.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display, and settings kept out of the user's home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="coopdesk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ.pop("COOPDESK_DB", None)

import pytest  # noqa: E402

BASE_PG_URL = os.environ.get("COOPDESK_TEST_PG_URL", "").strip()
BACKENDS = ["sqlite"] + (["postgresql"] if BASE_PG_URL else [])


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A database of this test run's own on the PostgreSQL server, dropped at the end.

    Each pytest process gets its own, so runs in parallel never empty each other's.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(BASE_PG_URL)
    name = f"{base.database}_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    url = base.set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def reset_postgres(url: str) -> None:
    """Empty the test database: drop and recreate its public schema."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty store: a temp SQLite file, or the emptied PostgreSQL test database."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
        reset_postgres(url)
        return url
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A URL of an empty SQLite store (for tests about SQLite files themselves)."""
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def store(store_url: str) -> Iterator:
    """An open, migrated, empty store."""
    from coopdesk.store.engine import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()


@pytest.fixture
def service(store):
    """A plan service on an empty store."""
    from coopdesk.services.plans import PlanService

    return PlanService(store)


@pytest.fixture
def forget_spans():
    """``forget(store, *ids, text=None)``: store measures' timings as an older CoopDesk that
    could not read them did, words kept (or set to ``text``) and no span."""

    def forget(store, *measure_ids: int, text: str | None = None) -> None:
        from sqlalchemy import update

        from coopdesk.domain.timing import Precision
        from coopdesk.store.schema import Measure

        values = {"timing_start": None, "timing_end": None}
        values["timing_precision"] = Precision.UNPARSED.value
        if text is not None:
            values["timing_text"] = text
        with store.session() as session:
            session.execute(update(Measure).where(Measure.id.in_(measure_ids)).values(**values))
            session.commit()

    return forget


@pytest.fixture
def sample(service):
    """A plan service whose store holds the sample plan; returns (service, plan)."""
    from coopdesk.services.sample import load_sample_plan

    plan, _ = load_sample_plan(service)
    return service, plan
