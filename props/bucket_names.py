"""The OSS bucket-name rule, written once: props, policy templates, the importer and the local cloud use it."""

from __future__ import annotations

import re

BUCKET_NAME = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")
BUCKET_NAME_RULE = (
    "3-63 characters of lowercase letters, digits and hyphens, starting and ending with a letter or digit"
)
# A Terraform/cdktf reference (e.g. "${alicloud_oss_bucket.x.bucket}" or a cdktf token) is
# resolved only at deploy time, so the name behind it is checked where it was declared.
REFERENCE = "${"


def is_bucket_name(name: object) -> bool:
    """The whole of `name` follows the rule (fullmatch: "abc\\n" is not a name)."""
    return isinstance(name, str) and BUCKET_NAME.fullmatch(name) is not None


def validate_bucket_name(name: str) -> str:
    if not is_bucket_name(name):
        raise ValueError(f"must be {BUCKET_NAME_RULE}")
    return name


def bucket_problems(bucket: str) -> list[str]:
    """Problems of a bucket name given to a template or construct; references pass."""
    if REFERENCE in bucket or is_bucket_name(bucket):
        return []
    return [f"bucket {bucket!r} is not an OSS bucket name (3-63 lowercase letters, digits, hyphens)"]


def regional_name(name: str, suffix: str) -> str:
    """A per-region variant of a bucket name, kept within the 63-character limit."""
    return name if not suffix else f"{name[: 63 - len(suffix)]}{suffix}"
