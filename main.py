"""cdktf app entry point: synthesizes every stack declared in estate/*.yaml.

`python main.py` and `cdktf synth` both write cdktf.out/stacks/<stack>/cdk.tf.json. Stack files
are validated before anything is synthesized: on a bad file this prints every problem and exits
non-zero, writing nothing. OSSIAC_STACK_FILES (paths separated by os.pathsep) overrides the files.
"""

import os
import shutil
import sys
from pathlib import Path

# Terraform tools phone home for version checks, which does not belong in an offline, scripted synth.
os.environ.setdefault("CHECKPOINT_DISABLE", "1")

from ossiac import exit_codes  # noqa: E402
from ossiac.config.loader import LoadCrash, load_stack_files  # noqa: E402
from ossiac.config.problems import ConfigError  # noqa: E402
from ossiac.targets.selection import TargetError  # noqa: E402

ESTATE = Path(__file__).resolve().parent / "estate"


def stack_files() -> list[Path]:
    override = os.environ.get("OSSIAC_STACK_FILES")
    if override:
        return [Path(p) for p in override.split(os.pathsep) if p]
    return sorted(ESTATE.glob("*.yaml"))


def main() -> int:
    """Every failure is one message and an exit code (README, Exit codes); never a traceback."""
    processing = {"what": "the stack files " + ", ".join(str(f) for f in stack_files())}
    try:
        return synthesize(processing)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return exit_codes.REFUSED
    except TargetError as error:
        print(f"synth: {error}", file=sys.stderr)
        return exit_codes.REFUSED
    except LoadCrash as crash:
        if exit_codes.show_traceback():
            raise
        print(exit_codes.internal_error(str(crash.file), crash.error), file=sys.stderr)
        return exit_codes.INTERNAL
    except Exception as error:  # noqa: BLE001 - a bug still gets one line naming the file at hand
        if exit_codes.show_traceback():
            raise
        print(exit_codes.internal_error(processing["what"], error), file=sys.stderr)
        return exit_codes.INTERNAL


def synthesize(processing: dict) -> int:
    stacks = load_stack_files(stack_files())
    check_target()

    from ossiac.cdk import App

    from ossiac_stacks.storage_stack import StorageStack

    app = App()
    from ossiac.config.problems import Problem
    from ossiac_constructs.invalid_props import InvalidPropsError

    for stack in stacks:
        processing["what"] = f"stack {stack.config.name!r} of {stack.file}"
        try:
            StorageStack(app, stack)
        except InvalidPropsError as error:  # a rule the loader does not know yet: still the file's fault
            path, line = stack.where()
            raise ConfigError([Problem(path, "; ".join(error.problems), stack.file, line)]) from None
    processing["what"] = "the synthesized stacks"
    remove_stale_stacks(Path(app.outdir) / "stacks", {stack.config.name for stack in stacks})
    app.synth()
    # The waivers, where plain checkov reads them (a baseline and the .checkov.yaml it discovers).
    from ossiac.scan.waiver_baseline import BaselineConflict, write_scanner_files

    try:
        write_scanner_files(Path(app.outdir))
    except BaselineConflict as error:
        print(f"synth: {error}", file=sys.stderr)
        return exit_codes.REFUSED
    return exit_codes.OK


def check_target() -> None:
    """The alicloud target's targets.yaml is read before synth starts, so its error comes alone."""
    from ossiac.targets.config import load_alicloud
    from ossiac.targets.selection import selected_target

    if selected_target() == "alicloud":
        load_alicloud()


def remove_stale_stacks(stacks_dir: Path, names: set[str]) -> None:
    """A stack removed from the YAML must not linger in cdktf.out, where deploy or scan would find it."""
    if stacks_dir.is_dir():
        for folder in stacks_dir.iterdir():
            if folder.is_dir() and folder.name not in names:
                shutil.rmtree(folder)


if __name__ == "__main__":
    sys.exit(main())
