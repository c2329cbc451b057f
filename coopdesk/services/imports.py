"""The import service: preview what a sheet would do, then apply it all or nothing.

:meth:`ImportService.preview` reads a file (through the exchange package's guards),
understands its layout and compares it with the store; nothing is written. The
preview shows problems with sheet, row and column, the columns that could not be
placed, and the diff (:class:`~coopdesk.exchange.model.Diff`) with its conflicts.
:meth:`ImportService.apply` then writes a new plan, or merges into an existing one,
in one transaction of :meth:`PlanService.change`, publishing one ChangeSet. A
preview with problems or unresolved conflicts is refused and nothing is written.

Column mappings the user chose are remembered per sender (who last saved the
workbook) in the ``column_mapping`` table, in the same transaction as the import.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from coopdesk.domain import model
from coopdesk.domain.bulk import gc_paused
from coopdesk.domain.model import MEASURE_FIELDS
from coopdesk.domain.timing import Precision, SlashOrder, Timing, parse_timing, slash_order
from coopdesk.domain.validation import field_label
from coopdesk.domain.vocab import Framework, Kind, Priority, Status
from coopdesk.errors import CoopDeskError, ValidationError, msg
from coopdesk.exchange.kinds import kind_from_title
from coopdesk.exchange.merge import StoredMeasure, StoredSector, diff_plan
from coopdesk.exchange.model import (
    BASE_NUMBER,
    BASE_TIMING,
    BASE_VALUES,
    HINT_NUMBER,
    HINT_TIMING,
    Conflict,
    Diff,
    ImportResult,
    MeasureChange,
    Problem,
    Progress,
    SheetMeasure,
    SheetSector,
    WorkbookData,
    no_progress,
)
from coopdesk.exchange.sheet_reader import VOCAB_FIELDS, parse_grid, parse_vocab
from coopdesk.exchange.snapshot import ExportMeta
from coopdesk.services.agencies import AgencyChoice, AgencyService
from coopdesk.services.changes import ChangeSet
from coopdesk.services.measures import measure_columns
from coopdesk.services.plan_catalog import check_period, claim_code, plan_columns
from coopdesk.services.plans import PlanService
from coopdesk.services.unit import Recorder
from coopdesk.store import queries
from coopdesk.store.schema import ColumnMapping, Measure, Plan, Sector

#: What a column the importer could not place may become, besides a measure field.
EXTRA_CHOICES = ("notes", "ignore")
#: Report progress every so many measures while writing.
_STEP = 2000
_COLUMN_LIMITS = {"number": 32}


def read_file(
    path: Path | str,
    progress: Progress = no_progress,
    meanwhile: Callable[[ExportMeta | None], object] | None = None,
) -> WorkbookData:
    """Read a file after the guards: .csv and .txt as CSV, .docx (.docm, .doc: refused
    with a reason) as a Word document, anything else as a workbook.

    ``meanwhile`` runs while a workbook's sheet is read (see
    :func:`~coopdesk.exchange.xlsx_import.read_xlsx`); other files do not call it.
    """
    from coopdesk.exchange.csv_import import read_csv
    from coopdesk.exchange.xlsx_import import read_xlsx

    path = Path(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return read_csv(path, progress)
    if path.suffix.lower() in (".docx", ".docm", ".doc", ".dotx"):  # Word: issue 15
        from coopdesk.exchange.docx_import import read_docx

        return read_docx(path, progress)
    return read_xlsx(path, progress, meanwhile)


@dataclass(slots=True)
class ImportPreview:
    """What an import would do; nothing has been written."""

    data: WorkbookData
    result: ImportResult
    diff: Diff
    #: The plan merged into, or None for a new plan.
    plan_id: int | None
    plan_code: str
    plan_values: dict[str, Any]
    #: Whether the export's base snapshot is used (a three-way merge).
    with_base: bool
    problems: list[Problem] = field(default_factory=list)
    #: The plan's measures (by uid) as the preview saw them: applying compares the
    #: store with them, so an edit made meanwhile is never overwritten unseen.
    seen: dict[str, StoredMeasure] | None = None
    #: The day/month order the sheet's numeric dates settle ("dmy", "mdy" or None).
    slash: SlashOrder = None
    #: Measures to add whose kind the sheet does not give and their title tells
    #: (:func:`~coopdesk.exchange.kinds.kind_from_title`); the user may change each one
    #: (``values["kind"]``) before applying.
    kinds_from_titles: list[SheetMeasure] = field(default_factory=list)
    #: The agency names the sheet's responsible columns use, each with its match in
    #: the directory (or "new") and the user's tick (issue 16; see AgencyChoice).
    agencies: list[AgencyChoice] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """Problems that stop the import."""
        return self.problems

    @property
    def warnings(self) -> list[Problem]:
        """Problems worth reading that do not stop the import."""
        return self.result.warnings

    @property
    def is_new_plan(self) -> bool:
        """Whether applying creates a plan rather than merging into one."""
        return self.plan_id is None

    @property
    def counts(self) -> tuple[int, int, int]:
        """(added, changed, removed) measures, as applying would count them."""
        revived = sum(
            1
            for c in self.diff.conflicts
            if c.field == "measure" and c.row is not None and c.choice == "theirs"
        )
        deleted = sum(
            1
            for c in self.diff.conflicts
            if c.field == "measure" and c.row is None and c.choice == "theirs"
        )
        changed: set[int | None] = {c.measure_id for c in self.diff.changed}
        changed |= {
            c.measure_id
            for c in self.diff.conflicts
            if c.field != "measure" and c.choice in ("theirs", "edit")
        }
        return len(self.diff.added) + revived, len(changed), len(self.diff.removed) + deleted


@dataclass(slots=True)
class ImportOutcome:
    """What an import did (or, on a dry run, would do)."""

    plan_id: int | None
    added: int
    changed: int
    removed: int
    conflicts: list[Conflict]
    errors: list[Problem]
    applied: bool
    dry_run: bool = False
    #: Conflicts that arose after the preview (the store was edited meanwhile); the
    #: preview's diff now holds them, to be decided before applying again.
    stale: list[Conflict] = field(default_factory=list)
    #: The recorded step (undo it with HistoryService.undo), once applied.
    step_id: int | None = None
    #: Agencies added to the directory and measures linked to agencies, once applied.
    agencies_added: int = 0
    agencies_linked: int = 0

    def as_json(self) -> dict[str, Any]:
        """The object ``coopdesk import --json`` prints."""
        return {
            "plan": self.plan_id,
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
            "conflicts": [c.as_json() for c in self.conflicts],
            "errors": [p.as_json() for p in self.errors],
        }


def refused_outcome(message: str) -> ImportOutcome:
    """The outcome of a file refused as a whole (unsafe, damaged, no plan in it)."""
    return ImportOutcome(None, 0, 0, 0, [], [Problem(None, None, None, message)], False)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class ImportService:
    """Previews and applies imports of partner sheets and CoopDesk's own exports."""

    def __init__(self, plans: PlanService) -> None:
        self.plans = plans

    # -- remembered mappings ----------------------------------------------------------------

    def remembered(self, sender: str) -> dict[str, str]:
        """header key -> choice the user made before for sheets from ``sender``."""
        with self.plans.store.session() as session:
            rows = session.execute(
                select(ColumnMapping.header, ColumnMapping.choice).where(
                    ColumnMapping.sender == sender[:200]
                )
            )
            return {header: choice for header, choice in rows}

    # -- preview ----------------------------------------------------------------------------

    def preview(
        self,
        source: Path | str | WorkbookData,
        *,
        plan_id: int | None = None,
        new: bool = False,
        choices: Mapping[str, str] | None = None,
        progress: Progress = no_progress,
    ) -> ImportPreview:
        """Read ``source`` and compare it with the store; writes nothing.

        ``plan_id`` merges into that plan; ``new`` makes a new plan; with neither, a
        CoopDesk export goes back into the plan it came from (if the store has it) and
        anything else becomes a new plan. ``choices`` places unknown columns (header
        key -> field, "notes" or "ignore"). Raises ImportRefused for unsafe or
        unreadable files.
        """
        with gc_paused():
            # The plan to merge with is loaded while the sheet is still being read.
            loaded: dict[int, tuple[dict[str, StoredMeasure], dict[str, StoredSector]]] = {}

            def load_target(meta: ExportMeta | None) -> None:
                if new and plan_id is not None:
                    return
                if plan_id is not None:
                    wanted: int | None = plan_id
                elif not new and meta is not None and meta.plan_uid:
                    with self.plans.store.session() as session:
                        wanted = session.scalar(select(Plan.id).where(Plan.uid == meta.plan_uid))
                else:
                    wanted = None
                if wanted is not None:
                    with self.plans.store.session() as session:
                        loaded[wanted] = self._stored(session, wanted)

            data = (
                source
                if isinstance(source, WorkbookData)
                else read_file(source, progress, load_target)
            )
            progress(0, 1, "compare")
            result = parse_grid(data, choices, self.remembered(data.sender))
            if data.kind == "docx":  # the text around a Word table, its notices (issue 15)
                from coopdesk.exchange.docx_import import DocxData, finish_result

                assert isinstance(data, DocxData)
                finish_result(data, result)
        if new and plan_id is not None:
            raise ValidationError(msg("Choose either a plan to merge into or a new plan, not both"))
        target = None
        if plan_id is not None:
            target = self.plans.get_plan(plan_id)
        elif not new and result.meta is not None and result.meta.plan_uid:
            target = self._plan_by_uid(result.meta.plan_uid)
        problems = list(result.problems)
        if target is None:
            values = dict(result.meta.plan) if result.meta else dict(result.plan_values)
            values["code"] = self._free_code(str(values.get("code") or "IMPORT"))
            diff = Diff(added=list(result.measures), new_sectors=list(result.sectors))
            preview = ImportPreview(data, result, diff, None, values["code"], values, False)
        else:
            base = result.meta if result.meta and result.meta.plan_uid == target.uid else None
            assert target.id is not None  # a stored plan
            if target.id in loaded:
                ours, sectors = loaded.pop(target.id)
            else:
                with self.plans.store.session() as session:
                    ours, sectors = self._stored(session, target.id)
            diff = diff_plan(result, ours, sectors, base)
            if result.meta is not None and base is None:
                diff.notes.append(
                    f"The workbook was exported from another plan ({result.meta.plan.get('code')})"
                    f"; its rows were matched to {target.code} by number and title."
                )
            preview = ImportPreview(
                data, result, diff, target.id, target.code, {}, base is not None, seen=ours
            )
        preview.slash = slash_order(m.values.get("timing", "") for m in result.measures)
        preview.kinds_from_titles = _kinds_from_titles(data, result, preview.diff.added)
        problems.extend(self._check_rows(result, preview.diff))
        preview.problems = problems
        preview.agencies = AgencyService(self.plans).import_choices(_responsible_texts(preview))
        progress(1, 1, "compare")
        return preview

    def remap(self, preview: ImportPreview, choices: Mapping[str, str]) -> ImportPreview:
        """The same file previewed again with other choices for its unknown columns.

        The cells read the first time are laid out anew; the file is not read again.
        """
        return self.preview(
            preview.data,
            plan_id=preview.plan_id,
            new=preview.plan_id is None,
            choices={key: check_choice(choice) for key, choice in choices.items()},
        )

    def _plan_by_uid(self, uid: str) -> model.Plan | None:
        with self.plans.store.session() as session:
            plan_id = session.scalar(select(Plan.id).where(Plan.uid == uid))
        return self.plans.get_plan(plan_id) if plan_id is not None else None

    def _free_code(self, code: str) -> str:
        code = code.strip()[:64] or "IMPORT"
        taken = {p.code for p in self.plans.list_plans()}
        if code not in taken:
            return code
        n = 2
        while True:
            suffix = f"-{n}"
            candidate = code[: 64 - len(suffix)] + suffix
            if candidate not in taken:
                return candidate
            n += 1

    @staticmethod
    def _stored(
        session: Session, plan_id: int
    ) -> tuple[dict[str, StoredMeasure], dict[str, StoredSector]]:
        """The plan's measures by uid and sectors by code, as the merge compares them."""
        sector_rows = session.execute(
            select(Sector.id, Sector.code, Sector.name, Sector.parent_id).where(
                Sector.plan_id == plan_id
            )
        ).all()
        code_of = {sid: code for sid, code, _n, _p in sector_rows}
        sectors = {
            code: StoredSector(sid, code, name, code_of.get(parent) if parent else None)
            for sid, code, name, parent in sector_rows
        }
        columns = [
            Measure.id,
            Measure.uid,
            Measure.number_pinned,
            Measure.sector_id,
            *(getattr(Measure, f) for f in MEASURE_FIELDS if f != "timing"),
            Measure.timing_text,
        ]
        names = [f for f in MEASURE_FIELDS if f != "timing"] + ["timing"]
        ours = {}
        # Through the session's connection (Core): the ORM's row processing would cost
        # more than the rest of the merge preview at 100,000 measures.
        found = (
            session.connection().execute(select(*columns).where(Measure.plan_id == plan_id)).all()
        )
        for mid, uid, pinned, sector_id, *rest in found:
            values = dict(zip(names, rest, strict=True))
            values["level"] = values["level"] or ""
            values["sector"] = code_of.get(sector_id, "")
            ours[uid] = StoredMeasure(mid, uid, values, bool(pinned))
        return ours, sectors

    @staticmethod
    def _check_rows(result: ImportResult, diff: Diff) -> list[Problem]:
        """Limits the store has that the sheet does not (a number of at most 32 characters)."""
        problems = []
        header_of = {f: result.headers.get(c, f) for c, f in result.columns.items()}
        for measure in diff.added:
            for name, limit in _COLUMN_LIMITS.items():
                if len(measure.values.get(name, "")) > limit:
                    problems.append(
                        Problem(
                            result.sheet,
                            measure.row,
                            header_of.get(name),
                            f"a measure number has at most {limit} characters.",
                        )
                    )
        for change in diff.changed:
            for fc in change.changes:
                field_limit = _COLUMN_LIMITS.get(fc.field)
                if field_limit and len(fc.theirs) > field_limit:
                    problems.append(
                        Problem(
                            result.sheet,
                            None,
                            header_of.get(fc.field),
                            f"measure {change.number}: a number has at most {field_limit} "
                            "characters.",
                        )
                    )
        for sector in [*result.sectors, *diff.new_sectors]:
            if len(sector.code) > 32:
                problems.append(
                    Problem(
                        result.sheet,
                        sector.row or None,
                        None,
                        f"the section number '{sector.code[:40]}' is longer than 32 characters.",
                    )
                )
        return problems

    # -- apply ------------------------------------------------------------------------------

    def apply(
        self,
        preview: ImportPreview,
        *,
        prefer: str | None = None,
        remember: bool = True,
        dry_run: bool = False,
        progress: Progress = no_progress,
    ) -> ImportOutcome:
        """Write the preview in one transaction, or refuse it whole.

        ``prefer`` ("ours" or "theirs") decides every conflict the user left open.
        A preview with problems, or with open conflicts and no ``prefer``, is refused:
        the outcome has ``applied`` False and nothing is written. ``dry_run`` checks
        the same and writes nothing.
        """
        if prefer not in (None, "ours", "theirs"):
            raise ValidationError(
                msg("--prefer must be 'ours' or 'theirs', not '{value}'"), value=prefer
            )
        for conflict in preview.diff.conflicts:
            if conflict.choice is None and prefer is not None:
                conflict.choice = prefer
        added, changed, removed = preview.counts
        open_conflicts = preview.diff.unresolved
        outcome = ImportOutcome(
            preview.plan_id,
            added,
            changed,
            removed,
            list(preview.diff.conflicts),
            list(preview.errors),
            applied=False,
            dry_run=dry_run,
        )
        if preview.errors or open_conflicts or dry_run:
            return outcome
        name = f"Import {Path(preview.data.path).name}"
        try:
            with (
                gc_paused(),
                self.plans.change(
                    name, preview.plan_id, source=str(Path(preview.data.path).name)
                ) as (session, changes),
            ):
                stale = self._recheck(session, preview, prefer)
                if [c for c in stale if c.choice is None]:
                    raise _StalePreview(stale)
                plan = self._target_plan(session, preview, changes)
                if preview.plan_id is None:
                    self.plans.recorder.note_insert("plan", [plan.id])
                writer = _Writer(
                    session, changes, plan, preview, progress, self.plans.recorder, self.plans.actor
                )
                writer.run()
                outcome.agencies_added, outcome.agencies_linked = AgencyService(
                    self.plans
                ).apply_import(
                    session,
                    changes,
                    plan.id,
                    preview.agencies,
                    _relinked(preview),
                    new_plan=preview.plan_id is None,
                )
                if remember:
                    self._remember(session, preview)
        except _StalePreview as exc:
            # Nothing was written: the transaction was rolled back before any write.
            added, changed, removed = preview.counts
            return ImportOutcome(
                preview.plan_id, added, changed, removed, list(preview.diff.conflicts),
                [Problem(None, None, None, exc.message, exc.text)], applied=False,
                stale=exc.conflicts,
            )  # fmt: skip
        outcome.plan_id = plan.id
        outcome.applied = True
        outcome.step_id = changes.step_id
        outcome.stale = stale
        outcome.added, outcome.changed, outcome.removed = preview.counts
        outcome.conflicts = list(preview.diff.conflicts)
        return outcome

    def _recheck(
        self, session: Session, preview: ImportPreview, prefer: str | None
    ) -> list[Conflict]:
        """Compare the store now with what the preview saw; the conflicts that arose since.

        Another officer may edit the plan while the preview and the conflict dialog
        are open. The sheet is compared again with what the store holds now, inside
        the import's own transaction: a change the sheet makes to a field that was
        edited meanwhile becomes a conflict (what the preview showed as "ours", what
        the store holds now, what the sheet says), and so does any conflict the new
        comparison finds that the preview did not show. Choices made for conflicts
        that are still the same are kept; ``prefer`` decides the new ones, if given.
        The preview's diff is replaced by the new one.
        """
        if preview.plan_id is None or preview.seen is None:
            return []
        now, sectors = self._stored(session, preview.plan_id)
        seen = preview.seen
        if now.keys() == seen.keys() and all(now[uid].values == seen[uid].values for uid in now):
            return []
        base = preview.result.meta if preview.with_base else None
        fresh = diff_plan(preview.result, now, sectors, base)
        arisen: list[Conflict] = []
        kept: list[MeasureChange] = []
        for change in fresh.changed:
            before = seen.get(change.uid)
            fields = []
            for fc in change.changes:
                was = before.values.get(fc.field) if before is not None else None
                if was == fc.ours:
                    fields.append(fc)
                else:  # edited here after the preview: theirs would overwrite it unseen
                    arisen.append(
                        Conflict(change.measure_id, change.uid, change.number, change.title,
                                 fc.field, was, fc.ours, fc.theirs)
                    )  # fmt: skip
            if fields:
                kept.append(replace(change, changes=fields))
        fresh.changed = kept
        decided = {(c.uid, c.field, c.ours, c.theirs): c for c in preview.diff.conflicts}
        for conflict in fresh.conflicts:
            prior = decided.get((conflict.uid, conflict.field, conflict.ours, conflict.theirs))
            if prior is not None:
                conflict.choice, conflict.value = prior.choice, prior.value
            else:
                arisen.append(conflict)
        fresh.conflicts.extend(c for c in arisen if c not in fresh.conflicts)
        if prefer is not None:
            for conflict in arisen:
                conflict.choice = prefer
        preview.diff = fresh
        preview.seen = now
        return arisen

    def _target_plan(self, session: Session, preview: ImportPreview, changes: ChangeSet) -> Plan:
        if preview.plan_id is not None:
            plan = session.get(Plan, preview.plan_id)
            if plan is None:
                raise CoopDeskError(
                    msg("The plan to merge into was deleted meanwhile; nothing written")
                )
            return plan
        columns = plan_columns(
            {k: v for k, v in preview.plan_values.items() if v is not None}, partial=False
        )
        check_period(columns)
        now = _now()
        plan = Plan(uid=str(uuid.uuid4()), created_at=now, updated_at=now, **columns)
        session.add(plan)
        claim_code(session, columns["code"])
        changes.plan_id = plan.id
        changes.add("plan", plan.id)
        return plan

    @staticmethod
    def _remember(session: Session, preview: ImportPreview) -> None:
        sender = preview.result.sender[:200]
        now = _now()
        for column in preview.result.unmapped:
            if column.remembered:
                continue
            row = session.scalar(
                select(ColumnMapping).where(
                    ColumnMapping.sender == sender, ColumnMapping.header == column.key[:255]
                )
            )
            if row is None:
                session.add(
                    ColumnMapping(
                        sender=sender, header=column.key[:255], choice=column.choice, updated_at=now
                    )
                )
            else:
                row.choice = column.choice
                row.updated_at = now


