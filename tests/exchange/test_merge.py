"""Merging a partner's edits of an export: field by field, conflicts, each resolution, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.exchange.merge import DELETED_HERE, DELETED_THERE, EDITED_HERE, EDITED_THERE
from coopdesk.services.exports import export_plan
from coopdesk.services.imports import ImportService

ID_COLUMN = 14  # 0-based: the hidden ID column of an export
TITLES = {
    "visit": "State visit of the President",
    "consult": "Consultations of deputy ministers",
    "forum": "Forum of interregional cooperation",
    "expo": "Expo of joint investment projects",
    "academy": "Exchange of young diplomats",
    "border": "Consultations on the border",
    "culture": "Days of culture — Қазақстан мәдениеті күндері",
}


@pytest.fixture
def plan(service):
    """A plan of seven measures in two sectors; returns (plan id, {key: measure id})."""
    plan = service.create_plan(
        code="KZ-RU", title="Plan", party_a="МИД РК", party_b="МИД России",
        period_start="2023-01-01", period_end="2024-12-31",
    )  # fmt: skip
    politics = service.add_sector(plan.id, "Political dialogue")
    trade = service.add_sector(plan.id, "Trade")
    ids = {}
    for key in ("visit", "consult", "border", "culture"):
        ids[key] = service.add_measure(
            plan.id, politics.id, title=TITLES[key], timing="Q2 2023", status="planned"
        ).id
    for key in ("forum", "expo", "academy"):
        ids[key] = service.add_measure(
            plan.id, trade.id, title=TITLES[key], timing="2024", status="planned"
        ).id
    return plan.id, ids


def edit_sheet(path: Path, edit) -> None:
    """Edit the plan sheet as a partner would, then save (openpyxl, like Excel re-saving).

    ``edit`` gets the rows (lists of cell values) and returns the new rows; section rows
    are merged again, as Excel keeps them merged when rows move.
    """
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows(max_col=ID_COLUMN + 1)]
    for ref in list(sheet.merged_cells.ranges):
        sheet.unmerge_cells(str(ref))
    new_rows = edit(rows)
    sheet.delete_rows(1, sheet.max_row)
    for r, row in enumerate(new_rows, start=1):
        for c, value in enumerate(row, start=1):
            sheet.cell(r, c, value)
        first = row[0] if row else None
        if isinstance(first, str) and first.endswith(".") and row[1] and not any(row[2:]):
            sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
    book.save(path)


def find(rows: list[list], title: str) -> list:
    return next(row for row in rows if len(row) > 1 and row[1] == title)


HEADER = {"number": 0, "title": 1, "form": 2, "timing": 3, "status": 6, "notes": 7}


def partner_edits(rows: list[list]) -> list[list]:
    """The partner's side: edits, a deletion, a new row, re-sorting and renumbering."""
    find(rows, TITLES["visit"])[HEADER["timing"]] = "Q3 2023"  # only they change it
    find(rows, TITLES["consult"])[HEADER["status"]] = "Done"  # both change it: conflict
    find(rows, TITLES["forum"])[HEADER["notes"]] = "Agreed in Moscow"  # both, the same
    find(rows, TITLES["expo"])[HEADER["title"]] = "Expo of joint investment projects 2024"
    find(rows, TITLES["culture"])[HEADER["form"]] = "Concert programme"  # we deleted it
    rows.remove(find(rows, TITLES["academy"]))  # deleted there, unchanged here
    rows.remove(find(rows, TITLES["border"]))  # deleted there, edited here
    # A new measure at the end of the first sector, without an ID.
    at = rows.index(find(rows, TITLES["culture"])) + 1
    rows.insert(at, ["1.5", "Joint statement on the CSTO", "", "December 2023", "", "", "Planned"])
    # Re-sorted and renumbered: the forum first in its sector, numbered by hand.
    forum = find(rows, TITLES["forum"])
    rows.remove(forum)
    expo_at = rows.index(find(rows, "Expo of joint investment projects 2024"))
    forum[HEADER["number"]] = "2.1-bis"
    rows.insert(expo_at, forum)
    return rows


