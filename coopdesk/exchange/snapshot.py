"""CoopDesk's metadata sheet: which plan an export came from, and its base snapshot.

The sheet (named :data:`~coopdesk.exchange.guard.META_SHEET`, hidden) holds key/value
rows a person can read (format, version, plan id, uid, code, export time, language,
measure count), then two packed parts, each JSON compressed and base64-encoded across
cells of at most 32,000 characters:

``head``
    The plan's fields, its sectors (code, name, parent), and the *hints*: the few
    measures whose pinned number or timing span could not be told from the sheet
    alone (a number typed by hand that happens to look automatic, a span set by
    hand). Small; read by every import.
``snapshot``
    The *base snapshot*: every exported measure's values as they were at export
    time, so a merge can tell what the partner changed from what changed here since.
    At 100,000 measures it is a few hundred cells rather than a second copy of the
    plan, and it is unpacked only when a merge needs it, not when the workbook is
    imported as a new plan.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from coopdesk.domain.model import Plan, Sector
from coopdesk.errors import msg
from coopdesk.exchange.model import (
    EXPORT_COLUMNS,
    FORMAT_VERSION,
    ExportMeta,
    ImportRefused,
)

#: The value of the "format" row that marks a CoopDesk export.
FORMAT_NAME = "coopdesk-plan"
#: Characters of a packed part per cell (Excel's limit is 32,767).
CHUNK_CHARS = 32_000
#: A packed part may unpack to at most this many bytes (a hostile one could be a bomb).
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
NOTE = (
    "CoopDesk keeps here which plan this workbook was exported from and the values as "
    "exported, so that edits made to the plan sheet can be merged. Please do not change "
    "this sheet."
)


def pack(document: Any, level: int = 6) -> list[str]:
    """JSON, compressed, base64, in cell-sized chunks."""
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    text = base64.b64encode(zlib.compress(raw, level)).decode("ascii")
    return [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)] or [""]


def plan_head(
    plan: Plan, sectors: Sequence[Sector], hints: Iterable[Sequence[Any]]
) -> dict[str, Any]:
    """The ``head`` part of an export of ``plan`` (Excel and Word write the same one).

    The plan's document language comes back as it was ("" when unset): an import of
    CoopDesk's own export keeps it rather than guess it from the text.
    """
    code_of = {s.id: s.code for s in sectors}
    values = {
        "code": plan.code,
        "title": plan.title,
        "party_a": plan.party_a,
        "party_b": plan.party_b,
        "period_start": plan.period_start,
        "period_end": plan.period_end,
        "signed_date": plan.signed_date,
        "signed_place": plan.signed_place,
        "state": plan.state.value,
        "language": plan.language,
    }
    return head_document(
        values, [(s.code, s.name, code_of.get(s.parent_id)) for s in sectors], hints
    )


def head_document(
    plan: dict[str, Any],
    sectors: Sequence[tuple[str, str, str | None]],
    hints: Iterable[Sequence[Any]],
) -> dict[str, Any]:
    """The ``head`` part: plan fields, sectors, and hint rows.

    A hint row is (uid, pinned 0/1, timing start ISO or None, end, precision,
    number, timing words).
    """
    return {
        "plan": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in plan.items()},
        "sectors": [list(s) for s in sectors],
        "hints": [list(h) for h in hints],
    }


def snapshot_document(rows: Sequence[Sequence[Any]], sectors: Mapping[int, str]) -> dict[str, Any]:
    """The ``snapshot`` part: the exported measure rows as they are, and sector codes.

    ``rows`` have the columns of :data:`EXPORT_COLUMNS` (written as they come: at
    100,000 rows reshaping each one would cost a tenth of the export); ``sectors``
    maps sector id to code. :func:`decode_snapshot` turns them into base rows.
    """
    return {
        "columns": list(EXPORT_COLUMNS),
        "sectors": [[sid, code] for sid, code in sectors.items()],
        "measures": rows if isinstance(rows, list) else list(rows),
    }


def meta_rows(
    plan_id: int | None, plan_uid: str, code: str, exported_at: str, lang: str, count: int
) -> list[tuple[str, str]]:
    """The readable key/value rows above the packed parts."""
    return [
        ("format", FORMAT_NAME),
        ("format_version", str(FORMAT_VERSION)),
        ("plan_id", "" if plan_id is None else str(plan_id)),
        ("plan_uid", plan_uid),
        ("plan_code", code),
        ("exported_at", exported_at),
        ("language", lang),
        ("measures", str(count)),
    ]


def _damaged() -> ImportRefused:
    return ImportRefused(
        msg(
            "The workbook's CoopDesk metadata sheet is damaged, so its edits cannot be merged; "
            "export the plan again, or delete that sheet to import the workbook as a plain sheet."
        )
    )


def decode_meta(rows: Iterable[Sequence[Any]]) -> ExportMeta | None:
    """Read the metadata sheet's rows; None when it is not a CoopDesk export's.

    The head is read now; the snapshot when :attr:`ExportMeta.measures` is first used.
    """
    values: dict[str, str] = {}
    parts: dict[str, list[str]] = {"head": [], "snapshot": []}
    for row in rows:
        if len(row) < 2:
            continue
        key = str(row[0]).strip()
        value = row[1] if isinstance(row[1], str) else str(row[1])
        if key in parts:
            parts[key].append(value.strip())
        elif key:
            values.setdefault(key, value.strip())
    if values.get("format") != FORMAT_NAME:
        return None
    try:
        version = int(float(values.get("format_version", "0")))
    except ValueError:
        raise _damaged() from None
    if version > FORMAT_VERSION:
        raise ImportRefused(
            msg(
                "The workbook was exported by a newer CoopDesk (format {version}); update "
                "CoopDesk to import it."
            ),
            version=version,
        )
    head = _unpack("".join(parts["head"]))
    try:
        plan_id_text = values.get("plan_id", "")
        hints = {}
        for item in head["hints"]:
            if len(item) != 7 or not isinstance(item[0], str):
                raise ValueError("bad hint")
            hints[item[0]] = item
        return ExportMeta(
            format_version=version,
            plan_id=int(float(plan_id_text)) if plan_id_text else None,
            plan_uid=values.get("plan_uid", ""),
            exported_at=values.get("exported_at", ""),
            lang=values.get("language", "en"),
            plan={k: _plan_value(k, v) for k, v in head["plan"].items()},
            sectors=[{"code": c, "name": n, "parent": p} for c, n, p in head["sectors"]],
            hints=hints,
            packed="".join(parts["snapshot"]),
            unpack=decode_snapshot,
        )
    except (KeyError, ValueError, TypeError, IndexError, AttributeError):
        raise _damaged() from None


def decode_snapshot(text: str) -> dict[str, list[Any]]:
    """uid -> base snapshot row (see :data:`BASE_VALUES`), from the packed ``snapshot`` part."""
    document = _unpack(text)
    try:
        at = {name: i for i, name in enumerate(document["columns"])}
        code_of = {sid: code for sid, code in document["sectors"]}
        width = len(at)
        picks = [at[name] for name in _BASE_ORDER]
        level = _BASE_ORDER.index("level")
        sector = _BASE_ORDER.index("sector_id")
        measures: dict[str, list[Any]] = {}
        for item in document["measures"]:
            if len(item) != width or not isinstance(item[0], str):
                raise ValueError("bad snapshot row")
            row = [item[i] for i in picks]
            row[1] = 1 if row[1] else 0
            row[sector] = code_of[row[sector]]
            row[level] = row[level] or ""
            measures[row[0]] = row
        return measures
    except (KeyError, ValueError, TypeError, IndexError):
        raise _damaged() from None


#: Where each place of a base row comes from among the export columns.
_BASE_ORDER = (
    "uid", "number_pinned", "timing_start", "timing_end", "timing_precision",
    "sector_id", "number", "title", "description", "kind", "level", "framework",
    "responsible_a", "responsible_b", "form", "timing_text", "location", "status",
    "priority", "notes",
)  # fmt: skip


def _plan_value(key: str, value: Any) -> Any:
    if key in ("period_start", "period_end", "signed_date") and value:
        return date.fromisoformat(value)
    return value


def _unpack(text: str) -> dict[str, Any]:
    try:
        packed = base64.b64decode(text.encode("ascii"), validate=True)
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_UNPACKED_BYTES)
        if inflater.unconsumed_tail:
            raise _damaged()
        document = json.loads(raw)
    except (binascii.Error, UnicodeEncodeError, zlib.error, ValueError):
        raise _damaged() from None
    if not isinstance(document, dict):
        raise _damaged()
    return document
