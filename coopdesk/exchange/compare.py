"""Two editions of a plan side by side: which measures pair up, and what changed in each.

The comparison table (сравнительная таблица) that ends each round of negotiation is
built from this model: the reports package lays it out, the window lets the user
change the pairing. Core code: no Qt, no store.

An :class:`Edition` is a plan as one side holds it: a plan of the store (built by
:mod:`coopdesk.services.editions`) or a file (:func:`read_edition`). Measures are
paired (:func:`pair_editions`):

1. by *id* where both editions carry the same measure uid (a plan and a workbook
   exported from it do: the export keeps each measure's uid in its ID column);
2. by the *same title* (a measure renumbered or moved, or not changed at all);
3. by *similar title* (rapidfuzz), best first: any two titles at least
   :data:`MIN_SIMILARITY` alike (of 100), two measures of the same number from
   :data:`MIN_SIMILARITY_SAME_NUMBER`; the same number ranks a candidate higher.

The rest are removed (only in A) or added (only in B). :func:`compare` then diffs
each pair word by word (:func:`word_diff`) over the fields of the plan's text
(:data:`TEXT_FIELDS`) that both editions carry.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from coopdesk.errors import msg
from coopdesk.exchange.model import ImportRefused, ImportResult

#: The fields of a measure that are the plan's text, in the order a row shows them.
#: "sector" is where the measure stands (a change of it is a move).
TEXT_FIELDS: tuple[str, ...] = (
    "number",
    "title",
    "description",
    "form",
    "timing",
    "responsible_a",
    "responsible_b",
    "location",
    "notes",
    "sector",
)

#: Titles at least this alike (rapidfuzz, 0-100) pair two measures that share no id.
MIN_SIMILARITY = 70.0
#: Titles of measures with the same number pair from this similarity on.
MIN_SIMILARITY_SAME_NUMBER = 50.0
#: What the same number adds to the similarity of two titles when ranking candidates.
_NUMBER_BONUS = 10.0


class RowKind(StrEnum):
    """What happened to a measure between edition A and edition B."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


class Mark(StrEnum):
    """A piece of text in a word diff: kept, deleted (only in A) or added (only in B)."""

    SAME = "same"
    DELETED = "deleted"
    ADDED = "added"


class PairedBy(StrEnum):
    """How two measures were paired."""

    ID = "id"
    NUMBER = "number"
    TEXT = "text"
    USER = "user"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text of a word diff with its mark."""

    text: str
    mark: Mark


@dataclass(frozen=True, slots=True)
class EditionMeasure:
    """One measure of an edition: its place, its uid if known, and its text by field.

    ``values`` holds strings for the fields of :data:`TEXT_FIELDS` the edition
    carries (the timing as its words); ``sector_name`` names its sector.
    """

    index: int
    uid: str | None
    values: dict[str, str]
    sector_name: str = ""

    @property
    def number(self) -> str:
        """The measure's number as written ("1.2.3")."""
        return self.values.get("number", "")

    @property
    def title(self) -> str:
        """The measure's title."""
        return self.values.get("title", "")

    def text(self, name: str) -> str:
        """The value of field ``name``; for "sector", its code and name ("1. Trade")."""
        if name == "sector":
            code = self.values.get("sector", "")
            return f"{code}. {self.sector_name}".strip(". ") if code else self.sector_name
        return self.values.get(name, "")


