"""`terraform apply` through the venv's shim: plan, guard, then apply exactly that saved plan.

`cdktf deploy` runs `terraform apply [-auto-approve] [-var=...]` in `cdktf.out/stacks/<stack>/`
(cdktf-cli 0.21, after `terraform init`), and people run plain `terraform apply`; both reach the
shim. An apply given no saved plan is planned here first, into a private scratch folder under
`.local/plans/`, checked by the same destroy guard as `ossiac diff`, approved as Terraform would
ask (unless -auto-approve), and then that plan is applied. An apply given a saved plan is checked
the same way, unless `ossiac deploy` marks it as the plan it has already guarded.

Names allowed on these paths come from $OSSIAC_ALLOW_DESTROY (there are no flags to add) or a
bucket's `allow_destroy` in its stack file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ossiac import settings, stack_json
from ossiac.localcloud.location import LOCAL_DIR
from ossiac.targets.placeholders import workdir_of
from ossiac.workflows import destroy_guard, private_plans
from ossiac.workflows.plan_summary import summarize

REVIEWED_PLAN_ENV = "OSSIAC_REVIEWED_PLAN"

# Flags whose value may follow as a separate argument (`-var x=1`), so it is not the plan file.
VALUED = {
    "-var",
    "-var-file",
    "-target",
    "-replace",
    "-parallelism",
    "-lock-timeout",
    "-state",
    "-state-out",
    "-backup",
}
# What `terraform apply <saved plan>` still accepts; everything else belongs to the plan.
FOR_SAVED_PLAN = {
    "-no-color",
    "-parallelism",
    "-lock",
    "-lock-timeout",
    "-input",
    "-compact-warnings",
    "-state",
    "-state-out",
    "-backup",
    "-json",
}
APPLY_ONLY = {"-auto-approve", "-state-out", "-backup"}

APPROVAL = (
    "\nDo you want to perform these actions?\n  Terraform will perform the actions described above.\n"
    "  Only 'yes' will be accepted to approve.\n\n  Enter a value: "
)

_RAW = "import sys; from ossiac.targets.terraform_process import run_terraform; sys.exit(run_terraform(sys.argv[1:]))"


def is_apply(argv: list[str]) -> bool:
    return _split(argv)[1] == "apply"


def guarded_apply(argv: list[str]) -> int:
    global_opts, _, rest = _split(argv)
    options, plan_file = _options(rest)
    workdir = workdir_of(argv)
    if plan_file is not None:
        path = (workdir / plan_file).resolve()
        if settings.value(REVIEWED_PLAN_ENV) == str(path):
            return _apply_here(argv)
        return _guard(path, global_opts, workdir) or _apply_here(argv)

    scratch = private_plans.scratch_dir(LOCAL_DIR / "plans")
    try:
        plan_path = scratch / private_plans.PLAN_FILE
        plan_opts = [o for o in options if _name(o) not in APPLY_ONLY]
        # -detailed-exitcode: 0 is an empty plan, which stock Terraform applies without asking.
        code = _terraform([*global_opts, "plan", *plan_opts, "-detailed-exitcode", f"-out={plan_path}"])
        if code not in (0, 2):
            return code
        refused = _guard(plan_path, global_opts, workdir)
        if refused:
            return refused
        if code == 2 and "-auto-approve" not in options:
            if any(o in ("-input=false", "-input=0") for o in options):
                print("Error: no approval possible with -input=false; add -auto-approve", file=sys.stderr)
                return 1
            sys.stdout.write(APPROVAL)
            sys.stdout.flush()
            if sys.stdin.readline().strip() != "yes":
                print("\nApply cancelled.")
                return 1
        apply_opts = [o for o in options if _name(o) in FOR_SAVED_PLAN]
        return _apply_here([*global_opts, "apply", *apply_opts, str(plan_path)])
    finally:
        private_plans.discard(scratch)


def _guard(plan_path: Path, global_opts: list[str], workdir: Path) -> int:
    """0 when the guard passes; otherwise print why and return 1."""
    shown = subprocess.run(
        [sys.executable, "-c", _RAW, *global_opts, "show", "-json", str(plan_path)], capture_output=True, text=True
    )
    if shown.returncode != 0:
        sys.stderr.write(shown.stderr)
        return shown.returncode
    stack = workdir.resolve().name
    summary = summarize(stack, json.loads(shown.stdout), _config(workdir))
    violations = destroy_guard.check([summary], destroy_guard.allowed_from_env(os.environ))
    if not violations:
        return 0
    hint = f"or name it in ${destroy_guard.ALLOW_ENV} (e.g. `{destroy_guard.ALLOW_ENV}=NAME cdktf deploy ...`)"
    print("\n".join(["", *destroy_guard.refusal_lines(violations, [], hint), "nothing was applied"]), file=sys.stderr)
    return 1


def _config(workdir: Path) -> dict | None:
    """The folder's synthesized JSON, if it has one (a hand-written configuration has none)."""
    try:
        return stack_json.load(workdir)
    except stack_json.StackJsonError:
        return None


def _apply_here(args: list[str]) -> int:
    """The apply itself runs in this process, so signals sent to `terraform` reach it (a killed
    apply must not live on as an orphan); planning and showing ran in children before."""
    from ossiac.targets.terraform_process import run_terraform

    os.umask(private_plans.UMASK)  # the state Terraform writes holds secrets
    return run_terraform(args)


def _terraform(args: list[str]) -> int:
    # A child process: the bundled Terraform is a library, run once per process.
    sys.stdout.flush()
    sys.stderr.flush()
    return subprocess.run([sys.executable, "-c", _RAW, *args], umask=private_plans.UMASK).returncode


def _split(argv: list[str]) -> tuple[list[str], str | None, list[str]]:
    for index, arg in enumerate(argv):
        if not arg.startswith("-"):
            return argv[:index], arg, argv[index + 1 :]
    return argv, None, []


def _name(option: str) -> str:
    return option.split("=", 1)[0]


def _options(rest: list[str]) -> tuple[list[str], str | None]:
    """Options with separate values joined (`-var x=1` -> `-var=x=1`), and the saved plan, if any."""
    options, plan_file, index = [], None, 0
    while index < len(rest):
        arg = rest[index]
        if (
            arg.startswith("-")
            and "=" not in arg
            and arg.lstrip("-")
            and f"-{arg.lstrip('-')}" in VALUED
            and index + 1 < len(rest)
        ):
            options.append(f"-{arg.lstrip('-')}={rest[index + 1]}")
            index += 2
            continue
        if arg.startswith("-"):
            options.append(f"-{arg.lstrip('-')}")
        elif plan_file is None:
            plan_file = arg
        index += 1
    return options, plan_file
