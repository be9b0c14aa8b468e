"""`make bench`: how synth, the local target and `ossiac diff` scale with the number of buckets.

For each size N and stack count S it generates an estate (bench/estate.py) in a scratch app folder
and measures, on the paths users run:
  synth     `python main.py` (wall time, and peak memory of the whole process tree: python + node)
  apply     `terraform apply -auto-approve` of every stack on the local target, one after another
  no-op     `terraform plan -detailed-exitcode` of every stack right after (must say no changes), also
            in CPU seconds, split by role: Terraform (with the venv's shim) and the stand-in provider
            (bench/cpu.py); the provider's share is issue 27's figure (target: at most 25%)
  diff 1st  `ossiac diff` with nothing changed, its first run (it inits each stack's planning copy)
  diff      `ossiac diff` (synth + plan of every stack, in parallel) with one bucket changed, also in
            CPU seconds of its whole process tree (one warm provider process serves all its stacks)
  resynth   `python main.py` after another bucket (in the last stack) changed: incremental synth,
            --resynth-runs times (each changes that bucket again); the median wall and CPU seconds
            (issue 27's target: at most 2 s), each run's figures on stderr
Estates with more buckets in a stack than --apply-limit (default 100) are synthesized only: Terraform
core rewrites a stack's whole state after each resource it applies, so one stack's apply grows with
the square of its resources (1,000 buckets in one stack: hours, for the twin alone).
Next to each Terraform figure stands Terraform core's own time for the same resources: a twin of
each stack's JSON in which every resource is a built-in `terraform_data` (its `input` is the
resource's body; references between resources point at their twins, so the graph is the same),
applied and planned in the same run; the ratio is ours / twin's. The per-bucket
slope is the time divided by N, and (from the second size on) the marginal cost per added bucket.

Not a test: it checks only that each step succeeded and that the no-op plans are no-ops.

    python bench/run.py --sizes 10,100,1000 --stacks 1,10 [--apply-limit 100] [--json results.json]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

# bench/'s own modules (estate.py) import as top-level ones, so the imports below follow this line (E402)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from cpu import ChildCpu, Cpu, wait_exited, wait_with_cpu  # noqa: E402
from estate import change_one_bucket, estate_yaml  # noqa: E402
from ossiac import stack_json  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


class BenchError(Exception):
    pass


@dataclass
class Run:
    seconds: float
    peak_mb: float
    output: str
    cpu_s: float = 0.0
    """CPU seconds of the whole process tree."""
    split: Cpu | None = None


@dataclass
class Result:
    buckets: int
    stacks: int
    resources: int = 0
    json_mb: float = 0.0
    synth_s: float = 0.0
    synth_mb: float = 0.0
    apply_s: float = 0.0
    apply_twin_s: float = 0.0
    apply_per_stack_s: list[float] = field(default_factory=list)
    plan_s: float = 0.0
    plan_twin_s: float = 0.0
    plan_cpu_s: float = 0.0
    """CPU seconds of the no-op plans (each command's whole process tree), split below by role."""
    plan_terraform_cpu_s: float = 0.0
    plan_provider_cpu_s: float = 0.0
    plan_provider_starts: int = 0
    plan_twin_cpu_s: float = 0.0
    diff_first_s: float = 0.0
    diff_first_cpu_s: float = 0.0
    diff_s: float = 0.0
    diff_cpu_s: float = 0.0
    """CPU seconds of the `ossiac diff` with one bucket changed: its whole process tree (synth, every
    Terraform and every provider process, reaped by the command or by its warm provider process)."""
    resynth_s: float = 0.0
    """The median wall time of the incremental synths."""
    resynth_cpu_s: float = 0.0
    """Their median CPU seconds (the whole process tree: main.py, its synth worker and the worker's node)."""
    resynth_runs: list[tuple[float, float]] = field(default_factory=list)
    """(wall s, CPU s) of each incremental synth, in order."""
    applied: bool = True
    """False when the stacks were over --apply-limit: only synth and resynth were measured."""


# --- measuring a command ---------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (python, node, terraform, plugins)."""
    tree, total, todo = _children(), 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
        todo.extend(tree.get(current, []))
    return total


def measure(args: list[str], cwd: Path, env: dict[str, str], ok: tuple[int, ...] = (0,), split: bool = False) -> Run:
    """Run a command: its wall time, peak memory and CPU time (whole tree); with split, the CPU of its
    children (the stand-in provider's processes) apart from its own (Terraform's), see bench/cpu.py."""
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak, done = [0], threading.Event()

    def sample() -> None:  # never polls the process: wait4 below must be the one that reaps it
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(process.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    children = ChildCpu(process.pid) if split else None
    with contextlib.ExitStack() as stack:
        if children is not None:
            stack.enter_context(children)
        assert process.stdout is not None
        output = process.stdout.read()
        process.stdout.close()
        wait_exited(process.pid)  # leaving the `with` takes the children's last reading from the exited command
    # reaped here, not by Popen: wait4 also returns the CPU time of the whole tree
    process.returncode, cpu_s = wait_with_cpu(process.pid)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode not in ok:
        raise BenchError(f"{' '.join(args)} (in {cwd}) exited {process.returncode}:\n{output[-4000:]}")
    cpu = None
    if children is not None:
        cpu = Cpu(cpu_s, children.seconds(), len(children.providers))
    return Run(seconds, peak[0] / 1024, output, cpu_s, cpu)


# --- the scratch app and its terraform_data twin -------------------------------------------


def make_app(root: Path, buckets: int, stacks: int) -> tuple[Path, dict[str, str]]:
    app = root / "app"
    app.mkdir()
    for name in ("main.py", "cdktf.json"):
        shutil.copy(REPO / name, app / name)
    (app / "bindings").symlink_to(REPO / "bindings")
    (app / "estate.yaml").write_text(estate_yaml(buckets, stacks))
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(VENV_BIN), str(REPO / "node_modules" / ".bin"), env["PATH"]])
    env.update(
        OSSIAC_TARGET="local",
        OSSIAC_LOCALCLOUD_DIR=str(root / "cloud"),
        OSSIAC_STACK_FILES=str(app / "estate.yaml"),
        CHECKPOINT_DISABLE="1",
        JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20",
        TF_IN_AUTOMATION="1",
    )
    return app, env