def our_edits(service, ids: dict) -> None:
    """Our side, after the export: an edit that conflicts, one that agrees, one beside."""
    service.update_measure(ids["consult"], status="cancelled")
    service.update_measure(ids["forum"], notes="Agreed in Moscow")
    service.update_measure(ids["expo"], form="List of agreements")
    service.update_measure(ids["border"], notes="Talks resumed")
    service.delete_measures([ids["culture"]])


@pytest.fixture
def edited(service, plan, tmp_path: Path) -> tuple[Path, int, dict]:
    plan_id, ids = plan
    path = tmp_path / "kz-ru.xlsx"
    export_plan(service, plan_id, path, "en")
    edit_sheet(path, partner_edits)
    our_edits(service, ids)
    return path, plan_id, ids


def test_the_diff_against_the_base_snapshot(edited, service) -> None:
    path, plan_id, ids = edited
    preview = ImportService(service).preview(path)
    assert preview.plan_id == plan_id and preview.with_base and not preview.errors
    diff = preview.diff
    changed = {c.measure_id: {(f.field, f.theirs) for f in c.changes} for c in diff.changed}
    assert changed == {
        ids["visit"]: {("timing", "Q3 2023")},
        ids["expo"]: {("title", "Expo of joint investment projects 2024")},
        ids["forum"]: {("number", "2.1-bis")},  # matched by its ID though moved
    }
    assert [(r.measure_id, r.title) for r in diff.removed] == [(ids["academy"], TITLES["academy"])]
    assert [m.values["title"] for m in diff.added] == ["Joint statement on the CSTO"]
    conflicts = {(c.measure_id, c.field): (c.ours, c.theirs) for c in diff.conflicts}
    assert conflicts == {
        (ids["consult"], "status"): ("cancelled", "done"),
        (ids["border"], "measure"): (EDITED_HERE, DELETED_THERE),
        (None, "measure"): (DELETED_HERE, EDITED_THERE),  # the culture days, deleted here
    }


@pytest.mark.parametrize("choice", ["ours", "theirs", "edit"])
def test_each_resolution_of_a_conflict(edited, service, choice: str) -> None:
    path, plan_id, _ids = edited
    imports = ImportService(service)
    preview = imports.preview(path)
    for conflict in preview.diff.conflicts:
        if conflict.field == "status":
            conflict.choice = choice
            conflict.value = "В работе" if choice == "edit" else None
        else:
            conflict.choice = "theirs"  # drop the border talks, bring back the culture days
    outcome = imports.apply(preview)
    assert outcome.applied
    changed = 3 if choice == "ours" else 4  # keeping ours leaves the status as it is
    assert (outcome.added, outcome.changed, outcome.removed) == (2, changed, 2)
    measures = {m.title: m for m in service.list_measures(plan_id)}
    status = measures[TITLES["consult"]].status.value
    assert status == {"ours": "cancelled", "theirs": "done", "edit": "in_progress"}[choice]
    # The rest of the merge, whatever the choice.
    assert measures[TITLES["visit"]].timing.text == "Q3 2023"
    assert measures[TITLES["visit"]].timing.precision.value == "quarter"
    expo = measures["Expo of joint investment projects 2024"]
    assert expo.form == "List of agreements"  # ours and theirs, in different fields
    forum = measures[TITLES["forum"]]
    assert (forum.number, forum.number_pinned, forum.notes) == ("2.1-bis", True, "Agreed in Moscow")
    assert TITLES["academy"] not in measures and TITLES["border"] not in measures
    assert measures[TITLES["culture"]].form == "Concert programme"
    new = measures["Joint statement on the CSTO"]
    assert (new.timing.text, new.number) == ("December 2023", "1.5")


def test_keeping_ours_on_whole_measure_conflicts(edited, service) -> None:
    path, plan_id, _ids = edited
    imports = ImportService(service)
    outcome = imports.apply(imports.preview(path), prefer="ours")
    assert outcome.applied
    titles = {m.title: m for m in service.list_measures(plan_id)}
    assert titles[TITLES["border"]].notes == "Talks resumed"  # kept: we edited it
    assert TITLES["culture"] not in titles  # stays deleted
    assert titles[TITLES["consult"]].status.value == "cancelled"


