"""A stack Terraform finds nothing to change in is not shown again (`terraform show -json` skipped);
a stack with changes, or drift for a refresh-only plan, still is, and reads as before."""

from __future__ import annotations

import pytest

from harness import App, stack
from ossiac.workflows import plan_runner
from ossiac.workflows.drift import drift_of
from ossiac.workflows.plan_summary import summarize


@pytest.fixture()
def deployed(tmp_path, local_target, monkeypatch) -> App:
    app = App(tmp_path)
    app.declare(stack("solo", "ossiac-nochange-solo"))
    app.deployed()
    for name in ("OSSIAC_STACK_FILES", "OSSIAC_LOCALCLOUD_DIR", "OSSIAC_TARGET"):
        monkeypatch.setenv(name, app.env[name])
    return app


@pytest.fixture()
def commands(monkeypatch) -> list[str]:
    """The Terraform subcommands the planner ran, in order."""
    ran: list[str] = []
    real = plan_runner._run

    def counted(args, cwd, env, ok):
        ran.append(args[0])
        return real(args, cwd, env, ok)

    monkeypatch.setattr(plan_runner, "_run", counted)
    return ran


def test_no_changes_skips_show_and_summarizes_as_no_changes(deployed, commands):
    stack_dir = deployed.folder / "cdktf.out" / "stacks" / "solo"
    planned = plan_runner.plan_stack(stack_dir, "local")
    assert commands[-1] == "plan" and "show" not in commands
    assert planned.plan["applyable"] is False and planned.plan["resource_changes"] == []
    assert not summarize("solo", planned.plan, planned.config).has_changes
    assert "No changes." in planned.text


def test_a_change_is_shown_and_summarized(deployed, commands):
    deployed.declare(stack("solo", "ossiac-nochange-solo", extra="        tags: {team: web}\n"))
    [stack_dir] = plan_runner.stack_json.stack_dirs(plan_runner.synthesize(deployed.folder, "local"))
    planned = plan_runner.plan_stack(stack_dir, "local")
    assert commands[-2:] == ["plan", "show"]
    summary = summarize("solo", planned.plan, planned.config)
    assert [(c.type, c.action) for c in summary.changes] == [("alicloud_oss_bucket", "change")]


def test_drift_is_shown_to_a_refresh_only_plan(deployed, commands):
    tagged = deployed.ossiac("localcloud", "bucket", "set", "ossiac-nochange-solo", "--tag", "changed=outside")
    assert tagged.returncode == 0, tagged.stderr
    stack_dir = deployed.folder / "cdktf.out" / "stacks" / "solo"
    planned = plan_runner.plan_stack(stack_dir, "local", refresh_only=True)
    assert commands[-2:] == ["plan", "show"]
    assert drift_of("solo", planned.plan, planned.config)
