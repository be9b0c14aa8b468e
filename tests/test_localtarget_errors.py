"""The local target rejects what the real APIs reject, as Terraform diagnostics with the service's error code."""

from __future__ import annotations

import pytest

CASES = {
    "bucket name": (
        'resource "alicloud_oss_bucket" "b" {\n  bucket = "Bad_Name"\n}\n',
        [
            "InvalidBucketName: The specified bucket name 'Bad_Name' is not valid.",
            "Bucket names must be 3-63 characters long, contain only lowercase letters, digits and hyphens",
        ],
    ),
    "acl": (
        'resource "alicloud_oss_bucket" "b" {\n  bucket = "ossiac-acl"\n  acl = "public"\n}\n',
        ['InvalidArgument: expected acl to be one of "private", "public-read", "public-read-write"; got "public"'],
    ),
    "split acl": (
        'resource "alicloud_oss_bucket_acl" "a" {\n  bucket = "ossiac-acl"\n  acl = "public"\n}\n',
        ["InvalidArgument: expected acl to be one of private, public-read, public-read-write; got 'public'"],
    ),
    "11 cors rules": (
        """
resource "alicloud_oss_bucket_cors" "c" {
  bucket = "ossiac-cors"
  dynamic "cors_rule" {
    for_each = range(11)
    content {
      allowed_methods = ["GET", "PATCH"]
      allowed_origins = ["https://site${cors_rule.value}.example.com"]
    }
  }
}
""",
        [
            "InvalidArgument: A bucket can have at most 10 CORS rules; 11 were given.",
            "Error: InvalidArgument: CORS allowed method 'PATCH' is not supported; allowed: GET, PUT, POST, DELETE, HEAD.",
        ],
    ),
    "policy document": (
        """
resource "alicloud_ram_policy" "p" {
  policy_name     = "bad"
  policy_document = jsonencode({ Version = "1", Statement = [{ Effect = "Allow", Action = ["oss:GetObject"] }] })
}
""",
        ["MalformedPolicyDocument: The policy document in policy_document is malformed: Statement[0] has no Resource."],
    ),
    "vpc cidr": (
        'resource "alicloud_vpc" "v" {\n  cidr_block = "10.0.0.1/16"\n}\n',
        ["InvalidCidrBlock.Malformed: cidr_block '10.0.0.1/16' is not a valid IPv4 CIDR block"],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_invalid_configuration_fails_at_plan_with_a_clear_diagnostic(local_cloud, case):
    hcl, expected = CASES[case]
    local_cloud.write(hcl)
    local_cloud.tf("init", "-input=false", "-no-color")
    result = local_cloud.tf("plan", "-input=false", "-no-color", check=False)
    assert result.returncode == 1
    errors = " ".join(result.stderr.split())  # Terraform wraps long lines
    assert f"Error: {expected[0]}" in errors, result.stderr
    for text in expected[1:]:
        assert text in errors, result.stderr


APPLY_CASES = {
    # (A missing SSE-KMS key is not refused when the bucket's encryption is set: OSS stores the ID as given,
    # see test_localprovider_parity; objects written through it fail, see test_endpoint_objects.)
    "kms alias to a missing key": (
        """
resource "alicloud_kms_alias" "a" {
  alias_name = "alias/ossiac-missing"
  key_id     = "key-hzz000000000000000000"
}
""",
        "Forbidden.KeyNotFound: The specified KMS key 'key-hzz000000000000000000' is not found.",
    ),
    "vswitch outside its vpc": (
        """
resource "alicloud_vpc" "v" {
  cidr_block = "10.0.0.0/16"
}

resource "alicloud_vswitch" "s" {
  vpc_id     = alicloud_vpc.v.id
  cidr_block = "10.1.0.0/24"
  zone_id    = "cn-hangzhou-h"
}
""",
        "InvalidCidrBlock.Mismatch: The vSwitch CIDR 10.1.0.0/24 is not inside its VPC's CIDR 10.0.0.0/16",
    ),
    "vpn connection without gateway": (
        """
resource "alicloud_vpn_customer_gateway" "cgw" {
  ip_address = "203.0.113.10"
}

resource "alicloud_vpn_connection" "c" {
  vpn_gateway_id      = "vpn-bp1doesnotexist0000000"
  customer_gateway_id = alicloud_vpn_customer_gateway.cgw.id
  local_subnet        = ["10.0.0.0/16"]
  remote_subnet       = ["192.168.0.0/16"]
}
""",
        "InvalidVpnGatewayInstanceId.NotFound: The specified VPN gateway 'vpn-bp1doesnotexist0000000' does not exist.",
    ),
}


@pytest.mark.parametrize("case", APPLY_CASES)
def test_reference_to_missing_or_wrong_object_fails_at_apply(local_cloud, case):
    hcl, expected = APPLY_CASES[case]
    local_cloud.write(hcl)
    local_cloud.tf("init", "-input=false", "-no-color")
    result = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color", check=False)
    assert result.returncode == 1
    assert f"Error: {expected}" in " ".join(result.stderr.split()), result.stderr


def test_bucket_names_are_unique_in_the_local_cloud(local_cloud):
    local_cloud.console("bucket", "create", "ossiac-taken")
    local_cloud.write('resource "alicloud_oss_bucket" "b" {\n  bucket = "ossiac-taken"\n}\n')
    local_cloud.tf("init", "-input=false", "-no-color")
    result = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color", check=False)
    assert result.returncode == 1
    assert "Error: BucketAlreadyExists: The requested bucket name 'ossiac-taken' is not available" in " ".join(
        result.stderr.split()
    )
