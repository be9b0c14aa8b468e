"""`make bench`'s endpoint step works end to end with a tiny request count: it starts `ossiac
localcloud serve` in its own process, PUTs and GETs through SDK clients, and reports every figure.

This times nothing (the throughput goal is a figure the bench prints, never a test's assertion); it
proves the step runs and reports what it counted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from harness import REPO_ROOT, command_env, run


def test_the_endpoint_bench_runs_with_a_few_requests(tmp_path: Path) -> None:
    figures = tmp_path / "endpoint.json"
    result = run(
        [
            sys.executable,
            str(REPO_ROOT / "bench" / "endpoint.py"),
            "--clients",
            "3",
            "--requests",
            "30",
            "--size",
            "100",
            "--json",
            str(figures),
        ],
        cwd=tmp_path,
        env=command_env(),
    )
    assert result.returncode == 0, result.stdout + result.stderr

    measured = json.loads(figures.read_text())
    assert (measured["clients"], measured["object_bytes"]) == (3, 100)
    for operation in ("get", "put"):
        assert measured[operation]["requests"] == 30
        assert measured[operation]["per_second"] > 0 and measured[operation]["p99_ms"] >= measured[operation]["p50_ms"]

    header = next(line for line in result.stdout.splitlines() if line.startswith("| operation"))
    for column in ("requests/s", "p50 ms", "p99 ms", "server CPU ms/request"):
        assert column in header
    assert "\n| GET | 3 | 100 | 30 | " in result.stdout and "\n| PUT | 3 | 100 | 30 | " in result.stdout
    assert "local cloud endpoint" not in result.stdout  # the server's own output stays out of the report


def test_the_endpoint_bench_refuses_bad_counts(tmp_path: Path) -> None:
    result = run([sys.executable, str(REPO_ROOT / "bench" / "endpoint.py"), "--clients", "0"], cwd=tmp_path)
    assert result.returncode == 2
    assert "--clients" in result.stderr and "positive whole number" in result.stderr
