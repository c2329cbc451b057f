"""Reads the first visible worksheet of an .xlsx into a :class:`SheetGrid`.

Only after :func:`~coopdesk.exchange.guard.inspect_xlsx` passed the file. Values come
from python-calamine, which reads a 100,000-row sheet several times faster than
openpyxl and reports merged ranges; a formula cell gives its saved (cached) value,
never its formula. Two cases take other roads:

- a *sparse* sheet (the guard found far fewer cells than its extent, e.g. one lone
  cell in row 1,048,576): calamine would build the whole empty grid, so openpyxl's
  read-only streaming reader reads it cell by cell instead;
- a sheet with formulas: the cells whose formula has no saved value are found with
  a defusedxml streaming parse, so the layout can refuse exactly those cells.

Either way only rows that have values are kept, with their real row numbers: rows
are neither dropped nor padded, whatever the sheet's ``<dimension>`` claims.
"""

from __future__ import annotations

import re
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coopdesk.errors import msg
from coopdesk.exchange.guard import (
    META_SHEET,
    WorkbookInfo,
    inspect_xlsx,
    open_package,
    refuse,
    scan_contents,
)
from coopdesk.exchange.model import (
    ImportRefused,
    Progress,
    SheetGrid,
    WorkbookData,
    no_progress,
)
from coopdesk.exchange.snapshot import ExportMeta, decode_meta

_REF_RX = re.compile(r"^([A-Z]{1,3})(\d+)$")
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def read_xlsx(
    path: Path | str,
    progress: Progress = no_progress,
    meanwhile: Callable[[ExportMeta | None], object] | None = None,
) -> WorkbookData:
    """Check and read a workbook: its first visible worksheet and CoopDesk's metadata.

    ``meanwhile`` is called with the metadata (None for a partner's sheet) while the
    worksheet is still being read: calamine reads without holding the interpreter, so
    the caller's own work there (loading the plan to merge with) costs no time on a
    machine with two cores.
    """
    # What is not about safety (formulas, forbidden characters) is looked for while
    # calamine reads the sheet.
    info = inspect_xlsx(path, progress, contents=False)
    progress(0, 1, "read")
    want_meta = info.meta_part is not None and info.meta_part != info.sheet_part
    grid: SheetGrid | None
    called: list[bool] = []

    def once(meta: ExportMeta | None) -> None:
        # The caller's work runs once, even when a second reader takes over.
        if not called:
            called.append(True)
            if meanwhile is not None:
                meanwhile(meta)

    # Libraries warn on stderr about what they skip (unknown extensions, styles); a
    # user of the window or the command line is told what matters in words instead.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            try:
                if info.stats.sparse:
                    scan_contents(info)
                    meta = _read_meta(info) if want_meta else None
                    _calling(once, meta)
                    grid = _read_sparse(info)
                else:

                    def alongside(meta: ExportMeta | None) -> None:
                        scan_contents(info)
                        once(meta)

                    grid, meta = _read_dense_while(info, want_meta, alongside)
            except (ImportRefused, _CallerFailed, KeyboardInterrupt, SystemExit):
                raise
            except BaseException:  # calamine's errors, and its panics (pyo3's PanicException)
                if info.stats.sparse:
                    raise RuntimeError("the reader failed") from None
                # What calamine refuses (UTF-16 XML, cell references without a row)
                # openpyxl may read: slower, and after the same guard.
                if not info.stats.contents:
                    scan_contents(info)
                meta = _read_meta_openpyxl(info) if want_meta else None
                _calling(once, meta)
                grid = _read_sparse(info)
            if info.stats.has_formulas:
                grid.uncached = _uncached_formulas(info)
        except ImportRefused:
            raise
        except _CallerFailed as failed:
            raise failed.error from None
        except Exception:  # the parsers raise many types; each means "cannot read"
            # Their messages speak of the library's insides ("Range is missing the
            # expected row component"), which nobody can act on: say what to do.
            raise refuse(
                info.path,
                msg(
                    "cannot be read: its worksheet is written in a way CoopDesk does not "
                    "understand; open it in Excel or LibreOffice, save it as an Excel Workbook "
                    "(.xlsx) and import that."
                ),
            ) from None
    grid.odd_chars = info.stats.odd_chars
    progress(1, 1, "read")
    return WorkbookData(str(info.path), "xlsx", grid, meta, info.sender)


class _CallerFailed(Exception):
    """The caller's ``meanwhile`` raised: its error goes on as it was, not as a refusal."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _calling(once: Callable[[ExportMeta | None], None], meta: ExportMeta | None) -> None:
    """``once(meta)``, its error marked as the caller's."""
    try:
        once(meta)
    except Exception as exc:
        raise _CallerFailed(exc) from exc


def _read_meta_openpyxl(info: WorkbookInfo) -> ExportMeta | None:
    """CoopDesk's metadata sheet read by openpyxl (when calamine cannot read the file)."""
    from openpyxl import load_workbook

    workbook = load_workbook(info.path, read_only=True, data_only=True)
    try:
        if META_SHEET not in workbook.sheetnames:
            return None
        rows = workbook[META_SHEET].iter_rows(values_only=True)
        return decode_meta([["" if v is None else v for v in row] for row in rows])
    finally:
        workbook.close()


