"""A customer-managed KMS key for SSE-KMS: rotation always on, an alias, deletion protection."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from ossiac_props.base import Props

# KMS alias names: `alias/` then 1-248 letters, digits, `_`, `-` and `/` (`\Z`: no trailing newline).
_ALIAS = re.compile(r"^alias/[a-zA-Z0-9_/-]{1,248}\Z")


def kms_alias_problem(alias: str) -> str | None:
    if _ALIAS.match(alias):
        return None
    return f"{alias!r} is not a KMS alias: alias/ followed by 1-248 letters, digits, '_', '-' or '/'"


class ManagedKmsKeyProps(Props):
    alias: str
    """Alias name, e.g. `alias/ossiac-media`."""
    description: str = "OSS server-side encryption key managed by ossiac"
    rotation_interval: str = "365d"
    """Automatic rotation period (7d to 365d); rotation is always on."""
    pending_window_in_days: int = Field(default=30, ge=7, le=366)
    """Days a scheduled deletion waits, so a mistaken delete can be cancelled."""
    tags: dict[str, str] = {}
    """Default: none."""

    @field_validator("alias")
    @classmethod
    def _alias(cls, alias: str) -> str:
        if problem := kms_alias_problem(alias):
            raise ValueError(problem)
        return alias

    @field_validator("rotation_interval")
    @classmethod
    def _interval(cls, interval: str) -> str:
        match = re.match(r"^(\d+)d$", interval)
        if not match or not 7 <= int(match.group(1)) <= 365:
            raise ValueError("must be between 7d and 365d")
        return interval
