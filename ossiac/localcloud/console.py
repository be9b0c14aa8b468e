"""What a person can do in the web console, applied straight to the local cloud (no Terraform).

Used by `ossiac localcloud` to make drift, create objects to import, and inspect the cloud.
Settings are written in their slice shape, so Terraform sees them on whichever resource manages them.
"""

from __future__ import annotations

import json
import time

from ossiac.localcloud import bucket as buckets, ids, records
from ossiac.localcloud.blobs import Blobs
from ossiac.localcloud.errors import CloudError
from ossiac.localcloud.identity import ACCOUNT_ID, DEFAULT_REGION
from ossiac.localcloud.records import BucketRecord, Record
from ossiac.localcloud.slices import inline_view
from ossiac.localcloud.store import Store

ACLS = ("private", "public-read", "public-read-write")
VERSIONING = ("Enabled", "Suspended")
SSE = ("AES256", "KMS", "SM4")


def _choice(value: str, allowed: tuple, what: str) -> None:
    if value not in allowed:
        raise CloudError("InvalidArgument", f"{what} {value!r} is not allowed; choose one of: {', '.join(allowed)}")


def list_objects(store: Store, type_name: str | None = None) -> list[tuple[str, str, str]]:
    """(type, id, region) of everything in the cloud, or of one type."""
    return store.index(type_name)  # reads no record bodies, so it works with a damaged one


def show(store: Store, type_name: str, rid: str) -> dict:
    record = store.get(type_name, rid)
    if record is None:
        raise CloudError("NotFound", f"no {type_name} {rid!r} in {store.path}", status=404)
    if type_name == buckets.TYPE:  # add the view Terraform's alicloud_oss_bucket reads
        record = {**record, "inline_view": inline_view(record["settings"])}
    return record


def create_bucket(
    store: Store,
    name: str,
    *,
    region: str = DEFAULT_REGION,
    acl: str = "private",
    storage_class: str = "Standard",
    redundancy_type: str = "LRS",
) -> BucketRecord:
    _choice(acl, ACLS, "acl")
    with store.transaction():
        record = buckets.new_record(
            name, region, origin="console", storage_class=storage_class, redundancy_type=redundancy_type, acl=acl
        )
        buckets.create(store, record)
    return record


def set_bucket(
    store: Store,
    name: str,
    *,
    acl: str | None = None,
    versioning: str | None = None,
    tags: dict | None = None,
    cors: list | None = None,
    referers: list | None = None,
    allow_empty_referer: bool | None = None,
    policy: str | None = None,
    sse: str | None = None,
    kms_key: str | None = None,
    clear: list | None = None,
) -> dict:
    """Change settings the way the console does (each like one OSS Put* call)."""
    with store.transaction():
        record = buckets.require(store, name, attribute=())
        settings = record["settings"]
        if acl is not None:
            _choice(acl, ACLS, "acl")
            settings["acl"] = {"acl": acl}
        if versioning is not None:
            _choice(versioning, VERSIONING, "versioning")
            settings["versioning"] = {"status": versioning}
        if tags:
            record["attributes"]["tags"] = {**(record["attributes"].get("tags") or {}), **tags}
        if cors is not None:
            settings["cors"] = {
                "response_vary": False,
                "cors_rule": [
                    {
                        "allowed_origins": r.get("allowed_origins"),
                        "allowed_methods": r.get("allowed_methods"),
                        "allowed_headers": r.get("allowed_headers"),
                        "expose_header": r.get("expose_header", r.get("expose_headers")),
                        "max_age_seconds": r.get("max_age_seconds"),
                    }
                    for r in cors
                ],
            }
        if referers is not None or allow_empty_referer is not None:
            old = settings.get("referer") or {}
            settings["referer"] = {
                "allow_empty_referer": old.get("allow_empty_referer", True)
                if allow_empty_referer is None
                else allow_empty_referer,
                "referer_list": referers if referers is not None else old.get("referer_list"),
                "referer_blacklist": old.get("referer_blacklist"),
                "allow_truncate_query_string": old.get("allow_truncate_query_string", True),
                "truncate_path": bool(old.get("truncate_path")),
            }  # OSS reports false when unset
        if policy is not None:
            json.loads(policy)  # the console refuses text that is not JSON
            settings["policy"] = {"policy": policy}
        if sse is not None:
            _choice(sse, SSE, "sse algorithm")
            if sse == "KMS" and kms_key:
                _console_key(store, kms_key, record["region"])
            settings["server_side_encryption"] = {
                "sse_algorithm": sse,
                "kms_master_key_id": kms_key,
                "kms_data_encryption": None,
            }
        for key in clear or []:
            if key == "tags":
                record["attributes"]["tags"] = None
            elif key == "acl":
                settings["acl"] = {"acl": "private"}
            else:
                settings[key] = None
        buckets.save(store, record)
    return record


