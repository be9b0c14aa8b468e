"""A bucket's settings ("slices") and how each Terraform resource type sees them.

The bucket record stores each setting once, in the shape of its split resource (for example
`settings["cors"]` holds what `alicloud_oss_bucket_cors` has, minus `bucket`/`id`/`timeouts`).
`alicloud_oss_bucket` shows some settings as inline blocks with a different shape; `to_inline` and
`from_inline` map between the two, as the real provider maps both onto the same OSS API calls.
A slice that is absent (None) means "not configured"; deleting a split resource resets its slice.
Some settings always have a value in OSS, so an absent slice still reads as that value (`unset`,
see `effective`): their Get API answers 200 with it, and the real provider reads and imports it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def _first(blocks: Any) -> dict | None:
    return blocks[0] if isinstance(blocks, list) and blocks else None


@dataclass(frozen=True)
class Slice:
    key: str  # settings[key]
    split_type: str | None  # the standalone resource, if any
    inline: str | None = None  # the attribute/block on alicloud_oss_bucket, if any
    to_inline: Callable[[dict], Any] | None = None
    from_inline: Callable[[Any], dict | None] | None = None
    computed_defaults: dict = field(default_factory=dict)  # what OSS reports for unset computed values
    reset: Callable[[dict], dict | None] = lambda _old: None  # value after the split resource is deleted
    keyed_by: str | None = None  # several per bucket: id is <bucket>:<keyed_by value>
    # What OSS answers for a bucket that never set it, where its Get API answers a value, not NoSuch*
    # (the provider's Describe* then finds it: Read and import succeed). None: "not configured".
    unset: dict | None = None


def _cors_to_inline(v: dict) -> list:
    return [
        {
            "allowed_headers": r.get("allowed_headers"),
            "allowed_methods": r.get("allowed_methods"),
            "allowed_origins": r.get("allowed_origins"),
            "expose_headers": r.get("expose_header"),
            "max_age_seconds": r.get("max_age_seconds"),
        }
        for r in v.get("cors_rule") or []
    ]


def _cors_from_inline(rules: list) -> dict | None:
    if not rules:
        return None
    return {
        "response_vary": False,
        "cors_rule": [
            {
                "allowed_headers": r.get("allowed_headers"),
                "allowed_methods": r.get("allowed_methods"),
                "allowed_origins": r.get("allowed_origins"),
                "expose_header": r.get("expose_headers"),
                "max_age_seconds": r.get("max_age_seconds"),
            }
            for r in rules
        ],
    }


def _referer_to_inline(v: dict) -> list:
    return [{"allow_empty": v.get("allow_empty_referer"), "referers": list(v.get("referer_list") or [])}]


def _referer_from_inline(blocks: list) -> dict | None:
    b = _first(blocks)
    if b is None:
        return None
    allow_empty = b.get("allow_empty")
    return {
        "allow_empty_referer": True if allow_empty is None else allow_empty,
        "referer_list": b.get("referers"),
        "referer_blacklist": None,
        "allow_truncate_query_string": True,
        "truncate_path": None,
    }


def _website_to_inline(v: dict) -> list:
    index, error = _first(v.get("index_document")), _first(v.get("error_document"))
    return [{"index_document": index and index.get("suffix"), "error_document": error and error.get("key")}]


def _website_from_inline(blocks: list) -> dict | None:
    b = _first(blocks)
    if b is None:
        return None
    error = b.get("error_document")
    return {
        "index_document": [{"suffix": b.get("index_document"), "support_sub_dir": None, "type": None}],
        "error_document": [{"key": error, "http_status": None}] if error else [],
        "routing_rules": [],
    }


def _one_block(*names: str) -> tuple[Callable, Callable]:
    """Inline block with max_items 1 whose fields equal the split resource's top-level fields."""

    def to_inline(v: dict) -> list:
        return [{n: v.get(n) for n in names}]

    def from_inline(blocks: list) -> dict | None:
        b = _first(blocks)
        return None if b is None else {n: b.get(n) for n in names}

    return to_inline, from_inline


_logging = _one_block("target_bucket", "target_prefix")
_sse = _one_block("sse_algorithm", "kms_master_key_id", "kms_data_encryption")
_transfer = _one_block("enabled")
_monitor = _one_block("status")


def _versioning_to_inline(v: dict) -> list:
    return [{"status": v["status"]}] if v.get("status") else []