@dataclass(slots=True)
class Edition:
    """A plan as one side holds it: a name for it and its measures in plan order.

    ``fields`` are the fields of :data:`TEXT_FIELDS` it carries (a partner's sheet
    may have no description column); only fields both editions carry are compared.
    """

    label: str
    measures: list[EditionMeasure]
    fields: frozenset[str] = frozenset(TEXT_FIELDS)
    title: str = ""
    lang: str = "en"
    #: Things worth telling about how the edition was read (warnings of the reader).
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Pair:
    """A measure of A (index), of B (index), or both, and how they were paired."""

    a: int | None
    b: int | None
    by: PairedBy | None = None
    #: Similarity of the titles (0-100) when paired by number or text.
    score: float = 100.0


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One field of a compared row: A's text, B's text and the word diff between them."""

    field: str
    old: str
    new: str
    segments: tuple[Segment, ...]

    @property
    def changed(self) -> bool:
        """Whether the field reads differently in B."""
        return self.old != self.new


@dataclass(frozen=True, slots=True)
class ComparedRow:
    """A row of the comparison table: a pair and the differences of its fields."""

    pair: Pair
    a: EditionMeasure | None
    b: EditionMeasure | None
    kind: RowKind
    #: The fields with text on either side, in :data:`TEXT_FIELDS` order.
    fields: tuple[FieldDiff, ...]

    @property
    def changed_fields(self) -> tuple[str, ...]:
        """The names of the fields that changed (for a paired row)."""
        if self.kind in (RowKind.ADDED, RowKind.REMOVED):
            return ()
        return tuple(f.field for f in self.fields if f.changed)

    @property
    def moved(self) -> bool:
        """The measure stands in another sector in B."""
        return "sector" in self.changed_fields

    @property
    def renumbered(self) -> bool:
        """The measure has another number in B."""
        return "number" in self.changed_fields

    @property
    def number(self) -> str:
        """B's number, else A's."""
        measure = self.b or self.a
        return measure.number if measure is not None else ""

    def as_json(self) -> dict[str, Any]:
        """The ``rows`` entry of ``coopdesk compare --json``."""
        return {
            "kind": self.kind.value,
            "paired_by": self.pair.by.value if self.pair.by else None,
            "score": round(self.pair.score, 1),
            "a": _measure_json(self.a),
            "b": _measure_json(self.b),
            "changed": list(self.changed_fields),
        }


def _measure_json(m: EditionMeasure | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {"uid": m.uid, "number": m.number, "title": m.title}


@dataclass(slots=True)
class Comparison:
    """Editions A and B, their pairing, and the rows of the comparison table in order.

    Rows follow B's order; a measure only A has comes right after the row of the
    measure it followed in A. Change the pairing with :meth:`with_pair` and
    :meth:`without_pair` (each gives a new comparison; diffs already made are reused).
    """

    a: Edition
    b: Edition
    pairs: list[Pair]
    rows: list[ComparedRow]
    #: The fields compared: those of TEXT_FIELDS both editions carry.
    fields: tuple[str, ...]
    _cache: dict[tuple[int | None, int | None], ComparedRow] = field(
        default_factory=dict, repr=False
    )

    def counts(self) -> dict[str, int]:
        """Rows by kind, plus how many measures were moved and renumbered."""
        out = {kind.value: 0 for kind in RowKind}
        out["moved"] = out["renumbered"] = 0
        for row in self.rows:
            out[row.kind.value] += 1
            out["moved"] += row.moved
            out["renumbered"] += row.renumbered
        return out

    def differences(self) -> list[ComparedRow]:
        """The rows that are not unchanged."""
        return [r for r in self.rows if r.kind is not RowKind.UNCHANGED]

    def with_pair(self, a: int, b: int) -> Comparison:
        """The comparison with A's measure ``a`` paired to B's ``b`` by the user.

        Their former partners, if any, become removed and added.
        """
        if not 0 <= a < len(self.a.measures) or not 0 <= b < len(self.b.measures):
            raise IndexError(f"No measure {a} in A or {b} in B")
        pairs: list[Pair] = []
        for p in self.pairs:
            if p.a == a or p.b == b:
                if p.a is not None and p.a != a:
                    pairs.append(Pair(p.a, None))
                if p.b is not None and p.b != b:
                    pairs.append(Pair(None, p.b))
            else:
                pairs.append(p)
        pairs.append(Pair(a, b, PairedBy.USER))
        return compare(self.a, self.b, pairs, _cache=self._cache)

    def without_pair(self, a: int) -> Comparison:
        """The comparison with A's measure ``a`` unpaired: it is removed, its partner added."""
        pairs: list[Pair] = []
        for p in self.pairs:
            if p.a == a and p.b is not None:
                pairs += [Pair(a, None), Pair(None, p.b)]
            else:
                pairs.append(p)
        return compare(self.a, self.b, pairs, _cache=self._cache)

    def as_json(self, changed_only: bool = False) -> dict[str, Any]:
        """The object ``coopdesk compare --json`` prints."""
        rows = self.differences() if changed_only else self.rows
        return {
            "a": self.a.label,
            "b": self.b.label,
            "fields": list(self.fields),
            "counts": self.counts(),
            "rows": [r.as_json() for r in rows],
        }


