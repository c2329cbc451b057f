"""Untrusted files: each hostile workbook is refused with a clear message, store untouched.

Every hostile file is built here from a good one, as an attacker would: by editing the
parts of the zip. Each test checks the sentence the user reads and that the store
holds exactly what it held before.
"""

from __future__ import annotations

import re
import struct
import time
import zipfile
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.exchange import guard
from coopdesk.exchange.model import ImportRefused

SHEET = "xl/worksheets/sheet1.xml"
HEADER = ["No.", "Measure", "Timing", "Responsible (Kazakhstan)", "Status"]


@pytest.fixture
def good(tmp_path: Path, xl) -> Path:
    """A small partner sheet that imports cleanly."""
    rows = [["Plan of measures for 2023-2024"], [], HEADER, ["1. Political dialogue"]]
    rows += [[str(i), f"Consultations {i}", "Q2 2023", "МИД РК", "Planned"] for i in range(1, 4)]
    return xl.write_sheet(tmp_path / "good.xlsx", rows, merges=["A4:E4"])


@pytest.fixture
def loaded(sample, imports, xl):
    """The sample plan in the store, an ImportService on it, and the state to compare."""
    service, _plan = sample
    return imports, service, xl.store_state(service)


def refused(imports, path: Path, **kwargs) -> str:
    with pytest.raises(ImportRefused) as caught:
        imports.preview(path, **kwargs)
    return str(caught.value)


def test_a_good_file_passes_the_guard(good: Path, loaded) -> None:
    imports, _service, _before = loaded
    preview = imports.preview(good, new=True)
    assert [m.values["title"] for m in preview.result.measures] == [
        "Consultations 1",
        "Consultations 2",
        "Consultations 3",
    ]


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path, loaded, xl) -> None:
    imports, service, before = loaded
    path = tmp_path / "plan.xlsx"
    path.write_text("No.;Measure;Timing\n1;Consultations;Q2 2023\n", encoding="utf-8")
    message = refused(imports, path)
    assert message == (
        "'plan.xlsx' is not an Excel workbook: an .xlsx file is a zip archive and this one is not."
    )
    assert xl.store_state(service) == before


def test_a_truncated_zip_is_refused(tmp_path: Path, good: Path, loaded, xl) -> None:
    imports, service, before = loaded
    data = good.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert refused(imports, path) == (
        "'cut.xlsx' is damaged or incomplete (its zip archive is cut short); ask for it again."
    )
    assert xl.store_state(service) == before


def _ole(*stream_names: str) -> bytes:
    """The start of an OLE compound file whose directory names these streams."""
    header = guard._OLE_MAGIC + b"\x00" * (512 - len(guard._OLE_MAGIC))
    directory = b"".join(name.encode("utf-16-le").ljust(128, b"\x00") for name in stream_names)
    return header + directory + b"\x00" * 1024


