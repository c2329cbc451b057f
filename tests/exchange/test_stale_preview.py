"""An import applies what the store holds now, not what it held at the preview (issue 11)."""

from __future__ import annotations

from pathlib import Path

from coopdesk.services.exports import export_plan
from coopdesk.services.imports import ImportService


def _plan(service):
    plan = service.create_plan(
        code="KZ-RU", title="Plan", period_start="2023-01-01", period_end="2024-12-31"
    )
    sector = service.add_sector(plan.id, "Political dialogue")
    visit = service.add_measure(plan.id, sector.id, title="State visit", timing="Q2 2023")
    forum = service.add_measure(plan.id, sector.id, title="Business forum", timing="2024")
    return plan, visit, forum


def _partner_sheet(service, plan, tmp_path: Path, xl_edit) -> Path:
    path = tmp_path / "back.xlsx"
    export_plan(service, plan.id, path, "en")
    xl_edit(path)
    return path


def _set_timing(title: str, timing: str):
    def edit(path: Path) -> None:
        from openpyxl import load_workbook

        book = load_workbook(path)
        sheet = book.worksheets[0]
        for row in sheet.iter_rows():
            if row[1].value == title:
                row[3].value = timing
        book.save(path)

    return edit


def test_an_edit_made_between_preview_and_apply_becomes_a_conflict(service, tmp_path: Path) -> None:
    plan, visit, _forum = _plan(service)
    path = _partner_sheet(service, plan, tmp_path, _set_timing("State visit", "Q3 2023"))
    imports = ImportService(service)
    preview = imports.preview(path)
    assert [(c.measure_id, [f.field for f in c.changes]) for c in preview.diff.changed] == [
        (visit.id, ["timing"])
    ]
    assert not preview.diff.conflicts
    # Another officer changes the same field while the preview is open.
    service.update_measure(visit.id, timing="April 2023")
    outcome = imports.apply(preview)
    assert not outcome.applied
    assert outcome.errors[0].message == (
        "The plan was changed while the preview was open: 1 new conflict(s) with the sheet "
        "must be decided first; nothing was written."
    )
    assert [(c.measure_id, c.field, c.base, c.ours, c.theirs) for c in outcome.stale] == [
        (visit.id, "timing", "Q2 2023", "April 2023", "Q3 2023")
    ]
    # Nothing was written: the other officer's edit stands.
    assert service.get_measure(visit.id).timing.text == "April 2023"
    # The preview now holds the new conflict; deciding it lets the import through.
    assert preview.diff.unresolved
    preview.diff.conflicts[0].choice = "ours"
    again = imports.apply(preview)
    assert again.applied and not again.stale
    assert service.get_measure(visit.id).timing.text == "April 2023"


def test_an_unrelated_edit_meanwhile_is_kept_and_the_import_goes_through(
    service, tmp_path: Path
) -> None:
    plan, visit, forum = _plan(service)
    path = _partner_sheet(service, plan, tmp_path, _set_timing("State visit", "Q3 2023"))
    imports = ImportService(service)
    preview = imports.preview(path)
    service.update_measure(forum.id, notes="Moved to Almaty")  # a field the sheet left alone
    service.update_measure(visit.id, location="Astana")  # same measure, another field
    outcome = imports.apply(preview)
    assert outcome.applied and not outcome.stale and not outcome.errors
    stored = service.get_measure(visit.id)
    assert (stored.timing.text, stored.location) == ("Q3 2023", "Astana")
    assert service.get_measure(forum.id).notes == "Moved to Almaty"


def test_prefer_decides_conflicts_that_arose_meanwhile(service, tmp_path: Path) -> None:
    """The CLI's --prefer decides every open conflict, those found at apply time too."""
    plan, visit, _forum = _plan(service)
    path = _partner_sheet(service, plan, tmp_path, _set_timing("State visit", "Q3 2023"))
    imports = ImportService(service)
    preview = imports.preview(path)
    service.update_measure(visit.id, timing="April 2023")
    outcome = imports.apply(preview, prefer="theirs")
    assert outcome.applied
    assert [(c.field, c.ours, c.theirs, c.choice) for c in outcome.stale] == [
        ("timing", "April 2023", "Q3 2023", "theirs")
    ]
    assert service.get_measure(visit.id).timing.text == "Q3 2023"


def test_a_measure_deleted_meanwhile_is_a_conflict_not_a_crash(service, tmp_path: Path) -> None:
    plan, visit, _forum = _plan(service)
    path = _partner_sheet(service, plan, tmp_path, _set_timing("State visit", "Q3 2023"))
    imports = ImportService(service)
    preview = imports.preview(path)
    service.delete_measures([visit.id])
    outcome = imports.apply(preview)
    assert not outcome.applied
    assert [(c.field, c.ours) for c in outcome.stale] == [
        ("measure", "deleted here since the export")
    ]
    assert visit.id not in {m.id for m in service.list_measures(plan.id)}