# -- reading files ------------------------------------------------------------------------


def edition_from_result(result: ImportResult, label: str) -> Edition:
    """An edition from a sheet (or table) understood as a plan by the importer."""
    names = {s.code: s.name for s in result.sectors}
    carried = frozenset(f for f in TEXT_FIELDS if f in result.fields)
    measures = []
    for index, m in enumerate(result.measures):
        values = {f: m.values.get(f, "") for f in carried}
        measures.append(EditionMeasure(index, m.uid, values, names.get(values["sector"], "")))
    title = str(result.meta.plan.get("title", "")) if result.meta else ""
    title = title or str(result.plan_values.get("title", "") or "")
    notes = [str(p) for p in (*result.problems, *result.warnings)]
    return Edition(label, measures, carried, title, result.lang, notes)


def _read_sheet(path: Path) -> Edition:
    from coopdesk.exchange.sheet_reader import parse_grid

    if path.suffix.lower() == ".csv":
        from coopdesk.exchange.csv_import import read_csv

        data = read_csv(path)
    else:
        from coopdesk.exchange.xlsx_import import read_xlsx

        data = read_xlsx(path)
    return edition_from_result(parse_grid(data), path.name)


def _read_docx(path: Path) -> Edition:
    from coopdesk.exchange.docx_import import finish_result, read_docx
    from coopdesk.exchange.sheet_reader import parse_grid

    data = read_docx(path)
    result = parse_grid(data)
    finish_result(data, result)
    return edition_from_result(result, path.name)


#: The file kinds an edition can be read from, by suffix (lower case).
READERS: dict[str, Callable[[Path], Edition]] = {
    ".xlsx": _read_sheet,
    ".csv": _read_sheet,
    ".docx": _read_docx,
}


