"""The agency service: the directory of each party's agencies and the measures they serve.

Every change goes the one road of :meth:`PlanService.change`: one transaction named
after it ("Add agency", "Merge agencies", "Edit responsible agencies"), its inverse
recorded with it (so undo and redo work, and refuse to overwrite someone else's
work), and a change set published to every window.

**Responsible text.** A measure keeps its free-text ``responsible_a`` /
``responsible_b``: that is what a document prints and what ``show --json`` gives,
byte for byte. When a measure's agencies for a party are chosen from the directory,
the text follows the choice while it is the text the directory would write (empty,
or the short names of the agencies it had, in the plan's language, joined by
", "); text a user typed or an import brought is kept as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from coopdesk.domain.agencies import (
    AGENCY_FIELDS,
    NAME_FIELDS,
    PARTIES,
    Agency,
    AgencyMatcher,
    Match,
    compose_responsible,
    normalize,
    split_agencies,
)
from coopdesk.domain.timing import Precision, Timing
from coopdesk.domain.validation import check_text
from coopdesk.errors import ConflictError, NotFoundError, ValidationError, msg
from coopdesk.services.base import ServiceBase
from coopdesk.services.changes import ChangeSet
from coopdesk.store import queries
from coopdesk.store.engine import retrying
from coopdesk.store.schema import Agency as AgencyRow
from coopdesk.store.schema import Measure, MeasureAgency, Plan

#: The longest short name the store keeps.
SHORT_LIMIT = 200


def agency_from_row(row: AgencyRow) -> Agency:
    """A domain agency from its ORM row."""
    return Agency(
        id=row.id,
        party=row.party,
        short_ru=row.short_ru,
        full_ru=row.full_ru,
        short_kk=row.short_kk,
        full_kk=row.full_kk,
        short_en=row.short_en,
        full_en=row.full_en,
        parent_id=row.parent_id,
        contact=row.contact,
        version=row.version,
    )


@dataclass(frozen=True, slots=True)
class Assignment:
    """One measure an agency is responsible for, in any plan of the store."""

    plan_id: int
    plan_code: str
    plan_title: str
    measure_id: int
    number: str
    title: str
    timing: Timing
    status: str
    party: str
    #: Whether the agency leads the measure for its party (first in the list).
    lead: bool
    #: The agency named (the one asked for, or one under it).
    agency_id: int


@dataclass(slots=True)
class AgencyChoice:
    """One agency name an imported sheet uses, what it matched, and what the user decided.

    ``how`` is "exact", "abbreviation", "near" or "new"; for a match ``agency_id``
    and ``agency_name`` name the directory's agency. ``accept`` (the preview's tick,
    on by default) links the measures to the match, or adds a new name to the
    directory (for ``party``, the column it came from); unticked, the name stays
    text only. ``count`` is how many rows name it.
    """

    party: str
    text: str
    how: str
    agency_id: int | None = None
    agency_name: str = ""
    score: float = 100.0
    accept: bool = True
    count: int = 0


def guess_language(text: str) -> str:
    """Which language a name is written in: "kk" (Kazakh letters), "en" (Latin), else "ru"."""
    if any(c in "әғқңөұүһіӘҒҚҢӨҰҮҺІ" for c in text):
        return "kk"
    letters = [c for c in text if c.isalpha()]
    if letters and all("a" <= c.lower() <= "z" for c in letters):
        return "en"
    return "ru"


def agency_columns(values: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
    """Check user-given agency fields; raises :class:`ValidationError` naming the field."""
    unknown = set(values) - set(AGENCY_FIELDS)
    if unknown:
        raise ValidationError(
            msg("Unknown agency field(s): {fields}"), fields=", ".join(sorted(unknown))
        )
    columns: dict[str, Any] = {}
    if "party" in values or not partial:
        party = str(values.get("party") or "").strip().lower()
        if party not in PARTIES:
            raise ValidationError(
                msg("Field 'party': '{value}' is not a or b"), value=values.get("party")
            )
        columns["party"] = party
    for name in (*NAME_FIELDS, "contact"):
        if name in values:
            value = values[name]
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise ValidationError(msg("Field '{field}' must be text"), field=name)
            value = " ".join(value.split()) if name != "contact" else value
            if name.startswith("short_") and len(value) > SHORT_LIMIT:
                raise ValidationError(
                    msg("Field '{field}': a short name is at most 200 characters"), field=name
                )
            columns[name] = check_text(name, value)
    if "parent_id" in values:
        parent = values["parent_id"]
        if parent in ("", None):
            columns["parent_id"] = None
        else:
            try:
                columns["parent_id"] = int(parent)
            except (TypeError, ValueError):
                raise ValidationError(
                    msg("Field 'parent_id': '{value}' is not an id"), value=parent
                ) from None
    if not partial:
        for name in (*NAME_FIELDS, "contact"):
            columns.setdefault(name, "")
        columns.setdefault("parent_id", None)
    return columns


class AgencyService(ServiceBase):
    """Reads and changes the agency directory and measures' responsible agencies.

    It shares the window's (or command's) unit of work, a :class:`PlanService`
    for instance, so its steps join the same undo log and change road.
    """

    # -- reading ----------------------------------------------------------------------------

    def list_agencies(self, party: str | None = None) -> list[Agency]:
        """Every agency (of one party), party A first, by short name."""
        with self._read() as session:
            stmt = select(AgencyRow)
            if party is not None:
                stmt = stmt.where(AgencyRow.party == party)
            rows = [agency_from_row(r) for r in session.scalars(stmt)]
        return sorted(rows, key=lambda a: (a.party, a.name().casefold(), a.id or 0))

    def get_agency(self, agency_id: int) -> Agency:
        """One agency by id."""
        with self._read() as session:
            row = session.get(AgencyRow, agency_id)
            if row is None:
                raise NotFoundError(msg("There is no agency with id {id}"), id=agency_id)
            return agency_from_row(row)

    def find_agency(self, key: str | int, party: str | None = None) -> Agency:
        """An agency by id or by any of its names (an abbreviation, a near spelling too)."""
        text = str(key).strip()
        if text.isdigit():
            return self.get_agency(int(text))
        match = AgencyMatcher(self.list_agencies(party)).match(text, party)
        if match.agency is None:
            raise NotFoundError(
                msg("No agency in the directory is called '{name}' (see: coopdesk agencies list)"),
                name=text,
            )
        return match.agency

    def matcher(self) -> AgencyMatcher:
        """A matcher over the whole directory as it is now."""
        return AgencyMatcher(self.list_agencies())

    def measure_agencies(self, measure_id: int) -> dict[str, list[Agency]]:
        """A measure's agencies per party ("a", "b"), lead first."""
        return self.agencies_of_measures([measure_id]).get(measure_id, {"a": [], "b": []})

    def agencies_of_measures(
        self, measure_ids: Iterable[int]
    ) -> dict[int, dict[str, list[Agency]]]:
        """Several measures' agencies per party, lead first (measures with none left out)."""
        ids = list(dict.fromkeys(measure_ids))
        out: dict[int, dict[str, list[Agency]]] = {}
        if not ids:
            return out
        with self._read() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                self._collect(session, MeasureAgency.measure_id.in_(chunk), out)
        return out

    def agencies_of_plan(self, plan_id: int) -> dict[int, dict[str, list[Agency]]]:
        """Every measure of a plan with its agencies per party, lead first."""
        out: dict[int, dict[str, list[Agency]]] = {}
        with self._read() as session:
            in_plan = select(Measure.id).where(Measure.plan_id == plan_id)
            self._collect(session, MeasureAgency.measure_id.in_(in_plan), out)
        return out

    @staticmethod
    def _collect(session: Session, where: Any, out: dict[int, dict[str, list[Agency]]]) -> None:
        rows = session.execute(
            select(MeasureAgency.measure_id, MeasureAgency.party, AgencyRow)
            .join(AgencyRow, AgencyRow.id == MeasureAgency.agency_id)
            .join(Measure, Measure.id == MeasureAgency.measure_id)
            .where(where)
            .order_by(MeasureAgency.measure_id, MeasureAgency.party, MeasureAgency.position)
        )
        for measure_id, party, row in rows:
            out.setdefault(measure_id, {"a": [], "b": []})[party].append(agency_from_row(row))

    def usage(self) -> dict[int, int]:
        """agency id -> how many measures (in all plans) name it."""
        with self._read() as session:
            rows = session.execute(
                select(MeasureAgency.agency_id, func.count(func.distinct(MeasureAgency.measure_id)))
                .join(Measure, Measure.id == MeasureAgency.measure_id)
                .group_by(MeasureAgency.agency_id)
            )
            return {int(a): int(n) for a, n in rows}

    def assignments(self, agency_id: int, *, with_children: bool = True) -> list[Assignment]:
        """The measures of every plan an agency (and the bodies under it) is responsible for.

        By plan code, then in plan order (sector, position).
        """
        wanted = {agency_id}
        with self._read() as session:
            if session.get(AgencyRow, agency_id) is None:
                raise NotFoundError(msg("There is no agency with id {id}"), id=agency_id)
            if with_children:
                parents = dict(session.execute(select(AgencyRow.id, AgencyRow.parent_id)).all())
                grew = True
                while grew:
                    more = {i for i, p in parents.items() if p in wanted} - wanted
                    wanted |= more
                    grew = bool(more)
            rows = session.execute(
                select(
                    Plan.id,
                    Plan.code,
                    Plan.title,
                    Measure.id,
                    Measure.number,
                    Measure.title,
                    Measure.timing_text,
                    Measure.status,
                    Measure.timing_start,
                    Measure.timing_end,
                    Measure.timing_precision,
                    MeasureAgency.party,
                    MeasureAgency.position,
                    MeasureAgency.agency_id,
                    Measure.sector_id,
                    Measure.position,
                )
                .join(Measure, Measure.id == MeasureAgency.measure_id)
                .join(Plan, Plan.id == Measure.plan_id)
                .where(MeasureAgency.agency_id.in_(sorted(wanted)))
            ).all()
        seen: dict[tuple[int, str], Assignment] = {}
        for row in sorted(rows, key=lambda r: (r[1], r[14], r[15], r[12])):
            pid, code, ptitle, mid, number, title, words, status, start, end, precision = cast(
                "tuple[int, str, str, int, str, str, str, str, Any, Any, str]", tuple(row[:11])
            )
            party, pos, aid = cast("tuple[str, int, int]", tuple(row[11:14]))
            key = (mid, party)
            if key in seen:
                continue
            timing = Timing(words, start, end, Precision(precision))
            seen[key] = Assignment(
                pid, code, ptitle, mid, number, title, timing, status, party, pos == 0, aid
            )
        return list(seen.values())

    # -- the directory ----------------------------------------------------------------------

    @staticmethod
    def _check_names(columns: Mapping[str, Any]) -> None:
        if not any(str(columns.get(f, "")).strip() for f in NAME_FIELDS):
            raise ValidationError(
                msg("An agency needs a name (a short or full name in any language)")
            )

    @staticmethod
    def _check_parent(session: Session, agency_id: int | None, party: str, parent: int) -> None:
        row = session.get(AgencyRow, parent)
        if row is None:
            raise ValidationError(
                msg("Field 'parent_id': there is no agency with id {id}"), id=parent
            )
        if row.party != party:
            raise ValidationError(msg("An agency's parent must be an agency of the same party"))
        seen = {agency_id}
        while row is not None:
            if row.id in seen:
                raise ValidationError(
                    msg("An agency cannot sit under itself or under one below it")
                )
            seen.add(row.id)
            row = session.get(AgencyRow, row.parent_id) if row.parent_id else None

    @retrying
    def add_agency(self, **values: Any) -> Agency:
        """Add an agency (party and at least one name)."""
        columns = agency_columns(values, partial=False)
        self._check_names(columns)
        with self.change("Add agency") as (session, changes):
            if columns["parent_id"] is not None:
                self._check_parent(session, None, columns["party"], columns["parent_id"])
            row = AgencyRow(updated_by=self.actor, **columns)
            session.add(row)
            session.flush()
            self.recorder.note_insert("agency", [row.id])
            changes.add("agency", row.id)
            return agency_from_row(row)

    @retrying
    def update_agency(
        self, agency_id: int, *, if_version: int | None = None, **values: Any
    ) -> Agency:
        """Change some fields of an agency; ``if_version`` refuses a stale edit."""
        columns = agency_columns(values, partial=True)
        with self.change("Edit agency") as (session, changes):
            row = session.get(AgencyRow, agency_id)
            if row is None:
                raise NotFoundError(msg("There is no agency with id {id}"), id=agency_id)
            if if_version is not None and row.version != if_version:
                raise ConflictError(
                    msg(
                        "The agency “{name}” was changed since by {actor} (version "
                        "{version}, you read {read}); read it again"
                    ),
                    name=agency_from_row(row).name(),
                    actor=row.updated_by or "?",
                    version=row.version,
                    read=if_version,
                )
            merged = {f: getattr(row, f) for f in AGENCY_FIELDS} | columns
            self._check_names(merged)
            if columns.get("parent_id") is not None:
                self._check_parent(session, agency_id, merged["party"], columns["parent_id"])
            if "party" in columns and columns["party"] != row.party:
                used = session.scalar(
                    select(func.count()).where(MeasureAgency.agency_id == agency_id)
                )
                kids = session.scalar(select(func.count()).where(AgencyRow.parent_id == agency_id))
                if used or kids or row.parent_id:
                    raise ValidationError(
                        msg(
                            "An agency that measures name, or that sits in a hierarchy, "
                            "cannot change party"
                        )
                    )
            self.recorder.capture("agency", [agency_id])
            dirty = {k: v for k, v in columns.items() if getattr(row, k) != v}
            for key, value in dirty.items():
                setattr(row, key, value)
            if dirty:
                changes.change("agency", agency_id)
            session.flush()
            return agency_from_row(row)

    @retrying
    def delete_agency(self, agency_id: int) -> None:
        """Delete an agency; measures lose it, bodies under it move up to its parent."""
        with self.change("Delete agency") as (session, changes):
            row = session.get(AgencyRow, agency_id)
            if row is None:
                raise NotFoundError(msg("There is no agency with id {id}"), id=agency_id)
            self._remove(session, changes, row, None)

    @retrying
    def merge_agencies(self, keep_id: int, merged_ids: Sequence[int]) -> Agency:
        """Merge agencies into one: their measures and sub-agencies move to ``keep_id``.

        A measure that named both keeps the kept agency once, at the better place.
        """
        gone = [i for i in dict.fromkeys(merged_ids) if i != keep_id]
        if not gone:
            raise ValidationError(msg("Choose at least one other agency to merge into this one"))
        with self.change("Merge agencies") as (session, changes):
            keep = session.get(AgencyRow, keep_id)
            if keep is None:
                raise NotFoundError(msg("There is no agency with id {id}"), id=keep_id)
            for ident in gone:
                row = session.get(AgencyRow, ident)
                if row is None:
                    raise NotFoundError(msg("There is no agency with id {id}"), id=ident)
                if row.party != keep.party:
                    raise ValidationError(msg("Only agencies of the same party can be merged"))
                self._remove(session, changes, row, keep)
            return agency_from_row(keep)

    def _remove(
        self, session: Session, changes: ChangeSet, row: AgencyRow, into: AgencyRow | None
    ) -> None:
        """Delete ``row``; its links and children go to ``into`` (or its links go)."""
        recorder = self.recorder
        links = session.execute(
            select(MeasureAgency.id, MeasureAgency.measure_id, MeasureAgency.party).where(
                MeasureAgency.agency_id == row.id
            )
        ).all()
        measures = sorted({m for _i, m, _p in links})
        touched: set[tuple[int, str]] = {(m, p) for _i, m, p in links}
        if measures:
            all_links = list(
                session.execute(
                    select(MeasureAgency.id).where(MeasureAgency.measure_id.in_(measures))
                ).scalars()
            )
            recorder.capture("measure_agency", all_links)
            changes.change("measure_agency", *all_links)
        for link_id, _measure, _party in links:
            if into is not None:
                session.execute(
                    update(MeasureAgency)
                    .where(MeasureAgency.id == link_id)
                    .values(agency_id=into.id)
                )
            else:
                session.execute(delete(MeasureAgency).where(MeasureAgency.id == link_id))
        for measure_id, party in sorted(touched):
            self._tidy(session, measure_id, party, changes)
        kids = list(session.scalars(select(AgencyRow.id).where(AgencyRow.parent_id == row.id)))
        if kids:
            recorder.capture("agency", kids)
            target = into.id if into is not None else row.parent_id
            session.execute(
                update(AgencyRow).where(AgencyRow.id.in_(kids)).values(parent_id=target)
            )
            changes.change("agency", *kids)
        recorder.capture("agency", [row.id])
        session.execute(delete(AgencyRow).where(AgencyRow.id == row.id))
        changes.remove("agency", row.id)
        if into is not None:
            changes.change("agency", into.id)

    @staticmethod
    def _tidy(session: Session, measure_id: int, party: str, changes: ChangeSet) -> None:
        """One link per agency, positions 0.. in order (after a merge or a removal)."""
        rows = session.execute(
            select(MeasureAgency.id, MeasureAgency.agency_id, MeasureAgency.position)
            .where(MeasureAgency.measure_id == measure_id, MeasureAgency.party == party)
            .order_by(MeasureAgency.position, MeasureAgency.id)
        ).all()
        seen: set[int] = set()
        position = 0
        for link_id, agency_id, old in rows:
            if agency_id in seen:
                session.execute(delete(MeasureAgency).where(MeasureAgency.id == link_id))
                continue
            seen.add(agency_id)
            if old != position:
                session.execute(
                    update(MeasureAgency)
                    .where(MeasureAgency.id == link_id)
                    .values(position=position)
                )
            position += 1
        changes.change("measure", measure_id)

    @retrying
    def import_directory(self, rows: Sequence[Mapping[str, Any]]) -> tuple[int, int]:
        """Add agencies from rows (fields as :data:`AGENCY_FIELDS`; ``parent`` may name one).

        Rows naming an agency already there (same party, a name matching exactly or
        as an abbreviation) fill its empty names instead. All or nothing; one step.
        Returns (added, updated).
        """
        checked = _checked_rows(rows)
        with self.change("Import agencies") as (session, changes):
            return self._import_rows(session, changes, checked)

    @retrying
    def load_with_plan(self, plan_id: int, rows: Sequence[Mapping[str, Any]]) -> int:
        """A plan's own directory (the sample's): add its agencies, link its measures.

        One step ("Load agencies"); returns how many measures got links.
        """
        checked = _checked_rows(rows)
        with self.change("Load agencies", plan_id) as (session, changes):
            self._import_rows(session, changes, checked)
            known = [agency_from_row(r) for r in session.scalars(select(AgencyRow))]
            measures = session.execute(
                select(Measure.id, Measure.responsible_a, Measure.responsible_b).where(
                    Measure.plan_id == plan_id
                )
            ).all()
            matcher = AgencyMatcher(known)
            resolve = {}
            for party, name in plan_mentions((a, b) for _m, a, b in measures):
                match = matcher.match(name, party)
                if match.agency is not None and match.agency.id is not None:
                    resolve[(party, normalize(name))] = match.agency.id
            triples = [(int(m), str(a), str(b)) for m, a, b in measures]
            linked = self.link_in_session(session, triples, resolve, changes)
            for measure_id, *_texts in measures:
                changes.change("measure", measure_id)
            return linked

    def _import_rows(
        self, session: Session, changes: ChangeSet, checked: Sequence[tuple[dict[str, Any], str]]
    ) -> tuple[int, int]:
        added = updated = 0
        known = [agency_from_row(r) for r in session.scalars(select(AgencyRow))]
        for columns, parent in checked:
            candidate = Agency(None, **{k: v for k, v in columns.items() if k != "parent_id"})
            found = _same_agency(known, candidate)
            if parent:
                match = AgencyMatcher(known).match(parent, columns["party"])
                if match.agency is None or match.how == "near":
                    raise ValidationError(
                        msg(
                            "The parent '{parent}' of '{name}' is not in the directory "
                            "(list it on a row above)"
                        ),
                        parent=parent,
                        name=candidate.name(),
                    )
                columns["parent_id"] = match.agency.id
            if found is not None:
                row = session.get(AgencyRow, found.id)
                assert row is not None
                self.recorder.capture("agency", [row.id])
                fill = {
                    k: v for k, v in columns.items() if v not in ("", None) and not getattr(row, k)
                }
                for key, value in fill.items():
                    setattr(row, key, value)
                if fill:
                    updated += 1
                    changes.change("agency", row.id)
                session.flush()
                known = [a for a in known if a.id != row.id] + [agency_from_row(row)]
                continue
            row = AgencyRow(updated_by=self.actor, **columns)
            session.add(row)
            session.flush()
            # No "created" history row: a plan's history (and its changes report)
            # lists the plan's own rows; the step itself names what was loaded.
            self.recorder.note_insert("agency", [row.id], history=False)
            changes.add("agency", row.id)
            known.append(agency_from_row(row))
            added += 1
        return added, updated

    # -- imports ----------------------------------------------------------------------------

    def import_choices(self, texts: Iterable[tuple[str, str]]) -> list[AgencyChoice]:
        """What each agency name in these (responsible A, responsible B) texts matches."""
        counts: dict[tuple[str, str], int] = {}
        repeats: dict[tuple[str, str], int] = {}
        for pair in texts:
            repeats[pair] = repeats.get(pair, 0) + 1
        for pair, times in repeats.items():
            for party, text in zip(PARTIES, pair, strict=True):
                for name in split_agencies(text or ""):
                    key = (party, normalize(name))
                    counts[key] = counts.get(key, 0) + times
        mentions = plan_mentions(repeats)
        if not mentions:
            return []
        matcher = self.matcher()
        out = []
        for party, name in mentions:
            match = matcher.match(name, party)
            agency = match.agency
            out.append(
                AgencyChoice(
                    party=agency.party if agency is not None else party,
                    text=name,
                    how=match.how,
                    agency_id=agency.id if agency is not None else None,
                    agency_name=agency.name() if agency is not None else "",
                    score=round(match.score, 1),
                    count=counts.get((party, normalize(name)), 0),
                )
            )
        return out

    def apply_import(
        self,
        session: Session,
        changes: ChangeSet,
        plan_id: int,
        choices: Sequence[AgencyChoice],
        relink: Iterable[int] = (),
        *,
        new_plan: bool = False,
    ) -> tuple[int, int]:
        """Inside an import's change: add the accepted new agencies, link the measures.

        A measure gets links for a party when it has none yet, or when the import
        changed its responsible text (``relink``). ``new_plan`` says the plan was made
        by this import (no measure of it has links yet). Returns (agencies added,
        measures linked).
        """
        resolve: dict[tuple[str, str], int] = {}
        added = 0
        existing = set(session.scalars(select(AgencyRow.id)))
        for choice in choices:
            if not choice.accept:
                continue
            key = (choice.party, normalize(choice.text))
            if choice.how == "new" or choice.agency_id is None:
                language = guess_language(choice.text)
                row = AgencyRow(
                    party=choice.party,
                    updated_by=self.actor,
                    **{f"short_{language}": choice.text[:SHORT_LIMIT]},
                )
                session.add(row)
                session.flush()
                self.recorder.note_insert("agency", [row.id], history=False)
                changes.add("agency", row.id)
                existing.add(row.id)
                resolve[key] = row.id
                added += 1
            elif choice.agency_id in existing:
                resolve[key] = choice.agency_id
        if not resolve:
            return added, 0
        # The column's party is the key: a name in the other party's column matched
        # to an agency of that other party is still found under its column.
        for choice in choices:
            if choice.accept and choice.agency_id is not None:
                for party in PARTIES:
                    resolve.setdefault((party, normalize(choice.text)), choice.agency_id)
        if new_plan:
            return added, self._link_new_plan(session, plan_id, resolve, changes)
        again = set(relink)
        rows = session.execute(
            select(Measure.id, Measure.responsible_a, Measure.responsible_b).where(
                Measure.plan_id == plan_id
            )
        ).all()
        linked = {
            (int(m), str(p))
            for m, p in session.execute(
                select(MeasureAgency.measure_id, MeasureAgency.party)
                .join(Measure, Measure.id == MeasureAgency.measure_id)
                .where(Measure.plan_id == plan_id)
            )
        }
        todo = [
            (
                int(m),
                "" if (m, "a") in linked and m not in again else str(a),
                "" if (m, "b") in linked and m not in again else str(b),
            )
            for m, a, b in rows
        ]
        count = self.link_in_session(session, todo, resolve, changes)
        return added, count

    def _link_new_plan(
        self,
        session: Session,
        plan_id: int,
        resolve: Mapping[tuple[str, str], int],
        changes: ChangeSet,
    ) -> int:
        """Link every measure of a plan no measure of which has links yet, in the store.

        A plan of 100,000 measures has a few hundred distinct pairs of responsible
        texts: each pair is resolved here once, and the store joins the measures to
        the pairs' agencies itself (one INSERT ... SELECT a batch of pairs), rather
        than the rows going out to Python and back.
        """
        parties: dict[int, str] = dict(session.execute(select(AgencyRow.id, AgencyRow.party)).all())
        pairs = session.execute(
            select(Measure.responsible_a, Measure.responsible_b)
            .where(Measure.plan_id == plan_id)
            .distinct()
        ).all()
        mapping: list[dict[str, Any]] = []
        for text_a, text_b in pairs:
            lists = self._resolved(text_a, text_b, resolve, parties)
            for party in PARTIES:
                for position, agency in enumerate(lists[party]):
                    mapping.append(
                        {"a": text_a, "b": text_b, "agency": agency.id, "party": party,
                         "position": position}
                    )  # fmt: skip
        if not mapping:
            return 0
        last = session.scalar(select(func.max(MeasureAgency.id))) or 0
        # The pairs go to a temporary table with an index, which the store searches once
        # per measure (the measures are read once, in the plan's index).
        sqlite = session.connection().dialect.name == "sqlite"
        session.execute(
            sql_text(
                "CREATE TEMPORARY TABLE coopdesk_link_pairs (a TEXT NOT NULL, b TEXT NOT NULL, "
                "agency INTEGER NOT NULL, party TEXT NOT NULL, position INTEGER NOT NULL)"
                + ("" if sqlite else " ON COMMIT DROP")
            )
        )
        session.execute(
            sql_text("CREATE INDEX ix_coopdesk_link_pairs ON coopdesk_link_pairs (a, b)")
        )
        session.execute(
            sql_text(
                "INSERT INTO coopdesk_link_pairs (a, b, agency, party, position) "
                "VALUES (:a, :b, :agency, :party, :position)"
            ),
            mapping,
        )
        # SQLite: measures outside, pairs searched by their index (CROSS JOIN keeps
        # that order); PostgreSQL plans its own join.
        join = "CROSS JOIN" if sqlite else "JOIN"
        session.execute(
            sql_text(
                "INSERT INTO measure_agency (measure_id, agency_id, party, position, version) "
                "SELECT m.id, p.agency, p.party, p.position, 1 "
                f"FROM measure m {join} coopdesk_link_pairs p "
                "ON m.responsible_a = p.a AND m.responsible_b = p.b "
                "WHERE m.plan_id = :plan ORDER BY m.id, p.party, p.position"
            ),
            {"plan": plan_id},
        )
        session.execute(sql_text("DROP TABLE coopdesk_link_pairs"))
        made = queries.ids_where(
            session.connection(), cast(Table, MeasureAgency.__table__), MeasureAgency.id > last
        )
        if not made:
            return 0
        linked = session.scalar(
            select(func.count(func.distinct(MeasureAgency.measure_id))).where(
                MeasureAgency.id > last
            )
        )
        self.recorder.note_insert("measure_agency", made, history=False, fresh=True)
        changes.add("measure_agency", *made)
        return int(linked or 0)

    # -- measures' agencies -----------------------------------------------------------------

    @retrying
    def set_measure_agencies(
        self,
        measure_id: int,
        party: str,
        agency_ids: Sequence[int],
        *,
        base: Sequence[int] | None = None,
    ) -> list[Agency]:
        """A measure's agencies for ``party``, in order (the first leads).

        ``base`` is the list the user started from: if the store holds another one
        now, the change is refused (someone else chose meanwhile). The measure's
        responsible text follows while it is what the directory would write (see
        the module's docstring).
        """
        if party not in PARTIES:
            raise ValidationError(msg("'{party}' is not a party (a or b)"), party=party)
        wanted = list(dict.fromkeys(int(i) for i in agency_ids))
        with self.change("Edit responsible agencies") as (session, changes):
            measure = session.get(Measure, measure_id)
            if measure is None:
                raise NotFoundError(msg("There is no measure with id {id}"), id=measure_id)
            changes.plan_id = measure.plan_id
            old = self._linked(session, [measure_id], party).get(measure_id, [])
            if base is not None and [a.id for a in old] != list(base):
                raise ConflictError(
                    msg(
                        "Measure {number}: its responsible agencies were changed since "
                        "(now: {agencies}); look again"
                    ),
                    number=measure.number,
                    agencies=", ".join(a.name() for a in old) or "—",
                )
            new = []
            for ident in wanted:
                row = session.get(AgencyRow, ident)
                if row is None:
                    raise NotFoundError(msg("There is no agency with id {id}"), id=ident)
                if row.party != party:
                    raise ValidationError(
                        msg("“{name}” is an agency of the other party"),
                        name=agency_from_row(row).name(),
                    )
                new.append(agency_from_row(row))
            if [a.id for a in old] == wanted:
                return new
            self._write_links(session, {measure_id: new}, party, changes)
            language = session.scalar(select(Plan.language).where(Plan.id == measure.plan_id))
            column = f"responsible_{party}"
            text: str = getattr(measure, column)
            lang = language or "ru"
            if not text.strip() or text == compose_responsible(old, lang):
                composed = compose_responsible(new, lang)
                if composed != text:
                    self.recorder.capture("measure", [measure_id])
                    setattr(measure, column, composed)
            changes.change("measure", measure_id)
            session.flush()
            return new

    def _write_links(
        self,
        session: Session,
        lists: Mapping[int, Sequence[Agency]],
        party: str,
        changes: ChangeSet | None = None,
    ) -> None:
        """Replace these measures' links for ``party`` (recorded for undo)."""
        ids = list(lists)
        if not ids:
            return
        # One range read, filtered here: an IN list of thousands of ids costs more.
        wanted = set(ids)
        current = [
            link_id
            for link_id, measure_id in session.execute(
                select(MeasureAgency.id, MeasureAgency.measure_id).where(
                    MeasureAgency.party == party,
                    MeasureAgency.measure_id.between(min(wanted), max(wanted)),
                )
            )
            if measure_id in wanted
        ]
        recorder = self.recorder
        if current:
            recorder.capture("measure_agency", current)
            if changes is not None:
                changes.remove("measure_agency", *current)
            for start in range(0, len(current), 500):
                session.execute(
                    delete(MeasureAgency).where(MeasureAgency.id.in_(current[start : start + 500]))
                )
        rows = [
            {"measure_id": measure_id, "agency_id": agency.id, "party": party, "position": i}
            for measure_id, agencies in lists.items()
            for i, agency in enumerate(agencies)
        ]
        if not rows:
            return
        # In bulk, past the ORM: an import links tens of thousands of measures at once.
        # Writers take turns (the store's write lock is held), so the new rows are
        # those above the highest id before.
        last = session.scalar(select(func.max(MeasureAgency.id))) or 0
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(
                "INSERT INTO measure_agency (measure_id, agency_id, party, position, version) "
                "VALUES (?, ?, ?, ?, 1)",
                [(r["measure_id"], r["agency_id"], r["party"], r["position"]) for r in rows],
            )
        else:
            connection.execute(insert(cast(Table, MeasureAgency.__table__)), rows)
        made = queries.ids_where(
            connection, cast(Table, MeasureAgency.__table__), MeasureAgency.id > last
        )
        assert len(made) == len(rows)  # nobody else writes while the lock is held
        recorder.note_insert("measure_agency", made, history=False, fresh=True)
        if changes is not None:
            # Views that show a measure's agencies re-read on these, and only these.
            changes.add("measure_agency", *made)

    @staticmethod
    def _linked(session: Session, ids: Sequence[int], party: str) -> dict[int, list[Agency]]:
        out: dict[int, list[Agency]] = {}
        rows = session.execute(
            select(MeasureAgency.measure_id, AgencyRow)
            .join(AgencyRow, AgencyRow.id == MeasureAgency.agency_id)
            .where(MeasureAgency.measure_id.in_(ids), MeasureAgency.party == party)
            .order_by(MeasureAgency.measure_id, MeasureAgency.position)
        )
        for measure_id, row in rows:
            out.setdefault(measure_id, []).append(agency_from_row(row))
        return out

    def link_in_session(
        self,
        session: Session,
        measures: Iterable[tuple[int, str, str]],
        resolve: Mapping[tuple[str, str], int],
        changes: ChangeSet | None = None,
    ) -> int:
        """Inside a change under way: link measures to agencies their text names.

        ``measures`` holds (measure id, responsible_a, responsible_b); ``resolve``
        maps (party of the column, the name as written) to an agency id. A name the
        map lacks is left as text only. The text itself is not touched. Returns how
        many measures got links.
        """
        parties: dict[int, str] = dict(session.execute(select(AgencyRow.id, AgencyRow.party)).all())
        by_party: dict[str, dict[int, list[Agency]]] = {"a": {}, "b": {}}
        # Many measures share a text: each distinct pair is resolved once.
        known: dict[tuple[str, str], dict[str, list[Agency]]] = {}
        for measure_id, text_a, text_b in measures:
            lists = known.get((text_a, text_b))
            if lists is None:
                lists = known[(text_a, text_b)] = self._resolved(text_a, text_b, resolve, parties)
            for party in PARTIES:
                if lists[party]:
                    by_party[party][measure_id] = lists[party]
        for party in PARTIES:
            self._write_links(session, by_party[party], party, changes)
        return len({m for party in PARTIES for m in by_party[party]})

    @staticmethod
    def _resolved(
        text_a: str, text_b: str, resolve: Mapping[tuple[str, str], int], parties: Mapping[int, str]
    ) -> dict[str, list[Agency]]:
        lists: dict[str, list[int]] = {"a": [], "b": []}
        for column, text in (("a", text_a), ("b", text_b)):
            for name in split_agencies(text):
                ident = resolve.get((column, normalize(name)))
                if ident is None or ident not in parties:
                    continue
                # An agency of the other party in this column (one column for both
                # sides) links under its own party.
                target = lists[parties[ident]]
                if ident not in target:
                    target.append(ident)
        return {p: [Agency(i, p) for i in ids] for p, ids in lists.items()}

    @retrying
    def link_plan(self, plan_id: int, *, add_new: bool = False) -> tuple[int, list[Match]]:
        """Link a plan's measures to the directory by their responsible text (one step).

        Exact and abbreviation matches link; near matches and new names do not
        (they are returned, for the user to look at), unless ``add_new`` adds the
        new names to the directory first. Measures that already have agencies for
        a party keep them. Returns (measures linked, matches).
        """
        with self._read() as session:
            if session.get(Plan, plan_id) is None:
                raise NotFoundError(msg("There is no plan with id {id}"), id=plan_id)
            rows = session.execute(
                select(Measure.id, Measure.responsible_a, Measure.responsible_b).where(
                    Measure.plan_id == plan_id
                )
            ).all()
            linked = {
                (m, p)
                for m, p in session.execute(
                    select(MeasureAgency.measure_id, MeasureAgency.party)
                    .join(Measure, Measure.id == MeasureAgency.measure_id)
                    .where(Measure.plan_id == plan_id)
                )
            }
        mentions = plan_mentions((a, b) for _m, a, b in rows)
        matcher = self.matcher()
        matches = [(party, matcher.match(name, party)) for party, name in mentions]
        with self.change("Link responsible agencies", plan_id) as (session, changes):
            resolve: dict[tuple[str, str], int] = {}
            for party, match in matches:
                agency = match.agency
                if match.how == "new" and add_new:
                    row = AgencyRow(party=party, short_ru=match.text, updated_by=self.actor)
                    session.add(row)
                    session.flush()
                    self.recorder.note_insert("agency", [row.id], history=False)
                    changes.add("agency", row.id)
                    agency = agency_from_row(row)
                if agency is not None and agency.id is not None and match.how != "near":
                    resolve[(party, normalize(match.text))] = agency.id
            todo = [
                (m, "" if (m, "a") in linked else a, "" if (m, "b") in linked else b)
                for m, a, b in rows
            ]
            count = self.link_in_session(session, todo, resolve, changes)
            for measure_id, _a, _b in todo:
                changes.change("measure", measure_id)
        return count, [m for _p, m in matches]


