"""`ossiac scan` on a stack that adopts buckets: checkov cannot parse Terraform's `import` (nor
`moved`, `removed`) blocks, so the gate gives it the stack without them, and every resource is still
judged exactly as in the same stack without those blocks; an unknown top-level block is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness import REPO_ROOT, VENV_BIN, App, command_env, run
from ossiac.scan.checkov_input import addresses, checkov_copy

pytestmark = pytest.mark.slow  # checkov runs, about half a minute each

CHECKOV = REPO_ROOT / ".tools" / "checkov" / "bin" / "checkov"
STACK_FILE = "stacks:\n  - name: legacy\n    region: cn-hangzhou\n"


@pytest.fixture(scope="module")
def adopted(tmp_path_factory, local_target) -> App:
    """Two console buckets, one public-read, adopted with `ossiac import --all` and synthesized."""
    app = App(tmp_path_factory.mktemp("adopted"), "legacy.yaml")
    app.stack_file.write_text(STACK_FILE)
    app.ossiac_ok("localcloud", "bucket", "create", "legacy-site", "--acl", "public-read")
    app.ossiac_ok("localcloud", "bucket", "create", "legacy-plain")
    app.ossiac_ok("import", "--target", "local", "--all", "--stack", str(app.stack_file))
    app.synth()
    return app


def _stack(app: App) -> dict:
    return json.loads((app.stack_dir("legacy") / "cdk.tf.json").read_text())


def _scan(app: App, *args: str):
    return run([str(VENV_BIN / "ossiac"), "scan", *args], cwd=app.folder, env=app.env)


def _checkov_report(stack: dict, folder: Path) -> tuple[int, dict]:
    """The pinned checkov on its own over one stack, as a user's pipeline runs it: exit code and report."""
    folder.mkdir()
    (folder / "cdk.tf.json").write_text(json.dumps(stack, indent=2))
    result = run(
        [str(CHECKOV), "-f", "cdk.tf.json", "--framework", "terraform_json", "--skip-download", "-o", "json"],
        cwd=folder,
        env=command_env(HOME=str(folder), BC_SKIP_MAPPING="TRUE"),
    )
    report = json.loads(result.stdout)
    return result.returncode, report[0] if isinstance(report, list) else report


def _plain_checkov(stack: dict, folder: Path) -> dict:
    """{(check_id, resource): "passed" | "failed"} of the pinned checkov over one stack."""
    _, report = _checkov_report(stack, folder)
    assert report["summary"]["parsing_errors"] == 0
    return {
        (c["check_id"], c["resource"].rsplit(".", 1)[-1]): kind
        for kind in ("passed", "failed")
        for c in report["results"][f"{kind}_checks"]
    }


def test_checkov_alone_cannot_parse_the_adopted_stack(adopted, tmp_path):
    # Why the gate exists: plain checkov judges nothing in the file, and even exits 0.
    returncode, report = _checkov_report(_stack(adopted), tmp_path / "plain")
    summary = report["summary"]
    assert (summary["parsing_errors"], summary["passed"], summary["failed"], returncode) == (1, 0, 0, 0)


def test_the_adopted_stack_is_judged_resource_for_resource(adopted, tmp_path):
    stack = _stack(adopted)
    assert len(stack["import"]) == 6  # the bucket, its ACL and public access block, for each of the two

    result = _scan(adopted, "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    (scan,) = json.loads(result.stdout)
    assert scan["stack"] == "legacy" and scan["left_out"] == {"import": 6}

    # The same verdicts as checkov gives the stack with no import blocks at all: nothing skipped.
    expected = _plain_checkov({k: v for k, v in stack.items() if k != "import"}, tmp_path / "without-imports")
    judged = {(f["check_id"], f["resource"]): "failed" for f in scan["findings"]}
    assert scan["passed"] == sum(1 for kind in expected.values() if kind == "passed")
    assert judged == {key: kind for key, kind in expected.items() if kind == "failed"}
    # Every resource an import block adopts is in the stack checkov read, and each adopted bucket was judged.
    assert {block["to"] for block in stack["import"]} <= addresses(stack)
    for bucket in ("legacy-site", "legacy-plain"):
        assert any(f["resource"].startswith(f"bucket-{bucket}_bucket_") for f in scan["findings"]), bucket


def test_the_public_bucket_as_found_is_reported(adopted):
    text = _scan(adopted)
    assert text.returncode == 0, text.stdout + text.stderr
    assert "not given to checkov: 6 import block(s)" in text.stdout
    public = [line.strip() for line in text.stdout.splitlines() if "CKV_ALI_1 " in line]
    # Reported with the importer's written waiver, which asks for a review.
    assert len(public) == 1 and public[0].startswith("waived CKV_ALI_1 bucket-legacy-site_bucket_"), text.stdout
    assert "adopted as found from local on" in public[0]


def test_without_its_waiver_the_adopted_public_bucket_fails(adopted, tmp_path):
    copy = tmp_path / "stacks" / "legacy"
    copy.mkdir(parents=True)
    stack = _stack(adopted)
    (name,) = [n for n in stack["resource"]["alicloud_oss_bucket"] if n.startswith("bucket-legacy-site_")]
    del stack["resource"]["alicloud_oss_bucket"][name]["//"]["ossiac_waivers"]["CKV_ALI_1"]
    (copy / "cdk.tf.json").write_text(json.dumps(stack, indent=2))
    result = _scan(adopted, "--stacks-dir", str(tmp_path / "stacks"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"FAILED CKV_ALI_1 {name}: Alibaba Cloud OSS bucket accessible to public" in result.stdout


def test_moved_and_removed_blocks_are_left_out_and_an_unknown_block_is_refused(adopted, tmp_path):
    stack = _stack(adopted)
    (bucket,) = [a for a in addresses(stack) if a.startswith("alicloud_oss_bucket.bucket-legacy-plain_")]
    stack["moved"] = [{"from": "alicloud_oss_bucket.old_name", "to": bucket}]
    stack["removed"] = {"from": "alicloud_oss_bucket.gone", "lifecycle": {"destroy": False}}  # one, as an object
    stacks = tmp_path / "stacks"
    (stacks / "legacy").mkdir(parents=True)
    (stacks / "legacy" / "cdk.tf.json").write_text(json.dumps(stack))
    moved = _scan(adopted, "--json", "--stacks-dir", str(stacks))
    assert moved.returncode == 0, moved.stdout + moved.stderr
    assert json.loads(moved.stdout)[0]["left_out"] == {"import": 6, "moved": 1, "removed": 1}

    stack["ephemeral"] = {"random_password": {"p": {"length": 16}}}
    (stacks / "legacy" / "cdk.tf.json").write_text(json.dumps(stack))
    refused = _scan(adopted, "--stacks-dir", str(stacks))
    assert refused.returncode == 2
    assert f"{stacks / 'legacy' / 'cdk.tf.json'}: top-level block(s) 'ephemeral' are not known" in refused.stderr
    assert "allowed: //, terraform, provider, resource, data" in refused.stderr


def test_checkov_copy_keeps_every_block_but_the_state_moves(adopted, tmp_path):
    stack_file = adopted.stack_dir("legacy") / "cdk.tf.json"
    made = checkov_copy(stack_file, tmp_path)
    copy = json.loads(made.copy.read_text())
    assert made.copy == tmp_path / "legacy" / "cdk.tf.json" and made.left_out == {"import": 6}
    assert copy == {k: v for k, v in json.loads(stack_file.read_text()).items() if k != "import"}
