"""``coopdesk carry-over``, ``show --json``'s ``carried_from`` and ``coopdesk search``."""

from __future__ import annotations

import json

from coopdesk.cli import main


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_carry_over_json_and_show_json(store_url: str, capsys) -> None:
    _run(capsys, "--db", store_url, "demo")
    code, out, err = _run(
        capsys,
        "--db", store_url, "carry-over", "KZ-RU-MFA-2023", "--code", "KZ-RU-MFA-2025",
        "--from", "2025-01-01", "--to", "2026-12-31", "--json",
    )  # fmt: skip
    assert code == 0, err
    made = json.loads(out)
    assert made["plan"]["code"] == "KZ-RU-MFA-2025"
    assert made["plan"]["period_start"] == "2025-01-01"
    assert len(made["measures"]) == 13
    annual = next(m for m in made["measures"] if m["carried_from"]["number"] == "3.1.1")
    assert annual["timing"] == "ежегодно" and not annual["timing_cleared"]
    assert made["origins_marked"] == 12  # 13 carried, the done recurring one stays done
    # show --json of the new plan names each measure's origin.
    code, out, _ = _run(capsys, "--db", store_url, "show", "KZ-RU-MFA-2025", "--json")
    shown = json.loads(out)
    assert [m["carried_from"] for m in shown["measures"]] == [
        m["carried_from"] for m in made["measures"]
    ]
    assert all(m["carried_from"]["plan"] == "KZ-RU-MFA-2023" for m in shown["measures"])
    # The old plan: no origins of its own, the statuses and notes carry-over set.
    code, out, _ = _run(capsys, "--db", store_url, "show", "KZ-RU-MFA-2023", "--json")
    old = {m["number"]: m for m in json.loads(out)["measures"]}
    assert all(m["carried_from"] is None for m in old.values())
    assert old["1.2.3"]["status"] == "carried_over"
    assert old["1.2.3"]["notes"].endswith("\nПеренесено в план KZ-RU-MFA-2025")  # appended
    assert old["1.1.1"]["status"] == "done"


def test_carry_over_picked_measures_and_bad_input(store_url: str, capsys) -> None:
    _run(capsys, "--db", store_url, "demo")
    args = ["--db", store_url, "carry-over", "KZ-RU-MFA-2023", "--from", "2025-01-01"]
    code, _, err = _run(capsys, *args, "--to", "2026-12-31", "--code", "KZ-RU-MFA-2023")
    assert code == 1 and "already exists" in err
    code, _, err = _run(capsys, *args, "--to", "2026-12-31", "--code", "N", "--measure", "9.9")
    assert code == 1 and "9.9" in err
    code, out, _ = _run(capsys, "--db", store_url, "plans", "--json")
    assert [p["code"] for p in json.loads(out)] == ["KZ-RU-MFA-2023"]
    code, out, err = _run(
        capsys, *args, "--to", "2026-12-31", "--code", "N", "--measure", "1.1.1", "--measure",
        "6.2.1",
    )  # fmt: skip
    assert code == 0, err
    assert "with 2 measures carried over" in out


def test_search_across_plans(store_url: str, capsys) -> None:
    _run(capsys, "--db", store_url, "demo")
    _run(
        capsys,
        "--db", store_url, "carry-over", "KZ-RU-MFA-2023", "--code", "KZ-RU-MFA-2025",
        "--from", "2025-01-01", "--to", "2026-12-31",
    )  # fmt: skip
    code, out, _ = _run(capsys, "--db", store_url, "search", "посольство РК", "--json")
    found = json.loads(out)
    assert code == 0
    plans = {h["plan"] for h in found["hits"]}
    assert plans == {"KZ-RU-MFA-2023", "KZ-RU-MFA-2025"}
    # Every word anywhere in the measure's text, whatever the case.
    for h in found["hits"]:
        text = " ".join((h["title"], h["responsible_a"], h["responsible_b"])).lower()
        assert "посольств" in text, h
    embassy = [
        (h["plan"], h["number"]) for h in found["hits"] if "Посольство РК" in h["responsible_a"]
    ]
    assert ("KZ-RU-MFA-2023", "1.1.1") in embassy and ("KZ-RU-MFA-2023", "6.2.2") in embassy
    assert any(plan == "KZ-RU-MFA-2025" for plan, _n in embassy)
    assert found["total"] == len(found["hits"])
    # With a period: only timings that meet it (the new plan's "ежегодно" meets 2025).
    code, out, _ = _run(
        capsys, "--db", store_url, "search", "", "--from", "2025-04-01", "--to", "2025-06-30",
        "--json",
    )  # fmt: skip
    found = json.loads(out)
    assert {h["plan"] for h in found["hits"]} == {"KZ-RU-MFA-2025"}
    assert {h["timing"] for h in found["hits"]} >= {"ежегодно"}
    code, out, err = _run(
        capsys, "--db", store_url, "search", "x", "--from", "2025-06-30", "--to", "2025-01-01"
    )
    assert code == 1 and "before it starts" in err
