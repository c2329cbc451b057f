"""Export then import gives the same plan, field for field (a hypothesis property test)."""

from __future__ import annotations

import itertools
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.domain.model import MEASURE_FIELDS, PLAN_FIELDS
from coopdesk.domain.timing import Precision, Timing, format_span, parse_timing
from coopdesk.domain.vocab import Framework, Kind, Level, PlanState, Priority, Status
from coopdesk.services.exports import export_plan
from coopdesk.services.imports import ImportService
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store

# Letters a plan holds: Latin, Russian, Kazakh, digits, punctuation, spaces, line breaks.
ALPHABET = (
    "abcxyzABCXYZ"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁЖЗИЙМОЯ"
    "ҚқӘәҒғҮүҰұӨөІіҢңҺһ"
    "0123456789 .,;:!?()-–—«»\"'/№%&<>=+@_*#\n\t"
)
SPECIAL = [
    "=1+1",
    "+7 (7172) 72-00-00",
    "-15%",
    "@SUM(A1:A3)",
    '=HYPERLINK("http://evil","click")',
    "_x0041_ stays",
    "  leading and trailing  ",
    "line one\nline two",
    "Қазақстан Республикасы",
    "1.2.3",
    "0042",
]
text = st.one_of(st.text(ALPHABET, max_size=60), st.sampled_from(SPECIAL))
name = st.one_of(
    st.text(ALPHABET, min_size=1, max_size=50).filter(lambda s: s.strip()),
    st.sampled_from([s for s in SPECIAL if s.strip()]),
)
PERIOD = (date(2023, 1, 1), date(2024, 12, 31))


@st.composite
def timings(draw) -> Timing | str:
    """Every kind of timing: spans in three languages, open forms, words, nothing, by hand."""
    precision = draw(st.sampled_from(list(Precision)))
    lang = draw(st.sampled_from(["en", "ru", "kk"]))
    start = date(2023, 1, 1) + timedelta(days=draw(st.integers(0, 700)))
    if precision is Precision.NONE:
        return draw(st.sampled_from(["", "  "]))
    if precision is Precision.UNPARSED:
        return draw(st.sampled_from(["по мере готовности", "after the elections", "?"]))
    if precision in (Precision.PLAN, Precision.ANNUAL, Precision.AGREED):
        return format_span(start, start, precision, lang)
    spans = {
        Precision.DAY: (start, start),
        Precision.DAYS: (start, start + timedelta(days=2)),
        Precision.MONTH: (start.replace(day=1), _month_end(start)),
        Precision.MONTHS: (
            start.replace(day=1),
            _month_end(start.replace(day=28) + timedelta(days=5)),
        ),
        Precision.QUARTER: _quarter(start),
        Precision.HALF: _half(start),
        Precision.YEAR: (date(start.year, 1, 1), date(start.year, 12, 31)),
        Precision.YEARS: (date(start.year, 1, 1), date(start.year + 1, 12, 31)),
        Precision.DEADLINE: (date(2023, 1, 1), start),  # due by start, from the plan's start
    }
    first, last = spans[precision]
    words = format_span(first, last, precision, lang)
    if draw(st.booleans()):
        return words  # parsed by the service, as a user types it
    # Set by hand: the words of one span with the dates of another.
    return Timing(words, first - timedelta(days=1), last, precision)


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _quarter(day: date) -> tuple[date, date]:
    q = (day.month - 1) // 3
    return date(day.year, 3 * q + 1, 1), _month_end(date(day.year, 3 * q + 3, 1))


def _half(day: date) -> tuple[date, date]:
    h = (day.month - 1) // 6
    return date(day.year, 6 * h + 1, 1), _month_end(date(day.year, 6 * h + 6, 1))


@st.composite
def measures(draw) -> dict:
    values = {
        "title": draw(name),
        "description": draw(text),
        "kind": draw(st.sampled_from(list(Kind))).value,
        "level": draw(st.sampled_from([None, *Level])),
        "framework": draw(st.sampled_from(list(Framework))).value,
        "responsible_a": draw(text),
        "responsible_b": draw(text),
        "form": draw(text),
        "timing": draw(timings()),
        "location": draw(text),
        "status": draw(st.sampled_from(list(Status))).value,
        "priority": draw(st.sampled_from(list(Priority))).value,
        "notes": draw(text),
    }
    if values["level"] is not None:
        values["level"] = values["level"].value
    numbering = draw(st.sampled_from(["auto", "typed", "typed-like-auto"]))
    return {"values": values, "numbering": numbering}


