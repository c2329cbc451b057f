"""Undo and redo in the services: each step's inverse recorded in its own transaction.

Undo puts back exactly what the step changed (ids, numbers and codes included),
redo does it again, and neither ever overwrites what someone else changed since.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from coopdesk.errors import ConflictError, ValidationError
from coopdesk.services.changes import ChangeSet
from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService

pytestmark = pytest.mark.store


def content(service: PlanService, plan_id: int) -> dict:
    """What a user sees of a plan: sectors and measures with their numbers and fields."""
    sectors = [(s.id, s.code, s.name, s.parent_id) for s in service.list_sectors(plan_id)]
    measures = {
        m.id: (m.sector_id, m.number, m.number_pinned, m.position, m.uid, m.field_values())
        for m in service.list_measures(plan_id)
    }
    return {"sectors": sectors, "measures": measures}


def last_step(service: PlanService, action) -> ChangeSet:
    heard: list[ChangeSet] = []
    service.hub.subscribe(heard.append)
    try:
        action()
    finally:
        service.hub.unsubscribe(heard.append)
    assert heard, "the action published no change"
    assert heard[-1].step_id is not None
    return heard[-1]


@pytest.fixture
def history(service: PlanService) -> HistoryService:
    return HistoryService(service)


def other_window(service: PlanService, actor: str = "Айгерим") -> PlanService:
    """A second officer's service on the same store (own origin, own name)."""
    return PlanService(service.store, actor=actor)


ACTIONS = {
    "edit title": lambda s, t: s.update_measure(t[2]["b"], title="Новое название"),
    "edit timing": lambda s, t: s.update_measure(t[2]["b"], timing="II квартал 2023 г."),
    "edit number": lambda s, t: s.update_measure(t[2]["b"], number="1.1-бис"),
    "add measure": lambda s, t: s.add_measure(t[0].id, t[1]["1.2"].id, title="Қазақ тілі"),
    "delete measures": lambda s, t: s.delete_measures([t[2]["a"], t[2]["d"]]),
    "move measures": lambda s, t: s.move_measures([t[2]["a"], t[2]["b"]], t[1]["2"].id),
    "shift measure": lambda s, t: s.shift_measure(t[2]["c"], -2),
    "duplicate": lambda s, t: s.duplicate_measures([t[2]["a"], t[2]["f"]]),
    "set status": lambda s, t: s.set_status(list(t[2].values()), "done"),
    "add sector": lambda s, t: s.add_sector(t[0].id, "Экономика", parent_id=t[1]["1"].id),
    "rename sector": lambda s, t: s.rename_sector(t[1]["1.2"].id, "Переговоры"),
    "delete sector": lambda s, t: s.delete_sector(t[1]["1"].id),
    "indent sector": lambda s, t: s.indent_sector(t[1]["2"].id),
    "outdent sector": lambda s, t: s.outdent_sector(t[1]["1.2"].id),
    "edit plan": lambda s, t: s.update_plan(t[0].id, title="План 2025", language="kk"),
}


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_every_change_undoes_and_redoes_exactly(service, history, tree, name) -> None:
    plan = tree[0]
    before = content(service, plan.id)
    plan_before = service.get_plan(plan.id)
    step = last_step(service, lambda: ACTIONS[name](service, tree))
    after = content(service, plan.id)
    assert after != before or service.get_plan(plan.id) != plan_before

    undo = history.undo(step.step_id)
    assert undo.kind == "undo" and undo.target_id == step.step_id
    assert content(service, plan.id) == before
    assert service.get_plan(plan.id).title == plan_before.title

    history.redo(step.step_id)
    assert content(service, plan.id) == after
    # And once more: undo after redo uses the redo's own inverse.
    history.undo(step.step_id)
    assert content(service, plan.id) == before


def test_deleting_and_restoring_a_whole_plan(service, history, tree) -> None:
    plan = tree[0]
    before = content(service, plan.id)
    step = last_step(service, lambda: service.delete_plan(plan.id))
    assert service.list_plans() == []
    history.undo(step.step_id)
    assert content(service, plan.id) == before
    assert service.get_plan(plan.id).uid == plan.uid
    extra = service.add_sector(plan.id, "Новый")
    assert extra.id not in {s[0] for s in before["sectors"]}


def test_undo_of_a_plan_creation_removes_it(service, history) -> None:
    step = last_step(service, lambda: service.create_plan(code="N", title="New"))
    history.undo(step.step_id)
    assert service.list_plans() == []
    history.redo(step.step_id)
    assert [p.code for p in service.list_plans()] == ["N"]


