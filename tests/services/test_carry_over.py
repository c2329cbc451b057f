"""Carry-over into the next plan: links both ways, statuses and notes, timings, undo."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.timing import Precision, parse_timing
from coopdesk.domain.vocab import Status
from coopdesk.errors import ValidationError
from coopdesk.services.carry_over import (
    CarryOverService,
    Reason,
    carried_timing,
    is_recurring,
    next_title,
)
from coopdesk.services.history import HistoryService

OLD = (date(2023, 1, 1), date(2024, 12, 31))
NEW = (date(2025, 1, 1), date(2026, 12, 31))


def _carry(service, plan, **kwargs):
    return CarryOverService(service).carry_over(
        plan.id, code="KZ-RU-MFA-2025", period_start=NEW[0], period_end=NEW[1], **kwargs
    )


@pytest.mark.parametrize(
    ("text", "recurring"),
    [
        ("ежегодно", True),
        ("Жыл сайын", True),
        ("annually", True),
        ("постоянно", True),
        ("на регулярной основе", True),
        ("on a regular basis", True),
        ("II квартал 2023 г.", False),
        ("по согласованию сторон", False),
    ],
)
def test_recurring_timings(text: str, recurring: bool) -> None:
    assert is_recurring(parse_timing(text, OLD)) is recurring


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("II квартал 2023 г.", ""),  # a date inside the old period: cleared
        ("до конца 2024 г.", ""),
        ("ежегодно в течение 2023-2024 гг.", ""),
        ("ежегодно", "ежегодно"),  # open words stay
        ("по согласованию сторон", "по согласованию сторон"),
        ("в течение срока действия плана", "в течение срока действия плана"),
        ("по мере готовности документа", "по мере готовности документа"),
        ("I квартал 2025 г.", "I квартал 2025 г."),  # already in the new period
    ],
)
def test_carried_timing(text: str, kept: str) -> None:
    result = carried_timing(parse_timing(text, OLD), OLD, NEW)
    assert result.text == kept
    if kept == "ежегодно":
        assert (result.start, result.end, result.precision) == (*NEW, Precision.ANNUAL)


def test_next_title_moves_the_years() -> None:
    assert next_title("План на 2023-2024 годы", OLD, NEW) == "План на 2025-2026 годы"
    assert next_title("Plan 2023–2024", OLD, NEW) == "Plan 2025–2026"


def test_defaults_tick_open_and_recurring_measures(sample) -> None:
    service, plan = sample
    found = {c.number: c for c in CarryOverService(service).candidates(plan.id)}
    assert found["1.2.3"].reason is Reason.OPEN and found["1.2.3"].ticked  # planned
    assert found["1.2.2"].reason is Reason.OPEN  # postponed
    assert found["3.1.1"].reason is Reason.RECURRING and found["3.1.1"].ticked  # done, ежегодно
    assert found["1.1.1"].reason is Reason.DONE and not found["1.1.1"].ticked
    assert found["2.2.2"].reason is Reason.CANCELLED and not found["2.2.2"].ticked
    ticked = {n for n, c in found.items() if c.ticked}
    assert len(ticked) == 13


def test_carry_over_of_the_sample(sample) -> None:
    service, plan = sample
    carry = CarryOverService(service)
    before = {m.number: m for m in service.list_measures(plan.id)}
    result = _carry(service, plan)
    new = result.plan
    assert new.code == "KZ-RU-MFA-2025"
    assert (new.party_a, new.party_b) == (plan.party_a, plan.party_b)
    assert (new.period_start, new.period_end) == NEW
    assert "2025-2026" in new.title and "2023-2024" not in new.title
    assert new.state.value == "draft"
    # The same sector tree.
    tree = [(s.code, s.name) for s in service.list_sectors(plan.id)]
    assert [(s.code, s.name) for s in service.list_sectors(new.id)] == tree
    measures = service.list_measures(new.id)
    assert len(measures) == 13 == len(result.links)
    # Links both ways.
    origin_of = {m.id: m for m in service.list_measures(plan.id)}
    links = carry.carried_from(m.id for m in measures)
    for m in measures:
        origin = origin_of[result.links[m.id]]
        assert links[m.id].measure_id == origin.id
        assert links[m.id].plan_code == plan.code
        assert links[m.id].number == origin.number
        assert m.title == origin.title and m.responsible_a == origin.responsible_a
        assert m.status is Status.PLANNED and m.notes == ""
        into = carry.carried_into(origin.id)
        assert [(x.measure_id, x.plan_code, x.number) for x in into] == [(m.id, new.code, m.number)]
    # Numbers start afresh in each sector; the first measure of 1.2 carried is 1.2.1.
    by_origin = {origin_of[result.links[m.id]].number: m for m in measures}
    assert by_origin["1.2.2"].number == "1.2.1"
    assert by_origin["1.2.3"].number == "1.2.2"
    # Timings: dated ones inside the old period cleared, open ones kept.
    assert by_origin["1.2.3"].timing.text == ""
    assert by_origin["3.1.1"].timing.text == "ежегодно"
    assert by_origin["3.1.1"].timing.start == NEW[0]
    assert by_origin["5.3"].timing.text == "по согласованию сторон"
    assert by_origin["2.2.3"].timing.text == "по мере готовности документа"
    assert set(result.cleared) == {m.id for m in measures if not m.timing.text}
    # The origins: "carried over" (the done one stays done), a note naming the plan.
    after = {m.number: m for m in service.list_measures(plan.id)}
    for number in by_origin:
        origin = after[number]
        want = Status.DONE if before[number].status is Status.DONE else Status.CARRIED_OVER
        assert origin.status is want
        assert origin.notes.endswith("Перенесено в план KZ-RU-MFA-2025")
        assert origin.version == before[number].version + 1
    untouched = set(after) - set(by_origin)
    assert all(after[n] == before[n] for n in untouched)
    # A measure not carried has no link.
    assert carry.carried_into(before["1.1.1"].id or 0) == []


def test_undo_takes_the_new_plan_away_and_restores_the_origins(sample) -> None:
    service, plan = sample
    before = service.list_measures(plan.id)
    plans_before = [p.code for p in service.list_plans()]
    result = _carry(service, plan)
    assert result.step_id is not None
    history = HistoryService(service)
    history.undo(result.step_id)
    assert [p.code for p in service.list_plans()] == plans_before
    after = service.list_measures(plan.id)
    assert [(m.id, m.status, m.notes) for m in after] == [(m.id, m.status, m.notes) for m in before]
    history.redo(result.step_id)
    again = service.find_plan("KZ-RU-MFA-2025")
    assert len(service.list_measures(again.id or 0)) == 13
    links = CarryOverService(service).carried_from_in_plan(again.id or 0)
    assert len(links) == 13


def test_picked_measures_only(sample) -> None:
    service, plan = sample
    picked = {m.number: m.id for m in service.list_measures(plan.id)}
    result = _carry(service, plan, measure_ids=[picked["1.1.1"], picked["6.2.1"]], title="Новый")
    assert result.plan.title == "Новый"
    measures = service.list_measures(result.plan.id or 0)
    assert [m.title for m in measures] == [
        service.get_measure(picked["1.1.1"]).title,
        service.get_measure(picked["6.2.1"]).title,
    ]
    # The done one picked by hand keeps "done", with the note.
    first = service.get_measure(picked["1.1.1"])
    assert first.status is Status.DONE and "KZ-RU-MFA-2025" in first.notes
    assert service.get_measure(picked["6.2.1"]).status is Status.CARRIED_OVER


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"code": "KZ-RU-MFA-2023"}, "already exists"),
        ({"code": "  "}, "needs a code"),
        ({"period_start": NEW[1], "period_end": NEW[0]}, "before it starts"),
        ({"measure_ids": [999999]}, "is not in the plan"),
    ],
)
def test_bad_input_writes_nothing(sample, kwargs, message: str) -> None:
    service, plan = sample
    before = service.list_measures(plan.id)
    plans_before = service.list_plans()
    args = {"code": "NEXT", "period_start": NEW[0], "period_end": NEW[1], **kwargs}
    with pytest.raises(ValidationError, match=message):
        CarryOverService(service).carry_over(plan.id, **args)
    assert service.list_plans() == plans_before
    assert service.list_measures(plan.id) == before


def test_deleting_an_origin_empties_the_link(sample) -> None:
    service, plan = sample
    result = _carry(service, plan)
    new_id, origin_id = next(iter(result.links.items()))
    service.delete_measures([origin_id])
    assert CarryOverService(service).carried_from([new_id]) == {}
    assert service.get_measure(new_id).title


def test_undoing_the_delete_of_an_origin_measure_ties_its_carried_copy_again(sample) -> None:
    """Deleting a measure of the old plan unties its copy in the new plan (the store sets
    the link to nothing); undoing the delete must tie them again, in both directions."""
    from coopdesk.services.history import HistoryService

    service, plan = sample
    result = _carry(service, plan)
    carry = CarryOverService(service)
    new_id, origin_id = next(iter(result.links.items()))
    assert carry.carried_from_in_plan(result.plan.id)[new_id].measure_id == origin_id
    heard = []
    service.hub.subscribe(heard.append)
    service.delete_measures([origin_id])
    service.hub.unsubscribe(heard.append)
    assert new_id not in carry.carried_from_in_plan(result.plan.id)
    HistoryService(service).undo(heard[-1].step_id)
    assert carry.carried_from_in_plan(result.plan.id)[new_id].measure_id == origin_id
    # The copy's history shows no field change for the link.
    fields = HistoryService(service).measure_history(new_id)
    assert all(f.field != "carried_from_id" for f in fields)
