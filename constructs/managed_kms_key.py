"""A customer-managed KMS key for SSE-KMS, with rotation on and an alias."""

from __future__ import annotations

from cdktf_cdktf_provider_alicloud.kms_alias import KmsAlias
from cdktf_cdktf_provider_alicloud.kms_key import KmsKey
from constructs import Construct

from ossiac.cdk import TerraformProvider
from ossiac_constructs.terraform_text import literal, literal_map
from ossiac_props.kms_key import ManagedKmsKeyProps


class ManagedKmsKey(Construct):
    def __init__(
        self, scope: Construct, id_: str, props: ManagedKmsKeyProps, *, provider: TerraformProvider | None = None
    ) -> None:
        super().__init__(scope, id_)
        self.key = KmsKey(
            self,
            "key",
            provider=provider,
            description=literal(props.description),
            key_usage="ENCRYPT/DECRYPT",
            key_spec="Aliyun_AES_256",
            status="Enabled",
            automatic_rotation="Enabled",
            rotation_interval=props.rotation_interval,
            pending_window_in_days=props.pending_window_in_days,
            deletion_protection="Enabled",
            deletion_protection_description="Encrypts OSS data; deleting it makes that data unreadable",
            tags=literal_map(props.tags),
        )
        self.alias = KmsAlias(self, "alias", provider=provider, alias_name=props.alias, key_id=self.key.id)

    @property
    def key_id(self) -> str:
        return self.key.id
