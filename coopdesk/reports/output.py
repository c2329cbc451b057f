"""Where a report file may be written: checked before any work, with a message a user can act on."""

from __future__ import annotations

import os
from pathlib import Path

from coopdesk.errors import CoopDeskError, msg


class ReportOutputError(CoopDeskError):
    """A report file cannot be written (no such folder, a folder in the way, no permission)."""


def check_output_path(path: str | os.PathLike[str]) -> Path:
    """``path`` as an absolute Path if a report can be written there, else ReportOutputError."""
    target = Path(path).expanduser()
    if not str(path).strip():
        raise ReportOutputError(msg("No file name given for the report"))
    target = target.absolute()
    if target.is_dir():
        raise ReportOutputError(
            msg("{path} is a folder: give a file name such as report.pdf"), path=str(target)
        )
    folder = target.parent
    if folder.exists() and not folder.is_dir():
        raise ReportOutputError(msg("{path} is a file, not a folder"), path=str(folder))
    if not folder.is_dir():
        raise ReportOutputError(msg("The folder {path} does not exist"), path=str(folder))
    if not os.access(folder, os.W_OK):
        raise ReportOutputError(
            msg("CoopDesk may not write in the folder {path}"), path=str(folder)
        )
    if target.exists() and not os.access(target, os.W_OK):
        raise ReportOutputError(msg("{path} is read-only"), path=str(target))
    return target
