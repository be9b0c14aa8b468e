"""The GitHub workflows (.github/workflows): valid (the workflow schema, actionlint) and wired as
docs/pr-to-production.md describes: triggers, permissions, concurrency keys and the ossiac commands
they call. What those commands do is tested end to end in tests/test_pr_to_production.py."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from harness import REPO_ROOT, VENV_BIN, run
from ossiac.workflows.drift_issues import LABEL
from ossiac.workflows.render import MARKER

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
DIFF, DEPLOY, DRIFT = (WORKFLOWS / f"ossiac-{name}.yml" for name in ("diff", "deploy", "drift"))
UNSEAL = WORKFLOWS / "unseal-plans.sh"
# Alibaba's credentials action, pinned by commit (v1.0.7): it exchanges GitHub's OIDC token for STS credentials.
OIDC_ACTION = "aliyun/configure-aliyun-credentials-action@b347e60e64028a4d567a8f31ca42e1b0706c3c99"
# The keys of `ossiac deploy --from-plans DIR --check-inputs`'s matrix entries (tests/test_pr_to_production.py).
MATRIX_KEYS = {"stack", "role_arn", "oidc_provider_arn"}


def _load(path: Path) -> dict:
    workflow = yaml.safe_load(path.read_text())
    workflow["on"] = workflow.pop(True)  # YAML 1.1 reads the key `on` as True
    return workflow


def _scripts(job: dict) -> str:
    return "\n".join(str(s.get("run", "")) + str(s.get("with", {}).get("script", "")) for s in job["steps"])


def _step(job: dict, name: str) -> dict:
    (step,) = [s for s in job["steps"] if s.get("name") == name]
    return step


def _uses(job: dict, action: str) -> list[dict]:
    return [s for s in job["steps"] if str(s.get("uses", "")).startswith(action)]


def test_every_workflow_validates_against_the_github_workflow_schema(offline):
    # check-jsonschema ships the workflow schema, so this runs without a network.
    result = run(
        [
            *offline,
            str(VENV_BIN / "check-jsonschema"),
            "--builtin-schema",
            "vendor.github-workflows",
            str(DIFF),
            str(DEPLOY),
            str(DRIFT),
        ],
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_nothing():
    actionlint = VENV_BIN / "actionlint"
    if not actionlint.exists():
        pytest.skip("actionlint is installed by `make workflows-lint` (make test runs it first)")
    result = run(
        [str(actionlint), "-shellcheck=", "-pyflakes=", *map(str, sorted(WORKFLOWS.glob("*.yml")))], cwd=REPO_ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_workflow_reads_a_stored_access_key():
    for path in WORKFLOWS.glob("*.yml"):
        text = path.read_text()
        assert not re.search(r"secrets\.ALI\w*(ACCESS|SECRET)", text), path.name
        for workflow_job in _load(path)["jobs"].values():
            for step in _uses(workflow_job, "aliyun/configure-aliyun-credentials-action"):
                assert step["uses"] == OIDC_ACTION  # pinned by commit, never a moving tag
                assert step["if"].endswith("== 'alicloud'")  # the local target (forks) needs none


def test_the_pull_request_workflow_plans_comments_and_keeps_the_plans_for_its_head_commit():
    workflow = _load(DIFF)
    assert set(workflow["on"]) == {"pull_request"}
    assert workflow["permissions"] == {"contents": "read", "pull-requests": "write", "id-token": "write"}
    assert workflow["concurrency"] == {
        "group": "ossiac-diff-${{ github.event.pull_request.number }}",
        "cancel-in-progress": True,
    }
    job = workflow["jobs"]["diff"]
    scripts = _scripts(job)
    assert "make setup" in scripts
    assert (
        '.venv/bin/ossiac diff --target "$TARGET" --format markdown --output diff.md --save-plans "$PLANS"' in scripts
    )
    assert MARKER in scripts, "the comment is found again by the marker ossiac diff writes"
    assert "updateComment" in scripts and "createComment" in scripts
    fork = _step(job, "Choose the target")["env"]["FORK"]
    assert "github.event.pull_request.head.repo.full_name != github.repository" in fork  # forks: local target
    (upload,) = _uses(job, "actions/upload-artifact@")
    assert upload["with"]["name"] == "ossiac-plans-${{ github.event.pull_request.head.sha }}"
    assert upload["with"]["retention-days"] <= 7
    assert upload["if"] == _step(job, "Seal the reviewed plans")["if"] == "steps.diff.outputs.exit_code == '0'"
    assert job["steps"][-1]["if"] == "steps.diff.outputs.exit_code != '0'"
    assert not job["env"]["PLANS"].startswith("cdktf.out")


def test_the_deploy_workflow_applies_the_merged_prs_plans_per_stack():
    workflow = _load(DEPLOY)
    assert workflow["on"] == {"push": {"branches": ["main"]}}
    assert workflow["permissions"] == {
        "contents": "read",
        "actions": "read",
        "pull-requests": "write",
        "id-token": "write",
    }
    plans, deploy = workflow["jobs"]["plans"], workflow["jobs"]["deploy"]
    find = _step(plans, "Find the merged pull request's reviewed plans")["with"]["script"]
    assert "listPullRequestsAssociatedWithCommit" in find and "ossiac-plans-${pr.head.sha}" in find
    assert '--from-plans "$PLANS" --check-inputs > check.json' in _scripts(plans)
    assert plans["outputs"]["matrix"] == "${{ steps.check.outputs.matrix }}"
    stop = _step(plans, "Stop and comment when the plans are missing or stale")
    assert "steps.find.outputs.artifact == ''" in stop["if"] and "steps.check.outputs.exit_code != '0'" in stop["if"]
    assert "createComment" in stop["with"]["script"] and "setFailed" in stop["with"]["script"]

    assert deploy["needs"] == "plans" and deploy["environment"] == "production"
    assert deploy["strategy"] == {
        "fail-fast": False,
        "matrix": {"include": "${{ fromJSON(needs.plans.outputs.matrix) }}"},
    }
    assert deploy["concurrency"] == {"group": "ossiac-deploy-${{ matrix.stack }}", "cancel-in-progress": False}
    apply = _step(deploy, "Apply the reviewed plan")
    assert apply["env"]["STACK"] == "${{ matrix.stack }}"
    assert '.venv/bin/ossiac deploy --target "$TARGET" --from-plans "$PLANS" "$STACK"' in apply["run"]
    (oidc,) = _uses(deploy, "aliyun/configure-aliyun-credentials-action")
    assert oidc["with"]["role-to-assume"] == "${{ matrix.role_arn }}"
    assert oidc["with"]["oidc-provider-arn"] == "${{ matrix.oidc_provider_arn }}"
    assert set(re.findall(r"matrix\.(\w+)", DEPLOY.read_text())) <= MATRIX_KEYS
    (fetch,) = _uses(deploy, "actions/download-artifact@")
    assert fetch["with"]["name"] == "${{ needs.plans.outputs.artifact }}"
    assert fetch["with"]["run-id"] == "${{ needs.plans.outputs.run_id }}"
    assert "createComment" in _scripts(deploy)


def test_the_drift_workflow_runs_daily_and_carries_out_ossiacs_issue_plan():
    workflow = _load(DRIFT)
    assert set(workflow["on"]) == {"schedule", "workflow_dispatch"} and workflow["on"]["schedule"][0]["cron"]
    assert workflow["permissions"] == {"contents": "read", "issues": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "ossiac-drift", "cancel-in-progress": False}
    scripts = _scripts(workflow["jobs"]["drift"])
    assert (
        "--open-issues open-issues.json --issue-plan issue-plan.json" in scripts
        and '.venv/bin/ossiac drift --target "$TARGET"' in scripts
    )
    assert f'labels: "{LABEL}"' in scripts  # the issues ossiac opens carry that label
    for call in ("issues.create", "issues.update", 'state: "closed"', "createComment"):
        assert call in scripts, call
    assert '[ "$code" -le 1 ]' in scripts  # drift (1) is reported through issues; only a failed check fails the run


def _seal(tmp_path: Path, plans: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The PR workflow's own sealing step, run by bash as the runner would."""
    script = _step(_load(DIFF)["jobs"]["diff"], "Seal the reviewed plans")["run"]
    return subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "RUNNER_TEMP": str(tmp_path / "runner"), "PLANS": str(plans), **env},
    )