def _read_meta(info: WorkbookInfo) -> ExportMeta | None:
    """CoopDesk's metadata sheet, decoded (the sheet is small)."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(info.path))
    try:
        return _meta_of(workbook)
    finally:
        workbook.close()


def _meta_of(workbook: Any) -> ExportMeta | None:
    return decode_meta(workbook.get_sheet_by_name(META_SHEET).to_python(skip_empty_area=False))


def _read_dense_while(
    info: WorkbookInfo,
    want_meta: bool,
    meanwhile: Callable[[ExportMeta | None], object] | None,
) -> tuple[SheetGrid, ExportMeta | None]:
    """The worksheet and the metadata, with calamine; ``meanwhile(meta)`` runs alongside.

    One workbook object serves both (opening it reads the shared strings, for a big
    workbook saved by Excel a good part of the whole read): the metadata sheet first,
    then the worksheet in a thread of its own while ``meanwhile`` runs here. The
    thread's error is raised here once ``meanwhile`` returned; an error of
    ``meanwhile`` once the thread finished, as it is (the workbook is never left open).
    """
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(info.path))
    done: list[SheetGrid] = []
    failed: list[BaseException] = []

    def read() -> None:
        try:
            sheet = workbook.get_sheet_by_name(info.sheet_name)
            first_row, first_col = sheet.start or (0, 0)
            values = sheet.to_python(skip_empty_area=True)
            merged = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
            rows = _non_empty(values, first_row, first_col)
            done.append(SheetGrid(info.sheet_name, rows, merged))
        except BaseException as exc:  # handed to the caller's thread
            # A panic inside calamine reaches Python as a BaseException (pyo3's
            # PanicException): a file it cannot read, not a reason to stop CoopDesk.
            stop = isinstance(exc, (Exception, KeyboardInterrupt, SystemExit))
            failed.append(exc if stop else RuntimeError(f"the reader failed: {exc}"))

    try:
        meta = _meta_of(workbook) if want_meta else None
        if meanwhile is None:
            read()
        else:
            reader = threading.Thread(target=read, name="coopdesk-xlsx-read", daemon=True)
            reader.start()
            try:
                meanwhile(meta)
            except BaseException as exc:
                reader.join()
                raise _CallerFailed(exc) from exc
            reader.join()
    finally:
        workbook.close()
    if failed:
        raise failed[0]
    return done[0], meta


def _non_empty(values: list[list[Any]], first_row: int, first_col: int) -> list[tuple[int, list]]:
    """(row index, values from column A) of the rows that hold a value."""
    pad = [""] * first_col
    rows: list[tuple[int, list[Any]]] = []
    append = rows.append
    for offset, row in enumerate(values):
        # calamine fills empty cells with "": a row of only those is no row at all.
        if row.count("") != len(row):
            append((first_row + offset, pad + row if first_col else row))
    return rows


def _read_sparse(info: WorkbookInfo) -> SheetGrid:
    from openpyxl import load_workbook

    workbook = load_workbook(info.path, read_only=True, data_only=True)
    try:
        sheet = workbook[info.sheet_name]
        sheet.reset_dimensions()  # the stated dimension is not to be trusted
        rows: list[tuple[int, list[Any]]] = []
        for index, row in enumerate(sheet.iter_rows(values_only=True)):
            if any(v is not None and v != "" for v in row):
                rows.append((index, ["" if v is None else v for v in row]))
    finally:
        workbook.close()
    merged = []
    for ref in info.stats.merged:
        corners = ref.split(":")
        if len(corners) == 2:
            (r1, c1), (r2, c2) = (_cell(corners[0]), _cell(corners[1]))
            merged.append((r1, c1, r2, c2))
    return SheetGrid(info.sheet_name, rows, merged)


def _cell(ref: str) -> tuple[int, int]:
    m = _REF_RX.match(ref)
    if m is None:
        raise ValueError(f"bad cell reference {ref!r}")
    col = 0
    for ch in m.group(1):
        col = col * 26 + (ord(ch) - 64)
    return int(m.group(2)) - 1, col - 1


def _uncached_formulas(info: WorkbookInfo) -> dict[tuple[int, int], str]:
    """(row, col) -> formula of every formula cell with no saved value."""
    from defusedxml.ElementTree import iterparse

    found: dict[tuple[int, int], str] = {}
    with open_package(info.path) as archive, archive.open(info.sheet_part) as stream:
        row_index = -1
        col_index = -1
        for event, element in iterparse(stream, events=("start", "end"), forbid_dtd=True):
            # Strict Open XML names the same elements in another namespace.
            tag = _NS + element.tag.rpartition("}")[2]
            if event == "start":
                if tag == f"{_NS}row":
                    r = element.get("r")
                    row_index = int(r) - 1 if r else row_index + 1
                    col_index = -1
                elif tag == f"{_NS}c":
                    ref = element.get("r")
                    col_index = _cell(ref)[1] if ref else col_index + 1
                continue
            if tag == f"{_NS}c":
                ns = element.tag.rpartition("}")[0] + "}"
                formula = element.find(f"{ns}f")
                if formula is not None:
                    value = element.find(f"{ns}v")
                    inline = element.find(f"{ns}is")
                    if value is None and inline is None:
                        found[(row_index, col_index)] = "=" + (formula.text or "")
                element.clear()
            elif tag == f"{_NS}row":
                element.clear()
    return found