def test_an_encrypted_workbook_is_refused(tmp_path: Path, loaded, xl) -> None:
    imports, service, before = loaded
    path = tmp_path / "secret.xlsx"
    path.write_bytes(_ole("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    message = refused(imports, path)
    assert message.startswith("'secret.xlsx' is an encrypted (password-protected) workbook;")
    assert "remove the password" in message
    assert xl.store_state(service) == before


def test_an_old_xls_named_xlsx_is_refused(tmp_path: Path, loaded) -> None:
    imports, _service, _before = loaded
    path = tmp_path / "old.xlsx"
    path.write_bytes(_ole("Root Entry", "Workbook"))
    assert "old Excel 97-2003 (.xls) file" in refused(imports, path)


def test_a_macro_enabled_workbook_is_refused(tmp_path: Path, good: Path, loaded, xl) -> None:
    imports, service, before = loaded
    path = xl.rewrite_zip(good, tmp_path / "macros.xlsx", add={"xl/vbaProject.bin": b"\x00" * 64})
    message = refused(imports, path)
    assert message.startswith("'macros.xlsx' is a macro-enabled workbook;")
    assert "save it as an Excel Workbook (.xlsx) without macros" in message
    assert xl.store_state(service) == before


def test_a_macro_enabled_content_type_is_refused(tmp_path: Path, good: Path, loaded) -> None:
    imports, _service, _before = loaded

    def xlsm(data: bytes) -> bytes:
        return data.replace(
            b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml".replace(b"sheet.", b"")
        ).replace(
            b"application/vnd.openxmlformats-officedocument.macroEnabled.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )

    path = tmp_path / "book.xlsm.xlsx"
    with zipfile.ZipFile(good) as z:
        types = z.read("[Content_Types].xml")
    assert b"spreadsheetml.sheet.main+xml" in types
    path = _rewrite(good, path, "[Content_Types].xml", xlsm)
    assert "is a macro-enabled workbook" in refused(imports, path)


def _rewrite(src: Path, dst: Path, name: str, edit) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, edit(data) if info.filename == name else data)
    return dst


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>\n"
)


def _with_prolog(prolog: bytes, data: bytes) -> bytes:
    """``data`` (an XML part) with its declaration replaced by ``prolog``."""
    body = data.split(b"?>", 1)[1] if data.lstrip().startswith(b"<?xml") else data
    return prolog + body


def test_entity_expansion_is_refused(tmp_path: Path, good: Path, loaded, xl) -> None:
    imports, service, before = loaded

    def bomb(data: bytes) -> bytes:
        return _with_prolog(BILLION_LAUGHS, data).replace(b"Consultations 1", b"&lol9;")

    path = _rewrite(good, tmp_path / "laughs.xlsx", SHEET, bomb)
    started = time.perf_counter()
    message = refused(imports, path)
    assert time.perf_counter() - started < 5
    assert message == (
        "'laughs.xlsx' contains XML document type declarations (entity expansion), which "
        "Excel never writes, so it was not opened."
    )
    assert xl.store_state(service) == before


def test_an_external_entity_in_the_workbook_part_is_refused(
    tmp_path: Path, good: Path, loaded
) -> None:
    imports, _service, _before = loaded
    xxe = b'<?xml version="1.0"?>\n<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    path = _rewrite(good, tmp_path / "xxe.xlsx", "xl/workbook.xml", lambda d: _with_prolog(xxe, d))
    assert "contains XML document type declarations" in refused(imports, path)


def test_a_zip_bomb_by_declared_size_is_refused(tmp_path: Path, good: Path, loaded, xl) -> None:
    imports, service, before = loaded
    # 40 MB of zeros packs into a few dozen KB: a ratio no workbook part has.
    path = xl.rewrite_zip(
        good, tmp_path / "bomb.xlsx", add={"xl/media/image1.png": b"\x00" * (40 * 2**20)}
    )
    assert path.stat().st_size < 200_000
    message = refused(imports, path)
    assert message == (
        "'bomb.xlsx' unpacks to far more data than a plan of measures holds (a possible zip "
        "bomb), so it was not opened."
    )
    assert xl.store_state(service) == before


def _understate_size(path: Path, name: str, declared: int) -> None:
    """Make the zip directory claim ``name`` unpacks to ``declared`` bytes (a lie)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    local = data.find(b"PK\x03\x04" + bytes(22)[:0])
    # Local header: size at offset 22; central header: size at offset 24.
    position = 0
    while (local := data.find(b"PK\x03\x04", position)) >= 0:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if bytes(data[local + 30 : local + 30 + name_length]) == encoded:
            struct.pack_into("<I", data, local + 22, declared)
        position = local + 4
    position = 0
    while (central := data.find(b"PK\x01\x02", position)) >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_length]) == encoded:
            struct.pack_into("<I", data, central + 24, declared)
        position = central + 4
    path.write_bytes(bytes(data))


def test_a_part_larger_than_declared_is_stopped_while_unpacking(
    tmp_path: Path, good: Path, loaded, xl, monkeypatch
) -> None:
    imports, service, before = loaded
    path = xl.rewrite_zip(
        good, tmp_path / "liar.xlsx", add={"xl/media/image1.png": b"\x00" * (8 * 2**20)}
    )
    _understate_size(path, "xl/media/image1.png", 1000)
    with zipfile.ZipFile(path) as z:
        assert z.getinfo("xl/media/image1.png").file_size == 1000
    # The declared sizes now look harmless; the stream shows the truth after one chunk.
    unpacked = []
    original = guard._unpacked

    def counting(p, info):
        for chunk in original(p, info):
            unpacked.append(len(chunk))
            yield chunk

    monkeypatch.setattr(guard, "_unpacked", counting)
    assert "(a possible zip bomb)" in refused(imports, path)
    assert sum(unpacked) < 3 * 2**20  # stopped early, not after unpacking all 8 MB
    assert xl.store_state(service) == before


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path: Path, good: Path, loaded, xl) -> None:
    imports, service, before = loaded
    long_text = "Қ" * 40_000

    def stuff(data: bytes) -> bytes:
        return data.replace(b"Consultations 2", long_text.encode())

    target = "xl/sharedStrings.xml"
    with zipfile.ZipFile(good) as z:
        if target not in z.namelist():
            target = SHEET
    path = _rewrite(good, tmp_path / "long.xlsx", target, stuff)
    preview = imports.preview(path, new=True)
    assert [str(p) for p in preview.errors] == [
        "Sheet 'Plan', row 6, column 'Measure': the cell holds 40,000 characters, more than "
        "Excel's limit of 32,767; shorten it and import again."
    ]
    outcome = imports.apply(preview)
    assert not outcome.applied
    assert xl.store_state(service) == before


@pytest.mark.parametrize("dimension", ["A1", "A1:XFD1048576", "B2:C3"])
def test_a_wrong_dimension_is_read_by_the_cells_there_are(
    tmp_path: Path, good: Path, imports, dimension: str
) -> None:
    def wrong(data: bytes) -> bytes:
        import re

        new = b'<dimension ref="%s"/>' % dimension.encode()
        return re.sub(rb'<dimension ref="[^"]*"\s*/>', new, data)

    path = _rewrite(good, tmp_path / "dim.xlsx", SHEET, wrong)
    with zipfile.ZipFile(path) as z:
        assert f'<dimension ref="{dimension}"/>'.encode() in z.read(SHEET)
    started = time.perf_counter()
    preview = imports.preview(path, new=True)
    assert time.perf_counter() - started < 5
    assert [m.row for m in preview.result.measures] == [5, 6, 7]
    assert not preview.errors


def test_a_lone_cell_in_the_last_row_is_read_quickly_and_exactly(
    tmp_path: Path, good: Path, imports
) -> None:
    def lone(data: bytes) -> bytes:
        row = (
            b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>4</t></is></c>'
            b'<c r="B1048576" t="inlineStr"><is><t>Lone consultations</t></is></c>'
            b'<c r="C1048576" t="inlineStr"><is><t>Q4 2024</t></is></c></row>'
        )
        return data.replace(b"</sheetData>", row + b"</sheetData>")

    path = _rewrite(good, tmp_path / "lone.xlsx", SHEET, lone)
    info = guard.inspect_xlsx(path)
    assert info.stats.max_row == 1_048_576 and info.stats.sparse
    started = time.perf_counter()
    preview = imports.preview(path, new=True)
    assert time.perf_counter() - started < 10
    rows = [m.row for m in preview.result.measures]
    # Neither dropped nor padded: the three rows, and the lone one where it is.
    assert rows == [5, 6, 7, 1_048_576]
    assert preview.result.measures[-1].values["title"] == "Lone consultations"


def test_a_far_cell_hidden_behind_tabs_is_still_seen(tmp_path: Path, good: Path) -> None:
    def sneaky(data: bytes) -> bytes:
        row = b'<row\tr="1048576"><c\tr="XFD1048576"><v>1</v></c></row>'
        return data.replace(b"</sheetData>", row + b"</sheetData>")

    path = _rewrite(good, tmp_path / "tabs.xlsx", SHEET, sneaky)
    stats = guard.inspect_xlsx(path).stats
    assert (stats.max_row, stats.max_col) == (1_048_576, 16_384)
    assert stats.sparse  # read cell by cell, never as a grid of 17 billion cells


@pytest.mark.parametrize("numbered", [True, False])
def test_a_row_without_cells_at_the_end_does_not_make_the_sheet_sparse(
    tmp_path: Path, good: Path, imports, numbered: bool
) -> None:
    """A height set on row 1,048,576 (<row r="1048576" ht="16.5"/>) places no cell, so
    calamine reads the sheet whole; a cell after it, in a row written without its
    number, is still seen where calamine would place it."""

    def trailing(data: bytes) -> bytes:
        empty = b'<row r="1048576" ht="16.5"/>'
        if not numbered:  # the sheet's rows written without numbers: walked
            data = re.sub(rb'(<row[^>]*?) r="\d+"', rb"\1", data)
        return data.replace(b"</sheetData>", empty + b"</sheetData>")

    path = _rewrite(good, tmp_path / "trailing.xlsx", SHEET, trailing)
    stats = guard.inspect_xlsx(path).stats
    assert stats.max_row == 7 and not stats.sparse
    preview = imports.preview(path, new=True)
    assert [m.values["title"] for m in preview.result.measures] == [
        f"Consultations {i}" for i in range(1, 4)
    ]

    def after(data: bytes) -> bytes:
        late = b'<row><c t="inlineStr"><is><t>9</t></is></c></row>'
        return trailing(data).replace(b"</sheetData>", late + b"</sheetData>")

    path = _rewrite(good, tmp_path / "after.xlsx", SHEET, after)
    stats = guard.inspect_xlsx(path).stats
    assert stats.max_row == 1_048_577 and stats.sparse


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_far_cell_in_a_sheet_written_in_utf16_is_still_seen(
    tmp_path: Path, good: Path, codec: str
) -> None:
    """The guard's scan reads the sheet in its own encoding, not as UTF-8 bytes."""

    def utf16(data: bytes) -> bytes:
        row = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
        text = data.replace(b"</sheetData>", row + b"</sheetData>").decode("utf-8")
        text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
        mark = "\ufeff".encode(codec)
        return mark + text.encode(codec)

    path = _rewrite(good, tmp_path / "utf16.xlsx", SHEET, utf16)
    stats = guard.inspect_xlsx(path).stats
    assert (stats.max_row, stats.max_col) == (1_048_576, 16_384)
    assert stats.sparse


def test_the_first_visible_sheet_is_read_not_a_hidden_draft(tmp_path: Path, xl, imports) -> None:
    draft = [HEADER, ["1", "Draft measure nobody agreed", "2023", "x", "Planned"]]
    rows = [HEADER, ["1", "Agreed measure", "Q3 2023", "МИД РК", "Done"]]
    path = xl.write_sheet(tmp_path / "two.xlsx", rows, title="Final", hidden_before=draft)
    preview = imports.preview(path, new=True)
    assert preview.result.sheet == "Final"
    assert [m.values["title"] for m in preview.result.measures] == ["Agreed measure"]


def test_formulas_import_their_saved_value(tmp_path: Path, imports) -> None:
    import xlsxwriter

    path = tmp_path / "formulas.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Plan")
    sheet.write_row(0, 0, HEADER)
    sheet.write_string(1, 0, "1")
    sheet.write_formula(1, 1, '="Consultations "&"on visas"', None, "Consultations on visas")
    sheet.write_string(1, 2, "Q2 2023")
    book.close()
    preview = imports.preview(path, new=True)
    assert preview.result.measures[0].values["title"] == "Consultations on visas"
    assert not preview.errors


