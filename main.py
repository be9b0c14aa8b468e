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

from ossiac.config.loader import load_stack_files  # noqa: E402
from ossiac.config.problems import ConfigError  # noqa: E402

ESTATE = Path(__file__).resolve().parent / "estate"


def stack_files() -> list[Path]:
    override = os.environ.get("OSSIAC_STACK_FILES")
    if override:
        return [Path(p) for p in override.split(os.pathsep) if p]
    return sorted(ESTATE.glob("*.yaml"))


def main() -> int:
    try:
        stacks = load_stack_files(stack_files())
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 1

    from ossiac.cdk import App

    from ossiac_stacks.storage_stack import StorageStack

    app = App()
    for stack in stacks:
        StorageStack(app, stack)
    remove_stale_stacks(Path(app.outdir) / "stacks", {stack.config.name for stack in stacks})
    app.synth()
    # The waivers, where plain checkov reads them (a baseline and the .checkov.yaml it discovers).
    from ossiac.scan.waiver_baseline import BaselineConflict, write_scanner_files

    try:
        write_scanner_files(Path(app.outdir))
    except BaselineConflict as error:
        print(f"synth: {error}", file=sys.stderr)
        return 1
    return 0


def remove_stale_stacks(stacks_dir: Path, names: set[str]) -> None:
    """A stack removed from the YAML must not linger in cdktf.out, where deploy or scan would find it."""
    if stacks_dir.is_dir():
        for folder in stacks_dir.iterdir():
            if folder.is_dir() and folder.name not in names:
                shutil.rmtree(folder)


if __name__ == "__main__":
    sys.exit(main())
