"""Pieces every adapter shares: SDK defaults on read, and the arguments that identify a create."""

from __future__ import annotations

from ossiac.localprovider.cty import UNKNOWN
from ossiac.localprovider.values import strip_unknowns


def fill_defaults(kind, state: dict) -> dict:
    """Top-level arguments left null get their SDK default, as the real provider's Read reports them
    (so an imported resource plans no change for arguments the user leaves at their default)."""
    for name, attr in kind.attributes.items():
        fact = kind.fact(name)
        if state.get(name) is None and "default" in fact and not attr.get("computed"):
            state[name] = fact["default"]
    return state


def arguments(kind, planned: dict) -> dict:
    """The known, user-settable arguments of a planned create (what a retried request would repeat)."""
    out = {}
    for name, value in planned.items():
        attr = kind.attributes.get(name)
        if name in ("id", "timeouts") or value is UNKNOWN:
            continue
        if attr is not None and attr.get("computed") and not attr.get("optional"):
            continue
        out[name] = strip_unknowns(value)
    return out
