"""``coopdesk import/export`` start light: the command line loads no heavy module."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "xlsxwriter", "python_calamine", "openpyxl", "PySide6", "alembic")


def _loaded_after(code: str) -> set[str]:
    script = (
        f"import sys\n{code}\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_the_parser_of_every_command_loads_no_heavy_module() -> None:
    loaded = _loaded_after(
        "from coopdesk.cli import build_parser\n"
        "build_parser().parse_args(['export', 'P', 'out.xlsx', '--lang', 'kk'])"
    )
    assert "coopdesk" in loaded
    assert not loaded & set(HEAVY)


def test_an_export_loads_no_reader_and_an_import_no_writer(tmp_path) -> None:
    from coopdesk.cli import main

    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert main(["--db", url, "demo"]) == 0
    export = _loaded_after(
        f"from coopdesk.cli import main\n"
        f"main(['--db', {url!r}, 'export', 'KZ-RU-MFA-2023', {str(tmp_path / 'p.xlsx')!r}])"
    )
    assert "xlsxwriter" in export
    assert not export & {"python_calamine", "openpyxl", "PySide6", "alembic"}
    imported = _loaded_after(
        f"from coopdesk.cli import main\n"
        f"main(['--db', {url!r}, 'import', {str(tmp_path / 'p.xlsx')!r}, '--dry-run'])"
    )
    assert "python_calamine" in imported
    assert not imported & {"xlsxwriter", "openpyxl", "PySide6", "alembic"}
