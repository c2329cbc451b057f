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
    assert found - listed == set(), "packages missing from pyproject.toml"
    assert listed - found == set(), "pyproject.toml lists packages that do not exist"


def test_shipped_assets_exist() -> None:
    resources = ROOT / "coopdesk" / "resources"
    assert (resources / "sample_plan.json").is_file()
    assert list((resources / "icons").glob("*.svg"))
    assert list((resources / "fonts").glob("*.ttf"))
