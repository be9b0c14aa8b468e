"""How a bucket keeps its data: versioning, default encryption, access logging and its tags.

Stored as `slices.py` holds them: settings["versioning"], ["server_side_encryption"], ["logging"],
and the tags in record["attributes"]["tags"] (a dict, as `alicloud_oss_bucket` keeps them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from ossiac.endpoint import xmlio
from ossiac.endpoint.bucket_settings_kind import (
    SubResource,
    choice,
    clear_setting,
    not_configured,
    required,
    store_setting,
)
from ossiac.endpoint.errors import OssError, invalid_argument, malformed_xml
from ossiac.localcloud import bucket as buckets

if TYPE_CHECKING:
    from ossiac.endpoint.app import Call

# -- versioning: OSS never goes back to unversioned, so there is no Delete --------------------------

VERSIONING = ("Enabled", "Suspended")


def _versioning_parse(body: bytes, _call: Call) -> dict:
    config = xmlio.parse(body, "VersioningConfiguration")
    return {"status": choice(required(config, "Status"), VERSIONING, "Status")}


def _versioning_show(record: dict) -> dict:
    status = (record["settings"].get("versioning") or {}).get("status")
    return {"Status": status} if status else {}


# -- encryption: ServerSideEncryptionRule <-> settings["server_side_encryption"] --------------------

SSE_ALGORITHMS = ("AES256", "KMS", "SM4")


def _encryption_parse(body: bytes, _call: Call) -> dict:
    rule = xmlio.parse(body, "ServerSideEncryptionRule")
    default = rule.find("ApplyServerSideEncryptionByDefault")
    if default is None:
        raise malformed_xml("<ServerSideEncryptionRule> needs <ApplyServerSideEncryptionByDefault>.")
    algorithm = choice(required(default, "SSEAlgorithm"), SSE_ALGORITHMS, "SSEAlgorithm")
    key_id = xmlio.text(default, "KMSMasterKeyID") or None
    data_encryption = xmlio.text(default, "KMSDataEncryption") or None
    if algorithm != "KMS" and (key_id or data_encryption):
        raise invalid_argument(
            "KMSMasterKeyID and KMSDataEncryption are allowed only with SSEAlgorithm KMS.",
            name="SSEAlgorithm",
            value=algorithm,
        )
    if data_encryption is not None:
        choice(data_encryption, ("SM4",), "KMSDataEncryption")
    return {"sse_algorithm": algorithm, "kms_master_key_id": key_id, "kms_data_encryption": data_encryption}


def _encryption_show(record: dict) -> dict | None:
    sse = record["settings"].get("server_side_encryption")
    if not sse or not sse.get("sse_algorithm"):
        return None
    return {
        "ApplyServerSideEncryptionByDefault": {
            "SSEAlgorithm": sse["sse_algorithm"],
            "KMSMasterKeyID": sse.get("kms_master_key_id") or "",
            "KMSDataEncryption": sse.get("kms_data_encryption"),
        }
    }


# -- logging: BucketLoggingStatus <-> settings["logging"]; an empty status turns logging off ---------


def _invalid_target(message: str, ec: str) -> OssError:
    return OssError(400, "InvalidTargetBucketForLogging", message, ec=ec)


def _logging_parse(body: bytes, _call: Call) -> dict | None:
    enabled = xmlio.parse(body, "BucketLoggingStatus").find("LoggingEnabled")
    if enabled is None:
        return None
    return {
        "target_bucket": required(enabled, "TargetBucket"),
        "target_prefix": xmlio.text(enabled, "TargetPrefix") or None,
        "logging_role": xmlio.text(enabled, "LoggingRole") or None,
    }


def _logging_apply(value: dict | None, record: dict, call: Call) -> None:
    if value is not None:
        target = buckets.get(call.store, value["target_bucket"])
        if target is None:
            raise _invalid_target(
                f"The target bucket for logging {value['target_bucket']!r} does not exist.", "0032-00000008"
            )
        if target.get("region") != record.get("region"):
            raise _invalid_target(
                f"The target bucket for logging {value['target_bucket']!r} is in "
                f"{target.get('region')}; it must be in the source bucket's region "
                f"({record.get('region')}).",
                "0032-00000010",
            )
    record["settings"]["logging"] = value


def _logging_show(record: dict) -> dict:
    logging = record["settings"].get("logging")
    if not logging or not logging.get("target_bucket"):
        return {}
    return {
        "LoggingEnabled": {
            "TargetBucket": logging["target_bucket"],
            "TargetPrefix": logging.get("target_prefix") or "",
            "LoggingRole": logging.get("logging_role"),
        }
    }


# -- tagging: Tagging/TagSet <-> attributes["tags"] --------------------------------------------------

MAX_TAGS = 20
RESERVED_KEY_PREFIXES = ("http://", "https://", "Aliyun", "acs:")


def _invalid_tag(message: str, ec: str = "0010-00000219") -> OssError:
    return OssError(400, "InvalidTag", message, ec=ec)


def _tag(tag: Element) -> tuple[str, str]:
    key, value = xmlio.text(tag, "Key"), xmlio.text(tag, "Value") or ""
    if not key or len(key.encode()) > 64:
        raise _invalid_tag(f"Tag key {key!r} must be 1 to 64 bytes.")
    if key.startswith(RESERVED_KEY_PREFIXES):
        raise _invalid_tag(
            f"Tag key {key!r} must not start with {', '.join(RESERVED_KEY_PREFIXES)}.",
            ec="0010-00000002" if key.startswith("acs:") else "0010-00000207",
        )
    if len(value.encode()) > 128 or value.startswith(("http://", "https://")):
        raise _invalid_tag(
            f"Tag value {value!r} for {key!r} must be at most 128 bytes and must not start with http:// or https://."
        )
    return key, value


def _tagging_parse(body: bytes, _call: Call) -> dict | None:
    pairs = [_tag(tag) for tag in xmlio.parse(body, "Tagging").findall("TagSet/Tag")]
    tags = dict(pairs)
    if len(tags) != len(pairs):
        raise _invalid_tag("The same tag key appears more than once.")
    if len(tags) > MAX_TAGS:
        raise _invalid_tag(f"{len(tags)} tags: a bucket can have at most {MAX_TAGS}.")
    return tags or None


def _tagging_apply(tags: dict | None, record: dict, _call: Call) -> None:
    record["attributes"]["tags"] = tags  # PutBucketTags replaces the whole set


def _tagging_remove(record: dict, call: Call) -> None:
    """DELETE ?tagging removes every tag; DELETE ?tagging=k1,k2 only those keys."""
    named = [k for k in (call.query("tagging") or "").split(",") if k]
    tags = dict(record["attributes"].get("tags") or {})
    for key in named or list(tags):
        tags.pop(key, None)
    record["attributes"]["tags"] = tags or None


def _tagging_show(record: dict) -> dict:
    tags = record["attributes"].get("tags") or {}
    return {"TagSet": {"Tag": [{"Key": k, "Value": v} for k, v in tags.items()]}}


STORAGE: tuple[SubResource, ...] = (
    SubResource(
        "versioning",
        "BucketVersioning",
        "VersioningConfiguration",
        _versioning_show,
        store_setting("versioning"),
        parse=_versioning_parse,
    ),
    SubResource(
        "encryption",
        "BucketEncryption",
        "ServerSideEncryptionRule",
        _encryption_show,
        store_setting("server_side_encryption"),
        parse=_encryption_parse,
        remove=clear_setting("server_side_encryption"),
        unset=not_configured("NoSuchServerSideEncryptionRule", "server-side encryption rule"),
    ),
    SubResource(
        "logging",
        "BucketLogging",
        "BucketLoggingStatus",
        _logging_show,
        _logging_apply,
        parse=_logging_parse,
        remove=clear_setting("logging"),
    ),
    SubResource(
        "tagging",
        "BucketTagging",
        "Tagging",
        _tagging_show,
        _tagging_apply,
        parse=_tagging_parse,
        remove=_tagging_remove,
    ),
)
