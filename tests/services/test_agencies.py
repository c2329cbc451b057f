"""The agency directory: changes, undo and redo, measures' agencies, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coopdesk.errors import ConflictError, NotFoundError, ValidationError
from coopdesk.services.agencies import AgencyService
from coopdesk.services.changes import ChangeSet
from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService
from coopdesk.store.schema import Agency as AgencyRow
from coopdesk.store.schema import MeasureAgency

MFA_KZ = {
    "party": "a",
    "short_ru": "МИД РК",
    "full_ru": "Министерство иностранных дел Республики Казахстан",
    "short_kk": "ҚР СІМ",
    "short_en": "MFA of Kazakhstan",
}


@pytest.fixture
def agencies(service: PlanService) -> AgencyService:
    return AgencyService(service)


@pytest.fixture
def history(service: PlanService) -> HistoryService:
    return HistoryService(service)


def _last_step(service: PlanService) -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    service.hub.subscribe(heard.append)
    return heard


def _rows(service: PlanService) -> list[tuple[str, int | None]]:
    with service.store.session() as session:
        return [(r.short_ru, r.parent_id) for r in session.scalars(select(AgencyRow))]


def test_add_edit_delete_each_undo_and_redo(service, agencies, history) -> None:
    heard = _last_step(service)
    mfa = agencies.add_agency(**MFA_KZ)
    assert heard[-1].name == "Add agency" and heard[-1].added == {"agency": {mfa.id}}
    embassy = agencies.add_agency(party="a", short_ru="Посольство РК в РФ", parent_id=mfa.id)
    edited = agencies.update_agency(embassy.id, short_en="Embassy of Kazakhstan in Russia")
    assert edited.version == embassy.version  # the domain object read inside the change
    assert agencies.get_agency(embassy.id).version == 2
    edit_step = heard[-1].step_id
    agencies.delete_agency(mfa.id)
    delete_step = heard[-1].step_id
    # The embassy moved up (its parent is gone).
    assert _rows(service) == [("Посольство РК в РФ", None)]
    history.undo(delete_step)
    assert sorted(_rows(service)) == [("МИД РК", None), ("Посольство РК в РФ", mfa.id)]
    assert agencies.get_agency(mfa.id).full_ru == MFA_KZ["full_ru"]
    history.redo(delete_step)
    assert _rows(service) == [("Посольство РК в РФ", None)]
    history.undo(delete_step)
    history.undo(edit_step)
    assert agencies.get_agency(embassy.id).short_en == ""


def test_bad_input_is_refused_and_writes_nothing(service, agencies) -> None:
    mfa = agencies.add_agency(**MFA_KZ)
    with pytest.raises(ValidationError, match="needs a name"):
        agencies.add_agency(party="a", short_ru="  ")
    with pytest.raises(ValidationError, match="is not a or b"):
        agencies.add_agency(party="c", short_ru="X")
    with pytest.raises(ValidationError, match="same party"):
        agencies.add_agency(party="b", short_ru="Посольство", parent_id=mfa.id)
    with pytest.raises(ValidationError, match="under itself"):
        agencies.update_agency(mfa.id, parent_id=mfa.id)
    with pytest.raises(ConflictError, match="changed since"):
        agencies.update_agency(mfa.id, if_version=7, short_ru="Другое")
    with pytest.raises(NotFoundError):
        agencies.delete_agency(9999)
    assert [a.short_ru for a in agencies.list_agencies()] == ["МИД РК"]
    assert agencies.get_agency(mfa.id).version == 1


def test_a_measures_agencies_in_order_with_the_text_following_them(
    service, agencies, history, tree
) -> None:
    plan, _sectors, ids = tree
    mfa = agencies.add_agency(**MFA_KZ)
    embassy = agencies.add_agency(party="a", short_ru="Посольство РК в РФ", parent_id=mfa.id)
    heard = _last_step(service)
    agencies.set_measure_agencies(ids["a"], "a", [embassy.id, mfa.id])
    step = heard[-1]
    assert step.name == "Edit responsible agencies" and step.plan_id == plan.id
    assert ids["a"] in step.changed["measure"]
    assert [a.id for a in agencies.measure_agencies(ids["a"])["a"]] == [embassy.id, mfa.id]
    # The text was empty: it is composed from the short names, lead first.
    assert service.get_measure(ids["a"]).responsible_a == "Посольство РК в РФ, МИД РК"
    # Undo puts back the list and the text; redo both again.
    history.undo(step.step_id)
    assert agencies.measure_agencies(ids["a"])["a"] == []
    assert service.get_measure(ids["a"]).responsible_a == ""
    history.redo(step.step_id)
    assert service.get_measure(ids["a"]).responsible_a == "Посольство РК в РФ, МИД РК"
    agencies.set_measure_agencies(ids["a"], "a", [mfa.id], base=[embassy.id, mfa.id])
    assert service.get_measure(ids["a"]).responsible_a == "МИД РК"
    # Text typed by hand is kept when the agencies change.
    service.update_measure(ids["a"], responsible_a="МИД РК (Департамент СНГ)")
    agencies.set_measure_agencies(ids["a"], "a", [mfa.id, embassy.id])
    assert service.get_measure(ids["a"]).responsible_a == "МИД РК (Департамент СНГ)"
    # A stale base is refused, nothing written.
    with pytest.raises(ConflictError, match="changed since"):
        agencies.set_measure_agencies(ids["a"], "a", [], base=[mfa.id])
    assert len(agencies.measure_agencies(ids["a"])["a"]) == 2
    with pytest.raises(ValidationError, match="other party"):
        agencies.set_measure_agencies(ids["a"], "b", [mfa.id])
    # Undo of the last choice brings back the list before it (the hand text stays).
    history.undo(heard[-1].step_id)
    assert [a.id for a in agencies.measure_agencies(ids["a"])["a"]] == [mfa.id]
    assert service.get_measure(ids["a"]).responsible_a == "МИД РК (Департамент СНГ)"


def test_deleting_a_measure_and_undoing_it_keeps_its_agencies(
    service, agencies, history, tree
) -> None:
    _plan, _sectors, ids = tree
    mfa = agencies.add_agency(**MFA_KZ)
    agencies.set_measure_agencies(ids["b"], "a", [mfa.id])
    heard = _last_step(service)
    service.delete_measures([ids["b"]])
    assert agencies.usage() == {}
    history.undo(heard[-1].step_id)
    assert [a.id for a in agencies.measure_agencies(ids["b"])["a"]] == [mfa.id]
    assert agencies.usage() == {mfa.id: 1}


def test_merge_moves_measures_and_children_and_undoes(service, agencies, history, tree) -> None:
    _plan, _sectors, ids = tree
    mfa = agencies.add_agency(**MFA_KZ)
    twin = agencies.add_agency(party="a", short_ru="МИД Казахстана")
    embassy = agencies.add_agency(party="a", short_ru="Посольство РК в РФ", parent_id=twin.id)
    agencies.set_measure_agencies(ids["a"], "a", [twin.id, mfa.id])
    agencies.set_measure_agencies(ids["c"], "a", [embassy.id, twin.id])
    heard = _last_step(service)
    kept = agencies.merge_agencies(mfa.id, [twin.id])
    assert kept.id == mfa.id
    assert [a.id for a in agencies.measure_agencies(ids["a"])["a"]] == [mfa.id]
    assert [a.id for a in agencies.measure_agencies(ids["c"])["a"]] == [embassy.id, mfa.id]
    assert agencies.get_agency(embassy.id).parent_id == mfa.id
    with pytest.raises(NotFoundError):
        agencies.get_agency(twin.id)
    history.undo(heard[-1].step_id)
    assert [a.id for a in agencies.measure_agencies(ids["a"])["a"]] == [twin.id, mfa.id]
    assert agencies.get_agency(embassy.id).parent_id == twin.id
    with pytest.raises(ValidationError, match="same party"):
        agencies.merge_agencies(mfa.id, [agencies.add_agency(party="b", short_ru="МИД РФ").id])


def test_undo_of_a_choice_is_refused_once_the_agency_is_deleted(
    service, agencies, history, tree
) -> None:
    _plan, _sectors, ids = tree
    mfa = agencies.add_agency(**MFA_KZ)
    other = agencies.add_agency(party="a", short_ru="Минторг РК")
    agencies.set_measure_agencies(ids["a"], "a", [mfa.id])
    heard = _last_step(service)
    agencies.set_measure_agencies(ids["a"], "a", [other.id])
    choice = heard[-1].step_id
    agencies.delete_agency(mfa.id)
    with pytest.raises(ConflictError, match="deleted or put back"):
        history.undo(choice)
    assert [a.id for a in agencies.measure_agencies(ids["a"])["a"]] == [other.id]


def test_import_directory_fills_known_agencies_and_adds_new_ones(service, agencies) -> None:
    agencies.add_agency(party="a", short_ru="МИД РК")
    added, updated = agencies.import_directory(
        [
            {**MFA_KZ, "short_ru": "", "full_ru": MFA_KZ["full_ru"]},
            {"party": "a", "short_ru": "Посольство РК в РФ", "parent": "МИД РК"},
        ]
    )
    assert (added, updated) == (1, 1)
    mfa = agencies.find_agency("Министерство иностранных дел РК", "a")
    assert mfa.short_kk == "ҚР СІМ" and mfa.short_ru == "МИД РК"
    assert agencies.find_agency("Посольство РК в РФ").parent_id == mfa.id
    with pytest.raises(ValidationError, match="Row 2: Field 'party'"):
        agencies.import_directory([{"party": "a", "short_ru": "X"}, {"short_ru": "Y"}])
    with pytest.raises(ValidationError, match="not in the directory"):
        agencies.import_directory([{"party": "b", "short_ru": "Z", "parent": "Нет такого"}])
    assert len(agencies.list_agencies()) == 2


def test_the_sample_ships_its_agencies_and_links_every_named_one(sample) -> None:
    service, plan = sample
    agencies = AgencyService(service)
    directory = agencies.list_agencies()
    assert {a.short_ru for a in directory if a.party == "a"} >= {"МИД РК", "Посольство РК в РФ"}
    embassy = agencies.find_agency("Посольство России в РК", "b")
    assert agencies.get_agency(embassy.parent_id).short_ru == "МИД России"  # type: ignore[arg-type]
    links = agencies.agencies_of_plan(plan.id)
    measures = service.list_measures(plan.id)
    assert len(links) == len(measures)
    for m in measures:
        names_a = [a.short_ru for a in links[m.id]["a"]]
        assert ", ".join(names_a) == m.responsible_a  # every name linked, in order
        assert ", ".join(a.short_ru for a in links[m.id]["b"]) == m.responsible_b
        assert m.version == 1  # linking changed no measure
    work = agencies.assignments(embassy.id)
    assert work and all(w.party == "b" and w.plan_id == plan.id for w in work)
    mfa_ru = agencies.find_agency("МИД России")
    # The ministry's assignments include its embassy's.
    assert {w.measure_id for w in work} <= {w.measure_id for w in agencies.assignments(mfa_ru.id)}


def test_link_plan_links_text_and_reports_near_and_new(service, agencies, tree) -> None:
    plan, _sectors, ids = tree
    mfa = agencies.add_agency(**MFA_KZ)
    service.update_measure(ids["a"], responsible_a="Министерство иностранных дел РК, Акимат")
    service.update_measure(ids["d"], responsible_a="Министерство иностранных дел")
    count, matches = agencies.link_plan(plan.id)
    assert count == 1
    assert {m.text: m.how for m in matches} == {
        "Министерство иностранных дел РК": "exact",
        "Акимат": "new",
        "Министерство иностранных дел": "near",
    }
    assert [a.id for a in agencies.measure_agencies(ids["a"])["a"]] == [mfa.id]
    with service.store.session() as session:
        assert len(list(session.scalars(select(MeasureAgency)))) == 1


def test_choosing_agencies_leaves_the_plans_history_readable(
    service, agencies, history, tree
) -> None:
    plan, _sectors, ids = tree
    mfa = agencies.add_agency(**MFA_KZ)
    agencies.set_measure_agencies(ids["a"], "a", [mfa.id])
    agencies.set_measure_agencies(ids["a"], "a", [])
    rows = history.plan_history(plan.id)
    # The text that followed the choice is on record; the link rows themselves are not.
    assert [(r.entity, r.field, r.old, r.new) for r in rows[:2]] == [
        ("measure", "responsible_a", "МИД РК", ""),
        ("measure", "responsible_a", "", "МИД РК"),
    ]
    assert not {r.entity for r in rows} & {"agency", "measure_agency"}


def test_another_process_choosing_agencies_is_seen_and_stale_bases_refused(
    service, agencies, tree, store_url
) -> None:
    import subprocess
    import sys
    import textwrap
    import time

    from coopdesk.services.watch import ChangeWatcher

    _plan, _sectors, ids = tree
    mfa = agencies.add_agency(**MFA_KZ)
    watcher = ChangeWatcher(service)
    try:
        script = textwrap.dedent(
            f"""
            from coopdesk.services.agencies import AgencyService
            from coopdesk.services.plans import PlanService
            from coopdesk.store.engine import open_store
            service = PlanService(open_store({store_url!r}), actor="Айгерим")
            AgencyService(service).set_measure_agencies({ids["a"]}, "a", [{mfa.id}])
            """
        )
        subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
        seen: list[ChangeSet] = []
        for _ in range(50):
            seen += watcher.poll()
            if seen:
                break
            time.sleep(0.05)
        assert [c.name for c in seen] == ["Edit responsible agencies"]
        assert seen[0].changed["measure"] == {ids["a"]} and seen[0].actor == "Айгерим"
    finally:
        watcher.close()
    # This window still thinks the measure has no agencies: its choice is refused.
    with pytest.raises(ConflictError, match="changed since"):
        agencies.set_measure_agencies(ids["a"], "a", [], base=[])
    assert [a.id for a in agencies.measure_agencies(ids["a"])["a"]] == [mfa.id]
