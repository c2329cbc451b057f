"""Upcoming events: what the plan holds for a window of days, week by week.

Measures with a fixed date (one day, or a few days such as "3–4 July 2024") are
grouped by the week (Monday to Sunday) they start in; measures whose timing only
names a month, quarter, half-year or year that meets the window follow under
"during the period, no fixed date", by when they end.  Cancelled measures, timings
of a whole year or more, and timings without dates of their own (by agreement,
annually, the plan period, words CoopDesk cannot read) are left out, and the
report says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from coopdesk.domain.model import Measure
from coopdesk.domain.timing import Precision
from coopdesk.domain.vocab import Status
from coopdesk.errors import ValidationError, msg
from coopdesk.reports.document import (
    Align,
    Cell,
    Column,
    Document,
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
from coopdesk.reports.source import ReportData, measure_number

#: Timings that name a day or a few days: these go under the week they start in.
FIXED = frozenset({Precision.DAY, Precision.DAYS})
#: Timings that name a month, a quarter or a half-year: listed without a fixed date.
#: A year or more ("2024 г.", "в течение 2023-2024 гг.") is left out like "annually":
#: it would sit in every window of those years and drown the events.
SPANNED = frozenset(
    {Precision.MONTH, Precision.MONTHS, Precision.QUARTER, Precision.HALF, Precision.DEADLINE}
)
#: Windows a user picks from without typing dates.
PRESET_DAYS: tuple[int, ...] = (30, 90)


@dataclass(frozen=True, slots=True)
class DateWindow:
    """An inclusive window of days."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValidationError(
                msg(
                    "The period starts on {start} after it ends on {end}: give the earlier date "
                    "first"
                ),
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )

    @classmethod
    def next_days(cls, today: date, days: int) -> DateWindow:
        """``days`` days from ``today`` on, today included."""
        if days < 1:
            raise ValidationError(
                msg("A period of {days} days is empty: give at least 1 day"), days=days
            )
        return cls(today, today + timedelta(days=days - 1))


@dataclass(frozen=True, slots=True)
class Event:
    """A measure placed in the window."""

    measure: Measure
    fixed: bool
    week: date  # the Monday of the week it starts in (fixed events)


def events_in(data: ReportData, window: DateWindow) -> list[Event]:
    """The measures of ``data`` that fall within ``window``, in report order."""
    fixed: list[Event] = []
    loose: list[Event] = []
    for m in data.measures:
        t = m.timing
        if m.status is Status.CANCELLED or t.start is None or t.end is None:
            continue
        if t.precision not in FIXED and t.precision not in SPANNED:
            continue
        if not t.overlaps(window.start, window.end):
            continue
        first = max(t.start, window.start)
        monday = first - timedelta(days=first.weekday())
        (fixed if t.precision in FIXED else loose).append(Event(m, t.precision in FIXED, monday))
    fixed.sort(key=lambda e: (e.measure.timing.start, e.measure.timing.end))
    loose.sort(key=lambda e: (e.measure.timing.end, e.measure.timing.start))
    return fixed + loose


def build_upcoming_events(
    data: ReportData, lang: str, today: date, window: DateWindow | None = None
) -> Document:
    """The upcoming events of ``data`` in ``window`` (default: the next 30 days)."""
    labels = Labels(lang)
    window = window or DateWindow.next_days(today, PRESET_DAYS[0])
    span = labels.format("window", start=labels.date(window.start), end=labels.date(window.end))
    events = events_in(data, window)
    doc = start_document(
        data,
        labels,
        kind="upcoming",
        report_name=labels["upcoming_report"],
        heading=labels["upcoming_heading"],
        lines=(data.plan.title, span),
        today=today,
    )
    fixed = sum(e.fixed for e in events)
    doc.blocks.append(
        KeyValues(
            (
                (labels["events_count"], str(len(events))),
                (labels["events_fixed"], str(fixed)),
                (labels["events_loose"], str(len(events) - fixed)),
            )
        )
    )
    table = Table(
        columns=(
            Column(labels["col_date"], 1.6, Align.CENTER),
            Column(labels["col_measure"], 3.8),
            Column(labels["col_place"], 1.3),
            Column(labels["col_level"], 1.3),
            Column(labels["col_responsible"], 2.3),
            Column(labels["col_status"], 1.2, Align.CENTER),
        ),
        empty_text=labels["no_events"],
        continued_mark=labels["continued"],
    )
    section: object = None
    for event in events:
        m = event.measure
        key = event.week if event.fixed else "loose"
        if key != section:
            section = key
            if event.fixed:
                sunday = event.week + timedelta(days=6)
                text = labels.format(
                    "week_of", start=labels.date(event.week), end=labels.date(sunday)
                )
            else:
                text = labels["not_fixed"]
            table.rows.append(SectionRow(text))
        t = m.timing
        assert t.start is not None and t.end is not None  # events_in kept only spans
        if t.precision is Precision.DAY:
            when = labels.day_with_weekday(t.start)
        elif event.fixed:
            when = labels.span(t.start, t.end)
        else:
            when = t.text
        overdue = m.is_overdue(today)
        status = vocab_label(m.status, lang)
        table.rows.append(
            Row(
                (
                    when,
                    " ".join(x for x in (measure_number(m), m.title) if x),
                    m.location,
                    vocab_label(m.level, lang) if m.level else "",
                    responsible(m.responsible_a, m.responsible_b),
                    Cell(f"{status} ({labels['overdue_mark']})", tone=Tone.ALERT)
                    if overdue
                    else status,
                )
            )
        )
    doc.blocks.append(table)
    doc.blocks.append(Paragraph(labels["upcoming_explained"], Tone.MUTED, small=True))
    return doc