def _console_key(store: Store, ref: str, region: str) -> None:
    """The console's key picker lists the KMS keys of the bucket's region only ("create a key in the same
    region as the bucket", https://www.alibabacloud.com/help/doc-detail/108880.htm, read 2026-12-04), so
    a key of another region, or one that does not exist, cannot be chosen there. (The API's
    PutBucketEncryption stores any ID: see ossiac/localprovider/checks/oss.py.)"""
    key_id = ref.rsplit("key/", 1)[1] if ref.startswith("acs:kms:") and "key/" in ref else ref
    arn_region = ref.split(":")[2] if ref.startswith("acs:kms:") else None
    key = store.get("alicloud_kms_key", key_id)
    key_region = (key or {}).get("region") or arn_region
    if key is None:
        raise CloudError(
            "KeyNotFound",
            f"No KMS key {ref!r} in region {region}: the console offers only the keys "
            f"of the bucket's region. Create one with `ossiac localcloud kms create-key --region {region}`.",
            status=404,
        )
    if key_region != region or (arn_region is not None and arn_region != region):
        raise CloudError(
            "InvalidArgument",
            f"KMS key {ref!r} is in region {key_region}, the bucket in {region}: "
            "OSS encrypts with a key of the bucket's own region.",
        )


def delete_bucket(store: Store, name: str, *, force: bool = False) -> None:
    with store.transaction():
        buckets.require(store, name, attribute=())
        blobs = buckets.delete(store, name, force=force)
    Blobs(store.root).delete_all(blobs)  # the bytes go once the records are gone


def create_kms_key(
    store: Store, *, region: str = DEFAULT_REGION, description: str | None = None, enabled: bool = True
) -> Record:
    kid = ids.kms_key_id(region)
    status = "Enabled" if enabled else "Disabled"
    attributes = {
        "id": kid,
        "arn": f"acs:kms:{region}:{ACCOUNT_ID}:key/{kid}",
        "description": description,
        "status": status,
        "key_state": status,
        "is_enabled": enabled,
        "key_spec": "Aliyun_AES_256",
        "key_usage": "ENCRYPT/DECRYPT",
        "origin": "Aliyun_KMS",
        "protection_level": "SOFTWARE",
        "automatic_rotation": "Disabled",
        "deletion_protection": "Disabled",
        "creation_date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "creator": ACCOUNT_ID,
    }
    record = records.new_record("alicloud_kms_key", kid, region, attributes, origin="console")
    with store.transaction():
        store.put("alicloud_kms_key", kid, record)
    return record


def set_kms_key(store: Store, key_id: str, *, enabled: bool) -> dict:
    with store.transaction():
        record = store.get("alicloud_kms_key", key_id)
        if record is None:
            raise CloudError("Forbidden.KeyNotFound", f"The specified KMS key {key_id!r} is not found.", status=404)
        status = "Enabled" if enabled else "Disabled"
        record["attributes"].update({"status": status, "key_state": status, "is_enabled": enabled})
        store.put("alicloud_kms_key", key_id, record)
    return record


def delete(store: Store, type_name: str, rid: str) -> None:
    if type_name == buckets.TYPE:
        delete_bucket(store, rid, force=True)
        return
    with store.transaction():
        if not store.delete(type_name, rid):
            raise CloudError("NotFound", f"no {type_name} {rid!r} in {store.path}", status=404)


def reset(store: Store) -> None:
    """Empty the local cloud (Terraform state elsewhere is not touched)."""
    store.clear()
