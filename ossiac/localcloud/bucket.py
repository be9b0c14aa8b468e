"""OSS buckets in the local cloud: one record per bucket holding the bucket and all its settings.

Like OSS itself, a bucket is one object with sub-resources (ACL, CORS, referer, website, ...).
Terraform reaches those settings through `alicloud_oss_bucket` (inline blocks) and through the
split resources (`alicloud_oss_bucket_acl`, ...); both read and write the same record, so a change
from either side, or from the console, is visible to the others. See `slices.py`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from ossiac.localcloud.errors import CloudError
from ossiac.localcloud.identity import ACCOUNT_ID, DEFAULT_RESOURCE_GROUP
from ossiac.localcloud.records import BucketRecord
from ossiac.localcloud.store import Store
from ossiac_props.bucket_names import is_bucket_name

TYPE = "alicloud_oss_bucket"
OBJECT_TYPE = "alicloud_oss_bucket_object"
VERSION_TYPE = "localcloud_object_version"  # noncurrent versions and delete markers (the API's)
UPLOAD_TYPE = "localcloud_multipart_upload"  # multipart uploads not yet completed or aborted
CONTENT_TYPES = (OBJECT_TYPE, VERSION_TYPE, UPLOAD_TYPE)  # what keeps a bucket from being empty

# OSS's own wording of the rule, for its InvalidBucketName error; the rule itself is the props layer's
NAME_RULE = (
    "Bucket names must be 3-63 characters long, contain only lowercase letters, digits and "
    "hyphens (-), and start and end with a lowercase letter or digit."
)


def valid_name(name: object) -> bool:
    """OSS's bucket-name rule, the one the props layer checks declarations with."""
    return is_bucket_name(name)


def validate_name(name: object) -> None:
    if not valid_name(name):
        raise CloudError(
            "InvalidBucketName", f"The specified bucket name {name!r} is not valid. {NAME_RULE}", attribute=("bucket",)
        )


def computed_attributes(name: str, region: str) -> dict[str, Any]:
    """What OSS reports about a new bucket (GetBucketInfo), in the provider's attribute names.

    The provider's `extranet_endpoint`/`intranet_endpoint` are the region endpoints (no bucket
    name): `oss-<region>.aliyuncs.com` and `oss-<region>-internal.aliyuncs.com`.
    """
    return {
        "id": name,
        "bucket": name,
        "creation_date": time.strftime("%Y-%m-%d", time.gmtime()),
        "extranet_endpoint": f"oss-{region}.aliyuncs.com",
        "intranet_endpoint": f"oss-{region}-internal.aliyuncs.com",
        "location": f"oss-{region}",
        "owner": ACCOUNT_ID,
        "resource_group_id": DEFAULT_RESOURCE_GROUP,
    }


def bucket_host(name: str, region: str, internal: bool = False) -> str:
    return f"{name}.oss-{region}{'-internal' if internal else ''}.aliyuncs.com"


def new_record(
    name: str,
    region: str,
    *,
    origin: str,
    storage_class: str = "Standard",
    redundancy_type: str = "LRS",
    acl: str = "private",
) -> BucketRecord:
    attributes = computed_attributes(name, region)
    attributes.update({"storage_class": storage_class, "redundancy_type": redundancy_type})
    return {
        "type": TYPE,
        "id": name,
        "region": region,
        "origin": origin,
        "attributes": attributes,
        "settings": {"acl": {"acl": acl}},
    }


def get(store: Store, name: str) -> dict[str, Any] | None:
    return store.get(TYPE, name)


def require(store: Store, name: object, attribute: tuple = ("bucket",)) -> dict[str, Any]:
    record = get(store, name) if isinstance(name, str) else None
    if record is None:
        raise CloudError(
            "NoSuchBucket", f"The specified bucket {name!r} does not exist.", attribute=attribute, status=404
        )
    return record


def save(store: Store, record: Mapping[str, Any]) -> None:
    store.put(TYPE, record["id"], record)


def create(store: Store, record: Mapping[str, Any]) -> None:
    validate_name(record["id"])
    if store.get(TYPE, record["id"]) is not None:
        raise CloudError(
            "BucketAlreadyExists",
            f"The requested bucket name {record['id']!r} is not available: bucket names are unique "
            "across the (local) cloud. Choose another name, or adopt the existing bucket with "
            "an import block / `terraform import`.",
            attribute=("bucket",),
            status=409,
        )
    save(store, record)


def objects_in(store: Store, name: str) -> list[dict]:
    return store.in_bucket(OBJECT_TYPE, name)


def content_of(store: Store, name: str) -> list[dict]:
    """Everything that keeps a bucket from being empty: objects, old versions, unfinished uploads."""
    return [record for type_name in CONTENT_TYPES for record in store.in_bucket(type_name, name)]


def _blobs_of(record: dict) -> list[str]:
    stored = record.get("object") or {}
    parts = record.get("parts") or {}  # an unfinished multipart upload's parts
    return [b for b in [stored.get("blob"), *(p.get("blob") for p in parts.values() if isinstance(p, dict))] if b]


def delete(store: Store, name: str, *, force: bool) -> list[str]:
    """Deletes the bucket (with everything in it when forced); returns the blobs to remove once committed."""
    content = content_of(store, name)
    if content and not force:
        raise CloudError(
            "BucketNotEmpty",
            f"The bucket {name!r} you tried to delete is not empty "
            f"({len(content)} objects, versions or uploads). Delete them first or set "
            "force_destroy = true.",
            status=409,
        )
    blobs = []
    for record in content:
        blobs += _blobs_of(record)
        store.delete(record["type"], _store_id(record, name))
    store.delete(TYPE, name)
    return blobs


def _store_id(record: dict, bucket: str) -> str:
    if record["type"] == OBJECT_TYPE:
        return f"{bucket}/{record['id']}"
    return record["id"]
