"""KMS: keys referenced elsewhere must exist and be enabled; alias names have a fixed form."""

from __future__ import annotations

import re

from ossiac.localcloud import records
from ossiac.localcloud.errors import CloudError
from ossiac.localprovider.values import known

_ALIAS = re.compile(r"^alias/[a-zA-Z0-9:/_-]{1,250}$")


def resolve_key(store, ref: str) -> dict | None:
    """A key's attributes from a key ID, an `alias/...` name or a key ARN, as KMS accepts all three."""
    if ref.startswith("acs:kms:"):
        ref = ref.rsplit("/", 1)[-1]
    if ref.startswith("alias/"):
        alias = records.attributes(store, "alicloud_kms_alias", ref)
        ref = str(alias.get("key_id") or "") if alias else ""
    return records.attributes(store, "alicloud_kms_key", ref)


def require_enabled_key(store, ref: str, attribute: tuple) -> dict:
    key = resolve_key(store, ref)
    if key is None:
        raise CloudError(
            "Forbidden.KeyNotFound",
            f"The specified KMS key {ref!r} is not found. Create it first "
            "(alicloud_kms_key, or `ossiac localcloud kms create-key`) and pass its key ID, alias or ARN.",
            attribute=attribute,
            status=404,
        )
    status = key.get("status") or key.get("key_state") or "Enabled"
    if status != "Enabled":
        raise CloudError(
            "Rejected.Disabled",
            f"The KMS key {ref!r} is {status}; only an Enabled key can be used.",
            attribute=attribute,
        )
    return key


def validate(kind, config: dict) -> list[CloudError]:
    name = config.get("alias_name") if kind.name == "alicloud_kms_alias" else None
    if isinstance(name, str) and (not _ALIAS.match(name) or name.startswith("alias/acs")):
        return [
            CloudError(
                "InvalidParam.AliasName",
                f"The alias name {name!r} is invalid: it must be 'alias/' "
                "followed by 1-250 letters, digits, '_', '-', '/' or ':', and must not start with "
                "'alias/acs'.",
                attribute=("alias_name",),
            )
        ]
    return []


def before_write(cloud, type_name: str, state: dict) -> None:
    if type_name == "alicloud_kms_alias":
        require_enabled_key(cloud.store, state["key_id"], ("key_id",))
    elif type_name == "alicloud_kms_secret" and known(state.get("encryption_key_id")):
        require_enabled_key(cloud.store, state["encryption_key_id"], ("encryption_key_id",))
