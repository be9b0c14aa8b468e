"""checkov over every synthesized stack: 0 failed; a finding passes only with its written waiver.

Plain checkov (the pinned version, run as a user's own pipeline runs it) reads the same waivers
through the baseline and config synth writes, so it gives the same verdict as `ossiac scan`.
The gate fails closed: nothing checked, or no readable report, is an error."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from harness import REPO_ROOT, VENV_BIN, command_env, run, scratch_app, synth_main

pytestmark = pytest.mark.slow  # checkov runs over the whole estate, minutes each

CHECKOV = REPO_ROOT / ".tools" / "checkov" / "bin" / "checkov"
SITE_BUCKET = "bucket-ossiac-example-media-site_bucket_2C197795"


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory):
    folder = scratch_app(tmp_path_factory.mktemp("scan"), "estate")
    shutil.copy(REPO_ROOT / ".checkov.yaml", folder / ".checkov.yaml")
    synth_main(folder)
    return folder


def plain_checkov(args: list[str], cwd: Path, home: Path) -> dict:
    """The pinned checkov as a user runs it: no ossiac wrapper, config discovered on its own."""
    home.mkdir(exist_ok=True)
    env = command_env(HOME=str(home), BC_SKIP_MAPPING="TRUE")
    result = run([str(CHECKOV), *args, "--skip-download", "-o", "json"], cwd=cwd, env=env)
    report = json.loads(result.stdout)
    reports = report if isinstance(report, list) else [report]
    (tf_json,) = [r for r in reports if r.get("check_type") == "terraform_json"]
    failed = sum(r["summary"]["failed"] for r in reports)
    assert (result.returncode == 0) == (failed == 0), result.stderr[-2000:]
    return {"failed": failed, "tf_json": tf_json}


def waived_ids(report: dict) -> set[tuple[str, str]]:
    return {(c["check_id"], c["resource"].rsplit(".", 1)[-1]) for c in report["results"]["skipped_checks"]}


@pytest.fixture(scope="module")
def scans(synthesized, offline) -> list[dict]:
    result = run([*offline, str(VENV_BIN / "ossiac"), "scan", "--json"], cwd=synthesized)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def test_every_synthesized_stack_passes_checkov(scans):
    assert scans and all(scan["failed"] == 0 for scan in scans), scans
    assert all(scan["passed"] > 0 for scan in scans), "checkov ran checks"
    for scan in scans:
        for finding in scan["findings"]:
            assert len(finding["waiver"]) > 20, finding  # a reason in words, not a bare skip


def test_plain_checkov_agrees_from_the_root_and_on_cdktf_out(synthesized, scans, tmp_path):
    ours = {(f["check_id"], f["resource"]) for s in scans for f in s["findings"]}
    assert len(ours) >= 10  # the example estate's waived findings (14 before deduplication across stacks)
    for args, cwd in (
        (["-d", "cdktf.out", "--framework", "terraform_json"], synthesized),  # a CI pipeline's usual call
        (["-d", str(synthesized / "cdktf.out"), "--framework", "terraform_json"], tmp_path),  # from elsewhere
        (["-d", "."], synthesized),  # every framework, from the root
    ):
        report = plain_checkov(args, cwd, tmp_path / "home")
        assert report["failed"] == 0, (args, report["tf_json"]["results"].get("failed_checks"))
        assert waived_ids(report["tf_json"]) == ours, args
        assert report["tf_json"]["summary"]["skipped"] == 14, args


def test_a_waiver_removed_fails_plain_checkov_and_the_gate_alike(synthesized, tmp_path):
    copy = tmp_path / "app"
    shutil.copytree(synthesized, copy, symlinks=True)
    stack_file = copy / "cdktf.out" / "stacks" / "media" / "cdk.tf.json"
    stack = json.loads(stack_file.read_text())
    del stack["resource"]["alicloud_oss_bucket"][SITE_BUCKET]["//"]["ossiac_waivers"]["CKV_ALI_1"]
    stack_file.write_text(json.dumps(stack, indent=2))

    # The baseline is stale now: the gate says so rather than judge differently from plain checkov.
    stale = run([str(VENV_BIN / "ossiac"), "scan"], cwd=copy)
    assert stale.returncode == 2 and "does not match the waivers" in stale.stderr

    # Rewritten as synth writes it, both fail on exactly that finding.
    run(
        [
            sys.executable,
            "-c",
            "from pathlib import Path; from ossiac.scan.waiver_baseline import "
            "write_scanner_files; write_scanner_files(Path('cdktf.out'))",
        ],
        cwd=copy,
    ).check_returncode()
    report = plain_checkov(["-d", "cdktf.out", "--framework", "terraform_json"], copy, tmp_path / "home")
    failed = [(c["check_id"], c["resource"]) for c in report["tf_json"]["results"]["failed_checks"]]
    assert failed == [("CKV_ALI_1", f"alicloud_oss_bucket.{SITE_BUCKET}")]
    gate = run([str(VENV_BIN / "ossiac"), "scan"], cwd=copy)
    assert gate.returncode == 1
    assert [line.strip() for line in gate.stdout.splitlines() if "FAILED" in line] == [
        f"FAILED CKV_ALI_1 {SITE_BUCKET}: Alibaba Cloud OSS bucket accessible to public"
    ]


def test_the_baseline_names_each_resource_and_reason_never_a_whole_check(synthesized):
    baseline = json.loads((synthesized / "cdktf.out" / ".checkov.baseline").read_text())
    findings = [f for entry in baseline["failed_checks"] for f in entry["findings"]]
    assert findings
    for finding in findings:
        assert finding["resource"].split(".", 1)[0] in ("resource", "alicloud_oss_bucket"), finding
        assert sorted(finding["reasons"]) == finding["check_ids"] and all(finding["reasons"].values())
    config = (synthesized / "cdktf.out" / ".checkov.yaml").read_text()
    assert "skip-check" not in config and "output-baseline-as-skipped: true" in config


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


@pytest.mark.parametrize(
    "stack",
    [{"resource": {}}, {"resource": {"alicloud_vpc": {"v": {"vpc_name": "x"}}}}],
    ids=["empty", "nothing-checkov-checks"],
)
def test_nothing_checked_is_an_error_not_a_pass(tmp_path, stack):
    folder = tmp_path / "stacks" / "quiet"
    folder.mkdir(parents=True)
    (folder / "cdk.tf.json").write_text(json.dumps(stack))
    result = run([str(VENV_BIN / "ossiac"), "scan", "--stacks-dir", str(tmp_path / "stacks")], cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert "ran no check" in result.stderr and "0 passed, 0 failed" in result.stderr


def test_an_unreadable_report_is_an_error(tmp_path):
    folder = tmp_path / "stacks" / "one"
    folder.mkdir(parents=True)
    bucket = {"bucket": "open-bucket", "acl": "public-read"}
    (folder / "cdk.tf.json").write_text(json.dumps({"resource": {"alicloud_oss_bucket": {"open": bucket}}}))
    broken = tmp_path / "checkov"  # a scanner that crashes half-way through its report
    broken.write_text('#!/bin/sh\necho \'{"check_type": "terraform_json", "results": {\'\necho boom >&2\nexit 1\n')
    broken.chmod(0o755)
    result = run(
        [str(VENV_BIN / "ossiac"), "scan", "--stacks-dir", str(tmp_path / "stacks")],
        cwd=tmp_path,
        env=command_env(OSSIAC_CHECKOV=str(broken)),
    )
    assert result.returncode == 2, result.stdout
    assert "no readable report" in result.stderr and "boom" in result.stderr


def test_no_stacks_is_a_usage_error(tmp_path):
    result = run([str(VENV_BIN / "ossiac"), "scan", "--stacks-dir", str(tmp_path)], cwd=tmp_path)
    assert result.returncode == 2
    assert "no synthesized stacks" in result.stderr


def test_a_waiver_without_a_reason_waives_nothing(tmp_path):
    from ossiac.scan.waiver_baseline import build_baseline

    stack = tmp_path / "stacks" / "handwritten"
    stack.mkdir(parents=True)
    bucket = {
        "//": {"ossiac_waivers": {"CKV_ALI_12": " ", "CKV_ALI_11": "a paid feature the team does not use"}},
        "bucket": "quiet-bucket",
    }
    (stack / "cdk.tf.json").write_text(json.dumps({"resource": {"alicloud_oss_bucket": {"quiet": bucket}}}))
    (finding, _) = build_baseline(tmp_path / "stacks")["failed_checks"][0]["findings"]
    assert finding["check_ids"] == ["CKV_ALI_11"]
