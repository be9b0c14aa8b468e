"""`ossiac deploy`, the guarded `terraform apply`, stack inventory and `ossiac retire`, on the local target."""

from __future__ import annotations

import pytest

from harness import VENV_BIN, App, mode, run, stack


@pytest.fixture()
def app(tmp_path, local_target) -> App:
    return App(tmp_path)


def test_deploy_applies_a_private_saved_plan_and_removes_it(app):
    app.declare(stack("wf", "ossiac-wf-assets"))
    out = app.deployed("--verbose")
    assert "Terraform will perform the following actions" in out  # --verbose: the full plan
    assert "wf: applied: 17 added, 0 changed, 0 replaced, 0 destroyed" in out
    plans = app.folder / ".local" / "plans"
    assert mode(plans) == 0o700 and mode(plans / "wf") == 0o700
    assert mode(plans / "wf" / "plan.txt") == 0o600
    assert "alicloud_oss_bucket_policy" in (plans / "wf" / "plan.txt").read_text()  # saved beside the plan
    diff = app.ossiac("diff")
    assert diff.returncode == 0 and diff.stdout.strip() == "wf: no changes", diff.stdout + diff.stderr
    drift = app.ossiac("drift")
    assert drift.returncode == 0, drift.stdout + drift.stderr
    # Used plans are gone, and none was ever written where CI uploads artifacts from.
    assert not list(app.folder.rglob("tfplan")) and not list(app.folder.rglob("*.tfplan"))
    assert not (app.folder / "cdktf.out" / "plans").exists()
    assert "ossiac-wf-assets" in app.buckets()


def test_plain_terraform_apply_refuses_what_the_guard_refuses(app):
    app.declare(stack("wf", "ossiac-wf-old"))
    app.deployed()
    app.declare(stack("wf", "ossiac-wf-new"))
    app.synth()
    assert app.terraform("wf", "init", "-input=false").returncode == 0

    applied = app.terraform("wf", "apply", "-auto-approve", "-input=false", "-no-color")
    assert applied.returncode == 1, applied.stdout + applied.stderr
    assert "bucket 'ossiac-wf-old'" in applied.stderr and "OSSIAC_ALLOW_DESTROY" in applied.stderr
    assert "nothing was applied" in applied.stderr

    # A saved plan made by plain `terraform plan` is checked the same way.
    plan = app.terraform("wf", "plan", "-input=false", "-no-color", "-out=reviewed.tfplan")
    assert plan.returncode == 0, plan.stdout + plan.stderr
    saved = app.terraform("wf", "apply", "-input=false", "-no-color", "reviewed.tfplan")
    assert saved.returncode == 1 and "bucket 'ossiac-wf-old'" in saved.stderr, saved.stdout + saved.stderr
    assert app.buckets() >= {"ossiac-wf-old"} and "ossiac-wf-new" not in app.buckets()

    allowed = app.terraform(
        "wf", "apply", "-auto-approve", "-input=false", "-no-color", OSSIAC_ALLOW_DESTROY="ossiac-wf-old"
    )
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert "ossiac-wf-new" in app.buckets() and "ossiac-wf-old" not in app.buckets()


def test_a_multi_stack_deploy_reports_every_stack_and_explains_a_missing_adopted_bucket(app):
    adopted = (
        "        adopt: true\n        https_only: false\n        public_access_block: unmanaged\n"
        "        waivers: {public_access_block: adopted as found in this test}\n"
    )
    app.declare(stack("first", "ossiac-gone-bucket", extra=adopted), stack("second", "ossiac-second-assets"))
    result = app.ossiac("deploy")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "first: failed: bucket 'ossiac-gone-bucket' is declared with `adopt: true`" in result.stdout
    assert "remove `adopt: true`" in result.stdout
    assert "second: applied" in result.stdout
    assert "ossiac-second-assets" in app.buckets()


def test_a_stack_without_stack_file_trips_the_guard_until_retired(app):
    app.declare(stack("gone", "ossiac-gone-assets"), stack("kept", "ossiac-kept-assets"), stack("stay", "ossiac-stay"))
    app.deployed()
    app.declare(stack("stay", "ossiac-stay"))

    diff = app.ossiac("diff", "--format", "json")
    assert diff.returncode == 1, diff.stdout + diff.stderr
    assert {o["stack"]: o["buckets"] for o in __import__("json").loads(diff.stdout)["orphaned_stacks"]} == {
        "gone": ["gone-access-logs", "ossiac-gone-assets"],
        "kept": ["kept-access-logs", "ossiac-kept-assets"],
    }
    drift = app.ossiac("drift")
    assert drift.returncode == 1 and "orphaned stack gone: has state" in drift.stdout, drift.stdout
    deploy = app.ossiac("deploy")
    assert deploy.returncode == 1 and "stay: not applied" in deploy.stdout, deploy.stdout

    refused = app.ossiac("retire", "stay", "--forget")
    assert refused.returncode == 1 and "still declared" in refused.stderr
    destroyed = app.ossiac("retire", "gone", "--destroy", "--yes")  # no terminal here to confirm on
    assert destroyed.returncode == 0, destroyed.stdout + destroyed.stderr
    forgot = app.ossiac("retire", "kept", "--forget")
    assert forgot.returncode == 0, forgot.stdout + forgot.stderr
    assert "ossiac-gone-assets" not in app.buckets() and "gone-access-logs" not in app.buckets()
    assert "ossiac-kept-assets" in app.buckets()  # forgotten, not deleted

    diff = app.ossiac("diff")
    assert diff.returncode == 0 and diff.stdout.strip() == "stay: no changes", diff.stdout + diff.stderr


def test_an_apply_without_auto_approve_asks_before_applying_the_guarded_plan(local_cloud):
    local_cloud.write('resource "alicloud_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n')
    local_cloud.tf("init", "-input=false", "-no-color")
    apply = [str(VENV_BIN / "ossiac"), "tf", "--", "apply", "-no-color"]
    declined = run(apply, cwd=local_cloud.workdir, env=local_cloud.env, input="no\n")
    assert declined.returncode == 1 and "Do you want to perform these actions?" in declined.stdout
    assert "Apply cancelled." in declined.stdout
    assert "alicloud_vpc" not in local_cloud.console("list").stdout
    approved = run(apply, cwd=local_cloud.workdir, env=local_cloud.env, input="yes\n")
    assert approved.returncode == 0, approved.stdout + approved.stderr
    assert "Apply complete! Resources: 1 added" in approved.stdout
    assert "alicloud_vpc" in local_cloud.console("list").stdout
