"""The search across every plan of a store (PortfolioIndex)."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.errors import ValidationError
from coopdesk.services.carry_over import CarryOverService
from coopdesk.services.portfolio import PortfolioIndex, normalise


@pytest.fixture
def two_plans(sample):
    service, plan = sample
    CarryOverService(service).carry_over(
        plan.id, code="KZ-RU-MFA-2025", period_start=date(2025, 1, 1), period_end=date(2026, 12, 31)
    )
    return service, plan


def test_normalise_folds_case_and_yo_and_keeps_kazakh_letters() -> None:
    assert normalise("  Посольство  РК\nв  Москве ") == "посольство рк в москве"
    assert normalise("Ёлка") == "елка"
    assert normalise("ҚАЗАҚСТАН Әуе") == "қазақстан әуе"


def test_every_word_anywhere_in_any_plan(two_plans) -> None:
    service, _plan = two_plans
    index = PortfolioIndex(service)
    result = index.search("ПОСОЛЬСТВО рк")
    assert {h.plan_code for h in result.hits} == {"KZ-RU-MFA-2023", "KZ-RU-MFA-2025"}
    assert result.total == len(result.hits)
    by_hand = [
        m
        for p in service.list_plans()
        for m in service.list_measures(p.id)
        if all(
            w in normalise(" ".join((m.title, m.description, m.responsible_a, m.responsible_b,
                                     m.notes, m.location, m.number, m.timing.text)))
            for w in ("посольство", "рк")
        )
    ]  # fmt: skip
    assert sorted(h.measure_id for h in result.hits) == sorted(m.id for m in by_hand)
    # Hits come in plan code, then number order.
    keys = [(h.plan_code, h.number) for h in result.hits]
    assert keys == sorted(keys, key=lambda k: (k[0], [int(p) for p in k[1].split(".")]))
    assert index.search("").hits == [] and index.search("   ").total == 0
    assert index.search("посольство", limit=2).total == index.search("посольство").total
    assert len(index.search("посольство", limit=2).hits) == 2


def test_a_period_keeps_timings_that_meet_it(two_plans) -> None:
    service, _plan = two_plans
    index = PortfolioIndex(service)
    q2 = index.search("", date(2023, 4, 1), date(2023, 6, 30))
    assert q2.hits
    for h in q2.hits:
        assert h.timing_start is not None and h.timing_end is not None
        assert h.timing_start <= date(2023, 6, 30) and h.timing_end >= date(2023, 4, 1)
    assert "12 апреля 2023 г." in {h.timing_text for h in q2.hits}
    assert "по согласованию сторон" not in {h.timing_text for h in q2.hits}  # no span
    # "Next quarter" of the new plan: its annual measure is there, the old plan's are not.
    later = index.search("", date(2025, 4, 1), date(2025, 6, 30))
    assert {h.plan_code for h in later.hits} == {"KZ-RU-MFA-2025"}
    with pytest.raises(ValidationError, match="before it starts"):
        index.search("x", date(2025, 6, 30), date(2025, 1, 1))
    with pytest.raises(ValidationError, match="both"):
        index.search("x", date(2025, 6, 30), None)


def test_typing_on_gives_what_a_fresh_search_gives(two_plans) -> None:
    service, _plan = two_plans
    index = PortfolioIndex(service)
    fresh = PortfolioIndex(service, follow=False)
    typed = ""
    for char in "консультации мид":
        typed += char
        got = [h.measure_id for h in index.search(typed).hits]
        assert got == [h.measure_id for h in fresh.search(typed).hits]
        fresh._last = None  # the second index always scans everything
    # Deleting letters widens the answer again.
    assert index.search("консул").total > index.search("консультации мид").total


def test_the_index_follows_changes(two_plans) -> None:
    service, plan = two_plans
    index = PortfolioIndex(service)
    assert index.search("Жаңаөзен").total == 0
    sector = service.list_sectors(plan.id)[0]
    added = service.add_measure(plan.id, sector.id, title="Визит в Жаңаөзен", timing="май 2024 г.")
    hits = index.search("жаңаөзен").hits
    assert [h.measure_id for h in hits] == [added.id]
    assert index.search("жанаозен").total == 0  # Kazakh letters are kept
    service.update_measure(added.id, title="Визит в Ақтау")
    assert index.search("жаңаөзен").total == 0
    assert [h.measure_id for h in index.search("ақтау").hits] == [added.id]
    service.delete_measures([added.id])
    assert index.search("ақтау").total == 0
    # A plan renamed, then deleted.
    new = service.find_plan("KZ-RU-MFA-2025")
    service.update_plan(new.id, code="KZ-RU-2025")
    assert "KZ-RU-2025" in {h.plan_code for h in index.search("посольство").hits}
    service.delete_plan(new.id)
    assert {h.plan_code for h in index.search("посольство").hits} == {"KZ-RU-MFA-2023"}
    index.close()