def plan_mentions(texts: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each distinct (party column, agency name) in responsible texts, in first-seen order."""
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    # Thousands of rows repeat a handful of texts: each distinct text is split once.
    for pair in dict.fromkeys(texts):
        for party, text in zip(PARTIES, pair, strict=True):
            for name in split_agencies(text or ""):
                seen.setdefault((party, normalize(name)), (party, name))
    return list(seen.values())


def _checked_rows(rows: Sequence[Mapping[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """Rows of agency fields checked (a ``parent`` name kept apart); all or nothing."""
    checked = []
    for number, values in enumerate(rows, start=1):
        parent = values.get("parent")
        plain = {k: v for k, v in values.items() if k not in ("parent", "id")}
        try:
            columns = agency_columns(plain, partial=False)
            AgencyService._check_names(columns)
        except ValidationError as exc:
            raise ValidationError(
                msg("Row {number}: {problem}"), number=number, problem=exc.text
            ) from None
        checked.append((columns, str(parent or "").strip()))
    return checked


def _same_agency(known: Sequence[Agency], candidate: Agency) -> Agency | None:
    """The directory's agency a new row names again (same party, exact or abbreviation)."""
    same_party = [a for a in known if a.party == candidate.party]
    matcher = AgencyMatcher(same_party)
    for name in candidate.names():
        match = matcher.match(name, candidate.party)
        if match.agency is not None and match.how in ("exact", "abbreviation"):
            return match.agency
    return None
