"""The sample plan: the 2023-2024 plan of measures of the Kazakh and Russian foreign ministries.

Its content lives in ``resources/sample_plan.json`` (package ``coopdesk.resources``); it is
loaded by ``coopdesk demo`` and on the first start of an empty store. It ships its
agencies too (``"agencies"``: both ministries, their embassies, the other bodies the
measures name): they join the directory and the measures are linked to them, as a
second step ("Load agencies") right after the plan's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib.resources import files
from typing import Any

from coopdesk.domain import model
from coopdesk.errors import NotFoundError
from coopdesk.services.agencies import AgencyService
from coopdesk.services.plans import PlanService

SAMPLE_CODE = "KZ-RU-MFA-2023"


def sample_data() -> dict[str, Any]:
    """The sample plan as it is stored in the package."""
    text = files("coopdesk.resources").joinpath("sample_plan.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _flatten(nodes: list[dict[str, Any]], parent: str | None) -> Iterator[dict[str, Any]]:
    for node in nodes:
        yield {"code": node["code"], "name": node["name"], "parent": parent}
        yield from _flatten(node.get("children", []), node["code"])


def load_sample_plan(service: PlanService) -> tuple[model.Plan, bool]:
    """Load the sample plan unless a plan with its code exists.

    Returns the plan and whether it was loaded now (False: it was already there).
    """
    data = sample_data()
    try:
        return service.find_plan(data["plan"]["code"]), False
    except NotFoundError:
        pass
    plan = service.create_plan_with_content(
        data["plan"],
        list(_flatten(data["sectors"], None)),
        data["measures"],
        name="Load sample plan",
    )
    if data.get("agencies") and plan.id is not None:
        AgencyService(service).load_with_plan(plan.id, data["agencies"])
    return plan, True
