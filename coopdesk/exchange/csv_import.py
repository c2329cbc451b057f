"""Reads a CSV file into a :class:`SheetGrid`, the way Excel writes them.

Excel's "CSV" depends on the Windows locale: with a Russian or Kazakh locale it
separates with semicolons and writes Windows-1251; "CSV UTF-8" adds a byte-order
mark; "Unicode text" is UTF-16 with tabs. The encoding is taken from a BOM, else
UTF-8 if the bytes are valid UTF-8, else Windows-1251. The separator is the one of
``;`` ``,`` and tab that splits the first lines most consistently (outside quotes).
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from coopdesk.errors import msg
from coopdesk.exchange.guard import refuse
from coopdesk.exchange.model import Progress, SheetGrid, WorkbookData, no_progress

#: CSV files above this size are refused (a 100,000-measure plan is about 40 MB).
MAX_CSV_BYTES = 256 * 1024 * 1024
_SEPARATORS = (";", ",", "\t")


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of CSV bytes: BOM, else UTF-8 if valid, else Windows-1251."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace"), "cp1251"


def sniff_separator(text: str) -> str:
    """The separator that gives the first lines the most, and the most even, fields."""
    sample = text[:65536]
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", (-1, 0)
    for sep in _SEPARATORS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=sep)]
        except csv.Error:
            continue
        widest = max(counts)
        if widest < 2:
            continue
        steady = sum(1 for n in counts if n == widest)
        score = (steady, widest)
        if score > best_score:
            best, best_score = sep, score
    return best


def read_csv(path: Path | str, progress: Progress = no_progress) -> WorkbookData:
    """Read a CSV file as one sheet named after the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise refuse(
                path,
                msg("is {size} MB; CoopDesk imports CSV files up to 256 MB."),
                size=size // 2**20,
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise refuse(path, msg("does not exist.")) from None
    except IsADirectoryError:
        raise refuse(path, msg("is a folder, not a file.")) from None
    except OSError as exc:
        raise refuse(
            path, msg("cannot be read: {reason}."), reason=exc.strerror or str(exc)
        ) from None
    if not data.strip():
        raise refuse(path, msg("is empty."))
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise refuse(path, "is a workbook, not a CSV text file; import it with its .xlsx name.")
    text, _encoding = decode_csv_bytes(data)
    if "\x00" in text:
        raise refuse(path, msg("is not a text file, so it cannot be read as CSV."))
    progress(0, 1, "read")
    separator = sniff_separator(text)
    rows = []
    # The csv module stops at 128 KB per field; the layout reports cells over Excel's
    # 32,767 characters with their row and column, so let them through to it.
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CSV_BYTES)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
        for index, row in enumerate(reader):
            if any(cell.strip() for cell in row):
                rows.append((index, list(row)))
    except csv.Error as exc:
        raise refuse(path, msg("is not valid CSV ({reason})."), reason=str(exc)) from None
    finally:
        csv.field_size_limit(limit)
    progress(1, 1, "read")
    grid = SheetGrid(path.stem[:31] or "CSV", rows)
    # Control characters (and U+FFFE / U+FFFF) are looked for cell by cell only when
    # the file has a byte that may be one.
    plain = bytes(range(0x20, 256)) + b"\t\n\r"
    grid.odd_chars = bool(data.translate(None, plain)) or b"\xef\xbf" in data
    return WorkbookData(str(path), "csv", grid, None, "")
