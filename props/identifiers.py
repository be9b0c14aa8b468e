"""Names and identifiers the services accept: stacks, regions, zones, network pieces, tags, variables.

A value refused where a variable name belongs may be the secret itself (a webhook URL with its
token, a pre-shared key, a credential), so those errors describe the value and never print it.
"""

from __future__ import annotations

import re

# Region IDs as Alibaba Cloud spells them: cn-hangzhou, ap-southeast-1, eu-central-1, ...
REGION = re.compile(r"^[a-z]{2,3}-[a-z]+(-[0-9]+)?\Z")
STACK_NAME = re.compile(r"^[a-z][a-z0-9-]{0,38}[a-z0-9]\Z")
# Names of our network pieces: they become construct IDs and resource names.
NETWORK_NAME = re.compile(r"^[a-z][a-z0-9-]{0,38}[a-z0-9]\Z")
ZONE = re.compile(r"^[a-z]{2,3}-[a-z]+(-[0-9]+)?-?[a-z0-9]+\Z")
# KMS key IDs as KMS issues them (key-hzz6..., or a UUID): never empty, no spaces or separators.
KMS_KEY_ID = re.compile(r"^[A-Za-z0-9_-]+\Z")
# Terraform variable names; the value comes from TF_VAR_<name>.
VARIABLE = re.compile(r"^[a-z][a-z0-9_]{0,62}\Z")
# OSS bucket tagging: at most 20 tags, keys up to 64 and values up to 128 characters.
MAX_TAGS = 20
RESERVED_TAG_PREFIXES = ("aliyun", "acs:", "http://", "https://")


def validate_region(region: str) -> str:
    """A region the pinned provider knows (ossiac/schema/regions.json), with a close match suggested."""
    from ossiac_props.regions import region_problem

    if problem := region_problem(region):
        raise ValueError(problem)
    return region


def validate_bucket_region(region: str) -> str:
    """A region the provider knows where OSS also serves buckets (regions.json `oss_regions`)."""
    from ossiac_props.regions import bucket_region_problem

    if problem := bucket_region_problem(region):
        raise ValueError(problem)
    return region


def validate_stack_name(name: str) -> str:
    if not STACK_NAME.match(name):
        raise ValueError("must be 2-40 lowercase letters, digits and hyphens, starting with a letter")
    return name


def validate_network_name(name: str) -> str:
    if not NETWORK_NAME.match(name):
        raise ValueError(
            f"{name!r} is not a name of 2-40 lowercase letters, digits and hyphens, starting with a letter"
        )
    return name


def validate_zone(zone: str) -> str:
    if not ZONE.match(zone):
        raise ValueError(f"{zone!r} is not a zone ID such as cn-shanghai-b or ap-northeast-1a")
    return zone


def validate_kms_key_id(key: str | None) -> str | None:
    """A KMS key ID where one is optional: absent is fine, an empty or malformed one is an error
    (an empty ID would otherwise read as "not given" and silently pick another key)."""
    if key is not None and not KMS_KEY_ID.match(key):
        raise ValueError(
            f"{key!r} is not a KMS key ID; allowed: letters, digits, '-', '_' (e.g. key-hzz62f2x...), "
            "or leave the key out"
        )
    return key


def validate_variable_name(name: str | None) -> str | None:
    """A Terraform variable name. The value refused is described, never echoed: it may be the secret."""
    if name is not None and not VARIABLE.match(name):
        raise ValueError(
            f"expected the name of a Terraform variable (lowercase letters, digits and '_', starting with a "
            f"letter, at most 63), got {describe_refused(name)}; the secret itself never goes in the stack file"
        )
    return name


def describe_refused(value: str) -> str:
    """What a refused value looks like, without its content (it may be a secret put in the wrong key)."""
    if re.match(r"^[a-z][a-z0-9+.-]*://", value, re.IGNORECASE):
        kind = "something that looks like a URL"
    elif any(c.isspace() for c in value):
        kind = "text with spaces"
    else:
        kind = "a value"
    return f"{kind} of {len(value)} characters (not shown: it may be a secret)"


def validate_tags(tags: dict[str, str]) -> dict[str, str]:
    if len(tags) > MAX_TAGS:
        raise ValueError(f"at most {MAX_TAGS} tags")
    for key, value in tags.items():
        if not 1 <= len(key) <= 64:
            raise ValueError(f"tag key {key!r} must be 1-64 characters")
        if key.lower().startswith(RESERVED_TAG_PREFIXES):
            raise ValueError(
                f"tag key {key!r}: keys starting with {', '.join(RESERVED_TAG_PREFIXES)} are reserved by Alibaba Cloud"
            )
        if len(value) > 128:
            raise ValueError(f"tag {key!r}: value must be at most 128 characters")
    return tags
