"""Stacks planned in parallel: a failing stack stops none of the others, output stays in stack order,
and applies still run one after another."""

from __future__ import annotations

import pytest

from harness import VENV_BIN, App, stack
from terminal import run_on_terminal

ADOPTED_BUT_GONE = (
    "        adopt: true\n        https_only: false\n        public_access_block: unmanaged\n"
    "        waivers: {public_access_block: adopted as found in this test}\n"
)


@pytest.fixture()
def app(tmp_path, local_target) -> App:
    app = App(tmp_path)
    app.env.pop("OSSIAC_JOBS", None)
    # `broken` fails to plan: it adopts a bucket that does not exist
    app.declare(
        stack("alpha", "ossiac-parallel-alpha"),
        stack("broken", "ossiac-parallel-gone", extra=ADOPTED_BUT_GONE),
        stack("charlie", "ossiac-parallel-charlie"),
    )
    return app


def test_deploy_plans_in_parallel_reports_in_stack_order_and_applies_one_after_another(app):
    code, stdout, terminal = run_on_terminal([str(VENV_BIN / "ossiac"), "deploy", "--jobs", "3"], app.folder, app.env)
    assert code == 1, stdout + terminal

    out = stdout.splitlines()
    planned = [
        line for line in out[out.index("planning 3 stack(s) on the local target") + 1 :] if line.startswith("  ")
    ]
    assert [line.split(":")[0].strip() for line in planned[:3]] == ["alpha", "broken", "charlie"]
    summary = out[out.index("deploy summary (target: local):") + 1 :]
    assert summary[0].startswith("  alpha: applied: ")
    assert summary[1].startswith("  broken: failed: bucket 'ossiac-parallel-gone' is declared with `adopt: true`")
    assert summary[2].startswith("  charlie: applied: ")
    assert {"ossiac-parallel-alpha", "ossiac-parallel-charlie"} <= app.buckets()

    shown = [line.removeprefix("ossiac deploy: ") for line in terminal.splitlines()]
    assert all(f"{name}: planning..." in shown[:6] for name in ("alpha", "broken", "charlie")), shown  # at once
    assert any(line.startswith("broken: planning failed (") for line in shown)
    applies = [line.split(" (")[0] for line in shown if line.startswith(("alpha: appl", "charlie: appl"))]
    assert applies == ["alpha: applying...", "alpha: applied", "charlie: applying...", "charlie: applied"]


def test_diff_plans_every_stack_despite_a_failure_and_names_it(app):
    app.deployed("alpha", "charlie")
    plan_text = app.folder / ".local" / "plans" / "charlie" / "plan.txt"
    before = plan_text.stat().st_mtime_ns

    # One at a time, in stack order: `broken` fails before `charlie` is planned, and charlie still is.
    diff = app.ossiac("diff", "--jobs", "1")
    assert diff.returncode == 2, diff.stdout + diff.stderr
    assert diff.stdout == ""  # no partial summary: a pull-request comment must not leave a stack out
    assert "ossiac diff: terraform plan failed in" in diff.stderr and "/broken" in diff.stderr
    assert "ossiac-parallel-gone" in diff.stderr
    assert plan_text.stat().st_mtime_ns > before

    app.declare(stack("alpha", "ossiac-parallel-alpha"), stack("charlie", "ossiac-parallel-charlie"))
    diff = app.ossiac("diff")
    assert (diff.returncode, diff.stdout) == (0, "alpha: no changes\ncharlie: no changes\n"), diff.stderr
