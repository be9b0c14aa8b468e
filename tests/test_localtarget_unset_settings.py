"""Settings OSS always reports are imported from a bucket that never set them, as the real provider
imports them (v1.289.0: its Describe* finds the setting whenever the Get call answers 200, and OSS
answers false / BucketOwner / Disabled for a bucket that never set block public access, request
payment or access monitoring). Transfer acceleration is different: OSS answers 404, so there is
nothing to import.
"""

from __future__ import annotations

BUCKET = """
resource "alicloud_oss_bucket" "b" {
  bucket = "never-set"
}
"""

IMPORTS = """
import {
  to = alicloud_oss_bucket_public_access_block.b
  id = "never-set"
}
resource "alicloud_oss_bucket_public_access_block" "b" {
  bucket              = alicloud_oss_bucket.b.bucket
  block_public_access = false
}
import {
  to = alicloud_oss_bucket_request_payment.b
  id = "never-set"
}
resource "alicloud_oss_bucket_request_payment" "b" {
  bucket = alicloud_oss_bucket.b.bucket
  payer  = "BucketOwner"
}
import {
  to = alicloud_oss_bucket_access_monitor.b
  id = "never-set"
}
resource "alicloud_oss_bucket_access_monitor" "b" {
  bucket = alicloud_oss_bucket.b.bucket
  status = "Disabled"
}
"""

ACCELERATION = """
import {
  to = alicloud_oss_bucket_transfer_acceleration.b
  id = "never-set"
}
resource "alicloud_oss_bucket_transfer_acceleration" "b" {
  bucket  = alicloud_oss_bucket.b.bucket
  enabled = false
}
"""


def test_settings_oss_always_reports_import_from_a_bucket_that_never_set_them(local_cloud):
    local_cloud.write(BUCKET)
    local_cloud.init_apply()
    local_cloud.write(BUCKET + IMPORTS)
    applied = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color")
    assert "Resources: 3 imported, 0 added, 0 changed, 0 destroyed" in applied.stdout, applied.stdout
    shown = local_cloud.tf("state", "show", "-no-color", "alicloud_oss_bucket_public_access_block.b").stdout
    assert "block_public_access = false" in shown
    assert local_cloud.plan_exitcode()[0] == 0


def test_transfer_acceleration_never_set_is_not_found(local_cloud):
    local_cloud.write(BUCKET)
    local_cloud.init_apply()
    local_cloud.write(BUCKET + ACCELERATION)
    planned = local_cloud.tf("plan", "-input=false", "-no-color", check=False)
    assert planned.returncode == 1, planned.stdout
    assert "NoSuch" in planned.stderr or "no transfer acceleration" in planned.stderr, planned.stderr