def _plans(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text('{"format": 1}')
    (folder / "aa.tfplan").write_bytes(b"secret variable values")
    return folder


def test_sealed_plans_are_encrypted_and_unseal_owner_only(tmp_path):
    (tmp_path / "runner").mkdir()
    sealed = _seal(tmp_path, _plans(tmp_path / "plans"), PLANS_KEY="k3y", TARGET="alicloud")
    assert sealed.returncode == 0, sealed.stdout + sealed.stderr
    (artifact,) = (tmp_path / "runner" / "sealed").iterdir()
    assert artifact.name == "plans.tgz.enc" and b"secret variable values" not in artifact.read_bytes()
    assert not (tmp_path / "plans").exists()  # nothing left on the runner but the sealed copy
    wrong = run(
        ["bash", str(UNSEAL), str(tmp_path / "runner" / "sealed"), str(tmp_path / "x")],
        cwd=tmp_path,
        env={**os.environ, "PLANS_KEY": ""},
    )
    assert wrong.returncode == 1 and "set the OSSIAC_PLANS_KEY secret" in wrong.stderr
    unsealed = run(
        ["bash", str(UNSEAL), str(tmp_path / "runner" / "sealed"), str(tmp_path / "back")],
        cwd=tmp_path,
        env={**os.environ, "PLANS_KEY": "k3y"},
    )
    assert unsealed.returncode == 0, unsealed.stderr
    back = tmp_path / "back"
    assert (back / "aa.tfplan").read_bytes() == b"secret variable values"
    assert oct(back.stat().st_mode & 0o777) == "0o700" and oct((back / "aa.tfplan").stat().st_mode & 0o777) == "0o600"


def test_plans_for_alibaba_cloud_are_never_uploaded_unencrypted(tmp_path):
    (tmp_path / "runner").mkdir()
    refused = _seal(tmp_path, _plans(tmp_path / "plans"), PLANS_KEY="", TARGET="alicloud")
    assert refused.returncode == 1 and "never uploaded unencrypted" in refused.stdout
    assert not list((tmp_path / "runner" / "sealed").iterdir())
    local = _seal(tmp_path, _plans(tmp_path / "plans2"), PLANS_KEY="", TARGET="local")
    assert local.returncode == 0 and (tmp_path / "runner" / "sealed" / "plans.tgz").exists()


@pytest.mark.parametrize(
    ("path", "job", "step"),
    [(DIFF, "diff", "Plan every stack and keep the plans"), (DRIFT, "drift", "Look for drift and plan the issues")],
)
def test_on_alibaba_cloud_each_stack_is_planned_with_its_read_role_and_no_credentials_action(tmp_path, path, job, step):
    """The plan step itself, run by bash with a stand-in `ossiac` that records its arguments: on alicloud
    ossiac exchanges the job's OIDC token per stack (`--assume-read-roles`); the local target needs none."""
    workflow_job = _load(path)["jobs"][job]
    assert not _uses(workflow_job, "aliyun/configure-aliyun-credentials-action")  # one role per stack, not per job
    assert "OSSIAC_PLAN_ROLE_ARN" not in path.read_text() and "OSSIAC_DRIFT_ROLE_ARN" not in path.read_text()
    stub = tmp_path / ".venv" / "bin" / "ossiac"
    stub.parent.mkdir(parents=True)
    stub.write_text('#!/bin/sh\nfor a in "$@"; do echo "$a"; done > "$ARGS_FILE"\n')
    stub.chmod(0o755)
    script = _step(workflow_job, step)["run"]
    seen = {}
    for target in ("alicloud", "local"):
        args_file = tmp_path / f"{target}.args"
        result = subprocess.run(
            ["bash", "-e", "-c", script],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "TARGET": target,
                "ALLOW": "",
                "PLANS": "plans",
                "ARGS_FILE": str(args_file),
                "GITHUB_OUTPUT": str(tmp_path / "out"),
            },
        )
        assert result.returncode == 0, result.stdout + result.stderr
        seen[target] = args_file.read_text().split("\n")
    assert "--assume-read-roles" in seen["alicloud"] and "--assume-read-roles" not in seen["local"]
    assert seen["alicloud"][:3] == [path.stem.removeprefix("ossiac-"), "--target", "alicloud"]
