"""Server-side encryption of objects: what a write records, and what a read needs from KMS.

The local cloud keeps bytes in the clear; what it models is OSS's bookkeeping and its refusals. A
write records the algorithm (the request's `x-oss-server-side-encryption`, else the bucket's
default rule) and, for KMS, the key (the request's `x-oss-server-side-encryption-key-id`, else the
rule's `KMSMasterKeyID`). The headers come back on PUT, GET and HEAD. A KMS key is a record of
type `alicloud_kms_key` (Terraform's or the console's); a read or write through a disabled key
fails as OSS documents it (EC 0005-00000214: HTTP 409, KMS's `Rejected.Disabled`), and through a
key KMS does not know with OSS's 404 `KeyNotFound`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ossiac.endpoint.errors import OssError, invalid_argument
from ossiac.localcloud.store import Store

if TYPE_CHECKING:
    from ossiac.endpoint.app import Call

KMS_KEY_TYPE = "alicloud_kms_key"
ALGORITHMS = ("AES256", "KMS", "SM4")


def key_disabled(key_id: str) -> OssError:
    return OssError(
        409,
        "Rejected.Disabled",
        f"The KMS key {key_id} that encrypts this object is disabled; "
        "enable it (KMS EnableKey) to read or write with it.",
        ec="0005-00000214",
    )


def key_not_found(key_id: str) -> OssError:
    return OssError(
        404, "KeyNotFound", f"The specified parameter KMS keyId is not found: {key_id}.", ec="0005-00000208"
    )


def _bare_id(key_id: str) -> str:
    """A key named by its ARN (acs:kms:<region>:<account>:key/<id>) is the same key as its id."""
    return key_id.rsplit("key/", 1)[1] if key_id.startswith("acs:kms:") and "key/" in key_id else key_id


def check_key(store: Store, key_id: str, region: str) -> None:
    """Refuses as OSS does when KMS cannot use the key. OSS asks the KMS of the bucket's own region,
    which does not know a key of another region: such a key is not found."""
    record = store.get(KMS_KEY_TYPE, _bare_id(key_id))
    if record is None or (record.get("region") or region) != region:
        raise key_not_found(key_id)
    attributes = record.get("attributes") or {}
    status = attributes.get("status") or attributes.get("key_state")
    if (status is not None and status != "Enabled") or attributes.get("is_enabled") is False:
        raise key_disabled(key_id)


def for_write(call: Call, bucket_record: dict) -> dict | None:
    """The encryption a new object gets (None: none), checked against KMS now, as OSS checks it."""
    algorithm = call.header("x-oss-server-side-encryption")
    key_id = call.header("x-oss-server-side-encryption-key-id")
    data_encryption = call.header("x-oss-server-side-data-encryption")
    if algorithm is None:
        rule = (bucket_record.get("settings") or {}).get("server_side_encryption") or {}
        algorithm = rule.get("sse_algorithm") or None
        if algorithm == "KMS":
            key_id = key_id or rule.get("kms_master_key_id") or None
            data_encryption = data_encryption or rule.get("kms_data_encryption") or None
    if not algorithm:
        if key_id is not None:
            raise invalid_argument(
                "x-oss-server-side-encryption-key-id is only valid with x-oss-server-side-encryption: KMS.",
                name="x-oss-server-side-encryption-key-id",
                value=key_id,
            )
        return None
    if algorithm not in ALGORITHMS:
        raise OssError(
            400,
            "InvalidEncryptionAlgorithmError",
            f"The Encryption request you specified is not valid. Supported value: {', '.join(ALGORITHMS)}.",
            extra={"ArgumentName": "x-oss-server-side-encryption", "ArgumentValue": algorithm},
        )
    if algorithm != "KMS" and key_id:
        raise invalid_argument(
            "x-oss-server-side-encryption-key-id is only valid with x-oss-server-side-encryption: KMS.",
            name="x-oss-server-side-encryption-key-id",
            value=key_id,
        )
    if algorithm == "KMS" and key_id == "":
        raise invalid_argument(
            "x-oss-server-side-encryption-key-id is empty.", name="x-oss-server-side-encryption-key-id"
        )
    if algorithm == "KMS" and key_id:
        check_key(call.store, key_id, bucket_record["region"])
    return {
        "algorithm": algorithm,
        "key_id": key_id if algorithm == "KMS" else None,
        "data_encryption": data_encryption if algorithm == "KMS" else None,
    }


def check_readable(store: Store, sse: dict | None, region: str) -> None:
    """A KMS-encrypted object is readable only while its key is usable."""
    if sse and sse.get("algorithm") == "KMS" and sse.get("key_id"):
        check_key(store, sse["key_id"], region)


def headers(sse: dict | None) -> dict[str, str]:
    if not sse:
        return {}
    out = {"x-oss-server-side-encryption": sse["algorithm"]}
    if sse.get("key_id"):
        out["x-oss-server-side-encryption-key-id"] = sse["key_id"]
    if sse.get("data_encryption"):
        out["x-oss-server-side-data-encryption"] = sse["data_encryption"]
    return out
