"""`make bench` works end to end: at N=2 it synthesizes, applies to the local target, plans and diffs.

This times nothing; it proves the benchmark runs, measures real stacks (resources synthesized and
applied, the no-op plans are no-ops, the diff sees the one changed bucket) and reports every figure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from harness import REPO_ROOT, command_env, run


def test_bench_runs_at_two_buckets(tmp_path: Path, local_target: Path) -> None:
    figures = tmp_path / "bench.json"
    result = run(
        [sys.executable, str(REPO_ROOT / "bench" / "run.py"), "--sizes", "2", "--stacks", "1", "--json", str(figures)],
        cwd=tmp_path,
        env=command_env(),
    )
    assert result.returncode == 0, result.stdout + result.stderr

    [measured] = json.loads(figures.read_text())
    assert (measured["buckets"], measured["stacks"]) == (2, 1)
    # two buckets with their settings, alarms, KMS key, log bucket and upload role: dozens of resources
    assert measured["resources"] > 20
    assert len(measured["apply_per_stack_s"]) == 1
    for figure in (
        "synth_s",
        "synth_mb",
        "apply_s",
        "apply_twin_s",
        "plan_s",
        "plan_twin_s",
        "diff_first_s",
        "diff_s",
        "resynth_s",
    ):
        assert measured[figure] > 0, figure
    # the no-op plan's CPU, split by role (tests/test_bench_cpu.py checks the split itself): Terraform
    # starts the stand-in provider for schemas, validate and the plan, and the twin runs none
    assert measured["plan_provider_starts"] >= 1
    assert measured["plan_provider_cpu_s"] > 0 and measured["plan_terraform_cpu_s"] > 0
    assert abs(measured["plan_terraform_cpu_s"] + measured["plan_provider_cpu_s"] - measured["plan_cpu_s"]) < 1e-9
    assert measured["plan_twin_cpu_s"] > 0

    header = result.stdout.splitlines()[2]
    for column in (
        "synth s",
        "synth MB",
        "apply ratio",
        "plan ratio",
        "first diff s",
        "ossiac diff s",
        "diff / twin plan",
        "resynth s",
        "plan CPU s",
        "plan provider CPU s",
        "provider share",
        "synth ms/bucket",
        "apply ms/bucket",
    ):
        assert column in header
    assert "\n| 2 | 1 | " in result.stdout


def test_bench_refuses_bad_sizes(tmp_path: Path) -> None:
    result = run([sys.executable, str(REPO_ROOT / "bench" / "run.py"), "--sizes", "ten"], cwd=tmp_path)
    assert result.returncode == 2
    assert "--sizes" in result.stderr and "whole numbers" in result.stderr


def test_the_twin_has_the_same_values_and_dependency_graph() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_run", REPO_ROOT / "bench" / "run.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = bench  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    config = {
        "resource": {
            "alicloud_kms_key": {"key": {"description": "k", "lifecycle": {"prevent_destroy": True}}},
            "alicloud_oss_bucket": {
                "b": {
                    "bucket": "logs-${data.alicloud_caller_identity.me.account_id}",
                    "server_side_encryption_rule": [
                        {"kms_master_key_id": "${alicloud_kms_key.key.id}", "sse_algorithm": "KMS"}
                    ],
                    "tags": {"owner": "${var.owner}"},
                    "provider": "alicloud.tokyo",
                    "depends_on": ["alicloud_kms_key.key"],
                    "//": {"metadata": {"path": "x"}},
                }
            },
        }
    }
    twin = bench.twin(config)["resource"]["terraform_data"]
    assert twin["alicloud_kms_key__key"] == {"input": {"description": "k"}}
    assert twin["alicloud_oss_bucket__b"] == {
        "input": {
            "bucket": "logs-$${data.alicloud_caller_identity.me.account_id}",
            "server_side_encryption_rule": [
                {"kms_master_key_id": "${terraform_data.alicloud_kms_key__key.id}", "sse_algorithm": "KMS"}
            ],
            "tags": {"owner": "$${var.owner}"},
        },
        "depends_on": ["terraform_data.alicloud_kms_key__key"],
    }


@pytest.mark.slow
def test_an_estate_over_the_apply_limit_is_synthesized_only(tmp_path: Path) -> None:
    figures = tmp_path / "bench.json"
    result = run(
        [
            sys.executable,
            str(REPO_ROOT / "bench" / "run.py"),
            "--sizes",
            "3",
            "--stacks",
            "1",
            "--apply-limit",
            "2",
            "--json",
            str(figures),
        ],
        cwd=tmp_path,
        env=command_env(),
    )
    assert result.returncode == 0, result.stdout + result.stderr

    [measured] = json.loads(figures.read_text())
    assert measured["applied"] is False
    assert measured["synth_s"] > 0 and measured["resynth_s"] > 0 and measured["resources"] > 20
    assert measured["apply_s"] == measured["plan_s"] == measured["diff_s"] == 0
    [row] = [line for line in result.stdout.splitlines() if line.startswith("| 3 | 1 | ")]
    # the 9 apply, plan and diff columns, the diff's CPU, the plan's 5 CPU columns and the 3 per-bucket slopes
    assert row.count("not run") == 18
    assert "over --apply-limit (2 buckets in a stack)" in result.stderr
