"""The pull-request workflow is valid GitHub Actions syntax and drives `ossiac diff` as designed."""

from __future__ import annotations

import yaml

from conftest import REPO_ROOT, VENV_BIN, run
from ossiac.workflows.render import MARKER

WORKFLOW = REPO_ROOT / ".github" / "workflows" / "ossiac-diff.yml"


def test_workflow_validates_against_the_github_workflow_schema(offline):
    # check-jsonschema ships the workflow schema, so this runs without a network.
    result = run([*offline, str(VENV_BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
                 cwd=REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_runs_on_pull_requests_posts_one_comment_and_fails_on_the_guard():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key `on` as True
    steps = workflow["jobs"]["diff"]["steps"]
    scripts = "\n".join(str(step.get("run", "")) + str(step.get("with", {}).get("script", "")) for step in steps)
    assert "make setup" in scripts
    assert "ossiac diff --target" in scripts and "--format markdown" in scripts
    assert MARKER in scripts, "the comment is found again by the marker ossiac diff writes"
    assert "updateComment" in scripts and "createComment" in scripts
    assert steps[-1]["if"] == "steps.diff.outputs.exit_code != '0'"
