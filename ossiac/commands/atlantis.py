"""`ossiac atlantis`: write a repo-level atlantis.yaml whose projects (one per stack) are planned and
applied by ossiac, so that Atlantis never runs a plain `terraform apply` past the destroy guard.

Each project's plan runs `ossiac diff STACK --save-plans DIR` (the guard decides; a refusal fails the
plan) and its apply runs `ossiac deploy --from-plans DIR STACK` (the checks of saved plans decide).
DIR is `.local/atlantis-plans/<stack>` in the app folder: the plans hold secrets, so they stay in
ossiac's owner-only folders. Atlantis's `$PLANFILE` gets a copy of the manifest (no secret in it):
versions of Atlantis before workflows made only of run steps were exempt look for a file there
before they apply. The file's keys are those of ossiac/schema/atlantis-repo-config.schema.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

from ossiac import synth_cache
from ossiac.atomic_write import write_atomically
from ossiac.commands import options
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.targets.config import targets_file
from ossiac.targets.selection import TargetError, selected_target
from ossiac.workflows.plan_runner import PlanError, declared_stacks, synthesize
from ossiac.workflows.progress import Progress

WORKFLOW = "ossiac"
PLANS = ".local/atlantis-plans"
APP_FILES = ("main.py", "cdktf.json")
LOCK_FILES = ("requirements.lock", "pyproject.toml", "package-lock.json")
HEADER = (
    "# Written by `ossiac atlantis`: one project per stack, planned and applied by ossiac (docs/atlantis.md).\n"
    "# Run it again when a stack or a stack file is added, renamed or removed.\n"
)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "atlantis", help="write atlantis.yaml: one Atlantis project per stack, planned and applied by ossiac"
    )
    parser.add_argument(
        "--output", type=Path, help="where to write it (default: atlantis.yaml at the root of the app's git repository)"
    )
    options.add_app_dir(parser)
    options.add_target(
        parser,
        help="the target to synthesize for; also written into the workflow's commands "
        "(without it they use the Atlantis server's $OSSIAC_TARGET, else local)",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the file is not what it would be"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    app_dir = args.app_dir.resolve()
    output = (args.output or repository_root(app_dir) / "atlantis.yaml").resolve()
    try:
        target = selected_target(args.target)
        synthesize(app_dir, target, Progress("ossiac atlantis"))
    except (TargetError, PlanError) as error:
        raise CommandError(f"ossiac atlantis: {error}", USAGE) from error
    stacks = declared_stacks(app_dir)
    relative(app_dir, output.parent, "the app folder")  # before reading the stack files: the first thing wrong
    files = stack_inputs(app_dir, output.parent)
    if set(files) != stacks:
        raise CommandError(
            f"ossiac atlantis: main.py's stack files declare {sorted(files)}, synth wrote {sorted(stacks)}", USAGE
        )
    text = HEADER + yaml.safe_dump(
        config(app_dir, output.parent, files, args.target and target), sort_keys=False, width=1000
    )
    if args.check:
        if output.is_file() and output.read_text(encoding="utf-8") == text:
            return OK
        print(f"ossiac atlantis: {output} is not what `ossiac atlantis` writes now: run it and commit", file=sys.stderr)
        return REFUSED
    write_atomically(output, text, mode=None)
    print(f"wrote {output}: {len(files)} project(s), workflow {WORKFLOW!r}", file=sys.stderr)
    return OK


def config(app_dir: Path, root: Path, inputs: dict[str, list[str]], target: str | None) -> dict:
    """The atlantis.yaml: every project in the app folder (Atlantis's dir; cdktf.out/ is not committed)."""
    return {
        "version": 3,
        # Every project shares the app folder (one clone): Atlantis must run them one at a time.
        "parallel_plan": False,
        "parallel_apply": False,
        "projects": [
            {
                "name": stack,
                "dir": relative(app_dir, root, "the app folder"),
                "workflow": WORKFLOW,
                "autoplan": {"when_modified": files, "enabled": True},
            }
            for stack, files in sorted(inputs.items())
        ],
        "workflows": {WORKFLOW: workflow(target)},
    }


def workflow(target: str | None) -> dict:
    plans = f'"{PLANS}/$PROJECT_NAME"'
    on = f" --target {shlex.quote(target)}" if target else ""
    refuse = 'echo "ossiac: {what} is not run through Atlantis: {instead}" >&2; exit 1'
    return {
        "plan": {
            "steps": [
                # a refused plan leaves no older plan behind; `:?` stops at an empty project name
                {"run": f"rm -rf {plans.replace('$PROJECT_NAME', '${PROJECT_NAME:?}')}"},
                {"run": f'ossiac diff "$PROJECT_NAME"{on} --save-plans {plans}'},
                {"run": {"command": f'cp {plans}/manifest.json "$PLANFILE"', "output": "hide"}},
            ]
        },
        "apply": {"steps": [{"run": f'ossiac deploy "$PROJECT_NAME"{on} --from-plans {plans}'}]},
        # Atlantis's default import and state rm run Terraform in the app folder, past ossiac.
        "import": {"steps": [{"run": refuse.format(what="import", instead="use ossiac import")}]},
        "state_rm": {"steps": [{"run": refuse.format(what="state rm", instead="use ossiac retire or ossiac tf")}]},
    }


def stack_inputs(app_dir: Path, root: Path) -> dict[str, list[str]]:
    """Per stack, the files whose change can change its synthesized JSON, relative to the app folder:
    its stack file and the website pages it names, the app (main.py, cdktf.json), the tool's code
    where it is part of the repository (what the synth cache keys on; an installed tool changes
    through the lock files), the lock files and the alicloud target file."""
    from ossiac.config.loader import load_stack_files
    from ossiac.config.problems import ConfigError

    try:
        loaded = load_stack_files(app_stack_files(app_dir))
    except ConfigError as error:
        raise CommandError(f"ossiac atlantis: {error}", REFUSED) from error
    shared = [name for name in APP_FILES + LOCK_FILES if (app_dir / name).is_file()]
    inside = [Path(p) for p in [*synth_cache.tool_folders(), targets_file()] if Path(p).exists()]
    shared += [
        relative(p, app_dir) + ("/**" if p.is_dir() else "")
        for p in inside
        if p.resolve().is_relative_to(root) and "site-packages" not in p.resolve().parts  # a venv: not committed
    ]
    inputs: dict[str, list[str]] = {}
    for stack in loaded:
        own = [stack.file, *pages(stack)]
        for path in own:
            if not path.resolve().is_relative_to(root):
                raise CommandError(
                    f"ossiac atlantis: {path} (stack {stack.config.name}) is outside {root}, the repository "
                    f"atlantis.yaml is for; allowed: stack files and pages inside it",
                    USAGE,
                )
        inputs[stack.config.name] = sorted(set(relative(p, app_dir) for p in own)) + sorted(set(shared))
    return inputs


def pages(stack) -> list[Path]:
    """The website pages the stack's buckets name (`index_file`, `error_file`, relative to the stack file)."""
    raw = stack.document.data["stacks"][stack.index] if stack.document else {}
    found = []
    for bucket in raw.get("buckets") or []:
        website = bucket.get("website") if isinstance(bucket, dict) else None
        for key in ("index_file", "error_file"):
            if isinstance(website, dict) and isinstance(website.get(key), str):
                found.append(stack.file.parent / website[key])
    return found


def app_stack_files(app_dir: Path) -> list[Path]:
    """The stack files as the app's main.py finds them (its `stack_files()`: $OSSIAC_STACK_FILES, else estate/)."""
    spec = importlib.util.spec_from_file_location("ossiac_app_main", app_dir / "main.py")
    if spec is None or spec.loader is None:
        raise CommandError(f"ossiac atlantis: {app_dir / 'main.py'}: not found", USAGE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "stack_files", None)):
        raise CommandError(f"ossiac atlantis: {app_dir / 'main.py'} has no stack_files() naming its stack files", USAGE)
    return [Path(p) if Path(p).is_absolute() else app_dir / p for p in module.stack_files()]


def relative(path: Path, base: Path, what: str = "") -> str:
    """`path` relative to `base`, with `/`; a project's dir may not leave the repository (Atlantis refuses '..')."""
    text = Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()
    if what and text.split("/")[0] == "..":
        raise CommandError(
            f"ossiac atlantis: {what} {path} is outside {base}, where atlantis.yaml goes (the repository root); "
            "allowed: an --output in a folder above the app folder",
            USAGE,
        )
    return text


def repository_root(app_dir: Path) -> Path:
    found = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=app_dir, capture_output=True, text=True)
    return Path(found.stdout.strip()) if found.returncode == 0 and found.stdout.strip() else app_dir
