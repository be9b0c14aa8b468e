"""Discover buckets on Alibaba Cloud through the official OSS SDK (`oss2`).

One Get* call per setting, as the OSS API has them: bucket info (region, storage class,
redundancy), ACL, CORS, referer, website, lifecycle, encryption, versioning, logging, policy,
tags, transfer acceleration, public access block; a "no such configuration" answer means the
setting is not configured. `to_discovered` maps the SDK's result objects to a DiscoveredBucket
and is tested with results the SDK itself parses from OSS's XML; nothing here is called in tests
that would reach the network.

Credentials: ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY (or ALIBABA_CLOUD_ACCESS_KEY_ID /
ALIBABA_CLOUD_ACCESS_KEY_SECRET), optional ALICLOUD_SECURITY_TOKEN (or
ALIBABA_CLOUD_SECURITY_TOKEN); the region from --region, else ALICLOUD_REGION (or
ALIBABA_CLOUD_REGION_ID).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable

from ossiac.importing.declaration import DiscoveredBucket, ImportProblem, region_of

# Calls whose "not configured" answer is an error from OSS (404 NoSuch...).
SETTING_CALLS = {
    "cors": "get_bucket_cors",
    "referer": "get_bucket_referer",
    "website": "get_bucket_website",
    "lifecycle": "get_bucket_lifecycle",
    "encryption": "get_bucket_encryption",
    "versioning": "get_bucket_versioning",
    "logging": "get_bucket_logging",
    "policy": "get_bucket_policy",
    "tags": "get_bucket_tagging",
    "transfer_acceleration": "get_bucket_transfer_acceleration",
    "public_access_block": "get_bucket_public_access_block",
}
UNSUPPORTED_CALLS = {  # a bucket with any of these cannot be declared as found
    "cross-region replication rules": "get_bucket_replication",
    "a retention (WORM) policy": "get_bucket_worm",
}


def _env(*names: str) -> str | None:
    for name in names:
        if os.environ.get(name):
            return os.environ[name]
    return None


@dataclass
class Client:
    """The account's buckets through oss2: `buckets()` lists them, `bucket(name, region)` reads one."""

    auth: Any
    region: str

    @classmethod
    def from_environment(cls, region: str | None) -> "Client":
        import oss2

        key = _env("ALICLOUD_ACCESS_KEY", "ALIBABA_CLOUD_ACCESS_KEY_ID")
        secret = _env("ALICLOUD_SECRET_KEY", "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        token = _env("ALICLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_SECURITY_TOKEN")
        region = region or _env("ALICLOUD_REGION", "ALIBABA_CLOUD_REGION_ID")
        if not key or not secret:
            raise ImportProblem("no credentials: set ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY "
                                "(or ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)")
        if not region:
            raise ImportProblem("no region: give --region or set ALICLOUD_REGION")
        auth = oss2.StsAuth(key, secret, token) if token else oss2.Auth(key, secret)
        return cls(auth, region)

    @staticmethod
    def endpoint(region: str) -> str:
        return f"https://oss-{region}.aliyuncs.com"

    def buckets(self) -> list[tuple[str, str]]:
        """(name, region) of every bucket of the account."""
        import oss2

        service = oss2.Service(self.auth, self.endpoint(self.region))
        return [(b.name, region_of(b.location)) for b in oss2.BucketIterator(service)]

    def bucket(self, name: str, region: str):
        import oss2

        return oss2.Bucket(self.auth, self.endpoint(region), name)


def discover(client: Client, names: list[str] | None) -> list[DiscoveredBucket]:
    available = dict(client.buckets())
    wanted = sorted(available) if names is None else names
    missing = [n for n in wanted if n not in available]
    if missing:
        raise ImportProblem(f"no such bucket in this account: {', '.join(missing)}")
    return [read_bucket(client.bucket(name, available[name])) for name in wanted]


def read_bucket(bucket) -> DiscoveredBucket:
    """Read one bucket's settings with an `oss2.Bucket` (or anything with the same Get* methods)."""
    info = bucket.get_bucket_info()
    results = {"acl": bucket.get_bucket_acl()}
    for key, call in SETTING_CALLS.items():
        results[key] = _configured(getattr(bucket, call))
    unsupported = [what for what, call in UNSUPPORTED_CALLS.items() if _has(bucket, call)]
    return to_discovered(info, results, unsupported)


def _configured(call: Callable[[], Any]) -> Any:
    """The call's result, or None when OSS answers that the setting is not configured (404)."""
    import oss2

    try:
        return call()
    except oss2.exceptions.NotFound:
        return None
    except oss2.exceptions.ServerError as error:
        if error.status == 404 or str(getattr(error, "code", "")).startswith("NoSuch"):
            return None
        raise ImportProblem(f"{getattr(call, '__name__', call)}: {error.code}: {error.message}") from None


def _has(bucket, call: str) -> bool:
    method = getattr(bucket, call, None)
    if method is None:
        return False
    result = _configured(method)
    if result is None:
        return False
    return bool(getattr(result, "rule_list", None) or getattr(result, "worm_id", None) or getattr(result, "rules", None))


def to_discovered(info, results: dict[str, Any], unsupported: list[str] | None = None) -> DiscoveredBucket:
    """Map the SDK's result objects (GetBucketInfoResult, GetBucketAclResult, ...) to a DiscoveredBucket.

    `results` holds one result per key of SETTING_CALLS plus `acl`; None for "not configured".
    """
    found = DiscoveredBucket(
        name=info.name,
        region=region_of(info.location),
        storage_class=info.storage_class or "Standard",
        redundancy_type=info.data_redundancy_type or "LRS",
        acl=results["acl"].acl if results.get("acl") is not None else (info.acl.grant if info.acl else "private"),
        unsupported=list(unsupported or []),
    )
    tags = results.get("tags")
    if tags is not None:
        found.tags = dict(tags.tag_set.tagging_rule)
    versioning = results.get("versioning")
    found.versioning = (versioning.status if versioning is not None else None) or None
    encryption = results.get("encryption")
    if encryption is not None and encryption.sse_algorithm:
        found.encryption = {"algorithm": encryption.sse_algorithm, "kms_key_id": encryption.kms_master_keyid or None,
                            "kms_data_encryption": encryption.kms_data_encryption or None}
    logging = results.get("logging")
    if logging is not None and logging.target_bucket:
        found.logging = {"target_bucket": logging.target_bucket, "target_prefix": logging.target_prefix or ""}
    policy = results.get("policy")
    found.policy = policy.policy if policy is not None and policy.policy else None
    cors = results.get("cors")
    if cors is not None and cors.rules:
        if cors.response_vary:
            found.unsupported.append("CORS response_vary: true")
        found.cors = [
            {"allowed_origins": list(r.allowed_origins), "allowed_methods": list(r.allowed_methods),
             "allowed_headers": list(r.allowed_headers), "expose_headers": list(r.expose_headers),
             "max_age_seconds": r.max_age_seconds}
            for r in cors.rules
        ]
    referer = results.get("referer")
    if referer is not None and (referer.referers or referer.black_referers or not referer.allow_empty_referer):
        # OSS reports a referer configuration on every bucket; the default (empty lists, empty
        # referer allowed) is "no hotlink protection" and is not declared.
        found.referer = {
            "whitelist": list(referer.referers or []),
            "blacklist": list(referer.black_referers or []),
            "allow_empty": bool(referer.allow_empty_referer),
            "allow_truncate_query_string": referer.allow_truncate_query_string is not False,
            # oss2 does not parse TruncatePath: the declaration keeps the default (false).
            "truncate_path": False,
        }
    found.website = _website(results.get("website"), found)
    lifecycle = results.get("lifecycle")
    found.lifecycle = [_lifecycle_rule(rule, found) for rule in (lifecycle.rules if lifecycle is not None else [])]
    acceleration = results.get("transfer_acceleration")
    found.transfer_acceleration = acceleration is not None and str(acceleration.enabled).lower() == "true"
    block = results.get("public_access_block")
    found.public_access_block = None if block is None or block.block_public_access is None else bool(
        block.block_public_access)
    return found


def _website(website, found: DiscoveredBucket) -> dict | None:
    if website is None or not website.index_file:
        return None
    if website.rules:
        found.unsupported.append("website routing rules")
    out: dict = {"index_document": website.index_file}
    if website.error_file:
        out["error_document"] = website.error_file
    return out


def _lifecycle_rule(rule, found: DiscoveredBucket) -> dict:
    rid = rule.id
    condition = rule.filter
    if condition is not None and (condition.filter_not or condition.object_size_greater_than
                                  or condition.object_size_less_than):
        found.unsupported.append(f"lifecycle rule {rid!r}: a filter")
    if rule.atime_base:
        found.unsupported.append(f"lifecycle rule {rid!r}: access-time based actions")
    out: dict = {"id": rid, "enabled": rule.status != "Disabled", "prefix": rule.prefix or ""}
    if rule.tagging is not None:
        out["tags"] = dict(rule.tagging.tag_set.tagging_rule)
    expiration = rule.expiration
    if expiration is not None:
        if expiration.date or expiration.created_before_date:
            found.unsupported.append(f"lifecycle rule {rid!r}: a date-based expiration")
        if expiration.days:
            out["expiration_days"] = expiration.days
        if expiration.expired_detete_marker:  # (sic: the SDK's spelling)
            out["expired_object_delete_marker"] = True
    out["transitions"] = []
    for transition in rule.storage_transitions or []:
        if transition.created_before_date or transition.is_access_time:
            found.unsupported.append(f"lifecycle rule {rid!r}: a date- or access-time-based transition")
        out["transitions"].append({"days": transition.days, "storage_class": transition.storage_class})
    abort = rule.abort_multipart_upload
    if abort is not None:
        if abort.created_before_date:
            found.unsupported.append(f"lifecycle rule {rid!r}: a date-based multipart abort")
        if abort.days:
            out["abort_multipart_upload_days"] = abort.days
    out["noncurrent_transitions"] = [
        {"days": t.noncurrent_days, "storage_class": t.storage_class}
        for t in rule.noncurrent_version_sotrage_transitions or []  # (sic)
    ]
    if rule.noncurrent_version_expiration is not None:
        out["noncurrent_expiration_days"] = rule.noncurrent_version_expiration.noncurrent_days
    return out
