"""Text wrapped into lines of a width, at word boundaries: no word cut in the middle.

A report's table cells are narrow and Russian and Kazakh words are long
("Запланировано", "ынтымақтастық"). Lines break between words, or after a hyphen
inside a word ("казахстанско-|российский"). Only a word wider than the whole line
is broken, at a place that leaves two letters or more on each side, preferring a
syllable boundary (vowel | consonant-vowel, or between two consonants: good
enough for Russian, Kazakh and English), and the first part gets a hyphen
("Заплани-|ровано").

The width of a text is measured by the caller (a font's metrics): this module
knows nothing of fonts or devices.
"""

from __future__ import annotations

from collections.abc import Callable

#: Vowels of Russian, Kazakh and English (a break after one of them, before a
#: consonant, is a syllable boundary).
VOWELS = frozenset("аеёиоуыэюяәөүұіaeiouyАЕЁИОУЫЭЮЯӘӨҮҰІAEIOUY")
_NO_BREAK_BEFORE = frozenset("ьъйЬЪЙ")  # these letters never start a syllable
HYPHEN = "-"
#: Marks that close a word ("(отменено)", "г.,"): they may go to the next line alone.
_CLOSING = ")]}».,;:!?\"'"


def _pieces(word: str) -> list[str]:
    """A word cut after each hyphen inside it ("a-b-c" → "a-", "b-", "c")."""
    parts: list[str] = []
    start = 0
    for i, char in enumerate(word):
        if char in "-‑–" and 0 < i < len(word) - 1:
            parts.append(word[start : i + 1])
            start = i + 1
    parts.append(word[start:])
    return parts


def _break_points(word: str) -> tuple[list[int], list[int]]:
    """Where a word may be hyphenated: (syllable boundaries, other places), positions
    ``k`` with ``word[:k]`` and ``word[k:]`` both two letters or more, and a vowel in
    each part when there are boundaries to choose from.

    A syllable boundary is vowel | consonant-vowel ("Запла-ни-ро-ва-но") or
    consonant | consonant ("под-го-тов-ки"); ь, ъ and й never start a part.
    """
    letters = len(word.rstrip("-‑–"))
    syllables: list[int] = []
    others: list[int] = []
    for k in range(2, letters - 1):
        before, after = word[k - 1], word[k]
        if not (before.isalpha() and after.isalpha()) or after in _NO_BREAK_BEFORE:
            continue
        following = word[k + 1] if k + 1 < len(word) else ""
        vowel_each_side = any(c in VOWELS for c in word[:k]) and any(c in VOWELS for c in word[k:])
        boundary = (before in VOWELS and after not in VOWELS and following in VOWELS) or (
            before not in VOWELS and after not in VOWELS
        )
        (syllables if boundary and vowel_each_side else others).append(k)
    return syllables, others


def split_long_word(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A word wider than ``width`` in hyphenated parts that each fit (when possible)."""
    parts: list[str] = []
    rest = word
    while measure(rest) > width:
        core = rest.rstrip(_CLOSING)
        if core != rest and measure(core) <= width:
            # Only its closing marks do not fit: the word stays whole, ")" goes on.
            parts.append(core)
            rest = rest[len(core) :]
            continue
        syllables, others = _break_points(rest)
        fitting = [k for k in syllables if measure(rest[:k] + HYPHEN) <= width]
        if not fitting:
            fitting = [k for k in others if measure(rest[:k] + HYPHEN) <= width]
        if not fitting:
            # Not even two letters and a hyphen fit: cut where the letters run out.
            k = 1
            while k < len(rest) - 1 and measure(rest[: k + 1]) <= width:
                k += 1
            parts.append(rest[:k])
            rest = rest[k:]
            continue
        k = max(fitting)
        parts.append(rest[:k] + HYPHEN)
        rest = rest[k:]
    parts.append(rest)
    return parts


def wrap_text(paragraph: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``paragraph`` (no line breaks) in lines no wider than ``width`` where possible."""
    words = paragraph.split()
    if not words:
        return [""]
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        # The word does not fit on this line: after a hyphen inside it, perhaps.
        pieces = _pieces(word)
        placed = 0
        for i in range(len(pieces) - 1, 0, -1):
            head = "".join(pieces[:i])
            attempt = f"{line} {head}" if line else head
            if measure(attempt) <= width:
                lines.append(attempt)
                placed = i
                line = ""
                break
        remaining = "".join(pieces[placed:])
        if line:
            lines.append(line)
            line = ""
        if measure(remaining) <= width:
            line = remaining
            continue
        # Wider than a whole line: hyphen pieces first, then syllables.
        chunks: list[str] = []
        for piece in _pieces(remaining):
            if measure(piece) <= width:
                chunks.append(piece)
            else:
                chunks.extend(split_long_word(piece, width, measure))
        for chunk in chunks:
            joined = line + chunk if line.endswith(("-", "‑", "–")) else None
            if joined is not None and measure(joined) <= width:
                line = joined
            else:
                if line:
                    lines.append(line)
                line = chunk
    if line:
        lines.append(line)
    return lines


__all__ = ["VOWELS", "split_long_word", "wrap_text"]
