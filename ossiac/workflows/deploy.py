"""`ossiac deploy`: plan every stack into a private saved plan, guard it, then apply exactly that plan.

Order matters: every selected stack is planned and summarized first; if the destroy guard refuses
anything in any of them (or a stack with state has lost its stack file), nothing is applied.
Otherwise each saved plan is applied as reviewed. A stack that fails to plan or apply does not stop
the others; every stack's outcome is reported and the exit code is 1 if any failed.

Plans run in parallel (`plan_runner.plan_stacks`); their lines are printed in stack order once all
are done. Applies run one after another, in stack order: a stack may name a bucket another stack
creates (an existing log bucket, a replica destination with `create_destination: false`), by name
only, so nothing tells which must come first; the order users know is kept.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ossiac import stack_json
from ossiac.targets import inventory
from ossiac.targets.selection import ENV
from ossiac.targets.terraform_process import warm_provider
from ossiac.workflows import destroy_guard, private_plans
from ossiac.workflows.guarded_apply import REVIEWED_PLAN_ENV
from ossiac.workflows.plan_runner import PlanError, PlannedStack, plan_stacks, synthesize, terraform
from ossiac.workflows.plan_summary import StackPlan, summarize
from ossiac.workflows.progress import Progress


@dataclass
class Outcome:
    stack: str
    status: str
    """applied, no changes, failed, or not applied."""
    detail: str = ""

    @property
    def failed(self) -> bool:
        return self.status in ("failed", "not applied")


def counts(plan: StackPlan) -> str:
    return plan.counts()  # imports, moves and forgets too, as Terraform counts them


def deploy(
    app_dir: Path,
    target: str,
    selected: list[str],
    allowed: set[str],
    *,
    verbose: bool = False,
    jobs: int | None = None,
    say: Callable[[str], None] = print,
    progress: Progress | None = None,
) -> int:
    # one warm provider process serves every plan and apply of the deploy (terraform_process.warm_provider)
    with warm_provider(target):
        return _deploy(app_dir, target, selected, allowed, verbose=verbose, jobs=jobs, say=say, progress=progress)


def _deploy(
    app_dir: Path,
    target: str,
    selected: list[str],
    allowed: set[str],
    *,
    verbose: bool,
    jobs: int | None,
    say: Callable[[str], None],
    progress: Progress | None,
) -> int:
    progress = progress or Progress("ossiac deploy")
    try:
        all_dirs = stack_json.stack_dirs(synthesize(app_dir, target, progress))
        declared = {d.name for d in all_dirs}
        orphans = inventory.orphaned(app_dir, target, declared)
        unknown = [name for name in selected if name not in declared | {o.stack for o in orphans}]
        if unknown:
            say(f"ossiac deploy: no such stack: {', '.join(unknown)}; declared stacks: {', '.join(sorted(declared))}")
            return 2
    except PlanError as error:
        say(f"ossiac deploy: {error}")
        return 2
    dirs = [d for d in all_dirs if not selected or d.name in selected]
    # An orphan blocks the deploys that include it (all stacks, or it by name), not one of other stacks.
    passed_over = [o.stack for o in orphans if selected and o.stack not in selected]
    orphans = [o for o in orphans if o.stack not in passed_over]
    if passed_over:
        say(f"note: orphaned stack(s) not in this deploy: {', '.join(passed_over)} (see `ossiac retire`)")

    say(f"planning {len(dirs)} stack(s) on the {target} target")
    outcomes: dict[str, Outcome] = {}
    planned: list[tuple[PlannedStack, StackPlan]] = []
    for stack_dir, result in zip(dirs, plan_stacks(dirs, target, progress, keep=True, jobs=jobs), strict=True):
        if isinstance(result, PlanError):
            outcomes[stack_dir.name] = Outcome(
                stack_dir.name, "failed", explain_failure(stack_dir, target, str(result))
            )
            say(f"  {stack_dir.name}: plan failed")
            continue
        summary = summarize(result.stack, result.plan, result.config)
        planned.append((result, summary))
        say(
            f"  {result.stack}: {counts(summary) if summary.has_changes else 'no changes'}"
            f" (full plan: {_shown(result.workdir / private_plans.PLAN_TEXT, app_dir)})"
        )
        if verbose:
            say(result.text.rstrip())

    violations = destroy_guard.check([summary for _, summary in planned], allowed)
    refusal = destroy_guard.refusal_lines(violations, orphans, "or `ossiac deploy --allow NAME`")
    if refusal:
        for line in refusal:
            say(line)
        for result, _ in planned:
            private_plans.discard(result.plan_file)
            outcomes[result.stack] = Outcome(result.stack, "not applied", "the destroy guard refused the deploy")
        return _summarize(outcomes, dirs, target, say) or 1  # refused, even with no stack planned (an orphan alone)

    if planned:
        say(f"applying {len(planned)} saved plan(s)")
    for result, summary in planned:
        with progress.step(result.stack, "applying", "applied") as step:
            outcomes[result.stack] = _apply(result, summary, target, say)
            step.done = outcomes[result.stack].status
    return _summarize(outcomes, dirs, target, say)


def _apply(result: PlannedStack, summary: StackPlan, target: str, say: Callable[[str], None]) -> Outcome:
    try:
        if not summary.has_changes and not result.plan.get("applyable", True):
            say(f"  {result.stack}: nothing to apply")
            return Outcome(result.stack, "no changes")
        env = {**os.environ, ENV: target, "TF_IN_AUTOMATION": "1", REVIEWED_PLAN_ENV: str(result.plan_file.resolve())}
        try:
            terraform(
                ["apply", "-input=false", "-no-color", "-auto-approve", private_plans.PLAN_FILE], result.workdir, env
            )
        except PlanError as error:
            say(f"  {result.stack}: apply failed")
            return Outcome(result.stack, "failed", _tail(str(error)))
        say(f"  {result.stack}: applied")
        done = summary.done()
        return Outcome(
            result.stack, "applied" if summary.has_changes else "no changes", done if summary.has_changes else ""
        )
    finally:
        private_plans.discard(result.plan_file)


def _summarize(outcomes: dict[str, Outcome], dirs: list[Path], target: str, say: Callable[[str], None]) -> int:
    say(f"deploy summary (target: {target}):")
    for stack_dir in dirs:
        outcome = outcomes[stack_dir.name]
        detail = f": {outcome.detail}" if outcome.detail else ""
        say(f"  {outcome.stack}: {outcome.status}{detail}")
    return 1 if any(o.failed for o in outcomes.values()) else 0


def explain_failure(stack_dir: Path, target: str, error: str) -> str:
    """Plan errors in words a user can act on; an adopted bucket that is gone is the common one."""
    missing = [
        block.get("id")
        for block in stack_json.load(stack_dir).get("import", [])
        if str(block.get("to", "")).startswith("alicloud_oss_bucket.")
        and block.get("id")
        and re.search(rf"\b{re.escape(block['id'])}\b", error)
        and re.search(r"NoSuchBucket|non-existent|does not exist", error)
    ]
    if missing:
        names = ", ".join(repr(name) for name in missing)
        return (
            f"bucket {names} is declared with `adopt: true` in stack {stack_dir.name!r}, but no such bucket "
            f"exists on the {target} target (destroyed, or never there?). To create it anew, remove "
            f"`adopt: true` from that bucket in its stack file; to adopt it, restore the bucket first"
        )
    return _tail(error)


def _tail(error: str, lines: int = 12) -> str:
    kept = [line for line in error.strip().splitlines() if line.strip()]
    return "\n    ".join(kept[-lines:])


def _shown(path: Path, app_dir: Path) -> str:
    try:
        return str(path.resolve().relative_to(app_dir.resolve()))
    except ValueError:
        return str(path)
