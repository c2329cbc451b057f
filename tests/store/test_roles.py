"""The editors' and readers' roles on a PostgreSQL server: the server itself refuses a reader.

These need the PostgreSQL server of ``COOPDESK_TEST_PG_URL`` (``.ci/run`` starts one),
connected as a role that may create roles; the login roles they make are dropped at
the end. On SQLite only the refusals and :func:`can_write` apply.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coopdesk.errors import StoreError, ValidationError
from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService
from coopdesk.services.sample import load_sample_plan
from coopdesk.store.engine import Store, open_store
from coopdesk.store.roles import EDITORS, READERS, can_write, grant, init_server

NEEDS_PG = "needs a PostgreSQL server: set COOPDESK_TEST_PG_URL (.ci/run does)"


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> str:
    """The emptied PostgreSQL test database (admin's URL)."""
    if not os.environ.get("COOPDESK_TEST_PG_URL", "").strip():
        pytest.skip(NEEDS_PG)
    url: str = request.getfixturevalue("pg_url")
    _admin(url, "DROP SCHEMA IF EXISTS public CASCADE")
    _admin(url, "CREATE SCHEMA public")
    return url


def _admin(url: str, statement: str, **params: object) -> object:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            result = connection.execute(text(statement), params)
            return result.scalar() if result.returns_rows else None
    finally:
        engine.dispose()


@pytest.fixture
def login_role(server_url: str) -> Iterator[Callable[[str], str]]:
    """Makes login roles for the test (``make(kind)`` -> URL connecting as it); drops them."""
    made: list[str] = []

    def make(kind: str) -> str:
        name = f"coopdesk_test_{kind}_{os.getpid()}_{len(made)}"
        _admin(server_url, f'DROP ROLE IF EXISTS "{name}"')
        _admin(server_url, f'CREATE ROLE "{name}" LOGIN')
        made.append(name)
        return make_url(server_url).set(username=name).render_as_string(hide_password=False)

    yield make
    for name in made:
        _admin(server_url, f'DROP OWNED BY "{name}"')
        _admin(server_url, f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def server(server_url: str) -> Iterator[Store]:
    """The server's store, set up by init-server, holding the sample plan."""
    store = open_store(server_url)
    init_server(store)
    load_sample_plan(PlanService(store, actor="admin"))
    yield store
    store.close()


def _privilege(url: str, role: str, table: str, what: str) -> bool:
    return bool(_admin(url, "SELECT has_table_privilege(:r, :t, :w)", r=role, t=table, w=what))


def test_init_server_grants_each_group_what_it_needs_and_runs_twice(server_url: str) -> None:
    store = open_store(server_url)
    try:
        first = init_server(store)
        again = init_server(store)  # idempotent: nothing to create, same grants
    finally:
        store.close()
    assert first.tables == again.tables >= 7
    assert again.created_roles == ()
    for role in (EDITORS, READERS):
        assert _admin(server_url, "SELECT NOT rolcanlogin FROM pg_roles WHERE rolname = :r", r=role)
    for table in ("plan", "sector", "measure", "change_step", "change_field"):
        assert _privilege(server_url, READERS, table, "SELECT")
        assert not _privilege(server_url, READERS, table, "UPDATE")
        assert not _privilege(server_url, READERS, table, "INSERT")
        for what in ("SELECT", "INSERT", "UPDATE", "DELETE"):
            assert _privilege(server_url, EDITORS, table, what)
    # The schema revision moves only by a migration, run by the owner.
    assert _privilege(server_url, EDITORS, "alembic_version", "SELECT")
    assert not _privilege(server_url, EDITORS, "alembic_version", "UPDATE")
    sequence = _admin(server_url, "SELECT pg_get_serial_sequence('measure', 'id')")
    assert sequence
    assert _admin(
        server_url, "SELECT has_sequence_privilege(:r, :s, 'USAGE')", r=EDITORS, s=sequence
    )
    assert not _admin(
        server_url, "SELECT has_sequence_privilege(:r, :s, 'USAGE')", r=READERS, s=sequence
    )


def test_tables_a_later_migration_makes_get_the_same_grants(server_url: str) -> None:
    store = open_store(server_url)
    try:
        init_server(store)
    finally:
        store.close()
    # As a later migration would, run by the same (owner) role.
    _admin(server_url, "CREATE TABLE later_feature (id serial PRIMARY KEY, note text)")
    assert _privilege(server_url, READERS, "later_feature", "SELECT")
    assert not _privilege(server_url, READERS, "later_feature", "DELETE")
    assert _privilege(server_url, EDITORS, "later_feature", "INSERT")
    assert _admin(
        server_url,
        "SELECT has_sequence_privilege(:r, 'later_feature_id_seq', 'UPDATE')",
        r=EDITORS,
    )


def test_the_server_refuses_a_readers_write(
    server: Store, server_url: str, login_role: Callable[[str], str]
) -> None:
    reader_url = login_role("reader")
    grant(server, make_url(reader_url).username or "", "reader")
    reader = open_store(reader_url)
    try:
        assert can_write(reader) is False
        service = PlanService(reader, actor="reader")
        plan = service.find_plan("KZ-RU-MFA-2023")
        assert plan.id is not None
        target = service.list_measures(plan.id)[0]  # a reader reads
        assert target.id is not None
        before = HistoryService(service).last_step_id()
        with pytest.raises(StoreError, match="permission denied"):
            service.update_measure(target.id, title="Written by a reader")
        with pytest.raises(StoreError, match="permission denied"):
            service.add_measure(plan.id, target.sector_id, title="New by a reader")
    finally:
        reader.close()
    admin = PlanService(server)
    assert admin.get_measure(target.id).title == target.title
    assert len(admin.list_measures(plan.id)) == len(service.list_measures(plan.id))
    assert HistoryService(admin).last_step_id() == before


def test_an_editor_writes_and_grant_moves_a_login_between_groups(
    server: Store, login_role: Callable[[str], str]
) -> None:
    url = login_role("editor")
    login = make_url(url).username or ""
    grant(server, login, "reader")
    grant(server, login, "editor")
    member = "SELECT pg_has_role(:l, :g, 'MEMBER')"
    with server.engine.connect() as connection:
        assert connection.execute(text(member), {"l": login, "g": EDITORS}).scalar()
        assert not connection.execute(text(member), {"l": login, "g": READERS}).scalar()
    editor = open_store(url)
    try:
        assert can_write(editor) is True
        service = PlanService(editor, actor="Айгерим")
        plan = service.find_plan("KZ-RU-MFA-2023")
        assert plan.id is not None
        target = service.list_measures(plan.id)[0]
        assert target.id is not None
        changed = service.update_measure(target.id, notes="by an editor", if_version=1)
        added = service.add_measure(plan.id, target.sector_id, title="Added by an editor")
        assert (changed.version, changed.updated_by) == (2, "Айгерим")
        history = HistoryService(service).measure_history(target.id)
        latest = history[0]
        assert (latest.by, latest.field, latest.new) == ("Айгерим", "notes", "by an editor")
        assert added.id is not None
    finally:
        editor.close()
    # Back to reader: the same login now may only read.
    grant(server, login, "reader")
    again = open_store(url)
    try:
        assert can_write(again) is False
    finally:
        again.close()


def test_grant_refuses_an_unknown_login_and_a_store_without_the_groups(
    server: Store, server_url: str
) -> None:
    with pytest.raises(ValidationError, match="There is no role 'nobody_here'"):
        grant(server, "nobody_here", "editor")
    with pytest.raises(ValidationError, match="not a login role"):
        grant(server, READERS, "editor")
    with pytest.raises(ValidationError, match="not an access level"):
        grant(server, "postgres", "owner")


def test_sqlite_has_no_roles_but_says_it_may_write(store: Store) -> None:
    if store.url.get_backend_name() != "sqlite":
        assert can_write(store) is True  # the test run's own (superuser) role
        return
    assert can_write(store) is True
    with pytest.raises(ValidationError, match="has no roles"):
        init_server(store)
    with pytest.raises(ValidationError, match="has no roles"):
        grant(store, "someone", "reader")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://alice:s3cr3t-pw@db.example.org:5432/plans",
        "postgresql://alice:s3cr3t-pw@127.0.0.1:1/plans",
    ],
)
def test_describe_never_shows_a_password(url: str) -> None:
    store = open_store(url, migrate=False)  # connects to nothing until asked
    try:
        described = store.describe()
    finally:
        store.close()
    assert "s3cr3t" not in described
    assert "alice" in described and "plans" in described


