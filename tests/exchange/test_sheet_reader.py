"""Partner sheets in the official layout: headers, sections, merged cells, CSV, mappings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.timing import Precision
from coopdesk.exchange.model import ImportRefused
from coopdesk.exchange.sheet_reader import match_header, section_number, split_section

# --------------------------------------------------------------------------- the sample


@pytest.fixture
def sample_rows(xl) -> list[list]:
    from openpyxl import load_workbook

    book = load_workbook(xl.partner_sample)
    sheet = book.worksheets[0]
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_the_partner_sample_imports_as_a_new_plan(imports, service, xl, sample_rows) -> None:
    preview = imports.preview(xl.partner_sample)
    assert preview.is_new_plan and not preview.errors and not preview.warnings
    outcome = imports.apply(preview)
    assert outcome.applied and outcome.added == 27
    plan = service.get_plan(outcome.plan_id)
    assert plan.code == "partner-plan-en"
    assert plan.title.startswith("PLAN OF MEASURES for cooperation between the Ministry")
    assert plan.party_a == "Ministry of Foreign Affairs of the Republic of Kazakhstan"
    assert plan.party_b == "Ministry of Foreign Affairs of the Russian Federation"
    assert (plan.period_start, plan.period_end) == (date(2023, 1, 1), date(2024, 12, 31))

    sectors = service.list_sectors(plan.id)
    top = [s for s in sectors if s.parent_id is None]
    subs = [s for s in sectors if s.parent_id is not None]
    assert len(top) == 5 and len(subs) == 6
    assert all(s.parent_id in {t.id for t in top} for s in subs)
    assert [s.code for s in top] == ["I", "II", "III", "IV", "V"]
    assert [(s.code, s.name) for s in subs] == [
        ("I.1", "High-level and top-level visits"),
        ("I.2", "Inter-ministerial consultations"),
        ("II.1", "Cross-border and interregional cooperation"),
        ("II.2", "Joint investment initiatives"),
        ("V.1", "Culture"),
        ("V.2", "Education and science"),
    ]

    # Every text intact: each measure equals its row as another reader sees it.
    measures = service.list_measures(plan.id)
    expected = [row for row in sample_rows if isinstance(row[0], (int, float))]
    assert len(measures) == len(expected) == 27
    for measure, row in zip(measures, expected, strict=True):
        number, title, timing, form, resp_a, resp_b, status = row[:7]
        assert measure.number == str(int(number))
        assert (measure.title, measure.timing.text, measure.form) == (title, timing, form)
        assert (measure.responsible_a, measure.responsible_b) == (resp_a, resp_b)
        assert measure.status.label == status
    # Section names intact too (less their numbering).
    section_texts = [
        row[0] for row in sample_rows if isinstance(row[0], str) and row[1] is None and row[0]
    ]
    names = [s.name for s in sectors]
    for text in section_texts[2:]:  # after the two title rows
        assert split_section(text)[1] in names

    by_title = {m.title: m for m in measures}
    visit = by_title[
        "Preparation of the state visit of the President of the Republic of Kazakhstan to the "
        "Russian Federation"
    ]
    assert (visit.timing.start, visit.timing.end) == (date(2023, 10, 1), date(2023, 12, 31))
    agreed = by_title[
        "Official visit of the Minister of Foreign Affairs of the Russian Federation to Astana"
    ]
    assert agreed.timing.precision is Precision.AGREED
    annual = by_title["Exchange of information on investment opportunities in the regions"]
    assert annual.timing.precision is Precision.ANNUAL
    assert annual.timing.start == date(2023, 1, 1)


# --------------------------------------------------------------------------- official layouts


RU_ROWS = [
    ["ПЛАН МЕРОПРИЯТИЙ"],
    ["по сотрудничеству между МИД РК и МИД России на 2023–2024 годы"],
    [],
    ["№ п/п", "Наименование мероприятия", "Форма завершения", "Срок исполнения",
     "Ответственные исполнители", None, "Примечание"],
    [None, None, None, None, "Казахстанская сторона", "Российская сторона", None],
    [1, 2, 3, 4, 5, 6, 7],
    ["1.", "Политический диалог"],
    ["1.1.", "Визиты на высшем уровне"],
    ["1.1.1.", "Государственный визит Президента Республики Казахстан в Российскую Федерацию",
     "Совместное заявление", "II квартал 2023 г.", "МИД РК, Посольство РК в РФ", "МИД России",
     None],
    ["1.1.2.", "Визит Министра иностранных дел Российской Федерации в Астану",
     "Протокол", "по согласованию сторон", None, "МИД России", "+7 (7172) 72-00-00"],
    ["2.", "Торгово-экономическое сотрудничество"],
    ["2.1.", "Заседание Межправительственной комиссии", "Протокол", "ежегодно",
     "Министерство торговли и интеграции РК", "Минэкономразвития России", None],
    [],
    ["* Сроки проведения мероприятий могут уточняться по дипломатическим каналам."],
    ["От Министерства иностранных дел Республики Казахстан", None, None, None,
     "От Министерства иностранных дел Российской Федерации"],
    ["_______________ М. Тлеуберди", None, None, None, "_______________ С. Лавров"],
]  # fmt: skip
RU_MERGES = ["A1:G1", "A2:G2", "E4:F4", "B7:G7", "B8:G8", "E9:E10"]


def test_a_russian_official_table(tmp_path: Path, xl, imports, service) -> None:
    path = xl.write_sheet(tmp_path / "план.xlsx", RU_ROWS, merges=RU_MERGES, title="План")
    preview = imports.preview(path)
    result = preview.result
    assert result.header_row == 4 and result.lang == "ru"
    assert sorted(result.columns.values()) == sorted(
        ["number", "title", "form", "timing", "responsible_a", "responsible_b", "notes"]
    )
    assert not preview.errors and not result.unmapped
    assert [(s.code, s.name, s.parent) for s in result.sectors] == [
        ("1", "Политический диалог", None),
        ("1.1", "Визиты на высшем уровне", "1"),
        ("2", "Торгово-экономическое сотрудничество", None),
    ]
    rows = [(m.row, m.values["number"], m.values["sector"]) for m in result.measures]
    assert rows == [(9, "1.1.1.", "1.1"), (10, "1.1.2.", "1.1"), (12, "2.1.", "2")]
    second = result.measures[1].values
    # The cell merged down over two measures gives its value to both.
    assert second["responsible_a"] == "МИД РК, Посольство РК в РФ"
    assert second["notes"] == "+7 (7172) 72-00-00"
    assert result.plan_values["period_start"] == date(2023, 1, 1)
    assert result.plan_values["period_end"] == date(2024, 12, 31)
    outcome = imports.apply(preview)
    assert outcome.applied and outcome.added == 3
    measures = service.list_measures(outcome.plan_id)
    assert [m.timing.precision for m in measures] == [
        Precision.QUARTER,
        Precision.AGREED,
        Precision.ANNUAL,
    ]
    # Numbers as written are kept (and pinned, since they are not CoopDesk's own).
    assert [(m.number, m.number_pinned) for m in measures] == [
        ("1.1.1.", True),
        ("1.1.2.", True),
        ("2.1.", True),
    ]


def test_a_signature_block_after_an_empty_row_is_not_a_measure(tmp_path: Path, xl, imports) -> None:
    rows = [r for r in RU_ROWS if not (r and str(r[0]).startswith("*"))]
    rows[-2] = ["Министр иностранных дел Республики Казахстан", None, None, None,
                "Министр иностранных дел Российской Федерации"]  # fmt: skip
    rows[-1] = ["М. Тлеуберди", None, None, None, "С. Лавров"]
    path = xl.write_sheet(tmp_path / "signed.xlsx", rows, merges=RU_MERGES)
    result = imports.preview(path).result
    assert [m.values["number"] for m in result.measures] == ["1.1.1.", "1.1.2.", "2.1."]


KK_ROWS = [
    ["Іс-шаралар жоспары 2023-2024"],
    ["Р/с №", "Іс-шараның атауы", "Орындау мерзімі", "Жауапты орындаушылар", "Аяқтау нысаны",
     "Ескертпе"],
    ["1", "Сарапшылар кеңесінің отырысы", "2023 жылғы сәуір", "ҚР СІМ", "Хаттама", None],
    ["I. Саяси диалог"],
    ["Жоғары деңгейдегі сапарлар"],
    ["2", "Қазақстан Республикасы Президентінің мемлекеттік сапары", "II тоқсан 2023",
     "ҚР СІМ", "Бірлескен мәлімдеме", "Өңделуде"],
    ["ІІ. Мәдени-гуманитарлық ынтымақтастық"],
    ["3", "Абай мен Пушкиннің мерейтойына арналған іс-шаралар", "тараптардың келісімі бойынша",
     "ҚР Мәдениет министрлігі", "Бағдарлама", None],
]  # fmt: skip


def test_kazakh_headers_roman_sections_and_measures_before_the_first_section(
    tmp_path: Path, xl, imports, service
) -> None:
    path = xl.write_sheet(tmp_path / "жоспар.xlsx", KK_ROWS, merges=["A4:F4", "A5:F5", "A7:F7"])
    preview = imports.preview(path, new=True)
    result = preview.result
    assert result.lang == "kk" and not preview.errors
    assert set(result.columns.values()) == {
        "number", "title", "timing", "responsible_a", "form", "notes"
    }  # fmt: skip
    assert [(s.code, s.name, s.parent) for s in result.sectors] == [
        ("0", "Іс-шаралар", None),
        ("I", "Саяси диалог", None),
        ("I.1", "Жоғары деңгейдегі сапарлар", "I"),
        ("II", "Мәдени-гуманитарлық ынтымақтастық", None),
    ]
    outcome = imports.apply(preview)
    measures = service.list_measures(outcome.plan_id)
    assert [m.title for m in measures] == [row[1] for row in KK_ROWS if row and row[0] in "123"]
    assert measures[1].notes == "Өңделуде"
    assert measures[1].timing.precision is Precision.QUARTER
    assert measures[2].timing.precision is Precision.AGREED


def test_header_synonyms_and_section_numbers() -> None:
    assert match_header("№ п/п") == "number"
    assert match_header("Р/с №") == "number"
    assert match_header("No.") == "number"
    assert match_header("Наименование мероприятия") == "title"
    assert match_header("Іс-шараның атауы") == "title"
    assert match_header("Срок исполнения (квартал)") == "timing"
    assert match_header("Орындау мерзімі") == "timing"
    assert match_header("Ответственные исполнители") == "responsible"
    assert match_header("Responsible (Kazakhstan)") == "responsible"
    assert match_header("Жауапты орындаушылар") == "responsible"
    assert match_header("Form of completion") == "form"
    assert match_header("Аяқтау нысаны") == "form"
    assert match_header("Примечание") == "notes"
    assert match_header("Ескертпе") == "notes"
    assert match_header("Budget, thousand tenge") is None
    assert section_number("1.") == "1"
    assert section_number("1.1.") == "1.1"
    assert section_number("IV") == "IV"
    assert section_number("ІІ.") == "II"  # Cyrillic "І" typed for the Roman numeral
    assert section_number("Раздел 3") == "3"
    assert section_number("Встреча") is None
    assert split_section("I. Political dialogue") == ("I", "Political dialogue")
    assert split_section("1.2 Visits") == ("1.2", "Visits")
    assert split_section("2023 visits") == (None, "2023 visits")


def test_a_sheet_with_no_table_is_refused_in_one_sentence(tmp_path: Path, xl, imports) -> None:
    path = xl.write_sheet(tmp_path / "budget.xlsx", [["Item", "Cost"], ["Flights", 1200]])
    with pytest.raises(ImportRefused) as caught:
        imports.preview(path)
    assert str(caught.value) == (
        "'budget.xlsx' has no table of measures in sheet 'Plan': none of its first 30 rows has "
        "headers such as 'No.', 'Measure' and 'Timing'."
    )


def test_an_unknown_status_is_reported_with_row_and_column(tmp_path: Path, xl, imports) -> None:
    rows = [["No.", "Measure", "Timing", "Status"],
            ["1", "Consultations", "Q2 2023", "Выполнено"],
            ["2", "Forum", "Q3 2023", "исполнено"],
            ["3", "Visit", "Q4 2023", "maybe later"]]  # fmt: skip
    preview = imports.preview(xl.write_sheet(tmp_path / "s.xlsx", rows))
    assert [m.values["status"] for m in preview.result.measures] == ["done", "done", "planned"]
    assert [str(p) for p in preview.errors] == [
        "Sheet 'Plan', row 4, column 'Status': 'maybe later' is not a known status (one of: "
        "Planned, In preparation, In progress, Done, Postponed, Cancelled, Carried over)."
    ]
    assert not imports.apply(preview).applied


# --------------------------------------------------------------------------- unknown columns


UNMAPPED_ROWS = [
    ["No.", "Measure", "Timing", "Participants", "Budget, thousand tenge"],
    ["1", "Business forum", "Q2 2024", "около 300", "1 500"],
    ["2", "Round table", "H2 2024", "40", ""],
]


def test_unknown_columns_are_kept_in_the_notes_by_default(
    tmp_path: Path, xl, imports, service
) -> None:
    preview = imports.preview(xl.write_sheet(tmp_path / "u.xlsx", UNMAPPED_ROWS))
    assert [(u.letter, u.header, u.choice) for u in preview.result.unmapped] == [
        ("D", "Participants", "notes"),
        ("E", "Budget, thousand tenge", "notes"),
    ]
    outcome = imports.apply(preview)
    notes = [m.notes for m in service.list_measures(outcome.plan_id)]
    assert notes == ["Participants: около 300\nBudget, thousand tenge: 1 500", "Participants: 40"]


def test_a_chosen_mapping_is_used_and_remembered_for_the_sender(
    tmp_path: Path, xl, imports, service
) -> None:
    path = xl.write_sheet(tmp_path / "u.xlsx", UNMAPPED_ROWS)
    preview = imports.preview(path)
    sender = preview.result.sender
    assert sender == "openpyxl"  # who saved the file, from its document properties
    keys = {u.header: u.key for u in preview.result.unmapped}
    preview = imports.remap(
        preview, {keys["Participants"]: "description", keys["Budget, thousand tenge"]: "ignore"}
    )
    outcome = imports.apply(preview)
    measures = service.list_measures(outcome.plan_id)
    assert [(m.description, m.notes) for m in measures] == [("около 300", ""), ("40", "")]
    assert imports.remembered(sender) == {
        keys["Participants"]: "description",
        keys["Budget, thousand tenge"]: "ignore",
    }
    # The next sheet from the same sender is mapped the same way at once.
    again = imports.preview(xl.write_sheet(tmp_path / "u2.xlsx", UNMAPPED_ROWS), new=True)
    assert [(u.header, u.choice, u.remembered) for u in again.result.unmapped] == [
        ("Participants", "description", True),
        ("Budget, thousand tenge", "ignore", True),
    ]
    assert again.result.measures[0].values["description"] == "около 300"


def test_a_refused_import_remembers_nothing(tmp_path: Path, xl, imports) -> None:
    rows = [*UNMAPPED_ROWS, ["3", "", "2024", "12", ""]]  # no title: refused
    preview = imports.preview(xl.write_sheet(tmp_path / "u.xlsx", rows))
    preview = imports.remap(preview, {preview.result.unmapped[0].key: "description"})
    assert preview.errors and not imports.apply(preview).applied
    assert imports.remembered(preview.result.sender) == {}


# --------------------------------------------------------------------------- CSV


CSV_TEXT = (
    "№ п/п;Наименование мероприятия;Срок исполнения;Ответственные исполнители;Примечание\n"
    "1.;Политический диалог;;;\n"
    "1.1.;Консультации заместителей министров;II квартал 2023 г.;МИД РК, МИД России;\n"
    '1.2.;"Встреча министров; подписание плана";12 апреля 2023 г.;МИД РК;"Қазақстан, Астана"\n'
)


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("cp1251", ";"), ("utf-8-sig", ";"), ("utf-8", ","), ("utf-16", "\t")],
)
def test_csv_as_excel_writes_it(tmp_path: Path, imports, encoding: str, separator: str) -> None:
    text = CSV_TEXT.replace(";", separator)
    if encoding == "cp1251":
        text = text.replace("Қазақстан", "Казахстан")  # Windows-1251 has no Kazakh letters
    path = tmp_path / "plan.csv"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    preview = imports.preview(path)
    assert not preview.errors
    result = preview.result
    assert [(s.code, s.name) for s in result.sectors] == [("1", "Политический диалог")]
    titles = [m.values["title"] for m in result.measures]
    assert titles == [
        "Консультации заместителей министров",
        f"Встреча министров{separator} подписание плана",
    ]
    assert result.measures[1].values["timing"] == "12 апреля 2023 г."
    expected = "Казахстан, Астана" if encoding == "cp1251" else "Қазақстан, Астана"
    assert result.measures[1].values["notes"] == expected.replace(
        ",", separator if separator == "," else ","
    )
