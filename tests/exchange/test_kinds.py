"""Kinds from title words when a sheet does not give them (issue 13, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.domain.vocab import Kind
from coopdesk.exchange.kinds import kind_from_title
from coopdesk.services.imports import ImportService


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Саммит глав государств ШОС в Астане", Kind.MEETING),
        ("CICA Summit on the margins of the forum", Kind.MEETING),
        ("ШЫҰ саммитіне қатысу", Kind.MEETING),
        ("Официальный визит Премьер-Министра в Астану", Kind.VISIT),
        ("Visit of the delegation of the Ministry of Energy", Kind.VISIT),
        ("Сыртқы істер министрінің Мәскеуге жұмыс сапары", Kind.VISIT),
        ("Встреча глав внешнеполитических ведомств", Kind.MEETING),
        ("Meeting of the Joint Working Group on transport", Kind.MEETING),
        ("Сыртқы істер министрлерінің кездесуі", Kind.MEETING),
        ("Межмидовские консультации по вопросам ШОС", Kind.CONSULTATIONS),
        ("Consultations on consular matters", Kind.CONSULTATIONS),
        ("Заседание Межправительственной комиссии", Kind.MEETING),
        ("Форум межрегионального сотрудничества", Kind.EVENT),
        ("Подписание Меморандума о взаимопонимании", Kind.AGREEMENT),
        ("Agreement on the avoidance of double taxation", Kind.AGREEMENT),
        ("Білім беру саласындағы келісімге қол қою", Kind.AGREEMENT),
        ("Визит Президента для подписания соглашения", Kind.VISIT),  # the first word decides
        ("Обмен опытом в сфере цифровизации", Kind.EXCHANGE),
        ("Подготовка аналитического доклада", None),
        ("Визитная карточка проекта", Kind.VISIT),  # a stem: words are read, not understood
    ],
)
def test_kind_from_title(title: str, kind: Kind | None) -> None:
    assert kind_from_title(title) == kind


def test_the_preview_gives_kinds_only_where_the_sheet_leaves_them_out(
    service, tmp_path: Path
) -> None:
    path = tmp_path / "kinds.csv"
    path.write_text(
        "No.;Measure;Kind;Timing\n"
        "1;Визит Министра;;2024\n"  # empty kind cell: from the title
        "2;Встреча экспертов;Event;2024\n"  # given: kept
        "3;Подготовка доклада;;2024\n",  # the title says nothing: Other
        encoding="utf-8",
    )
    imports = ImportService(service)
    preview = imports.preview(path, new=True)
    assert [(m.row, m.values["kind"]) for m in preview.kinds_from_titles] == [(2, "visit")]
    # Changed in the preview, as the dialog does; the import writes the choice.
    preview.kinds_from_titles[0].values["kind"] = Kind.MEETING.value
    outcome = imports.apply(preview)
    kinds = {m.title: m.kind for m in service.list_measures(outcome.plan_id)}
    assert kinds == {
        "Визит Министра": Kind.MEETING,
        "Встреча экспертов": Kind.EVENT,
        "Подготовка доклада": Kind.OTHER,
    }


def test_a_sheet_without_a_kind_column_gets_kinds_for_new_measures_only(
    service, tmp_path: Path
) -> None:
    plan = service.create_plan(code="P", title="t")
    sector = service.add_sector(plan.id, "Политика")
    stored = service.add_measure(plan.id, sector.id, title="Форум регионов", kind="other",
                                 number="1.1")  # fmt: skip
    path = tmp_path / "partner.csv"
    path.write_text(
        "No.;Measure;Timing\n1.1;Форум регионов;2024\n1.2;Визит делегации;2025\n",
        encoding="utf-8",
    )
    imports = ImportService(service)
    preview = imports.preview(path, plan_id=plan.id)
    assert [m.values["title"] for m in preview.kinds_from_titles] == ["Визит делегации"]
    assert imports.apply(preview).applied
    kinds = {m.title: m.kind for m in service.list_measures(plan.id)}
    assert kinds == {"Форум регионов": Kind.OTHER, "Визит делегации": Kind.VISIT}
    assert service.get_measure(stored.id).kind is Kind.OTHER  # a stored kind is never guessed
