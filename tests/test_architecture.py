"""The shape of the code: the layers as rules on every import, the core running with Qt
absent, and nothing working at import time.

The layers (STYLE.md, "Layers as tests"), checked on every ``import`` of every module
of the package, function-level and ``TYPE_CHECKING`` ones included, read with ``ast``
(nothing is imported to check them):

* ``domain`` imports nothing of ours but ``domain`` and ``errors``;
* ``store`` imports nothing of ours but ``domain``, ``store`` and ``errors``. Not
  ``config``: where the store lives is the front ends' business (``cli`` and ``ui`` call
  ``config.resolve_db_url`` and hand the store a URL);
* ``errors`` and ``config`` are leaves: they import nothing of ours;
* ``exchange``, ``reports`` and ``calendar`` never import ``store``, ``ui`` or ``cli``;
* only ``ui`` and ``cli`` import PySide6 (or shiboken6) or ``coopdesk.ui``, even inside
  a function; only ``cli`` (and ``python -m coopdesk``) imports ``coopdesk.cli``, and
  only ``cli`` imports ``argparse`` (command-line front ends live nowhere else);
* no cycle between the packages, and no cycle between the files of ``store``.

``KNOWN_VIOLATIONS`` lists the imports that still break a rule, each by its file and
the module it imports. It can only shrink: an entry that no longer breaks a rule
fails the test until it is taken out of the list.
"""

from __future__ import annotations

import ast
import os
import pkgutil
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import coopdesk

ROOT = Path(__file__).resolve().parent.parent

CORE_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(coopdesk.__path__, "coopdesk.")
    if not m.name.startswith("coopdesk.ui")
)

#: Imports that break a rule today, as (file, imported module). They are being fixed
#: (issue 9); the list may only shrink, never grow.
KNOWN_VIOLATIONS: frozenset[tuple[str, str]] = frozenset(
    {
        # exchange -> services -> exchange: the export reads its rows through the
        # service layer; the export glue moves to coopdesk/services/exports.py.
        ("coopdesk/exchange/xlsx_export.py", "coopdesk.services.imports"),
        # The positional row columns live in the store, and three core packages read
        # them; a named row type in the domain replaces them.
        ("coopdesk/exchange/model.py", "coopdesk.store.columns"),
        # A file cycle: engine opens the store and calls migrate, migrate imports
        # engine's Store and error translation.
        ("coopdesk/store/engine.py", "coopdesk.store.migrate"),
    }
)

QT_PACKAGES = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    """One import statement's target, as the module it names."""

    file: str  # relative to the repository, e.g. "coopdesk/store/engine.py"
    module: str  # the importing module, e.g. "coopdesk.store.engine"
    target: str  # the imported module, e.g. "coopdesk.store.migrate" or "PySide6.QtCore"
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line} imports {self.target}"


