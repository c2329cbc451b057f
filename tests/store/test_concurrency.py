"""Several processes writing one store: no duplicate numbers, no failed save (issue 11, 5 and 7;
issue 10, item 6). Real processes, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select, text

from coopdesk.errors import StoreError, ValidationError
from coopdesk.services.plan_catalog import PlanCatalog
from coopdesk.services.plans import PlanService
from coopdesk.store import engine as engine_module
from coopdesk.store.engine import StoreBusyError, open_store
from coopdesk.store.schema import Measure

WORKER = Path(__file__).with_name("concurrency_worker.py")
WORKERS = 4

pytestmark = pytest.mark.store


def run_workers(
    url: str, mode: str, plan_id: int, sector_id: int, count: int, tmp_path: Path
) -> list[dict]:
    go = tmp_path / "go"
    env = dict(os.environ, GO=str(go))
    children = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                url,
                mode,
                str(plan_id),
                str(sector_id),
                str(count),
                str(n),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WORKERS)
    ]
    time.sleep(1.0)  # let every worker import and open the store
    go.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def test_four_processes_adding_300_measures_each_get_unique_numbers(
    store_url: str, tmp_path: Path
) -> None:
    service = PlanService(open_store(store_url))
    plan = service.create_plan(code="RACE", title="Concurrent adds")
    sector = service.add_sector(plan.id, "Trade")
    results = run_workers(store_url, "add", plan.id, sector.id, 300, tmp_path)
    assert [r["failures"] for r in results] == [[]] * WORKERS
    measures = service.list_measures(plan.id)
    assert len(measures) == WORKERS * 300
    numbers = Counter(m.number for m in measures)
    assert [n for n, c in numbers.items() if c > 1] == []
    assert sorted(m.position for m in measures) == list(range(WORKERS * 300))
    service.store.close()


def test_four_processes_making_500_edits_each_all_succeed(store_url: str, tmp_path: Path) -> None:
    service = PlanService(open_store(store_url))
    plan = service.create_plan(code="EDITS", title="Concurrent edits")
    sector = service.add_sector(plan.id, "Culture")
    for i in range(12):
        service.add_measure(plan.id, sector.id, title=f"Measure {i}")
    results = run_workers(store_url, "edit", plan.id, sector.id, 500, tmp_path)
    failures = [f for r in results for f in r["failures"]]
    assert failures == []
    assert sum(r["done"] for r in results) == WORKERS * 500
    numbers = [m.number for m in service.list_measures(plan.id)]
    assert sorted(numbers) == sorted(f"{sector.code}.{i + 1}" for i in range(12))
    service.store.close()


def hold_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    locker.rollback()
    locker.close()


def test_a_save_waits_for_another_windows_long_change_and_says_so(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 5000)
    store = open_store(sqlite_url)
    waits: list[float] = []
    store.on_wait = waits.append
    started = threading.Event()
    locker = threading.Thread(target=hold_write_lock, args=(store.sqlite_path, 1.0, started))
    locker.start()
    started.wait()
    began = time.monotonic()
    plan = PlanService(store).create_plan(code="WAIT", title="Saved after waiting")
    waited = time.monotonic() - began
    locker.join()
    assert waited >= 0.8
    assert waits and waits == sorted(waits)  # the window was told, with growing waits
    assert PlanService(store).get_plan(plan.id).title == "Saved after waiting"
    store.close()


def test_a_save_that_waited_too_long_says_the_store_is_busy_not_close_it(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(engine_module, "RETRY_ATTEMPTS", 1)  # services retry by themselves
    store = open_store(sqlite_url)
    started = threading.Event()
    locker = threading.Thread(target=hold_write_lock, args=(store.sqlite_path, 1.5, started))
    locker.start()
    started.wait()
    with pytest.raises(StoreBusyError) as caught:
        PlanService(store).create_plan(code="LATE", title="Too late")
    locker.join()
    message = str(caught.value)
    assert "CoopDesk window" in message and "try again in a moment" in message
    assert "close" not in message
    assert PlanService(store).list_plans() == []
    store.close()


def test_run_write_runs_the_whole_unit_again_after_a_busy_store(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 150)
    store = open_store(sqlite_url)
    service = PlanService(store)
    started = threading.Event()
    locker = threading.Thread(target=hold_write_lock, args=(store.sqlite_path, 0.5, started))
    locker.start()
    started.wait()
    retries: list[int] = []
    # The service method without its own retrying, so this run_write meets the lock.
    create_once = PlanCatalog.create_plan.__wrapped__  # type: ignore[attr-defined]
    plan = store.run_write(
        lambda: create_once(service.plans, code="RETRY", title="After retries"),
        attempts=8,
        on_retry=lambda attempt, exc: retries.append(attempt),
    )
    locker.join()
    assert retries  # it did meet the lock
    assert [p.code for p in service.list_plans()] == ["RETRY"]
    assert service.get_plan(plan.id).title == "After retries"
    store.close()


def test_run_write_gives_up_with_a_busy_message_and_passes_other_errors_at_once(
    store_url: str,
) -> None:
    store = open_store(store_url)
    calls = []

    def always_busy() -> None:
        calls.append(1)
        raise StoreBusyError("The store x stayed locked")

    with pytest.raises(StoreBusyError, match="busy: another CoopDesk window kept saving"):
        store.run_write(always_busy, attempts=3)
    assert len(calls) == 3

    def invalid() -> None:
        calls.append(1)
        raise ValidationError("Field 'title': must not be empty")

    calls.clear()
    with pytest.raises(ValidationError):
        store.run_write(invalid)
    assert len(calls) == 1
    store.close()


def test_writing_on_sqlite_holds_the_write_lock_from_its_first_read(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    service = PlanService(store)
    plan = service.create_plan(code="LOCK", title="Lock")
    with store.writing() as session:
        session.execute(select(Measure.id)).all()  # a read only, yet nobody else may write now
        other = sqlite3.connect(store.sqlite_path, timeout=0.1)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    assert service.get_plan(plan.id).code == "LOCK"
    store.close()


def test_writing_rolls_back_everything_on_an_error(store_url: str) -> None:
    store = open_store(store_url)
    service = PlanService(store)
    plan = service.create_plan(code="RB", title="Before")
    with pytest.raises(RuntimeError), store.writing() as session:
        session.execute(text("UPDATE plan SET title = 'After' WHERE id = :id"), {"id": plan.id})
        raise RuntimeError("the unit of work failed")
    assert service.get_plan(plan.id).title == "Before"
    store.close()


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> str:
    """The emptied PostgreSQL test database (skipped when COOPDESK_TEST_PG_URL is unset)."""
    if not os.environ.get("COOPDESK_TEST_PG_URL", "").strip():
        pytest.skip("COOPDESK_TEST_PG_URL is not set")
    from sqlalchemy import create_engine

    url = request.getfixturevalue("pg_url")
    engine = create_engine(url)
    with engine.begin() as conn:  # empty it, as the shared store_url fixture does
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def test_a_postgresql_deadlock_is_retried_until_both_units_succeed(postgres_url: str) -> None:
    store = open_store(postgres_url)
    service = PlanService(store)
    plan = service.create_plan(code="DL", title="Deadlock")
    sector = service.add_sector(plan.id, "S")
    a = service.add_measure(plan.id, sector.id, title="A").id
    b = service.add_measure(plan.id, sector.id, title="B").id
    barrier = threading.Barrier(2, timeout=10)
    attempts: Counter[str] = Counter()
    errors: list[BaseException] = []

    def unit(name: str, first: int, second: int) -> None:
        attempts[name] += 1
        # A plain transaction (not writing()): row locks in opposite orders.
        with store.session() as session, session.begin():
            session.execute(
                text("UPDATE measure SET notes = :n WHERE id = :id"), {"n": name, "id": first}
            )
            if attempts[name] == 1:
                barrier.wait()
            session.execute(
                text("UPDATE measure SET notes = :n WHERE id = :id"), {"n": name, "id": second}
            )

    def run(name: str, first: int, second: int) -> None:
        try:
            store.run_write(lambda: unit(name, first, second))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=run, args=("one", a, b)),
        threading.Thread(target=run, args=("two", b, a)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(attempts.values()) == 3  # PostgreSQL chose one victim; it ran again
    store.close()


def test_store_errors_still_name_the_store(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(engine_module, "RETRY_ATTEMPTS", 1)
    store = open_store(sqlite_url)
    started = threading.Event()
    locker = threading.Thread(target=hold_write_lock, args=(store.sqlite_path, 0.6, started))
    locker.start()
    started.wait()
    with pytest.raises(StoreError, match=str(store.sqlite_path)):
        PlanService(store).create_plan(code="N", title="Named")
    locker.join()
    store.close()


def test_the_retrying_decorator_reruns_a_service_method(sqlite_url: str) -> None:
    from coopdesk.store.engine import retrying

    class Counting:
        def __init__(self, store: object) -> None:
            self.store = store
            self.calls = 0

        @retrying
        def save(self, value: str) -> str:
            self.calls += 1
            if self.calls < 3:
                raise StoreBusyError("The store x stayed locked")
            return value.upper()

    store = open_store(sqlite_url)
    service = Counting(store)
    assert service.save("план") == "ПЛАН"
    assert service.calls == 3
    assert Counting.save.__name__ == "save"
    store.close()


def test_a_server_writer_waits_for_another_and_tells_the_window(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 5000)
    store = open_store(postgres_url)
    service = PlanService(store)
    plan = service.create_plan(code="PGW", title="Before")
    waits: list[float] = []
    store.on_wait = waits.append
    inside = threading.Event()

    def long_change() -> None:
        with store.writing() as session:
            session.execute(text("UPDATE plan SET title = 'First' WHERE id = :id"), {"id": plan.id})
            inside.set()
            time.sleep(0.8)

    first = threading.Thread(target=long_change)
    first.start()
    inside.wait()
    service.update_plan(plan.id, title="Second")  # waits for the first, then applies
    first.join()
    assert waits
    assert service.get_plan(plan.id).title == "Second"
    store.close()
