"""Excel in Kazakh (issue 12 item 5): export, read back, and the plan's guessed language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.cli import main
from coopdesk.domain.model import MEASURE_FIELDS, PLAN_FIELDS
from coopdesk.exchange.sheet_reader import guess_language, parse_vocab
from coopdesk.exchange.vocab_labels import KK_LABELS
from coopdesk.services.exports import export_plan
from coopdesk.services.imports import ImportService
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def _kazakh_plan(service: PlanService, language: str = "kk") -> int:
    plan = service.create_plan(
        code="KZ-RU-2025",
        title="Қазақстан Республикасы СІМ мен Ресей Федерациясы СІМ арасындағы 2025-2026 "
        "жылдарға арналған консультациялар жоспары",
        party_a="ҚР СІМ",
        party_b="РФ СІМ",
        period_start=date(2025, 1, 1),
        period_end=date(2026, 12, 31),
        signed_date=date(2025, 2, 14),
        signed_place="Астана",
        state="signed",
        language=language,
    )
    dialogue = service.add_sector(plan.id, "Саяси диалог")
    visits = service.add_sector(plan.id, "Жоғары деңгейдегі сапарлар", parent_id=dialogue.id)
    culture = service.add_sector(plan.id, "Мәдени-гуманитарлық ынтымақтастық")
    service.add_measure(
        plan.id,
        visits.id,
        title="Қазақстан Республикасы Президентінің Ресейге мемлекеттік сапары",
        description="Өңірлік қауіпсіздік мәселелері бойынша келіссөздер",
        kind="visit",
        level="head_of_state",
        framework="bilateral",
        responsible_a="ҚР СІМ, ҚР Президенті Әкімшілігі",
        responsible_b="РФ СІМ",
        form="Бірлескен мәлімдеме",
        timing="2025 жылғы ІІ тоқсан",
        location="Мәскеу",
        status="done",
        priority="high",
        notes="Күн тараптардың келісімі бойынша нақтыланады",
    )
    service.add_measure(
        plan.id,
        dialogue.id,
        title="СІМ орынбасарлары деңгейіндегі консультациялар",
        kind="consultations",
        level="deputy_minister",
        framework="cis",
        responsible_a="ҚР СІМ",
        timing="жыл сайын",
        status="in_progress",
        priority="low",
        notes="Әліпби: ӘҒҚҢӨҰҮҺІ әғқңөұүһі",
    )
    service.add_measure(
        plan.id,
        culture.id,
        title="Мәдениет күндері",
        kind="event",
        framework="eaeu",
        timing="тараптардың келісімі бойынша",
        status="postponed",
        number="3.1а",
    )
    service.add_measure(
        plan.id,
        culture.id,
        title="Студенттер алмасу бағдарламасы",
        kind="exchange",
        level="expert",
        framework="sco",
        status="cancelled",
    )
    return plan.id


def _snapshot(service: PlanService, plan_id: int) -> dict:
    plan = service.get_plan(plan_id)
    sectors = service.list_sectors(plan_id)
    code_of = {s.id: s.code for s in sectors}
    return {
        "plan": {f: getattr(plan, f) for f in PLAN_FIELDS if f != "code"},
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
def target(tmp_path: Path):
    """A second, empty store to import into."""
    store = open_store(f"sqlite:///{tmp_path / 'target.db'}")
    yield ImportService(PlanService(store))
    store.close()


def test_a_kazakh_export_reads_back_field_for_field(service, target, tmp_path: Path) -> None:
    plan_id = _kazakh_plan(service)
    path = tmp_path / "kk.xlsx"
    export_plan(service, plan_id, path, "kk")
    preview = target.preview(path, new=True)
    assert not preview.errors and not preview.warnings
    assert preview.result.lang == "kk"  # the headers were read as Kazakh ones
    outcome = target.apply(preview)
    assert outcome.applied and outcome.added == 4
    assert _snapshot(target.plans, outcome.plan_id) == _snapshot(service, plan_id)
    assert target.plans.get_plan(outcome.plan_id).language == "kk"


def test_a_kazakh_export_merges_back_into_its_plan_unchanged(service, tmp_path: Path) -> None:
    plan_id = _kazakh_plan(service)
    path = tmp_path / "kk.xlsx"
    export_plan(service, plan_id, path, "kk")
    preview = ImportService(service).preview(path)
    assert preview.plan_id == plan_id
    assert preview.diff.is_empty and not preview.errors


def test_the_kazakh_sheet_holds_glossary_words_and_kazakh_letters(service, tmp_path) -> None:
    plan_id = _kazakh_plan(service)
    path = tmp_path / "kk.xlsx"
    export_plan(service, plan_id, path, "kk")
    book = load_workbook(path)
    assert book.sheetnames[0] == "Жоспар"
    sheet = book["Жоспар"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(row for row in cells if row[0] == "р/с №")
    assert header[:8] == [
        "р/с №",
        "Іс-шараның атауы",
        "Аяқтау нысаны",
        "Орындау мерзімі",
        "Жауапты орындаушылар (ҚР СІМ)",
        "Жауапты орындаушылар (РФ СІМ)",
        "Күйі",
        "Ескертпе",
    ]
    assert header[8:14] == ["Сипаттамасы", "Түрі", "Деңгейі", "Форматы", "Өткізілетін орны",
                            "Басымдығы"]  # fmt: skip
    visit = next(row for row in cells if row[0] == "1.1.1")
    assert visit[1] == "Қазақстан Республикасы Президентінің Ресейге мемлекеттік сапары"
    assert visit[6] == "Орындалды"
    assert visit[9:14] == ["Сапар", "Мемлекет басшысы", "Екіжақты", "Мәскеу", "Жоғары"]
    measure_rows = [r for r in cells if isinstance(r[0], str) and r[0][:1].isdigit() and r[14]]
    statuses = {row[6] for row in measure_rows}
    assert statuses == {"Орындалды", "Орындалу үстінде", "Кейінге шегерілді", "Бас тартылды"}
    assert cells[0][0].startswith("Қазақстан Республикасы СІМ")
    assert any(c and "Кезең: 01.01.2025 – 31.12.2026" in c for c in cells[2] if c)
    # Every Kazakh letter the plan holds is in the file as it was written.
    text = "".join(str(v) for row in cells for v in row if v is not None)
    assert set(KAZAKH_LETTERS) <= set(text)
    assert "Әліпби: ӘҒҚҢӨҰҮҺІ әғқңөұүһі" in text
    assert sheet.oddFooter.center.text == "&N беттің &P-беті"


def test_kazakh_vocabulary_names_are_read_as_codes() -> None:
    assert parse_vocab("status", "Орындалды") == "done"
    assert parse_vocab("status", "кейінге  шегерілді") == "postponed"
    assert parse_vocab("kind", "Көпшілік іс-шара") == "event"
    assert parse_vocab("framework", "ҰҚШҰ") == "csto"
    assert parse_vocab("level", "Министрдің орынбасары") == "deputy_minister"
    assert parse_vocab("priority", "Қалыпты") == "normal"
    with pytest.raises(ValueError, match="not a known status"):
        parse_vocab("status", "Орындалмайды")


def test_the_kazakh_names_are_those_the_reports_print() -> None:
    from coopdesk.domain.vocab import Status
    from coopdesk.reports.labels import vocab_label

    assert KK_LABELS["Status.done"] == "Орындалды" == vocab_label(Status.DONE, "kk")
    assert KK_LABELS["Kind.visit"] == "Сапар"
    assert all(KK_LABELS.values()) and len(KK_LABELS) == 29  # every status, kind, level ...


def _partner_sheet(xl, path: Path, title: str, header: list[str], rows: list[list[str]]) -> Path:
    return xl.write_sheet(path, [[title], [], header, *rows])


def test_a_kazakh_partner_sheet_is_read_with_its_vocabulary(xl, imports, tmp_path) -> None:
    path = _partner_sheet(
        xl,
        tmp_path / "серіктес.xlsx",
        "2025-2026 жылдарға арналған іс-шаралар жоспары",
        ["р/с №", "Іс-шараның атауы", "Орындау мерзімі", "Жауапты орындаушылар", "Күйі",
         "Түрі"],
        [
            ["1.", "Саяси диалог"],
            ["1.1", "Сыртқы істер министрлерінің кездесуі", "2025 жылғы ІІ тоқсан", "ҚР СІМ",
             "Орындалды", "Кездесу"],
            ["1.2", "Консультациялар", "жыл сайын", "ҚР СІМ", "Дайындалуда", ""],
        ],
    )  # fmt: skip
    preview = imports.preview(path)
    assert not preview.errors
    values = [m.values for m in preview.result.measures]
    assert [v["status"] for v in values] == ["done", "in_preparation"]
    assert values[0]["kind"] == "meeting"
    outcome = imports.apply(preview)
    assert outcome.applied
    plan = imports.plans.get_plan(outcome.plan_id)
    assert plan.language == "kk"
    measures = imports.plans.list_measures(outcome.plan_id)
    assert measures[0].timing.start == date(2025, 4, 1)


@pytest.mark.parametrize(
    ("title", "header", "rows", "language"),
    [
        (
            "План мероприятий МИД Республики Казахстан и МИД России на 2025-2026 годы",
            ["№ п/п", "Наименование мероприятия", "Срок исполнения"],
            [["1.", "Политический диалог"],
             ["1.1", "Визит Министра иностранных дел Республики Казахстан", "II квартал 2025 г."],
             ["1.2", "Консультации в Астане (Қазақстан)", "ежегодно"]],
            "ru",
        ),
        (
            "Қазақстан Республикасы мен Ресей Федерациясы арасындағы іс-шаралар жоспары",
            ["№ п/п", "Наименование мероприятия", "Срок исполнения"],
            [["1.", "Саяси диалог"],
             ["1.1", "Сыртқы істер министрінің сапары", "2025 жылғы ІІ тоқсан"],
             ["1.2", "Өңіраралық ынтымақтастық форумы", "жыл сайын"]],
            "kk",
        ),
        (
            "Plan of measures between the MFA of Kazakhstan and the MFA of Russia 2025-2026",
            ["No.", "Measure", "Timing"],
            [["1.", "Political dialogue"],
             ["1.1", "Visit of the Minister of Foreign Affairs to Moscow", "Q2 2025"],
             ["1.2", "Consultations of deputy ministers (Қазақстан)", "annually"]],
            "en",
        ),
    ],
    ids=["ru", "kk", "en"],
)  # fmt: skip
def test_the_plan_language_is_guessed_from_the_sheet(
    xl, imports, tmp_path: Path, title, header, rows, language
) -> None:
    path = _partner_sheet(xl, tmp_path / f"plan-{language}.xlsx", title, header, rows)
    preview = imports.preview(path)
    assert preview.plan_values["language"] == language
    outcome = imports.apply(preview)
    assert imports.plans.get_plan(outcome.plan_id).language == language


def test_guess_language_rules() -> None:
    assert guess_language([]) == "en"
    assert guess_language(["12.04.2023", "1.1"]) == "en"
    assert guess_language(["Визит в Республику Казахстан"]) == "ru"
    # A Kazakh name now and then in Russian text keeps it Russian.
    assert (
        guess_language(["Консультации по вопросам сотрудничества и торговли — Қазақстан"] * 3)
        == "ru"
    )
    assert guess_language(["Консультациялар өткізу"]) == "kk"
    assert guess_language(["Visit of the Minister", "Визит"]) == "en"


def test_an_export_keeps_the_plan_language_it_had(service, target, tmp_path: Path) -> None:
    """A plan whose language was never chosen comes back without one; a chosen one stays."""
    plan_id = _kazakh_plan(service, language="")
    path = tmp_path / "none.xlsx"
    export_plan(service, plan_id, path, "ru")
    outcome = target.apply(target.preview(path, new=True))
    assert target.plans.get_plan(outcome.plan_id).language == ""
    service.update_plan(plan_id, language="ru")
    export_plan(service, plan_id, path, "en")
    outcome = target.apply(target.preview(path, new=True))
    assert target.plans.get_plan(outcome.plan_id).language == "ru"


def test_cli_exports_in_kazakh_and_by_default_in_the_plan_language(
    service, store_url: str, tmp_path: Path, capsys
) -> None:
    plan_id = _kazakh_plan(service)
    code = service.get_plan(plan_id).code
    for args, expected in ((["--lang", "kk"], "kk"), ([], "kk"), (["--lang", "en"], "en")):
        out = tmp_path / f"cli-{len(args)}-{expected}.xlsx"
        assert main(["--db", store_url, "export", code, str(out), *args]) == 0
        book = load_workbook(out, read_only=True)
        assert book.sheetnames[0] == ("Жоспар" if expected == "kk" else "Plan")
        book.close()
    with pytest.raises(SystemExit) as exited:
        main(["--db", store_url, "export", code, str(out), "--lang", "de"])
    assert exited.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err