def test_undo_is_refused_over_a_colleagues_edit_of_the_same_field(service, history, tree) -> None:
    plan, _s, ids = tree
    step = last_step(service, lambda: service.update_measure(ids["b"], title="Моё"))
    colleague = other_window(service)
    colleague.update_measure(ids["b"], title="Её")
    with pytest.raises(ConflictError, match="Айгерим"):
        history.undo(step.step_id)
    assert service.get_measure(ids["b"]).title == "Её"
    # The step still stands: nothing was marked undone.
    assert not history.list_steps(plan.id)[1].undone


def test_undo_goes_through_over_a_colleagues_edit_of_another_field(service, history, tree) -> None:
    _plan, _s, ids = tree
    step = last_step(service, lambda: service.update_measure(ids["b"], title="Моё"))
    other_window(service).update_measure(ids["b"], location="Астана")
    history.undo(step.step_id)
    measure = service.get_measure(ids["b"])
    assert (measure.title, measure.location) == ("b", "Астана")


def test_undoing_an_add_is_refused_once_a_colleague_edited_the_measure(
    service, history, tree
) -> None:
    plan, s, _ids = tree
    added = []
    step = last_step(
        service, lambda: added.append(service.add_measure(plan.id, s["2"].id, title="x"))
    )
    other_window(service).update_measure(added[0].id, notes="важно")
    with pytest.raises(ConflictError):
        history.undo(step.step_id)
    assert service.get_measure(added[0].id).notes == "важно"


def test_undoing_a_delete_is_refused_when_its_sector_is_gone(service, history, tree) -> None:
    _plan, s, ids = tree
    step = last_step(service, lambda: service.delete_measures([ids["f"]]))
    other_window(service).delete_sector(s["2"].id)
    with pytest.raises(ConflictError):
        history.undo(step.step_id)


def test_a_step_is_undone_once_even_from_two_windows(service, history, tree) -> None:
    _plan, _s, ids = tree
    step = last_step(service, lambda: service.update_measure(ids["b"], title="Моё"))
    history.undo(step.step_id)
    with pytest.raises(ValidationError, match="undone already"):
        HistoryService(other_window(service)).undo(step.step_id)


def test_stale_edit_of_the_same_field_is_a_conflict(service, tree) -> None:
    _plan, _s, ids = tree
    base = service.get_measure(ids["b"])
    other_window(service).update_measure(ids["b"], title="Её")
    with pytest.raises(ConflictError) as caught:
        service.update_measure(ids["b"], base={"title": base.title}, title="Моё")
    assert "Айгерим" in str(caught.value) and "title" in str(caught.value)
    (conflict,) = caught.value.conflicts
    assert (conflict.base, conflict.ours, conflict.theirs) == ("b", "Моё", "Её")
    assert service.get_measure(ids["b"]).title == "Её"


def test_stale_edits_of_different_fields_both_apply(service, tree) -> None:
    _plan, _s, ids = tree
    base = service.get_measure(ids["b"])
    other_window(service).update_measure(ids["b"], base={"notes": ""}, notes="их")
    service.update_measure(ids["b"], base={"title": base.title}, title="Моё")
    measure = service.get_measure(ids["b"])
    assert (measure.title, measure.notes) == ("Моё", "их")


def test_if_version_refuses_any_newer_version(service, tree) -> None:
    _plan, _s, ids = tree
    version = service.get_measure(ids["b"]).version
    other_window(service).update_measure(ids["b"], notes="их")
    with pytest.raises(ConflictError, match="Айгерим"):
        service.update_measure(ids["b"], if_version=version, title="Моё")
    assert service.get_measure(ids["b"]).title == "b"
    service.update_measure(ids["b"], if_version=version + 1, title="Моё")
    assert service.get_measure(ids["b"]).version == version + 2


def test_history_records_who_changed_what(service, history, tree) -> None:
    plan, s, ids = tree
    service.update_measure(ids["b"], title="Моё", timing="I полугодие 2024 г.")
    other_window(service).update_measure(ids["b"], status="done")
    service.move_measures([ids["b"]], s["2"].id)
    lines = history.measure_history(ids["b"])
    fields = [(c.field, c.old, c.new, c.by) for c in lines]
    assert ("status", "planned", "done", "Айгерим") in fields
    assert ("title", "b", "Моё", service.actor) in fields
    assert ("timing_text", "", "I полугодие 2024 г.", service.actor) in fields
    assert ("sector_id", str(s["1.1"].id), str(s["2"].id), service.actor) in fields
    assert all(c.number == "2.2" for c in lines)  # follows the measure, renumbered
    assert [c.field for c in lines if c.field == "created"] == ["created"]
    mine = history.plan_history(plan.id, by="Айгерим")
    assert [(c.field, c.new) for c in mine] == [("status", "done")]


