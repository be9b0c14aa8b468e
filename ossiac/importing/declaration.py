"""Discovered bucket settings -> the bucket's YAML declaration, stating every setting as found.

Discovery (local records or the OSS API) fills a `DiscoveredBucket` in one neutral shape; this
module turns it into the mapping a stack file's `buckets:` list holds. The declaration adopts the
bucket (`adopt: true`) and keeps its settings exactly: nothing the bucket lacks is added, so the
first deploy imports it with no changes. Values equal to BucketProps' defaults are left out;
where the bucket falls short of a security default, the weaker value is written out by name with
a reason in `waivers` (public ACLs in `public_access_waiver`) for a reviewer to see.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from ossiac_props.bucket_policy import deny_insecure_transport


class ImportProblem(Exception):
    """A bucket cannot be declared as found; the message says which bucket and why."""


@dataclass
class DiscoveredBucket:
    """A bucket's settings as discovered. None means "not configured" on the bucket."""

    name: str
    region: str
    storage_class: str = "Standard"
    redundancy_type: str = "LRS"
    acl: str = "private"
    tags: dict[str, str] = field(default_factory=dict)
    versioning: str | None = None
    """Enabled, Suspended, or None (never enabled)."""
    encryption: dict | None = None
    """{algorithm: KMS|AES256|SM4, kms_key_id, kms_data_encryption} or None (no default encryption)."""
    logging: dict | None = None
    """{target_bucket, target_prefix} or None (off)."""
    policy: str | None = None
    cors: list[dict] = field(default_factory=list)
    """Rules in CorsRule's keys: allowed_origins, allowed_methods, allowed_headers, expose_headers, max_age_seconds."""
    referer: dict | None = None
    """RefererProps' keys: whitelist, blacklist, allow_empty, allow_truncate_query_string, truncate_path."""
    website: dict | None = None
    """WebsiteProps' keys: index_document, error_document, error_status, support_sub_dir."""
    lifecycle: list[dict] = field(default_factory=list)
    """Rules in LifecycleRule's keys."""
    transfer_acceleration: bool = False
    public_access_block: bool | None = None
    """The block as configured; None: no public access block setting on the bucket."""
    unsupported: list[str] = field(default_factory=list)
    """Settings the bucket has that a declaration cannot state (adopting would change them)."""


def as_found_reason(target: str, date: datetime.date | None = None) -> str:
    day = (date or datetime.date.today()).isoformat()
    return f"adopted as found from {target} on {day}: review"


def declaration(bucket: DiscoveredBucket, target: str, date: datetime.date | None = None) -> dict:
    """The bucket's YAML mapping (insertion order is the order written)."""
    if bucket.unsupported:
        raise ImportProblem(
            f"bucket {bucket.name!r} has settings a stack file cannot declare: {'; '.join(bucket.unsupported)}. "
            "Adopting it would change them; remove them first, or adopt it with plain `terraform import` "
            "(docs/importing.md)"
        )
    reason = as_found_reason(target, date)
    waivers: dict[str, str] = {}
    out: dict = {"name": bucket.name, "adopt": True}
    if bucket.acl != "private":
        out["acl"] = bucket.acl
        out["public_access_waiver"] = reason
    if bucket.storage_class != "Standard":
        out["storage_class"] = bucket.storage_class
    if bucket.redundancy_type != "LRS":
        out["redundancy_type"] = bucket.redundancy_type
    if bucket.tags:
        out["tags"] = dict(bucket.tags)

    if bucket.versioning is None:
        out["versioning"] = "Off"
        waivers["versioning"] = reason
    elif bucket.versioning != "Enabled":
        out["versioning"] = bucket.versioning

    out["encryption"] = _encryption(bucket, waivers, reason)
    if out["encryption"] is None:
        del out["encryption"]

    if bucket.logging is None:
        out["logging"] = {"enabled": False}
        waivers["logging"] = reason
    else:
        out["logging"] = {
            "target_bucket": bucket.logging["target_bucket"],
            "target_prefix": bucket.logging.get("target_prefix") or "",
        }

    if bucket.policy is None or bucket.policy != deny_insecure_transport(bucket.name):
        out["https_only"] = False
        if bucket.policy is not None:
            out["policy_document"] = bucket.policy

    secure_block = bucket.acl == "private"
    if bucket.public_access_block is None:
        out["public_access_block"] = "unmanaged"
        waivers["public_access_block"] = reason
    elif bucket.public_access_block != secure_block:
        out["public_access_block"] = bucket.public_access_block
        if not bucket.public_access_block:
            waivers["public_access_block"] = reason

    if bucket.cors:
        out["cors"] = [_drop_empty(rule) for rule in bucket.cors]
    if bucket.referer is not None:
        out["referer"] = _drop_empty(bucket.referer)
    if bucket.website is not None:
        out["website"] = _drop_empty(bucket.website)
    if bucket.lifecycle:
        out["lifecycle"] = [_lifecycle_rule(rule) for rule in bucket.lifecycle]
    if bucket.transfer_acceleration:
        out["transfer_acceleration"] = True
    if waivers:
        out["waivers"] = waivers
    return out


def _encryption(bucket: DiscoveredBucket, waivers: dict, reason: str) -> dict | None:
    found = bucket.encryption
    if found is None or not found.get("algorithm"):
        waivers["encryption"] = reason
        return {"algorithm": "none"}
    algorithm = found["algorithm"]
    if algorithm != "KMS":
        return {"algorithm": algorithm}
    if not found.get("kms_key_id"):
        raise ImportProblem(
            f"bucket {bucket.name!r} uses SSE-KMS with the OSS-managed default key, which a stack file cannot "
            "name; set its encryption to a KMS key of yours (or AES256) first"
        )
    out = {"algorithm": "KMS", "kms_key_id": found["kms_key_id"]}
    if found.get("kms_data_encryption"):
        out["kms_data_encryption"] = found["kms_data_encryption"]
    return out


def _lifecycle_rule(rule: dict) -> dict:
    out = _drop_empty(rule)
    if out.get("enabled") is True:
        del out["enabled"]
    if out.get("prefix") == "":
        del out["prefix"]
    if out.get("expired_object_delete_marker") is False:
        del out["expired_object_delete_marker"]
    return out


def _drop_empty(mapping: dict) -> dict:
    """Leave out keys that are unset or empty (the props' defaults say the same)."""
    return {k: v for k, v in mapping.items() if v is not None and v != [] and v != {}}


def region_of(location: str | None) -> str:
    """`oss-cn-hangzhou` (OSS's location) -> `cn-hangzhou`."""
    location = location or ""
    return location[4:] if location.startswith("oss-") else location
