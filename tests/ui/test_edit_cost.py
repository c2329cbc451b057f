"""What one field edit costs: transactions, SQL statements, editor loads (issue 9 item 2).

The views subscribe to the change set the edit publishes; it carries the measure as
saved, so neither the table nor the editor reads it back from the store.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from coopdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qtbot")


class StatementLog:
    """Every statement the store's connections run, BEGIN and COMMIT included."""

    def __init__(self, window: MainWindow) -> None:
        assert window.service is not None
        self.engine = window.service.store.engine
        self.statements: list[str] = []
        self.on = False
        event.listen(self.engine, "before_cursor_execute", self._heard)
        event.listen(self.engine, "begin", self._begun)
        event.listen(self.engine, "commit", self._committed)
        # What reaches SQLite itself, statements written straight to the driver included.
        self.traced: list[str] = []
        event.listen(self.engine.pool, "checkout", self._trace)

    def _trace(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if hasattr(dbapi_connection, "set_trace_callback"):
            dbapi_connection.set_trace_callback(
                lambda sql: self.traced.append(sql) if self.on else None
            )

    def _heard(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.on:
            self.statements.append(statement)

    def _begun(self, _conn: Any) -> None:
        if self.on:
            self.statements.append("BEGIN")

    def _committed(self, _conn: Any) -> None:
        if self.on:
            self.statements.append("COMMIT")

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._heard)
        event.remove(self.engine, "begin", self._begun)
        event.remove(self.engine, "commit", self._committed)
        event.remove(self.engine.pool, "checkout", self._trace)

    def transactions(self) -> int:
        return self.statements.count("BEGIN")

    def queries(self) -> list[str]:
        return [s for s in self.statements if s not in ("BEGIN", "COMMIT")]


def test_one_field_edit_is_one_transaction_and_loads_the_editor_once(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.service is not None
    measure = window.service.list_measures(window.plan_id)[3]  # type: ignore[arg-type]
    window.select_measure(measure.id)
    qtbot.waitUntil(lambda: window.editor.measure_id == measure.id)
    loads: list[int | None] = []
    original = window.editor.show_measure

    def counting(m: Any, keep_focused: bool = False) -> None:
        loads.append(None if m is None else m.id)
        original(m, keep_focused=keep_focused)

    monkeypatch.setattr(window.editor, "show_measure", counting)
    # The watcher's poll of other windows' changes runs on its own clock, not the edit's.
    window._watch_timer.stop()
    log = StatementLog(window)
    log.on = True
    try:
        window.editor.form.title.setPlainText("Визит делегации Қазақстан — Әл-Фараби")
        window.editor.form.field_committed.emit("title", "Визит делегации Қазақстан — Әл-Фараби")
        row = window.measure_model.row_of_measure(measure.id)
        title = window.measure_model.index(row, window.measure_model.COL_TITLE)
        qtbot.waitUntil(lambda: "Әл-Фараби" in str(title.data()))
        qtbot.wait(50)  # anything the views would still do after the change set
    finally:
        log.on = False
        log.close()
    assert window.service.get_measure(measure.id).title.endswith("Әл-Фараби")
    # What the user sees: the table row and the editor show the saved title.
    assert window.editor.form.title.toPlainText().endswith("Әл-Фараби")
    # What it cost: one write transaction of at most three statements, no read-back.
    assert log.transactions() == 1, "\n".join(q[:90] for q in log.statements)
    assert len(log.queries()) <= 3, log.queries()
    if window.service.store.engine.dialect.name != "sqlite":
        # PostgreSQL: the row read and locked, then one statement (written straight to
        # psycopg, so not in the log above) writing the row, the step, its history and
        # the notification.
        return
    # SQLite itself: BEGIN IMMEDIATE (between two busy-timeout pragmas: a save that
    # has to wait says so), the row read, the row written, the step inserted (its
    # history rows are written by SQLite's trigger inside that statement, which the
    # trace reports again for each trigger program), COMMIT.
    issued = [q for n, q in enumerate(log.traced) if n == 0 or q != log.traced[n - 1]]
    written = [q for q in issued if q.split()[0].upper() not in ("BEGIN", "COMMIT", "PRAGMA")]
    assert len(written) <= 3, "\n".join(q[:60] for q in issued)
    assert [q.split()[0].upper() for q in log.traced].count("BEGIN") == 1, log.traced
    assert loads.count(measure.id) <= 1, loads


def test_picking_a_measure_reads_it_once_for_the_editor(window: MainWindow, qtbot) -> None:
    # A pick remembers the change log as the window applied it (no query); versions
    # are read only when the user acts on the picked measures (a move asks if a
    # colleague changed them since). The editor loads the measure it shows (its
    # panels, History, agencies, progress, read what they show of it).
    window._watch_timer.stop()
    log = StatementLog(window)
    log.on = True
    try:
        for row in (2, 3, 5):
            window.measure_view.selectRow(row)
            qtbot.wait(10)
    finally:
        log.on = False
        log.close()
    assert len(window.selected_measure_ids()) == 1
    queries = log.queries()
    loads = [q for q in queries if q.lstrip().startswith("SELECT measure.id, measure.uid")]
    assert len(loads) == 3  # the editor loads each picked measure once
    # No look at versions when picking (a move reads them when it happens).
    assert not [q for q in queries if q.lstrip().startswith("SELECT measure.id, measure.version")]
