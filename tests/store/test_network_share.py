"""A SQLite store on a network share uses the rollback journal and says so (issue 11, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from coopdesk.store import fsinfo
from coopdesk.store.engine import NETWORK_SHARE_NOTE, open_store
from coopdesk.store.fsinfo import is_network_path, mount_filesystem

LOCAL = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 252:0 / / rw,relatime - ext4 /dev/vda rw
"""


def mountinfo_with(point: Path, kind: str, source: str = "server:/export") -> str:
    escaped = str(point).replace(" ", "\\040")
    return LOCAL + f"90 27 0:55 / {escaped} rw,relatime - {kind} {source} rw,vers=4.2\n"


@pytest.mark.parametrize(
    "kind", ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "ceph", "glusterfs", "afs"]
)
def test_network_file_systems_are_recognised(tmp_path: Path, kind: str) -> None:
    table = mountinfo_with(tmp_path / "share", kind)
    assert is_network_path(tmp_path / "share" / "plans" / "coopdesk.db", table)
    assert not is_network_path(tmp_path / "elsewhere.db", table)
    assert not is_network_path(tmp_path / "share-not" / "x.db", table)  # a prefix, not a parent


def test_the_longest_mount_point_wins_and_spaces_are_unescaped(tmp_path: Path) -> None:
    share = tmp_path / "Общие документы"
    table = mountinfo_with(share, "cifs", "//srv/docs") + (
        f"91 90 0:56 / {str(share / 'local').replace(' ', chr(92) + '040')} rw - tmpfs tmpfs rw\n"
    )
    assert mount_filesystem(share / "plan.db", table) == "cifs"
    assert mount_filesystem(share / "local" / "plan.db", table) == "tmpfs"
    assert not is_network_path(share / "local" / "plan.db", table)


def test_a_store_on_a_network_share_uses_the_rollback_journal_and_notes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "mountinfo"
    table.write_text(mountinfo_with(tmp_path, "nfs4"), encoding="utf-8")
    monkeypatch.setattr(fsinfo, "MOUNTINFO", table)
    store = open_store(f"sqlite:///{tmp_path / 'shared.db'}")
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "delete"
        assert store.network_share
        assert store.notes == [NETWORK_SHARE_NOTE]
        from coopdesk.services.plans import PlanService

        PlanService(store).create_plan(code="NET", title="On the share")
        assert not (tmp_path / "shared.db-wal").exists()
    finally:
        store.close()


def test_a_wal_store_moved_onto_a_share_leaves_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "moved.db"
    open_store(f"sqlite:///{path}").close()  # made on a local disk, in WAL mode
    table = tmp_path / "mountinfo"
    table.write_text(mountinfo_with(tmp_path, "cifs"), encoding="utf-8")
    monkeypatch.setattr(fsinfo, "MOUNTINFO", table)
    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "delete"
    store.close()


def test_a_local_store_keeps_wal_and_has_no_note(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'local.db'}")
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
        assert not store.network_share and store.notes == []
    finally:
        store.close()
