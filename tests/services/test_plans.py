"""The plan service: each change is one named transaction, reported as a change set."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.timing import Precision
from coopdesk.domain.vocab import Framework, Kind, PlanState, Status
from coopdesk.errors import NotFoundError, StoreError, ValidationError
from coopdesk.services.changes import ChangeSet
from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService

D = date
P = Precision

pytestmark = pytest.mark.store


@pytest.fixture
def heard(service: PlanService) -> list[ChangeSet]:
    received: list[ChangeSet] = []
    service.hub.subscribe(received.append)
    return received


@pytest.fixture
def plan(service: PlanService):
    return service.create_plan(
        code="KZ-RU-TEST",
        title="План мероприятий на 2023-2024 годы",
        party_a="МИД Республики Казахстан",
        party_b="МИД Российской Федерации",
        period_start=date(2023, 1, 1),
        period_end=date(2024, 12, 31),
        state="signed",
    )


def test_create_plan_is_stored_and_announced(service, heard) -> None:
    plan = service.create_plan(code="P1", title="Plan one", period_start="2023-01-01")
    assert heard[-1].name == "New plan"
    assert heard[-1].added == {"plan": {plan.id}}
    stored = service.get_plan(plan.id)
    assert (stored.code, stored.title, stored.state) == ("P1", "Plan one", PlanState.DRAFT)
    assert stored.period_start == date(2023, 1, 1)
    assert [p.code for p in service.list_plans()] == ["P1"]


def test_plan_codes_are_unique_and_the_store_keeps_the_first(service, plan) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        service.create_plan(code="KZ-RU-TEST", title="Another")
    assert [p.title for p in service.list_plans()] == [plan.title]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"code": "", "title": "x"}, "needs a code"),
        ({"code": "A", "title": "  "}, "needs a title"),
        ({"code": "A", "title": "x", "period_start": "2024-02-31"}, "is not a date"),
        (
            {"code": "A", "title": "x", "period_start": "2024-01-01", "period_end": "2023-01-01"},
            "ends",
        ),
        ({"code": "A", "title": "x", "state": "approved"}, "not a known planstate"),
    ],
)
def test_invalid_plans_are_refused_and_nothing_is_written(service, heard, values, message):
    with pytest.raises(ValidationError, match=message):
        service.create_plan(**values)
    assert service.list_plans() == []
    assert heard == []


def test_find_plan_by_code_or_id(service, plan) -> None:
    assert service.find_plan("KZ-RU-TEST").id == plan.id
    assert service.find_plan(str(plan.id)).code == "KZ-RU-TEST"
    with pytest.raises(NotFoundError, match="'nope'"):
        service.find_plan("nope")


def test_sectors_form_a_tree_with_derived_codes(service, plan) -> None:
    politics = service.add_sector(plan.id, "Политический диалог")
    visits = service.add_sector(plan.id, "Визиты на высшем уровне", parent_id=politics.id)
    talks = service.add_sector(plan.id, "Консультации", parent_id=politics.id)
    culture = service.add_sector(plan.id, "Мәдени ынтымақтастық")
    tree = service.list_sectors(plan.id)
    assert [(s.code, s.name) for s in tree] == [
        ("1", "Политический диалог"),
        ("1.1", "Визиты на высшем уровне"),
        ("1.2", "Консультации"),
        ("2", "Мәдени ынтымақтастық"),
    ]
    assert visits.parent_id == politics.id and talks.position == 1 and culture.parent_id is None


def test_add_measure_parses_timing_and_numbers_it(service, plan, heard) -> None:
    sector = service.add_sector(plan.id, "Политический диалог")
    measure = service.add_measure(
        plan.id,
        sector.id,
        title="Консультации заместителей министров",
        form="Протокол",
        timing="II квартал 2023 г.",
        responsible_a="МИД РК",
        responsible_b="МИД России",
        kind="consultations",
        status="in_progress",
    )
    assert heard[-1].name == "Add measure" and heard[-1].added["measure"] == {measure.id}
    stored = service.get_measure(measure.id)
    assert stored.number == "1.1" and not stored.number_pinned
    assert stored.timing.text == "II квартал 2023 г."
    assert (stored.timing.start, stored.timing.end) == (date(2023, 4, 1), date(2023, 6, 30))
    assert stored.timing.precision == Precision.QUARTER
    assert stored.kind == Kind.CONSULTATIONS and stored.status == Status.IN_PROGRESS
    assert stored.framework == Framework.BILATERAL
    assert stored.created_at is not None and stored.updated_at is not None


def test_unreadable_timing_is_kept_word_for_word(service, plan) -> None:
    sector = service.add_sector(plan.id, "S")
    words = "  после выборов, по мере готовности  "
    measure = service.add_measure(plan.id, sector.id, title="T", timing=words)
    stored = service.get_measure(measure.id)
    assert stored.timing.text == words
    assert stored.timing.start is None and stored.timing.precision == Precision.UNPARSED


def test_plan_period_gives_open_timings_their_span(service, plan) -> None:
    sector = service.add_sector(plan.id, "S")
    measure = service.add_measure(plan.id, sector.id, title="T", timing="ежегодно")
    stored = service.get_measure(measure.id)
    assert (stored.timing.start, stored.timing.end) == (date(2023, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"title": ""}, "needs a title"),
        ({"title": "x", "status": "finished"}, "Field 'status'"),
        ({"title": "x", "kind": "party"}, "Field 'kind'"),
        ({"title": "x", "colour": "red"}, "Unknown measure field"),
        ({"title": 12}, "must be text"),
    ],
)
def test_invalid_measures_are_refused(service, plan, values, message) -> None:
    sector = service.add_sector(plan.id, "S")
    with pytest.raises(ValidationError, match=message):
        service.add_measure(plan.id, sector.id, **values)
    assert service.list_measures(plan.id) == []


def test_update_measure_changes_only_given_fields(service, plan, heard) -> None:
    sector = service.add_sector(plan.id, "S")
    measure = service.add_measure(plan.id, sector.id, title="Встреча", notes="старое")
    service.update_measure(measure.id, status="done", timing="12 апреля 2023 г.")
    stored = service.get_measure(measure.id)
    assert stored.status == Status.DONE and stored.notes == "старое"
    assert stored.timing.start == date(2023, 4, 12) == stored.timing.end
    assert heard[-1].changed == {"measure": {measure.id}}
    with pytest.raises(ValidationError):
        service.update_measure(measure.id, title=" ", notes="new")
    assert service.get_measure(measure.id).notes == "старое"


def test_unchanged_values_publish_nothing(service, plan, heard) -> None:
    sector = service.add_sector(plan.id, "S")
    measure = service.add_measure(plan.id, sector.id, title="T")
    count = len(heard)
    service.update_measure(measure.id, title="T")
    assert len(heard) == count


def test_hand_typed_numbers_are_pinned(service, plan) -> None:
    sector = service.add_sector(plan.id, "S")
    other = service.add_sector(plan.id, "Other")
    measure = service.add_measure(plan.id, sector.id, title="T")
    service.update_measure(measure.id, number="1.1-bis")
    assert service.get_measure(measure.id).number_pinned
    service.move_measures([measure.id], other.id)
    assert service.get_measure(measure.id).number == "1.1-bis"
    service.update_measure(measure.id, number="")
    stored = service.get_measure(measure.id)
    assert stored.number == "2.1" and not stored.number_pinned


def test_move_measures_to_another_sector(service, plan, heard) -> None:
    a = service.add_sector(plan.id, "A")
    b = service.add_sector(plan.id, "B")
    first = service.add_measure(plan.id, a.id, title="one")
    second = service.add_measure(plan.id, a.id, title="two")
    service.add_measure(plan.id, b.id, title="three")
    service.move_measures([first.id, second.id], b.id)
    assert heard[-1].name == "Move 2 measures"
    assert heard[-1].changed == {"measure": {first.id, second.id}}
    moved = {m.title: m for m in service.list_measures(plan.id)}
    assert {m.sector_id for m in moved.values()} == {b.id}
    assert (moved["one"].number, moved["two"].number) == ("2.2", "2.3")


def test_moving_into_another_plan_is_refused(service, plan) -> None:
    other_plan = service.create_plan(code="OTHER", title="Other")
    here = service.add_sector(plan.id, "Here")
    there = service.add_sector(other_plan.id, "There")
    measure = service.add_measure(plan.id, here.id, title="stay")
    with pytest.raises(ValidationError, match="own plan"):
        service.move_measures([measure.id], there.id)
    assert service.get_measure(measure.id).sector_id == here.id


def test_delete_measures_returns_what_they_were(service, plan, heard) -> None:
    sector = service.add_sector(plan.id, "S")
    keep = service.add_measure(plan.id, sector.id, title="keep")
    drop = service.add_measure(plan.id, sector.id, title="Қазақстан күндері")
    gone = service.delete_measures([drop.id])
    assert [m.title for m in gone] == ["Қазақстан күндері"]
    assert heard[-1].removed == {"measure": {drop.id}}
    assert [m.id for m in service.list_measures(plan.id)] == [keep.id]
    with pytest.raises(NotFoundError):
        service.get_measure(drop.id)


def test_set_status_in_bulk(service, plan) -> None:
    sector = service.add_sector(plan.id, "S")
    ids = [service.add_measure(plan.id, sector.id, title=f"m{i}").id for i in range(3)]
    service.set_status(ids[:2], "done")
    assert [m.status for m in service.list_measures(plan.id)] == [
        Status.DONE,
        Status.DONE,
        Status.PLANNED,
    ]


def test_delete_sector_takes_its_subtree_and_measures(service, plan, heard) -> None:
    top = service.add_sector(plan.id, "Top")
    child = service.add_sector(plan.id, "Child", parent_id=top.id)
    keep = service.add_sector(plan.id, "Keep")
    service.add_measure(plan.id, child.id, title="in child")
    kept = service.add_measure(plan.id, keep.id, title="kept")
    service.delete_sector(top.id)
    assert heard[-1].removed["sector"] == {top.id, child.id}
    assert [s.name for s in service.list_sectors(plan.id)] == ["Keep"]
    assert [m.id for m in service.list_measures(plan.id)] == [kept.id]


def test_delete_plan_removes_everything(service, plan) -> None:
    sector = service.add_sector(plan.id, "S")
    service.add_measure(plan.id, sector.id, title="T")
    service.delete_plan(plan.id)
    assert service.list_plans() == []
    with pytest.raises(NotFoundError):
        service.get_plan(plan.id)


def test_update_plan(service, plan) -> None:
    service.update_plan(plan.id, signed_place="Москва", signed_date="2023-04-12")
    stored = service.get_plan(plan.id)
    assert stored.signed_place == "Москва" and stored.signed_date == date(2023, 4, 12)
    with pytest.raises(ValidationError, match="ends"):
        service.update_plan(plan.id, period_end="2022-01-01")
    assert service.get_plan(plan.id).period_end == date(2024, 12, 31)


def test_bulk_add_is_all_or_nothing(service, plan) -> None:
    sector = service.add_sector(plan.id, "S")
    rows = [{"sector_id": sector.id, "title": f"m{i}", "timing": "Q2 2023"} for i in range(50)]
    rows.append({"sector_id": sector.id, "title": "bad", "status": "unknown"})
    with pytest.raises(ValidationError, match="Measure 51"):
        service.add_measures_bulk(plan.id, rows)
    assert service.list_measures(plan.id) == []
    assert service.add_measures_bulk(plan.id, rows[:50]) == 50
    measures = service.list_measures(plan.id)
    assert [m.number for m in measures[:3]] == ["1.1", "1.2", "1.3"]
    assert len({m.uid for m in measures}) == 50


def test_measure_rows_are_plain_tuples_in_plan_order(service, plan) -> None:
    from coopdesk.domain.rows import MEASURE_ROW_COLUMNS as C

    a = service.add_sector(plan.id, "A")
    b = service.add_sector(plan.id, "B")
    service.add_measure(plan.id, b.id, title="second", responsible_a="МИД РК")
    service.add_measure(plan.id, a.id, title="first", timing="H1 2024", responsible_a="МИД РК")
    rows = service.measure_rows(plan.id)
    # Plain tuples (named: MeasureRow), not ORM objects.
    assert all(isinstance(r, tuple) and len(r) == len(C) for r in rows)
    assert rows[0].title == "first" and rows[0].timing_end == date(2024, 6, 30)
    first = dict(zip(C, rows[0], strict=True))
    assert [r[C.index("title")] for r in rows] == ["first", "second"]
    assert first["timing_start"] == date(2024, 1, 1) and first["timing_precision"] == "half"
    assert first["number_pinned"] is False
    # Repeated values share one string object (memory at 100,000 rows).
    assert rows[0][C.index("responsible_a")] is rows[1][C.index("responsible_a")]
    assert service.measure_rows_by_ids([first["id"]]) == [rows[0]]


def test_errors_reading_a_broken_store_are_store_errors(service, plan) -> None:
    service.store.engine.dispose()
    with service.store.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("DROP TABLE progress_entry"))  # it refers to measure
        conn.execute(text("DROP TABLE measure"))
    with pytest.raises(StoreError):
        service.list_plans()


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("title", "Визит\x00", "NUL"),
        ("notes", "текст \ud800 обрыв", "surrogate"),
        ("location", "Астана" * 400, "at most"),
        ("timing", "II квартал\x00 2024", "NUL"),
    ],
)
def test_odd_text_is_refused_by_name_and_nothing_is_written(service, field, value, said) -> None:
    """The same answer on every back end: SQLite would keep a NUL, PostgreSQL refuse it."""
    plan = service.create_plan(code="ODD", title="Odd input")
    sector = service.add_sector(plan.id, "Раздел")
    measure = service.add_measure(plan.id, sector.id, title="Визит")
    before = service.get_measure(measure.id)
    with pytest.raises(ValidationError, match=said):
        service.update_measure(measure.id, **{field: value})
    assert service.get_measure(measure.id) == before
    with pytest.raises(ValidationError, match=said):
        service.add_measure(plan.id, sector.id, **{"title": "x", field: value})
    assert len(service.list_measures(plan.id)) == 1


def test_a_plan_period_outside_sensible_years_is_refused(service) -> None:
    with pytest.raises(ValidationError, match="1900-2200"):
        service.create_plan(code="Y", title="Years", period_start="0001-01-01",
                            period_end="9999-12-31")  # fmt: skip
    assert service.list_plans() == []


def test_a_new_plan_period_moves_the_spans_its_words_take_from_it(service: PlanService) -> None:
    """ "в течение срока действия Плана" must not turn overdue when the plan is extended;
    a deadline runs from the new start; a date stays; a span set by hand stays; one
    undo puts the period and every span back."""
    from coopdesk.domain.timing import Timing

    plan = service.create_plan(
        code="P", title="Plan", period_start="2024-01-01", period_end="2025-12-31"
    )
    sector = service.add_sector(plan.id, "Политика")

    def add(timing: str | Timing) -> int:
        return service.add_measure(plan.id, sector.id, title="m", timing=timing).id

    whole = add("в течение срока действия Плана")
    yearly = add("ежегодно")
    due = add("до 1 марта 2025 г.")
    day = add("15 мая 2024 г.")
    by_hand = add(Timing("в течение срока действия Плана", D(2024, 3, 1), D(2024, 9, 30), P.PLAN))
    heard: list[ChangeSet] = []
    service.hub.subscribe(heard.append)
    before = {i: service.get_measure(i).timing for i in (whole, yearly, due, day, by_hand)}

    service.update_plan(plan.id, period_start=D(2024, 6, 1), period_end=D(2026, 12, 31))

    def span(measure_id: int) -> tuple[date | None, date | None]:
        timing = service.get_measure(measure_id).timing
        return timing.start, timing.end

    assert span(whole) == span(yearly) == (D(2024, 6, 1), D(2026, 12, 31))
    assert span(due) == (D(2024, 6, 1), D(2025, 3, 1))
    assert span(day) == (D(2024, 5, 15), D(2024, 5, 15))
    assert span(by_hand) == (D(2024, 3, 1), D(2024, 9, 30))
    assert not service.get_measure(whole).timing.is_past(D(2026, 6, 1))
    step = heard[-1]
    assert step.changed["measure"] == {whole, yearly, due}
    assert service.get_measure(whole).version == 2

    HistoryService(service).undo(step.step_id)
    assert service.get_plan(plan.id).period_end == D(2025, 12, 31)
    assert {i: service.get_measure(i).timing for i in before} == before


def test_a_new_period_reads_words_an_older_coopdesk_could_not(
    service: PlanService, forget_spans
) -> None:
    plan = service.create_plan(
        code="P", title="Plan", period_start="2024-01-01", period_end="2025-12-31"
    )
    sector = service.add_sector(plan.id, "Политика")
    measure = service.add_measure(plan.id, sector.id, title="m", timing="конец 2024 г.")
    forget_spans(service.store, measure.id)
    service.update_plan(plan.id, period_end=D(2026, 12, 31))
    timing = service.get_measure(measure.id).timing
    assert (timing.start, timing.end, timing.precision) == (
        D(2024, 10, 1),
        D(2024, 12, 31),
        P.QUARTER,
    )


def test_reading_timings_again_dates_only_those_stored_without_a_span(
    service: PlanService, heard: list[ChangeSet], forget_spans
) -> None:
    """After an upgrade: words an older CoopDesk stored without a span are read now, as
    one undoable step; a read span, a span set by hand and words still unreadable stay."""
    from coopdesk.domain.timing import Timing

    plan = service.create_plan(
        code="P", title="Plan", period_start="2024-01-01", period_end="2025-12-31"
    )
    sector = service.add_sector(plan.id, "Политика")

    def add(timing: str | Timing) -> int:
        return service.add_measure(plan.id, sector.id, title="m", timing=timing).id

    early, late, whole = add("начало 2024 г."), add("2024 жылдың соңы"), add("весь период")
    unread = add("по мере готовности")
    dated = add("15 мая 2024 г.")
    by_hand = add(Timing("II кв. 2024 г.", D(2024, 5, 1), D(2024, 5, 31), P.QUARTER))
    forget_spans(service.store, early, late, whole)
    everyone = (early, late, whole, unread, dated, by_hand)
    before = {i: service.get_measure(i) for i in everyone}
    assert all(before[i].timing.precision == P.UNPARSED for i in (early, late, whole, unread))
    published = len(heard)
    assert service.timings_to_read_again(plan.id) == 3  # counted, nothing written
    assert {i: service.get_measure(i) for i in everyone} == before and len(heard) == published

    assert service.read_timings_again(plan.id) == [early, late, whole]
    assert service.timings_to_read_again(plan.id) == 0

    def span(measure_id: int) -> tuple[date | None, date | None, Precision]:
        timing = service.get_measure(measure_id).timing
        return timing.start, timing.end, timing.precision

    assert span(early) == (D(2024, 1, 1), D(2024, 3, 31), P.QUARTER)
    assert span(late) == (D(2024, 10, 1), D(2024, 12, 31), P.QUARTER)
    assert span(whole) == (D(2024, 1, 1), D(2025, 12, 31), P.PLAN)
    for i in (unread, dated, by_hand):
        assert service.get_measure(i) == before[i]
    assert [service.get_measure(i).timing.text for i in everyone] == [
        before[i].timing.text for i in everyone
    ]
    step = heard[-1]
    assert step.name == "Read timings again" and step.changed["measure"] == {early, late, whole}
    assert service.get_measure(early).version == before[early].version + 1

    # Nothing left to read: no step.
    assert service.read_timings_again(plan.id) == []
    assert heard[-1] is step

    HistoryService(service).undo(step.step_id)
    assert {i: service.get_measure(i).timing for i in everyone} == {
        i: before[i].timing for i in everyone
    }


def test_reading_timings_of_a_missing_plan_is_refused(service: PlanService) -> None:
    with pytest.raises(NotFoundError):
        service.read_timings_again(4242)
    assert service.list_plans() == []
