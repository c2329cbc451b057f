"""Sector tree changes and numbering that follows the tree."""

from __future__ import annotations

import pytest

from coopdesk.errors import ValidationError
from coopdesk.services.plans import PlanService

pytestmark = pytest.mark.store


def numbers(service: PlanService, plan_id: int) -> dict[str, str]:
    return {m.title: m.number for m in service.list_measures(plan_id)}


def codes(service: PlanService, plan_id: int) -> list[tuple[str, str]]:
    return [(s.code, s.name) for s in service.list_sectors(plan_id)]


def test_numbers_follow_sectors(service, tree) -> None:
    plan, _s, _ids = tree
    assert numbers(service, plan.id) == {
        "a": "1.1.1",
        "b": "1.1.2",
        "c": "1.1.3",
        "d": "1.2.1",
        "e": "1.2.2",
        "f": "2.1",
    }


def test_moving_a_measure_renumbers_both_sectors(service, tree) -> None:
    plan, s, ids = tree
    heard = []
    service.hub.subscribe(heard.append)
    service.move_measures([ids["a"]], s["1.2"].id)
    assert numbers(service, plan.id) == {
        "b": "1.1.1",
        "c": "1.1.2",
        "d": "1.2.1",
        "e": "1.2.2",
        "a": "1.2.3",
        "f": "2.1",
    }
    assert heard[-1].changed["measure"] == {ids["a"], ids["b"], ids["c"]}


def test_pinned_numbers_survive_renumbering(service, tree) -> None:
    plan, s, ids = tree
    service.update_measure(ids["b"], number="1.1-bis")
    service.move_measures([ids["a"]], s["2"].id)
    assert numbers(service, plan.id)["b"] == "1.1-bis"
    assert numbers(service, plan.id)["c"] == "1.1.2"


def test_deleting_a_measure_closes_the_gap(service, tree) -> None:
    plan, _s, ids = tree
    service.delete_measures([ids["a"]])
    assert numbers(service, plan.id)["b"] == "1.1.1"


def test_shift_measure_within_its_sector(service, tree) -> None:
    plan, _s, ids = tree
    service.shift_measure(ids["c"], -1)
    assert [m.title for m in service.list_measures(plan.id)][:3] == ["a", "c", "b"]
    assert numbers(service, plan.id)["c"] == "1.1.2"


def test_duplicate_appends_a_copy(service, tree) -> None:
    _plan, _s, ids = tree
    service.update_measure(ids["a"], timing="II квартал 2023 г.", notes="Қазақстан")
    (copy,) = service.duplicate_measures([ids["a"]])
    assert copy.id != ids["a"] and copy.number == "1.1.4"
    assert (copy.title, copy.notes, copy.timing.text) == ("a", "Қазақстан", "II квартал 2023 г.")
    assert copy.uid != service.get_measure(ids["a"]).uid


def test_reordering_sectors_recodes_and_renumbers(service, tree) -> None:
    plan, s, _ids = tree
    service.shift_sector(s["2"].id, -1)
    assert codes(service, plan.id) == [
        ("1", "Мәдениет"),
        ("2", "Политика"),
        ("2.1", "Визиты"),
        ("2.2", "Консультации"),
    ]
    assert numbers(service, plan.id) == {
        "f": "1.1",
        "a": "2.1.1",
        "b": "2.1.2",
        "c": "2.1.3",
        "d": "2.2.1",
        "e": "2.2.2",
    }


def test_indent_and_outdent(service, tree) -> None:
    plan, s, _ids = tree
    service.indent_sector(s["2"].id)
    assert codes(service, plan.id)[-1] == ("1.3", "Мәдениет")
    assert numbers(service, plan.id)["f"] == "1.3.1"
    service.outdent_sector(s["2"].id)
    assert codes(service, plan.id)[-1] == ("2", "Мәдениет")
    assert numbers(service, plan.id)["f"] == "2.1"
    with pytest.raises(ValidationError, match="cannot be indented"):
        service.indent_sector(s["1"].id)
    with pytest.raises(ValidationError, match="cannot be outdented"):
        service.outdent_sector(s["1"].id)


def test_a_sector_cannot_move_into_itself(service, tree) -> None:
    plan, s, _ids = tree
    before = codes(service, plan.id)
    with pytest.raises(ValidationError, match="into itself"):
        service.move_sector(s["1"].id, s["1.1"].id, 0)
    assert codes(service, plan.id) == before


def test_measure_rows_by_ids(service, tree) -> None:
    _plan, _s, ids = tree
    rows = service.measure_rows_by_ids([ids["a"], ids["f"], 999_999])
    assert sorted(r[5] for r in rows) == ["a", "f"]
