"""Reviewed plans carried from a PR to its merge: `ossiac diff --save-plans DIR`, `ossiac deploy --from-plans DIR`.

`diff --save-plans` keeps each stack's saved plan (`terraform plan -out`, the one the guarded deploy
makes) as `DIR/<stack>.tfplan`, with `DIR/manifest.json` saying what the plans were made from: the
commit, a hash of each stack's synthesized JSON, each stack's state lineage and serial (read through
`terraform state pull`, so any backend answers) and what the destroy guard decided.

`deploy --from-plans` applies those plans only if all of that still holds, for every stack, before it
applies any: the checkout synthesizes to the same JSON, no deploy has written the state since, and the
guard, run again on the saved plan with today's allow settings, still lets it through. Otherwise it
names each stack and why, applies nothing, and asks for a new plan. (Terraform also refuses a plan
whose state has moved on, but only stack by stack, after earlier stacks have been applied.)

A saved plan holds every variable value in clear text: DIR and its files are owner-only (0700, 0600),
and the plans are deleted once applied.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ossiac import stack_json
from ossiac.atomic_write import write_atomically
from ossiac.json_file import read_json
from ossiac.targets.selection import ENV
from ossiac.targets.terraform_process import warm_provider
from ossiac.workflows import destroy_guard, private_plans, terraform_init
from ossiac.workflows.plan_runner import (
    PlanError,
    PlannedStack,
    no_changes,
    synthesize,
    terraform,
)
from ossiac.workflows.plan_summary import StackPlan, summarize
from ossiac.workflows.progress import Progress

MANIFEST = "manifest.json"
FORMAT = 1
SELECTED = "selected"
"""Manifest key: the stacks `ossiac diff STACK... --save-plans` planned; absent when it planned every stack."""
REPLAN = "make new plans (`ossiac diff --save-plans DIR`), review them, and deploy those"


class SavedPlansError(Exception):
    """The plans directory or its manifest cannot be used; the message names the file."""


@dataclass
class Refusal:
    stack: str
    reason: str

    def __str__(self) -> str:
        return f"{self.stack}: {self.reason}"


@dataclass
class Checked:
    """A stack whose saved plan passed every check, ready to apply."""

    planned: PlannedStack
    summary: StackPlan
    problems: list[Refusal] = field(default_factory=list)


def discard_kept(planned: list[PlannedStack]) -> None:
    for result in planned:
        private_plans.discard(result.plan_file)


def check_dir(plans_dir: Path, app_dir: Path) -> None:
    """Refuse a DIR under cdktf.out/: synth replaces that folder, and CI uploads it as an artifact."""
    out = (app_dir / _output_dir(app_dir)).resolve()
    if plans_dir.resolve() == out or out in plans_dir.resolve().parents:
        raise SavedPlansError(
            f"{plans_dir}: saved plans hold secrets and cdktf.out/ is uploaded and replaced "
            f"by synth; choose a folder outside it (e.g. .local/reviewed-plans)"
        )


def save(
    plans_dir: Path,
    app_dir: Path,
    target: str,
    planned: list[PlannedStack],
    summaries: list[StackPlan],
    allowed: set[str],
    selected: list[str] | None = None,
) -> Path:
    """Move each kept plan into `plans_dir` and write the manifest; return the manifest's path.
    `selected`: the stacks the diff was asked for, when not every stack (the manifest says so)."""
    private_plans.private_dir(plans_dir)
    for old in plans_dir.glob("*.tfplan"):
        old.unlink()
    stacks = {}
    for result, summary in zip(planned, summaries, strict=True):
        env = {**_env(target), **result.credentials}  # the state is read as the plan was made
        stacks[result.stack] = {
            "plan": f"{result.stack}.tfplan",
            "synthesized_sha256": config_hash(result.config),
            "state": state_of(result.workdir, env),
            "changes": summary.has_changes,
            "guard": verdict(summary, allowed),
        }
        write_atomically(plans_dir / f"{result.stack}.tfplan", result.plan_file.read_bytes())
        private_plans.discard(result.plan_file)
    manifest = {"format": FORMAT, "target": target, "commit": commit_of(app_dir), "stacks": stacks}
    if selected:
        manifest[SELECTED] = sorted(set(selected))
    write_atomically(plans_dir / MANIFEST, json.dumps(manifest, indent=2) + "\n")
    return plans_dir / MANIFEST


def config_hash(config: dict) -> str:
    """The hash of a stack's synthesized JSON as read by `stack_json` (key order and spacing aside)."""
    return hashlib.sha256(json.dumps(config, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def state_of(workdir: Path, env: dict[str, str]) -> dict:
    """The stack's state lineage and serial, as its backend holds them (null for a stack with no state)."""
    text = terraform(["state", "pull"], workdir, env)
    if not text.strip():
        return {"lineage": None, "serial": None}
    state = json.loads(text)
    return {"lineage": state.get("lineage"), "serial": state.get("serial")}


def verdict(summary: StackPlan, allowed: set[str]) -> dict:
    """What the guard let through: each guarded replacement or destruction, and what allowed it."""
    passed = []
    for change in summary.changes:
        if change.type not in destroy_guard.GUARDED_TYPES or change.action not in ("replace", "destroy"):
            continue
        by = (
            "allow_destroy in the stack file"
            if change.comment.get(destroy_guard.ALLOW_DESTROY_KEY)
            else "allowed name: " + ", ".join(sorted(n for n in {change.address, change.name_hint} & allowed if n))
        )
        passed.append({"address": change.address, "name": change.name_hint, "action": change.action, "allowed_by": by})
    return {"allowed_names": sorted(allowed), "let_through": passed}


def commit_of(app_dir: Path) -> str | None:
    try:
        found = subprocess.run(["git", "rev-parse", "HEAD"], cwd=app_dir, capture_output=True, text=True)
    except OSError:
        return None
    return found.stdout.strip() if found.returncode == 0 and found.stdout.strip() else None


def read_manifest(plans_dir: Path) -> dict:
    path = plans_dir / MANIFEST
    manifest = read_json(path, SavedPlansError, REPLAN)
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or not isinstance(manifest.get("stacks"), dict)
        or not _names_or_absent(manifest.get(SELECTED), manifest["stacks"])
    ):
        raise SavedPlansError(
            f"{path}: not a manifest of `ossiac diff --save-plans` (format {FORMAT} with `stacks`): {REPLAN}"
        )
    return manifest


def _names_or_absent(selected: object, saved: dict) -> bool:
    """`selected`, when there, lists stacks each with a saved plan."""
    return selected is None or (
        isinstance(selected, list) and all(isinstance(name, str) and name in saved for name in selected)
    )


def check(
    plans_dir: Path,
    manifest: dict,
    stack_dirs: list[Path],
    target: str,
    allowed: set[str],
    *,
    only: set[str] | None = None,
    inputs_only: bool = False,
) -> list[Checked]:
    """Check every stack's saved plan (or `only` those) against the checkout, its state and the guard;
    apply nothing. `inputs_only`: the checks that need no cloud access (the stacks, the synthesized
    JSON, the plan files), for a CI job that holds no stack's credentials. A manifest of some stacks
    (`ossiac diff STACK...`) stands for those: the other declared stacks were not planned on purpose."""
    saved = manifest["stacks"]
    if only is None and manifest.get(SELECTED) is not None:
        only = set(manifest[SELECTED])
    checked = []
    declared = {d.name for d in stack_dirs}
    if manifest.get("target") != target:
        checked.append(
            _refused(
                "(all stacks)",
                f"the plans were made for the {manifest.get('target')} target, this deploy is on the {target} target",
            )
        )
    for name in sorted((set(saved) if only is None else only & set(saved)) - declared):
        checked.append(_refused(name, "has a saved plan, but the checkout declares no such stack"))
    for name in sorted((only or set()) - set(saved) - declared):
        checked.append(_refused(name, "neither declared in the checkout nor planned"))
    for stack_dir in stack_dirs:
        if only is not None and stack_dir.name not in only:
            continue
        if stack_dir.name not in saved:
            checked.append(_refused(stack_dir.name, "declared in the checkout, but no plan was saved for it"))
            continue
        checked.append(_check_one(plans_dir, saved[stack_dir.name], stack_dir, target, allowed, inputs_only))
    return checked


def _check_one(
    plans_dir: Path, entry: dict, stack_dir: Path, target: str, allowed: set[str], inputs_only: bool = False
) -> Checked:
    name = stack_dir.name
    config = stack_json.load(stack_dir)
    workdir = private_plans.stack_workdir(stack_dir)
    planned = PlannedStack(name, workdir, no_changes(), config, "")
    checked = Checked(planned, summarize(name, no_changes(), config))
    if entry.get("synthesized_sha256") != config_hash(config):
        checked.problems.append(
            Refusal(
                name, "the checkout's synthesized JSON is not what was planned (a stack file or the code changed since)"
            )
        )
        return checked
    plan_file = plans_dir / str(entry.get("plan", ""))
    if not entry.get("plan") or not plan_file.is_file():
        checked.problems.append(Refusal(name, f"its saved plan {plan_file} is missing"))
        return checked
    if inputs_only:
        return checked
    env = _env(target)
    try:
        # The plan folder as planning left it (init reads the backend and providers from the JSON);
        # `terraform apply <plan>` itself takes the configuration saved in the plan.
        stack_json.write(workdir, config)
        terraform_init.ensure_initialized(workdir, config, env, terraform)
        now = state_of(workdir, env)
    except PlanError as error:
        checked.problems.append(Refusal(name, f"its state could not be read: {error}"))
        return checked
    then = entry.get("state") or {}
    if (now["lineage"], now["serial"]) != (then.get("lineage"), then.get("serial")):
        checked.problems.append(
            Refusal(
                name,
                f"its state changed since the plan (lineage {then.get('lineage')} serial {then.get('serial')} "
                f"then, lineage {now['lineage']} serial {now['serial']} now): another deploy ran",
            )
        )
        return checked
    if not entry.get("changes"):
        return checked
    shutil.copyfile(plan_file, planned.plan_file)
    planned.plan_file.chmod(0o600)
    try:
        plan = json.loads(terraform(["show", "-json", private_plans.PLAN_FILE], workdir, env))
    except PlanError as error:
        private_plans.discard(planned.plan_file)
        checked.problems.append(Refusal(name, f"its saved plan cannot be read: {error}"))
        return checked
    checked.planned = PlannedStack(name, workdir, plan, config, "")
    checked.summary = summarize(name, plan, config)
    for violation in destroy_guard.check([checked.summary], allowed):
        checked.problems.append(
            Refusal(name, f"the guard's verdict no longer holds: {violation} (allowed at plan time, not allowed now)")
        )
    if checked.problems:
        private_plans.discard(planned.plan_file)
    return checked


def _refused(stack: str, reason: str) -> Checked:
    empty = PlannedStack(stack, Path(), no_changes(), {}, "")
    return Checked(empty, summarize(stack, no_changes()), [Refusal(stack, reason)])


def refusal_lines(checked: list[Checked], plans_dir: Path) -> list[str]:
    problems = [p for c in checked for p in c.problems]
    if not problems:
        return []
    return [
        "saved plans refused: they no longer describe what applying them would do",
        *(f"  {p}" for p in problems),
        f"nothing was applied; {REPLAN.replace('DIR', str(plans_dir))}",
    ]


def remove(plans_dir: Path, say: Callable[[str], None], stacks: list[str] | None = None) -> None:
    """Delete the used plans (`stacks`' only, when named) and, once no plan is left, the manifest (they
    hold secrets), and the folder if nothing else is in it."""
    used = plans_dir.glob("*.tfplan") if stacks is None else [plans_dir / f"{name}.tfplan" for name in stacks]
    for path in used:
        path.unlink(missing_ok=True)
    if any(plans_dir.glob("*.tfplan")):
        say(f"removed the applied plans of {', '.join(stacks or [])} from {plans_dir}")
        return
    (plans_dir / MANIFEST).unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # something else in the folder: leave it
        plans_dir.rmdir()
    say(f"removed the applied plans from {plans_dir}")


def check_inputs(app_dir: Path, plans_dir: Path, target: str, *, progress: Progress | None = None) -> dict:
    """The checks that need no cloud access, on every saved plan. What a CI job runs before it fans out
    per stack: `refused` (lines, empty when every check passed), `stacks`, `changes` (stacks whose plan
    changes something) and `matrix`, one entry per changed stack with the deploy role its job assumes
    (`role_arn`, `oidc_provider_arn`: empty strings for a stack without `deploy_role:`)."""
    manifest = read_manifest(plans_dir)
    dirs = stack_json.stack_dirs(synthesize(app_dir, target, progress or Progress("ossiac deploy")))
    checked = check(plans_dir, manifest, dirs, target, set(), inputs_only=True)
    saved = manifest["stacks"]
    changes = sorted(name for name, entry in saved.items() if entry.get("changes"))
    outputs = {d.name: stack_json.load(d).get("output", {}) for d in dirs if d.name in changes}
    matrix = [
        {
            "stack": name,
            **{
                key: str(outputs.get(name, {}).get(f"deploy_role_{key}", {}).get("value", ""))
                for key in ("role_arn", "oidc_provider_arn")
            },
        }
        for name in changes
    ]
    return {
        "commit": manifest.get("commit"),
        "target": manifest.get("target"),
        "refused": refusal_lines(checked, plans_dir),
        "stacks": sorted(saved),
        "changes": changes,
        "matrix": matrix,
    }


def deploy_from_plans(
    app_dir: Path,
    plans_dir: Path,
    target: str,
    allowed: set[str],
    *,
    say: Callable[[str], None],
    progress: Progress | None = None,
    stacks: list[str] | None = None,
) -> int:
    """Check every saved plan (or `stacks`' only), then apply them all in stack order, or apply none."""
    from ossiac.workflows.deploy import Outcome, _apply, _summarize  # deploy's own apply and summary

    progress = progress or Progress("ossiac deploy")
    manifest = read_manifest(plans_dir)
    try:
        dirs = stack_json.stack_dirs(synthesize(app_dir, target, progress))
    except PlanError as error:
        say(f"ossiac deploy: {error}")
        return 2
    only = set(stacks) if stacks else (set(manifest[SELECTED]) if manifest.get(SELECTED) is not None else None)
    say(
        f"checking {len(only or manifest['stacks'])} saved plan(s) from {plans_dir} "
        f"(made at commit {manifest.get('commit') or 'unknown'})"
    )
    checked = check(plans_dir, manifest, dirs, target, allowed, only=only)
    refusal = refusal_lines(checked, plans_dir)
    if refusal:
        for item in checked:
            if item.planned.workdir != Path():
                private_plans.discard(item.planned.plan_file)
        for line in refusal:
            say(line)
        return 1
    outcomes: dict[str, Outcome] = {}
    say(f"applying {len(checked)} saved plan(s)")
    with warm_provider(target):  # one warm stand-in provider for every apply (terraform_process.warm_provider)
        for item in checked:
            with progress.step(item.planned.stack, "applying", "applied") as step:
                outcomes[item.planned.stack] = _apply(item.planned, item.summary, target, say)
                step.done = outcomes[item.planned.stack].status
    # Applied or not, a plan is used up: after an apply (even a partial one) its state is stale.
    remove(plans_dir, say, sorted(stacks) if stacks else None)
    return _summarize(outcomes, [d for d in dirs if only is None or d.name in only], target, say)


def _env(target: str) -> dict[str, str]:
    return {**os.environ, ENV: target, "TF_IN_AUTOMATION": "1"}


def _output_dir(app_dir: Path) -> str:
    try:
        return json.loads((app_dir / "cdktf.json").read_text()).get("output", "cdktf.out")
    except (OSError, json.JSONDecodeError):
        return "cdktf.out"
