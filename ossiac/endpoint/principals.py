"""Who signed: an AccessKeyId (and security token) resolved to a principal and the secret its
signature must be made with. The account's own key is the account; STS temporary keys are an
assumed role (`sts_tokens.py`); keys the estate created (`alicloud_ram_access_key`) are their RAM user."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ossiac.authz.model import Principal, PrincipalKind
from ossiac.endpoint.credentials import account_key
from ossiac.endpoint.errors import OssError
from ossiac.localcloud.identity import ACCOUNT_ID
from ossiac.localcloud.store import Store


@dataclass(frozen=True)
class Resolved:
    principal: Principal
    secret: str


def invalid_access_key(access_key_id: str) -> OssError:
    return OssError(403, "InvalidAccessKeyId", "The OSS Access Key Id you provided does not exist in our records.",
                    ec="0002-00000902", extra={"OSSAccessKeyId": access_key_id})


def resolve(store: Store, cloud_dir: Path, access_key_id: str, security_token: str | None) -> Resolved:
    account = account_key(cloud_dir)
    if access_key_id == account.access_key_id and not security_token:
        return Resolved(Principal(PrincipalKind.ACCOUNT, ACCOUNT_ID, f"acs:ram::{ACCOUNT_ID}:root", "root"),
                        account.access_key_secret)
    raise invalid_access_key(access_key_id)
