"""checkov over every synthesized stack: 0 failed; a finding passes only with its written waiver."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import VENV_BIN, run


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory):
    from conftest import REPO_ROOT

    folder = tmp_path_factory.mktemp("scan")
    for name in ("main.py", "cdktf.json"):
        (folder / name).write_text((REPO_ROOT / name).read_text())
    (folder / "estate").symlink_to(REPO_ROOT / "estate")
    result = run([sys.executable, "main.py"], cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_every_synthesized_stack_passes_checkov(synthesized, offline):
    result = run([*offline, str(VENV_BIN / "ossiac"), "scan", "--json"], cwd=synthesized)
    assert result.returncode == 0, result.stdout + result.stderr
    scans = json.loads(result.stdout)
    assert scans and all(scan["failed"] == 0 for scan in scans), scans
    assert all(scan["passed"] > 0 for scan in scans), "checkov ran checks"
    for scan in scans:
        for finding in scan["findings"]:
            assert len(finding["waiver"]) > 20, finding  # a reason in words, not a bare skip


def test_an_unwaived_finding_fails_the_gate(tmp_path):
    stack = tmp_path / "stacks" / "handwritten"
    stack.mkdir(parents=True)
    bucket = {"bucket": "open-bucket", "acl": "public-read", "versioning": {"status": "Enabled"}}
    (stack / "cdk.tf.json").write_text(json.dumps({"resource": {"alicloud_oss_bucket": {"open": bucket}}}))
    result = run([str(VENV_BIN / "ossiac"), "scan", "--stacks-dir", str(tmp_path / "stacks")], cwd=tmp_path)
    assert result.returncode == 1
    assert "FAILED CKV_ALI_1 open" in result.stdout
    assert "FAILED CKV_ALI_12 open" in result.stdout


def test_a_waiver_covers_only_its_own_check(tmp_path):
    stack = tmp_path / "stacks" / "handwritten"
    stack.mkdir(parents=True)
    bucket = {
        "//": {"ossiac_waivers": {"CKV_ALI_12": "logging is handled by the team's central log archive"}},
        "bucket": "quiet-bucket",
    }
    (stack / "cdk.tf.json").write_text(json.dumps({"resource": {"alicloud_oss_bucket": {"quiet": bucket}}}))
    result = run([str(VENV_BIN / "ossiac"), "scan", "--stacks-dir", str(tmp_path / "stacks")], cwd=tmp_path)
    assert "waived CKV_ALI_12 quiet: logging is handled" in result.stdout
    assert "FAILED CKV_ALI_10 quiet" in result.stdout
    assert result.returncode == 1


def test_no_stacks_is_a_usage_error(tmp_path):
    result = run([str(VENV_BIN / "ossiac"), "scan", "--stacks-dir", str(tmp_path)], cwd=tmp_path)
    assert result.returncode == 2
    assert "no synthesized stacks" in result.stderr
