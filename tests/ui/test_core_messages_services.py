"""Errors a desk officer meets through the real services, in English and in Russian.

Each test raises a core error the way the window or the command line does (a deleted
agency, a Word export into a missing folder, a progress report with a wrong file name),
checks the English sentence the CLI prints, the Russian one the window shows through
:func:`coopdesk.ui.core_messages.core_text`, and that nothing was written.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.errors import NotFoundError, ValidationError
from coopdesk.services.agencies import AgencyService
from coopdesk.services.plans import PlanService
from coopdesk.store import schema
from coopdesk.ui import i18n
from coopdesk.ui.core_messages import core_text

#: What a refused change must leave as it was: the rows and the undo log.
_TABLES = (
    schema.Plan,
    schema.Measure,
    schema.Agency,
    schema.MeasureAgency,
    schema.ProgressEntry,
    schema.ChangeStep,
)


def _counts(service: PlanService) -> dict[str, int]:
    with service.store.session() as session:
        return {
            cls.__tablename__: session.scalar(select(func.count()).select_from(cls)) or 0
            for cls in _TABLES
        }


@pytest.fixture
def ru(qapp) -> Iterator[None]:
    from coopdesk.ui.app import make_application

    app = make_application()
    assert i18n.install_translators(app, "ru") == "ru"
    yield
    i18n.remove_translators(app)


def test_an_agency_deleted_by_a_colleague(ru, sample) -> None:
    service, _plan = sample
    agencies = AgencyService(service)
    gone = agencies.add_agency(party="a", short_ru="МИД РК")
    agencies.delete_agency(gone.id)  # as a colleague's window would
    before = _counts(service)
    for attempt in (
        lambda: agencies.get_agency(gone.id),
        lambda: agencies.update_agency(gone.id, short_en="MFA"),
        lambda: agencies.delete_agency(gone.id),
    ):
        with pytest.raises(NotFoundError) as caught:
            attempt()
        assert str(caught.value) == f"There is no agency with id {gone.id}"
        assert core_text(caught.value) == f"Исполнителя с идентификатором {gone.id} нет"
    assert _counts(service) == before


def test_an_agency_of_the_other_party_is_refused(ru, sample) -> None:
    service, plan = sample
    agencies = AgencyService(service)
    theirs = agencies.add_agency(party="b", short_ru="МИД РФ")
    measure = service.list_measures(plan.id)[0]
    before, linked = _counts(service), agencies.measure_agencies(measure.id)
    with pytest.raises(ValidationError) as caught:
        agencies.set_measure_agencies(measure.id, "a", [theirs.id])
    assert str(caught.value) == "“МИД РФ” is an agency of the other party"
    assert core_text(caught.value) == "«МИД РФ» — исполнитель другой стороны"
    assert _counts(service) == before
    assert agencies.measure_agencies(measure.id) == linked


def test_a_bad_row_of_a_directory_import_names_the_row_and_field(ru, sample) -> None:
    service, _plan = sample
    agencies = AgencyService(service)
    before = _counts(service)
    rows = [{"party": "a", "short_ru": "МИД РК"}, {"party": "c", "short_ru": "Посольство"}]
    with pytest.raises(ValidationError) as caught:
        agencies.import_directory(rows)
    assert str(caught.value) == "Row 2: Field 'party': 'c' is not a or b"
    assert core_text(caught.value) == "Строка 2: Поле «сторона»: «c» — не a и не b"
    assert _counts(service) == before


def test_a_progress_entry_with_an_unknown_status(ru, sample) -> None:
    from coopdesk.services.progress import ProgressService

    service, plan = sample
    progress = ProgressService(service)
    measure = service.list_measures(plan.id)[0]
    before = _counts(service)
    with pytest.raises(ValidationError) as caught:
        progress.add_entry(measure.id, "a", date(2025, 7, 1), "finished")
    assert str(caught.value).startswith(
        "Progress status: 'finished' is not a known status (one of: done, in_progress"
    )
    assert core_text(caught.value).startswith(
        "Статус исполнения: «finished» — неизвестный статус (допустимы: done, in_progress"
    )
    with pytest.raises(NotFoundError) as missing:
        progress.add_entry(10**6, "a", date(2025, 7, 1), "done")
    assert core_text(missing.value) == f"Мероприятия с идентификатором {10**6} нет"
    assert _counts(service) == before


def test_carry_over_of_a_deleted_plan(ru, sample) -> None:
    from coopdesk.services.carry_over import CarryOverService

    service, _plan = sample
    before = _counts(service)
    with pytest.raises(NotFoundError) as caught:
        CarryOverService(service).carry_over(
            10**6, code="NEXT", period_start=date(2027, 1, 1), period_end=date(2028, 12, 31)
        )
    assert str(caught.value) == f"There is no plan with id {10**6}"
    assert core_text(caught.value) == f"Плана с идентификатором {10**6} нет"
    assert _counts(service) == before


def test_an_entity_without_its_own_sentence_still_reads_whole(ru, service) -> None:
    from coopdesk.services.base import get_row

    with service.store.session() as session, pytest.raises(NotFoundError) as caught:
        get_row(session, schema.Plan, 10**6, "template")
    assert str(caught.value) == (
        f"There is no template with id {10**6} (someone may have deleted it)"
    )
    assert core_text(caught.value) == (
        f"Объекта «template» с идентификатором {10**6} нет (возможно, его кто-то удалил)"
    )


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for what a test writes (the store's file is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_word_export_into_a_missing_folder(ru, sample, out: Path) -> None:
    from coopdesk.reports.docx_render import DocxWriteError
    from coopdesk.reports.plan_docx import export_plan_docx

    service, plan = sample
    target = out / "gone" / "plan.docx"
    with pytest.raises(DocxWriteError) as caught:
        export_plan_docx(service, plan.id, target, lang="ru")
    folder = target.parent
    assert str(caught.value) == f"Cannot write {target}: the folder {folder} does not exist"
    assert core_text(caught.value) == (
        f"Не удаётся записать {target}: папки {folder} не существует"
    )
    assert not folder.exists()


def test_a_word_export_over_something_it_cannot_replace(ru, sample, out: Path) -> None:
    """The place of the file is taken (here by a folder; on Windows, by Word holding it)."""
    from coopdesk.reports.docx_render import DocxWriteError
    from coopdesk.reports.plan_docx import export_plan_docx

    service, plan = sample
    target = out / "plan.docx"
    target.mkdir()
    with pytest.raises(DocxWriteError) as caught:
        export_plan_docx(service, plan.id, target, lang="kk")
    english = str(caught.value)
    assert english.startswith(f"Cannot write {target}: ")
    assert english.endswith(" (is it open in another program?)")
    shown = core_text(caught.value)
    assert shown.startswith(f"Не удаётся записать {target}: ")
    assert shown.endswith(" (не открыт ли он в другой программе?)")
    # No half-written temporary file is left beside it.
    assert sorted(p.name for p in out.iterdir()) == ["plan.docx"]
    assert target.is_dir()


def test_a_progress_report_with_a_wrong_file_name(ru, sample, out: Path) -> None:
    from coopdesk.reports.progress import check_party_choice, load_progress_report
    from coopdesk.reports.progress_files import write_report_file

    service, plan = sample
    document = load_progress_report(service, plan.id, date(2025, 7, 1))
    target = out / "report.txt"
    with pytest.raises(ValidationError) as caught:
        write_report_file(document, target)
    assert str(caught.value) == (
        f"{target}: a report file ends in .pdf, .xlsx or .docx; give it one of these"
    )
    assert core_text(caught.value) == (
        f"{target}: у файла отчёта должно быть расширение .pdf, .xlsx или .docx; "
        "укажите одно из них"
    )
    assert list(out.iterdir()) == []
    with pytest.raises(ValidationError) as party:
        check_party_choice("c")
    assert core_text(party.value) == "Отчитывающаяся сторона — a, b или both (обе), а не «c»"


def test_an_excel_export_in_an_unknown_language(ru, sample, out: Path) -> None:
    from coopdesk.services.exports import export_plan

    service, plan = sample
    target = out / "plan.xlsx"
    with pytest.raises(ValidationError) as caught:
        export_plan(service, plan.id, target, lang="de")
    assert str(caught.value).startswith("Unknown export language 'de' (one of: ")
    assert core_text(caught.value).startswith("Неизвестный язык экспорта «de» (допустимы: ")
    assert not target.exists()


def test_an_unknown_status_in_a_report_scope(ru) -> None:
    """A report limited to a status nobody knows (typed on the command line or kept in
    an old setting) says so in the window's language, naming the codes it takes."""
    from coopdesk.reports.scope import ReportScope

    with pytest.raises(ValidationError) as caught:
        ReportScope.of(statuses=["nope"])
    english = str(caught.value)
    assert english.startswith("'nope' is not a known status (one of: planned, ")
    russian = core_text(caught.value)
    assert "nope" in russian and "planned" in russian and russian != english
    assert "is not a known" not in russian
