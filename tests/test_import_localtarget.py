"""`ossiac import` on the local target: buckets made out of band are declared as found, the deploy
adopts them with no changes, and the next plan is empty."""

from __future__ import annotations

import json

import pytest

from harness import VENV_BIN, App, run
from ossiac.localcloud.store import Store

STACK_FILE = """# Legacy buckets, adopted with `ossiac import` (this comment must survive).
stacks:
  - name: legacy          # the stack the import adds to
    region: cn-hangzhou
"""

POLICY = {
    "Version": "1",
    "Statement": [
        {"Effect": "Allow", "Principal": ["*"], "Action": ["oss:GetObject"], "Resource": ["acs:oss:*:*:legacy-site/*"]}
    ],
}
CORS = [
    {
        "allowed_origins": ["https://app.example.com"],
        "allowed_methods": ["GET", "HEAD"],
        "allowed_headers": ["*"],
        "expose_header": ["ETag"],
        "max_age_seconds": 300,
    }
]


def _terraform(app: App, *args: str):
    return app.terraform("legacy", *args, "-input=false", "-no-color")


def _out_of_band(app: App) -> None:
    """Buckets made in the console (and, for what the console cannot set, straight in the records)."""
    (app.folder / "cors.json").write_text(json.dumps(CORS))
    (app.folder / "policy.json").write_text(json.dumps(POLICY))
    key = app.ossiac_ok("localcloud", "kms", "create-key", "--description", "legacy data key").stdout.strip()
    app.ossiac_ok("localcloud", "bucket", "create", "legacy-site", "--acl", "public-read")
    app.ossiac_ok(
        "localcloud",
        "bucket",
        "set",
        "legacy-site",
        "--versioning",
        "Enabled",
        "--tag",
        "team=web",
        "--cors-json",
        "cors.json",
        "--referer",
        "https://www.example.com",
        "--allow-empty-referer",
        "false",
        "--policy-json",
        "policy.json",
    )
    app.ossiac_ok("localcloud", "bucket", "create", "legacy-data", "--storage-class", "IA", "--redundancy-type", "ZRS")
    app.ossiac_ok(
        "localcloud",
        "bucket",
        "set",
        "legacy-data",
        "--sse",
        "KMS",
        "--kms-key",
        key,
        "--versioning",
        "Suspended",
        "--tag",
        "owner=data",
    )
    app.ossiac_ok("localcloud", "bucket", "create", "legacy-plain")
    store = Store(app.cloud)
    with store.transaction():
        record = store.get("alicloud_oss_bucket", "legacy-data")
        record["settings"]["logging"] = {"target_bucket": "legacy-plain", "target_prefix": "data/"}
        record["settings"]["website"] = {
            "index_document": [{"suffix": "index.html", "support_sub_dir": False, "type": None}],
            "error_document": [{"key": "404.html", "http_status": 404}],
            "routing_rules": [],
        }
        record["attributes"]["lifecycle_rule"] = [
            {
                "id": "cool-down",
                "enabled": True,
                "prefix": "logs/",
                "tags": None,
                "filter": [],
                "expiration": [
                    {"days": 400, "date": None, "created_before_date": None, "expired_object_delete_marker": None}
                ],
                "transitions": [
                    {
                        "days": 30,
                        "storage_class": "Archive",
                        "created_before_date": None,
                        "is_access_time": None,
                        "return_to_std_when_visit": None,
                    }
                ],
                "abort_multipart_upload": [],
                "noncurrent_version_expiration": [],
                "noncurrent_version_transition": [],
            }
        ]
        store.put("alicloud_oss_bucket", "legacy-data", record)


@pytest.fixture()
def app(tmp_path, local_target) -> App:
    app = App(tmp_path, "legacy.yaml")
    app.stack_file.write_text(STACK_FILE)
    _out_of_band(app)
    return app


def test_import_all_then_deploy_adopts_every_bucket_with_no_changes(app):
    imported = app.ossiac_ok("import", "--target", "local", "--all", "--stack", str(app.stack_file))
    assert "declared 3 bucket(s)" in imported.stdout
    text = app.stack_file.read_text()
    assert text.startswith("# Legacy buckets, adopted with `ossiac import` (this comment must survive).")
    assert "# the stack the import adds to" in text
    assert text.count("adopt: true") == 3
    for declared in (
        "versioning: Off",
        "algorithm: none",
        "kms_key_id: key-",
        "target_bucket: legacy-plain",
        "policy_document: |",
        "index_document: index.html",
        "id: cool-down",
        "storage_class: IA",
        "public_access_waiver: 'adopted as found from local on",
    ):
        assert declared in text, declared

    before = app.records()
    applied = app.apply("legacy")
    assert "0 changed, 0 destroyed" in applied, applied
    state = json.loads((app.folder / ".local" / "state" / "legacy.tfstate").read_text())
    adopted = {
        i["attributes"]["bucket"]
        for r in state["resources"]
        if r["type"] == "alicloud_oss_bucket"
        for i in r["instances"]
    }
    assert {"legacy-site", "legacy-data", "legacy-plain"} <= adopted

    plan = _terraform(app, "plan", "-detailed-exitcode")
    assert plan.returncode == 0, plan.stdout + plan.stderr  # 0: no changes, with `adopt: true` still set
    after = app.records()
    for name in ("legacy-site", "legacy-data", "legacy-plain"):
        assert after[name] == before[name], name


