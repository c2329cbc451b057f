"""Workbooks other programs write, and suspicious content said aloud (issue 13, items 2-3).

Each re-packed workbook is built here from a CoopDesk export, the way another tool
would write the same cells, and must import field for field like the export itself.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from coopdesk.exchange.model import ImportRefused
from coopdesk.services.exports import export_plan
from coopdesk.services.imports import ImportService, read_file

T_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
T_REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
S_MAIN = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
S_REL = b"http://purl.oclc.org/ooxml/officeDocument/relationships"


def repack(src: Path, dst: Path, how: str) -> Path:
    """``src`` written again as another program would write it."""
    with zipfile.ZipFile(src) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheets = [n for n in parts if n.startswith("xl/worksheets/")]
    if how == "default content types":  # .NET packaging: no Override at all
        parts["[Content_Types].xml"] = (
            b'<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats'
            b'.org/package/2006/content-types"><Default Extension="rels" ContentType="applicati'
            b'on/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" Conten'
            b'tType="application/xml"/></Types>'
        )
    elif how == "strict":
        for name, data in parts.items():
            if name.endswith((".xml", ".rels")) and name != "[Content_Types].xml":
                parts[name] = data.replace(T_MAIN, S_MAIN).replace(T_REL, S_REL)
    elif how == "no styles":
        del parts["xl/styles.xml"]
        rels = "xl/_rels/workbook.xml.rels"
        parts[rels] = re.sub(rb"<Relationship [^>]*styles[^>]*/>", b"", parts[rels])
        types = "[Content_Types].xml"
        parts[types] = re.sub(rb'<Override PartName="/xl/styles.xml"[^>]*/>', b"", parts[types])
        for name in sheets:
            parts[name] = re.sub(rb' s="\d+"', b"", parts[name])
    elif how == "no row numbers":
        for name in sheets:
            parts[name] = re.sub(rb'(<row[^>]*?) r="\d+"', rb"\1", parts[name])
    elif how == "shared strings":  # cells point into a shared string table
        table: list[bytes] = []

        def shared(m: re.Match[bytes]) -> bytes:
            table.append(m[2])
            return m[1] + b' t="s"><v>' + str(len(table) - 1).encode() + b"</v></c>"

        for name in sheets:
            parts[name] = re.sub(
                rb'(<c [^>]*?) t="inlineStr"><is>(<t[^>]*>[^<]*</t>)</is></c>', shared, parts[name]
            )
        parts["xl/sharedStrings.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="' + T_MAIN + b'">'
            + b"".join(b"<si>" + t + b"</si>" for t in table) + b"</sst>"
        )  # fmt: skip
        rels = "xl/_rels/workbook.xml.rels"
        parts[rels] = parts[rels].replace(
            b"</Relationships>",
            b'<Relationship Id="rIdS" Type="' + T_REL + b'/sharedStrings" '
            b'Target="sharedStrings.xml"/></Relationships>',
        )
        types = "[Content_Types].xml"
        parts[types] = parts[types].replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxml'
            b'formats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
    if how.startswith("utf-16"):  # XML written in UTF-16, which Excel reads
        which = [n for n in parts if n.endswith((".xml", ".rels"))]
        if how == "utf-16 workbook part":
            which = ["xl/workbook.xml"]
        for name in which:
            text = parts[name].decode("utf-8")
            text = re.sub(r'encoding="UTF-8"', 'encoding="UTF-16"', text, count=1, flags=re.I)
            big = how == "utf-16 workbook part"
            parts[name] = (b"\xfe\xff" + text.encode("utf-16-be")) if big else text.encode("utf-16")
    if how == "backslash names":  # some Windows tools: "xl\\worksheets\\sheet1.xml"
        parts = {name.replace("/", "\\"): data for name, data in parts.items()}
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return dst


def fields(service, plan_id: int) -> list[tuple]:
    return [
        (m.number, m.title, m.timing.text, m.timing.start, m.timing.end, m.location,
         m.responsible_a, m.status.value, m.kind.value, m.notes, m.description)
        for m in service.list_measures(plan_id)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "how",
    [
        "default content types",
        "strict",
        "no styles",
        "no row numbers",
        "shared strings",
        "backslash names",
        "utf-16 workbook part",
        "utf-16 everywhere",
    ],
)
def test_a_repacked_export_imports_field_for_field(sample, tmp_path: Path, how: str, capfd) -> None:
    service, plan = sample
    exported = tmp_path / "plan.xlsx"
    export_plan(service, plan.id, exported, "ru")
    path = repack(exported, tmp_path / "repacked.xlsx", how)
    imports = ImportService(service)
    preview = imports.preview(path, new=True)
    assert not preview.errors and not preview.warnings
    outcome = imports.apply(preview)
    assert outcome.applied and outcome.added == 34
    assert fields(service, outcome.plan_id) == fields(service, plan.id)
    assert capfd.readouterr().err == ""  # no library warning on stderr


def test_an_export_calamine_cannot_read_merges_back_with_no_change(sample, tmp_path: Path) -> None:
    """Read by the second reader (openpyxl), the metadata sheet still ties the file to its
    plan and its base snapshot, and the plan is loaded once while it is read."""
    service, plan = sample
    exported = tmp_path / "plan.xlsx"
    export_plan(service, plan.id, exported, "ru")
    path = repack(exported, tmp_path / "utf16.xlsx", "utf-16 workbook part")
    calls: list[object] = []
    data = read_file(path, meanwhile=calls.append)
    assert len(calls) == 1 and data.meta is not None and calls[0] == data.meta
    preview = ImportService(service).preview(path)
    assert preview.plan_id == plan.id and preview.with_base
    assert not preview.diff.changed and not preview.errors


class _Panic(BaseException):
    """What a panic inside calamine reaches Python as (pyo3's PanicException)."""


@pytest.mark.parametrize("where", ["get_sheet_by_name", "from_path"])
def test_a_panic_in_calamine_is_read_by_the_second_reader(
    sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """Whether calamine panics on the sheet (in its reading thread) or on the workbook,
    the file is read by openpyxl and CoopDesk goes on."""
    from python_calamine import CalamineWorkbook

    service, plan = sample
    exported = tmp_path / "plan.xlsx"
    export_plan(service, plan.id, exported, "ru")

    def panic(*_args, **_kwargs):
        raise _Panic("called `Option::unwrap()` on a `None` value")

    monkeypatch.setattr(CalamineWorkbook, where, panic)
    preview = ImportService(service).preview(exported)
    assert preview.plan_id == plan.id and preview.with_base
    assert not preview.diff.changed and not preview.errors


def test_a_package_naming_one_part_twice_is_refused(sample, tmp_path: Path) -> None:
    """ "xl/worksheets/sheet1.xml" and "xl\\worksheets\\sheet1.xml" are one part to Excel:
    which of the two is the sheet is not for CoopDesk to guess."""
    service, plan = sample
    exported = tmp_path / "plan.xlsx"
    export_plan(service, plan.id, exported, "ru")
    with zipfile.ZipFile(exported) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    twice = tmp_path / "twice.xlsx"
    with zipfile.ZipFile(twice, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        archive.writestr("xl\\worksheets\\sheet1.xml", b"<worksheet/>")
    with pytest.raises(ImportRefused) as caught:
        read_file(twice)
    assert str(caught.value) == (
        "'twice.xlsx' is damaged: two of its parts have the same name; ask for it again."
    )


def test_a_library_message_never_reaches_the_user(tmp_path: Path, sample) -> None:
    service, plan = sample
    exported = tmp_path / "plan.xlsx"
    export_plan(service, plan.id, exported, "en")
    with zipfile.ZipFile(exported) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    # A cell reference calamine cannot make sense of.
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b' r="B7"', b' r="B"', 1
    )
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(ImportRefused) as caught:
        read_file(broken)
    message = str(caught.value)
    assert message == (
        "'broken.xlsx' cannot be read: its worksheet is written in a way CoopDesk does not "
        "understand; open it in Excel or LibreOffice, save it as an Excel Workbook (.xlsx) and "
        "import that."
    )


def test_control_characters_are_removed_with_a_warning_naming_cells(
    service, tmp_path: Path
) -> None:
    import xlsxwriter

    path = tmp_path / "odd.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Plan")
    sheet.write_row(0, 0, ["No.", "Measure", "Timing", "Location"])
    sheet.write_row(1, 0, ["1", "Vis\x01it of\x0b experts", "II квартал 2024 г.", "Astana"])
    sheet.write_row(2, 0, ["2", "Forum", "2024\uffff", "Al\x1fmaty"])
    sheet.write_row(3, 0, ["3", "Clean row", "2024", "Almaty"])
    book.close()
    imports = ImportService(service)
    preview = imports.preview(path, new=True)
    assert [str(w) for w in preview.warnings] == [
        "Sheet 'Plan', row 2: characters a workbook cannot hold (control characters, U+FFFE, "
        "U+FFFF) were removed from cell(s) B2.",
        "Sheet 'Plan', row 3: characters a workbook cannot hold (control characters, U+FFFE, "
        "U+FFFF) were removed from cell(s) C3, D3.",
    ]
    outcome = imports.apply(preview)
    assert outcome.applied
    stored = {m.number: m for m in service.list_measures(outcome.plan_id)}
    assert stored["1"].title == "Visit of experts"
    assert (stored["2"].timing.text, stored["2"].location) == ("2024", "Almaty")


def test_control_characters_in_a_csv_are_removed_too(service, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("No.;Measure;Timing\n1;Vis\x02it;2024\n", encoding="utf-8")
    preview = ImportService(service).preview(path, new=True)
    assert [w.row for w in preview.warnings] == [2]
    assert "B2" in preview.warnings[0].message
    assert preview.result.measures[0].values["title"] == "Visit"


def test_repeated_numbers_are_imported_with_a_warning(service, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "No.;Measure;Timing\n1.1;Visit;2024\n1.2;Forum;2024\n1.1;Expo;2025\n1.2;Talks;2025\n",
        encoding="utf-8",
    )
    imports = ImportService(service)
    preview = imports.preview(path, new=True)
    assert [str(w) for w in preview.warnings] == [
        "Sheet 'twice', row 4, column 'No.': the number 1.1 is also on row 2; both rows are "
        "imported as separate measures.",
        "Sheet 'twice', row 5, column 'No.': the number 1.2 is also on row 3; both rows are "
        "imported as separate measures.",
    ]
    outcome = imports.apply(preview)
    assert outcome.applied and outcome.added == 4
    titles = sorted(m.title for m in service.list_measures(outcome.plan_id))
    assert titles == ["Expo", "Forum", "Talks", "Visit"]


def test_work_done_while_the_sheet_is_read_gets_the_metadata_and_keeps_its_errors(
    tmp_path: Path, sample
) -> None:
    """The caller's work runs while calamine reads (loading the plan to merge with).

    It is given the export's metadata; its own error reaches the caller as it was
    raised (a store error stays a store error), never as "cannot be read".
    """
    service, plan = sample
    exported = tmp_path / "plan.xlsx"
    export_plan(service, plan.id, exported, "ru")
    seen = []
    data = read_file(exported, meanwhile=seen.append)
    assert len(seen) == 1 and seen[0] is data.meta and data.meta.plan_uid == plan.uid
    assert len(data.grid.rows) > 30

    class Busy(Exception):
        pass

    def fails(_meta) -> None:
        raise Busy("the store is busy")

    with pytest.raises(Busy, match="the store is busy"):
        read_file(exported, meanwhile=fails)
