"""The four reports of the sample plan, as layouts: what they list, count and say."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from coopdesk.domain.vocab import Status
from coopdesk.errors import NotFoundError, ValidationError
from coopdesk.reports.agencies import split_agencies
from coopdesk.reports.catalog import REPORT_KINDS, build_report
from coopdesk.reports.document import (
    BarChart,
    Cell,
    Document,
    KeyValues,
    Row,
    SectionRow,
    SignatureBlock,
    Table,
    cell_text,
)
from coopdesk.reports.scope import ReportScope
from coopdesk.reports.upcoming import DateWindow
from coopdesk.store.schema import Measure, Sector

pytestmark = pytest.mark.store

TODAY = date(2024, 3, 1)


def rows(table: Table) -> list[tuple[str, ...]]:
    return [tuple(cell_text(c) for c in r.cells) for r in table.rows if isinstance(r, Row)]


def sections(table: Table) -> list[str]:
    return [r.text for r in table.rows if isinstance(r, SectionRow)]


def store_counts(service, plan_id: int) -> dict[str, Counter]:
    """Measures per top-level sector code and status, counted by SQL in the store."""
    with service.store.engine.connect() as conn:
        sectors = {
            sid: (code, parent)
            for sid, code, parent in conn.execute(
                select(Sector.id, Sector.code, Sector.parent_id).where(Sector.plan_id == plan_id)
            )
        }
        counts: dict[str, Counter] = {}
        for sid, status, n in conn.execute(
            select(Measure.sector_id, Measure.status, func.count())
            .where(Measure.plan_id == plan_id)
            .group_by(Measure.sector_id, Measure.status)
        ):
            while sectors[sid][1] is not None:
                sid = sectors[sid][1]
            counts.setdefault(sectors[sid][0], Counter())[status] += n
    return counts


# -- plan document --------------------------------------------------------------------------


def test_plan_document_is_the_official_table_with_every_measure(sample) -> None:
    service, plan = sample
    doc = build_report(service, plan.code, "plan", lang="ru", today=TODAY)
    assert doc.title.heading == "ПЛАН МЕРОПРИЯТИЙ"
    # The title's first words are the heading: the line under it goes on from there.
    assert doc.title.lines[0].startswith("по сотрудничеству между Министерством")
    assert ("Период", "01.01.2023 – 31.12.2024") in doc.title.details
    assert ("Подписан", "12.04.2023, Москва") in doc.title.details
    assert doc.header_left == plan.title and doc.header_right == "Сформировано 01.03.2024"
    assert doc.page_label == "стр. {page} из {pages}"
    (table,) = doc.tables()
    assert [c.title for c in table.columns] == [
        "№ п/п",
        "Наименование мероприятия",
        "Форма завершения",
        "Срок исполнения",
        "Ответственные исполнители",
        "Примечание",
    ]
    assert table.numbered_header
    measures = service.list_measures(plan.id)
    assert [r[1] for r in rows(table)] == [m.title for m in measures]
    first = rows(table)[0]
    assert first == (
        "1.1.1.",
        measures[0].title,
        "Подписание Плана мероприятий на 2023-2024 годы; совместная пресс-конференция",
        "12 апреля 2023 г.",  # the timing words exactly as written
        "МИД РК, Посольство РК в РФ;\nМИД России",
        "",
    )
    assert sections(table)[:3] == [
        "1. Политический диалог",
        "1.1. Визиты и встречи на высшем и высоком уровнях",
        "1.2. Межмидовские консультации",
    ]
    assert len(sections(table)) == len(service.list_sectors(plan.id))
    assert [r.level for r in table.rows if isinstance(r, SectionRow)][:2] == [0, 1]
    signatures = doc.blocks[-1]
    assert isinstance(signatures, SignatureBlock)
    assert [p.heading for p in signatures.parties] == [
        "За Министерство иностранных дел Республики Казахстан",
        "За Министерство иностранных дел Российской Федерации",
    ]
    assert signatures.place_date == "Место и дата подписания: Москва, 12.04.2023"
    assert doc.title.stamp == ""  # in force, not a draft


def test_plan_document_in_english_and_a_draft_is_stamped(service) -> None:
    plan = service.create_plan(
        code="D-1",
        title="Plan of measures for cooperation in 2025",
        party_a="Ministry of Foreign Affairs of the Republic of Kazakhstan",
        party_b="The Ministry of Culture of Kazakhstan",
    )
    sector = service.add_sector(plan.id, "Culture")
    service.add_measure(plan.id, sector.id, title="Дни культуры «Ұлы Дала»", timing="Q2 2025")
    doc = build_report(service, plan.id, "plan", lang="en", today=TODAY)
    assert doc.title.heading == "PLAN OF MEASURES"
    assert doc.title.lines == ("for cooperation in 2025",)
    assert doc.title.stamp == "DRAFT"
    assert doc.page_label == "page {page} of {pages}"
    signatures = doc.blocks[-1]
    assert isinstance(signatures, SignatureBlock)
    assert [p.heading for p in signatures.parties] == [
        "For the Ministry of Foreign Affairs of the Republic of Kazakhstan",
        "For the Ministry of Culture of Kazakhstan",
    ]
    assert signatures.place_date.endswith("____________________")  # not signed yet
    assert rows(doc.tables()[0])[0][1] == "Дни культуры «Ұлы Дала»"


def test_a_scoped_plan_document_keeps_only_the_sections_above_its_measures(sample) -> None:
    service, plan = sample
    sectors = {s.code: s.id for s in service.list_sectors(plan.id)}
    scope = ReportScope.of(sector_ids=[sectors["3"]], statuses=["done"])
    doc = build_report(service, plan.code, "plan", lang="en", today=TODAY, scope=scope)
    (table,) = doc.tables()
    assert sections(table) == [
        "3. Сотрудничество в рамках СНГ, ЕАЭС и ОДКБ",
        "3.1. Содружество Независимых Государств",
        "3.2. Евразийский экономический союз",
        "3.3. Организация Договора о коллективной безопасности",
    ]
    expected = [
        m.title
        for m in service.list_measures(plan.id)
        if m.sector_id in {sectors["3.1"], sectors["3.2"], sectors["3.3"]}
        and m.status is Status.DONE
    ]
    assert [r[1] for r in rows(table)] == expected and len(expected) == 4
    # The printed page says it is a selection, not the whole plan.
    assert (
        "Selection",
        "sectors: 3 Сотрудничество в рамках СНГ, ЕАЭС и ОДКБ; status: Done (4 of 34 measures)",
    ) in doc.title.details


# -- status report --------------------------------------------------------------------------


def test_status_report_counts_match_the_store(sample) -> None:
    service, plan = sample
    doc = build_report(service, plan.code, "status", lang="en", today=TODAY)
    expected = store_counts(service, plan.id)
    by_sector = doc.tables()[0]
    statuses = list(Status)
    assert [c.title for c in by_sector.columns] == [
        "Sector",
        *(s.label for s in statuses),
        "Total",
        "Done, %",
    ]
    top_rows = {
        r.cells[0].text.split(".")[0]: [cell_text(c) for c in r.cells]
        for r in by_sector.rows
        if isinstance(r, Row) and isinstance(r.cells[0], Cell) and r.cells[0].bold
    }
    assert set(top_rows) == set(expected)
    for code, counts in expected.items():
        cells = top_rows[code]
        n = len(statuses)  # one column per status, then the total and the share done
        shown = [0 if c == "–" else int(c) for c in cells[1 : 1 + n]]
        assert shown == [counts[s.value] for s in statuses], code
        assert int(cells[1 + n]) == sum(counts.values())
        assert cells[2 + n] == f"{round(100 * counts['done'] / sum(counts.values()))}%"
    total = by_sector.rows[-1]
    assert isinstance(total, Row) and total.emphasis
    all_counts = sum(expected.values(), Counter())
    assert [cell_text(c) for c in total.cells][: len(statuses) + 2] == [
        "Total",
        *(str(all_counts[s.value]) if all_counts[s.value] else "–" for s in statuses),
        "34",
    ]
    tiles = next(b for b in doc.blocks if isinstance(b, KeyValues))
    done = all_counts["done"]
    assert tiles.items[0] == ("Measures", "34")
    assert tiles.items[1] == ("Done", f"{done} ({round(100 * done / 34)}%)")
    chart = next(b for b in doc.blocks if isinstance(b, BarChart))
    assert len(chart.categories) == len(expected)
    assert sum(chart.totals()) == 34
    assert [s.label for s in chart.series] == [s.label for s in statuses]


def test_status_report_lists_overdue_then_postponed_and_cancelled_with_notes(sample) -> None:
    service, plan = sample
    measures = service.list_measures(plan.id)
    doc = build_report(service, plan.code, "status", lang="ru", today=TODAY)
    overdue_table, troubled_table = doc.tables()[1], doc.tables()[2]
    overdue = [m for m in measures if m.is_overdue(TODAY)]
    assert overdue  # the sample has some on 1 March 2024
    assert [r[1] for r in rows(overdue_table)] == [m.title for m in overdue]
    for row, m in zip(rows(overdue_table), overdue, strict=True):
        assert row[2] == m.timing.text
        assert row[3] == f"{m.timing.end:%d.%m.%Y}"
        assert row[6] == m.notes
    troubled = [m for m in measures if m.status in (Status.POSTPONED, Status.CANCELLED)]
    assert [(r[1], r[3], r[4]) for r in rows(troubled_table)] == [
        (m.title, m.status.label_in("ru"), m.notes) for m in troubled
    ]
    assert all(m.notes for m in troubled)  # the sample explains each one


def test_status_report_later_finds_more_overdue(sample) -> None:
    service, plan = sample
    early = build_report(service, plan.code, "status", today=date(2023, 1, 2))
    middle = build_report(service, plan.code, "status", today=TODAY)
    late = build_report(service, plan.code, "status", today=date(2025, 6, 1))
    assert rows(early.tables()[1]) == []
    assert early.tables()[1].empty_text == "No overdue measures."
    assert len(rows(late.tables()[1])) > len(rows(middle.tables()[1])) > 0


# -- upcoming events ------------------------------------------------------------------------


def test_upcoming_events_group_fixed_dates_by_week(sample) -> None:
    service, plan = sample
    window = DateWindow(date(2023, 4, 1), date(2023, 6, 30))
    doc = build_report(service, plan.code, "upcoming", lang="en", today=TODAY, window=window)
    (table,) = doc.tables()
    assert sections(table) == [
        "Week of 10 Apr 2023 – 16 Apr 2023",
        "Week of 12 Jun 2023 – 18 Jun 2023",
        "During the period, no fixed date",
    ]
    listed = rows(table)
    assert listed[0][0] == "Wed 12 Apr 2023"
    assert listed[0][1].startswith("1.1.1. Встреча Заместителя Премьер-Министра")
    assert listed[0][2:4] == ("Москва", "Minister")
    assert listed[1][0] == "Thu 15 Jun 2023"
    loose = [r[0] for r in listed[2:]]
    assert loose == ["II квартал 2023 г.", "июнь 2023 г."]  # by when they end
    # Nothing cancelled, nothing "by agreement", nothing outside the window.
    titles = " ".join(r[1] for r in listed)
    assert "Встречи министров иностранных дел на полях" not in titles
    assert doc.title.lines[1] == "1 Apr 2023 – 30 Jun 2023"


def test_upcoming_events_span_days_and_leave_out_cancelled(sample) -> None:
    service, plan = sample
    window = DateWindow(date(2024, 7, 1), date(2024, 9, 30))
    doc = build_report(service, plan.code, "upcoming", lang="ru", today=TODAY, window=window)
    listed = rows(doc.tables()[0])
    assert listed[0][0] == "03.07.2024 – 04.07.2024"
    assert sections(doc.tables()[0])[0] == "Неделя 01.07.2024 – 07.07.2024"
    measures = service.list_measures(plan.id)
    cancelled = [m.title for m in measures if m.status is Status.CANCELLED]
    assert not any(title in r[1] for r in listed for title in cancelled)


def test_upcoming_events_default_to_the_next_30_days_and_say_when_empty(sample) -> None:
    service, plan = sample
    doc = build_report(service, plan.code, "upcoming", lang="en", today=date(2026, 11, 28))
    assert doc.title.lines[1] == "28 Nov 2026 – 27 Dec 2026"
    assert rows(doc.tables()[0]) == []
    assert doc.tables()[0].empty_text == "No events in this period."


def test_a_window_must_run_forwards() -> None:
    with pytest.raises(ValidationError, match="starts on 2024-02-01 after it ends on 2024-01-01"):
        DateWindow(date(2024, 2, 1), date(2024, 1, 1))
    with pytest.raises(ValidationError, match="at least 1 day"):
        DateWindow.next_days(TODAY, 0)
    assert DateWindow.next_days(TODAY, 90).end == date(2024, 5, 29)


# -- assignments per agency -----------------------------------------------------------------


def test_split_agencies_tidies_and_deduplicates() -> None:
    assert split_agencies(" МИД РК,  Посольство РК в РФ; мид рк\nАкиматы ") == [
        "МИД РК",
        "Посольство РК в РФ",
        "Акиматы",
    ]
    assert split_agencies("") == []


def test_agency_assignments_give_each_agency_all_its_measures(sample) -> None:
    service, plan = sample
    measures = service.list_measures(plan.id)
    doc = build_report(service, plan.code, "agencies", lang="ru", today=TODAY)
    summary_a, detail_a, summary_b, detail_b = doc.tables()
    for summary, detail, side in ((summary_a, detail_a, "a"), (summary_b, detail_b, "b")):
        expected: dict[str, list[str]] = {}
        for m in measures:
            for name in split_agencies(getattr(m, f"responsible_{side}")):
                expected.setdefault(name, []).append(m.title)
        assert [r[0] for r in rows(summary)] == sorted(expected, key=str.casefold)
        assert {r[0]: int(r[1]) for r in rows(summary)} == {k: len(v) for k, v in expected.items()}
        # Each agency's section lists exactly its measures, in plan order.
        current = None
        found: dict[str, list[str]] = {}
        for r in detail.rows:
            if isinstance(r, SectionRow):
                current = r.text.split(" — ")[0]
            else:
                found.setdefault(current, []).append(cell_text(r.cells[1]))
        assert found == expected
    assert "МИД РК — мероприятий: 31" in sections(detail_a)
    mid_rk = next(r for r in rows(summary_a) if r[0] == "МИД РК")
    late = [m for m in measures if "МИД РК" in m.responsible_a and m.is_overdue(TODAY)]
    assert mid_rk[4] == str(len(late))


# -- catalog --------------------------------------------------------------------------------


def test_every_kind_builds_and_bad_requests_are_refused(sample) -> None:
    service, plan = sample
    for kind in REPORT_KINDS:
        doc = build_report(service, plan.id, kind, lang="ru", today=TODAY)
        assert isinstance(doc, Document) and doc.kind == kind
        assert doc.footer_left.startswith("KZ-RU-MFA-2023 · ")
    with pytest.raises(ValidationError, match="There is no report 'gantt'"):
        build_report(service, plan.id, "gantt")
    with pytest.raises(ValidationError, match="en, ru or kk, not 'de'"):
        build_report(service, plan.id, "plan", lang="de")  # kk is a report language now
    with pytest.raises(NotFoundError):
        build_report(service, "NO-SUCH-PLAN", "plan")


def test_an_english_plan_document_of_russian_parties_signs_for_them_by_name(sample) -> None:
    service, plan = sample
    doc = build_report(service, plan.code, "plan", lang="en", today=TODAY)
    signatures = doc.blocks[-1]
    assert isinstance(signatures, SignatureBlock)
    assert signatures.parties[0].heading == "For Министерство иностранных дел Республики Казахстан"
    assert signatures.place_date == "Place and date of signing: Москва, 12 Apr 2023"
