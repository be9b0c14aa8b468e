"""Real Terraform against the local target: apply, drift from the console, import, split-resource resets."""

from __future__ import annotations

import json
import re

BUCKET = "ossiac-lt-assets"

ESTATE = f"""
resource "alicloud_kms_key" "key" {{
  description = "bucket key"
}}

resource "alicloud_oss_bucket" "assets" {{
  bucket = "{BUCKET}"
  tags   = {{ team = "media" }}
  server_side_encryption_rule {{
    sse_algorithm     = "KMS"
    kms_master_key_id = alicloud_kms_key.key.id
  }}
  # Settings managed by split resources, as the provider docs advise.
  lifecycle {{
    ignore_changes = [acl, versioning, cors_rule]
  }}
}}

resource "alicloud_oss_bucket_acl" "assets" {{
  bucket = alicloud_oss_bucket.assets.bucket
  acl    = "private"
}}

resource "alicloud_oss_bucket_versioning" "assets" {{
  bucket = alicloud_oss_bucket.assets.bucket
  status = "Enabled"
}}

resource "alicloud_oss_bucket_cors" "assets" {{
  bucket = alicloud_oss_bucket.assets.bucket
  cors_rule {{
    allowed_methods = ["GET", "HEAD"]
    allowed_origins = ["https://example.com"]
  }}
}}

resource "alicloud_vpc" "main" {{
  vpc_name   = "main"
  cidr_block = "10.0.0.0/16"
}}

resource "alicloud_vswitch" "a" {{
  vpc_id     = alicloud_vpc.main.id
  cidr_block = "10.0.1.0/24"
  zone_id    = "cn-hangzhou-h"
}}

output "endpoint" {{ value = alicloud_oss_bucket.assets.extranet_endpoint }}
output "internal" {{ value = alicloud_oss_bucket.assets.intranet_endpoint }}
output "vpc" {{ value = alicloud_vpc.main.id }}
output "vswitch" {{ value = alicloud_vswitch.a.id }}
output "key" {{ value = alicloud_kms_key.key.id }}
"""


def _outputs(local_cloud) -> dict:
    return {k: v["value"] for k, v in json.loads(local_cloud.tf("output", "-json").stdout).items()}


def test_apply_looks_real_and_plans_no_changes(local_cloud):
    local_cloud.write(ESTATE)
    assert "Resources: 7 added" in local_cloud.init_apply().stdout
    assert local_cloud.plan_exitcode()[0] == 0

    out = _outputs(local_cloud)
    assert out["endpoint"] == "oss-cn-hangzhou.aliyuncs.com"
    assert out["internal"] == "oss-cn-hangzhou-internal.aliyuncs.com"
    assert re.fullmatch(r"vpc-bp1[a-z0-9]{18}", out["vpc"]), out["vpc"]
    assert re.fullmatch(r"vsw-bp1[a-z0-9]{18}", out["vswitch"]), out["vswitch"]
    assert re.fullmatch(r"key-hzz[a-z0-9]{18}", out["key"]), out["key"]

    # One bucket record holds the settings every resource type wrote.
    bucket = json.loads(local_cloud.console("show", "alicloud_oss_bucket", BUCKET).stdout)
    assert bucket["settings"]["versioning"]["status"] == "Enabled"
    assert bucket["inline_view"]["server_side_encryption_rule"][0]["kms_master_key_id"] == out["key"]

    local_cloud.tf("destroy", "-auto-approve", "-no-color")
    assert local_cloud.console("list").stdout == ""


def test_console_change_shows_as_drift_on_the_managing_resource(local_cloud):
    local_cloud.write(ESTATE)
    local_cloud.init_apply()

    local_cloud.console("bucket", "set", BUCKET, "--acl", "public-read", "--tag", "env=prod")
    code, plan = local_cloud.plan_exitcode()
    assert code == 2
    assert "# alicloud_oss_bucket_acl.assets will be updated in-place" in plan
    assert '~ acl    = "public-read" -> "private"' in plan
    assert '- "env"  = "prod" -> null' in plan  # tags are managed inline on the bucket
    assert "Plan: 0 to add, 2 to change, 0 to destroy." in plan

    local_cloud.tf("apply", "-auto-approve", "-no-color")
    assert local_cloud.plan_exitcode()[0] == 0


def test_deleting_a_split_resource_resets_its_setting(local_cloud):
    local_cloud.write(f"""
resource "alicloud_oss_bucket" "b" {{
  bucket = "{BUCKET}"
  lifecycle {{
    ignore_changes = [acl]
  }}
}}

resource "alicloud_oss_bucket_acl" "b" {{
  bucket = alicloud_oss_bucket.b.bucket
  acl    = "public-read"
}}
""")
    local_cloud.init_apply()
    assert (
        json.loads(local_cloud.console("show", "alicloud_oss_bucket", BUCKET).stdout)["inline_view"]["acl"]
        == "public-read"
    )
    local_cloud.tf("apply", "-auto-approve", "-no-color", "-destroy", "-target=alicloud_oss_bucket_acl.b")
    assert (
        json.loads(local_cloud.console("show", "alicloud_oss_bucket", BUCKET).stdout)["inline_view"]["acl"] == "private"
    )


def test_bucket_created_out_of_band_is_adopted_with_import_blocks(local_cloud):
    local_cloud.console("bucket", "create", "legacy-bucket", "--acl", "public-read")
    local_cloud.console("bucket", "set", "legacy-bucket", "--versioning", "Enabled", "--tag", "team=data")
    local_cloud.write("""
import {
  to = alicloud_oss_bucket.legacy
  id = "legacy-bucket"
}

import {
  to = alicloud_oss_bucket_acl.legacy
  id = "legacy-bucket"
}

resource "alicloud_oss_bucket" "legacy" {
  bucket = "legacy-bucket"
  tags   = { team = "data" }
  versioning {
    status = "Enabled"
  }
  lifecycle {
    ignore_changes = [acl]
  }
}

resource "alicloud_oss_bucket_acl" "legacy" {
  bucket = alicloud_oss_bucket.legacy.bucket
  acl    = "public-read"
}
""")
    local_cloud.tf("init", "-input=false", "-no-color")
    code, plan = local_cloud.plan_exitcode()
    assert "Plan: 2 to import, 0 to add, 0 to change, 0 to destroy." in plan, plan
    local_cloud.tf("apply", "-auto-approve", "-no-color")
    assert local_cloud.plan_exitcode()[0] == 0
    state = local_cloud.tf("state", "list").stdout.split()
    assert state == ["alicloud_oss_bucket.legacy", "alicloud_oss_bucket_acl.legacy"]