def twin(config: dict) -> dict:
    """The same resources as built-in `terraform_data`: Terraform core's own cost for the same JSON.

    Each resource's body (its nested blocks and values, as written) is its twin's `input`, and a
    reference to another resource refers to that resource's twin, so Terraform core walks the same
    dependency graph; references to anything else (data sources, variables) are kept as literal text.
    """
    names = {(rtype, name) for rtype, bodies in config.get("resource", {}).items() for name in bodies}

    def relink(value):
        if isinstance(value, dict):
            return {k: relink(v) for k, v in value.items()}
        if isinstance(value, list):
            return [relink(v) for v in value]
        if isinstance(value, str) and "${" in value:
            return _INTERPOLATION.sub(lambda m: _relinked(m, names), value)
        return value

    resources = {}
    for rtype, bodies in config.get("resource", {}).items():
        for name, body in bodies.items():
            twin_body = {
                "input": relink(
                    {k: v for k, v in body.items() if k not in ("//", "lifecycle", "depends_on", "provider")}
                )
            }
            depends = [d.split(".") for d in body.get("depends_on", [])]
            if depends:
                twin_body["depends_on"] = [f"terraform_data.{d[0]}__{d[1]}" for d in depends if len(d) == 2]
            resources[f"{rtype}__{name}"] = twin_body
    return {
        "terraform": {"backend": {"local": {"path": "terraform.tfstate"}}},
        "resource": {"terraform_data": resources},
    }


_INTERPOLATION = re.compile(r"\$\{([^{}]*)\}")
_REFERENCE = re.compile(r"([a-z0-9_]+)\.([A-Za-z0-9_-]+)(\.[A-Za-z0-9_.\[\]\"*-]+)?")


