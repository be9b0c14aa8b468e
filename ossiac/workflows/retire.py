"""Retire an orphaned stack: destroy its resources from its state alone, or forget its state.

Destroying needs no stack file: Terraform destroys what a state holds given only the backend and
the providers the state names (resources carry their dependencies, so objects go before their
bucket). The folder used is `<app>/.local/retire/<stack>/`, at the depth of a synthesized stack so
the relative local-backend path reaches the same state.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ossiac import stack_json
from ossiac.paths import PROVIDER_VERSION
from ossiac.targets import inventory
from ossiac.targets.selection import ENV
from ossiac.workflows import private_plans
from ossiac.workflows.plan_runner import synthesize, terraform
from ossiac.workflows.progress import Progress

DEFAULT_REGION = "cn-hangzhou"  # only when the state names no region for a provider (no bucket)


class RetireError(Exception):
    pass


def retire(
    app_dir: Path, target: str, stack: str, *, destroy: bool, approve: Callable[[str], bool] = lambda _: True
) -> str:
    """`approve` gets what a destroy would delete and says whether to go on (the CLI asks, or --yes)."""
    progress = Progress("ossiac retire")
    declared = {d.name for d in stack_json.stack_dirs(synthesize(app_dir, target, progress))}
    if stack in declared:
        raise RetireError(
            f"stack {stack!r} is still declared in a stack file; remove it from its file first "
            "(a declared stack would come back on the next deploy)"
        )
    state = inventory.stacks_with_state(app_dir, target).get(stack)
    if state is None:
        raise RetireError(f"stack {stack!r} has no state on the {target} target; nothing to retire")
    buckets = ", ".join(state.buckets) or "none"
    if not destroy:
        inventory.forget(app_dir, target, stack)
        return (
            f"forgot stack {stack!r}: its {state.resource_count} resources stay on the {target} target, "
            f"managed by nobody (buckets: {buckets})"
        )
    adopted = sorted(set(adopted_buckets(app_dir, stack)) & set(state.buckets))
    before = f"; existed before ossiac managed them (adopted): {', '.join(adopted)}" if adopted else ""
    if not approve(
        f"destroy stack {stack!r} on the {target} target: {state.resource_count} resources, "
        f"buckets deleted with their objects: {buckets}{before}"
    ):
        raise RetireError(f"not confirmed: stack {stack!r} and its resources are left as they are")
    workdir = private_plans.private_dir(app_dir / ".local" / "retire" / stack)
    stack_json.write(workdir, _config(app_dir, target, state))
    env = {**os.environ, ENV: target, "TF_IN_AUTOMATION": "1"}
    with progress.step(stack, "destroying", "destroyed"):
        terraform(["init", "-input=false", "-no-color"], workdir, env)
        terraform(["destroy", "-auto-approve", "-input=false", "-no-color"], workdir, env)
    inventory.forget(app_dir, target, stack)
    return f"destroyed stack {stack!r}: {state.resource_count} resources deleted (buckets: {buckets})"


def adopted_buckets(app_dir: Path, stack: str) -> list[str]:
    """Buckets the stack adopted (import blocks) in its last planned copy on this machine, if any:
    the state itself does not say what was imported rather than created."""
    try:
        config = stack_json.load(private_plans.plans_root(app_dir) / stack)
    except stack_json.StackJsonError:
        return []
    return [
        str(block["id"])
        for block in config.get("import", [])
        if str(block.get("to", "")).startswith("alicloud_oss_bucket.") and block.get("id")
    ]


def _config(app_dir: Path, target: str, state: inventory.StackState) -> dict:
    fallback = DEFAULT_REGION
    if target == "alicloud":
        from ossiac.targets.config import load_alicloud

        fallback = load_alicloud().region
    providers = []
    for alias, region in sorted(state.provider_regions.items()):
        # Regional providers are aliased by region (`ap_northeast_1`), as the stacks name them.
        region = region or (alias.replace("_", "-") if alias else fallback)
        providers.append({"region": region, **({"alias": alias} if alias else {})})
    return {
        "terraform": {
            "required_providers": {"alicloud": {"source": "aliyun/alicloud", "version": PROVIDER_VERSION}},
            "backend": inventory.backend_block(app_dir, target, state.stack),
        },
        "provider": {"alicloud": providers or [{"region": fallback}]},
    }
