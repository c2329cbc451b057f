"""Progress per party: entries, the derived status, undo and redo, refusals (both back ends)."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.progress import ProgressEntry, derived_status, overall_status
from coopdesk.domain.vocab import ProgressStatus, Status
from coopdesk.errors import ConflictError, ValidationError
from coopdesk.services.changes import ChangeSet
from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService
from coopdesk.services.progress import ProgressService

JUL = date(2024, 7, 1)
JAN = date(2024, 1, 1)


def _entry(party: str, status: ProgressStatus, as_of: date = JUL, ident: int = 1) -> ProgressEntry:
    return ProgressEntry(ident, 1, party, as_of, status)


@pytest.mark.parametrize(
    ("a", "b", "overall"),
    [
        ("done", "done", "done"),
        ("done", None, "done"),
        ("done", "in_progress", "in_progress"),
        ("done", "not_done", "in_progress"),
        ("done", "cancelled", "done"),
        ("not_done", "postponed", "not_done"),
        ("postponed", "carried_over", "carried_over"),
        ("postponed", "cancelled", "postponed"),
        ("cancelled", "cancelled", "cancelled"),
    ],
)
def test_overall_status_rule(a: str, b: str | None, overall: str) -> None:
    entries = {"a": _entry("a", ProgressStatus(a))}
    if b is not None:
        entries["b"] = _entry("b", ProgressStatus(b))
    assert overall_status(entries) == ProgressStatus(overall)


def test_latest_entry_per_party_as_of_a_date() -> None:
    entries = [
        _entry("a", ProgressStatus.IN_PROGRESS, JAN, 1),
        _entry("a", ProgressStatus.DONE, JUL, 2),
        _entry("b", ProgressStatus.DONE, JAN, 3),
    ]
    assert derived_status(entries) is Status.DONE
    assert derived_status(entries, date(2024, 3, 31)) is Status.IN_PROGRESS
    assert derived_status(entries, date(2023, 12, 31)) is None


def test_entries_per_party_derive_the_measure_status(service: PlanService, tree) -> None:
    _plan, _sectors, ids = tree
    progress = ProgressService(service)
    heard: list[ChangeSet] = []
    service.hub.subscribe(heard.append)
    a = progress.add_entry(ids["a"], "a", JUL, "done", text="Визит состоялся 3 июля")
    assert service.get_measure(ids["a"]).status is Status.DONE
    assert heard[-1].added["progress"] == {a.id}
    assert heard[-1].changed["measure"] == {ids["a"]}
    progress.add_entry(ids["a"], "b", JUL, ProgressStatus.IN_PROGRESS, text="Готовится")
    assert service.get_measure(ids["a"]).status is Status.IN_PROGRESS
    b = progress.record(ids["a"], "b", JUL, "done", event_date=date(2024, 6, 30))
    # The round's record replaced B's entry of that date instead of adding one.
    entries = progress.list_entries(ids["a"])
    assert [(e.party, e.status.value) for e in entries] == [("a", "done"), ("b", "done")]
    assert b.event_date == date(2024, 6, 30)
    assert service.get_measure(ids["a"]).status is Status.DONE
    # Set by hand: entries no longer move the status.
    progress.set_status_manual(ids["a"], True)
    service.set_status([ids["a"]], Status.POSTPONED)
    progress.update_entry(a.id, status="not_done")
    assert service.get_measure(ids["a"]).status is Status.POSTPONED
    progress.set_status_manual(ids["a"], False)
    assert service.get_measure(ids["a"]).status is Status.IN_PROGRESS
    # Entries as of a date.
    progress.add_entry(ids["b"], "a", JAN, "in_progress")
    assert set(progress.plan_entries(_plan.id, date(2024, 3, 1))) == {ids["b"]}
    assert set(progress.plan_entries(_plan.id)) == {ids["a"], ids["b"]}


def test_undo_and_redo_of_an_entry(service: PlanService, tree) -> None:
    _plan, _sectors, ids = tree
    progress = ProgressService(service)
    history = HistoryService(service)
    heard: list[ChangeSet] = []
    service.hub.subscribe(heard.append)
    entry = progress.add_entry(ids["c"], "a", JUL, "done", text="Подписан протокол")
    step = heard[-1].step_id
    assert step is not None
    assert service.get_measure(ids["c"]).status is Status.DONE
    history.undo(step)
    assert progress.list_entries(ids["c"]) == []
    assert service.get_measure(ids["c"]).status is Status.PLANNED
    history.redo(step)
    (back,) = progress.list_entries(ids["c"])
    assert (back.id, back.text, back.status) == (entry.id, "Подписан протокол", ProgressStatus.DONE)
    assert service.get_measure(ids["c"]).status is Status.DONE
    # An edit, undone, puts the old text back.
    progress.update_entry(entry.id, text="Протокол подписан 5 июля")
    history.undo(heard[-1].step_id)  # type: ignore[arg-type]
    assert progress.get_entry(entry.id).text == "Подписан протокол"


def test_deleting_a_measure_takes_its_entries_and_undo_brings_them_back(
    service: PlanService, tree
) -> None:
    _plan, _sectors, ids = tree
    progress = ProgressService(service)
    heard: list[ChangeSet] = []
    service.hub.subscribe(heard.append)
    progress.add_entry(ids["d"], "a", JUL, "done", text="Состоялись")
    progress.add_entry(ids["d"], "b", JUL, "done", text="Проведены")
    service.delete_measures([ids["d"]])
    assert progress.list_entries(ids["d"]) == []
    HistoryService(service).undo(heard[-1].step_id)  # type: ignore[arg-type]
    assert sorted(e.text for e in progress.list_entries(ids["d"])) == ["Проведены", "Состоялись"]


def test_bad_input_is_refused_and_nothing_is_written(service: PlanService, tree) -> None:
    _plan, _sectors, ids = tree
    progress = ProgressService(service)
    with pytest.raises(ValidationError, match="not a party"):
        progress.add_entry(ids["e"], "c", JUL, "done")
    with pytest.raises(ValidationError, match="Progress status: 'finished' is not a known status"):
        progress.add_entry(ids["e"], "a", JUL, "finished")
    with pytest.raises(ValidationError, match="after the reporting date"):
        progress.add_entry(ids["e"], "a", JUL, "done", event_date=date(2024, 8, 1))
    with pytest.raises(ValidationError, match="NUL"):
        progress.add_entry(ids["e"], "a", JUL, "done", text="a\x00b")
    assert progress.list_entries(ids["e"]) == []
    entry = progress.add_entry(ids["e"], "a", JUL, "in_progress")
    progress.update_entry(entry.id, text="Готовится визит")
    with pytest.raises(ConflictError, match="version 2, not 1"):
        progress.update_entry(entry.id, if_version=1, text="Другое")
    assert progress.get_entry(entry.id).text == "Готовится визит"
    assert service.get_measure(ids["e"]).status is Status.IN_PROGRESS


def test_after_the_upgrade_measure_ids_are_still_never_given_twice(
    service: PlanService, tree
) -> None:
    # Migration 0008 adds a column to ``measure``; a rebuild would lose AUTOINCREMENT.
    plan, sectors, ids = tree
    last = max(ids.values())
    service.delete_measures([last])
    fresh = service.add_measure(plan.id, sectors["2"].id, title="g")
    assert fresh.id is not None and fresh.id > last
