"""The committed bindings cover the pinned schema, and were generated from exactly that schema."""

from __future__ import annotations

import hashlib
import importlib
import json

import pytest

from harness import REPO_ROOT
from ossiac.paths import PROVIDER_SCHEMA_FILE

SCHEMA = json.loads(PROVIDER_SCHEMA_FILE.read_text())["provider_schemas"]["registry.terraform.io/aliyun/alicloud"]


def _bindings_for(module_name: str, tf_type: str) -> list[type]:
    """The construct classes in a binding module that synthesize `tf_type`.

    Class names are not derivable from the type: where a name collides with a nested block type
    (the bucket's `logging` block vs alicloud_oss_bucket_logging) the generator appends `A`.
    """
    module = importlib.import_module(f"cdktf_cdktf_provider_alicloud.{module_name}")
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type) and getattr(value, "TF_RESOURCE_TYPE", None) == tf_type
    ]


@pytest.mark.parametrize("resource_type", sorted(SCHEMA["resource_schemas"]))
def test_every_resource_has_a_typed_binding(resource_type):
    (binding,) = _bindings_for(resource_type.removeprefix("alicloud_"), resource_type)
    assert binding.__init__.__annotations__, "constructor arguments are typed"


@pytest.mark.parametrize("data_source", sorted(SCHEMA["data_source_schemas"]))
def test_every_data_source_has_a_typed_binding(data_source):
    (binding,) = _bindings_for(f"data_{data_source}", data_source)
    assert binding.__init__.__annotations__


def test_provider_binding_exists():
    from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider

    assert AlicloudProvider.TF_RESOURCE_TYPE == "alicloud"


def test_bindings_were_generated_from_the_committed_schema():
    recorded = (REPO_ROOT / "bindings" / "SCHEMA.sha256").read_text().split()
    assert recorded[0] == hashlib.sha256(PROVIDER_SCHEMA_FILE.read_bytes()).hexdigest(), (
        "the schema changed since the bindings were generated: run `make bindings`"
    )
    assert recorded[1] == "aliyun/alicloud@1.289.0"


def test_nested_blocks_are_typed():
    from cdktf_cdktf_provider_alicloud.oss_bucket import OssBucketServerSideEncryptionRule

    rule = OssBucketServerSideEncryptionRule(sse_algorithm="KMS", kms_master_key_id="key-1")
    assert rule.sse_algorithm == "KMS"
    with pytest.raises(TypeError):
        OssBucketServerSideEncryptionRule(sse_algorithm=3)
