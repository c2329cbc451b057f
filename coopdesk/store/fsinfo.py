"""Is a file on a network file system? (SQLite's WAL needs one host's shared memory.)

SQLite's documentation: WAL "does not work over a network filesystem", because
every process must map the same ``-shm`` file. On Linux the mount table
(``/proc/self/mountinfo``) names the file system of the longest mount point above
the file; on Windows the drive type (or a ``\\\\server\\share`` path) says it.
On other systems CoopDesk cannot tell cheaply and assumes a local disk.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

#: Where Linux lists the mounts this process sees (a test points it at a file of its own).
MOUNTINFO = Path("/proc/self/mountinfo")

#: File system types of network (or cluster) mounts, as mountinfo names them.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "sshfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
    }
)


def _unescape(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes (\040 ...).
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_filesystem(path: Path, mountinfo: str | None = None) -> str | None:
    """The file system type of the mount holding ``path`` (Linux), or None if unknown."""
    if mountinfo is None:
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.realpath(path)
    best, best_type = -1, None
    for line in mountinfo.splitlines():
        before, sep, after = line.partition(" - ")
        fields = before.split()
        if not sep or len(fields) < 5 or not after.split():
            continue
        point = _unescape(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= best:  # later mounts over the same point win
            best, best_type = len(point), after.split()[0]
    return best_type


def _windows_remote(path: Path) -> bool:
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    DRIVE_REMOTE = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE)  # type: ignore[attr-defined]


def is_network_path(path: Path, mountinfo: str | None = None) -> bool:
    """True when ``path`` (a file or the folder it would be created in) is on a network share."""
    if sys.platform.startswith("win"):
        try:
            return _windows_remote(path)
        except (OSError, AttributeError):
            return False
    if mountinfo is None and not MOUNTINFO.exists():
        return False  # macOS, BSD: no cheap way; assume a local disk
    kind = mount_filesystem(path, mountinfo)
    return kind in NETWORK_FILESYSTEMS
