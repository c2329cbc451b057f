"""iCalendar (.ics) export of a plan: one all-day event per measure whose timing has a span.

Calendar programs merge a newer export into an older one by UID: the UID of a
measure's event is its stable ``uid`` (``"<uid>@coopdesk"``), its SEQUENCE grows
with every edit (seconds from the measure's creation to its last change) and
DTSTAMP / LAST-MODIFIED are the time of that change, so Outlook and Thunderbird
update the event instead of adding a second one, and an unchanged plan exports to
the same bytes.

* An exact date ("12 апреля 2023 г.") or range of days is an all-day event over
  those days (DTEND is the day after the last, as the standard wants).
* A fuzzy timing (a month, quarter, half-year, year, the plan period, annually) is
  an all-day event over its whole span, marked in the summary ("[Q2 2023] ...",
  "[II квартал 2023 г.] ..."), shown as free time (TRANSP:TRANSPARENT) and
  TENTATIVE, since the day is not fixed yet.
* By agreement of the parties, unparsed and empty timings have no span: no event.

The description holds the timing words as written, the dates they mean, the
responsible agencies of both parties, the sector, kind, status and form of
completion.  Text is written as UTF-8; Cyrillic and Kazakh letters pass unchanged.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from coopdesk import __version__
from coopdesk.calendar.month_grid import precision_style
from coopdesk.domain.model import Measure, Plan, Sector
from coopdesk.domain.timing import LANGS, Precision, format_span
from coopdesk.domain.vocab import Priority, Status
from coopdesk.errors import CoopDeskError, msg

__all__ = [
    "CalendarExportError",
    "ExportSummary",
    "build_calendar",
    "event_uid",
    "guess_language",
    "write_ics",
]

PRODID = f"-//CoopDesk//CoopDesk {__version__}//EN"
_KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_EPOCH = datetime(1970, 1, 1)


class CalendarExportError(CoopDeskError):
    """The calendar file could not be written (a missing folder, no permission ...)."""


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote and left out."""

    events: int
    #: Measures left out because their timing has no dates (by agreement, unparsed, none).
    undated: int
    #: Measures left out because ``exact_only`` was asked and their timing is fuzzy.
    fuzzy_skipped: int = 0


_WORDS: dict[str, dict[str, str]] = {
    "timing": {"en": "Timing", "ru": "Срок исполнения", "kk": "Орындау мерзімі"},
    "dates": {"en": "Dates", "ru": "Даты", "kk": "Күндер"},
    "responsible": {"en": "Responsible", "ru": "Ответственные", "kk": "Жауаптылар"},
    "sector": {"en": "Sector", "ru": "Раздел", "kk": "Бөлім"},
    "kind": {"en": "Kind", "ru": "Вид", "kk": "Түрі"},
    "status": {"en": "Status", "ru": "Статус", "kk": "Мәртебесі"},
    "form": {"en": "Form of completion", "ru": "Форма завершения", "kk": "Аяқтау нысаны"},
    "plan": {"en": "Plan", "ru": "План", "kk": "Жоспар"},
    "party_a": {"en": "Party A", "ru": "Сторона А", "kk": "А тарапы"},
    "party_b": {"en": "Party B", "ru": "Сторона Б", "kk": "Б тарапы"},
}


def _word(key: str, lang: str) -> str:
    return _WORDS[key].get(lang, _WORDS[key]["en"])


def guess_language(plan: Plan) -> str:
    """The language of a plan's own words: "kk", "ru" or "en" (for markers and labels)."""
    text = f"{plan.title} {plan.party_a} {plan.party_b}".casefold()
    if any(ch in _KAZAKH_LETTERS for ch in text):
        return "kk"
    if any("а" <= ch <= "я" for ch in text):
        return "ru"
    return "en"


def event_uid(measure: Measure, plan: Plan) -> str:
    """The stable UID of a measure's event."""
    if measure.uid:
        return f"{measure.uid}@coopdesk"
    # Measures always have a uid in the store; this only serves hand-made objects.
    return f"{plan.uid or plan.code}-measure-{measure.id}@coopdesk"


def _utc(value: datetime | None) -> datetime:
    """A stored timestamp (naive UTC) as an aware UTC datetime."""
    if value is None:
        return _EPOCH.replace(tzinfo=UTC)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _sequence(measure: Measure) -> int:
    """Grows with every edit: seconds from creation to the last change."""
    if measure.updated_at is None:
        return 0
    created = measure.created_at or measure.updated_at
    return max(0, int((_utc(measure.updated_at) - _utc(created)).total_seconds()))


def _marker(measure: Measure, lang: str) -> str:
    """The words of a fuzzy span for the summary: "Q2 2023", "II квартал 2023 г."."""
    t = measure.timing
    assert t.start is not None and t.end is not None
    try:
        return format_span(t.start, t.end, t.precision, lang)
    except ValueError:
        return t.text.strip()  # a span that does not fit its precision: keep the words


