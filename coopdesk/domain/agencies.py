"""Agencies of each party and how a written agency name is matched to the directory.

Real plans name one body many ways: "Министерство иностранных дел Республики
Казахстан", "МИД РК", "МИД Республики Казахстан", "ҚР СІМ", "MFA of Kazakhstan".
:class:`AgencyMatcher` tells which directory agency a piece of text means, in this
order:

1. **exact**: the same name once case, "ё", quotes, punctuation and spacing are
   set aside, and the country written as "Республики Казахстан", "РК", "Казахстана"
   counts as one spelling;
2. **abbreviation**: the text's initials equal a name's initials ("МИД РК" and
   "Министерство иностранных дел Республики Казахстан" both read "мидрк"), at
   least three letters;
3. **near**: rapidfuzz finds a name close enough (a typo, a word more or less);
4. otherwise the text is **new** to the directory.

An import shows these matches for the user to confirm; nothing here writes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process

#: The two parties of a plan.
PARTIES = ("a", "b")
#: The languages an agency is named in.
LANGUAGES = ("ru", "kk", "en")
#: Name columns, short first in each language.
NAME_FIELDS = ("short_ru", "full_ru", "short_kk", "full_kk", "short_en", "full_en")
#: Every field a user may give an agency.
AGENCY_FIELDS = ("party", *NAME_FIELDS, "parent_id", "contact")

#: Separators between agencies in a responsible-agencies text.
_SEPARATORS = re.compile(r"[,;\n]+")
#: A near match needs at least this rapidfuzz score (0-100)...
NEAR_SCORE = 86.0
#: ...and must beat the runner-up agency by this much (otherwise it is ambiguous).
NEAR_MARGIN = 3.0


def split_agencies(text: str) -> list[str]:
    """The agencies named in a responsible text, in order, without repeats.

    Commas, semicolons and line breaks separate names; spaces are tidied and the
    same name in another case counts once (the first spelling wins).
    """
    seen: set[str] = set()
    names = []
    for part in _SEPARATORS.split(text or ""):
        name = " ".join(part.split()).strip(" .")
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            names.append(name)
    return names


@dataclass(frozen=True, slots=True)
class Agency:
    """A body of one party, named in up to three languages, perhaps under a parent."""

    id: int | None
    party: str
    short_ru: str = ""
    full_ru: str = ""
    short_kk: str = ""
    full_kk: str = ""
    short_en: str = ""
    full_en: str = ""
    parent_id: int | None = None
    contact: str = ""
    version: int = 1

    def name(self, language: str = "ru", *, short: bool = True) -> str:
        """The name in ``language`` (short or full), else the nearest one it has."""
        language = language if language in LANGUAGES else "ru"
        kinds = ("short", "full") if short else ("full", "short")
        order = [language, *[lang for lang in ("ru", "en", "kk") if lang != language]]
        for lang in order:
            for kind in kinds:
                value: str = getattr(self, f"{kind}_{lang}")
                if value.strip():
                    return value
        return ""

    def names(self) -> list[str]:
        """Every non-empty name, short ones first."""
        return [v for v in (getattr(self, f) for f in NAME_FIELDS) if v.strip()]

    def values(self) -> dict[str, object]:
        """The user-given fields (what ``agencies list --json`` prints, with id)."""
        return {f: getattr(self, f) for f in AGENCY_FIELDS}


def compose_responsible(agencies: Sequence[Agency], language: str) -> str:
    """The responsible text a document prints for these agencies: short names, in order."""
    return ", ".join(a.name(language) for a in agencies if a.name(language))


# -- matching ---------------------------------------------------------------------------------

#: Country spellings that mean the same thing in an agency's name (as its abbreviation).
_COUNTRY = [
    (r"республик[аие] казахстан|казахстана|казахстане|казахстан", "РК"),
    (r"российск(?:ой|ая) федераци[иья]|россии|россия", "РФ"),
    (r"қазақстан республикасының|қазақстан республикасы|қр", "РК"),
    (r"ресей федерациясының|ресей федерациясы|ресейдің|ресей", "РФ"),
    (r"(?:the )?republic of kazakhstan|kazakhstan", "RK"),
    (r"(?:the )?russian federation|russia", "RF"),
]
_COUNTRY_RE = [(re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE), r) for p, r in _COUNTRY]
#: Little words initials skip ("и", "of", "the").
_STOP = frozenset(
    {"и", "по", "в", "на", "при", "of", "the", "and", "for", "in", "on", "мен", "және"}
)
_PUNCT = re.compile(r"[^\w\s]+")


def _countries(text: str) -> str:
    text = text.replace("ё", "е").replace("Ё", "Е")
    for pattern, replacement in _COUNTRY_RE:
        text = pattern.sub(replacement, text)
    return text


@functools.lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Text as names are compared: case, "ё", punctuation, spacing and country set aside."""
    return " ".join(_PUNCT.sub(" ", _countries(text)).casefold().split())


