"""A generated estate for the benchmark: N fully featured buckets split over S stacks.

The buckets cycle through four kinds, as platform teams run them: private tiered (CORS for
signed-URL reads, lifecycle to colder classes), public with a referer whitelist and website,
browser-upload (CORS preset, expiring scratch prefix, an STS upload role), and SM4-encrypted records.
Alarms are on for every bucket (the stack's contact group).
"""

from __future__ import annotations

import yaml


def bucket(stack: str, index: int) -> dict:
    name = f"bench-{stack}-b{index:04d}"
    kind = index % 4
    if kind == 0:
        return {
            "name": name,
            "cors": [{"preset": "browser-read", "allowed_origins": ["https://www.example.com"]}],
            "lifecycle": [
                {
                    "id": "tier",
                    "prefix": "originals/",
                    "transitions": [{"days": 30, "storage_class": "IA"}, {"days": 90, "storage_class": "Archive"}],
                    "noncurrent_expiration_days": 180,
                }
            ],
            "tags": {"data-class": "internal"},
        }
    if kind == 1:
        return {
            "name": name,
            "acl": "public-read",
            "referer": {"whitelist": ["https://www.example.com/*", "https://*.example.com/*"], "allow_empty": False},
            "website": {"index_document": "index.html", "error_document": "error.html"},
            "cors": [{"preset": "browser-read", "allowed_origins": ["https://www.example.com"]}],
            "https_only": False,
        }
    if kind == 2:
        return {
            "name": name,
            "cors": [{"preset": "browser-upload", "allowed_origins": ["https://app.example.com"]}],
            "lifecycle": [{"id": "expire-scratch", "prefix": "tmp/", "expiration_days": 2}],
        }
    return {
        "name": name,
        "storage_class": "IA",
        "encryption": {"algorithm": "SM4"},
        "lifecycle": [{"id": "drop-delete-markers", "expired_object_delete_marker": True}],
    }


def stack(name: str, buckets: int) -> dict:
    declared = [bucket(name, i) for i in range(buckets)]
    body: dict = {
        "name": name,
        "region": "cn-shanghai",
        "tags": {"team": "bench"},
        "defaults": {"lifecycle": [{"id": "abort-stale-uploads", "abort_multipart_upload_days": 7}]},
        "log_bucket": {"name": f"bench-{name}-logs"},
        "alarms": {"contact_group": {"contacts": [{"name": f"{name}-oncall", "email": "oncall@example.com"}]}},
        "buckets": declared,
    }
    uploads = [b["name"] for i, b in enumerate(declared) if i % 4 == 2]
    if uploads:
        body["access"] = {
            "app_users": [{"name": f"{name}-app"}],
            "upload_roles": [
                {
                    "name": f"{name}-uploads",
                    "bucket": uploads[0],
                    "prefix": "uploads/",
                    "actions": "write-only",
                    "trusted": {"ram_user": f"{name}-app"},
                }
            ],
        }
    return body


def estate_yaml(buckets: int, stacks: int) -> str:
    """N buckets over S stacks (as even as N allows), as one stack file."""
    sizes = [buckets // stacks + (1 if i < buckets % stacks else 0) for i in range(stacks)]
    return yaml.safe_dump({"stacks": [stack(f"s{i:02d}", n) for i, n in enumerate(sizes)]}, sort_keys=False)


def change_one_bucket(text: str, stack: int = 0, bucket: int = 0, value: str = "1") -> str:
    """The same estate with one bucket changed: tag `bench-change: <value>` on the given bucket of the
    given stack (a value the bucket does not have yet, or nothing would change)."""
    data = yaml.safe_load(text)
    chosen = data["stacks"][stack]["buckets"][bucket]
    chosen.setdefault("tags", {})["bench-change"] = value
    return yaml.safe_dump(data, sort_keys=False)