def test_a_formula_without_a_saved_value_is_refused(tmp_path: Path, imports, service, xl) -> None:
    import xlsxwriter

    path = tmp_path / "nocache.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Plan")
    sheet.write_row(0, 0, HEADER)
    sheet.write_string(1, 0, "1")
    sheet.write_string(1, 1, "Consultations")
    sheet.write_formula(1, 2, '=TEXT(DATE(2023,4,12),"dd.mm.yyyy")', None, "")
    book.close()

    def drop_value(data: bytes) -> bytes:
        import re

        return re.sub(rb"(<f>[^<]*</f>)<v>[^<]*</v>", rb"\1", data)

    path = _rewrite(path, tmp_path / "nocache2.xlsx", SHEET, drop_value)
    before = xl.store_state(service)
    preview = imports.preview(path, new=True)
    assert [str(p) for p in preview.errors] == [
        "Sheet 'Plan', row 2, column 'Timing': cell C2 holds a formula "
        '(=TEXT(DATE(2023,4,12),"dd.mm.yyyy")) with no saved value; open the file in Excel, '
        "save it, and import it again."
    ]
    assert not imports.apply(preview).applied
    assert xl.store_state(service) == before


def test_other_office_files_are_named(tmp_path: Path, good: Path, imports) -> None:
    def word(data: bytes) -> bytes:
        return data.replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        )

    path = _rewrite(good, tmp_path / "letter.xlsx", "[Content_Types].xml", word)
    assert refused(imports, path) == "'letter.xlsx' is a Word document, not an Excel workbook."
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert refused(imports, empty) == "'empty.xlsx' is empty."