SLICES: list[Slice] = [
    Slice(
        "acl",
        "alicloud_oss_bucket_acl",
        "acl",
        lambda v: v.get("acl"),
        lambda a: {"acl": a} if a else None,
        reset=lambda _old: {"acl": "private"},
    ),
    Slice(
        "cors",
        "alicloud_oss_bucket_cors",
        "cors_rule",
        _cors_to_inline,
        _cors_from_inline,
        computed_defaults={"response_vary": False},
    ),
    Slice(
        "referer",
        "alicloud_oss_bucket_referer",
        "referer_config",
        _referer_to_inline,
        _referer_from_inline,
        computed_defaults={"allow_truncate_query_string": True},
    ),
    Slice("website", "alicloud_oss_bucket_website", "website", _website_to_inline, _website_from_inline),
    # OSS cannot switch versioning off once enabled: removing the setting leaves it Suspended.
    Slice(
        "versioning",
        "alicloud_oss_bucket_versioning",
        "versioning",
        _versioning_to_inline,
        lambda b: {"status": b[0].get("status")} if b else None,
        computed_defaults={"status": "Enabled"},
        reset=lambda old: {"status": "Suspended"} if (old or {}).get("status") in ("Enabled", "Suspended") else None,
    ),
    Slice("logging", "alicloud_oss_bucket_logging", "logging", *_logging),
    Slice(
        "policy",
        "alicloud_oss_bucket_policy",
        "policy",
        lambda v: v.get("policy"),
        lambda p: {"policy": p} if p else None,
    ),
    Slice("server_side_encryption", "alicloud_oss_bucket_server_side_encryption", "server_side_encryption_rule", *_sse),
    Slice(
        "transfer_acceleration",
        "alicloud_oss_bucket_transfer_acceleration",
        "transfer_acceleration",
        *_transfer,
        computed_defaults={"enabled": False},
    ),
    # The provider (v1.289.0 DescribeOssBucketAccessMonitor / ...RequestPayment / ...PublicAccessBlock)
    # finds these settings whenever the Get call succeeds, and OSS answers Disabled, BucketOwner and
    # false for a bucket that never set them. (Transfer acceleration answers 404 and versioning an
    # empty Status: both are "not found" to the provider, so they stay unset here.)
    Slice(
        "access_monitor",
        "alicloud_oss_bucket_access_monitor",
        "access_monitor",
        *_monitor,
        computed_defaults={"status": "Disabled"},
        unset={"status": "Disabled"},
    ),
    Slice("public_access_block", "alicloud_oss_bucket_public_access_block", unset={"block_public_access": False}),
    Slice("https_config", "alicloud_oss_bucket_https_config"),
    Slice(
        "request_payment",
        "alicloud_oss_bucket_request_payment",
        computed_defaults={"payer": "BucketOwner"},
        unset={"payer": "BucketOwner"},
    ),
    Slice("replication", "alicloud_oss_bucket_replication", keyed_by="rule_id", computed_defaults={"status": "doing"}),
    Slice("worm", "alicloud_oss_bucket_worm", keyed_by="worm_id", computed_defaults={"status": "InProgress"}),
    # A transition task starts Queueing and converts the bucket to ZRS hours later (OSS API reference,
    # CreateBucketDataRedundancyTransition / GetBucketDataRedundancyTransition: Queueing, Processing,
    # Finished). The local cloud runs no background work: the task stays Queueing and the bucket LRS, which
    # is what the real provider's Read finds right after the apply (its acceptance test then plans no
    # change). Once a real task finishes, alicloud_oss_bucket's ForceNew redundancy_type (default LRS)
    # plans a replacement unless set to ZRS or ignored: a provider trait the local cloud does not reach.
    Slice(
        "data_redundancy_transition",
        "alicloud_oss_bucket_data_redundancy_transition",
        keyed_by="task_id",
        computed_defaults={"status": "Queueing"},
    ),
]

BY_SPLIT_TYPE = {s.split_type: s for s in SLICES if s.split_type}
BY_KEY = {s.key: s for s in SLICES}
INLINE = [s for s in SLICES if s.inline]


def effective(settings: dict, key: str) -> Any:
    """A setting as OSS reports it: the stored slice, else what OSS answers when it was never set."""
    value = settings.get(key)
    unset = BY_KEY[key].unset if key in BY_KEY else None
    if value is None and unset is not None:
        return dict(unset)
    return value


def inline_view(settings: dict) -> dict:
    """The inline attributes/blocks `alicloud_oss_bucket` reads back for these settings."""
    out: dict = {}
    for s in INLINE:
        value = effective(settings, s.key)  # GetBucketInfo reports AccessMonitor Disabled when never set
        is_block = s.inline not in ("acl", "policy")
        if value is None:
            out[s.inline] = [] if is_block else None
        else:
            assert s.to_inline is not None, f"slice {s.key} is inline and names no to_inline"
            out[s.inline] = s.to_inline(value)
    out["acl"] = out["acl"] or "private"
    return out
