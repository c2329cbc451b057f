"""What a Word export carries for the round trip: measure bookmarks and a custom XML part.

The official document has no column for a measure's ID, and a partner edits its text
freely. So the export leaves two things Word keeps through editing and saving:

- a hidden *bookmark* in the first cell of each measure row, named after the measure
  uid (``_cd`` and the uid's 32 hex digits: Word's names hold at most 40 characters,
  letters, digits and underscores, and a leading underscore hides it from the user).
  A row the partner adds has none, so it is a new measure; a row copied in Word
  loses it (a bookmark name is unique), so the copy is new too;
- a *custom XML part* holding what the Excel export's metadata sheet holds (plan,
  sectors, hints, the base snapshot; :mod:`~coopdesk.exchange.snapshot`) as
  ``<entry key="...">`` elements, so :func:`~coopdesk.exchange.snapshot.decode_meta`
  reads both alike, plus the number each measure row showed, which matches rows to
  measures when a program dropped the bookmarks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from coopdesk.exchange.model import ExportMeta
from coopdesk.exchange.snapshot import NOTE, _unpack, decode_meta, meta_rows, pack

#: The namespace of CoopDesk's custom XML part.
META_NS = "urn:coopdesk:plan-export"
_BOOKMARK_RX = re.compile(r"^_cd([0-9a-f]{32})$")
_HEX_RX = re.compile(r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?"
                     r"[0-9a-fA-F]{12}$")  # fmt: skip


def bookmark_name(uid: str) -> str | None:
    """The bookmark naming the measure ``uid``; None for a uid that is not a UUID."""
    if not _HEX_RX.match(uid):
        return None
    return "_cd" + uid.replace("-", "").lower()


def uid_hex(name: str) -> str | None:
    """The 32 hex digits of a measure bookmark's uid, or None for another bookmark."""
    m = _BOOKMARK_RX.match(name)
    return m.group(1) if m else None


def hex_key(uid: str) -> str:
    """A uid as the hex digits its bookmark holds (to find it from a bookmark)."""
    return uid.replace("-", "").lower()


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def meta_xml(
    *,
    plan_id: int | None,
    plan_uid: str,
    code: str,
    exported_at: str,
    lang: str,
    head: dict[str, Any],
    snapshot: dict[str, Any],
    numbers: Sequence[tuple[str, str]],
) -> bytes:
    """The custom XML part: readable key/value entries, then the packed parts.

    ``numbers`` pairs each measure row's number as shown with its uid.
    """
    count = len(snapshot.get("measures", ()))
    entries = list(meta_rows(plan_id, plan_uid, code, exported_at, lang, count))
    entries += [("head", chunk) for chunk in pack(head)]
    entries += [("snapshot", chunk) for chunk in pack(snapshot)]
    entries += [("numbers", chunk) for chunk in pack({"numbers": [list(p) for p in numbers]})]
    body = "".join(f'<entry key="{_escape(k)}">{_escape(v)}</entry>' for k, v in entries)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<coopdesk xmlns="{META_NS}"><note>{_escape(NOTE)}</note>{body}</coopdesk>'
    ).encode()


def read_meta(entries: Iterable[tuple[str, str]]) -> tuple[ExportMeta | None, dict[str, str]]:
    """(the export's metadata or None, shown number -> uid) from the part's entries."""
    rows = []
    numbers: list[str] = []
    for key, value in entries:
        if key == "numbers":
            numbers.append(value.strip())
        else:
            rows.append((key, value))
    meta = decode_meta(rows)
    if meta is None:
        return None, {}
    by_number: dict[str, str] = {}
    if numbers:
        pairs = _unpack("".join(numbers)).get("numbers")
        if not isinstance(pairs, list):
            pairs = []
        counts: dict[str, int] = {}
        for pair in pairs:
            if isinstance(pair, list) and len(pair) == 2:
                counts[str(pair[0])] = counts.get(str(pair[0]), 0) + 1
        for pair in pairs:
            if isinstance(pair, list) and len(pair) == 2 and counts[str(pair[0])] == 1:
                by_number[str(pair[0])] = str(pair[1])
    return meta, by_number