def _relinked(match: re.Match, names: set[tuple[str, str]]) -> str:
    reference = _REFERENCE.fullmatch(match[1].strip())
    if reference and (reference[1], reference[2]) in names:
        return f"${{terraform_data.{reference[1]}__{reference[2]}.id}}"
    return "$" + match[0]  # `$${...}`: literal text in the twin


def terraform(*args: str) -> list[str]:
    return [str(VENV_BIN / "terraform"), *args]


# --- one estate --------------------------------------------------------------------------------


def bench_one(buckets: int, stacks: int, say, apply_limit: int, resynth_runs: int = 1) -> Result:
    result = Result(buckets, stacks, applied=-(-buckets // stacks) <= apply_limit)
    with tempfile.TemporaryDirectory(prefix=f"ossiac-bench-{buckets}x{stacks}-") as scratch:
        root = Path(scratch)
        app, env = make_app(root, buckets, stacks)

        run = measure([sys.executable, "main.py"], app, env)
        result.synth_s, result.synth_mb = run.seconds, run.peak_mb
        dirs = stack_json.stack_dirs(app / "cdktf.out" / "stacks")
        if len(dirs) != stacks:
            raise BenchError(f"expected {stacks} synthesized stacks, found {len(dirs)}")
        say(f"  synth: {run.seconds:.1f} s, {run.peak_mb:.0f} MB")

        twins = []
        for stack_dir in dirs:
            config = stack_json.load(stack_dir)
            result.resources += sum(len(b) for b in config.get("resource", {}).values())
            result.json_mb += (stack_dir / stack_json.STACK_FILE).stat().st_size / 2**20
            twin_dir = root / "twins" / stack_dir.name
            twin_dir.mkdir(parents=True)
            (twin_dir / "main.tf.json").write_text(json.dumps(twin(config), indent=2))
            twins.append(twin_dir)

        if not result.applied:
            say(f"  apply, plans and diff not run: over --apply-limit ({apply_limit} buckets in a stack)")
            return resynth(app, dirs, env, result, say, resynth_runs)

        for folder in dirs + twins:  # init is once per folder, not what scales; left out of the figures
            measure(terraform(f"-chdir={folder}", "init", "-input=false", "-no-color"), app, env)

        for stack_dir, twin_dir in zip(dirs, twins, strict=True):
            ours = measure(
                terraform(f"-chdir={stack_dir}", "apply", "-auto-approve", "-input=false", "-no-color"), app, env
            )
            theirs = measure(
                terraform(f"-chdir={twin_dir}", "apply", "-auto-approve", "-input=false", "-no-color"), app, env
            )
            result.apply_per_stack_s.append(round(ours.seconds, 2))
            result.apply_s += ours.seconds
            result.apply_twin_s += theirs.seconds
            say(f"  apply {stack_dir.name}: {ours.seconds:.1f} s (twin {theirs.seconds:.1f} s)")

        plan = ("plan", "-detailed-exitcode", "-input=false", "-no-color", "-lock=false")
        for stack_dir, twin_dir in zip(dirs, twins, strict=True):
            # exit 0 = no changes: a no-op plan that found changes is a bug, not a figure
            ours = measure(terraform(f"-chdir={stack_dir}", *plan), app, env, split=True)
            assert ours.split is not None
            result.plan_s += ours.seconds
            result.plan_cpu_s += ours.cpu_s
            result.plan_terraform_cpu_s += ours.split.terraform_s
            result.plan_provider_cpu_s += ours.split.provider_s
            result.plan_provider_starts += ours.split.provider_starts
            theirs = measure(terraform(f"-chdir={twin_dir}", *plan), app, env)
            result.plan_twin_s += theirs.seconds
            result.plan_twin_cpu_s += theirs.cpu_s
        say(
            f"  no-op plan: {result.plan_s:.1f} s (twin {result.plan_twin_s:.1f} s); CPU {result.plan_cpu_s:.2f} s "
            f"(twin {result.plan_twin_cpu_s:.2f} s): Terraform {result.plan_terraform_cpu_s:.2f} s, provider "
            f"{result.plan_provider_cpu_s:.2f} s = {share(result)} over {result.plan_provider_starts} provider starts"
        )

        diff = [str(VENV_BIN / "ossiac"), "diff", "--app-dir", str(app)]
        run = measure(diff, app, env)
        if "no changes" not in run.output or "to change" in run.output:
            raise BenchError(f"ossiac diff found changes right after the apply:\n{run.output[-4000:]}")
        result.diff_first_s, result.diff_first_cpu_s = run.seconds, run.cpu_s
        say(f"  ossiac diff (nothing changed, first run, with init): {run.seconds:.1f} s, CPU {run.cpu_s:.2f} s")

        (app / "estate.yaml").write_text(change_one_bucket((app / "estate.yaml").read_text()))
        run = measure(diff, app, env)
        if "1 to change" not in run.output:
            raise BenchError(f"ossiac diff did not report the one changed bucket:\n{run.output[-4000:]}")
        result.diff_s, result.diff_cpu_s = run.seconds, run.cpu_s
        say(f"  ossiac diff (one bucket changed): {run.seconds:.1f} s, CPU {run.cpu_s:.2f} s")
        return resynth(app, dirs, env, result, say, resynth_runs)


def resynth(app: Path, dirs: list[Path], env: dict[str, str], result: Result, say, runs: int = 1) -> Result:
    """Incremental synth: another bucket (the last of the last stack; with one stack, another than the
    one the diff changed) gets a new value, `runs` times (a new value each time: one stack changes)."""
    for run_index in range(runs):
        value = str(2 + run_index)
        (app / "estate.yaml").write_text(
            change_one_bucket((app / "estate.yaml").read_text(), stack=-1, bucket=-1, value=value)
        )
        run = measure([sys.executable, "main.py"], app, env)
        if f'"bench-change": "{value}"' not in (dirs[-1] / stack_json.STACK_FILE).read_text():
            raise BenchError("the incremental synth did not write the changed bucket into the last stack's JSON")
        result.resynth_runs.append((round(run.seconds, 2), round(run.cpu_s, 2)))
        say(f"  incremental synth (another bucket changed): {run.seconds:.2f} s, CPU {run.cpu_s:.2f} s")
    result.resynth_s = statistics.median(wall for wall, _ in result.resynth_runs)
    result.resynth_cpu_s = statistics.median(cpu for _, cpu in result.resynth_runs)
    if runs > 1:
        say(f"  incremental synth, median of {runs}: {result.resynth_s:.2f} s, CPU {result.resynth_cpu_s:.2f} s")
    return result


# --- report ------------------------------------------------------------------------------------

NOT_RUN = "not run"  # over --apply-limit


def share(r: Result) -> str:
    """The stand-in provider's part of the no-op plans' CPU (issue 27's target: at most 25%)."""
    return f"{100 * r.plan_provider_cpu_s / r.plan_cpu_s:.0f}%" if r.plan_cpu_s else "-"


def ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.2f}x" if theirs else "-"


def report(results: list[Result]) -> str:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())  # a shared machine: other work skews every figure
    lines = [
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load average at the end {load}",
        "",
    ]
    header = (
        "| buckets | stacks | resources | JSON MB | synth s | synth MB | apply s | twin apply s | apply ratio "
        "| no-op plan s | twin plan s | plan ratio | plan CPU s | twin plan CPU s | plan Terraform CPU s "
        "| plan provider CPU s | provider share | first diff s | ossiac diff s | ossiac diff CPU s | diff / twin plan | resynth s | resynth CPU s "
        "| synth ms/bucket "
        "| apply ms/bucket | plan ms/bucket | diff ms/bucket |"
    )
    lines += [header, "|" + "---|" * (header.count("|") - 1)]
    lines += [_row(r) for r in results]
    marginal = []
    for stacks in sorted({r.stacks for r in results}):
        series = sorted((r for r in results if r.stacks == stacks), key=lambda r: r.buckets)
        marginal += [_marginal_row(stacks, low, high) for low, high in itertools.pairwise(series)]
    if marginal:
        lines += [
            "",
            "marginal cost per added bucket (ms):",
            "",
            "| stacks | buckets | synth | apply | no-op plan | ossiac diff |",
            "|---|---|---|---|---|---|",
            *marginal,
        ]
    per_stack = [r for r in results if r.stacks > 1 and r.applied]
    if per_stack:
        lines += ["", "apply time per stack, in order, as the local cloud fills up (s):"]
        lines += [
            f"  {r.buckets} buckets in {r.stacks} stacks: {', '.join(map(str, r.apply_per_stack_s))}" for r in per_stack
        ]
    return "\n".join(lines) + "\n"


