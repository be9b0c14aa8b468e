"""Discover buckets on the local target: read the local cloud's bucket records (see localcloud/slices.py)."""

from __future__ import annotations

from ossiac.importing.declaration import DiscoveredBucket, ImportProblem
from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.slices import effective
from ossiac.localcloud.store import Store

# Settings ossiac never declares on a bucket; adopting a bucket that has them would drop them.
UNSUPPORTED = {
    "replication": "cross-region replication rules",
    "worm": "a retention (WORM) policy",
    "https_config": "a TLS version setting (https_config)",
    "data_redundancy_transition": "a redundancy transition task",
}


def bucket_names(store: Store) -> list[str]:
    return sorted(record["id"] for record in store.list(buckets.TYPE))


def discover(store: Store, names: list[str] | None) -> list[DiscoveredBucket]:
    """The named buckets (every bucket when `names` is None), in the order given."""
    # One read: the records checked for presence are the ones converted.
    available = {record["id"]: record for record in store.list(buckets.TYPE)}
    wanted = sorted(available) if names is None else names
    missing = [n for n in wanted if n not in available]
    if missing:
        raise ImportProblem(f"no such bucket on the local target: {', '.join(missing)} (in {store.root})")
    return [from_record(available[name]) for name in wanted]


def from_record(record: dict) -> DiscoveredBucket:
    attributes = record["attributes"]
    settings = record.get("settings") or {}
    found = DiscoveredBucket(
        name=record["id"],
        region=record["region"],
        storage_class=attributes.get("storage_class") or "Standard",
        redundancy_type=attributes.get("redundancy_type") or "LRS",
        acl=(settings.get("acl") or {}).get("acl") or "private",
        tags=dict(attributes.get("tags") or {}),
    )
    found.versioning = (settings.get("versioning") or {}).get("status")
    sse = settings.get("server_side_encryption")
    if sse and sse.get("sse_algorithm"):
        found.encryption = {
            "algorithm": sse["sse_algorithm"],
            "kms_key_id": sse.get("kms_master_key_id"),
            "kms_data_encryption": sse.get("kms_data_encryption"),
        }
    logging = settings.get("logging")
    if logging and logging.get("target_bucket"):
        found.logging = {"target_bucket": logging["target_bucket"], "target_prefix": logging.get("target_prefix")}
    found.policy = (settings.get("policy") or {}).get("policy")
    cors = settings.get("cors")
    if cors:
        if cors.get("response_vary"):
            found.unsupported.append("CORS response_vary: true")
        found.cors = [
            {
                "allowed_origins": r.get("allowed_origins") or [],
                "allowed_methods": r.get("allowed_methods") or [],
                "allowed_headers": r.get("allowed_headers") or [],
                "expose_headers": r.get("expose_header") or [],
                "max_age_seconds": r.get("max_age_seconds"),
            }
            for r in cors.get("cors_rule") or []
        ]
    referer = settings.get("referer")
    if referer:
        found.referer = {
            "whitelist": list(referer.get("referer_list") or []),
            "blacklist": list(referer.get("referer_blacklist") or []),
            "allow_empty": bool(referer.get("allow_empty_referer")),
            "allow_truncate_query_string": referer.get("allow_truncate_query_string") is not False,
            "truncate_path": bool(referer.get("truncate_path")),
        }
    found.website = _website(settings.get("website"), found)
    found.lifecycle = [_lifecycle_rule(rule, found) for rule in attributes.get("lifecycle_rule") or []]
    found.transfer_acceleration = bool((settings.get("transfer_acceleration") or {}).get("enabled"))
    block = effective(settings, "public_access_block")  # false when never set, as OSS answers
    found.public_access_block = None if block is None else bool(block.get("block_public_access"))
    for key, what in UNSUPPORTED.items():
        if settings.get(key):
            found.unsupported.append(what)
    return found


def _website(website: dict | None, found: DiscoveredBucket) -> dict | None:
    if not website:
        return None
    index = (website.get("index_document") or [{}])[0]
    error = (website.get("error_document") or [None])[0]
    if website.get("routing_rules"):
        found.unsupported.append("website routing rules")
    if index.get("type") not in (None, 0, "0"):
        found.unsupported.append(f"website index document type {index.get('type')}")
    out = {"index_document": index.get("suffix") or "index.html", "support_sub_dir": bool(index.get("support_sub_dir"))}
    if error and error.get("key"):
        out["error_document"] = error["key"]
        out["error_status"] = error.get("http_status") or 404
    return out


def _lifecycle_rule(rule: dict, found: DiscoveredBucket) -> dict:
    """The provider's inline lifecycle_rule block -> LifecycleRule keys (day-based actions only)."""
    rid = rule.get("id")
    if rule.get("filter"):
        found.unsupported.append(f"lifecycle rule {rid!r}: a filter")
    out: dict = {
        "id": rid,
        "enabled": rule.get("enabled") is not False,
        "prefix": rule.get("prefix") or "",
        "tags": dict(rule.get("tags") or {}),
    }
    for expiration in rule.get("expiration") or []:
        if expiration.get("date") or expiration.get("created_before_date"):
            found.unsupported.append(f"lifecycle rule {rid!r}: a date-based expiration")
        if expiration.get("days"):
            out["expiration_days"] = expiration["days"]
        if expiration.get("expired_object_delete_marker"):
            out["expired_object_delete_marker"] = True
    out["transitions"] = [_transition(t, rid, found) for t in rule.get("transitions") or []]
    for abort in rule.get("abort_multipart_upload") or []:
        if abort.get("created_before_date"):
            found.unsupported.append(f"lifecycle rule {rid!r}: a date-based multipart abort")
        if abort.get("days"):
            out["abort_multipart_upload_days"] = abort["days"]
    out["noncurrent_transitions"] = [
        _transition(t, rid, found) for t in rule.get("noncurrent_version_transition") or []
    ]
    for expiration in rule.get("noncurrent_version_expiration") or []:
        out["noncurrent_expiration_days"] = expiration.get("days")
    return out


def _transition(transition: dict, rid: str | None, found: DiscoveredBucket) -> dict:
    if transition.get("created_before_date") or transition.get("is_access_time"):
        found.unsupported.append(f"lifecycle rule {rid!r}: a date- or access-time-based transition")
    return {"days": transition.get("days"), "storage_class": transition.get("storage_class")}
