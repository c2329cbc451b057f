"""The shape of the code: the core runs with Qt absent, and nothing works at import time."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
import textwrap

import coopdesk

CORE_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(coopdesk.__path__, "coopdesk.")
    if not m.name.startswith("coopdesk.ui")
)


def test_core_imports_and_runs_with_pyside6_unavailable(tmp_path) -> None:
    script = textwrap.dedent(
        f"""
        import importlib, sys

        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6."):
                    raise ImportError("PySide6 is blocked for this test")
                return None

        sys.meta_path.insert(0, NoQt())
        for name in {CORE_MODULES!r}:
            if name.startswith("coopdesk.migrations") or name == "coopdesk.__main__":
                continue
            importlib.import_module(name)
        from coopdesk.cli import main
        code = main(["--db", "sqlite:///{tmp_path / "noqt.db"}", "demo"])
        assert code == 0, code
        assert not any(m.startswith("PySide6") for m in sys.modules)
        print("core ok", {len(CORE_MODULES)!r})
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "core ok" in result.stdout


def test_core_modules_cover_the_layers() -> None:
    for layer in ("domain", "store", "services", "cli"):
        assert any(name.startswith(f"coopdesk.{layer}") for name in CORE_MODULES), layer


def test_importing_every_module_makes_no_engine_session_or_window() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import coopdesk
        from sqlalchemy import Engine
        from sqlalchemy.orm import Session, sessionmaker
        from PySide6.QtCore import QObject
        from PySide6.QtWidgets import QApplication

        names = [m.name for m in pkgutil.walk_packages(coopdesk.__path__, "coopdesk.")]
        names = [n for n in names if n not in ("coopdesk.__main__", "coopdesk.migrations.env")]
        for name in names:
            importlib.import_module(name)
        bad = []
        for name in names:
            for attr, value in vars(sys.modules[name]).items():
                if isinstance(value, (Engine, Session, sessionmaker, QObject)):
                    bad.append(f"{name}.{attr}")
        assert QApplication.instance() is None, "a QApplication was made at import"
        assert not bad, bad
        print("clean", len(names))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "clean" in result.stdout
