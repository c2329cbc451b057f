"""Checks an untrusted workbook before any parser reads it.

Partner files come by e-mail from outside the ministry, so an ``.xlsx`` is treated as
hostile until shown otherwise. :func:`inspect_xlsx` refuses, each with one sentence
that says what to do:

- a file that is not a zip archive, or a zip that is cut short or damaged;
- an OLE compound file named .xlsx: an encrypted (password-protected) workbook or an
  old .xls;
- a macro-enabled workbook (a ``vbaProject.bin`` part or a macro-enabled content type);
- a zip bomb: the *declared* sizes are checked first (total, per part, ratio), then
  every part is decompressed as a stream with a cap, so a part that unpacks to more
  than it declared is stopped as soon as it does;
- XML with a document type declaration (entity expansion, "billion laughs", external
  entities): the prolog of every XML part goes through defusedxml with DTDs
  forbidden. A DTD can only stand before the root element, so reading each prolog
  is a complete check, and it costs nothing on a 100 MB sheet;
- a worksheet with more cells than CoopDesk imports.

It also reads what the parsers need to be pointed at: the first *visible* worksheet
(not a hidden draft), CoopDesk's metadata sheet if there is one, who last saved the
file, and the real extent of the sheet's cells, so that a sheet whose ``<dimension>``
is wrong, or which has one lone cell in row 1,048,576, is read by the cells it has.
The extent is where calamine would place each cell: by the cell's own reference
(a cell numbered past its row counts where it says; a row without cells places
nothing), and for rows and cells written without one, after the row or cell before
(calamine builds the whole grid between, and a grid of billions of cells would end
the process).

The Word guard (:mod:`coopdesk.exchange.docx_guard`) checks its packages with the
same streaming check (:func:`stream_parts`).
"""

from __future__ import annotations

import builtins
import codecs
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, fromstring

from coopdesk.errors import Text, msg
from coopdesk.exchange.model import ImportRefused, Progress, no_progress

#: Compressed size of a workbook CoopDesk opens at all.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Uncompressed size of all parts together, and of any one part.
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_PART_BYTES = 512 * 1024 * 1024
#: A part larger than this must not be packed tighter than MAX_RATIO to one.
RATIO_FLOOR_BYTES = 16 * 1024 * 1024
MAX_RATIO = 250
MAX_PARTS = 10_000
#: Cells of the grid a sheet may span when read whole (a 100,000-measure plan spans
#: about 2.6 million, counting 26 columns).
MAX_AREA = 10_000_000
#: Small XML parts (workbook, relationships, content types) are read whole.
MAX_SMALL_PART = 32 * 1024 * 1024
#: The name of CoopDesk's metadata sheet in its own exports.
META_SHEET = "CoopDesk"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_CHUNK = 1 << 20

_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# Strict Open XML (ISO/IEC 29500 Strict) names the same elements in other namespaces.
_NS_MAIN_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_NS_REL_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_NS_DC = "http://purl.org/dc/elements/1.1/"
_NS_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_WORKBOOK_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
)
_OTHER_OFFICE = {
    "wordprocessingml": msg("is a Word document, not an Excel workbook."),
    "presentationml": msg("is a PowerPoint presentation, not an Excel workbook."),
}

# Every row and cell reference (r="12", r="C12", r="AB12"): the group is the row number
# alone for a single-letter column, so that a sheet gives few distinct values (about one
# per row), and the whole reference for a column beyond Z. A cell's own reference, not
# its row's, places it: both are read, so a cell numbered past its row is seen.
_REF_RX = re.compile(rb'r="(?:[A-Z](?=\d))?(\d+|[A-Z]{2,3}\d+)"')
_LETTERS_RX = re.compile(rb"[A-Z]+")
_DIGITS_RX = re.compile(rb"\d+")
# A row or cell element whose first attribute is not its reference (a writer that leaves
# the numbers out, or puts them later): such slices are walked element by element.
_UNNUMBERED = {
    b"": (
        re.compile(rb'<row(?=[\s/>])(?! r="\d)'),
        re.compile(rb'<c(?=[\s/>])(?! r="[A-Z]{1,3}\d)'),
    )
}
_ELEMENT_RX = {
    b"": re.compile(rb"<(row|c)(?=[\s/>])([^>]*)>"),
}
_ROW_NUMBERS: dict[bytes, re.Pattern[bytes]] = {}
_EMPTY_ROWS: dict[bytes, re.Pattern[bytes]] = {}
_ODD_CELL: dict[tuple[bytes, int], re.Pattern[bytes]] = {}
_ATTR_REF_RX = re.compile(rb'\sr\s*=\s*["\']([A-Z]{0,3})(\d*)["\']')
_ROOT_PREFIX_RX = re.compile(rb"<([A-Za-z_][\w.-]*:)?worksheet[\s>]")
_FORMULA_RX = re.compile(rb"<f[\s>/]")
# Bytes that are not control characters (tab, newline and return are allowed in XML).
_PLAIN_BYTES = bytes(range(0x20, 256)) + b"\t\n\r"
_ODD_ESCAPE_RX = re.compile(rb"_x(?:00[01][0-9a-fA-F]|[fF]{3}[eEfF])_|\xef\xbf[\xbe\xbf]")
_MERGE_RX = re.compile(rb"<mergeCell\b[^>]*?\sref=\"([A-Z]+\d+(?::[A-Z]+\d+)?)\"")


