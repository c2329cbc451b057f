"""Workbooks saved by Excel: each one imports or is refused in one clear sentence.

The corpus (988 workbooks from XlsxWriter's comparison tests) holds every Excel
feature except a plan of measures: charts, images, comments, rich text, tables,
protection, chart sheets, outlines, defined names, odd sheet names. Every file goes
through the whole import preview (the guards, the reader, the layout) against a
temporary store, under a per-file time cap; nothing is written, and no file may crash,
hang or answer with more than one sentence.

``tests/data/excel-made`` keeps 77 of them (the smallest of each feature family), always
checked. The whole corpus is an opt-in run for a developer who has it: point
``$COOPDESK_EXCEL_CORPUS`` at its folder. Nothing is looked for outside the repository
otherwise, so a lone clone runs the subset and skips that one check, saying how to run it.
"""

from __future__ import annotations

import faulthandler
import os
import re
import signal
import time
from pathlib import Path

import pytest

from coopdesk.errors import CoopDeskError
from coopdesk.services.imports import ImportPreview, ImportService
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store

#: The representative subset, inside the repository.
SUBSET = Path(__file__).resolve().parents[1] / "data" / "excel-made"
SUBSET_SIZE = 77
#: The whole corpus (988 files), only when a developer names its folder.
CORPUS_ENV = "COOPDESK_EXCEL_CORPUS"
CORPUS = Path(os.environ[CORPUS_ENV]) if os.environ.get(CORPUS_ENV) else None
CORPUS_SIZE = 988
#: Seconds one file may take (the whole corpus takes a few seconds).
PER_FILE = 10.0
#: A sentence ends, and another starts with a capital.
_TWO_SENTENCES = re.compile(r"[.!?]\s+[A-ZА-ЯЁ]")


class _TooSlow(Exception):
    pass


def _alarm(_signum, _frame) -> None:
    raise _TooSlow


def one_sentence(message: str) -> bool:
    """One line, one sentence, ending with a full stop."""
    return (
        bool(message.strip())
        and "\n" not in message
        and message.endswith(".")
        and not _TWO_SENTENCES.search(message)
        and "Traceback" not in message
    )


def test_one_sentence() -> None:
    assert one_sentence("'a.xlsx' is empty.")
    assert one_sentence("'a.xlsx' has no table: headers such as 'No.', 'Measure' and 'Timing'.")
    assert not one_sentence("Cannot read. Try again.")
    assert not one_sentence("line one\nline two.")
    assert not one_sentence("no full stop")


def test_every_workbook_of_the_subset_imports_or_is_refused_in_one_sentence(
    sqlite_url: str,
) -> None:
    check_workbooks(sorted(SUBSET.glob("*.xlsx")), SUBSET_SIZE, sqlite_url)


@pytest.mark.skipif(
    CORPUS is None or not CORPUS.is_dir(),
    reason=f"opt-in: set {CORPUS_ENV} to the folder of the whole Excel-made corpus",
)
def test_every_workbook_of_the_corpus_imports_or_is_refused_in_one_sentence(
    sqlite_url: str,
) -> None:
    assert CORPUS is not None
    check_workbooks(sorted(CORPUS.glob("*.xlsx")), CORPUS_SIZE, sqlite_url)


def check_workbooks(files: list[Path], expected: int, sqlite_url: str) -> None:
    """Preview each file against an empty store: parsed, or refused in one sentence."""
    assert len(files) == expected
    store = open_store(sqlite_url)
    imports = ImportService(PlanService(store))
    outcomes: dict[str, list[str]] = {"parsed": [], "refused": []}
    bad: list[str] = []
    # A Python-level hang is interrupted by the alarm; a hang inside native code would
    # not be, so faulthandler ends the run with a traceback rather than let CI hang.
    previous = signal.signal(signal.SIGALRM, _alarm)
    faulthandler.dump_traceback_later(PER_FILE * 6, exit=True)
    started = time.perf_counter()
    try:
        for path in files:
            signal.setitimer(signal.ITIMER_REAL, PER_FILE)
            began = time.perf_counter()
            try:
                preview = imports.preview(path)
            except CoopDeskError as exc:
                message = str(exc)
                outcomes["refused"].append(path.name)
                if not one_sentence(message):
                    bad.append(f"{path.name}: not one sentence: {message!r}")
            except _TooSlow:
                bad.append(f"{path.name}: took over {PER_FILE} s")
            except Exception as exc:  # anything else is a crash the user would see
                bad.append(f"{path.name}: crashed with {type(exc).__name__}: {exc}")
            else:
                assert isinstance(preview, ImportPreview)
                outcomes["parsed"].append(path.name)
                bad.extend(
                    f"{path.name}: unclear problem {problem}"
                    for problem in preview.errors
                    if not one_sentence(str(problem))
                )
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if time.perf_counter() - began > PER_FILE:
                bad.append(f"{path.name}: took {time.perf_counter() - began:.1f} s")
    finally:
        faulthandler.cancel_dump_traceback_later()
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.perf_counter() - started
    assert not bad, "\n".join(bad)
    assert len(outcomes["parsed"]) + len(outcomes["refused"]) == expected
    assert elapsed < 120, f"the corpus took {elapsed:.0f} s"
    # A dry run: the store is as empty as it began.
    assert PlanService(store).list_plans() == []
    store.close()


def test_corpus_files_say_what_is_wrong(sqlite_url: str) -> None:
    """A file of the corpus, and the exact sentence it gets."""
    imports = ImportService(PlanService(open_store(sqlite_url)))
    with pytest.raises(CoopDeskError) as caught:
        imports.preview(SUBSET / "chartsheet01.xlsx")
    assert str(caught.value) == (
        "'chartsheet01.xlsx' has no table of measures in sheet 'Sheet1': none of its first 30 "
        "rows has headers such as 'No.', 'Measure' and 'Timing'."
    )
