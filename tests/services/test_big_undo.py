"""A big undo reads and checks its rows before it takes the write lock (issue 11 item 7).

Undoing a status change of thousands of measures used to read every row inside the
write transaction; other windows' saves waited for all of it. Now the rows are read
and checked first, and the write transaction only confirms nothing moved since.
"""

from __future__ import annotations

import pytest

from coopdesk.errors import ConflictError
from coopdesk.services import history as history_module
from coopdesk.services import unit
from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService

pytestmark = pytest.mark.store

COUNT = unit.PREPARE_MIN + 100


def big_plan(service: PlanService) -> tuple[int, list[int]]:
    plan = service.create_plan(code="KZ-UZ", title="Жол картасы")
    assert plan.id is not None
    sectors = [service.add_sector(plan.id, name).id for name in ("Саясат", "Экономика")]
    service.add_measures_bulk(
        plan.id,
        (
            {"sector_id": sectors[i % 2], "title": f"Іс-шара № {i}", "status": "planned"}
            for i in range(COUNT)
        ),
    )
    return plan.id, [m.id for m in service.measure_rows(plan.id)]


def test_a_big_undo_puts_every_status_back_and_its_redo_again(service: PlanService) -> None:
    plan_id, ids = big_plan(service)
    history = HistoryService(service)
    service.set_status(ids, "done")
    step = history.last_step_id()
    versions = service.measure_versions(ids)
    prepared: list[object] = []
    original = history_module.prepare_inverse

    def spying(session, entries):  # type: ignore[no-untyped-def]
        result = original(session, entries)
        prepared.append(result)
        return result

    history_module.prepare_inverse = spying  # type: ignore[assignment]
    try:
        history.undo(step)
        assert prepared and prepared[0] is not None  # the read-ahead path was taken
        assert {m.status.value for m in service.list_measures(plan_id)} == {"planned"}
        after_undo = service.measure_versions(ids)
        assert all(after_undo[i] == versions[i] + 1 for i in ids)  # other windows see it
        changes = history.plan_history(plan_id, measure_id=ids[7])
        assert [(c.field, c.old, c.new) for c in changes[:2]] == [
            ("status", "done", "planned"),
            ("status", "planned", "done"),
        ]
        history.redo(step)
        assert {m.status.value for m in service.list_measures(plan_id)} == {"done"}
    finally:
        history_module.prepare_inverse = original  # type: ignore[assignment]


def test_an_edit_between_the_read_and_the_lock_still_stops_the_undo(
    service: PlanService,
) -> None:
    plan_id, ids = big_plan(service)
    history = HistoryService(service)
    service.set_status(ids, "done")
    step = history.last_step_id()
    colleague = PlanService(service.store, actor="Айгерим")
    original = history_module.prepare_inverse

    def then_a_colleague_edits(session, entries):  # type: ignore[no-untyped-def]
        result = original(session, entries)
        session.rollback()  # the read is over; the colleague saves before the lock
        colleague.update_measure(ids[42], status="postponed")
        return result

    history_module.prepare_inverse = then_a_colleague_edits  # type: ignore[assignment]
    try:
        with pytest.raises(ConflictError, match="Айгерим"):
            history.undo(step)
    finally:
        history_module.prepare_inverse = original  # type: ignore[assignment]
    statuses = {m.id: m.status.value for m in service.list_measures(plan_id)}
    assert statuses[ids[42]] == "postponed"
    assert sum(1 for s in statuses.values() if s == "done") == COUNT - 1  # nothing undone