@dataclass(slots=True)
class SheetStats:
    """What the stream of a worksheet part showed about its cells."""

    max_row: int = 0
    max_col: int = 26  # single-letter columns are not told apart; assume up to Z
    bytes: int = 0
    has_formulas: bool = False
    merged: list[str] = field(default_factory=list)
    #: A control character XML forbids, or U+FFFE / U+FFFF, raw or escaped (_x0001_).
    odd_chars: bool = False
    #: Whether the part holds cells (a sheet) or only text (the shared strings).
    cells: bool = True
    #: Whether the scan looks for formulas, forbidden characters and merged ranges too
    #: (see :func:`scan_contents`).
    contents: bool = True
    #: The namespace prefix of the sheet's elements ("x:" in <x:row>), once seen.
    prefix: builtins.bytes | None = None
    #: Where a reader that counts unnumbered rows and cells stands (see _walk_elements).
    row: int = 0
    col: int = 0
    #: An unnumbered row or cell was seen: its slice was walked element by element.
    walked: bool = False

    @property
    def area(self) -> int:
        """How many cells a reader that builds the whole grid would make (at most)."""
        return self.max_row * self.max_col

    @property
    def sparse(self) -> bool:
        """Whether a grid reader would build far more empty cells than the sheet has.

        A cell takes at least a dozen bytes of XML, so the sheet has at most
        ``bytes / 12`` of them. A lone cell in row 1,048,576 makes a grid of a million
        rows from a few hundred bytes; such sheets are read cell by cell instead.
        """
        return self.area > 4 * (self.bytes // 12) + 1_000_000


@dataclass(slots=True)
class WorkbookInfo:
    """Where to read an inspected workbook, and what its sheet holds."""

    path: Path
    sheet_name: str
    sheet_part: str
    meta_part: str | None
    sender: str
    stats: SheetStats
    #: The shared strings part, if the workbook has one.
    strings_part: str | None = None


def refuse(path: Path | str, reason: str, /, **params: object) -> ImportRefused:
    """A refusal naming the file: "'plan.xlsx' <reason>" (``reason`` a template)."""
    return ImportRefused(
        msg("'{file}' {reason}"), file=Path(path).name, reason=Text(reason, **params)
    )


def inspect_xlsx(
    path: Path | str, progress: Progress = no_progress, *, contents: bool = True
) -> WorkbookInfo:
    """Check an .xlsx before parsing; raise :class:`ImportRefused` with one sentence if unsafe.

    ``contents=False`` leaves out what is not about safety (formulas, forbidden
    characters, merged ranges): :func:`scan_contents` finds those later, for instance
    while calamine reads the sheet.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise refuse(path, msg("does not exist.")) from None
    except IsADirectoryError:
        raise refuse(path, msg("is a folder, not a file.")) from None
    except OSError as exc:
        raise refuse(
            path, msg("cannot be read: {reason}."), reason=exc.strerror or str(exc)
        ) from None
    if size == 0:
        raise refuse(path, msg("is empty."))
    if size > MAX_FILE_BYTES:
        raise refuse(
            path, msg("is {size} MB; CoopDesk imports workbooks up to 256 MB."), size=size // 2**20
        )
    if head.startswith(_OLE_MAGIC):
        if _is_encrypted_ole(path):
            raise refuse(
                path,
                msg(
                    "is an encrypted (password-protected) workbook; remove the password in "
                    "Excel (File > Info > Protect Workbook) and save it again."
                ),
            )
        raise refuse(
            path,
            msg(
                "is an old Excel 97-2003 (.xls) file or another Office document, not an .xlsx "
                "workbook; save it as an Excel Workbook (.xlsx) and import that."
            ),
        )
    if not head.startswith(_ZIP_MAGICS):
        raise refuse(
            path,
            msg("is not an Excel workbook: an .xlsx file is a zip archive and this one is not."),
        )
    with open_checked(path) as archive:
        return _inspect_archive(path, archive, progress, contents)


def open_checked(path: Path) -> zipfile.ZipFile:
    """An untrusted package's archive (:func:`open_package`), or a refusal in one
    sentence when it cannot be opened (shared by the workbook and the Word guards)."""
    try:
        return open_package(path)
    except PartNamedTwice:
        raise refuse(
            path, msg("is damaged: two of its parts have the same name; ask for it again.")
        ) from None
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise refuse(
            path, msg("is damaged or incomplete (its zip archive is cut short); ask for it again.")
        ) from None


class PartNamedTwice(zipfile.BadZipFile):
    """Two entries of a package are one part once their names are read as Office reads
    them ("xl/a.xml" and "xl\\a.xml")."""


def open_package(path: Path | str) -> zipfile.ZipFile:
    """The zip archive of an Office package, its part names as the package means them.

    Some Windows tools write part names with backslashes ("xl\\workbook.xml"); Excel
    and calamine read them as "/" (and so does Python's zipfile on Windows, but not
    elsewhere). Two entries that then share a name make the package ambiguous:
    :class:`PartNamedTwice`.
    """
    archive = zipfile.ZipFile(path)
    infos = archive.infolist()
    if any("\\" in info.filename for info in infos):
        for info in infos:
            info.filename = info.filename.replace("\\", "/")
        archive.NameToInfo = {info.filename: info for info in infos}
        if len(archive.NameToInfo) != len(infos):
            archive.close()
            raise PartNamedTwice("two parts of the same name")
    return archive


def _inspect_archive(
    path: Path, archive: zipfile.ZipFile, progress: Progress, contents: bool
) -> WorkbookInfo:
    infos = archive.infolist()
    _check_declared(path, infos)
    names, overrides, all_types = package_types(
        path,
        archive,
        infos,
        macro_refusal=_macro_refusal,
        dtd_refusal=_dtd_refusal,
        opendocument=msg(
            "is an OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx) "
            "and import that."
        ),
        other_zip=msg("is a zip archive but not an Excel workbook."),
    )
    workbook = next((p for p, t in overrides.items() if t in _WORKBOOK_TYPES), None)
    if workbook is None:
        for key, what in _OTHER_OFFICE.items():
            if key in all_types:
                raise refuse(path, what)
        # Packaging tools (.NET's System.IO.Packaging among them) may declare content
        # types by extension only: the package's own relationship then names the
        # main document, and a workbook is one whose part lists sheets.
        workbook = _office_document(path, archive, names)
        if workbook is None:
            raise refuse(path, msg("is a zip archive but not an Excel workbook."))
    sheet_name, sheet_part, meta_part = _find_sheets(path, archive, names, workbook)
    sender = _sender(path, archive, names)
    stats = SheetStats(contents=contents)
    meta_stats = SheetStats()
    scans = {sheet_part: stats}
    if meta_part is not None and meta_part != sheet_part:
        scans[meta_part] = meta_stats
    strings = _strings_part(names)
    if contents and strings is not None:
        # The shared strings hold most of the text: looked at for forbidden characters.
        scans[strings] = SheetStats(cells=False)
    stream_parts(path, infos, progress, dtd_refusal=_dtd_refusal, scans=scans)
    if contents and strings is not None:
        stats.odd_chars = stats.odd_chars or scans[strings].odd_chars
    if meta_part is not None and (meta_stats.sparse or meta_stats.area > MAX_AREA):
        raise refuse(path, msg("has a damaged CoopDesk metadata sheet; export the plan again."))
    if not stats.sparse and stats.area > MAX_AREA:
        raise refuse(
            path,
            msg(
                "is too large: sheet '{sheet}' runs to row {row:,}, and CoopDesk imports "
                "sheets of up to {rows:,} rows."
            ),
            sheet=sheet_name,
            row=stats.max_row,
            rows=MAX_AREA // stats.max_col,
        )
    return WorkbookInfo(path, sheet_name, sheet_part, meta_part, sender, stats, strings)


def package_types(
    path: Path,
    archive: zipfile.ZipFile,
    infos: list[zipfile.ZipInfo],
    *,
    macro_refusal: Callable[[Path], ImportRefused],
    dtd_refusal: Callable[[Path], ImportRefused],
    opendocument: str,
    other_zip: str,
) -> tuple[dict[str, zipfile.ZipInfo], dict[str, str], str]:
    """An Office package's parts by name, its declared content types, and all of them
    as one text (overrides and extension defaults), for the workbook and Word guards.

    Refuses, in the words of the package's kind: macros (a ``vbaProject.bin`` part or a
    macro-enabled type), an OpenDocument file (``opendocument``) and any other zip
    without content types (``other_zip``).
    """
    names = {info.filename: info for info in infos}
    lowered = {name.lower(): name for name in names}
    if any(name.endswith("vbaproject.bin") for name in lowered):
        raise macro_refusal(path)
    if "[content_types].xml" not in lowered:
        if "mimetype" in names and b"opendocument" in _read_small(path, archive, "mimetype"):
            raise refuse(path, opendocument)
        raise refuse(path, other_zip)
    types = _parse_small(path, archive, lowered["[content_types].xml"], dtd_refusal)
    overrides = {
        _part_name(o.get("PartName", "")): o.get("ContentType", "")
        for o in types.iter(f"{{{_NS_CT}}}Override")
    }
    all_types = " ".join(overrides.values()) + " ".join(
        d.get("ContentType", "") for d in types.iter(f"{{{_NS_CT}}}Default")
    )
    if "macroenabled" in all_types.lower() or "vbaproject" in all_types.lower():
        raise macro_refusal(path)
    return names, overrides, all_types


def _strings_part(names: Iterable[str]) -> str | None:
    return next((n for n in names if n.lower().endswith("sharedstrings.xml")), None)


def _macro_refusal(path: Path) -> ImportRefused:
    return refuse(
        path,
        msg(
            "is a macro-enabled workbook; CoopDesk does not open files with macros, so save it "
            "as an Excel Workbook (.xlsx) without macros and import that."
        ),
    )


def _bomb(path: Path) -> ImportRefused:
    return refuse(
        path,
        msg(
            "unpacks to far more data than a plan of measures holds (a possible zip bomb), so "
            "it was not opened."
        ),
    )


def _check_declared(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse on what the zip directory says, before anything is decompressed."""
    if len(infos) > MAX_PARTS:
        raise refuse(
            path,
            msg("has {count:,} parts, more than any workbook CoopDesk reads."),
            count=len(infos),
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise refuse(
                path,
                msg(
                    "is a password-protected zip archive; save the workbook again without a "
                    "password."
                ),
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refuse(
                path,
                msg("uses a compression method Excel does not write; save it again in Excel."),
            )
        total += info.file_size
        if info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
            raise _bomb(path)
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size / packed > MAX_RATIO:
            raise _bomb(path)


def _part_name(name: str) -> str:
    return name.lstrip("/")


def _read_small(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    """A whole small part, decompressed with a cap."""
    chunks = []
    total = 0
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > MAX_SMALL_PART:
                    raise _bomb(path)
                chunks.append(chunk)
    except (zipfile.BadZipFile, EOFError, zlib.error, OSError):
        raise _damaged(path) from None
    return b"".join(chunks)


def _damaged(path: Path) -> ImportRefused:
    return refuse(
        path, msg("is damaged (a part of its zip archive cannot be unpacked); ask for it again.")
    )


def _parse_small(
    path: Path,
    archive: zipfile.ZipFile,
    name: str,
    dtd_refusal: Callable[[Path], ImportRefused] | None = None,
) -> Any:
    """A small XML part parsed with DTDs and entities forbidden (shared with the Word
    guard, whose ``dtd_refusal`` speaks of Word)."""
    data = _read_small(path, archive, name)
    try:
        return fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise (dtd_refusal or _dtd_refusal)(path) from None
    except ParseError:
        raise refuse(
            path,
            msg("is damaged: its part '{part}' is not well-formed XML; ask for it again."),
            part=name,
        ) from None


def _dtd_refusal(path: Path) -> ImportRefused:
    return refuse(
        path,
        msg(
            "contains XML document type declarations (entity expansion), which Excel never "
            "writes, so it was not opened."
        ),
    )


def _rels(
    path: Path,
    archive: zipfile.ZipFile,
    names: Mapping[str, Any],
    part: str,
    dtd_refusal: Callable[[Path], ImportRefused] | None = None,
) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part) for ``part`` ("" for the package)."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in names:
        return {}
    root = _parse_small(path, archive, rels_name, dtd_refusal)
    out = {}
    for rel in root.iter(f"{{{_NS_PKG_REL}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        if target.startswith("/"):
            resolved = target.lstrip("/")
        else:
            resolved = posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id", "")] = (rel.get("Type", ""), resolved)
    return out


def _office_document(path: Path, archive: zipfile.ZipFile, names: dict) -> str | None:
    """The main part the package relationships name, if it is a workbook; else None."""
    for rel_type, part in _rels(path, archive, names, "").values():
        if rel_type.endswith("/officeDocument") and part in names:
            root = _parse_small(path, archive, part)
            if root.tag in (f"{{{_NS_MAIN}}}workbook", f"{{{_NS_MAIN_STRICT}}}workbook"):
                return part
    return None


def _find_sheets(
    path: Path, archive: zipfile.ZipFile, names: dict, workbook: str
) -> tuple[str, str, str | None]:
    """(name, part) of the first visible worksheet, and the part of CoopDesk's metadata sheet."""
    if workbook not in names:
        raise refuse(path, msg("is damaged: its workbook part is missing; ask for it again."))
    root = _parse_small(path, archive, workbook)
    rels = _rels(path, archive, names, workbook)
    first: tuple[str, str] | None = None
    meta: str | None = None
    hidden_only = False
    strict = root.tag == f"{{{_NS_MAIN_STRICT}}}workbook"
    main, rel_ns = (_NS_MAIN_STRICT, _NS_REL_STRICT) if strict else (_NS_MAIN, _NS_REL)
    for sheet in root.iter(f"{{{main}}}sheet"):
        name = sheet.get("name", "")
        rel_type, part = rels.get(sheet.get(f"{{{rel_ns}}}id", ""), ("", ""))
        if not rel_type.endswith("/worksheet") or part not in names:
            continue
        if name == META_SHEET:
            meta = part
        if sheet.get("state", "visible") != "visible":
            hidden_only = True
            continue
        if first is None:
            first = (name, part)
    if first is None:
        if hidden_only:
            raise refuse(path, msg("has no visible worksheet (every worksheet in it is hidden)."))
        raise refuse(path, msg("has no worksheet (only chart sheets or none at all)."))
    return first[0], first[1], meta


def _sender(
    path: Path,
    archive: zipfile.ZipFile,
    names: Mapping[str, Any],
    dtd_refusal: Callable[[Path], ImportRefused] | None = None,
) -> str:
    """Who last saved the package, from its core document properties ("" if unknown)."""
    rels = _rels(path, archive, names, "", dtd_refusal)
    core = next((p for t, p in rels.values() if t.endswith("/core-properties")), None)
    if core is None or core not in names:
        return ""
    root = _parse_small(path, archive, core, dtd_refusal)
    for tag in (f"{{{_NS_CP}}}lastModifiedBy", f"{{{_NS_DC}}}creator"):
        element = root.find(tag)
        if element is not None and (element.text or "").strip():
            return " ".join(element.text.split())[:200]
    return ""


class _PrologDone(Exception):
    """The root element began: the prolog held no DTD."""


class _StopAtRoot:
    """An ElementTree target that stops the parser at the first element."""

    def start(self, _tag, _attrs) -> None:
        raise _PrologDone

    def close(self) -> None:
        return None


def stream_parts(
    path: Path,
    infos: list[zipfile.ZipInfo],
    progress: Progress,
    *,
    dtd_refusal: Callable[[Path], ImportRefused],
    cap: Callable[[zipfile.ZipInfo, int], None] | None = None,
    scans: Mapping[str, SheetStats] | None = None,
) -> None:
    """Unpack every part of an Office package as a stream and check it on the way.

    Each part is refused as a zip bomb past its declared size or the package's total,
    as damaged when it unpacks to less or not at all; each XML part's prolog must hold
    no DTD (``dtd_refusal`` says so in the words of the package's kind), and must be
    well-formed up to its root element. ``cap(info, unpacked)`` may refuse a part
    earlier (the Word guard's per-part limits); the parts named in ``scans`` are
    scanned as worksheets (or text) into their :class:`SheetStats`. Shared by the
    workbook and the Word guards.
    """
    total_declared = sum(i.file_size for i in infos) or 1
    done = 0
    for info in infos:
        if info.is_dir():
            continue
        lower = info.filename.lower()
        is_xml = lower.endswith((".xml", ".rels"))
        is_text = is_xml or lower.endswith(".vml")
        parser = DefusedXMLParser(target=_StopAtRoot(), forbid_dtd=True) if is_xml else None
        stats = scans.get(info.filename) if scans is not None else None
        carry = b""
        seen = 0
        utf8 = _Utf8()
        try:
            for chunk in _unpacked(path, info):
                seen += len(chunk)
                if seen > info.file_size or done + seen > MAX_TOTAL_BYTES:
                    raise _bomb(path)
                if cap is not None:
                    cap(info, seen)
                if parser is not None:
                    try:
                        parser.feed(chunk)
                    except _PrologDone:
                        parser = None
                    except DefusedXmlException:
                        raise dtd_refusal(path) from None
                    except ParseError:
                        raise refuse(
                            path,
                            msg(
                                "is damaged: its part '{part}' is not well-formed XML; ask "
                                "for it again."
                            ),
                            part=info.filename,
                        ) from None
                elif is_text and not is_xml and (b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk):
                    raise dtd_refusal(path)
                if stats is not None:
                    # Cut at the last ">" so no tag is split between two scans.
                    data = carry + utf8(chunk)
                    cut = data.rfind(b">") + 1
                    _scan_sheet(data[:cut], stats)
                    carry = data[cut:]
                progress(done + seen, total_declared, "check")
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError, struct.error):
            raise _damaged(path) from None
        # Fewer bytes than declared is a damaged part (the readers check the CRCs).
        if seen != info.file_size:
            raise _damaged(path)
        if stats is not None and carry:
            _scan_sheet(carry, stats)
        done += seen


class _Utf8:
    """A part's chunks as UTF-8 for the byte scanners, whatever the XML is written in.

    XML may be UTF-16 (PhpSpreadsheet's tests hold such workbooks, and Excel opens
    them); its first bytes tell (a byte order mark, or "<" with a zero byte), and the
    chunks are then decoded on the way, a character split between two chunks kept for
    the next.
    """

    def __init__(self) -> None:
        self._decoder: codecs.IncrementalDecoder | None = None
        self._first = True

    def __call__(self, chunk: bytes) -> bytes:
        if self._first and chunk:
            self._first = False
            encoding = _utf16_of(chunk[:4])
            if encoding is not None:
                self._decoder = codecs.getincrementaldecoder(encoding)("replace")
        if self._decoder is None:
            return chunk
        return self._decoder.decode(chunk).encode("utf-8", "surrogatepass")


def _utf16_of(head: bytes) -> str | None:
    """The UTF-16 codec the first bytes of an XML part name, or None for UTF-8."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"  # the mark says which order, and is dropped
    if head.startswith(b"<\x00"):
        return "utf-16-le"
    if head.startswith(b"\x00<"):
        return "utf-16-be"
    return None


def _unpacked(path: Path, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The decompressed bytes of one part, in chunks of at most a megabyte.

    Read from the raw data rather than through ``zipfile``, which stops at the size
    the directory declares: a part that unpacks to more is a zip bomb (the parsers
    behind would unpack all of it), and this sees it after one chunk too many.
    """
    with path.open("rb") as fh:
        fh.seek(info.header_offset)
        header = fh.read(30)
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            raise zipfile.BadZipFile("bad local header")
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        fh.seek(info.header_offset + 30 + name_length + extra_length)
        left = info.compress_size
        inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        while left > 0:
            raw = fh.read(min(_CHUNK, left))
            if not raw:
                raise EOFError("the archive ends inside a part")
            left -= len(raw)
            if inflater is None:
                yield raw
                continue
            chunk = inflater.decompress(raw, _CHUNK)
            while chunk:
                yield chunk
                chunk = (
                    inflater.decompress(inflater.unconsumed_tail, _CHUNK)
                    if inflater.unconsumed_tail
                    else b""
                )
        if inflater is not None:
            rest = inflater.flush()
            if rest:
                yield rest


def _scan_sheet(data: bytes, stats: SheetStats) -> None:
    """Find the far edges of a slice of worksheet XML (and formulas, merged ranges).

    Runs over every byte of a sheet that may be 100 MB, so it uses only what runs at
    C speed: one regular expression with a literal start, a few searches. The edges are
    where calamine would place cells, whose grid it allocates whole: a cell's own
    reference counts, and a row or cell without one follows the one before it.
    """
    stats.bytes += len(data)
    if not stats.cells:
        _scan_text(data, stats)
        return
    if stats.prefix is None:
        root = _ROOT_PREFIX_RX.search(data)
        if root is not None:
            stats.prefix = root.group(1) or b""
    prefix = stats.prefix or b""
    if _plain_slice(data, prefix, stats):
        if stats.contents:
            _scan_contents(data, stats)
        return
    rows_rx, cells_rx = _unnumbered(prefix)
    if rows_rx.search(data) or cells_rx.search(data):
        stats.walked = True
        _walk_elements(data, prefix, stats)
    else:
        refs = set(_REF_RX.findall(data))
        if refs:
            rows = [r for r in refs if r[0] < 65]  # digits first: a row number
            wide = refs.difference(rows)
            if rows:
                stats.max_row = max(stats.max_row, max(map(int, rows)))
            for ref in wide:
                letters = _LETTERS_RX.match(ref)
                assert letters is not None
                stats.max_row = max(stats.max_row, int(ref[letters.end() :]))
                stats.max_col = max(stats.max_col, _column_index(letters.group().decode()) + 1)
        # Where a walk of a later slice starts: after this slice's last row, and (not
        # knowing its last cell) after the farthest column: over, never under.
        last = data.rfind(b"<" + prefix + b'row r="')
        if last >= 0:
            digits = _DIGITS_RX.match(data, last + len(prefix) + 8)
            if digits is not None:
                stats.row = int(digits.group())
        stats.col = stats.max_col
    if stats.contents:
        _scan_contents(data, stats)


def _plain_slice(data: bytes, prefix: bytes, stats: SheetStats) -> bool:
    """Take a slice as Excel and most writers write it, in two passes; False if it is not.

    Plain means: every row numbered first thing (``<row r="12"``), and every cell
    referenced first thing in a single-letter column at a row no further than the
    farthest row numbered so far (``<c r="C12"``). Then the far edges are the rows'
    numbers and column Z, and no cell's reference needs reading on its own: one
    search for a cell that is *not* so finds any cell numbered past the rows, in a
    column beyond Z, or without a reference. Anything else is read cell by cell.
    """
    numbers = _row_numbers(prefix).findall(data)
    if b"" in numbers:  # a row without its number first
        return False
    filled = numbers
    if numbers and len(set(numbers)) == len(numbers):
        # A row without cells (<row r="1048576" ht="16.5"/>, a height set on the last
        # row) places nothing; calamine's grid ends at the last cell.
        empty = set(_empty_rows(prefix).findall(data))
        if empty:
            filled = [n for n in numbers if n not in empty]
    farthest = max(stats.max_row, max(map(int, filled))) if filled else stats.max_row
    if _odd_cell(prefix, farthest).search(data):
        return False
    stats.max_row = farthest
    if numbers:
        stats.row = int(numbers[-1])
    stats.col = stats.max_col
    return True


def _prefixed(
    cache: dict[bytes, re.Pattern[bytes]], prefix: bytes, tail: bytes
) -> re.Pattern[bytes]:
    """``<`` + the sheet's namespace prefix + ``tail``, compiled once per prefix."""
    found = cache.get(prefix)
    if found is None:
        found = cache[prefix] = re.compile(rb"<" + re.escape(prefix) + tail)
    return found


def _row_numbers(prefix: bytes) -> re.Pattern[bytes]:
    return _prefixed(_ROW_NUMBERS, prefix, rb'row(?=[\s/>])(?: r="(\d+)")?')


def _empty_rows(prefix: bytes) -> re.Pattern[bytes]:
    """The numbers of the row elements that close themselves, holding no cell."""
    return _prefixed(_EMPTY_ROWS, prefix, rb'row r="(\d+)"[^>]*/>')


def _odd_cell(prefix: bytes, farthest: int) -> re.Pattern[bytes]:
    """A cell element that is not ``<c r="X<n>"`` with 1 <= n <= ``farthest``."""
    key = (prefix, farthest)
    found = _ODD_CELL.get(key)
    if found is None:
        if len(_ODD_CELL) > 256:
            _ODD_CELL.clear()
        found = _ODD_CELL[key] = re.compile(
            rb"<" + re.escape(prefix) + rb'c(?=[\s/>])(?! r="[A-Z]'
            + _at_most(farthest).encode() + rb'")'
        )  # fmt: skip
    return found


def _at_most(n: int) -> str:
    """A regular expression for the decimal numbers 1 to ``n`` (no leading zeros)."""
    if n < 1:
        return "(?!)"
    digits = str(n)
    width = len(digits)
    choices = []
    for i, digit in enumerate(digits):
        # ``n``'s first i digits, then a smaller digit, then any digits to its width.
        low, high = (1 if i == 0 else 0), int(digit) - 1
        if high >= low:
            rest = width - i - 1
            choices.append(digits[:i] + f"[{low}-{high}]" + (rf"\d{{{rest}}}" if rest else ""))
    choices.append(digits)
    if width > 1:  # fewer digits
        choices.append(rf"[1-9]\d{{0,{width - 2}}}")
    return "(?:" + "|".join(choices) + ")"


def _scan_contents(data: bytes, stats: SheetStats) -> None:
    """Formulas, forbidden characters and merged ranges in a slice of a sheet."""
    if not stats.has_formulas and _FORMULA_RX.search(data):
        stats.has_formulas = True
    _scan_text(data, stats)
    if b"<mergeCell" in data:
        stats.merged.extend(m.group(1).decode() for m in _MERGE_RX.finditer(data))


def _scan_text(data: bytes, stats: SheetStats) -> None:
    """Whether the slice holds a character XML forbids, raw or escaped."""
    if not stats.odd_chars and (
        data.translate(None, _PLAIN_BYTES)
        or ((b"_x" in data or b"\xef\xbf" in data) and _ODD_ESCAPE_RX.search(data))
    ):
        stats.odd_chars = True


def scan_contents(info: WorkbookInfo) -> None:
    """Find what :func:`inspect_xlsx` left out with ``contents=False``, into ``info.stats``.

    The parts were checked already (sizes, prologs): they are unpacked again, which
    costs a fraction of the first pass and runs while calamine reads, on another core.
    """
    stats = info.stats
    parts = [(info.sheet_part, stats)]
    if info.strings_part is not None:
        parts.append((info.strings_part, SheetStats(cells=False)))
    try:
        _scan_parts(info, parts)
    except (zipfile.BadZipFile, EOFError, zlib.error, OSError, struct.error, KeyError):
        raise _damaged(info.path) from None
    stats.contents = True


def _scan_parts(info: WorkbookInfo, parts: list[tuple[str, SheetStats]]) -> None:
    stats = info.stats
    with open_package(info.path) as archive:
        for name, target in parts:
            carry = b""
            utf8 = _Utf8()
            for chunk in _unpacked(info.path, archive.getinfo(name)):
                data = carry + utf8(chunk)
                cut = data.rfind(b">") + 1
                if target.cells:
                    _scan_contents(data[:cut], target)
                else:
                    _scan_text(data[:cut], target)
                carry = data[cut:]
            if carry:
                _scan_text(carry, target)
            stats.odd_chars = stats.odd_chars or target.odd_chars


def _unnumbered(prefix: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    found = _UNNUMBERED.get(prefix)
    if found is None:
        name = re.escape(prefix)
        found = _UNNUMBERED[prefix] = (
            re.compile(rb"<" + name + rb'row(?=[\s/>])(?! r="\d)'),
            re.compile(rb"<" + name + rb'c(?=[\s/>])(?! r="[A-Z]{1,3}\d)'),
        )
    return found


def _walk_elements(data: bytes, prefix: bytes, stats: SheetStats) -> None:
    """Place every row and cell of a slice as calamine does, numbered or not.

    A row without a number is the one after the previous row; a cell without a
    reference is in its row, one column after the previous cell.
    """
    rx = _ELEMENT_RX.get(prefix)
    if rx is None:
        rx = _ELEMENT_RX[prefix] = re.compile(
            rb"<" + re.escape(prefix) + rb"(row|c)(?=[\s/>])([^>]*)>"
        )
    row, col = stats.row, stats.col
    max_row, max_col = stats.max_row, stats.max_col
    for match in rx.finditer(data):
        ref = _ATTR_REF_RX.search(match.group(2))
        if match.group(1) == b"row":
            row = int(ref.group(2)) if ref is not None and ref.group(2) else row + 1
            col = 0
            if not match.group(2).rstrip().endswith(b"/"):  # a row without cells: none
                max_row = max(max_row, row)
            continue
        if ref is not None and ref.group(1) and ref.group(2):
            col = _column_index(ref.group(1).decode()) + 1
            max_row = max(max_row, int(ref.group(2)))
        else:
            col += 1
            max_row = max(max_row, row)
        max_col = max(max_col, col)
    stats.row, stats.col = row, col
    stats.max_row, stats.max_col = max_row, max_col


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def _is_encrypted_ole(path: Path) -> bool:
    """Whether an OLE compound file holds an encrypted OOXML package.

    Encrypted workbooks are OLE files with "EncryptionInfo" and "EncryptedPackage"
    streams; the directory stores those names in UTF-16.
    """
    marker = "EncryptedPackage".encode("utf-16-le")
    tail = b""
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            if marker in tail + chunk:
                return True
            tail = chunk[-len(marker) :]
    return False
