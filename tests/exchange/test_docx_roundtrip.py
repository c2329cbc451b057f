"""Export to Word then import gives the same plan; a partner's edits in Word merge back.

The random plans are those of the Excel round trip (tests/exchange/test_roundtrip.py:
Cyrillic and Kazakh text, line breaks, tabs, outer spaces, typed numbers, hand-set
timing spans, custom sector codes, empty sectors), written here as the official
document in English, Russian or Kazakh.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.cli import main
from coopdesk.reports.plan_docx import export_plan_docx
from coopdesk.services.imports import ImportService
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store


def _excel_round_trip() -> object:
    spec = importlib.util.spec_from_file_location(
        "excel_round_trip", Path(__file__).with_name("test_roundtrip.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_rt = _excel_round_trip()
plans, build, snapshot = _rt.plans, _rt.build, _rt.snapshot  # type: ignore[attr-defined]
_codes = itertools.count(1)


@pytest.fixture
def target(tmp_path: Path) -> ImportService:
    """A second, empty store to import into."""
    store = open_store(f"sqlite:///{tmp_path / 'target.db'}")
    yield ImportService(PlanService(store))
    store.close()


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=plans(), lang=st.sampled_from(["en", "ru", "kk"]))
def test_export_to_word_then_import_gives_the_same_plan(
    spec: dict, lang: str, service: PlanService, target: ImportService, tmp_path: Path
) -> None:
    code = f"WD-{next(_codes)}"
    plan_id = build(service, spec, code)
    path = tmp_path / f"{code}.docx"
    export_plan_docx(service, plan_id, path, lang)
    preview = target.preview(path)
    assert not preview.errors, preview.errors
    assert not preview.warnings, preview.warnings
    outcome = target.apply(preview)
    assert outcome.applied
    assert snapshot(target.plans, outcome.plan_id) == snapshot(service, plan_id)
    # Back into the plan it came from, unchanged: nothing to do.
    again = ImportService(service).preview(path)
    assert again.plan_id == plan_id and again.with_base
    assert again.diff.is_empty, again.diff


def test_the_sample_plan_round_trips_in_three_languages(sample, target, tmp_path: Path) -> None:
    service, plan = sample
    original = snapshot(service, plan.id)
    original["plan"].pop("code")
    for lang in ("ru", "kk", "en"):
        path = tmp_path / f"sample-{lang}.docx"
        export_plan_docx(service, plan.id, path, lang)
        outcome = target.apply(target.preview(path, new=True))
        copy = snapshot(target.plans, outcome.plan_id)
        copy["plan"].pop("code")
        assert copy == original


def _edit_document(src: Path, dst: Path, edits: dict[str, str]) -> Path:
    """``src`` with some texts replaced in its table, as a partner edits it in Word."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode()
                for old, new in edits.items():
                    assert old in text, old
                    text = text.replace(old, new, 1)
                data = text.encode()
            zout.writestr(info, data)
    return dst


def test_a_partner_edit_in_word_merges_field_by_field(sample, tmp_path: Path) -> None:
    service, plan = sample
    measures = service.list_measures(plan.id)
    first, second = measures[0], measures[1]
    path = export_plan_docx(service, plan.id, tmp_path / "plan.docx", "ru").path
    # Meanwhile, here: the second measure's notes change (the partner does not see it).
    service.update_measure(second.id, notes="Уточнено здесь")
    edited = _edit_document(
        path,
        tmp_path / "returned.docx",
        {
            f">{first.timing.text}<": ">III квартал 2023 г.<",
            f">{second.form}<": ">Совместное заявление сторон<",
        },
    )
    imports = ImportService(service)
    preview = imports.preview(edited)
    assert preview.plan_id == plan.id and preview.with_base
    changes = {(c.number, fc.field, fc.theirs) for c in preview.diff.changed for fc in c.changes}
    assert changes == {
        (first.number, "timing", "III квартал 2023 г."),
        (second.number, "form", "Совместное заявление сторон"),
    }
    assert not preview.diff.conflicts and not preview.diff.removed and not preview.diff.added
    outcome = imports.apply(preview)
    assert outcome.applied and outcome.changed == 2
    after = {m.id: m for m in service.list_measures(plan.id)}
    assert after[first.id].timing.text == "III квартал 2023 г."
    assert after[first.id].timing.start is not None  # the new words are read for their span
    assert after[second.id].form == "Совместное заявление сторон"
    assert after[second.id].notes == "Уточнено здесь"  # ours, untouched by the merge


def test_the_same_field_changed_on_both_sides_is_a_conflict(sample, tmp_path: Path) -> None:
    service, plan = sample
    measure = service.list_measures(plan.id)[2]
    path = export_plan_docx(service, plan.id, tmp_path / "plan.docx", "en").path
    service.update_measure(measure.id, title="Title changed here")
    edited = _edit_document(
        path, tmp_path / "returned.docx", {f">{measure.title}<": ">Title changed there<"}
    )
    preview = ImportService(service).preview(edited)
    assert [(c.field, c.ours, c.theirs) for c in preview.diff.conflicts] == [
        ("title", "Title changed here", "Title changed there")
    ]


