"""How each resource type maps onto the local cloud's records (an "adapter" per family).

An adapter has create(planned), update(prior, planned), read(state), delete(prior) and
import_state(id). States are plain dicts (cty values decoded); planned values may hold UNKNOWN.
"""

from __future__ import annotations

from ossiac.localcloud.slices import BY_SPLIT_TYPE
from ossiac.localprovider.resources.bucket import BucketAdapter
from ossiac.localprovider.resources.bucket_setting import BucketSettingAdapter
from ossiac.localprovider.resources.generic import GenericAdapter


def adapter_for(kind, cloud):
    if kind.name == "alicloud_oss_bucket":
        return BucketAdapter(kind, cloud)
    if kind.name in BY_SPLIT_TYPE:
        return BucketSettingAdapter(kind, cloud, BY_SPLIT_TYPE[kind.name])
    return GenericAdapter(kind, cloud)
