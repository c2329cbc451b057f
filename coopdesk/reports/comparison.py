"""The comparison table (сравнительная таблица) as a report layout.

Three columns, as ministries write it: the text as it stood (edition A), the text
proposed (edition B) with the changes marked (deleted words struck through, added
words in bold) and a comment. Each row holds one measure's text: its number and
title, its description, then labelled lines (form of completion, timing,
responsible agencies, place, notes, and its sector when it moved). A measure only B
has gets a row with an empty first column, one only A has a row whose proposed text
is struck through. Unchanged rows can be left out.

The layout is a :class:`~coopdesk.reports.document.Document` whose marked cells are
:class:`~coopdesk.reports.document.RichCell` s: the Qt renderer draws the PDF, and
:mod:`coopdesk.reports.comparison_files` writes .docx and .xlsx from the same layout.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from coopdesk.exchange.compare import (
    ComparedRow,
    Comparison,
    FieldDiff,
    Mark,
    RowKind,
    Segment,
)
from coopdesk.reports.document import (
    Cell,
    Column,
    Document,
    Orientation,
    PageSetup,
    Paragraph,
    RichCell,
    Row,
    Run,
    Table,
    TitleBlock,
    Tone,
)
from coopdesk.reports.labels import REPORT_LANGS, Labels, check_lang

#: The words of the comparison table (en, ru, kk); the rest come from the report labels.
_WORDS: dict[str, tuple[str, str, str]] = {
    "heading": ("COMPARISON TABLE", "СРАВНИТЕЛЬНАЯ ТАБЛИЦА", "САЛЫСТЫРМАЛЫ КЕСТЕ"),
    "report": ("Comparison table", "Сравнительная таблица", "Салыстырмалы кесте"),
    "col_old": ("Text as it stood", "Действующая редакция", "Қолданыстағы редакция"),
    "col_new": ("Text proposed", "Предлагаемая редакция", "Ұсынылатын редакция"),
    "col_comment": ("Comment", "Комментарий", "Түсініктеме"),
    "edition_a": ("Edition A", "Редакция А", "А редакциясы"),
    "edition_b": ("Edition B", "Редакция Б", "Б редакциясы"),
    "differences": ("Differences", "Различия", "Айырмашылықтар"),
    "counts": (
        "changed: {changed}, added: {added}, removed: {removed}, unchanged: {unchanged} "
        "(moved: {moved}, renumbered: {renumbered})",
        "изменено: {changed}, добавлено: {added}, исключено: {removed}, без изменений: "
        "{unchanged} (перенесено в другой раздел: {moved}, перенумеровано: {renumbered})",
        "өзгертілді: {changed}, қосылды: {added}, алып тасталды: {removed}, өзгеріссіз: "
        "{unchanged} (басқа бөлімге ауыстырылды: {moved}, нөмірі өзгерді: {renumbered})",
    ),
    "legend": (
        "Deleted text is struck through; added text is in bold.",
        "Исключаемый текст зачёркнут, добавляемый текст выделен полужирным шрифтом.",
        "Алып тасталатын мәтіннің үсті сызылған, қосылатын мәтін қалың қаріппен берілген.",
    ),
    "left_out": (
        "Measures that did not change are left out ({count}).",
        "Мероприятия без изменений не приводятся ({count}).",
        "Өзгермеген іс-шаралар келтірілмеген ({count}).",
    ),
    "new_measure": ("(new measure)", "(новое мероприятие)", "(жаңа іс-шара)"),
    "removed_measure": ("(measure removed)", "(мероприятие исключено)", "(іс-шара алып тасталды)"),
    "no_rows": ("The editions do not differ.", "Редакции не различаются.", "Редакциялар бірдей."),
}

#: Labels of the lines under the title (report label keys).
_LINE_LABELS = {
    "form": "col_form",
    "timing": "col_timing",
    "responsible_a": "field_responsible_a",
    "responsible_b": "field_responsible_b",
    "location": "field_location",
    "notes": "col_notes",
    "sector": "col_sector",
}


def comparison_words(lang: str) -> dict[str, str]:
    """The comparison table's own words in ``lang``."""
    index = REPORT_LANGS.index(check_lang(lang))
    return {key: words[index] for key, words in _WORDS.items()}


def _label(labels: Labels, name: str) -> str:
    text = labels[_LINE_LABELS[name]]
    return text[:1].upper() + text[1:]


def _marked(segments: tuple[Segment, ...]) -> list[Run]:
    """Runs of B's column: kept plain, deleted struck through, added in bold."""
    runs: list[Run] = []
    for seg in segments:
        if seg.mark is Mark.ADDED and runs and runs[-1].strike:
            # "~~Москву~~ **Астану**": a space between a struck and a bold word.
            prev = runs[-1].text
            if prev and not prev[-1].isspace() and not seg.text[:1].isspace():
                runs.append(Run(" "))
        runs.append(Run(seg.text, bold=seg.mark is Mark.ADDED, strike=seg.mark is Mark.DELETED))
    return runs