def test_restoring_an_old_value_is_a_new_undoable_change(service, history, tree) -> None:
    _plan, _s, ids = tree
    service.update_measure(ids["b"], title="Моё")
    (change,) = [c for c in history.measure_history(ids["b"]) if c.field == "title"]
    step = history.restore_value(change)
    assert service.get_measure(ids["b"]).title == "b"
    assert step is not None
    history.undo(step.step_id)  # type: ignore[arg-type]
    assert service.get_measure(ids["b"]).title == "Моё"


def test_steps_after_gives_other_windows_the_change_sets(service, history, tree) -> None:
    _plan, _s, ids = tree
    last = history.last_step_id()
    colleague = other_window(service)
    colleague.update_measure(ids["b"], title="Её")
    colleague.delete_measures([ids["a"]])
    steps = history.steps_after(last)
    assert [s.name for s, _c in steps] == ["Edit title", "Delete measure"]
    _step, changes = steps[1]
    assert changes.removed["measure"] == {ids["a"]}
    assert changes.origin == colleague.origin and changes.actor == "Айгерим"
    assert changes.remote


def test_undo_is_refused_after_another_process_edited_the_field(service, history, tree) -> None:
    """The colleague is a real process of its own, as on two machines."""
    import subprocess
    import sys
    import textwrap

    _plan, _s, ids = tree
    step = last_step(service, lambda: service.update_measure(ids["c"], timing="Q3 2023"))
    url = service.store.engine.url.render_as_string(hide_password=False)
    script = textwrap.dedent(
        f"""
        from coopdesk.services.plans import PlanService
        from coopdesk.store.engine import open_store
        PlanService(open_store({url!r}), actor="Ерлан").update_measure({ids["c"]}, timing="2024")
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
    with pytest.raises(ConflictError, match="Ерлан"):
        history.undo(step.step_id)
    assert service.get_measure(ids["c"]).timing.text == "2024"


@pytest.mark.parametrize("touched", [False, True])
def test_rows_added_in_bulk_are_undone_even_when_changed_in_the_same_step(
    sample, touched: bool
) -> None:
    """An import notes its new rows in bulk (no history row each, nothing read back).

    If the same step then captures one of them (changes it), it must still be undone
    as an addition: undo removes every added row and leaves the plan as it was.
    """
    from sqlalchemy import func, select

    from coopdesk.store import queries
    from coopdesk.store.schema import Measure

    service, plan = sample
    before = content(service, plan.id)
    sector = service.list_sectors(plan.id)[0]
    with service.change("Import", plan.id) as (session, changes):
        last = session.scalar(select(func.max(Measure.id))) or 0
        connection = session.connection()
        stamp = queries.stored_datetime(connection)(datetime(2026, 12, 2, 3, 0))
        fixed = {
            "plan_id": plan.id, "sector_id": sector.id, "number_pinned": True,
            "description": "", "kind": "other", "framework": "bilateral",
            "responsible_a": "", "responsible_b": "", "form": "", "timing_text": "",
            "timing_precision": "none", "location": "", "status": "planned",
            "priority": "normal", "notes": "", "created_at": stamp, "updated_at": stamp,
            "version": 1, "updated_by": "tester",
        }  # fmt: skip
        names = ("uid", "number", "position", "title", *fixed)
        rows = [(f"bulk-{i}", f"9.{i}", 1000 + i, f"Bulk {i}", *fixed.values()) for i in range(3)]
        assert queries.insert_measure_tuples(connection, names, rows) == 3
        made = list(session.scalars(select(Measure.id).where(Measure.id > last)))
        service.recorder.note_insert("measure", made, history=False, fresh=True)
        changes.add("measure", *made)
        if touched:
            service.recorder.capture("measure", [made[0]], ["title"])
            row = session.get(Measure, made[0])
            assert row is not None
            row.title = "Renamed in the same step"
            changes.change("measure", made[0])
    assert len(content(service, plan.id)["measures"]) == len(before["measures"]) + 3
    assert changes.step_id is not None
    HistoryService(service).undo(changes.step_id)
    assert content(service, plan.id) == before