def test_dry_run_json_has_the_keys_of_the_excel_import(sample, tmp_path: Path, capsys) -> None:
    service, plan = sample
    url = str(service.store.engine.url.render_as_string(hide_password=False))
    out = tmp_path / "plan.docx"
    assert main(["--db", url, "export", plan.code, str(out), "--lang", "kk"]) == 0
    capsys.readouterr()
    xlsx = tmp_path / "plan.xlsx"
    assert main(["--db", url, "export", plan.code, str(xlsx)]) == 0
    capsys.readouterr()
    assert main(["--db", url, "import", str(out), "--dry-run", "--json"]) == 0
    word = json.loads(capsys.readouterr().out)
    assert main(["--db", url, "import", str(xlsx), "--dry-run", "--json"]) == 0
    excel = json.loads(capsys.readouterr().out)
    assert set(word) == set(excel) == {"plan", "added", "changed", "removed", "conflicts", "errors"}
    assert word == excel == {
        "plan": plan.id, "added": 0, "changed": 0, "removed": 0, "conflicts": [], "errors": []
    }  # fmt: skip


def test_a_removed_row_and_an_added_row_come_back_as_such(sample, tmp_path: Path) -> None:
    """A row deleted in Word removes its measure; a row copied in Word (its bookmark is
    not copied: names are unique) is a new measure."""
    from lxml import etree

    service, plan = sample
    path = export_plan_docx(service, plan.id, tmp_path / "plan.docx", "ru").path
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    table = root.find(f".//{w}tbl")
    rows = table.findall(f"{w}tr")
    measure_rows = [tr for tr in rows if tr.find(f".//{w}bookmarkStart") is not None]
    gone = measure_rows[0]
    copy = etree.fromstring(etree.tostring(measure_rows[1]))
    for bm in copy.iter(f"{w}bookmarkStart", f"{w}bookmarkEnd"):
        bm.getparent().remove(bm)
    first_t = copy.find(f".//{w}tc[2]//{w}t")
    first_t.text = "Новое мероприятие партнёра"
    measure_rows[1].addnext(copy)
    table.remove(gone)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    edited = _edit_document(path, tmp_path / "edited.docx", {})
    with zipfile.ZipFile(edited) as zin, zipfile.ZipFile(tmp_path / "e2.docx", "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, data if info.filename == "word/document.xml" else zin.read(info))
    preview = ImportService(service).preview(tmp_path / "e2.docx")
    removed_title = service.list_measures(plan.id)[0].title
    assert [r.title for r in preview.diff.removed] == [removed_title]
    assert [m.values["title"] for m in preview.diff.added] == ["Новое мероприятие партнёра"]
    assert not preview.diff.changed and not preview.diff.conflicts


def test_a_document_saved_again_by_libreoffice_still_merges_by_measure(
    sample, tmp_path: Path
) -> None:
    """LibreOffice keeps the bookmarks and the custom XML part when it saves a .docx."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    service, plan = sample
    path = export_plan_docx(service, plan.id, tmp_path / "plan.docx", "ru").path
    again = tmp_path / "again"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(again), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    saved = again / "plan.docx"
    with zipfile.ZipFile(saved) as z:
        assert "LibreOffice" in z.read("docProps/app.xml").decode()
    preview = ImportService(service).preview(saved)
    assert preview.plan_id == plan.id and preview.with_base
    assert preview.diff.is_empty, preview.diff
    assert all(m.uid for m in preview.result.measures)


def test_responsible_agencies_the_shared_cell_cannot_tell_apart(
    service: PlanService, target: ImportService, tmp_path: Path
) -> None:
    """One cell shows both parties ("A;\\nB"); the base snapshot gives each side back."""
    plan = service.create_plan(code="RESP", title="Ответственные")
    sector = service.add_sector(plan.id, "Раздел")
    cases = [("#\nҰ=Мх<у", ";"), ("", "МИД России"), ("МИД РК;", ""), ("a;\nb", "c"), (" ", "x ")]
    for a, b in cases:
        service.add_measure(plan.id, sector.id, title="Встреча", responsible_a=a, responsible_b=b)
    path = export_plan_docx(service, plan.id, tmp_path / "resp.docx", "ru").path
    outcome = target.apply(target.preview(path))
    got = [(m.responsible_a, m.responsible_b) for m in target.plans.list_measures(outcome.plan_id)]
    assert got == cases


def test_a_word_file_with_backslash_part_names_imports_like_its_export(
    sample, target: ImportService, tmp_path: Path
) -> None:
    """Some Windows tools write part names as "word\\document.xml"; Word reads them, so
    CoopDesk does."""
    service, plan = sample
    exported = tmp_path / "plan.docx"
    export_plan_docx(service, plan.id, exported, "ru")
    repacked = tmp_path / "backslash.docx"
    with zipfile.ZipFile(exported) as zin, zipfile.ZipFile(repacked, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename.replace("/", "\\"), zin.read(info.filename))
    preview = target.preview(repacked)
    assert not preview.errors and not preview.warnings
    outcome = target.apply(preview)
    assert outcome.applied and outcome.added == len(service.list_measures(plan.id))
    assert snapshot(target.plans, outcome.plan_id) == snapshot(service, plan.id)
