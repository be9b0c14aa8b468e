"""How OSS describes a bucket (ListBuckets' <Bucket>, GetBucketInfo), from its record."""

from __future__ import annotations

from typing import Any

from ossiac.localcloud.identity import ACCOUNT_ID


def creation_date(record: dict) -> str:
    day = str(record["attributes"].get("creation_date") or "1970-01-01")
    return day if "T" in day else f"{day}T00:00:00.000Z"


def summary(record: dict) -> dict[str, Any]:
    attrs = record["attributes"]
    region = record.get("region") or str(attrs.get("location", "oss-")).removeprefix("oss-")
    return {
        "CreationDate": creation_date(record),
        "ExtranetEndpoint": attrs.get("extranet_endpoint"),
        "IntranetEndpoint": attrs.get("intranet_endpoint"),
        "Location": f"oss-{region}",
        "Name": record["id"],
        "Region": region,
        "StorageClass": attrs.get("storage_class") or "Standard",
        "ResourceGroupId": attrs.get("resource_group_id"),
    }


def info(record: dict) -> dict[str, Any]:
    attrs, settings = record["attributes"], record.get("settings") or {}
    sse = settings.get("server_side_encryption") or {}
    logging = settings.get("logging") or {}
    versioning = (settings.get("versioning") or {}).get("status")
    content: dict[str, Any] = {
        "AccessMonitor": (settings.get("access_monitor") or {}).get("status") or "Disabled",
        "CreationDate": creation_date(record),
        "CrossRegionReplication": "Enabled" if settings.get("replication") else "Disabled",
        "DataRedundancyType": attrs.get("redundancy_type") or "LRS",
        "ExtranetEndpoint": attrs.get("extranet_endpoint"),
        "IntranetEndpoint": attrs.get("intranet_endpoint"),
        "Location": f"oss-{record.get('region')}",
        "Name": record["id"],
        "ResourceGroupId": attrs.get("resource_group_id"),
        "StorageClass": attrs.get("storage_class") or "Standard",
        "TransferAcceleration": "Enabled"
        if (settings.get("transfer_acceleration") or {}).get("enabled")
        else "Disabled",
        "Owner": {"DisplayName": ACCOUNT_ID, "ID": attrs.get("owner") or ACCOUNT_ID},
        "AccessControlList": {"Grant": (settings.get("acl") or {}).get("acl") or "private"},
        "Comment": "",
        "BlockPublicAccess": bool((settings.get("public_access_block") or {}).get("block_public_access")),
        "ServerSideEncryptionRule": {
            "SSEAlgorithm": sse.get("sse_algorithm") or "None",
            "KMSMasterKeyID": sse.get("kms_master_key_id"),
            "KMSDataEncryption": sse.get("kms_data_encryption"),
        },
        "BucketPolicy": {
            "LogBucket": logging.get("target_bucket") or "",
            "LogPrefix": logging.get("target_prefix") or "",
        },
    }
    if versioning:
        content["Versioning"] = versioning
    return content
