"""One agency's assignments across every plan in the store, as a report.

The directory knows that "МИД РК", "ҚР СІМ" and "MFA of Kazakhstan" are one body,
so this report finds all of its measures, in every plan (several countries,
several periods), under one heading: a summary per plan (measures, led, done,
open, overdue), then each plan's measures in plan order with the agency's role
(lead or co-executor) and the body named when it is one under the agency (its
embassy). The data comes in plain (:class:`AgencyWork`); :mod:`coopdesk.reports.catalog`
reads it through the agency service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coopdesk.domain.agencies import Agency
from coopdesk.domain.timing import Timing
from coopdesk.domain.vocab import Status
from coopdesk.reports.document import (
    Align,
    Cell,
    Column,
    Document,
    Heading,
    Orientation,
    PageSetup,
    Row,
    Table,
    TitleBlock,
    Tone,
)
from coopdesk.reports.labels import Labels

#: This report's words: (en, ru, kk), as the other reports' labels.
WORDS: dict[str, tuple[str, str, str]] = {
    "report": ("Assignments of an agency", "Поручения исполнителя", "Орындаушының тапсырмалары"),
    "heading": (
        "Assignments of {agency} in all plans",
        "Поручения: {agency} (все планы)",
        "Тапсырмалар: {agency} (барлық жоспарлар)",
    ),
    "party": ("Party {party}", "Сторона {party}", "{party}-тарап"),
    "under": ("under {parent}", "в подчинении: {parent}", "бағынысты: {parent}"),
    "with_children": (
        "including the bodies under it",
        "включая подведомственные органы",
        "ведомстволық бағынысты органдарымен қоса",
    ),
    "as_of": ("As of {date}", "По состоянию на {date}", "{date} жағдай бойынша"),
    "generated": ("Generated {date}", "Сформировано {date}", "Жасалған күні {date}"),
    "page": ("page {page} of {pages}", "стр. {page} из {pages}", "{pages} ішінен {page}-бет"),
    "summary": ("Summary by plan", "Сводка по планам", "Жоспарлар бойынша жиынтық"),
    "col_plan": ("Plan", "План", "Жоспар"),
    "col_measures": ("Measures", "Мероприятий", "Іс-шаралар"),
    "col_lead": ("Leads", "Головной", "Басты"),
    "col_done": ("Done", "Исполнено", "Орындалды"),
    "col_open": ("Open", "В работе", "Жұмыста"),
    "col_overdue": ("Overdue", "Просрочено", "Мерзімі өткен"),
    "col_number": ("No.", "№", "№"),
    "col_measure": ("Measure", "Мероприятие", "Іс-шара"),
    "col_timing": ("Timing", "Срок", "Мерзімі"),
    "col_status": ("Status", "Статус", "Мәртебесі"),
    "col_role": ("Role", "Роль", "Рөлі"),
    "lead": ("lead", "головной", "басты"),
    "co": ("co-executor", "соисполнитель", "бірлесіп орындаушы"),
    "total": ("Total", "Итого", "Барлығы"),
    "none": (
        "No measure of any plan names this agency.",
        "Ни в одном плане нет мероприятий этого исполнителя.",
        "Ешбір жоспарда бұл орындаушының іс-шаралары жоқ.",
    ),
}


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One measure the agency (or a body under it) is responsible for."""

    number: str
    title: str
    timing: Timing
    status: Status
    lead: bool
    #: The body named, when it is one under the agency (else "").
    via: str = ""


@dataclass(slots=True)
class PlanWork:
    """One plan's measures of the agency, in plan order."""

    code: str
    title: str
    items: list[WorkItem] = field(default_factory=list)


@dataclass(slots=True)
class AgencyWork:
    """Everything the report shows: the agency, its parent's name, its work per plan."""

    agency: Agency
    parent: str
    plans: list[PlanWork]
    with_children: bool = True


