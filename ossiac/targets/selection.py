"""Which target a command acts on: `--target`, else $OSSIAC_TARGET, else `local`."""

from __future__ import annotations

from ossiac import settings

TARGETS = ("local", "alicloud")
ENV = "OSSIAC_TARGET"


class TargetError(Exception):
    """The target selection or its configuration is wrong; the message says how to fix it."""


def selected_target(explicit: str | None = None) -> str:
    target = explicit or settings.value(ENV)
    if target not in TARGETS:
        source = "--target" if explicit else f"${ENV}"
        raise TargetError(f"unknown target {target!r} (from {source}); choose one of: {', '.join(TARGETS)}")
    return target