def read_edition(path: Path | str) -> Edition:
    """Read the edition a file holds; :class:`ImportRefused` with a reason when it cannot be."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(sorted(READERS))
        raise ImportRefused(
            msg("'{file}' cannot be compared: give a {kinds} file or a plan"),
            file=path.name,
            kinds=kinds,
        )
    if not path.is_file():
        raise ImportRefused(msg("There is no file {path}"), path=str(path))
    return reader(path)


# -- pairing ------------------------------------------------------------------------------


def _title_key(m: EditionMeasure) -> str:
    text = m.title or m.values.get("description", "")
    return " ".join(text.casefold().replace("ё", "е").split())


def pair_editions(a: Edition, b: Edition) -> list[Pair]:
    """Pair the measures of ``a`` and ``b``: by id, by the same title, by similar titles."""
    from rapidfuzz import fuzz, process

    pairs: list[Pair] = []
    by_uid: dict[str, int] = {}
    for m in a.measures:
        if m.uid:
            by_uid.setdefault(m.uid, m.index)
    free_a = set(range(len(a.measures)))
    free_b: list[int] = []
    for m in b.measures:
        found = by_uid.pop(m.uid, None) if m.uid else None
        if found is not None:
            pairs.append(Pair(found, m.index, PairedBy.ID))
            free_a.discard(found)
        else:
            free_b.append(m.index)
    if not free_a or not free_b:
        return _with_unpaired(pairs, free_a, free_b)
    keys_a = {i: _title_key(a.measures[i]) for i in free_a}
    keys_b = {j: _title_key(b.measures[j]) for j in free_b}

    def number(m: EditionMeasure) -> str:
        return m.number.strip().rstrip(".")

    # The same title: unchanged, or only renumbered or moved (most measures of a draft).
    by_title: dict[str, list[int]] = {}
    for i in sorted(free_a):
        if keys_a[i]:
            by_title.setdefault(keys_a[i], []).append(i)
    still: list[int] = []
    for j in free_b:
        same = by_title.get(keys_b[j])
        if same:
            # Of several measures titled alike, the one with the same number first.
            mine = next((i for i in same if number(a.measures[i]) == number(b.measures[j])), None)
            i = same[0] if mine is None else mine
            same.remove(i)
            by = (
                PairedBy.NUMBER if number(a.measures[i]) == number(b.measures[j]) else PairedBy.TEXT
            )
            pairs.append(Pair(i, j, by, 100.0))
            free_a.discard(i)
        else:
            still.append(j)
    free_b = still
    if not free_a or not free_b:
        return _with_unpaired(pairs, free_a, free_b)
    # Titles alike, best first: any two at MIN_SIMILARITY, two of the same number from
    # MIN_SIMILARITY_SAME_NUMBER, with a bonus for the number. Words are sorted once
    # here, so the plain ratio scores what token_sort_ratio would, without sorting
    # them again for each of the len(A) x len(B) comparisons.
    order_a = sorted(free_a)
    sorted_a = {i: _sorted_words(keys_a[i]) for i in order_a}
    choices = [sorted_a[i] for i in order_a]
    numbered: dict[str, list[int]] = {}
    for i in order_a:
        if number(a.measures[i]):
            numbered.setdefault(number(a.measures[i]), []).append(i)
    candidates: dict[tuple[int, int], float] = {}
    for j in free_b:
        query = _sorted_words(keys_b[j])
        for _choice, score, at in process.extract(
            query, choices, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY, limit=5
        ):
            candidates[(order_a[at], j)] = score
        same_number = numbered.get(number(b.measures[j]), []) if number(b.measures[j]) else []
        if len(same_number) == 1:
            i = same_number[0]
            score = fuzz.ratio(query, sorted_a[i], score_cutoff=MIN_SIMILARITY_SAME_NUMBER)
            if score:
                candidates[(i, j)] = score

    def bonus(i: int, j: int) -> float:
        return _NUMBER_BONUS if number(a.measures[i]) == number(b.measures[j]) else 0.0

    ranked = sorted(
        ((score + bonus(i, j), -j, i) for (i, j), score in candidates.items()), reverse=True
    )
    taken_b: set[int] = set()
    for rank, minus_j, i in ranked:
        j = -minus_j
        if i in free_a and j not in taken_b:
            by = PairedBy.NUMBER if bonus(i, j) else PairedBy.TEXT
            pairs.append(Pair(i, j, by, rank - bonus(i, j)))
            free_a.discard(i)
            taken_b.add(j)
    free_b = [j for j in free_b if j not in taken_b]
    return _with_unpaired(pairs, free_a, free_b)


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


def _with_unpaired(pairs: list[Pair], free_a: Iterable[int], free_b: Iterable[int]) -> list[Pair]:
    return [*pairs, *(Pair(i, None) for i in sorted(free_a)), *(Pair(None, j) for j in free_b)]


# -- diffing ------------------------------------------------------------------------------

#: Words, runs of space, and single other characters: the units of a word diff.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """``old`` turned into ``new`` as kept, deleted and added runs of whole words.

    Joining the kept and deleted runs gives ``old``; the kept and added ones ``new``.
    Within a changed stretch the deleted words come before the added ones.
    """
    if old == new:
        return (Segment(old, Mark.SAME),) if old else ()
    if not old:
        return (Segment(new, Mark.ADDED),)
    if not new:
        return (Segment(old, Mark.DELETED),)
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # A stretch of changes only a space apart reads better as one change: "big red"
    # struck, then "small blue" in bold, rather than word after word.
    merged: list[list[Any]] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        last = merged[-1] if merged else None
        lone_space = (
            tag == "equal"
            and not "".join(a[i1:i2]).strip()
            and n + 1 < len(ops)
            and ops[n + 1][0] != "equal"
        )
        if last is not None and last[0] != "equal" and (tag != "equal" or lone_space):
            last[0], last[2], last[4] = "replace", i2, j2
        else:
            merged.append([tag, i1, i2, j1, j2])
    out: list[Segment] = []
    for tag, i1, i2, j1, j2 in merged:
        if tag == "equal":
            out.append(Segment("".join(a[i1:i2]), Mark.SAME))
            continue
        if i2 > i1:
            out.append(Segment("".join(a[i1:i2]), Mark.DELETED))
        if j2 > j1:
            out.append(Segment("".join(b[j1:j2]), Mark.ADDED))
    return tuple(out)


def old_text(segments: Sequence[Segment]) -> str:
    """The text of A from a word diff."""
    return "".join(s.text for s in segments if s.mark is not Mark.ADDED)


def new_text(segments: Sequence[Segment]) -> str:
    """The text of B from a word diff."""
    return "".join(s.text for s in segments if s.mark is not Mark.DELETED)


def _sector_moved(a: EditionMeasure, b: EditionMeasure) -> bool:
    # A renamed sector (same code) or a renumbered one (same name) moves nobody.
    code_a, code_b = a.values.get("sector", ""), b.values.get("sector", "")
    name_a = " ".join(a.sector_name.casefold().split())
    name_b = " ".join(b.sector_name.casefold().split())
    return code_a != code_b and name_a != name_b


def _row(
    pair: Pair, a: EditionMeasure | None, b: EditionMeasure | None, fields: Sequence[str]
) -> ComparedRow:
    diffs: list[FieldDiff] = []
    for name in fields:
        old = a.text(name) if a else ""
        new = b.text(name) if b else ""
        if name == "sector" and (a is None or b is None or not _sector_moved(a, b)):
            continue
        if not old and not new:
            continue
        if a is None:
            diffs.append(FieldDiff(name, "", new, (Segment(new, Mark.ADDED),)))
        elif b is None:
            diffs.append(FieldDiff(name, old, "", (Segment(old, Mark.DELETED),)))
        else:
            diffs.append(FieldDiff(name, old, new, word_diff(old, new)))
    if a is None:
        kind = RowKind.ADDED
    elif b is None:
        kind = RowKind.REMOVED
    elif any(d.changed for d in diffs):
        kind = RowKind.CHANGED
    else:
        kind = RowKind.UNCHANGED
    return ComparedRow(pair, a, b, kind, tuple(diffs))


def compare(
    a: Edition,
    b: Edition,
    pairs: Sequence[Pair] | None = None,
    *,
    _cache: dict[tuple[int | None, int | None], ComparedRow] | None = None,
) -> Comparison:
    """Compare editions ``a`` and ``b`` with ``pairs`` (default: :func:`pair_editions`)."""
    if pairs is None:
        pairs = pair_editions(a, b)
    fields = tuple(f for f in TEXT_FIELDS if f in a.fields and f in b.fields)
    cache = _cache if _cache is not None else {}
    seen_a = [False] * len(a.measures)
    seen_b = [False] * len(b.measures)
    for p in pairs:
        for index, seen, side in ((p.a, seen_a, "A"), (p.b, seen_b, "B")):
            if index is None:
                continue
            if seen[index]:
                raise ValueError(f"Measure {index} of {side} is paired twice")
            seen[index] = True
    if not all(seen_a) or not all(seen_b):
        raise ValueError("Every measure of both editions needs a place in the pairing")
    rows: dict[tuple[int | None, int | None], ComparedRow] = {}
    for p in pairs:
        key = (p.a, p.b)
        row = cache.get(key)
        if row is None or row.pair != p:
            row = _row(
                p,
                a.measures[p.a] if p.a is not None else None,
                b.measures[p.b] if p.b is not None else None,
                fields,
            )
            cache[key] = row
        rows[key] = row
    ordered = _order(pairs, len(a.measures), len(b.measures))
    return Comparison(a, b, list(pairs), [rows[(p.a, p.b)] for p in ordered], fields, _cache=cache)


def _order(pairs: Sequence[Pair], count_a: int, count_b: int) -> list[Pair]:
    """Pairs in B's order, each A-only measure after the row of the one it followed in A."""
    by_b: list[Pair | None] = [None] * count_b
    partner_of_a: dict[int, Pair] = {}
    only_a: list[Pair] = []
    for p in pairs:
        if p.b is not None:
            by_b[p.b] = p
            if p.a is not None:
                partner_of_a[p.a] = p
        else:
            only_a.append(p)
    after: dict[int | None, list[Pair]] = {}
    for p in sorted(only_a, key=lambda p: p.a or 0):
        anchor: int | None = None
        assert p.a is not None
        for i in range(p.a - 1, -1, -1):
            found = partner_of_a.get(i)
            if found is not None:
                anchor = found.b
                break
        after.setdefault(anchor, []).append(p)
    out: list[Pair] = list(after.get(None, ()))
    for j, at_j in enumerate(by_b):
        if at_j is not None:
            out.append(at_j)
        out.extend(after.get(j, ()))
    return out
