"""Data about the services kept beside the pinned provider schema (ossiac/schema/): the regions the
provider knows and the RAM actions of OSS, KMS, RAM and STS. Each file records its source."""

from __future__ import annotations

import fnmatch
import functools
import json

from ossiac.paths import RAM_ACTIONS_FILE, REGIONS_FILE
from ossiac_props.suggest import did_you_mean


@functools.cache
def regions() -> tuple[str, ...]:
    return tuple(json.loads(REGIONS_FILE.read_text(encoding="utf-8"))["regions"])


@functools.cache
def _actions() -> dict[str, tuple[str, ...]]:
    data = json.loads(RAM_ACTIONS_FILE.read_text(encoding="utf-8"))["actions"]
    return {service: tuple(names) for service, names in data.items()}


def region_problem(region: str) -> str | None:
    if region in regions():
        return None
    return f"{region!r} is not a region of the provider{did_you_mean(region, regions())}; allowed: {', '.join(regions())}"


def action_problem(action: str) -> str | None:
    """An OSS, KMS, RAM or STS action (or wildcard pattern) that names no known action; others pass."""
    service, _, name = action.partition(":")
    known = _actions().get(service.lower())
    if known is None or not name:
        return None
    lowered = name.lower()
    if any(fnmatch.fnmatchcase(k.lower(), lowered) for k in known):
        return None
    full = [f"{service}:{k}" for k in known]
    return f"{action!r} is not an action of {service.upper()}{did_you_mean(action, full)}; allowed: the actions in ossiac/schema/ram_actions.json, or a wildcard matching one"