@st.composite
def plans(draw) -> dict:
    sectors = []
    for _top in range(draw(st.integers(1, 3))):
        children = draw(st.integers(0, 2))
        sectors.append(
            {
                "name": draw(name),
                "children": [draw(name) for _ in range(children)],
                "measures": [draw(measures()) for _ in range(draw(st.integers(0, 3)))],
                "child_measures": [
                    [draw(measures()) for _ in range(draw(st.integers(0, 2)))]
                    for _ in range(children)
                ],
            }
        )
    return {
        "title": draw(name),
        "party_a": draw(text),
        "party_b": draw(text),
        "period": draw(st.sampled_from([PERIOD, None])),
        "signed_place": draw(text),
        "state": draw(st.sampled_from(list(PlanState))).value,
        "sectors": sectors,
        "delete_one": draw(st.booleans()),
        "custom_code": draw(st.booleans()),
        "lang": draw(st.sampled_from(["en", "ru"])),
    }


def build(service: PlanService, spec: dict, code: str) -> int:
    """A plan in the store as the spec says, made through the services as a user would."""
    period = spec["period"] or (None, None)
    plan = service.create_plan(
        code=code,
        title=spec["title"],
        party_a=spec["party_a"],
        party_b=spec["party_b"],
        period_start=period[0],
        period_end=period[1],
        signed_date=date(2023, 4, 12) if spec["period"] else None,
        signed_place=spec["signed_place"],
        state=spec["state"],
    )
    added = []
    for top in spec["sectors"]:
        sector = service.add_sector(plan.id, top["name"])
        children = [service.add_sector(plan.id, n, parent_id=sector.id) for n in top["children"]]
        groups = [(sector, top["measures"]), *zip(children, top["child_measures"], strict=True)]
        for target, items in groups:
            for item in items:
                values = dict(item["values"])
                if item["numbering"] == "typed":
                    values["number"] = f"{target.code}-{len(added) + 1}а"
                measure = service.add_measure(plan.id, target.id, **values)
                if item["numbering"] == "typed-like-auto":
                    # Typed by hand yet equal to the automatic number: pinned all the same.
                    measure = service.update_measure(measure.id, number=measure.number + " ")
                    measure = service.update_measure(measure.id, number=measure.number.strip())
                added.append(measure)
    sectors = service.list_sectors(plan.id)
    if spec["custom_code"] and len(sectors) > 1:
        # A code typed by hand that says nothing of the tree: the export keeps the tree.
        last = sectors[-1]
        service.rename_sector(last.id, last.name, code=f"X{last.id}")
    if spec["delete_one"] and len(added) > 1:
        service.delete_measures([added[0].id])  # leaves a gap in the numbering
    return plan.id


def snapshot(service: PlanService, plan_id: int) -> dict:
    """Everything of a plan a user can see or edit, by position (ids differ between stores)."""
    plan = service.get_plan(plan_id)
    sectors = service.list_sectors(plan_id)
    code_of = {s.id: s.code for s in sectors}
    return {
        "plan": {f: getattr(plan, f) for f in PLAN_FIELDS},
        "sectors": [(s.code, s.name, code_of.get(s.parent_id)) for s in sectors],
        "measures": [
            (
                code_of[m.sector_id],
                m.number_pinned,
                m.timing.start,
                m.timing.end,
                m.timing.precision,
                *(getattr(m, f) for f in MEASURE_FIELDS),
            )
            for m in service.list_measures(plan_id)
        ],
    }


@pytest.fixture
def target(tmp_path: Path) -> ImportService:
    """A second, empty store to import into."""
    store = open_store(f"sqlite:///{tmp_path / 'target.db'}")
    yield ImportService(PlanService(store))
    store.close()


_codes = itertools.count(1)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=plans())
def test_export_then_import_gives_the_same_plan(
    spec: dict, service: PlanService, target: ImportService, tmp_path: Path
) -> None:
    code = f"RT-{next(_codes)}"
    plan_id = build(service, spec, code)
    path = tmp_path / f"{code}.xlsx"
    export_plan(service, plan_id, path, spec["lang"])
    preview = target.preview(path)
    assert not preview.errors, preview.errors
    assert not preview.warnings, preview.warnings
    outcome = target.apply(preview)
    assert outcome.applied
    assert snapshot(target.plans, outcome.plan_id) == snapshot(service, plan_id)


