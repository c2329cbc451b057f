"""The plan itself in the official layout a ministry signs.

PLAN OF MEASURES / ПЛАН МЕРОПРИЯТИЙ over the plan's title, parties and period; then
the official six-column table (№ п/п, measure, form of completion, timing,
responsible agencies, notes) with its row of column numbers, a section row per
sector, the timing exactly as written; then a signature block for both parties.

Bilingual (``lang="ru+kk"`` or ``"kk+ru"``, the first language on the left): every
heading, caption and label is printed in both languages, and the measure and its
timing get a column per language, side by side.  A measure has one text (the
user's data, in one language), so it is placed in the column of the language it is
written in (Kazakh when its letters are Kazakh, see :func:`guess_lang`; otherwise
the first column) and the other column is left empty for the translation.  The
timing is written in both: as typed in the column of its own language, and in the
words of the other when CoopDesk reads it ("II квартал 2023 г." / "2023 жылғы II
тоқсан"); dates and Latin words ("12.04.2023", "Q2 2023") stay as typed in both.
Agencies, forms and notes are names and remarks, printed once under a two-language
header.
"""

from __future__ import annotations

from datetime import date

from coopdesk.domain.model import Measure
from coopdesk.domain.timing import Precision, Timing, format_span
from coopdesk.domain.vocab import PlanState
from coopdesk.reports.document import (
    Align,
    Column,
    Document,
    Row,
    SectionRow,
    Signatory,
    SignatureBlock,
    Table,
)
from coopdesk.reports.frame import start_document
from coopdesk.reports.labels import Labels, guess_lang
from coopdesk.reports.source import ReportData, measure_number, sector_label


def title_lines(title: str, heading: str) -> tuple[str, ...]:
    """The plan title under the heading, without repeating the heading's words.

    "План мероприятий по сотрудничеству ... на 2023-2024 годы" under "ПЛАН
    МЕРОПРИЯТИЙ" reads "по сотрудничеству ... на 2023-2024 годы", as in a signed plan.
    """
    text = title.strip()
    if text.casefold().startswith(heading.casefold()):
        rest = text[len(heading) :].strip(" :–-")
        if rest:
            return (rest,)
    return (text,) if text else ()


def responsible(a: str, b: str) -> str:
    """The agencies of both sides, one side per line.

    A side's list often wraps inside the cell, so the first ends with a semicolon
    to show where the other side begins.
    """
    return ";\n".join(x.strip().rstrip(";") for x in (a, b) if x.strip())


def timing_in(timing: Timing, lang: str) -> str:
    """``timing``'s words in ``lang`` when CoopDesk reads it; else its text as written."""
    if timing.precision in (Precision.NONE, Precision.UNPARSED):
        return timing.text
    try:
        return format_span(timing.start, timing.end, timing.precision, lang)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return timing.text


def text_lang(text: str, langs: tuple[str, ...]) -> str:
    """Which of ``langs`` the column for ``text`` is: its own language if one of them."""
    guessed = guess_lang([text])
    return guessed if guessed in langs else langs[0]


def _bilingual_cells(m: Measure, langs: tuple[str, ...]) -> tuple[str, ...]:
    own = text_lang(m.title, langs)
    # Timing words in one of the languages stay as written in that column; dates and
    # Latin words ("12.04.2023", "Q2 2023") are left as they are in both.
    timing_lang = guess_lang([m.timing.text])
    cells: list[str] = []
    for lang in langs:
        if timing_lang in langs and timing_lang != lang:
            timing = timing_in(m.timing, lang)
        else:
            timing = m.timing.text
        cells += [m.title if lang == own else "", timing]
    return tuple(cells)


def _for_party(labels: Labels, party: str) -> str:
    party = party.strip()
    if labels.lang == "en":
        if party[:4].casefold() == "the ":
            party = party[4:]
        if not party[:1].isascii():
            # "For the Министерство ..." mixes two grammars; the name stands alone.
            return f"For {party}"
    return labels.format("for_party", party=party)


def build_plan_document(data: ReportData, lang: str, today: date) -> Document:
    """The plan document of ``data`` in ``lang``, generated on ``today``."""
    labels = Labels(lang)
    plan = data.plan
    heading = labels["plan_heading"]
    # The title is in one language: strip the heading of whichever it starts with.
    lines = title_lines(plan.title, heading)
    for one in labels.langs if labels.bilingual else ():
        shorter = title_lines(plan.title, labels.single(one)["plan_heading"])
        if shorter != lines:
            lines = shorter
            break
    details: list[tuple[str, str]] = []
    parties = [p.strip() for p in (plan.party_a, plan.party_b) if p.strip()]
    if parties:
        details.append((labels["parties"], " — ".join(parties)))
    if plan.period_start and plan.period_end:
        details.append(
            (labels["period"], f"{labels.date(plan.period_start)} – {labels.date(plan.period_end)}")
        )
    if plan.signed_date or plan.signed_place.strip():
        signed = ", ".join(x for x in (labels.date(plan.signed_date), plan.signed_place) if x)
        details.append((labels["signed"], signed))
    doc = start_document(
        data,
        labels,
        kind="plan",
        report_name=labels["plan_report"],
        heading=heading,
        lines=lines,
        details=tuple(details),
        today=today,
        stamp=labels["draft"] if plan.state is PlanState.DRAFT else "",
    )
    if labels.bilingual:
        columns: tuple[Column, ...] = (
            Column(labels["col_number"], 0.7, Align.CENTER),
            *(
                column
                for one in labels.langs
                for column in (
                    Column(labels.single(one)["col_measure"], 2.2),
                    Column(labels.single(one)["col_timing"], 1.45, Align.CENTER),
                )
            ),
            Column(labels["col_responsible"], 1.8),
            Column(labels["col_form"], 1.55),
            Column(labels["col_notes"], 1.55),
        )
    else:
        columns = (
            Column(labels["col_number"], 0.7, Align.CENTER),
            Column(labels["col_measure"], 3.25),
            Column(labels["col_form"], 1.5),
            Column(labels["col_timing"], 1.6, Align.CENTER),
            Column(labels["col_responsible"], 2.3),
            Column(labels["col_notes"], 2.0),
        )
    table = Table(
        columns=columns,
        numbered_header=True,
        empty_text=labels["no_measures"],
        continued_mark=labels["continued"],
    )
    for sector, measures in data.sections():
        table.rows.append(SectionRow(sector_label(sector), level=data.depth(sector.id)))
        for m in measures:
            if labels.bilingual:
                table.rows.append(
                    Row(
                        (
                            measure_number(m),
                            *_bilingual_cells(m, labels.langs),
                            responsible(m.responsible_a, m.responsible_b),
                            m.form,
                            m.notes,
                        )
                    )
                )
                continue
            table.rows.append(
                Row(
                    (
                        measure_number(m),
                        m.title,
                        m.form,
                        m.timing.text,
                        responsible(m.responsible_a, m.responsible_b),
                        m.notes,
                    )
                )
            )
    doc.blocks.append(table)
    if not data.scope.is_whole_plan:
        return doc  # a selection is not a document anyone signs
    place_date = ", ".join(x for x in (plan.signed_place, labels.date(plan.signed_date)) if x)
    doc.blocks.append(
        SignatureBlock(
            parties=tuple(
                Signatory(
                    heading=_for_party(labels, party or labels[default]),
                    caption=labels["signature"],
                    name_caption=labels["name"],
                )
                for party, default in ((plan.party_a, "party_a"), (plan.party_b, "party_b"))
            ),
            place_date=labels.format("place_date", value=place_date or "____________________"),
        )
    )
    return doc
