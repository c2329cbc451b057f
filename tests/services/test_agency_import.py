"""Importing a sheet matches its agency names against the directory (issue 16 item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.services.agencies import AgencyService
from coopdesk.services.history import HistoryService
from coopdesk.services.imports import ImportService
from coopdesk.services.plans import PlanService

SHEET = (
    "No.;Measure;Timing;Responsible (A);Responsible (B)\n"
    # exact (another case and spacing) and an abbreviation of a full name
    "1;Консультации;2024;мид  рк;Министерство иностранных дел Российской Федерации\n"
    # the full name against the directory's short one; a near spelling
    "2;Визит;2024;Министерство иностранных дел Республики Казахстан;Минэкономразвитя России\n"
    # new names; the embassy as "Казахстана ... России" is the directory's "РК в РФ"
    "3;Форум;2024;Посольство Казахстана в России, Акимат Костанайской области;"
    "Администрация Омской области\n"
)


@pytest.fixture
def agencies(service: PlanService) -> AgencyService:
    directory = AgencyService(service)
    mfa = directory.add_agency(
        party="a",
        short_ru="МИД РК",
        full_ru="Министерство иностранных дел Республики Казахстан",
        short_kk="ҚР СІМ",
    )
    directory.add_agency(party="a", short_ru="Посольство РК в РФ", parent_id=mfa.id)
    directory.add_agency(party="b", short_ru="МИД РФ")
    directory.add_agency(party="b", short_ru="Минэкономразвития России")
    return directory


def _sheet(tmp_path: Path, text: str = SHEET) -> Path:
    path = tmp_path / "partner.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_preview_shows_each_name_with_its_match(service, agencies, tmp_path) -> None:
    preview = ImportService(service).preview(_sheet(tmp_path), new=True)
    seen = {(c.party, c.text): (c.how, c.agency_name, c.count) for c in preview.agencies}
    assert seen == {
        ("a", "мид рк"): ("exact", "МИД РК", 1),
        ("b", "Министерство иностранных дел Российской Федерации"): (
            "abbreviation",
            "МИД РФ",
            1,
        ),
        ("a", "Министерство иностранных дел Республики Казахстан"): ("exact", "МИД РК", 1),
        ("b", "Минэкономразвитя России"): ("near", "Минэкономразвития России", 1),
        ("a", "Посольство Казахстана в России"): ("exact", "Посольство РК в РФ", 1),
        ("a", "Акимат Костанайской области"): ("new", "", 1),
        ("b", "Администрация Омской области"): ("new", "", 1),
    }
    assert all(c.accept for c in preview.agencies)  # ticked until the user unticks
    near = next(c for c in preview.agencies if c.how == "near")
    assert 86 <= near.score < 100
    # Nothing was written by the preview.
    assert len(agencies.list_agencies()) == 4


def test_applying_links_the_accepted_and_adds_the_ticked_new_ones(
    service, agencies, tmp_path
) -> None:
    imports = ImportService(service)
    preview = imports.preview(_sheet(tmp_path), new=True)
    for choice in preview.agencies:
        if choice.text == "Администрация Омской области":
            choice.accept = False  # the user leaves it as text only
    outcome = imports.apply(preview)
    assert outcome.applied and (outcome.agencies_added, outcome.agencies_linked) == (1, 3)
    measures = {m.title: m for m in service.list_measures(outcome.plan_id)}
    links = agencies.agencies_of_plan(outcome.plan_id)

    def names(title: str, party: str) -> list[str]:
        return [a.short_ru for a in links[measures[title].id][party]]

    assert names("Консультации", "a") == ["МИД РК"]
    assert names("Консультации", "b") == ["МИД РФ"]
    assert names("Визит", "b") == ["Минэкономразвития России"]
    assert names("Форум", "a") == ["Посольство РК в РФ", "Акимат Костанайской области"]
    assert names("Форум", "b") == []  # unticked: text only
    # The text is kept exactly as the sheet wrote it.
    assert measures["Консультации"].responsible_a == "мид  рк"
    assert measures["Форум"].responsible_b == "Администрация Омской области"
    # The import is one step: undo removes the plan, the new agency and the links.
    HistoryService(service).undo(outcome.step_id)
    assert {a.short_ru for a in agencies.list_agencies()} == {
        "МИД РК",
        "Посольство РК в РФ",
        "МИД РФ",
        "Минэкономразвития России",
    }
    assert agencies.usage() == {}


def test_a_refused_import_adds_no_agency(service, agencies, tmp_path) -> None:
    bad = SHEET.replace("1;Консультации", "1" * 40 + ";Консультации")  # number too long
    imports = ImportService(service)
    preview = imports.preview(_sheet(tmp_path, bad), new=True)
    assert preview.errors
    outcome = imports.apply(preview)
    assert not outcome.applied
    assert len(agencies.list_agencies()) == 4 and agencies.usage() == {}


def test_a_merge_relinks_a_measure_whose_text_the_sheet_changed(
    service, agencies, tmp_path
) -> None:
    imports = ImportService(service)
    first = imports.apply(imports.preview(_sheet(tmp_path), new=True))
    plan_id = first.plan_id
    changed = SHEET.replace(
        "1;Консультации;2024;мид  рк;", "1;Консультации;2024;ҚР СІМ, Посольство РК в РФ;"
    )
    preview = imports.preview(_sheet(tmp_path, changed), plan_id=plan_id)
    assert {c.text: c.how for c in preview.agencies} == {
        "ҚР СІМ": "exact",
        "Посольство РК в РФ": "exact",
    }
    assert imports.apply(preview).applied
    measure = next(m for m in service.list_measures(plan_id) if m.title == "Консультации")
    assert [a.short_ru for a in agencies.measure_agencies(measure.id)["a"]] == [
        "МИД РК",
        "Посольство РК в РФ",
    ]


MIXED = (
    "No.;Measure;Timing;Responsible (A);Responsible (B)\n"
    # the other party's agency named in column A; a name twice in one cell
    "1;Консультации;2024;МИД РК, МИД РФ;МИД РФ\n"
    "2;Визит;2024;мид рк, МИД РК;\n"
    "3;Форум;2024;;Минэкономразвития России, МИД РФ\n"
    "4;Встреча;2024;Посольство РК в РФ;Минэкономразвития России\n"
    "5;Заседание;2024;МИД РК, МИД РФ;МИД РФ\n"
)


def test_a_new_plan_is_linked_as_a_merge_links_the_same_rows(service, agencies, tmp_path) -> None:
    """A new plan's measures are linked by the store in one join; a merge links them one
    by one. Both must give every measure the same agencies, in the same order."""
    imports = ImportService(service)
    made = imports.apply(imports.preview(_sheet(tmp_path, MIXED), new=True))
    assert made.applied and made.agencies_linked == 5
    empty = service.create_plan(
        code="MERGE", title="Merged", period_start="2024-01-01", period_end="2024-12-31"
    )
    merged = imports.apply(imports.preview(_sheet(tmp_path, MIXED), plan_id=empty.id))
    assert merged.applied and merged.agencies_linked == 5

    def linked(plan_id: int) -> dict[str, dict[str, list[str]]]:
        links = agencies.agencies_of_plan(plan_id)
        return {
            m.title: {p: [a.short_ru for a in links[m.id][p]] for p in ("a", "b")}
            for m in service.list_measures(plan_id)
        }

    assert linked(made.plan_id) == linked(empty.id)
    assert linked(made.plan_id)["Консультации"] == {"a": ["МИД РК"], "b": ["МИД РФ"]}
    assert linked(made.plan_id)["Визит"] == {"a": ["МИД РК"], "b": []}
    assert linked(made.plan_id)["Форум"]["b"] == ["Минэкономразвития России", "МИД РФ"]
