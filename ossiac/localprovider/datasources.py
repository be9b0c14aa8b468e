"""Data sources, answered from the local cloud."""

from __future__ import annotations

import copy
import hashlib
import json
import re

from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.identity import REGIONS
from ossiac.localcloud.slices import inline_view


def _id(cfg: dict) -> str:
    return hashlib.sha1(json.dumps(cfg, sort_keys=True, default=str).encode()).hexdigest()[:12]


def _bucket_view(record: dict) -> dict:
    a, inline = record["attributes"], inline_view(record["settings"])
    return {
        "name": record["id"],
        "acl": inline["acl"],
        "creation_date": a.get("creation_date"),
        "extranet_endpoint": a.get("extranet_endpoint"),
        "intranet_endpoint": a.get("intranet_endpoint"),
        "location": a.get("location"),
        "owner": a.get("owner"),
        "storage_class": a.get("storage_class"),
        "redundancy_type": a.get("redundancy_type"),
        "tags": a.get("tags"),
        "policy": inline["policy"],
        "cors_rules": inline["cors_rule"],
        "logging": inline["logging"],
        "referer_config": inline["referer_config"],
        "versioning": inline["versioning"],
        "website": inline["website"],
        "server_side_encryption_rule": [
            {k: r.get(k) for k in ("sse_algorithm", "kms_master_key_id")} for r in inline["server_side_encryption_rule"]
        ],
        "lifecycle_rule": [
            {
                "id": r.get("id"),
                "prefix": r.get("prefix"),
                "enabled": r.get("enabled"),
                "expiration": [{"date": e.get("date"), "days": e.get("days")} for e in r.get("expiration") or []],
            }
            for r in a.get("lifecycle_rule") or []
        ],
    }


def _records(store, type_name: str, ids) -> list[dict]:
    """Records of a type, in ID order: looked up by key when the data source names its IDs (no scan)."""
    if not ids:
        return store.list(type_name)
    found = (store.get(type_name, rid) for rid in sorted({i for i in ids if isinstance(i, str)}))
    return [r for r in found if r is not None]


def read(type_name: str, cfg: dict, cloud) -> dict:
    state = copy.deepcopy(cfg)
    store = cloud.store
    if type_name == "alicloud_regions":
        wanted = [cfg["name"]] if cfg.get("name") else ([cloud.region] if cfg.get("current") else REGIONS)
        state["ids"] = wanted
        state["regions"] = [{"id": r, "region_id": r, "local_name": r} for r in wanted]
        state["id"] = _id(cfg)
    elif type_name == "alicloud_account":
        state["id"] = cloud.account_id
    elif type_name == "alicloud_oss_buckets":
        rx = re.compile(cfg.get("name_regex") or ".*")
        found = [r for r in store.list(buckets.TYPE) if rx.search(r["id"])]
        state["names"] = [r["id"] for r in found]
        state["buckets"] = [_bucket_view(r) for r in found]
        state["id"] = _id(cfg)
    elif type_name == "alicloud_kms_keys":
        keys = [
            r
            for r in _records(store, "alicloud_kms_key", cfg.get("ids"))
            if (not cfg.get("status") or r["attributes"].get("status") == cfg["status"])
            and re.search(cfg.get("description_regex") or ".*", r["attributes"].get("description") or "")
        ]
        state["ids"] = [r["id"] for r in keys]
        state["keys"] = [
            {
                **{
                    k: r["attributes"].get(k)
                    for k in (
                        "arn",
                        "automatic_rotation",
                        "creation_date",
                        "creator",
                        "delete_date",
                        "description",
                        "key_spec",
                        "key_usage",
                        "origin",
                        "status",
                        "protection_level",
                        "rotation_interval",
                    )
                },
                "id": r["id"],
                "key_id": r["id"],
            }
            for r in keys
        ]
        state["id"] = _id(cfg)
    elif type_name == "alicloud_ram_roles":
        rx = re.compile(cfg.get("name_regex") or ".*")
        roles = [
            r
            for r in store.list("alicloud_ram_role")
            if rx.search(r["attributes"].get("role_name") or "")
            and (not cfg.get("ids") or r["attributes"].get("role_id") in cfg["ids"])
        ]
        state["names"] = [r["attributes"].get("role_name") for r in roles]
        state["ids"] = [r["attributes"].get("role_id") for r in roles]
        state["roles"] = [
            {
                "id": r["attributes"].get("role_id"),
                "name": r["attributes"].get("role_name"),
                "arn": r["attributes"].get("arn"),
                "description": r["attributes"].get("description"),
                "assume_role_policy_document": r["attributes"].get("assume_role_policy_document"),
                "document": r["attributes"].get("document"),
                "tags": r["attributes"].get("tags"),
                "create_date": r["attributes"].get("create_time"),
                "update_date": r["attributes"].get("create_time"),
            }
            for r in roles
        ]
        state["id"] = _id(cfg)
    if state.get("id") is None:
        state["id"] = _id(cfg)
    return state