def test_a_bucket_already_declared_is_refused_and_nothing_is_written(app):
    app.ossiac_ok("import", "--target", "local", "--bucket", "legacy-plain", "--stack", str(app.stack_file))
    written = app.stack_file.read_text()
    again = app.ossiac("import", "--target", "local", "--all", "--stack", str(app.stack_file))
    assert again.returncode == 1
    assert "already declared" in again.stderr and "'legacy-plain' (stack 'legacy')" in again.stderr
    assert app.stack_file.read_text() == written


def test_an_unknown_bucket_is_refused_and_nothing_is_written(app):
    result = app.ossiac("import", "--target", "local", "--bucket", "no-such-bucket", "--stack", str(app.stack_file))
    assert result.returncode == 1
    assert "no such bucket on the local target: no-such-bucket" in result.stderr
    assert app.stack_file.read_text() == STACK_FILE


def _import_blocks(app: App) -> dict[str, str]:
    """`<resource type>` -> import ID of each import block in the synthesized stack."""
    stack = json.loads((app.stack_dir("legacy") / "cdk.tf.json").read_text())
    return {block["to"].split(".")[0]: block["id"] for block in stack.get("import", [])}


def test_a_console_bucket_without_policy_or_public_access_block_imports_as_found(tmp_path, local_target):
    app = App(tmp_path, "legacy.yaml")
    app.stack_file.write_text(STACK_FILE)
    app.ossiac_ok("localcloud", "bucket", "create", "console-bucket")
    settings = app.records()["console-bucket"]["settings"]
    assert "policy" not in settings and "public_access_block" not in settings  # neither was ever configured

    app.ossiac_ok("import", "--target", "local", "--bucket", "console-bucket", "--stack", str(app.stack_file))
    text = app.stack_file.read_text()
    # OSS answers GetBucketPublicAccessBlock with false for a bucket that never set it, and the
    # provider reads (imports) that answer: the bucket is declared as found, block off, with a waiver.
    assert "public_access_block: false" in text and "https_only: false" in text and "policy_document" not in text
    applied = app.apply("legacy")
    # Import blocks only for what the bucket has: the bucket, its ACL and its (default) public access block; no policy.
    assert _import_blocks(app) == {
        "alicloud_oss_bucket": "console-bucket",
        "alicloud_oss_bucket_acl": "console-bucket",
        "alicloud_oss_bucket_public_access_block": "console-bucket",
    }
    assert "Resources: 3 imported," in applied and "0 changed, 0 destroyed" in applied, applied
    assert _terraform(app, "plan", "-detailed-exitcode").returncode == 0
    after = app.records()["console-bucket"]["settings"]
    assert "policy" not in after and not (after.get("public_access_block") or {}).get("block_public_access")


def test_plain_terraform_import_of_a_console_bucket_imports_what_it_has(tmp_path, local_target):
    """The README's plain path: import the bucket and the settings it has; Terraform creates the rest."""
    app = App(tmp_path, "legacy.yaml")
    app.stack_file.write_text(STACK_FILE + "    buckets:\n      - name: console-bucket\n")
    app.ossiac_ok("localcloud", "bucket", "create", "console-bucket")
    app.synth()
    assert _terraform(app, "init").returncode == 0
    stack = json.loads((app.stack_dir("legacy") / "cdk.tf.json").read_text())
    address = {t: f"{t}.{next(iter(stack['resource'][t]))}" for t in stack["resource"]}

    def terraform_import(resource_type: str):
        args = [
            str(VENV_BIN / "terraform"),
            "import",
            "-input=false",
            "-no-color",
            address[resource_type],
            "console-bucket",
        ]
        return run(args, cwd=app.stack_dir("legacy"), env=app.env)

    for resource_type in ("alicloud_oss_bucket", "alicloud_oss_bucket_acl"):
        imported = terraform_import(resource_type)
        assert imported.returncode == 0, imported.stdout + imported.stderr
    # A setting the bucket does not have cannot be imported: OSS has nothing to read.
    missing = terraform_import("alicloud_oss_bucket_policy")
    assert missing.returncode == 1 and "NoSuchBucketPolicy" in missing.stdout + missing.stderr
    plan = _terraform(app, "plan")
    assert plan.returncode == 0, plan.stdout + plan.stderr
    for created in ("alicloud_oss_bucket_policy", "alicloud_oss_bucket_public_access_block"):
        assert f"# {address[created]} will be created" in plan.stdout, created