class _Writer:
    """Writes one preview inside the import's transaction."""

    def __init__(
        self,
        session: Session,
        changes: ChangeSet,
        plan: Plan,
        preview: ImportPreview,
        progress: Progress,
        recorder: Recorder,
        actor: str,
    ) -> None:
        self.session = session
        #: Records what the import changes, for its undo step and the history.
        self.recorder = recorder
        self.actor = actor
        self.changes = changes
        self.plan = plan
        self.preview = preview
        self.progress = progress
        self.period = (
            (plan.period_start, plan.period_end) if plan.period_start and plan.period_end else None
        )
        self.sectors: dict[str, Sector] = {}
        self.positions: dict[int, int] = {}
        self.base = preview.result.meta
        self.done = 0
        self.total = 1

    def run(self) -> None:
        diff = self.preview.diff
        session = self.session
        for sector in session.scalars(select(Sector).where(Sector.plan_id == self.plan.id)):
            self.sectors[sector.code] = sector
        for sector_id, last in session.execute(
            select(Measure.sector_id, func.max(Measure.position))
            .where(Measure.plan_id == self.plan.id)
            .group_by(Measure.sector_id)
        ):
            self.positions[sector_id] = int(last) + 1
        edits = self._edits(diff)
        rows = [c.row for c in diff.conflicts if c.field == "measure" and c.choice == "theirs"]
        revived = [r for r in rows if r is not None]
        deleted = [
            c.measure_id
            for c in diff.conflicts
            if c.field == "measure" and c.choice == "theirs" and c.row is None
        ]
        self.total = max(len(diff.added) + len(revived) + len(edits) + len(diff.removed), 1)
        self._add_sectors(diff.new_sectors)
        for code, _old, new in diff.renamed_sectors:
            row = self.sectors[code]
            self.recorder.capture("sector", [row.id])
            row.name = new
            self.changes.change("sector", row.id)
        gone = [r.measure_id for r in diff.removed] + [d for d in deleted if d is not None]
        if gone:
            self.recorder.capture("measure", gone)
            for start in range(0, len(gone), 500):
                chunk = gone[start : start + 500]
                session.execute(delete(Measure).where(Measure.id.in_(chunk)))
            self.changes.remove("measure", *gone)
            self._tick(len(gone))
        self._edit(edits)
        self._insert([*diff.added, *revived])
        if self.preview.plan_id is not None and (diff.added or edits or gone or revived):
            self.plan.updated_at = _now()

    def _tick(self, n: int = 1) -> None:
        self.done += n
        if self.done % _STEP < n or self.done >= self.total:
            self.progress(self.done, self.total, "write")

    def _add_sectors(self, sectors: Iterable[SheetSector]) -> None:
        for item in sectors:
            parent = self.sectors.get(item.parent) if item.parent else None
            parent_id = parent.id if parent else None
            siblings = [s.position for s in self.sectors.values() if s.parent_id == parent_id]
            row = Sector(
                plan_id=self.plan.id,
                parent_id=parent_id,
                code=item.code,
                name=item.name,
                position=max(siblings, default=-1) + 1,
            )
            self.session.add(row)
            self.session.flush()
            self.sectors[item.code] = row
            self.changes.add("sector", row.id)
            self.recorder.note_insert("sector", [row.id], history=False)

    def _edits(self, diff: Diff) -> dict[int, dict[str, str]]:
        """measure id -> field -> new value, from changes and decided conflicts."""
        edits: dict[int, dict[str, str]] = {}
        for change in diff.changed:
            fields = edits.setdefault(change.measure_id, {})
            for fc in change.changes:
                fields[fc.field] = fc.theirs
        for conflict in diff.conflicts:
            if conflict.field == "measure" or conflict.measure_id is None:
                continue
            if conflict.choice == "theirs":
                edits.setdefault(conflict.measure_id, {})[conflict.field] = conflict.theirs
            elif conflict.choice == "edit":
                value = conflict.value if conflict.value is not None else conflict.ours
                if conflict.field in VOCAB_FIELDS:
                    try:
                        value = parse_vocab(conflict.field, value)
                    except ValueError as exc:
                        raise ValidationError(
                            msg("Measure {number}, field '{field}': {problem}"),
                            number=conflict.number,
                            field=field_label(conflict.field),
                            problem=exc.args[0] if exc.args else str(exc),
                        ) from None
                edits.setdefault(conflict.measure_id, {})[conflict.field] = value
        return edits

    def _edit(self, edits: Mapping[int, Mapping[str, str]]) -> None:
        ids = list(edits)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            self.recorder.capture("measure", chunk)
            rows = self.session.scalars(select(Measure).where(Measure.id.in_(chunk))).all()
            for row in rows:
                self._edit_one(row, edits[row.id])
                self._tick()

    def _edit_one(self, row: Measure, values: Mapping[str, str]) -> None:
        fields = {k: v for k, v in values.items() if k in MEASURE_FIELDS}
        try:
            columns = measure_columns(fields, self.period, partial=True)
        except ValidationError as exc:
            raise ValidationError(
                msg("Measure {number}: {problem}"), number=row.number, problem=exc.text
            ) from None
        if "timing" in fields and self.preview.slash is not None:
            # The sheet settles the order of its numeric dates (12/04/2023).
            parsed = parse_timing(fields["timing"], self.period, self.preview.slash)
            columns["timing_start"], columns["timing_end"] = parsed.start, parsed.end
            columns["timing_precision"] = parsed.precision.value
        if "sector" in values:
            sector = self.sectors.get(values["sector"])
            if sector is None:
                raise ValidationError(
                    msg("Measure {number}: there is no sector '{sector}' in the plan"),
                    number=row.number,
                    sector=values["sector"],
                )
            if sector.id != row.sector_id:
                position = self.positions.get(sector.id, 0)
                self.positions[sector.id] = position + 1
                row.sector_id = sector.id
                row.position = position
                if "number" not in columns and not row.number_pinned:
                    row.number = f"{sector.code}.{position + 1}"
        if "number" in columns:
            row.number_pinned = bool(columns["number"])
            if not columns["number"]:
                code = next(s.code for s in self.sectors.values() if s.id == row.sector_id)
                columns["number"] = f"{code}.{row.position + 1}"
        for key, value in columns.items():
            setattr(row, key, value)
        row.updated_at = _now()
        self.changes.change("measure", row.id)

    def _insert(self, rows: list[SheetMeasure]) -> None:
        """Insert new measures with Core ``executemany``.

        The layout has already read every vocabulary cell into its code and checked
        every title, and the preview checked the one other rule of ``measure_columns``
        (numbers of at most 32 characters), so the rows are built here directly: at
        100,000 rows running ``measure_columns`` again would cost more than the write.
        ``test_fast_rows_match_measure_columns`` keeps the two in step.
        """
        if not rows:
            return
        uids: list[str] = []
        connection = self.session.connection()
        count = queries.insert_measure_tuples(
            connection, _INSERT_NAMES, self._prepared(rows, uids, connection)
        )
        if not count:
            return
        if self.preview.plan_id is None:
            # A new plan: every measure of it is new ("plan added" tells every view).
            new_ids = queries.ids_where(
                self.session.connection(),
                cast(Table, Measure.__table__),
                Measure.plan_id == self.plan.id,
            )
            self.recorder.note_insert("measure", new_ids, history=False, fresh=True)
            return
        # A merge adds a few rows: read their ids back so views add just those.
        for start in range(0, len(uids), 500):
            ids = list(
                self.session.scalars(
                    select(Measure.id).where(Measure.uid.in_(uids[start : start + 500]))
                )
            )
            self.changes.add("measure", *ids)
            self.recorder.note_insert("measure", ids, history=False, fresh=True)

    def _prepared(
        self, rows: list[SheetMeasure], uids: list[str], connection: Any
    ) -> Iterator[tuple[Any, ...]]:
        """The new measures as tuples of :data:`_INSERT_NAMES`, dates as the driver takes them.

        Built straight from the sheet's values: the fixed values of this import and the
        spans of each distinct timing are made once, so a row costs a few lookups.
        """
        as_date = queries.stored_date(connection)
        now = queries.stored_datetime(connection)(_now())
        # What the sheet cannot tell (a pinned number that looks automatic, a span set
        # by hand): a new plan takes the export's hints; a merge re-adding a measure
        # deleted here takes its row of the base snapshot.
        hints: dict[str, list[Any]] = {}
        if self.base is not None:
            if self.preview.with_base:
                base = self.base.measures
                hints = {
                    m.uid: [
                        *base[m.uid][:BASE_VALUES],
                        base[m.uid][BASE_NUMBER],
                        base[m.uid][BASE_TIMING],
                    ]
                    for m in rows
                    if m.uid in base
                }
            elif self.preview.plan_id is None:
                hints = self.base.hints
        plan_id = self.plan.id
        period = self.period
        slash = self.preview.slash
        positions = self.positions
        spans: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        sectors = {code: (row.id, row.code) for code, row in self.sectors.items()}
        defaults = dict(zip(_CONTENT_FIELDS, _CONTENT_DEFAULTS, strict=True))
        pick = itemgetter(*_CONTENT_FIELDS)
        new_uid = _uid_strings()
        tick = self._tick
        actor = self.actor
        remember = uids.append
        for item in rows:
            values = item.values
            found = sectors.get(values.get("sector", ""))
            if found is None:
                raise ValidationError(
                    msg("Row {row}: its section '{sector}' is not in the plan"),
                    row=item.row,
                    sector=values.get("sector", ""),
                )
            sector_id, code = found
            text = values.get("timing", "")
            was = hints.get(item.uid) if item.uid else None
            if was is not None and was[HINT_TIMING] == text:
                # The export's own span: the words are unchanged, so is what they mean.
                key: tuple[Any, ...] = (text, was[2], was[3], was[4])
            else:
                key = (text, period)
            timing = spans.get(key)
            if timing is None:
                if len(key) == 4:
                    start, end = (date.fromisoformat(d) if d else None for d in key[1:3])
                    parsed = Timing(text, start, end, Precision(key[3]))
                else:
                    parsed = parse_timing(text, period, slash)
                timing = spans[key] = (
                    parsed.text,
                    as_date(parsed.start) if parsed.start is not None else None,
                    as_date(parsed.end) if parsed.end is not None else None,
                    parsed.precision.value,
                )
            position = positions.get(sector_id, 0)
            positions[sector_id] = position + 1
            number = values.get("number", "")
            auto = f"{code}.{position + 1}"
            if not number:
                number, pinned = auto, False
            elif was is not None and was[HINT_NUMBER] == number:
                pinned = bool(was[1])
            else:
                pinned = number != auto
            uid = next(new_uid)
            remember(uid)
            merged: dict[str, Any] = {**defaults, **values}
            if not merged["level"]:
                merged["level"] = None
            fields = pick(merged)
            tick()
            yield (
                uid, plan_id, sector_id, number, pinned, position, *fields, *timing,
                now, now, 1, actor,
            )  # fmt: skip