_COUNTRY_CODES = frozenset({"рк", "рф", "rk", "rf"})


def initials(text: str) -> str:
    """The initials a name is abbreviated to: "МИД Республики Казахстан" -> "мидрк".

    A word written in capitals (an abbreviation already: "МИД", "РК") counts whole,
    other words give their first letter, little words are skipped; the country
    counts as its abbreviation however it is written.
    """
    return _initials(text)[0]


def _initials(text: str) -> tuple[str, bool]:
    """The initials, and whether the text holds an abbreviation besides the country's."""
    out = []
    abbreviated = False
    for raw in _PUNCT.sub(" ", _countries(text)).split():
        word = raw.casefold()
        if word in _STOP:
            continue
        letters = [c for c in raw if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            out.append(word)
            abbreviated = abbreviated or word not in _COUNTRY_CODES
        elif raw[0].isalpha():
            out.append(word[0])
    return "".join(out), abbreviated


How = Literal["exact", "abbreviation", "near", "new"]


@dataclass(frozen=True, slots=True)
class Match:
    """What a piece of agency text matched in the directory (``agency`` None: new)."""

    text: str
    how: How
    agency: Agency | None = None
    score: float = 100.0


@dataclass(slots=True)
class AgencyMatcher:
    """Matches agency text against a directory (see the module's docstring for the order)."""

    agencies: Sequence[Agency]
    near_score: float = NEAR_SCORE
    _exact: dict[str, list[Agency]] = field(default_factory=dict, init=False)
    #: initials -> agencies with a name of those initials, and whether that name is
    #: itself an abbreviation ("МИД РК") or spelled out.
    _initials: dict[str, list[tuple[Agency, bool]]] = field(default_factory=dict, init=False)
    _choices: list[str] = field(default_factory=list, init=False)
    _owners: list[Agency] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        for agency in self.agencies:
            for name in agency.names():
                _add(self._exact, normalize(name), agency)
                key, short = _initials(name)
                if len(key) >= 3:
                    bucket = self._initials.setdefault(key, [])
                    if (agency, short) not in bucket:
                        bucket.append((agency, short))
                self._choices.append(normalize(name))
                self._owners.append(agency)

    def match(self, text: str, party: str | None = None) -> Match:
        """The agency ``text`` names (agencies of ``party`` preferred), or a "new" match."""
        key = normalize(text)
        if not key:
            return Match(text, "new", None, 0.0)
        found = _pick(self._exact.get(key, []), party)
        if found is not None:
            return Match(text, "exact", found)
        # Initials match only an abbreviation against a spelled-out name (or another
        # abbreviation): two spelled-out names with the same initials ("Минкультуры
        # России", "Минэкономразвития России") are different bodies.
        abbreviated, short = _initials(text)
        if len(abbreviated) >= 3:
            candidates = [a for a, s in self._initials.get(abbreviated, []) if short or s]
            found = _pick(list(dict.fromkeys(candidates)), party)
            if found is not None:
                return Match(text, "abbreviation", found)
        return self._near(text, key, party)

    def _near(self, text: str, key: str, party: str | None) -> Match:
        if not self._choices:
            return Match(text, "new", None, 0.0)
        best: dict[int, tuple[float, Agency]] = {}
        for _choice, score, index in process.extract(
            key, self._choices, scorer=fuzz.WRatio, limit=8, score_cutoff=self.near_score - 10
        ):
            agency = self._owners[index]
            ident = id(agency)
            if party is not None and agency.party != party:
                score -= 5  # the other party's body only when clearly meant
            if ident not in best or best[ident][0] < score:
                best[ident] = (float(score), agency)
        ranked = sorted(best.values(), key=lambda pair: -pair[0])
        if not ranked or ranked[0][0] < self.near_score:
            return Match(text, "new", None, ranked[0][0] if ranked else 0.0)
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < NEAR_MARGIN:
            return Match(text, "new", None, ranked[0][0])
        return Match(text, "near", ranked[0][1], ranked[0][0])

    def match_all(self, texts: Iterable[str], party: str | None = None) -> list[Match]:
        """:meth:`match` for every agency named in each text (split at commas)."""
        return [self.match(name, party) for text in texts for name in split_agencies(text)]


def _add(index: dict[str, list[Agency]], key: str, agency: Agency) -> None:
    bucket = index.setdefault(key, [])
    if agency not in bucket:
        bucket.append(agency)


def _pick(candidates: Sequence[Agency], party: str | None) -> Agency | None:
    """The one candidate meant: of ``party`` if that settles it; None when ambiguous."""
    if party is not None:
        own = [a for a in candidates if a.party == party]
        if len(own) == 1:
            return own[0]
        if len(own) > 1:
            return None
    return candidates[0] if len(candidates) == 1 else None
