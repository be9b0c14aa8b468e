"""cdktf app entry point: synthesizes every stack declared in estate/*.yaml.

`python main.py` and `cdktf synth` both write cdktf.out/stacks/<stack>/cdk.tf.json. Stack files
are validated before anything is synthesized: on a bad file this prints every problem and exits
non-zero, writing nothing. OSSIAC_STACK_FILES (paths separated by os.pathsep) overrides the files.
A stack whose inputs and tool are unchanged since its last synth is written from the synth cache
(ossiac/synth_cache.py; OSSIAC_SYNTH_CACHE=0 turns it off); the others are synthesized in worker
processes, one per core at most, the first started before the stack files are read (ossiac/synth_workers.py).
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

# Terraform tools phone home for version checks, which does not belong in an offline, scripted synth.
# Set before the imports below (hence their noqa: E402): a process started while importing inherits it.
os.environ.setdefault("CHECKPOINT_DISABLE", "1")

from ossiac import exit_codes, settings  # noqa: E402
from ossiac.atomic_write import write_atomically  # noqa: E402
from ossiac.config.problems import ConfigError, LoadCrash  # noqa: E402
from ossiac.synth_workers import WorkerCrash, Workers  # noqa: E402
from ossiac.targets.selection import TargetError  # noqa: E402

ESTATE = Path(__file__).resolve().parent / "estate"


def stack_files() -> list[Path]:
    override = settings.value("OSSIAC_STACK_FILES")
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
    except WorkerCrash as crash:
        if exit_codes.show_traceback():
            print(crash.trace, file=sys.stderr)
        print(exit_codes.internal_error_line(crash.what, crash.kind, crash.message), file=sys.stderr)
        return exit_codes.INTERNAL
    except Exception as error:  # noqa: BLE001 - a bug still gets one line naming the file at hand
        if exit_codes.show_traceback():
            raise
        print(exit_codes.internal_error(processing["what"], error), file=sys.stderr)
        return exit_codes.INTERNAL


def synthesize(processing: dict) -> int:
    with Workers() as workers:  # the first worker starts now, while the stack files are read
        return synthesize_with(workers, processing)


def synthesize_with(workers: Workers, processing: dict) -> int:
    # Imported once the first worker is starting: the loader brings pydantic and the props (0.3 s).
    from ossiac import synth_cache
    from ossiac.config.loader import load_stack_files
    from ossiac.config.validation_cache import ValidationCache

    # The tool's digest keys both caches; stacks unchanged since they were last valid are not validated again.
    code = synth_cache.code_digest() if synth_cache.enabled() else None
    stacks = load_stack_files(stack_files(), ValidationCache(Path.cwd(), code, write_atomically) if code else None)
    check_target()
    if os.environ.get("SYNTH_HCL_OUTPUT") == "true":
        print(
            "synth: HCL output (`cdktf synth --hcl`) is not supported: ossiac writes and reads cdk.tf.json "
            "(run `cdktf synth` without --hcl)",
            file=sys.stderr,
        )
        return exit_codes.REFUSED

    from ossiac.cdktf_json import stable_stringify

    # Where cdktf's App writes when given no outdir; cdktf-cli passes CDKTF_OUTDIR.
    outdir = Path(os.environ.get("CDKTF_OUTDIR") or "cdktf.out")
    names = [stack.config.name for stack in stacks]
    cache = synth_cache.SynthCache(Path.cwd(), Path(__file__).resolve(), code) if code else None
    keys = {stack.config.name: cache.key(stack) for stack in stacks} if cache else {}
    # What to synthesize is decided from each entry's key; the entries are read and checked whole
    # while the workers synthesize, and a stack whose entry fails that is synthesized after them.
    held = {name for name in keys if cache and cache.holds(name, keys[name])}
    processing["what"] = "the synthesized stacks"
    # The workers write outside cdktf.out (where a scan would read an interrupted run's leftovers);
    # nothing is written to cdktf.out before every stack has been synthesized.
    with tempfile.TemporaryDirectory(prefix="ossiac-synth-") as scratch:
        batch = workers.start([s for s in stacks if s.config.name not in held], Path(scratch) / "changed")
        entries = {name: entry for name in held if cache and (entry := cache.get(name, keys[name]))}
        fresh = batch.collect()
        damaged = [s for s in stacks if s.config.name in held and s.config.name not in entries]
        fresh.update(workers.synthesize(damaged, Path(scratch) / "damaged"))
    outdir.mkdir(parents=True, exist_ok=True)
    remove_stale_stacks(outdir / "stacks", set(names))
    entries.update(fresh)
    for name in names:
        for relative, text in entries[name].files.items():
            path = outdir / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, text, mode=None)
    manifest = {"stacks": {name: entries[name].manifest for name in names}, "version": entries[names[0]].version}
    write_atomically(outdir / "manifest.json", stable_stringify(manifest), mode=None)
    if cache:
        for name in fresh:
            cache.put(name, keys[name], fresh[name])
        cache.prune(set(names))
    # The waivers, where plain checkov reads them (a baseline and the .checkov.yaml it discovers).
    from ossiac.scan.waiver_baseline import BaselineConflict, write_scanner_files

    try:
        write_scanner_files(outdir)
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