#: The columns a bulk import writes, in the order of :meth:`_Writer._prepared`'s tuples
#: (the others take their defaults: no carry-over link, a status derived, not set).
_CONTENT_FIELDS = (
    "title", "description", "kind", "level", "framework", "responsible_a",
    "responsible_b", "form", "location", "status", "priority", "notes",
)  # fmt: skip
_CONTENT_DEFAULTS = (
    "", "", Kind.OTHER.value, "", Framework.BILATERAL.value, "", "", "", "",
    Status.PLANNED.value, Priority.NORMAL.value, "",
)  # fmt: skip
_INSERT_NAMES = (
    "uid", "plan_id", "sector_id", "number", "number_pinned", "position", *_CONTENT_FIELDS,
    "timing_text", "timing_start", "timing_end", "timing_precision",
    "created_at", "updated_at", "version", "updated_by",
)  # fmt: skip


def _kinds_from_titles(
    data: WorkbookData, result: ImportResult, added: list[SheetMeasure]
) -> list[SheetMeasure]:
    """Give a kind from its title to each measure to add whose kind the sheet leaves out.

    Only new measures: a stored measure keeps its kind unless the sheet names another.
    """
    kind_col = next((c for c, f in result.columns.items() if f == "kind"), None)
    # An empty kind cell reads as "other", like one that says so: only those rows are
    # looked at, and with a kind column, only those whose cell is empty.
    other = Kind.OTHER.value
    candidates = [m for m in added if m.values.get("kind", other) == other]
    if not candidates:
        return []
    if kind_col is not None:
        cells = dict(data.grid.rows)
        candidates = [
            m
            for m in candidates
            if kind_col >= len(row := cells.get(m.row - 1, ())) or row[kind_col] in ("", None)
        ]
    guessed = []
    for measure in candidates:
        kind = kind_from_title(measure.values.get("title", ""))
        if kind is not None:
            measure.values["kind"] = kind.value
            guessed.append(measure)
    return guessed


