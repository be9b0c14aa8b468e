"""`make bench` works end to end: at N=2 it synthesizes, applies to the local target, plans and diffs.

This times nothing; it proves the benchmark runs, measures real stacks (resources synthesized and
applied, the no-op plans are no-ops, the diff sees the one changed bucket) and reports every figure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import REPO_ROOT, command_env, run


def test_bench_runs_at_two_buckets(tmp_path: Path, local_target: Path) -> None:
    figures = tmp_path / "bench.json"
    result = run([sys.executable, str(REPO_ROOT / "bench" / "run.py"), "--sizes", "2", "--stacks", "1",
                  "--json", str(figures)], cwd=tmp_path, env=command_env())
    assert result.returncode == 0, result.stdout + result.stderr

    [measured] = json.loads(figures.read_text())
    assert (measured["buckets"], measured["stacks"]) == (2, 1)
    # two buckets with their settings, alarms, KMS key, log bucket and upload role: dozens of resources
    assert measured["resources"] > 20
    assert len(measured["apply_per_stack_s"]) == 1
    for figure in ("synth_s", "synth_mb", "apply_s", "apply_twin_s", "plan_s", "plan_twin_s", "diff_first_s", "diff_s",
                   "resynth_s"):
        assert measured[figure] > 0, figure

    header = result.stdout.splitlines()[2]
    for column in ("synth s", "synth MB", "apply ratio", "plan ratio", "first diff s", "ossiac diff s",
                   "diff / twin plan", "resynth s", "synth ms/bucket", "apply ms/bucket"):
        assert column in header
    assert "\n| 2 | 1 | " in result.stdout


def test_bench_refuses_bad_sizes(tmp_path: Path) -> None:
    result = run([sys.executable, str(REPO_ROOT / "bench" / "run.py"), "--sizes", "ten"], cwd=tmp_path)
    assert result.returncode == 2
    assert "--sizes" in result.stderr and "whole numbers" in result.stderr