def test_the_command_line_refuses_with_one_line_and_exit_1(
    tmp_path: Path, good: Path, sample, xl, capsys
) -> None:
    service, _plan = sample
    before = xl.store_state(service)
    path = xl.rewrite_zip(good, tmp_path / "macros.xlsx", add={"xl/vbaProject.bin": b"x"})
    url = service.store.url.render_as_string(hide_password=False)
    assert main(["--db", url, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("coopdesk: 'macros.xlsx' is a macro-enabled workbook;")
    assert err.count("\n") == 1
    assert main(["--db", url, "import", str(path), "--json"]) == 1
    import json

    document = json.loads(capsys.readouterr().out)
    assert document["plan"] is None and document["added"] == 0
    assert document["errors"][0]["message"].startswith("'macros.xlsx' is a macro-enabled")
    assert xl.store_state(service) == before


def _sheet_data(good: Path, tmp_path: Path, name: str, rows: bytes) -> Path:
    """``good`` with its cells replaced by ``rows`` (raw sheetData XML) and no dimension."""
    import re

    def edit(data: bytes) -> bytes:
        data = re.sub(rb"<dimension [^>]*/>", b"", data)
        return re.sub(rb"<sheetData>.*</sheetData>", b"<sheetData>" + rows + b"</sheetData>", data)

    return _rewrite(good, tmp_path / name, SHEET, edit)


def _cell(text: str, ref: str | None = None) -> bytes:
    where = f' r="{ref}"' if ref else ""
    return f'<c{where} t="inlineStr"><is><t>{text}</t></is></c>'.encode()


def _calamine_extent(path: Path) -> tuple[int, int]:
    """Rows and columns of the grid calamine builds for the first sheet."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    try:
        end = workbook.get_sheet_by_index(0).end
    finally:
        workbook.close()
    assert end is not None
    return end[0] + 1, end[1] + 1


@pytest.mark.parametrize(
    "rows",
    [
        # Rows and cells without numbers (some writers leave them out).
        b"<row>" + _cell("a") + _cell("b") + b"</row><row>" + _cell("c") + _cell("d") + b"</row>",
        # A numbered row, a numbered cell, then an unnumbered one after it.
        b'<row r="5">' + _cell("a") + _cell("b", "AD5") + _cell("e") + b"</row><row>"
        + _cell("c") + b"</row>",
        # An unnumbered row holding a cell numbered further down.
        b"<row>" + _cell("a", "B7") + _cell("q") + b"</row><row>" + _cell("c") + b"</row>",
        # The reference after another attribute, and a row going back.
        b'<row r="5"><c t="inlineStr" r="B5"><is><t>x</t></is></c></row><row r="3">'
        + _cell("c") + _cell("x") + b"</row>",
    ],
)  # fmt: skip
def test_unnumbered_rows_and_cells_are_placed_as_the_reader_places_them(
    tmp_path: Path, good: Path, rows: bytes
) -> None:
    path = _sheet_data(good, tmp_path, "unnumbered.xlsx", rows)
    stats = guard.inspect_xlsx(path).stats
    rows_there, columns_there = _calamine_extent(path)
    assert stats.max_row == rows_there
    # Single-letter columns are not told apart: up to Z is assumed.
    assert stats.max_col == max(columns_there, 26)


def test_a_cell_numbered_past_its_row_is_seen(tmp_path: Path, good: Path, xl, sample) -> None:
    """A cell in row 1 whose own reference says row 1,048,576, beside one in column XFD.

    calamine places each cell by its own reference and builds the whole grid between:
    17 billion cells, which would end the process. The guard must see both far edges,
    and the import must read the sheet cell by cell, in a process that lives.
    """
    rows = b'<row r="1">' + _cell("x", "A1048576") + _cell("y", "XFD1") + b"</row>"
    path = _sheet_data(good, tmp_path, "far.xlsx", rows)
    stats = guard.inspect_xlsx(path).stats
    assert (stats.max_row, stats.max_col) == (1_048_576, 16_384)
    assert stats.sparse
    service, _plan = sample
    before = xl.store_state(service)
    url = service.store.url.render_as_string(hide_password=False)
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "coopdesk", "--db", url, "import", str(path), "--dry-run"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # Read (no plan layout in two cells) or refused in words, never killed.
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert "memory allocation" not in done.stderr and "Traceback" not in done.stderr
    assert xl.store_state(service) == before


def test_a_sheet_whose_elements_carry_a_prefix_is_walked(tmp_path: Path, good: Path) -> None:
    """<x:row>/<x:c> as .NET's Open XML SDK writes them, some without numbers."""
    ns = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="' + ns + b'"><x:sheetData>'
        b'<x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>'
        b'<x:row><x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c>'
        b'<x:c t="inlineStr"><x:is><x:t>c</x:t></x:is></x:c></x:row>'
        b"</x:sheetData></x:worksheet>"
    )
    path = _rewrite(good, tmp_path / "prefixed.xlsx", SHEET, lambda _data: sheet)
    stats = guard.inspect_xlsx(path).stats
    assert stats.walked and stats.max_row == 3
    assert stats.max_row == _calamine_extent(path)[0]


def test_unnumbered_rows_after_a_megabyte_of_numbered_ones_follow_them(
    tmp_path: Path, good: Path
) -> None:
    """The sheet is read in slices: a walk in a later slice starts where the last ended."""
    numbered = b"".join(
        f'<row r="{i}">'.encode() + _cell(f"measure {i}", f"A{i}") + _cell("Q2 2024", f"B{i}")
        + b"</row>"
        for i in range(1, 40_001)
    )  # fmt: skip
    tail = b"<row>" + _cell("late") + _cell("more") + _cell("end") + b"</row>"
    path = _sheet_data(good, tmp_path, "late.xlsx", numbered + tail * 5)
    with zipfile.ZipFile(path) as z:
        assert z.getinfo(SHEET).file_size > 2 * 2**20
    stats = guard.inspect_xlsx(path).stats
    assert stats.walked
    assert stats.max_row == _calamine_extent(path)[0] == 40_005


@pytest.mark.parametrize(
    ("odd", "rows", "columns"),
    [
        # Within the rows still to come: the grid is no larger than the rows make it.
        ("A29990", 30_000, 26),
        # Past every row, with as many digits as the rows have, and with more.
        ("B99999", 99_999, 26),
        ("A100000", 100_000, 26),
        ("C1000000", 1_000_000, 26),
        # Beyond column Z, and a reference with a leading zero.
        ("AB20000", 30_000, 28),
        ("A030000", 30_000, 26),
    ],
)
def test_one_odd_cell_among_plain_rows_is_seen(
    tmp_path: Path, good: Path, odd: str, rows: int, columns: int
) -> None:
    """Plain rows are read in two passes, without each cell's reference: one odd cell
    in row 20,000 (a later slice of the sheet) must still move the far edge to where
    calamine places it."""
    body = b"".join(
        f'<row r="{i}">'.encode() + _cell(f"measure {i}", f"A{i}") + _cell("Q2 2024", f"B{i}")
        + (_cell("odd", odd) if i == 20_000 else b"") + b"</row>"
        for i in range(1, 30_001)
    )  # fmt: skip
    path = _sheet_data(good, tmp_path, "odd.xlsx", body)
    with zipfile.ZipFile(path) as z:
        assert z.getinfo(SHEET).file_size > 2 * 2**20
    stats = guard.inspect_xlsx(path).stats
    assert (stats.max_row, stats.max_col) == (rows, columns)
    if not stats.sparse:
        there_rows, there_columns = _calamine_extent(path)
        assert stats.max_row >= there_rows and stats.max_col >= there_columns
        assert stats.max_row == there_rows


def test_at_most_matches_exactly_the_numbers_up_to_its_bound() -> None:
    import re

    for bound in (0, 1, 9, 10, 11, 99, 100, 101, 1000, 1009, 20_500, 100_025, 1_048_576):
        rx = re.compile(guard._at_most(bound) + "$")
        for n in {*range(0, 120), *range(max(0, bound - 30), bound + 30), 10 * bound, 999_999}:
            assert bool(rx.match(str(n))) == (1 <= n <= bound), (bound, n)
        assert not rx.match("0" + str(bound))