def source_roots() -> dict[str, Path]:
    """Each package of ``pyproject.toml``'s ``package-dir`` and the folder it ships from
    (``db/`` is ``coopdesk.migrations``)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"].get("package-dir", {"coopdesk": "coopdesk"})
    return {package: ROOT / folder for package, folder in mapping.items()}


def modules() -> dict[str, Path]:
    """Every module of the package by its dotted name, mapped folders included."""
    found: dict[str, Path] = {}
    roots = source_roots()
    for package, folder in roots.items():
        for path in sorted(folder.rglob("*.py")):
            parts = path.relative_to(folder).with_suffix("").parts
            name = ".".join((package, *parts)).removesuffix(".__init__")
            # A folder mapped to a package of its own belongs to that package.
            owner = max((p for p in roots if name == p or name.startswith(p + ".")), key=len)
            if owner == package:
                found[name] = path
    return found


def _named(node: ast.Call) -> str | None:
    """The module of ``importlib.import_module("coopdesk.x")`` (a literal name), else None."""
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if called in ("import_module", "__import__") and node.args:
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def imports_of(
    name: str, path: Path, known: dict[str, Path], base: Path = ROOT
) -> Iterator[Import]:
    """Every module ``name`` (the file ``path``) imports, wherever the statement stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    file = path.relative_to(base).as_posix()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(file, name, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = name if is_package else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                origin = f"{anchor}.{node.module}" if node.module else anchor
            else:
                origin = node.module or ""
            for alias in node.names:
                # ``from coopdesk.store import columns`` imports the module columns.
                sub = f"{origin}.{alias.name}"
                yield Import(file, name, sub if sub in known else origin, node.lineno)
        elif isinstance(node, ast.Call) and (target := _named(node)):
            yield Import(file, name, target, node.lineno)


def all_imports() -> list[Import]:
    known = modules()
    return [i for name, path in known.items() for i in imports_of(name, path, known)]


def unit(module: str) -> str | None:
    """The package (or top-level module) of ours that ``module`` belongs to."""
    parts = module.split(".")
    if parts[0] != "coopdesk":
        return None
    if len(parts) == 1:
        return "coopdesk"  # the package's __init__: its version, a leaf
    return parts[1]  # "__main__" for ``python -m coopdesk``


#: What these units may import of ours (the others: anything the other rules permit).
ALLOWED: dict[str, frozenset[str]] = {
    "domain": frozenset({"domain", "errors"}),
    "store": frozenset({"domain", "store", "errors"}),
    "errors": frozenset({"errors"}),
    "config": frozenset({"config"}),
    "coopdesk": frozenset({"coopdesk"}),
    "migrations": frozenset({"migrations", "store", "domain", "errors"}),
}
#: Units that must never import these.
FORBIDDEN = {
    "exchange": frozenset({"store", "ui", "cli"}),
    "reports": frozenset({"store", "ui", "cli"}),
    "calendar": frozenset({"store", "ui", "cli"}),
}
FRONT_ENDS = frozenset({"ui", "cli"})


def rule_broken(imp: Import) -> str | None:
    """Which rule ``imp`` breaks, or None."""
    source, target = unit(imp.module), unit(imp.target)
    if source is None:
        return None
    if imp.target.split(".")[0] in QT_PACKAGES and source not in FRONT_ENDS:
        return "only ui and cli may import Qt"
    if imp.target == "argparse" and source != "cli":
        return "only cli parses command lines (argparse)"
    if target is None or target == source:
        return None
    if target == "ui" and source not in FRONT_ENDS:
        return "only ui and cli may import coopdesk.ui"
    if target == "cli" and source != "__main__":
        return "only cli itself (and python -m coopdesk) imports coopdesk.cli"
    allowed = ALLOWED.get(source)
    if allowed is not None and target not in allowed:
        return f"{source} may import only {', '.join(sorted(allowed))} of ours"
    if target in FORBIDDEN.get(source, ()):
        return f"{source} never imports {target}"
    return None


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def cycle_edges(edges: Iterable[tuple[str, str, Import]]) -> list[Import]:
    """The imports that close a cycle: those from a to b where b leads back to a."""
    edges = [(a, b, imp) for a, b, imp in edges if a != b]
    graph: dict[str, set[str]] = {}
    for a, b, _imp in edges:
        graph.setdefault(a, set()).add(b)
    return [imp for a, b, imp in edges if _reaches(graph, b, a)]


def package_edges(imports: Iterable[Import]) -> list[tuple[str, str, Import]]:
    pairs = ((unit(i.module), unit(i.target), i) for i in imports)
    return [(a, b, i) for a, b, i in pairs if a and b]


def store_file_edges(imports: Iterable[Import]) -> list[tuple[str, str, Import]]:
    def inside(name: str) -> bool:
        return name.startswith("coopdesk.store.")

    return [(i.module, i.target, i) for i in imports if inside(i.module) and inside(i.target)]


def violations(imports: list[Import]) -> dict[tuple[str, str], str]:
    """Every (file, target) that breaks a rule, with the reason (the first one found)."""
    found: dict[tuple[str, str], str] = {}
    for imp in imports:
        if reason := rule_broken(imp):
            found.setdefault((imp.file, imp.target), f"{imp}: {reason}")
    for imp in cycle_edges(package_edges(imports)):
        found.setdefault(
            (imp.file, imp.target),
            f"{imp}: a cycle between the packages {unit(imp.module)} and {unit(imp.target)}",
        )
    for imp in cycle_edges(store_file_edges(imports)):
        found.setdefault((imp.file, imp.target), f"{imp}: a cycle between files of store")
    return found


# -- the rules ------------------------------------------------------------------------------


def test_every_import_follows_the_layers() -> None:
    imports = all_imports()
    assert len({i.module for i in imports}) > 50, "the walk found too few modules"
    found = violations([i for i in imports if (i.file, i.target) not in KNOWN_VIOLATIONS])
    assert not found, "imports against the layers:\n" + "\n".join(sorted(found.values()))


def test_known_violations_only_shrink() -> None:
    """Each listed violation still exists; once it is fixed, take it out of the list."""
    found = violations(all_imports())
    stale = sorted(f"{file} -> {target}" for file, target in KNOWN_VIOLATIONS - found.keys())
    assert not stale, "fixed: remove from KNOWN_VIOLATIONS:\n" + "\n".join(stale)


def _violations_in(tmp_path: Path, files: dict[str, str]) -> dict[tuple[str, str], str]:
    """The rules run over a few made-up modules (the checker's own test)."""
    known = {}
    for name, text in files.items():
        path = tmp_path / (name.replace(".", "/") + ".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        known[name] = path
    imports = [i for name, path in known.items() for i in imports_of(name, path, known, tmp_path)]
    return violations(imports)


def test_the_checker_sees_each_kind_of_violation(tmp_path: Path) -> None:
    """Made-up modules, one per rule: the checker must name each (it cannot pass blind)."""
    found = _violations_in(
        tmp_path,
        {
            "coopdesk.domain.a": "def f():\n    from coopdesk.store import b\n",
            "coopdesk.store.b": "from coopdesk.config import resolve_db_url\n",
            "coopdesk.store.c": "from . import d\n",
            "coopdesk.store.d": "import coopdesk.store.c\n",
            "coopdesk.reports.e": "from coopdesk.store.b import x\n",
            "coopdesk.services.f": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from PySide6.QtCore import QObject\n"
            ),
            "coopdesk.calendar.g": (
                "import importlib\n"
                "def h():\n    return importlib.import_module('coopdesk.ui.app')\n"
            ),
            "coopdesk.exchange.i": "from coopdesk.services import f\n",
            "coopdesk.services.j": "from ..exchange import i\n",
            "coopdesk.cli.k": "from PySide6 import QtCore\nimport argparse, coopdesk.ui.app\n",
            "coopdesk.reports.l": "def f():\n    import argparse\n",
        },
    )
    reasons = {(file.split("/", 1)[1], target): why for (file, target), why in found.items()}
    assert set(reasons) == {
        ("domain/a.py", "coopdesk.store.b"),
        ("store/b.py", "coopdesk.config"),
        ("store/c.py", "coopdesk.store.d"),
        ("store/d.py", "coopdesk.store.c"),
        ("reports/e.py", "coopdesk.store.b"),
        ("services/f.py", "PySide6.QtCore"),
        ("calendar/g.py", "coopdesk.ui.app"),
        ("exchange/i.py", "coopdesk.services.f"),
        ("services/j.py", "coopdesk.exchange.i"),
        ("reports/l.py", "argparse"),
    }, reasons
    assert "domain may import only" in reasons["domain/a.py", "coopdesk.store.b"]
    assert "cycle between files of store" in reasons["store/c.py", "coopdesk.store.d"]
    assert "never imports store" in reasons["reports/e.py", "coopdesk.store.b"]
    assert "only ui and cli may import Qt" in reasons["services/f.py", "PySide6.QtCore"]
    assert "only ui and cli" in reasons["calendar/g.py", "coopdesk.ui.app"]
    assert "packages exchange and services" in reasons["exchange/i.py", "coopdesk.services.f"]


# -- Qt stays out of the core -----------------------------------------------------------


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
            if name.startswith("coopdesk.migrations") or name.endswith(".__main__"):
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
        names = [
            n for n in names if not n.endswith(".__main__") and n != "coopdesk.migrations.env"
        ]
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