def _word(labels: Labels, key: str, **values: object) -> str:
    index = ("en", "ru", "kk").index(labels.lang)
    return WORDS[key][index].format(**values)


def build_assignments(work: AgencyWork, lang: str, today: date) -> Document:
    """The assignments report of ``work`` in ``lang``."""
    labels = Labels(lang)
    agency = work.agency
    name = agency.name(lang, short=False)
    short = agency.name(lang)
    lines = [_word(labels, "party", party=agency.party.upper())]
    if work.parent:
        lines.append(_word(labels, "under", parent=work.parent))
    if work.with_children:
        lines.append(_word(labels, "with_children"))
    lines.append(_word(labels, "as_of", date=labels.date(today)))
    report = _word(labels, "report")
    doc = Document(
        title=TitleBlock(heading=_word(labels, "heading", agency=name), lines=tuple(lines)),
        page=PageSetup(orientation=Orientation.LANDSCAPE),
        header_left=name,
        header_right=_word(labels, "generated", date=labels.date(today)),
        footer_left=f"{short} · {report}",
        page_label=_word(labels, "page", page="{page}", pages="{pages}"),
        lang=labels.lang,
        kind="assignments",
        name=f"{short} {report}",
    )
    summary = Table(
        columns=(
            Column(_word(labels, "col_plan"), 5.0),
            Column(_word(labels, "col_measures"), 1.0, Align.CENTER),
            Column(_word(labels, "col_lead"), 1.0, Align.CENTER),
            Column(_word(labels, "col_done"), 1.0, Align.CENTER),
            Column(_word(labels, "col_open"), 1.0, Align.CENTER),
            Column(_word(labels, "col_overdue"), 1.0, Align.CENTER),
        ),
        empty_text=_word(labels, "none"),
    )
    totals = [0, 0, 0, 0, 0]
    for plan in work.plans:
        counts = [
            len(plan.items),
            sum(i.lead for i in plan.items),
            sum(i.status is Status.DONE for i in plan.items),
            sum(not i.status.is_closed for i in plan.items),
            sum(_overdue(i, today) for i in plan.items),
        ]
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        late = counts[4]
        summary.rows.append(
            Row(
                (
                    f"{plan.code} — {plan.title}",
                    *(str(c) for c in counts[:4]),
                    Cell(str(late), bold=True, tone=Tone.ALERT) if late else "0",
                )
            )
        )
    if len(work.plans) > 1:
        summary.rows.append(
            Row((Cell(_word(labels, "total"), bold=True), *(str(t) for t in totals)))
        )
    doc.blocks.append(Heading(_word(labels, "summary")))
    doc.blocks.append(summary)
    for index, plan in enumerate(work.plans, start=1):
        doc.blocks.append(Heading(f"{index}. {plan.code} — {plan.title}"))
        table = Table(
            columns=(
                Column(_word(labels, "col_number"), 0.7, Align.CENTER),
                Column(_word(labels, "col_measure"), 4.6),
                Column(_word(labels, "col_timing"), 1.5, Align.CENTER),
                Column(_word(labels, "col_status"), 1.3, Align.CENTER),
                Column(_word(labels, "col_role"), 1.6),
            ),
            continued_mark=labels["continued"],
        )
        for item in plan.items:
            role = _word(labels, "lead" if item.lead else "co")
            if item.via:
                role = f"{role} ({item.via})"
            status: str | Cell = labels.vocab(item.status)
            if _overdue(item, today):
                status = Cell(f"{status} ({labels['overdue_mark']})", tone=Tone.ALERT)
            elif item.status is Status.DONE:
                status = Cell(str(status), tone=Tone.GOOD)
            table.rows.append(Row((item.number, item.title, item.timing.text, status, role)))
        doc.blocks.append(table)
    return doc


def _overdue(item: WorkItem, today: date) -> bool:
    end = item.timing.end
    return end is not None and end < today and not item.status.is_closed
