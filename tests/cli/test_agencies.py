"""``coopdesk agencies ...``, ``show --json`` with agencies, ``report assignments AGENCY``."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from coopdesk.cli import main
from coopdesk.services.sample import sample_data

PLAN = "KZ-RU-MFA-2023"


@pytest.fixture
def demo_url(store_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", store_url, "demo"]) == 0
    capsys.readouterr()
    return store_url


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def show(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, _err = run(capsys, "--db", url, "show", PLAN, "--json")
    assert code == 0
    return json.loads(out)


def test_show_json_adds_agencies_and_keeps_the_printed_text(demo_url, capsys) -> None:
    doc = show(demo_url, capsys)
    source = {m["title"]: m for m in sample_data()["measures"]}
    for m in doc["measures"]:
        # The old keys keep the sample's text exactly; the new ones list its agencies.
        assert m["responsible_a"] == source[m["title"]]["responsible_a"]
        assert m["responsible_b"] == source[m["title"]]["responsible_b"]
        assert ", ".join(m["agencies_a"]) == m["responsible_a"]
        assert ", ".join(m["agencies_b"]) == m["responsible_b"]
    keys = list(doc["measures"][0])
    assert keys.index("notes") + 1 == keys.index("agencies_a")
    assert keys[-4:] == ["version", "updated_at", "updated_by", "carried_from"]
    first = doc["measures"][0]
    assert first["agencies_a"] == ["МИД РК", "Посольство РК в РФ"]
    # Typed text stays while the chosen agencies change.
    code, _o, err = run(
        capsys, "--db", demo_url, "set", PLAN, first["number"], "responsible_a=МИД РК (ДСНГ)"
    )
    assert code == 0, err
    code, out, err = run(
        capsys, "--db", demo_url, "agencies", "assign", PLAN, first["number"], "a",
        "Посольство РК в РФ", "ҚР СІМ",
    )  # fmt: skip
    assert code == 0, err
    assert "Посольство РК в РФ, МИД РК" in out
    after = next(m for m in show(demo_url, capsys)["measures"] if m["id"] == first["id"])
    assert after["responsible_a"] == "МИД РК (ДСНГ)"
    assert after["agencies_a"] == ["Посольство РК в РФ", "МИД РК"]
    assert after["agencies_b"] == first["agencies_b"]


def test_list_add_edit_import_and_clear_failures(demo_url, capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--db", demo_url, "agencies", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == len(sample_data()["agencies"])
    mfa = next(a for a in listed if a["short_ru"] == "МИД РК")
    assert mfa["measures"] == 31 and mfa["short_kk"] == "ҚР СІМ"
    code, out, err = run(
        capsys, "--db", demo_url, "agencies", "add", "--party", "a",
        "--short-ru", "Генконсульство РК в Казани", "--parent", "Посольство РК в РФ",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(
        capsys, "--db", demo_url, "agencies", "edit", "Генконсульство РК в Казани",
        "short_en=Consulate General of Kazakhstan in Kazan", "--if-version", "1",
    )  # fmt: skip
    assert code == 0 and "version 2" in out, err
    # A stale version is refused with a message, and nothing is written.
    code, _out, err = run(
        capsys, "--db", demo_url, "agencies", "edit", "Consulate General of Kazakhstan in Kazan",
        "contact=x", "--if-version", "1",
    )  # fmt: skip
    assert code == 1 and "changed since" in err
    file = tmp_path / "more.csv"
    file.write_text(
        "party,short_ru,full_ru,parent\n"
        "b,Генконсульство России в Алматы,,Посольство России в РК\n"
        "a,МИД РК,,\n",  # already there: nothing to add
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", demo_url, "agencies", "import", str(file))
    assert code == 0 and "Added 1 agencies" in out, err
    bad = tmp_path / "bad.csv"
    bad.write_text("party,name\nb,X\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", demo_url, "agencies", "import", str(bad))
    assert code == 1 and "unknown column(s) name" in err
    code, out, _ = run(capsys, "--db", demo_url, "agencies", "list", "--party", "b", "--json")
    consulate = next(a for a in json.loads(out) if a["short_ru"].startswith("Генконсульство"))
    code, out, _ = run(capsys, "--db", demo_url, "agencies", "list", "--json")
    listed = {a["id"]: a for a in json.loads(out)}
    assert listed[consulate["parent_id"]]["short_ru"] == "Посольство России в РК"
    assert len(listed) == len(sample_data()["agencies"]) + 2
    code, _out, err = run(capsys, "--db", demo_url, "agencies", "delete", "Нет такого")
    assert code == 1 and "No agency in the directory" in err


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_report_assignments_across_plans(demo_url, capsys, tmp_path: Path) -> None:
    out = tmp_path / "embassy.pdf"
    code, printed, err = run(
        capsys, "--db", demo_url, "report", "assignments", "Посольство России в РК", str(out),
        "--lang", "ru", "--as-of", "2024-07-01",
    )  # fmt: skip
    assert code == 0, err
    assert printed.startswith("Wrote ")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Поручения" in text and "По состоянию на 01.07.2024" in text
    assert "KZ-RU-MFA-2023" in text
    assert "соисполнитель" in text
    # An unknown agency writes nothing.
    code, _printed, err = run(
        capsys, "--db", demo_url, "report", "assignments", "Нет такого", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "No agency" in err
    assert not (tmp_path / "x.pdf").exists()