def test_an_open_conflict_refuses_the_import(edited, service, xl) -> None:
    path, _plan_id, _ids = edited
    imports = ImportService(service)
    before = xl.store_state(service)
    outcome = imports.apply(imports.preview(path))
    assert not outcome.applied and len(outcome.conflicts) == 3
    assert xl.store_state(service) == before


def test_the_command_line_merge(edited, service, xl, capsys) -> None:
    path, plan_id, ids = edited
    url = service.store.url.render_as_string(hide_password=False)
    before = xl.store_state(service)

    assert main(["--db", url, "import", str(path), "--dry-run", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["plan", "added", "changed", "removed", "conflicts", "errors"]
    assert (document["plan"], document["added"], document["changed"], document["removed"]) == (
        plan_id, 1, 3, 1,
    )  # fmt: skip
    assert {"measure": ids["consult"], "field": "status", "ours": "cancelled",
            "theirs": "done"} in document["conflicts"]  # fmt: skip
    assert document["errors"] == []
    assert xl.store_state(service) == before

    assert main(["--db", url, "import", str(path), "--plan", "KZ-RU"]) == 1
    err = capsys.readouterr().err
    assert "3 conflict(s) left open; nothing was written" in err
    assert xl.store_state(service) == before

    assert main(["--db", url, "import", str(path), "--json", "--prefer", "theirs"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["added"], document["changed"], document["removed"]) == (2, 4, 2)
    measures = {m.title: m for m in service.list_measures(plan_id)}
    assert measures[TITLES["consult"]].status.value == "done"


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    service, plan, tmp_path: Path
) -> None:
    plan_id, _ids = plan
    path = tmp_path / "same.xlsx"
    export_plan(service, plan_id, path, "ru")
    imports = ImportService(service)
    preview = imports.preview(path)
    assert preview.plan_id == plan_id and preview.diff.is_empty
    assert imports.apply(preview).applied
    assert len(service.list_measures(plan_id)) == 7


def test_a_partner_table_merged_into_a_plan_matches_by_number(service, plan, tmp_path, xl) -> None:
    plan_id, ids = plan
    rows = [["No.", "Measure", "Timing", "Status"]]
    numbers = {m.id: m.number for m in service.list_measures(plan_id)}
    rows.append([numbers[ids["visit"]], TITLES["visit"], "Q4 2023", "Planned"])
    rows.append(["9.9", "A measure they propose", "2024", "Planned"])
    path = xl.write_sheet(tmp_path / "theirs.xlsx", rows)
    preview = ImportService(service).preview(path, plan_id=plan_id)
    assert not preview.with_base
    assert [
        (c.measure_id, [(f.field, f.theirs) for f in c.changes]) for c in preview.diff.changed
    ] == [(ids["visit"], [("timing", "Q4 2023")])]
    assert [m.values["title"] for m in preview.diff.added] == ["A measure they propose"]
    assert not preview.diff.removed  # nothing says they removed the rest
    assert "6 measure(s) of the plan are not in the sheet; they are kept as they are." in (
        preview.diff.notes
    )


def test_a_merge_is_one_step_that_undoes_and_redoes_whole(edited, service) -> None:
    """Added, changed, removed and revived measures all come back on undo, ids included."""
    from coopdesk.services.history import HistoryService

    path, plan_id, _ids = edited

    def state() -> dict:
        return {
            m.id: (m.number, m.sector_id, m.field_values()) for m in service.list_measures(plan_id)
        }

    before = state()
    imports = ImportService(service)
    preview = imports.preview(path)
    for conflict in preview.diff.conflicts:
        conflict.choice = "theirs"
    outcome = imports.apply(preview)
    assert outcome.applied and outcome.step_id is not None
    after = state()
    assert after != before
    history = HistoryService(service)
    (step,) = [s for s in history.list_steps(plan_id) if s.id == outcome.step_id]
    assert step.source == path.name and step.name == f"Import {path.name}"
    history.undo(outcome.step_id)
    assert state() == before
    history.redo(outcome.step_id)
    assert state() == after
