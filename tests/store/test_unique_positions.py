"""One measure per place of a sector (issue 11 item 5): the store itself refuses two.

Stores written before migration 0005 could hold duplicates (concurrent adds read the
same "next position"); the upgrade lays such sectors out again and renumbers their
automatic numbers, keeping pinned ones. Reorderings that pass through a taken place
(moves, shifts, deletes and their undo and redo) park rows first.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store
from coopdesk.store.migrate import alembic_config

MEASURE = (
    "INSERT INTO measure (id, uid, plan_id, sector_id, number, number_pinned, title, description,"
    " kind, level, framework, responsible_a, responsible_b, form, timing_text, timing_precision,"
    " location, status, priority, notes, position, created_at, updated_at, version, updated_by)"
    " VALUES (:id, :uid, 1, 1, :number, :pinned, :title, '', 'other', NULL, 'bilateral', '', '',"
    " '', '', 'none', '', 'planned', 'normal', '', :position, '2024-01-01 00:00:00',"
    " '2024-01-01 00:00:00', 1, '')"
)


def test_an_old_store_with_two_measures_at_one_place_is_laid_out_again(store_url: str) -> None:
    from alembic import command

    engine = create_engine(store_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
        conn.execute(
            text(
                "INSERT INTO plan (id, uid, code, title, party_a, party_b, signed_place, state,"
                " created_at, updated_at, language, version, updated_by) VALUES (1, 'p1', 'KZ-RU',"
                " 'План', '', '', '', 'draft', '2024-01-01 00:00:00', '2024-01-01 00:00:00', 'ru',"
                " 1, '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO sector (id, plan_id, parent_id, code, name, position, version"
                ") VALUES (1, 1, NULL, '2', 'Экономика', 0, 1)"
            )
        )
        # What four windows adding at once left behind: places 0, 1, 1, 1, 2.
        for ident, number, pinned, position in [
            (1, "2.1", False, 0),
            (2, "2.2", False, 1),
            (3, "2.2", False, 1),
            (4, "2.2-бис", True, 1),
            (5, "2.3", False, 2),
        ]:
            conn.execute(
                text(MEASURE),
                {
                    "id": ident,
                    "uid": f"m{ident}",
                    "number": number,
                    "pinned": pinned,
                    "title": f"Іс-шара {ident}",
                    "position": position,
                },
            )
    engine.dispose()

    store = open_store(store_url)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT id, position, number FROM measure ORDER BY position")
            ).all()
        assert [tuple(r) for r in rows] == [
            (1, 0, "2.1"),
            (2, 1, "2.2"),
            (3, 2, "2.3"),
            (4, 3, "2.2-бис"),  # a number typed by hand stays as typed
            (5, 4, "2.5"),
        ]
        with pytest.raises(IntegrityError), store.engine.begin() as conn:
            conn.execute(text("UPDATE measure SET position = 0 WHERE id = 2"))
    finally:
        store.close()


def test_reorderings_and_their_undo_never_meet_a_taken_place(service: PlanService) -> None:
    plan = service.create_plan(code="KZ-KG", title="План")
    assert plan.id is not None
    a = service.add_sector(plan.id, "Политика")
    b = service.add_sector(plan.id, "Экономика")
    assert a.id is not None and b.id is not None
    ids = [service.add_measure(plan.id, a.id, title=f"Кездесу {i}").id for i in range(6)]
    history = HistoryService(service)

    def layout() -> list[tuple[int, int, str]]:
        return sorted(
            (m.sector_id, m.position, m.number) for m in service.list_measures(plan.id or 0)
        )

    start = layout()
    steps = []
    service.shift_measure(ids[0], 4)
    steps.append(history.last_step_id())
    service.delete_measures([ids[2], ids[3]])
    steps.append(history.last_step_id())
    service.move_measures([ids[4]], b.id)
    steps.append(history.last_step_id())
    service.duplicate_measures([ids[1]])
    steps.append(history.last_step_id())
    after = layout()
    for sector in (a.id, b.id):
        places = [p for s, p, _n in after if s == sector]
        assert places == list(range(len(places)))
    for step in reversed(steps):
        history.undo(step)
    assert layout() == start
    for step in steps:
        history.redo(step)
    assert layout() == after
