"""Helpers for the exchange tests: building workbooks, rewriting their parts, store states."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

#: A partner's sheet in the official layout (English, saved by LibreOffice).
PARTNER_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "partner-plan-en.xlsx"


def write_sheet(
    path: Path,
    rows: Iterable[Iterable[Any]],
    merges: Iterable[str] = (),
    title: str = "Plan",
    hidden_before: Iterable[Iterable[Any]] | None = None,
) -> Path:
    """A workbook (saved by openpyxl, as a partner's tool would) holding ``rows``.

    ``merges`` are ranges like "A5:G5"; ``hidden_before`` adds a hidden first sheet.
    """
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    if hidden_before is not None:
        first.title = "Draft"
        for row in hidden_before:
            first.append(list(row))
        first.sheet_state = "hidden"
        sheet = book.create_sheet(title)
        book.active = 1
    else:
        sheet = first
        sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for ref in merges:
        sheet.merge_cells(ref)
    book.save(path)
    return path


def rewrite_zip(
    src: Path,
    dst: Path,
    edit: Mapping[str, Callable[[bytes], bytes]] | None = None,
    add: Mapping[str, bytes] | None = None,
) -> Path:
    """A copy of the zip ``src`` with some parts edited or added."""
    edit = edit or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in edit:
                data = edit[info.filename](data)
            zout.writestr(info.filename, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dst


def store_state(service) -> tuple:
    """Everything a user could see in the store, to prove an import left it alone."""
    plans = [(p.id, p.code, p.title, p.measures) for p in service.list_plans()]
    content = []
    for p in service.list_plans():
        sectors = [(s.code, s.name, s.parent_id) for s in service.list_sectors(p.id)]
        measures = [
            (m.uid, m.number, m.title, m.status.value, m.timing.text, m.notes, m.sector_id)
            for m in service.list_measures(p.id)
        ]
        content.append((sectors, measures))
    return plans, content


@pytest.fixture
def xl() -> SimpleNamespace:
    """The helpers above, for tests (test modules cannot import this conftest)."""
    return SimpleNamespace(
        write_sheet=write_sheet,
        rewrite_zip=rewrite_zip,
        store_state=store_state,
        partner_sample=PARTNER_SAMPLE,
    )


@pytest.fixture
def imports(service):
    """An ImportService on the empty test store."""
    from coopdesk.services.imports import ImportService

    return ImportService(service)