def _row(r: Result) -> str:
    def per(s: float) -> str:
        return f"{1000 * s / r.buckets:.0f}"

    def seconds(s: float) -> str:
        return f"{s:.1f}" if r.applied else NOT_RUN

    def ran(text: str) -> str:
        return text if r.applied else NOT_RUN

    def cpu(s: float) -> str:
        return f"{s:.2f}" if r.applied else NOT_RUN

    return (
        f"| {r.buckets} | {r.stacks} | {r.resources} | {r.json_mb:.1f} | {r.synth_s:.1f} | {r.synth_mb:.0f} "
        f"| {seconds(r.apply_s)} | {seconds(r.apply_twin_s)} | {ran(ratio(r.apply_s, r.apply_twin_s))} "
        f"| {seconds(r.plan_s)} | {seconds(r.plan_twin_s)} | {ran(ratio(r.plan_s, r.plan_twin_s))} "
        f"| {cpu(r.plan_cpu_s)} | {cpu(r.plan_twin_cpu_s)} | {cpu(r.plan_terraform_cpu_s)} "
        f"| {cpu(r.plan_provider_cpu_s)} | {ran(share(r))} "
        f"| {seconds(r.diff_first_s)} | {seconds(r.diff_s)} | {cpu(r.diff_cpu_s)} | {ran(ratio(r.diff_s, r.plan_twin_s))} | {r.resynth_s:.2f} | {r.resynth_cpu_s:.2f} "
        f"| {per(r.synth_s)} | {ran(per(r.apply_s))} | {ran(per(r.plan_s))} | {ran(per(r.diff_s))} |"
    )


