"""Other windows' changes reach a window through the change log, cheaply."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from coopdesk.services.plans import PlanService
from coopdesk.services.watch import ChangeWatcher

pytestmark = pytest.mark.store


def test_a_change_in_another_process_is_seen_with_its_change_set(service, store_url) -> None:
    plan = service.create_plan(code="W", title="Watch")
    sector = service.add_sector(plan.id, "Раздел")
    measure = service.add_measure(plan.id, sector.id, title="Визит")
    watcher = ChangeWatcher(service)
    try:
        assert watcher.poll() == []
        script = textwrap.dedent(
            f"""
            from coopdesk.services.plans import PlanService
            from coopdesk.store.engine import open_store
            service = PlanService(open_store({store_url!r}), actor="Айгерим")
            service.update_measure({measure.id}, title="Визит министра")
            service.delete_measures([{measure.id}])
            """
        )
        subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
        seen = []
        for _ in range(50):
            seen += watcher.poll()
            if len(seen) >= 2:
                break
            import time

            time.sleep(0.05)
        assert [c.name for c in seen] == ["Edit title", "Delete measure"]
        assert seen[0].changed["measure"] == {measure.id} and seen[0].actor == "Айгерим"
        assert seen[1].removed["measure"] == {measure.id}
        assert all(c.remote for c in seen)
        assert watcher.poll() == []
    finally:
        watcher.close()


def test_own_changes_are_not_handed_back(service) -> None:
    watcher = ChangeWatcher(service)
    try:
        service.create_plan(code="Own", title="Own")
        assert watcher.poll() == []
        PlanService(service.store, actor="other").create_plan(code="Theirs", title="Theirs")
        names = [c.name for c in watcher.poll()]
        assert names == ["New plan"]
    finally:
        watcher.close()


def test_an_idle_sqlite_window_reads_no_steps(sqlite_url) -> None:
    from coopdesk.store.engine import open_store

    service = PlanService(open_store(sqlite_url))
    watcher = ChangeWatcher(service)
    try:
        for _ in range(100):
            assert watcher.poll() == []
        assert watcher.queries == 0
        PlanService(service.store, actor="x").create_plan(code="X", title="X")
        assert [c.name for c in watcher.poll()] == ["New plan"]
        assert watcher.queries == 1
    finally:
        watcher.close()