def _description(measure: Measure, plan: Plan, sector: Sector | None, lang: str) -> str:
    t = measure.timing
    describe_lang = lang if lang in LANGS else "en"
    vocab_lang = lang if lang in ("ru", "kk") else "en"  # the glossary's names (vocab.py)
    understood = t.describe(describe_lang)
    timing = t.text.strip()
    if understood != timing:
        timing = f"{timing} ({understood})"
    lines = [f"{_word('timing', lang)}: {timing}"]
    for key, party, agencies in (
        ("party_a", plan.party_a, measure.responsible_a),
        ("party_b", plan.party_b, measure.responsible_b),
    ):
        if agencies:
            lines.append(f"{_word('responsible', lang)} ({party or _word(key, lang)}): {agencies}")
    if sector is not None:
        lines.append(f"{_word('sector', lang)}: {sector.code}. {sector.name}")
    lines.append(
        f"{_word('kind', lang)}: {measure.kind.label_in(vocab_lang)} · "
        f"{_word('status', lang)}: {measure.status.label_in(vocab_lang)}"
    )
    if measure.form:
        lines.append(f"{_word('form', lang)}: {measure.form}")
    if measure.description:
        lines += ["", measure.description]
    lines += ["", f"{_word('plan', lang)}: {plan.code}"]
    return "\n".join(lines)


_PRIORITY = {Priority.HIGH: 1, Priority.NORMAL: 5, Priority.LOW: 9}


def build_calendar(
    plan: Plan,
    measures: Iterable[Measure],
    sectors: Sequence[Sector] = (),
    *,
    lang: str | None = None,
    exact_only: bool = False,
) -> tuple[Calendar, ExportSummary]:
    """The plan's calendar and what went into it.

    ``lang`` ("en", "ru", "kk"; default: the plan's own language) is used for the
    span markers and the labels of the description; measure text is never
    translated.  ``exact_only`` leaves out fuzzy spans.
    """
    lang = lang or guess_language(plan)
    sector_of = {s.id: s for s in sectors}
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", plan.code)
    cal.add("name", plan.code)
    if plan.title:
        cal.add("x-wr-caldesc", plan.title)
        cal.add("description", plan.title)
    events = undated = fuzzy_skipped = 0
    for m in measures:
        t = m.timing
        if t.start is None or t.end is None or t.precision is Precision.AGREED:
            undated += 1
            continue
        exact = precision_style(t.precision.value) == "exact"
        if exact_only and not exact:
            fuzzy_skipped += 1
            continue
        title = f"{m.number} {m.title}".strip() if m.number else m.title
        summary = title if exact else f"[{_marker(m, lang)}] {title}"
        ev = Event()
        ev.add("uid", event_uid(m, plan))
        ev.add("dtstamp", _utc(m.updated_at))
        if m.created_at is not None:
            ev.add("created", _utc(m.created_at))
        ev.add("last-modified", _utc(m.updated_at))
        ev.add("sequence", _sequence(m))
        ev.add("summary", summary)
        ev.add("dtstart", t.start)
        ev.add("dtend", t.end + timedelta(days=1))  # all-day DTEND is exclusive
        ev.add("description", _description(m, plan, sector_of.get(m.sector_id), lang))
        if m.location:
            ev.add("location", m.location)
        ev.add("categories", [m.kind.label_in(lang if lang in ("ru", "kk") else "en")])
        if m.status is Status.CANCELLED:
            ev.add("status", "CANCELLED")
        elif exact and m.status is not Status.POSTPONED:
            ev.add("status", "CONFIRMED")
        else:
            ev.add("status", "TENTATIVE")
        ev.add("transp", "OPAQUE" if exact else "TRANSPARENT")
        ev.add("priority", _PRIORITY.get(m.priority, 5))
        cal.add_component(ev)
        events += 1
    return cal, ExportSummary(events, undated, fuzzy_skipped)


def write_ics(path: str | os.PathLike[str], calendar: Calendar) -> Path:
    """Write ``calendar`` to ``path`` in one step (a half-written file never replaces a good one).

    Raises :class:`CalendarExportError` with a message naming the file when it cannot
    be written.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CalendarExportError(
            msg("Cannot write '{path}': the folder '{folder}' does not exist"),
            path=str(target),
            folder=str(folder),
        )
    if target.is_dir():
        raise CalendarExportError(msg("Cannot write '{path}': it is a folder"), path=str(target))
    data = calendar.to_ical()
    # A fresh file beside the target (created with the user's umask, unlike mkstemp's
    # 0600), then renamed over it.
    tmp = folder / f".{target.name}.{uuid.uuid4().hex[:12]}.tmp"
    try:
        try:
            with open(tmp, "xb") as out:
                out.write(data)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise CalendarExportError(
            msg("Cannot write '{path}': {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from None
    return target
