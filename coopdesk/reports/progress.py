"""The progress report: «Информация о ходе реализации Плана мероприятий … по состоянию на …».

For a reporting date and one party or both: a summary on top (measures, the count
of each overall status as of that date, the share done, the overdue ones), then per
sector each measure with its timing, the responsible agencies and each party's
progress text as of that date (its latest entry on or before it: what was done, the
status, the date of the event and the documents), and the overall status the
entries add up to (:mod:`coopdesk.domain.progress`). The page furniture is that of
the other reports (:mod:`coopdesk.reports.frame`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coopdesk.domain.model import Measure
from coopdesk.domain.progress import (
    CLOSED_PROGRESS,
    ProgressEntry,
    latest_by_party,
    overall_status,
)
from coopdesk.domain.vocab import ProgressStatus, Status
from coopdesk.errors import ValidationError, msg
from coopdesk.reports.document import (
    Align,
    Cell,
    CellValue,
    Column,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Row,
    SectionRow,
    Table,
    Tone,
)
from coopdesk.reports.frame import start_document
from coopdesk.reports.labels import Labels, vocab_label
from coopdesk.reports.plan_document import responsible
from coopdesk.reports.source import ReportData, measure_number, sector_label

if TYPE_CHECKING:
    from coopdesk.reports.scope import ReportScope
    from coopdesk.services.plans import PlanService

#: Which parties a report covers: "a", "b" or "both".
PARTY_CHOICES: tuple[str, ...] = ("a", "b", "both")

_WORDS: dict[str, tuple[str, str, str]] = {
    "heading": (
        "INFORMATION ON THE IMPLEMENTATION",
        "ИНФОРМАЦИЯ О ХОДЕ РЕАЛИЗАЦИИ",
        "ІСКЕ АСЫРЫЛУ БАРЫСЫ ТУРАЛЫ АҚПАРАТ",
    ),
    "of_plan": ("of the {title}", "{title}", "{title}"),
    "as_of_long": ("as of {date}", "по состоянию на {date}", "{date} жағдай бойынша"),
    "report_name": (
        "Progress report as of {date}",
        "Информация о ходе реализации на {date}",
        "{date} іске асырылу барысы туралы ақпарат",
    ),
    "reporting_party": ("Reporting party", "Информацию представляет", "Ақпарат берген тарап"),
    "both_parties": ("both parties", "обе стороны", "екі тарап"),
    "measures_total": ("Measures", "Всего мероприятий", "Барлық іс-шаралар"),
    "no_report": (
        "No information yet",
        "Информация не поступила",
        "Ақпарат түспеді",
    ),
    "share_done": ("Share done", "Доля исполненных", "Орындалғандардың үлесі"),
    "overdue": ("Overdue", "Просрочено", "Мерзімі өткен"),
    "overdue_explained": (
        "Overdue: the timing ended before {date} and the measure is neither done, cancelled "
        "nor carried over.",
        "Просрочено: срок исполнения истёк до {date}, мероприятие не исполнено, не отменено "
        "и не перенесено в следующий план.",
        "Мерзімі өткен: орындау мерзімі {date} дейін аяқталған, іс-шара орындалмаған, бас "
        "тартылмаған және келесі жоспарға ауыстырылмаған.",
    ),
    "by_sector": ("Progress by sector", "Ход реализации по разделам", "Бөлімдер бойынша барысы"),
    "col_progress": (
        "Progress",
        "Информация о ходе реализации",
        "Іске асырылу барысы туралы ақпарат",
    ),
    "col_progress_party": ("Progress: {party}", "Ход реализации: {party}", "Барысы: {party}"),
    "col_status": ("Status", "Статус", "Күйі"),
    "event_date": ("Held on {date}", "Дата проведения: {date}", "Өткізілген күні: {date}"),
    "documents": ("Documents: {value}", "Документы: {value}", "Құжаттар: {value}"),
    "reported_on": ("(as of {date})", "(по состоянию на {date})", "({date} жағдай бойынша)"),
    "overdue_mark": ("overdue", "просрочено", "мерзімі өткен"),
}

_RU_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
_KK_MONTHS = (
    "қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
    "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы",
)  # fmt: skip
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(day: date, lang: str) -> str:
    """A date in words as official documents write it: "1 июля 2024 г.", "1 July 2024"."""
    if lang == "ru":
        return f"{day.day} {_RU_MONTHS[day.month - 1]} {day.year} г."
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {_KK_MONTHS[day.month - 1]}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def check_party_choice(party: str) -> str:
    """``party`` if a report can cover it ("a", "b" or "both"), else ValidationError."""
    if party not in PARTY_CHOICES:
        raise ValidationError(
            msg("The reporting party is a, b or both, not '{party}'"), party=party
        )
    return party


@dataclass(frozen=True, slots=True)
class MeasureProgress:
    """One measure's progress as of the report's date."""

    measure: Measure
    #: The latest entry of each party covered, on or before the date.
    latest: Mapping[str, ProgressEntry]
    #: The overall status (None: nobody has reported, or it was set by hand).
    overall: ProgressStatus | None
    #: The measure's status was set by hand: it stands instead of the entries'.
    manual: bool
    overdue: bool

    @property
    def done(self) -> bool:
        """Counted as done in the summary."""
        if self.manual or self.overall is None:
            return self.measure.status is Status.DONE
        return self.overall is ProgressStatus.DONE


def measure_progress(
    measure: Measure,
    entries: Sequence[ProgressEntry],
    as_of: date,
    parties: Sequence[str],
    manual: bool = False,
) -> MeasureProgress:
    """What the report says about one measure as of ``as_of`` for ``parties``."""
    latest = {p: e for p, e in latest_by_party(entries, as_of).items() if p in parties}
    overall = None if manual else overall_status(latest)
    if overall is None:
        overdue = measure.is_overdue(as_of)
    else:
        overdue = overall not in CLOSED_PROGRESS and measure.timing.is_past(as_of)
    return MeasureProgress(measure, latest, overall, manual, overdue)


def build_progress_report(
    data: ReportData,
    entries: Mapping[int, Sequence[ProgressEntry]],
    lang: str,
    as_of: date,
    party: str = "both",
    manual: Mapping[int, bool] | None = None,
) -> Document:
    """The progress report of ``data`` as of ``as_of`` for ``party`` ("a", "b" or "both").

    ``entries`` are the plan's progress entries by measure id, ``manual`` which
    measures have their status set by hand.
    """
    labels = Labels(lang)
    index = ("en", "ru", "kk").index(lang)

    def word(key: str, **values: object) -> str:
        return _WORDS[key][index].format(**values)

    check_party_choice(party)
    parties = ("a", "b") if party == "both" else (party,)
    manual = manual or {}
    plan = data.plan
    when = long_date(as_of, lang)
    rows = [
        measure_progress(m, entries.get(m.id or 0, ()), as_of, parties, bool(manual.get(m.id or 0)))
        for m in data.measures
    ]
    party_names = {"a": plan.party_a or labels["party_a"], "b": plan.party_b or labels["party_b"]}
    details: tuple[tuple[str, str], ...] = (
        (
            word("reporting_party"),
            word("both_parties") if party == "both" else party_names[party],
        ),
    )
    doc = start_document(
        data,
        labels,
        kind="progress",
        report_name=word("report_name", date=labels.date(as_of)),
        heading=word("heading"),
        lines=(word("of_plan", title=plan.title), word("as_of_long", date=when)),
        details=details,
        today=as_of,
    )

    # The summary: how many measures show each status in the table's last column (the
    # parties' overall status, or the measure's own where nobody reported or it was set
    # by hand), how many have no information yet, the share done, the overdue ones.
    counts: Counter[str] = Counter(_status_text(r, lang) for r in rows)
    order = [vocab_label(s, lang) for s in ProgressStatus] + [vocab_label(s, lang) for s in Status]
    items: list[tuple[str, str]] = [(word("measures_total"), str(len(rows)))]
    for text in dict.fromkeys(order):
        if counts[text]:
            items.append((text, str(counts[text])))
    silent = sum(1 for r in rows if not r.latest)
    if silent:
        items.append((word("no_report"), str(silent)))
    done = sum(r.done for r in rows)
    overdue = sum(r.overdue for r in rows)
    items.append((word("share_done"), f"{done} ({labels.percent(done, len(rows))})"))
    items.append((word("overdue"), str(overdue)))
    doc.blocks.append(KeyValues(tuple(items)))
    doc.blocks.append(
        Paragraph(word("overdue_explained", date=labels.date(as_of)), Tone.MUTED, True)
    )

    # The table: per sector, each measure with its progress.
    doc.blocks.append(Heading(word("by_sector")))
    columns: list[Column] = [
        Column(labels["col_number"], 0.7, Align.CENTER),
        Column(labels["col_measure"], 3.0),
        Column(labels["col_timing"], 1.2, Align.CENTER),
        Column(labels["col_responsible"], 1.7),
    ]
    if party == "both":
        columns += [Column(word("col_progress_party", party=party_names[p]), 3.0) for p in parties]
    else:
        columns.append(Column(word("col_progress"), 4.5))
    columns.append(Column(word("col_status"), 1.6, Align.CENTER))
    table = Table(
        columns=tuple(columns),
        numbered_header=True,
        empty_text=labels["no_measures"],
        continued_mark=labels["continued"],
    )
    by_id = {r.measure.id: r for r in rows}
    for sector, measures in data.sections():
        table.rows.append(SectionRow(sector_label(sector), data.depth(sector.id)))
        for m in measures:
            row = by_id[m.id]
            if party == "both":
                agencies = responsible(m.responsible_a, m.responsible_b)
            else:
                agencies = m.responsible_a if party == "a" else m.responsible_b
            cells: list[CellValue] = [measure_number(m), m.title, m.timing.text, agencies]
            for p in parties:
                cells.append(_progress_cell(row.latest.get(p), labels, word, as_of))
            cells.append(_status_cell(row, labels, word))
            table.rows.append(Row(tuple(cells)))
    doc.blocks.append(table)
    return doc


#: A report word with its placeholders filled: ``say(key, **values)``.
Say = Callable[..., str]


def _progress_cell(entry: ProgressEntry | None, labels: Labels, say: Say, as_of: date) -> CellValue:
    if entry is None:
        return Cell(say("no_report"), tone=Tone.MUTED)
    lines = [entry.text.strip()] if entry.text.strip() else []
    status = vocab_label(entry.status, labels.lang)
    if entry.as_of != as_of:
        status += " " + say("reported_on", date=labels.date(entry.as_of))
    lines.append(status)
    if entry.event_date is not None:
        lines.append(say("event_date", date=labels.date(entry.event_date)))
    if entry.documents.strip():
        lines.append(say("documents", value=entry.documents.strip()))
    return "\n".join(lines)


def _status_text(row: MeasureProgress, lang: str) -> str:
    if row.overall is not None:
        return vocab_label(row.overall, lang)
    # Set by hand, or nobody has reported yet: the measure's own status, in the words
    # of the progress vocabulary where it has the same code (done, postponed ...).
    same = ProgressStatus._value2member_map_.get(row.measure.status.value)
    if isinstance(same, ProgressStatus):
        return vocab_label(same, lang)
    return vocab_label(row.measure.status, lang)


def _status_cell(row: MeasureProgress, labels: Labels, say: Say) -> CellValue:
    text = _status_text(row, labels.lang)
    if row.overdue:
        return Cell(f"{text}\n{say('overdue_mark')}", tone=Tone.ALERT)
    if row.done:
        return Cell(text, tone=Tone.GOOD)
    return text


def load_progress_report(
    service: PlanService,
    plan_key: str | int,
    as_of: date,
    *,
    party: str = "both",
    lang: str = "en",
    scope: ReportScope | None = None,
) -> Document:
    """Read the plan and its entries through the services and build the progress report."""
    from coopdesk.reports.source import load_report_data
    from coopdesk.services.progress import ProgressService

    check_party_choice(party)
    data = load_report_data(service, plan_key, scope, as_of)
    progress = ProgressService(service)
    plan_id = int(data.plan.id or 0)
    entries = progress.plan_entries(plan_id, as_of)
    manual = progress.status_manual(m.id for m in data.measures if m.id is not None)
    return build_progress_report(data, entries, lang, as_of, party, manual)