def _field_runs(diff: FieldDiff, labels: Labels, side: str) -> list[Run]:
    """One field's line: its label if it has one, then its text (old, or marked new)."""
    body = ([Run(diff.old)] if diff.old else []) if side == "old" else _marked(diff.segments)
    if not body:
        return []
    if diff.field in _LINE_LABELS:
        label = _label(labels, diff.field) + ": "
        if side == "new" and not diff.old:
            return [Run(label, bold=True), *body]
        if side == "new" and not diff.new:
            return [Run(label, strike=True), *body]
        return [Run(label), *body]
    return body


def _cell_runs(row: ComparedRow, labels: Labels, side: str) -> list[Run]:
    by_field = {d.field: d for d in row.fields}
    lines: list[list[Run]] = []
    head: list[Run] = []
    number, title = by_field.get("number"), by_field.get("title")
    if number is not None:
        head += _field_runs(number, labels, side)
    if title is not None:
        title_runs = _field_runs(title, labels, side)
        if head and title_runs:
            head.append(Run(" "))
        head += title_runs
    if head:
        lines.append(head)
    for diff in row.fields:
        if diff.field in ("number", "title"):
            continue
        runs = _field_runs(diff, labels, side)
        if runs:
            lines.append(runs)
    # Neighbours with the same marks make one run: fewer pieces to draw, and a
    # workbook writes each piece of a rich string with a font of its own.
    out: list[Run] = []
    texts: list[str] = []
    marks = (False, False)
    for n, line in enumerate(lines):
        for run in ([_NEWLINE] if n else []) + line:
            if (run.bold, run.strike) != marks:
                if texts:
                    out.append(Run("".join(texts), *marks))
                texts = []
                marks = (run.bold, run.strike)
            texts.append(run.text)
    if texts:
        out.append(Run("".join(texts), *marks))
    return out


_NEWLINE = Run("\n")


def row_cells(row: ComparedRow, lang: str = "en") -> tuple[tuple[Run, ...], tuple[Run, ...]]:
    """The runs of a row's two text columns: A's text as it stood, B's text marked."""
    labels = Labels(lang)
    return tuple(_cell_runs(row, labels, "old")), tuple(_cell_runs(row, labels, "new"))


def comparison_document(
    comparison: Comparison,
    lang: str = "en",
    *,
    changed_only: bool = False,
    comments: Mapping[tuple[int | None, int | None], str] | None = None,
    today: date | None = None,
) -> Document:
    """The comparison table of ``comparison`` in ``lang``.

    ``comments`` maps a row's (A index, B index) to the text of its comment cell;
    ``changed_only`` leaves out the rows that did not change.
    """
    labels = Labels(lang)
    words = comparison_words(lang)
    today = today or date.today()
    comments = comments or {}
    counts = comparison.counts()
    table = Table(
        columns=(
            Column(words["col_old"], 1.0),
            Column(words["col_new"], 1.0),
            Column(words["col_comment"], 0.55),
        ),
        numbered_header=True,
        empty_text=words["no_rows"],
    )
    left_out = 0
    for row in comparison.rows:
        if changed_only and row.kind is RowKind.UNCHANGED:
            left_out += 1
            continue
        comment = comments.get((row.pair.a, row.pair.b), "")
        old: RichCell | Cell
        new: RichCell | Cell
        if row.kind is RowKind.ADDED:
            old = Cell(words["new_measure"], tone=Tone.MUTED)
        else:
            old = RichCell(tuple(_cell_runs(row, labels, "old")))
        new = RichCell(tuple(_cell_runs(row, labels, "new")))
        if row.kind is RowKind.REMOVED:
            new = RichCell((Run(words["removed_measure"] + "\n"), *new.runs))
        table.rows.append(Row((old, new, comment)))
    a, b = comparison.a, comparison.b
    title = b.title or a.title
    blocks: list[Paragraph | Table] = [Paragraph(words["legend"], tone=Tone.MUTED, small=True)]
    if left_out:
        blocks.append(
            Paragraph(words["left_out"].format(count=left_out), tone=Tone.MUTED, small=True)
        )
    blocks.append(table)
    name = f"{words['report']} {a.label} – {b.label}"
    return Document(
        title=TitleBlock(
            heading=words["heading"],
            lines=(title,) if title else (),
            details=(
                (words["edition_a"], a.label),
                (words["edition_b"], b.label),
                (words["differences"], words["counts"].format(**counts)),
            ),
        ),
        blocks=list(blocks),
        page=PageSetup(orientation=Orientation.LANDSCAPE),
        header_left=title,
        header_right=labels.format("generated", date=labels.date(today)),
        footer_left=f"{words['report']}: {a.label} – {b.label}",
        page_label=labels["page"],
        lang=lang,
        kind="comparison",
        name=name,
    )
