"""Transfer acceleration, cross-region replication and WORM: the sub-resources `ossiac import
--target alicloud` reads besides the managed eleven (it declares transfer acceleration, and refuses
a bucket with replication rules or a retention policy, which a stack file cannot state).

Transfer acceleration is served both ways. Replication and WORM are read only, from what the
stand-in provider stores for `alicloud_oss_bucket_replication` / `alicloud_oss_bucket_worm`
(settings keyed by rule or WORM ID, see `ossiac/localcloud/slices.py`); their Put operations
(several rules, retention states and their transitions) are not served and answer NotImplemented.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from ossiac.endpoint.bucket_settings_kind import SubResource, boolean, not_configured
from ossiac.endpoint.errors import malformed_xml, not_implemented

if TYPE_CHECKING:
    from ossiac.endpoint.app import Call


def _acceleration_apply(config: Element, record: dict, _call: Call) -> None:
    enabled = boolean(config, "Enabled")
    if enabled is None:
        raise malformed_xml("<TransferAccelerationConfiguration> needs an <Enabled> element (true or false).")
    record["settings"]["transfer_acceleration"] = {"enabled": enabled}


def _acceleration_show(record: dict) -> dict | None:
    setting = record["settings"].get("transfer_acceleration")
    return None if setting is None else {"Enabled": bool(setting.get("enabled"))}


def _first(blocks: Any) -> dict:
    return blocks[0] if isinstance(blocks, list) and blocks and isinstance(blocks[0], dict) else {}


def _replication_show(record: dict) -> dict | None:
    rules = record["settings"].get("replication") or {}
    if not rules:
        return None
    shown = []
    for rule_id, rule in sorted(rules.items()):
        destination = _first(rule.get("destination"))
        prefixes = _first(rule.get("prefix_set")).get("prefixes") or []
        shown.append(
            {
                "ID": rule_id,
                "PrefixSet": {"Prefix": list(prefixes)} if prefixes else None,
                "Action": rule.get("action") or "ALL",
                "Destination": {"Bucket": destination.get("bucket"), "Location": destination.get("location")},
                "Status": rule.get("status") or "doing",
                "HistoricalObjectReplication": rule.get("historical_object_replication") or "enabled",
            }
        )
    return {"Rule": shown}


def _worm_show(record: dict) -> dict | None:
    worms = record["settings"].get("worm") or {}
    if not worms:
        return None
    worm_id, worm = sorted(worms.items())[0]  # OSS keeps one retention policy per bucket
    return {
        "WormId": worm_id,
        "State": worm.get("status") or "InProgress",
        "RetentionPeriodInDays": worm.get("retention_period_in_days"),
        "CreationDate": worm.get("create_time"),
    }


def _read_only(operation: str):
    def refuse(_body: bytes, _call: Call) -> Any:
        raise not_implemented(operation)

    return refuse


def _never(_value: Any, _record: dict, _call: Call) -> None:  # parse refuses first
    raise AssertionError("unreachable")


OTHER: tuple[SubResource, ...] = (
    SubResource(
        "transferAcceleration",
        "BucketTransferAcceleration",
        "TransferAccelerationConfiguration",
        _acceleration_show,
        _acceleration_apply,
        unset=not_configured(
            "NoSuchTransferAccelerationConfiguration", "transfer acceleration configuration", "0028-00000004"
        ),
    ),
    SubResource(
        "replication",
        "BucketReplication",
        "ReplicationConfiguration",
        _replication_show,
        _never,
        parse=_read_only("PutBucketReplication"),
        unset=not_configured("NoSuchReplicationConfiguration", "replication rules"),
    ),
    SubResource(
        "worm",
        "BucketWorm",
        "WormConfiguration",
        _worm_show,
        _never,
        parse=_read_only("InitiateBucketWorm"),
        unset=not_configured("NoSuchWORMConfiguration", "retention (WORM) policy"),
    ),
)
