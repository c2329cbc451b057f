"""Checks an untrusted Word document before any parser reads it.

A partner's draft comes by e-mail like a workbook, and gets the same suspicion
(:mod:`~coopdesk.exchange.guard`). :func:`inspect_docx` refuses, each with one
sentence that says what to do:

- an OLE compound file: an encrypted (password-protected) document or an old .doc;
- an RTF or other non-zip file, a damaged or cut-short zip, a password-protected zip;
- a macro-enabled document (.docm, a ``vbaProject.bin`` part, a macro-enabled type);
- a zip bomb: declared sizes first (total, per part, ratio), then each part is
  unpacked as a stream with caps, so a part that unpacks to more than it declared is
  stopped as soon as it does;
- XML with a document type declaration (entity expansion, external entities): the
  prolog of every XML part goes through defusedxml with DTDs forbidden;
- a document part larger than CoopDesk reads (:data:`MAX_DOCUMENT_BYTES`), or any
  other XML part larger than :data:`MAX_OTHER_PART_BYTES`.

It returns where the parts are: the main document, its comments and numbering.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopdesk.errors import Text, msg
from coopdesk.exchange.guard import (
    _OLE_MAGIC,
    _ZIP_MAGICS,
    MAX_FILE_BYTES,
    MAX_PARTS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR_BYTES,
    _bomb,
    _is_encrypted_ole,
    _parse_small,
    open_checked,
    package_types,
    refuse,
    stream_parts,
)
from coopdesk.exchange.guard import _rels as _package_rels
from coopdesk.exchange.guard import _sender as _package_sender
from coopdesk.exchange.model import ImportRefused, Progress, no_progress

#: The main document part (the text and the table) CoopDesk reads, unpacked.
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
#: Any other part (styles, comments, numbering, images ...), unpacked.
MAX_OTHER_PART_BYTES = 64 * 1024 * 1024

_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOCUMENT_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)
_OTHER_OFFICE = {
    "spreadsheetml": msg("an Excel workbook; import it as .xlsx"),
    "presentationml": msg("a PowerPoint presentation"),
}
_SMALL_PART = 32 * 1024 * 1024


@dataclass(slots=True)
class DocxInfo:
    """Where to read an inspected document: its main part and the parts it relates."""

    path: Path
    document: str
    comments: str | None
    numbering: str | None
    custom_xml: list[str]
    sender: str


def inspect_docx(path: Path | str, progress: Progress = no_progress) -> DocxInfo:
    """Check a .docx before parsing; raise :class:`ImportRefused` with one sentence if unsafe."""
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
            path, msg("cannot be read: {reason}."), reason=str(exc.strerror or exc)
        ) from None
    if size == 0:
        raise refuse(path, msg("is empty."))
    if size > MAX_FILE_BYTES:
        raise refuse(
            path, msg("is {size} MB; CoopDesk imports documents up to 256 MB."), size=size // 2**20
        )
    if path.suffix.lower() == ".docm":
        raise _macro_refusal(path)
    if head.startswith(_OLE_MAGIC):
        if _is_encrypted_ole(path):
            raise refuse(
                path,
                msg(
                    "is an encrypted (password-protected) Word document; remove the password "
                    "in Word (File > Info > Protect Document > Encrypt with Password) and save "
                    "it again."
                ),
            )
        raise refuse(
            path,
            msg(
                "is an old Word 97-2003 (.doc) file, not a .docx document; open it in Word or "
                "LibreOffice, save it as a Word Document (.docx) and import that."
            ),
        )
    if head.startswith(b"{\\rtf"):
        raise refuse(
            path, msg("is an RTF file; save it as a Word Document (.docx) and import that.")
        )
    if not head.startswith(_ZIP_MAGICS):
        raise refuse(
            path, msg("is not a Word document: a .docx file is a zip archive and this one is not.")
        )
    with open_checked(path) as archive:
        return _inspect_archive(path, archive, progress)


def _macro_refusal(path: Path) -> ImportRefused:
    return refuse(
        path,
        msg(
            "is a macro-enabled Word document (.docm); CoopDesk does not open files with macros, "
            "so save it as a Word Document (.docx) without macros and import that."
        ),
    )


def _dtd_refusal(path: Path) -> ImportRefused:
    return refuse(
        path,
        msg(
            "contains XML document type declarations (entity expansion), which Word never "
            "writes, so it was not opened."
        ),
    )


def _too_big(path: Path, name: str, size: int, limit: int) -> ImportRefused:
    what = msg("its text") if name.endswith("document.xml") else msg("its part '{name}'")
    return refuse(
        path,
        msg(
            "is too large: {what} unpacks to {size} MB, and CoopDesk reads at most {limit} MB; "
            "split the plan into smaller documents."
        ),
        what=Text(what, name=name),
        size=size // 2**20,
        limit=limit // 2**20,
    )


def _limit(name: str, document: str | None) -> int:
    return MAX_DOCUMENT_BYTES if name == document else MAX_OTHER_PART_BYTES


def _inspect_archive(path: Path, archive: zipfile.ZipFile, progress: Progress) -> DocxInfo:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise refuse(
            path, msg("has {count} parts, more than any document CoopDesk reads."), count=len(infos)
        )
    names, overrides, all_types = package_types(
        path,
        archive,
        infos,
        macro_refusal=_macro_refusal,
        dtd_refusal=_dtd_refusal,
        opendocument=msg(
            "is an OpenDocument file (.odt); save it as a Word Document (.docx) and import that."
        ),
        other_zip=msg("is a zip archive but not a Word document."),
    )
    document = next((p for p, t in overrides.items() if t in _DOCUMENT_TYPES), None)
    if document is None:
        for key, what in _OTHER_OFFICE.items():
            if key in all_types:
                raise refuse(path, msg("is {what}, not a Word document."), what=Text(what))
        document = next(
            (
                p
                for t, p in _rels(path, archive, names, "").values()
                if t.endswith("/officeDocument")
            ),
            None,
        )
    if document is None or document not in names:
        raise refuse(path, msg("is a zip archive but not a Word document."))
    _check_declared(path, infos, document)
    _stream_parts(path, infos, document, progress)
    rels = _rels(path, archive, names, document)
    comments = numbering = None
    custom: list[str] = []
    for rel_type, part in rels.values():
        if part not in names:
            continue
        if rel_type.endswith("/comments"):
            comments = part
        elif rel_type.endswith("/numbering"):
            numbering = part
        elif rel_type.endswith("/customXml"):
            custom.append(part)
    return DocxInfo(path, document, comments, numbering, custom, _sender(path, archive, names))


def _check_declared(path: Path, infos: list[zipfile.ZipInfo], document: str) -> None:
    """Refuse on what the zip directory says, before anything is decompressed."""
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise refuse(
                path,
                msg(
                    "is a password-protected zip archive; save the document again without a "
                    "password."
                ),
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refuse(
                path, msg("uses a compression method Word does not write; save it again in Word.")
            )
        total += info.file_size
        packed = max(info.compress_size, 1)
        if total > MAX_TOTAL_BYTES or (
            info.file_size > RATIO_FLOOR_BYTES and info.file_size / packed > MAX_RATIO
        ):
            raise _bomb(path)
        limit = _limit(info.filename, document)
        if info.file_size > limit:
            raise _too_big(path, info.filename, info.file_size, limit)


def _stream_parts(
    path: Path, infos: list[zipfile.ZipInfo], document: str, progress: Progress
) -> None:
    """Unpack every part as a stream with caps, and check each XML part's prolog."""

    def cap(info: zipfile.ZipInfo, unpacked: int) -> None:
        limit = _limit(info.filename, document)
        if unpacked > limit:
            raise _too_big(path, info.filename, unpacked, limit)

    stream_parts(path, infos, progress, dtd_refusal=_dtd_refusal, cap=cap)


def _parse(path: Path, archive: zipfile.ZipFile, name: str) -> Any:
    return _parse_small(path, archive, name, _dtd_refusal)


def _rels(
    path: Path, archive: zipfile.ZipFile, names: dict[str, Any], part: str
) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part) for ``part`` ("" for the package)."""
    return _package_rels(path, archive, names, part, _dtd_refusal)


def _sender(path: Path, archive: zipfile.ZipFile, names: dict[str, Any]) -> str:
    """Who last saved the document, from its core properties ("" if unknown)."""
    return _package_sender(path, archive, names, _dtd_refusal)
