"""The sample plan's reports as PDF files, read back with poppler as a user's tools read them."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from coopdesk.cli import main
from coopdesk.domain.timing import Precision
from coopdesk.domain.vocab import Status
from coopdesk.reports.catalog import REPORT_KINDS, build_report
from coopdesk.reports.output import ReportOutputError
from coopdesk.reports.upcoming import DateWindow
from coopdesk.ui.reports import pdf
from coopdesk.ui.reports.fonts import REPORT_FAMILY, registered_font_ids, report_font_family
from coopdesk.ui.reports.pdf import write_pdf

from .conftest import shows, squeeze

pytestmark = pytest.mark.store

TODAY = date(2024, 3, 1)
WINDOW = DateWindow(date(2023, 4, 1), date(2023, 12, 31))
PAGE_LABEL = {"en": "page {page} of {pages}", "ru": "стр. {page} из {pages}"}


def expected_titles(kind: str, measures) -> list[str]:
    """The measures a report must show, worked out here from the rules, not from the code."""
    if kind in ("plan", "agencies"):
        return [m.title for m in measures]
    if kind == "status":
        return [
            m.title
            for m in measures
            if m.status in (Status.POSTPONED, Status.CANCELLED)
            or (
                m.timing.end
                and m.timing.end < TODAY
                and m.status not in (Status.DONE, Status.CANCELLED)
            )
        ]
    dated = {Precision.DAY, Precision.DAYS, Precision.MONTH, Precision.MONTHS, Precision.QUARTER,
             Precision.HALF}  # fmt: skip
    return [
        m.title
        for m in measures
        if m.status is not Status.CANCELLED
        and m.timing.precision in dated
        and m.timing.start <= WINDOW.end
        and m.timing.end >= WINDOW.start
    ]


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("kind", [k for k in REPORT_KINDS if k != "changes"])
def test_each_report_is_a_pdf_with_the_title_every_measure_and_page_n_of_m(
    qapp, sample, tmp_path, pdf_pages, kind, lang
) -> None:
    service, plan = sample
    doc = build_report(service, plan.code, kind, lang=lang, today=TODAY, window=WINDOW)
    path = tmp_path / f"{kind}-{lang}.pdf"
    pages = write_pdf(doc, path)
    texts = pdf_pages(path)
    assert len(texts) == pages >= 1
    for number, text in enumerate(texts, start=1):
        label = PAGE_LABEL[lang].format(page=number, pages=pages)
        assert label in text, (number, text[-200:])
        assert ("Generated 1 Mar 2024" if lang == "en" else "Сформировано 01.03.2024") in text
    whole = squeeze("\n".join(texts))
    assert squeeze(plan.title) in whole
    titles = expected_titles(kind, service.list_measures(plan.id))
    assert titles, kind
    missing = [t for t in titles if not shows(texts, t)]
    assert missing == []
    # Kazakh letters come through (the sample has "Ұлы Дала", "Жастар – болашақ").
    if kind in ("plan", "agencies"):
        assert "Ұлы Дала" in "\n".join(texts) and "болашақ" in "\n".join(texts)


def test_the_status_pdf_prints_the_store_counts(qapp, sample, tmp_path, pdf_pages) -> None:
    service, plan = sample
    doc = build_report(service, plan.code, "status", lang="en", today=TODAY)
    path = tmp_path / "status.pdf"
    write_pdf(doc, path)
    text = "\n".join(pdf_pages(path, layout=True))
    counts = Counter(m.status for m in service.list_measures(plan.id))
    total_line = next(line for line in text.splitlines() if line.strip().startswith("Total "))
    figures = [0 if f == "–" else int(f) for f in re.findall(r"–|\d+", total_line)]
    done = counts[Status.DONE]
    assert figures == [*(counts[s] for s in Status), 34, round(100 * done / 34)]
    # The summary tiles and the overdue count.
    overdue = sum(m.is_overdue(TODAY) for m in service.list_measures(plan.id))
    assert re.search(rf"\b34\b.*\b{done} \({round(100 * done / 34)}%\)", text, re.S)
    assert f"{overdue}" in text


def test_pdfs_embed_the_shipped_font(qapp, sample, tmp_path, pdf_fonts) -> None:
    service, plan = sample
    assert report_font_family() == REPORT_FAMILY
    # Loaded from the package (importlib.resources), not borrowed from the system.
    ids = registered_font_ids()
    assert len(ids) == 2
    assert all(QFontDatabase.applicationFontFamilies(i) == [REPORT_FAMILY] for i in ids)
    path = tmp_path / "plan.pdf"
    write_pdf(build_report(service, plan.code, "plan", lang="ru", today=TODAY), path)
    listing = pdf_fonts(path)
    fonts = [line.split() for line in listing.splitlines()[2:]]
    assert {f[0] for f in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(f[-5] == "yes" for f in fonts)  # the "emb" column: embedded


def test_the_command_line_writes_each_report(qapp, sample, store_url, tmp_path, capsys, pdf_pages):
    for kind in REPORT_KINDS:
        out = tmp_path / f"{kind}.pdf"
        args = ["--db", store_url, "report", kind, "KZ-RU-MFA-2023", str(out), "--lang", "ru"]
        if kind == "upcoming":
            args += ["--from", "2023-04-01", "--to", "2023-12-31"]
        assert main([*args, "--as-of", "2024-03-01"]) == 0
        pages = pdf_pages(out)
        ending = "s" if len(pages) > 1 else ""
        assert capsys.readouterr().out == f"Wrote {out} ({len(pages)} page{ending}).\n"
        assert f"стр. 1 из {len(pages)}" in pages[0]
        assert "Сформировано 01.03.2024" in pages[0]


def test_a_pdf_that_cannot_be_written_is_explained_and_an_old_one_survives(
    qapp, sample, tmp_path, monkeypatch
) -> None:
    service, plan = sample
    doc = build_report(service, plan.code, "status", today=TODAY)
    with pytest.raises(ReportOutputError, match="does not exist"):
        write_pdf(doc, tmp_path / "nope" / "x.pdf")
    assert not (tmp_path / "nope").exists()
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    with pytest.raises(ReportOutputError, match=r"notes\.txt is a file, not a folder"):
        write_pdf(doc, folder / "notes.txt" / "x.pdf")
    old = folder / "old.pdf"
    old.write_bytes(b"%PDF-1.4 an older report")

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pdf, "render_document", broken)
    with pytest.raises(ReportOutputError, match="Cannot write the PDF file"):
        write_pdf(doc, old)
    assert old.read_bytes() == b"%PDF-1.4 an older report"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt", "old.pdf"]


def test_writing_over_an_older_pdf_replaces_it(qapp, sample, tmp_path: Path, pdf_pages) -> None:
    service, plan = sample
    path = tmp_path / "report.pdf"
    path.write_bytes(b"stale")
    write_pdf(build_report(service, plan.code, "agencies", today=TODAY), path)
    assert "ASSIGNMENTS BY RESPONSIBLE AGENCY" in pdf_pages(path)[0]