def _marginal_row(stacks: int, low: Result, high: Result) -> str:
    added = high.buckets - low.buckets

    def cost(a: str) -> str:
        if a == "synth_s" or (low.applied and high.applied):
            return f"{1000 * (getattr(high, a) - getattr(low, a)) / added:.0f}"
        return NOT_RUN

    return (
        f"| {stacks} | {low.buckets} -> {high.buckets} | {cost('synth_s')} | {cost('apply_s')} "
        f"| {cost('plan_s')} | {cost('diff_s')} |"
    )


def numbers(text: str) -> list[int]:
    try:
        values = [int(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated whole numbers, got {text!r}") from None
    if not values or any(v < 1 for v in values):
        raise argparse.ArgumentTypeError(f"expected positive whole numbers, got {text!r}")
    return values


def positive(text: str) -> int:
    values = numbers(text)
    if len(values) != 1:
        raise argparse.ArgumentTypeError(f"expected one positive whole number, got {text!r}")
    return values[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=numbers, default=[10, 100, 1000], help="bucket counts (default 10,100,1000)")
    parser.add_argument("--stacks", type=numbers, default=[1, 10], help="stack counts (default 1,10)")
    parser.add_argument(
        "--apply-limit",
        type=positive,
        default=100,
        metavar="BUCKETS",
        help="apply, plan and diff only estates with at most this many buckets in a stack (default 100)",
    )
    parser.add_argument(
        "--resynth-runs",
        type=positive,
        default=3,
        metavar="N",
        help="incremental synths to measure, each after one more bucket changed; the median is reported (default 3)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    results = []
    for stacks in args.stacks:
        for buckets in args.sizes:
            if stacks > buckets:
                say(f"skipping {buckets} bucket(s) in {stacks} stacks: fewer buckets than stacks")
                continue
            say(f"{buckets} bucket(s) in {stacks} stack(s):")
            try:
                results.append(bench_one(buckets, stacks, say, args.apply_limit, args.resynth_runs))
            except BenchError as error:
                print(f"bench: {error}", file=sys.stderr)
                return 1
    sys.stdout.write(report(results))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
