"""A customer-managed KMS key for SSE-KMS, with rotation on and an alias."""

from __future__ import annotations

import re

from cdktf_cdktf_provider_alicloud.kms_alias import KmsAlias
from cdktf_cdktf_provider_alicloud.kms_key import KmsKey
from constructs import Construct
from pydantic import Field, field_validator

from ossiac_constructs.bucket_props import Props


class ManagedKmsKeyProps(Props):
    alias: str
    """Alias name, e.g. `alias/ossiac-media`."""
    description: str = "OSS server-side encryption key managed by ossiac"
    rotation_interval: str = "365d"
    """Automatic rotation period (7d to 365d); rotation is always on."""
    pending_window_in_days: int = Field(default=30, ge=7, le=366)
    """Days a scheduled deletion waits, so a mistaken delete can be cancelled."""
    tags: dict[str, str] = {}

    @field_validator("alias")
    @classmethod
    def _alias(cls, alias: str) -> str:
        # KMS alias names: `alias/` then letters, digits, `_`, `-` and `/`.
        if not re.match(r"^alias/[a-zA-Z0-9_/-]{1,248}$", alias):
            raise ValueError("must be alias/ followed by letters, digits, '_', '-' or '/'")
        return alias

    @field_validator("rotation_interval")
    @classmethod
    def _interval(cls, interval: str) -> str:
        match = re.match(r"^(\d+)d$", interval)
        if not match or not 7 <= int(match.group(1)) <= 365:
            raise ValueError("must be between 7d and 365d")
        return interval


class ManagedKmsKey(Construct):
    def __init__(self, scope: Construct, id_: str, props: ManagedKmsKeyProps, *, provider=None) -> None:
        super().__init__(scope, id_)
        self.key = KmsKey(
            self,
            "key",
            provider=provider,
            description=props.description,
            key_usage="ENCRYPT/DECRYPT",
            key_spec="Aliyun_AES_256",
            status="Enabled",
            automatic_rotation="Enabled",
            rotation_interval=props.rotation_interval,
            pending_window_in_days=props.pending_window_in_days,
            deletion_protection="Enabled",
            deletion_protection_description="Encrypts OSS data; deleting it makes that data unreadable",
            tags=props.tags or None,
        )
        self.alias = KmsAlias(self, "alias", provider=provider, alias_name=props.alias, key_id=self.key.id)

    @property
    def key_id(self) -> str:
        return self.key.id
