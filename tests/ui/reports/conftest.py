"""Reading PDFs back as a user's tools do: poppler's pdfinfo and pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

_IGNORED = re.compile(r"[\s\-\u00ad]+")


def squeeze(text: str) -> str:
    """Text without spaces, line breaks or hyphens, case folded.

    pdftotext breaks lines inside long titles and drops a hyphen at a line end, so
    texts are compared as the sequence of their letters, digits and punctuation.
    """
    return _IGNORED.sub("", text).casefold()


def _words(text: str) -> list[str]:
    return [w for w in (squeeze(w) for w in text.split()) if w]


def shows(pages: list[str], text: str) -> bool:
    """Whether a reader finds ``text`` in the PDF's pages.

    Either whole (see :func:`squeeze`), or, where pdftotext interleaves the lines
    of two neighbouring table cells, as its words in order on one page (a word cut
    at a line end may come out as two).
    """
    if squeeze(text) in squeeze("\n".join(pages)):
        return True
    wanted = _words(text)
    for page in pages:
        words = _words(page)
        i = 0
        for j, word in enumerate(words):
            if i < len(wanted) and (
                word == wanted[i] or (j + 1 < len(words) and word + words[j + 1] == wanted[i])
            ):
                i += 1
        if i == len(wanted):
            return True
    return False


def _run(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def pdf_pages() -> Callable[[Path], list[str]]:
    """A function reading a PDF's pages as text (checking first that it is a valid PDF)."""
    if not (shutil.which("pdftotext") and shutil.which("pdfinfo")):
        pytest.fail("poppler-utils (pdftotext, pdfinfo) are needed: .ci/sysdeps.sh installs them")

    def read(path: Path, layout: bool = False) -> list[str]:
        assert path.read_bytes()[:5] == b"%PDF-"
        info = _run("pdfinfo", str(path))
        count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
        text = _run("pdftotext", *(["-layout"] if layout else []), str(path), "-")
        pages = text.split("\f")
        if pages and not pages[-1].strip():
            pages.pop()
        assert len(pages) == count
        return pages

    return read


@pytest.fixture
def pdf_fonts() -> Callable[[Path], str]:
    """A function listing the fonts of a PDF (``pdffonts``)."""

    def fonts(path: Path) -> str:
        return _run("pdffonts", str(path))

    return fonts