def test_a_readers_window_opens_read_only(
    server: Store, login_role: Callable[[str], str], qtbot: object
) -> None:
    """The window of a reader's login: a banner, no editing, and the server agrees."""
    from datetime import date

    from coopdesk.ui.app import make_application
    from coopdesk.ui.main_window import MainWindow

    reader_url = login_role("reader")
    grant(server, make_url(reader_url).username or "", "reader")
    make_application()
    reader = open_store(reader_url)
    window = MainWindow(today=date(2026, 11, 28))
    try:
        window.attach(PlanService(reader, actor="reader"))
        window.show()
        assert window.read_only
        assert window.read_only_banner.isVisible()
        assert not window.new_measure_action.isEnabled()
        assert not window.editor.form.isEnabled()
        assert window.measure_model.rowCount() > 0  # a reader reads
    finally:
        window.close()
        reader.close()


def test_an_editor_imports_a_partner_sheet_as_a_new_plan_with_its_agencies(
    server: Store, login_role: Callable[[str], str], tmp_path
) -> None:
    """An import as a new plan links its measures to the agency directory through a
    temporary table of the store's: an editor's login may make one."""
    from coopdesk.services.agencies import AgencyService
    from coopdesk.services.imports import ImportService

    url = login_role("editor")
    grant(server, make_url(url).username or "", "editor")
    sheet = tmp_path / "partner.csv"
    sheet.write_text(
        "No.;Measure;Timing;Responsible (A);Responsible (B)\n"
        "1;Консультации;2024;МИД РК;МИД России\n"
        "2;Визит;II квартал 2024 г.;МИД РК, МТИ РК;\n",
        encoding="utf-8",
    )
    editor = open_store(url)
    try:
        service = PlanService(editor, actor="Айгерим")
        imports = ImportService(service)
        outcome = imports.apply(imports.preview(sheet, new=True))
        assert outcome.applied and outcome.added == 2 and outcome.agencies_linked == 2
        links = AgencyService(service).agencies_of_plan(outcome.plan_id)
        assert all(links[m.id]["a"] for m in service.list_measures(outcome.plan_id))
    finally:
        editor.close()