def test_the_sample_plan_round_trips_in_both_languages(sample, target, tmp_path: Path) -> None:
    service, plan = sample
    for lang in ("ru", "en"):
        path = tmp_path / f"sample-{lang}.xlsx"
        export_plan(service, plan.id, path, lang)
        outcome = target.apply(target.preview(path, new=True))
        copy = snapshot(target.plans, outcome.plan_id)
        original = snapshot(service, plan.id)
        assert copy["plan"].pop("code") == (
            "KZ-RU-MFA-2023" if lang == "ru" else "KZ-RU-MFA-2023-2"
        )
        original["plan"].pop("code")
        assert copy == original


def test_text_that_looks_like_a_formula_is_written_as_text(service, tmp_path: Path) -> None:
    plan = service.create_plan(code="F", title="Formula-looking text")
    sector = service.add_sector(plan.id, "=SUM(A1:A9)")
    for title in ("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,2)"):
        service.add_measure(plan.id, sector.id, title=title, notes="=1+1")
    path = tmp_path / "f.xlsx"
    export_plan(service, plan.id, path)
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # not one formula in the plan sheet
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value[:1] in "=+-@"]
    assert {c.value for c in risky} >= {"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,2)", "=1+1"}
    assert all(c.data_type == "s" for c in risky)


def test_fast_rows_match_measure_columns(service, tmp_path: Path) -> None:
    """The import writes rows without ``measure_columns``; they must equal what it gives."""
    from coopdesk.services.plans import measure_columns

    plan = service.create_plan(
        code="FAST", title="t", period_start="2023-01-01", period_end="2024-12-31"
    )
    sector = service.add_sector(plan.id, "Сектор")
    samples = [
        {"title": "Визит", "timing": "II квартал 2023 г.", "level": "minister", "kind": "visit"},
        {"title": "Форум", "timing": "ежегодно", "status": "done", "notes": "Қазақстан"},
        {"title": "Встреча", "timing": "", "framework": "eaeu", "priority": "high"},
    ]
    for values in samples:
        service.add_measure(plan.id, sector.id, **values)
    path = tmp_path / "fast.xlsx"
    export_plan(service, plan.id, path, "ru")
    imports = ImportService(service)
    outcome = imports.apply(imports.preview(path, new=True))
    period = (date(2023, 1, 1), date(2024, 12, 31))
    for values, measure in zip(samples, service.list_measures(outcome.plan_id), strict=True):
        expected = measure_columns(values, period, partial=False)
        timing = parse_timing(values["timing"], period)
        assert measure.title == expected["title"] and measure.notes == expected["notes"]
        assert (measure.kind.value, measure.level.value if measure.level else None) == (
            expected["kind"],
            expected["level"],
        )
        assert (measure.framework.value, measure.status.value, measure.priority.value) == (
            expected["framework"],
            expected["status"],
            expected["priority"],
        )
        assert measure.timing == timing


def test_an_import_gives_its_measures_ascending_unique_version_7_ids(service, tmp_path) -> None:
    """New measures' ids are RFC 9562 version 7 UUIDs, ascending within an import (the
    store's uid index takes them in order), and two imports never share one."""
    import uuid

    plan = service.create_plan(
        code="UIDS", title="t", period_start="2024-01-01", period_end="2024-12-31"
    )
    sector = service.add_sector(plan.id, "Сектор")
    for i in range(30):
        service.add_measure(plan.id, sector.id, title=f"Мероприятие {i}", timing="2024 г.")
    path = tmp_path / "uids.xlsx"
    export_plan(service, plan.id, path, "ru")
    imports = ImportService(service)
    ids = []
    for _ in range(2):
        outcome = imports.apply(imports.preview(path, new=True))
        made = [m.uid for m in service.list_measures(outcome.plan_id)]
        assert made == sorted(made) and len(made) == 30
        assert {uuid.UUID(u).version for u in made} == {7}
        assert all(str(uuid.UUID(u)) == u for u in made)  # canonical text
        ids.extend(made)
    assert len(set(ids)) == 60