class _StalePreview(CoopDeskError):
    """The store changed after the preview in ways the user has not decided on."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        super().__init__(
            msg(
                "The plan was changed while the preview was open: {count} new conflict(s) "
                "with the sheet must be decided first; nothing was written."
            ),
            count=len(conflicts),
        )
        self.message = str(self)


def _uid_strings() -> Iterator[str]:
    """New measures' ids: time-ordered (version 7, RFC 9562) UUID strings, ascending.

    The import's ids share the millisecond it began and count up from a random 73-bit
    start (the RFC's "monotonic random" method), so each is as unique as a random one
    while the store's uid index takes them in order: 100,000 random ids would land all
    over the index, costing a sixth of the write.
    """
    ms = int(time.time() * 1000) & _MS_MASK
    counter = int.from_bytes(os.urandom(10), "big") >> 7
    while True:
        counter += 1
        if counter > _COUNTER_MASK:  # not in this universe's imports; yet correct
            ms = (ms + 1) & _MS_MASK
            counter = int.from_bytes(os.urandom(10), "big") >> 7
        value = (
            (ms << 80)
            | (0x7 << 76)
            | ((counter >> 62) << 64)
            | (0b10 << 62)
            | (counter & _RAND_B_MASK)
        )
        h = f"{value:032x}"
        yield f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_MS_MASK = (1 << 48) - 1
_RAND_B_MASK = (1 << 62) - 1
_COUNTER_MASK = (1 << 74) - 1


def check_choice(choice: str) -> str:
    """A valid choice for an unknown column (a measure field, "notes" or "ignore")."""
    if choice in MEASURE_FIELDS or choice in EXTRA_CHOICES:
        return choice
    raise ValidationError(
        msg("'{choice}' is not a measure field, 'notes' or 'ignore'"), choice=choice
    )


_RESPONSIBLE = ("responsible_a", "responsible_b")


def _responsible_texts(preview: ImportPreview) -> list[tuple[str, str]]:
    """The responsible texts the import would write (added rows, changed fields)."""
    texts = [
        (m.values.get("responsible_a", ""), m.values.get("responsible_b", ""))
        for m in preview.diff.added
    ]
    for change in preview.diff.changed:
        for fc in change.changes:
            if fc.field in _RESPONSIBLE:
                texts.append((fc.theirs, "") if fc.field == "responsible_a" else ("", fc.theirs))
    for conflict in preview.diff.conflicts:
        if conflict.field in _RESPONSIBLE:
            pair = (
                (conflict.theirs, "")
                if conflict.field == "responsible_a"
                else ("", conflict.theirs)
            )
            texts.append(pair)
    return texts


def _relinked(preview: ImportPreview) -> set[int]:
    """Measures whose responsible text the import changes: their links are chosen again."""
    ids = {
        c.measure_id
        for c in preview.diff.changed
        if any(fc.field in _RESPONSIBLE for fc in c.changes)
    }
    ids |= {
        c.measure_id
        for c in preview.diff.conflicts
        if c.field in _RESPONSIBLE and c.choice in ("theirs", "edit") and c.measure_id is not None
    }
    return {i for i in ids if i is not None}
