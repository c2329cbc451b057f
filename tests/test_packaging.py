"""Packaging: every package of the source tree is in the wheel, with its assets."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "coopdesk").rglob("__init__.py")
    }
    found |= {"coopdesk.migrations", "coopdesk.migrations.versions"}  # db/, mapped
    found |= {"coopdesk.resources"}  # resources/, mapped
    assert found - listed == set(), "packages missing from pyproject.toml"
    assert listed - found == set(), "pyproject.toml lists packages that do not exist"


def test_shipped_assets_exist() -> None:
    resources = ROOT / "resources"
    assert (resources / "sample_plan.json").is_file()
    assert list((resources / "icons").glob("*.svg"))
    assert list((resources / "fonts").glob("*.ttf"))
    assert {p.name for p in (resources / "translations").glob("*.ts")} >= {
        "coopdesk_ru.ts",
        "coopdesk_kk.ts",
    }
    assert not (ROOT / "coopdesk" / "resources").exists(), "assets moved to resources/"


def test_resources_ship_as_coopdesk_resources() -> None:
    """The top-level resources/ folder is the package coopdesk.resources, with its assets."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert setuptools["package-dir"]["coopdesk.resources"] == "resources"
    data = setuptools["package-data"]["coopdesk.resources"]
    for pattern in ("*.json", "icons/*.svg", "fonts/*", "translations/*.ts", "translations/*.qm"):
        assert pattern in data
    resources = ROOT / "resources"
    for pattern in data:
        assert list(resources.glob(pattern)) or pattern.endswith(".qm"), pattern


def test_installed_package_reads_the_resources_folder() -> None:
    from importlib.resources import files

    shipped = files("coopdesk.resources")
    assert shipped.joinpath("sample_plan.json").is_file()
    assert shipped.joinpath("translations", "coopdesk_ru.ts").is_file()
    assert shipped.joinpath("translations", "coopdesk_kk.ts").is_file()


def test_compiled_translations_are_never_committed() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "*.qm" in ignored
