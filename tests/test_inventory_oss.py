"""Stack inventory on the alicloud target: the stacks whose state is in the OSS backend's bucket,
read through Alibaba's OSS SDK (alibabacloud-oss-v2).

No network: the SDK is given an HTTP client that answers like OSS (ListObjectsV2, GetObject,
DeleteObject), so the SDK's own request building and XML parsing are what is tested."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, unquote, urlsplit

import alibabacloud_oss_v2 as oss
import pytest

from harness import oss_response
from ossiac.targets import inventory

TARGETS = """alicloud:
  region: cn-hangzhou
  state:
    bucket: acme-terraform-state
    prefix: ossiac
    region: cn-hangzhou
    tablestore_endpoint: https://acme-lock.cn-hangzhou.ots.aliyuncs.com
    tablestore_table: terraform_lock
"""
PROVIDER = 'provider["registry.terraform.io/aliyun/alicloud"]'


def _state(*buckets: str) -> str:
    return json.dumps(
        {
            "version": 4,
            "serial": 3,
            "resources": [
                {
                    "mode": "managed",
                    "type": "alicloud_oss_bucket",
                    "name": b,
                    "provider": PROVIDER,
                    "instances": [{"attributes": {"bucket": b, "location": "oss-cn-hangzhou", "id": b}}],
                }
                for b in buckets
            ],
        }
    )


class StateBucket(oss.types.HttpClient):
    """The state bucket: objects by key; lists with prefix and delimiter as OSS does."""

    def __init__(self, objects: dict[str, str]) -> None:
        self.objects = dict(objects)
        self.hosts: set[str] = set()

    def send(self, request, **kwargs):
        url = urlsplit(request.url)
        self.hosts.add(url.hostname)
        key = unquote(url.path.lstrip("/"))
        query = parse_qs(url.query, keep_blank_values=True)
        if request.method == "GET" and not key and query.get("list-type") == ["2"]:
            prefix = query.get("prefix", [""])[0]
            keys = [k for k in sorted(self.objects) if k.startswith(prefix) and "/" not in k[len(prefix) :]]
            contents = "".join(
                f"<Contents><Key>{k}</Key><LastModified>2026-11-02T10:00:00.000Z</LastModified>"
                f'<ETag>"E"</ETag><Size>{len(self.objects[k])}</Size><StorageClass>Standard'
                "</StorageClass></Contents>"
                for k in keys
            )
            return oss_response(
                request,
                200,
                f"<ListBucketResult><Name>acme-terraform-state</Name><Prefix>{prefix}"
                f"</Prefix><MaxKeys>100</MaxKeys><Delimiter>/</Delimiter><IsTruncated>false"
                f"</IsTruncated><KeyCount>{len(keys)}</KeyCount>{contents}</ListBucketResult>",
            )
        if request.method == "GET" and key in self.objects:
            return oss_response(request, 200, self.objects[key])
        if request.method == "DELETE":
            self.objects.pop(key, None)
            return oss_response(request, 204, "")
        raise AssertionError(f"unexpected {request.method} {request.url}")

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.fixture()
def state_bucket(tmp_path, monkeypatch) -> StateBucket:
    (tmp_path / "targets.yaml").write_text(TARGETS)
    monkeypatch.setenv("OSSIAC_TARGETS_FILE", str(tmp_path / "targets.yaml"))
    monkeypatch.setenv("ALICLOUD_ACCESS_KEY", "LTAI-test")
    monkeypatch.setenv("ALICLOUD_SECRET_KEY", "test-secret")
    bucket = StateBucket(
        {
            "ossiac/media.tfstate": _state("media-assets", "media-site"),
            "ossiac/empty.tfstate": _state(),
            "ossiac/notes.txt": "not a state",
            "ossiac/env:/staging/media.tfstate": _state("other-workspace"),
            "elsewhere/site.tfstate": _state("not-ours"),
        }
    )
    default = oss.config.load_default

    def with_fake_transport():
        config = default()
        config.http_client = bucket
        return config

    monkeypatch.setattr(oss.config, "load_default", with_fake_transport)
    return bucket


def test_the_oss_backend_prefix_lists_the_stacks_that_have_state(tmp_path, state_bucket):
    found = inventory.stacks_with_state(tmp_path, "alicloud")
    assert list(found) == ["media"]  # an emptied state is none; other prefixes and workspaces are not ours
    assert found["media"].buckets == ["media-assets", "media-site"]
    assert found["media"].location == "oss://acme-terraform-state/ossiac/media.tfstate"
    assert state_bucket.hosts == {"acme-terraform-state.oss-cn-hangzhou.aliyuncs.com"}
    assert [s.stack for s in inventory.orphaned(tmp_path, "alicloud", {"site"})] == ["media"]


def test_forget_deletes_the_state_object(tmp_path, state_bucket):
    inventory.forget(tmp_path, "alicloud", "media")
    assert "ossiac/media.tfstate" not in state_bucket.objects
    assert inventory.stacks_with_state(tmp_path, "alicloud") == {}


def test_a_damaged_state_object_is_named(tmp_path, state_bucket):
    state_bucket.objects["ossiac/media.tfstate"] = '{"version": 4, "ser'
    with pytest.raises(inventory.TargetError, match="oss://acme-terraform-state/ossiac/media.tfstate: not a complete"):
        inventory.stacks_with_state(tmp_path, "alicloud")
