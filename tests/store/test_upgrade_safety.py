"""SQLite upgrades are all or nothing: kill -9, a full disk, a read-only folder (issue 11, 1-2).

Each test starts from a store at revision 0001 with a plan of measures, so the
upgrade to head is a real multi-step one (0002 recreates ``measure`` in batch mode).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from coopdesk.errors import StoreError
from coopdesk.store import backup as backup_module
from coopdesk.store.backup import KEEP_BACKUPS, backup_sqlite, list_backups
from coopdesk.store.engine import open_store
from coopdesk.store.faults import ENV_FAULT, ENV_READY
from coopdesk.store.schema import SCHEMA_REVISION

OPEN_SCRIPT = "import sys; from coopdesk.store.engine import open_store; open_store(sys.argv[1])"


def leftovers(folder: Path) -> list[str]:
    """Files beside the store that are neither the store (with SQLite's WAL files) nor a backup."""
    own = {"old.db", "old.db-wal", "old.db-shm", "ready"}
    return sorted(
        p.name for p in folder.iterdir() if not p.name.endswith(".bak") and p.name not in own
    )


def assert_backups_are_good(path: Path, raw: SimpleNamespace) -> None:
    for item in list_backups(path):
        assert raw.integrity(item) == "ok", item
        assert raw.revision_of(item) == "0001", item
        assert raw.content(item)[1] == raw.content_before, item


def assert_intact_at_head(path: Path, raw: SimpleNamespace) -> None:
    store = open_store(f"sqlite:///{path}")
    store.close()
    assert raw.revision_of(path) == SCHEMA_REVISION
    assert raw.integrity(path) == "ok"
    title, rows = raw.content(path)
    assert title == "Старый план"
    assert rows == raw.content_before
    assert not [t for t in raw.tables_of(path) if t.startswith("_alembic_tmp_")]
    assert leftovers(path.parent) == [], "temporary files were left behind"
    assert_backups_are_good(path, raw)


@pytest.fixture
def old(tmp_path: Path, raw: SimpleNamespace) -> Path:
    path = tmp_path / "old.db"
    raw.make_old_store(path)
    raw.content_before = raw.content(path)[1]
    assert len(raw.content_before) == raw.OLD_MEASURES
    return path


def test_leftover_batch_table_of_an_interrupted_in_place_upgrade_is_cleaned(
    old: Path, raw: SimpleNamespace
) -> None:
    # What an older CoopDesk left when killed during 0002's copy step.
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE _alembic_tmp_measure (id INTEGER PRIMARY KEY, junk TEXT)")
    conn.commit()
    conn.close()
    assert_intact_at_head(old, raw)


def test_leftover_batch_table_without_its_original_is_refused_with_advice(
    old: Path, raw: SimpleNamespace
) -> None:
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE measure RENAME TO _alembic_tmp_measure")
    conn.commit()
    conn.close()
    before = old.read_bytes()
    with pytest.raises(StoreError, match="restore the newest backup"):
        open_store(f"sqlite:///{old}")
    assert old.read_bytes() == before
    assert leftovers(old.parent) == []


def run_child(path: Path, fault: str, ready: Path | None = None) -> subprocess.Popen[bytes]:
    env = dict(os.environ, **{ENV_FAULT: fault})
    if ready is not None:
        env[ENV_READY] = str(ready)
    return subprocess.Popen(
        [sys.executable, "-c", OPEN_SCRIPT, f"sqlite:///{path}"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


KILL_POINTS = [
    "upgrade:locked",
    "upgrade:copied",
    "upgrade:applied-0002",
    "upgrade:applied-0003",
    "upgrade:checked",
    "backup:written",
    "upgrade:backed-up",
    "upgrade:swapped",
]


@pytest.mark.parametrize("point", KILL_POINTS)
def test_kill_9_at_each_point_of_the_upgrade_leaves_a_store_that_opens(
    old: Path, raw: SimpleNamespace, point: str, tmp_path: Path
) -> None:
    ready = tmp_path / "ready"
    child = run_child(old, f"{point}=hang", ready)
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the child never reached the fault point"
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    ready.unlink()
    # Right after the crash: the store is either the old one or the upgraded one, whole.
    assert raw.revision_of(old) in ("0001", SCHEMA_REVISION)
    assert raw.integrity(old) == "ok"
    assert raw.content(old)[1] == raw.content_before
    assert_backups_are_good(old, raw)  # a file named like a backup is a good backup
    assert_intact_at_head(old, raw)


@pytest.mark.parametrize("point", ["upgrade:copied", "upgrade:applied-0002", "backup:written"])
def test_a_crash_exit_mid_upgrade_then_a_normal_start(
    old: Path, raw: SimpleNamespace, point: str
) -> None:
    child = run_child(old, f"{point}=exit")
    child.communicate(timeout=60)
    assert child.returncode == 70
    assert raw.revision_of(old) == "0001"
    assert list_backups(old) == []
    assert_intact_at_head(old, raw)


def test_full_disk_during_the_upgrade_changes_nothing_and_leaves_no_backup(
    old: Path, raw: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = old.read_bytes()
    # The copy may not grow past its size: 0002's table copy needs room, as on a full disk.
    monkeypatch.setenv(ENV_FAULT, "upgrade:copied=full")
    for _ in range(3):  # each retry fails the same way and leaves nothing
        with pytest.raises(StoreError, match=r"left as it was.*disk .*full"):
            open_store(f"sqlite:///{old}")
        assert old.read_bytes() == before
        assert leftovers(old.parent) == []
        assert list_backups(old) == []
    monkeypatch.delenv(ENV_FAULT)
    assert_intact_at_head(old, raw)
    assert len(list_backups(old)) == 1


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Path:
    """A 1.5 MB tmpfs (needs root; elsewhere the page-count test above stands in)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)])


def test_a_really_full_disk_during_the_upgrade(
    tiny_disk: Path, raw: SimpleNamespace, tmp_path: Path
) -> None:
    path = tiny_disk / "old.db"
    raw.make_old_store(path, measures=1100)  # ~ 0.9 MB: there is no room for a copy
    raw.content_before = raw.content(path)[1]
    before = path.read_bytes()
    with pytest.raises(StoreError, match="left as it was"):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert leftovers(tiny_disk) == []
    assert list_backups(path) == []
    subprocess.run(["mount", "-o", "remount,size=8m", str(tiny_disk)], check=True)
    assert_intact_at_head(path, raw)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> tuple[Path, object]:
    """A folder CoopDesk cannot write in: a read-only bind mount (root) or mode 555."""
    folder = tmp_path / "ro"
    folder.mkdir()

    if os.geteuid() == 0:

        def lock() -> None:
            subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
            subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)

        def unlock() -> None:
            subprocess.run(["umount", str(folder)], check=True)
    else:

        def lock() -> None:
            folder.chmod(0o555)

        def unlock() -> None:
            folder.chmod(0o755)

    return folder, SimpleNamespace(lock=lock, unlock=unlock)


def test_read_only_folder_refuses_the_upgrade_and_changes_nothing(
    read_only_folder: tuple[Path, SimpleNamespace], raw: SimpleNamespace
) -> None:
    folder, switch = read_only_folder
    path = folder / "old.db"
    raw.make_old_store(path)
    raw.content_before = raw.content(path)[1]
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    switch.lock()
    try:
        with pytest.raises(StoreError) as caught:
            open_store(f"sqlite:///{path}")
        assert "read-only" in str(caught.value) or "cannot" in str(caught.value).lower()
        assert path.read_bytes() == before
        assert path.stat().st_mtime_ns == mtime
    finally:
        switch.unlock()
    assert leftovers(folder) == []
    assert_intact_at_head(path, raw)


def test_backups_are_kept_to_the_last_few(tmp_path: Path, raw: SimpleNamespace) -> None:
    path = tmp_path / "old.db"
    raw.make_old_store(path, measures=5)
    made = []
    for _ in range(KEEP_BACKUPS + 2):
        made.append(backup_sqlite(path, "0001"))
    kept = list_backups(path)
    assert kept == made[-KEEP_BACKUPS:]
    assert len({p.name for p in made}) == len(made)  # same second: still distinct names
    for item in kept:
        assert raw.integrity(item) == "ok"


def test_a_backup_that_fails_midway_leaves_no_file_named_like_a_backup(
    tmp_path: Path, raw: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    raw.make_old_store(path, measures=50)
    real_copy = backup_module.copy_sqlite

    def copy_then_fail(source: sqlite3.Connection, target: Path) -> None:
        real_copy(source, target)
        with open(target, "r+b") as handle:  # a torn write, as a full disk leaves it
            handle.truncate(target.stat().st_size // 2)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "copy_sqlite", copy_then_fail)
    with pytest.raises(StoreError, match=r"Could not back up.*No space left"):
        backup_sqlite(path, "0001")
    assert list(tmp_path.glob("*.bak")) == []
    assert [p.name for p in tmp_path.iterdir()] == ["old.db"]


def test_a_backup_that_does_not_check_out_is_not_kept(tmp_path: Path, raw: SimpleNamespace) -> None:
    path = tmp_path / "old.db"
    raw.make_old_store(path, measures=5)
    with pytest.raises(StoreError, match="schema 0001, not 0003"):
        backup_sqlite(path, "0003")  # the revision the caller expects is not in the file
    assert list(tmp_path.glob("*.bak")) == []


BATCH_ON_EVERY_TABLE = '''
"""A test migration: batch-recreate plan, sector and measure (the riskiest kind)."""
import sqlalchemy as sa
from alembic import op

revision = "9004"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("plan", "sector", "measure"):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("extra", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    pass
'''


def test_a_batch_migration_of_the_parent_tables_keeps_every_row(
    old: Path, raw: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Recreating ``plan`` drops it; with foreign keys on, that would cascade into every
    # sector and measure. The upgrade runs on its copy with them off, then checks them.
    import shutil

    from coopdesk.store import migrate

    scripts = tmp_path / "db"
    shutil.copytree(migrate.migrations_dir(), scripts)
    (scripts / "versions" / "9004_batch.py").write_text(
        BATCH_ON_EVERY_TABLE.replace("{head}", SCHEMA_REVISION), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(migrate, "SCHEMA_REVISION", "9004")
    open_store(f"sqlite:///{old}").close()
    assert raw.revision_of(old) == "9004"
    assert raw.content(old)[1] == raw.content_before
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT count(*) FROM sector").fetchone() == (1,)
    assert conn.execute("SELECT min(extra), max(extra) FROM measure").fetchone() == (1, 1)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    assert_backups_are_good(old, raw)


def test_temporary_files_of_dead_processes_are_cleaned_and_live_ones_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopdesk.store import backup, migrate

    monkeypatch.setattr(backup.socket, "gethostname", lambda: "desk-7.ministry.local")
    path = tmp_path / "coopdesk.db"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead_pid = int(dead.stdout)
    names = {
        "dead": f".coopdesk.db.upgrade-desk-7-{dead_pid}.tmp",
        "dead-journal": f".coopdesk.db.create-desk-7-{dead_pid}.tmp-journal",
        "alive": f".coopdesk.db.bak-desk-7-{os.getpid()}.tmp",
        "other host": f".coopdesk.db.upgrade-laptop-{dead_pid}.tmp",
        "not ours": ".coopdesk.db.notes.tmp",
    }
    for name in names.values():
        (tmp_path / name).write_bytes(b"x")
    removed = migrate.clean_temp_files(path, everything=False)
    assert sorted(p.name for p in removed) == sorted([names["dead"], names["dead-journal"]])
    migrate.clean_temp_files(path, everything=True)  # the upgrade lock is held: all of ours
    assert [p.name for p in tmp_path.iterdir()] == [names["not ours"]]


def test_a_folder_name_with_spaces_hash_percent_and_cyrillic(
    tmp_path: Path, raw: SimpleNamespace
) -> None:
    folder = tmp_path / "План #2 100% готов"
    folder.mkdir()
    path = folder / "old.db"
    raw.make_old_store(path, measures=20)
    before = raw.content(path)[1]
    store = open_store(f"sqlite:///{path}")
    store.close()
    assert raw.revision_of(path) == SCHEMA_REVISION
    assert raw.content(path)[1] == before
    assert len(list_backups(path)) == 1
