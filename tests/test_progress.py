"""Progress lines: one per stack as it starts and ends (with its time), on a terminal only; results unchanged."""

from __future__ import annotations

import re
import subprocess

import pytest

from harness import VENV_BIN, App, stack
from terminal import run_on_terminal

STACKS = ("alpha", "beta", "gamma")


@pytest.fixture(scope="module")
def app(tmp_path_factory, local_target) -> App:
    app = App(tmp_path_factory.mktemp("progress"))
    app.declare(*(stack(name, f"ossiac-progress-{name}") for name in STACKS))
    app.env.pop("OSSIAC_JOBS", None)
    return app


def lines(terminal: str, command: str) -> list[str]:
    return [line.removeprefix(f"{command}: ") for line in terminal.splitlines() if line.startswith(f"{command}: ")]


def test_diff_shows_each_stack_starting_and_ending_on_a_terminal_and_nothing_in_a_pipe(app):
    command = [str(VENV_BIN / "ossiac"), "diff", "--format", "json"]
    code, stdout, terminal = run_on_terminal(command, app.folder, app.env)
    assert code == 0, stdout + terminal
    shown = lines(terminal, "ossiac diff")
    assert shown[0] == "app: synthesizing..."
    assert re.fullmatch(r"app: synthesized \(\d+\.\d s\)", shown[1])
    for name in STACKS:
        assert f"{name}: planning..." in shown
        assert any(re.fullmatch(rf"{name}: planned \(\d+\.\d s\)", line) for line in shown), shown
        assert shown.index(f"{name}: planning...") < next(
            i for i, l in enumerate(shown) if l.startswith(f"{name}: planned")
        )

    piped = subprocess.run(command, cwd=app.folder, env=app.env, capture_output=True, text=True, timeout=900)
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == ""  # quiet when stderr is not a terminal: CI logs stay as they were
    assert piped.stdout == stdout  # the result never carries progress


def test_jobs_bounds_how_many_stacks_are_planned_at_once(app):
    """Order, not time: with one job each stack ends before the next starts; with three all start first."""
    command = [str(VENV_BIN / "ossiac"), "drift"]
    code, stdout, terminal = run_on_terminal(command, app.folder, {**app.env, "OSSIAC_JOBS": "1"})
    assert code == 0, stdout + terminal
    events = [l for l in lines(terminal, "ossiac drift") if l.split(":")[0] in STACKS]
    assert [e.split(" (")[0] for e in events] == [
        text for name in STACKS for text in (f"{name}: refresh-only planning...", f"{name}: planned")
    ]
    assert "refresh-only planning 3 stack(s), 1 at a time" in lines(terminal, "ossiac drift")

    # --jobs overrides $OSSIAC_JOBS
    code, stdout, terminal = run_on_terminal([*command, "--jobs", "3"], app.folder, {**app.env, "OSSIAC_JOBS": "1"})
    assert code == 0, stdout + terminal
    events = [l for l in lines(terminal, "ossiac drift") if l.split(":")[0] in STACKS]
    assert all(e.endswith("planning...") for e in events[:3]), events
    assert stdout == "no drift: every resource matches the cloud\n"


def test_scan_shows_the_checkov_run_on_a_terminal(app):
    assert (
        subprocess.run(
            [str(VENV_BIN / "python"), "main.py"], cwd=app.folder, env=app.env, capture_output=True, timeout=900
        ).returncode
        == 0
    )
    command = [str(VENV_BIN / "ossiac"), "scan"]
    code, stdout, terminal = run_on_terminal(command, app.folder, app.env)
    assert code == 0, stdout + terminal
    shown = lines(terminal, "ossiac scan")
    assert shown[0] == "alpha, beta, gamma: scanning with checkov..."
    assert re.fullmatch(r"alpha, beta, gamma: scanned \(\d+\.\d s\)", shown[1])
    piped = subprocess.run(command, cwd=app.folder, env=app.env, capture_output=True, text=True, timeout=900)
    assert (piped.returncode, piped.stdout, piped.stderr) == (0, stdout, "")


@pytest.mark.parametrize(
    "given, expected",
    [({"OSSIAC_JOBS": "0"}, "$OSSIAC_JOBS is '0'"), ({"OSSIAC_JOBS": "two"}, "$OSSIAC_JOBS is 'two'")],
)
def test_a_bad_job_count_is_refused_before_anything_runs(tmp_path, local_target, given, expected):
    app = App(tmp_path)
    app.declare(stack("alpha", "ossiac-progress-refused"))
    for name in ("diff", "drift", "deploy"):
        result = app.ossiac(name, **given)
        assert result.returncode == 2, result.stdout + result.stderr
        assert f"ossiac {name}: {expected}" in result.stderr and "1 or more" in result.stderr
    flag = app.ossiac("diff", "--jobs", "0")
    assert flag.returncode == 2 and "--jobs" in flag.stderr and "1 or more" in flag.stderr
    assert not (app.folder / "cdktf.out").exists()  # nothing synthesized, nothing planned
