"""How each resource type maps onto the local cloud's records: one adapter per family (adapter.py's contract).

The registry names the types with their own adapter; every other type is a generic record of its attributes.
"""

from __future__ import annotations

from ossiac.localcloud.slices import BY_SPLIT_TYPE, Slice
from ossiac.localprovider.context import Cloud
from ossiac.localprovider.resources.adapter import AdapterFactory, ResourceAdapter
from ossiac.localprovider.resources.bucket import BucketAdapter
from ossiac.localprovider.resources.bucket_setting import BucketSettingAdapter
from ossiac.localprovider.resources.generic import GenericAdapter
from ossiac.localprovider.schema import Kind


def _setting(spec: Slice) -> AdapterFactory:
    return lambda kind, cloud: BucketSettingAdapter(kind, cloud, spec)


REGISTRY: dict[str, AdapterFactory] = {
    "alicloud_oss_bucket": BucketAdapter,
    # One split resource per bucket setting (alicloud_oss_bucket_cors, ...): a slice of the bucket's record.
    **{type_name: _setting(spec) for type_name, spec in BY_SPLIT_TYPE.items()},
}


def adapter_for(kind: Kind, cloud: Cloud) -> ResourceAdapter:
    return REGISTRY.get(kind.name, GenericAdapter)(kind, cloud)
