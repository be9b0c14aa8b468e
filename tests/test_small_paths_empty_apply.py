"""The venv's `terraform apply` on an empty plan behaves as stock Terraform: no prompt, exit 0 (issue 23)."""

from __future__ import annotations

import subprocess

from harness import VENV_BIN, run


def test_apply_of_an_empty_plan_exits_0_without_prompting_even_with_no_input(local_cloud):
    local_cloud.write("")  # the provider alone: nothing to create
    local_cloud.tf("init", "-input=false", "-no-color")
    apply = [str(VENV_BIN / "terraform"), "apply", "-no-color"]
    for kwargs in ({"stdin": subprocess.DEVNULL}, {"input": "no\n"}):
        applied = run(apply, cwd=local_cloud.workdir, env=local_cloud.env, **kwargs)
        assert applied.returncode == 0, applied.stdout + applied.stderr
        assert "Do you want to perform these actions?" not in applied.stdout
        assert "Apply cancelled" not in applied.stdout
        assert "No changes." in applied.stdout
    # -input=false without -auto-approve is fine too when there is nothing to approve.
    quiet = run([*apply, "-input=false"], cwd=local_cloud.workdir, env=local_cloud.env, stdin=subprocess.DEVNULL)
    assert quiet.returncode == 0, quiet.stdout + quiet.stderr


def test_apply_with_changes_still_asks(local_cloud):
    local_cloud.write('resource "alicloud_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n')
    local_cloud.tf("init", "-input=false", "-no-color")
    declined = run(
        [str(VENV_BIN / "terraform"), "apply", "-no-color"],
        cwd=local_cloud.workdir,
        env=local_cloud.env,
        stdin=subprocess.DEVNULL,
    )
    assert declined.returncode == 1 and "Do you want to perform these actions?" in declined.stdout
    assert "alicloud_vpc" not in local_cloud.console("list").stdout
