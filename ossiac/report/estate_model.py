"""What a security reviewer asks of the synthesized estate, read from each stack's cdk.tf.json.

Per bucket: ACL, encryption and key, versioning, logging, public access, referer, CORS, lifecycle,
replication, alarms, waivers (with reasons) and the roles whose policies name it (with actions).
Per stack: the migration network (VPCs, vSwitches, VPN, peering, CEN) as nodes and edges.
References (`${type.key.attr}`) are shown as the resource they name, never resolved by guessing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ossiac import stack_json
from ossiac_constructs.resource_comment import COMMENT, WAIVERS_KEY

_REFERENCE = re.compile(r"\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}")
NETWORK_TYPES = ("alicloud_vpc", "alicloud_vswitch", "alicloud_vpn_gateway", "alicloud_vpn_customer_gateway",
                 "alicloud_vpn_connection", "alicloud_vpc_peer_connection", "alicloud_cen_instance",
                 "alicloud_cen_instance_attachment")
_NAME_KEYS = ("vpc_name", "vswitch_name", "vpn_gateway_name", "customer_gateway_name", "vpn_connection_name",
              "peer_connection_name", "cen_instance_name", "name", "description")


@dataclass
class RoleAccess:
    role: str
    actions: list[str]
    resources: list[str]


@dataclass
class Bucket:
    stack: str
    name: str
    region: str
    acl: str = "private"
    public_access_block: str = "not managed"
    encryption: str = "none"
    versioning: str = "off"
    logging: str = "off"
    referer: str = "none"
    cors: list[str] = field(default_factory=list)
    lifecycle: list[str] = field(default_factory=list)
    replication: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)
    waivers: dict[str, str] = field(default_factory=dict)
    roles: list[RoleAccess] = field(default_factory=list)
    policy_public: bool = False

    @property
    def public(self) -> str:
        """'' when private; otherwise why it is public."""
        reasons = []
        if self.acl in ("public-read", "public-read-write") and self.public_access_block != "blocked":
            reasons.append(f"ACL {self.acl}, public access block {self.public_access_block}")
        if self.policy_public and self.public_access_block != "blocked":
            reasons.append("bucket policy allows anyone (Principal *)")
        return "; ".join(reasons)


@dataclass
class NetworkNode:
    address: str
    kind: str
    label: str


@dataclass
class Estate:
    buckets: list[Bucket]
    nodes: list[NetworkNode]
    edges: list[tuple[str, str]]


def load(stacks_dir: Path) -> Estate:
    buckets, nodes, edges = [], [], []
    for stack_dir in stack_json.stack_dirs(stacks_dir):
        stack = stack_dir.name
        resources = stack_json.load(stack_dir).get("resource", {})
        buckets += _buckets(stack, resources)
        stack_nodes, stack_edges = _network(stack, resources)
        nodes += stack_nodes
        edges += stack_edges
    return Estate(buckets, nodes, edges)


def _buckets(stack: str, resources: dict) -> list[Bucket]:
    by_key: dict[str, Bucket] = {}
    keys = {}
    for key, body in resources.get("alicloud_oss_bucket", {}).items():
        region = str(body.get("provider", "alicloud")).split(".")[-1].replace("_", "-")
        bucket = Bucket(stack, str(body.get("bucket", key)), "default" if region == "alicloud" else region)
        by_key[key] = bucket
        keys[bucket.name] = key
        _inline(bucket, body, resources)
        bucket.waivers.update(body.get(COMMENT, {}).get(WAIVERS_KEY, {}))

    def owner(value: Any) -> Bucket | None:
        match = _REFERENCE.fullmatch(str(value))
        if match and match.group(1) == "alicloud_oss_bucket":
            return by_key.get(match.group(2))
        return by_key.get(keys.get(str(value), ""))

    for resource_type, entries in resources.items():
        for body in entries.values():
            bucket = owner(body.get("bucket"))
            if bucket is None:
                continue
            bucket.waivers.update(body.get(COMMENT, {}).get(WAIVERS_KEY, {}))
            _setting(bucket, resource_type, body, resources, by_key)
    for alarm in resources.get("alicloud_cms_alarm", {}).values():
        for bucket in by_key.values():
            if f'"{bucket.name}"' in str(alarm.get("metric_dimensions", "")):
                bucket.alarms.append(f"{alarm.get('name', '?')} ({alarm.get('metric', '?')})")
    _roles(resources, by_key)
    return list(by_key.values())


def _inline(bucket: Bucket, body: dict, resources: dict) -> None:
    if "acl" in body:
        bucket.acl = str(body["acl"])
    sse = body.get("server_side_encryption_rule")
    if isinstance(sse, dict):
        key = sse.get("kms_master_key_id")
        bucket.encryption = f"{sse.get('sse_algorithm')}" + (f" with {_named(key, resources)}" if key else "")
    versioning = body.get("versioning")
    if isinstance(versioning, dict):
        bucket.versioning = str(versioning.get("status", "off"))
    logging = body.get("logging")
    if isinstance(logging, dict):
        bucket.logging = f"to {_named(logging.get('target_bucket'), resources)}/{logging.get('target_prefix', '')}"
    for rule in body.get("lifecycle_rule") or []:
        bucket.lifecycle.append(_lifecycle(rule))


def _lifecycle(rule: dict) -> str:
    parts = [f"{rule.get('id', 'rule')}: prefix {rule.get('prefix') or '(all)'}"]
    for transition in _list(rule.get("transitions")):
        parts.append(f"to {transition.get('storage_class')} after {transition.get('days')} days")
    for expiration in _list(rule.get("expiration")):
        if expiration.get("days") is not None:
            parts.append(f"expire after {expiration['days']} days")
    for abort in _list(rule.get("abort_multipart_upload")):
        parts.append(f"abort uploads after {abort.get('days')} days")
    return ", ".join(parts)


def _setting(bucket: Bucket, resource_type: str, body: dict, resources: dict, by_key: dict) -> None:
    if resource_type == "alicloud_oss_bucket_acl":
        bucket.acl = str(body.get("acl"))
    elif resource_type == "alicloud_oss_bucket_public_access_block":
        bucket.public_access_block = "blocked" if body.get("block_public_access") else "not blocked"
    elif resource_type == "alicloud_oss_bucket_referer":
        empty = "empty Referer allowed" if body.get("allow_empty_referer", True) else "empty Referer refused"
        bucket.referer = (f"allow {', '.join(body.get('referer_list') or []) or 'any'}; "
                          f"deny {', '.join(body.get('referer_blacklist') or []) or 'none'}; {empty}")
    elif resource_type == "alicloud_oss_bucket_cors":
        for rule in _list(body.get("cors_rule")):
            bucket.cors.append(f"{', '.join(rule.get('allowed_methods', []))} from "
                               f"{', '.join(rule.get('allowed_origins', []))}")
    elif resource_type == "alicloud_oss_bucket_replication":
        for destination in _list(body.get("destination")):
            bucket.replication.append(f"to {_named(destination.get('bucket'), resources)} "
                                      f"({destination.get('location', '?')}), {body.get('action', 'ALL')}")
    elif resource_type == "alicloud_oss_bucket_versioning":
        bucket.versioning = str(body.get("status"))
    elif resource_type == "alicloud_oss_bucket_server_side_encryption":
        key = body.get("kms_master_key_id")
        bucket.encryption = f"{body.get('sse_algorithm')}" + (f" with {_named(key, resources)}" if key else "")
    elif resource_type == "alicloud_oss_bucket_logging":
        bucket.logging = f"to {_named(body.get('target_bucket'), resources)}/{body.get('target_prefix', '')}"
    elif resource_type == "alicloud_oss_bucket_policy":
        document = _json(body.get("policy"))
        for statement in _list((document or {}).get("Statement")):
            principal = statement.get("Principal")
            if statement.get("Effect") == "Allow" and principal in ("*", ["*"], {"RAM": ["*"]}, {"RAM": "*"}):
                bucket.policy_public = True


def _roles(resources: dict, by_key: dict[str, Bucket]) -> None:
    roles = resources.get("alicloud_ram_role", {})
    policies = resources.get("alicloud_ram_policy", {})
    for attachment in resources.get("alicloud_ram_role_policy_attachment", {}).values():
        role = _target(attachment.get("role_name"), "alicloud_ram_role", roles)
        policy = _target(attachment.get("policy_name"), "alicloud_ram_policy", policies)
        if role is None or policy is None:
            continue
        role_name = _readable(str(roles[role].get("role_name", role)), resources)
        document = _json(policies[policy].get("policy_document"))
        for statement in _list((document or {}).get("Statement")):
            if statement.get("Effect") != "Allow":
                continue
            for key, bucket in by_key.items():
                named = [r for r in _list(statement.get("Resource")) if str(r).startswith("acs:oss:")
                         and (f"alicloud_oss_bucket.{key}." in r or f":{bucket.name}" in r)]
                if named:
                    bucket.roles.append(RoleAccess(role_name, [str(a) for a in _list(statement.get("Action"))],
                                                   [_readable(r, resources) for r in named]))


def _network(stack: str, resources: dict) -> tuple[list[NetworkNode], list[tuple[str, str]]]:
    nodes, edges = [], []
    for resource_type in NETWORK_TYPES:
        for key, body in resources.get(resource_type, {}).items():
            address = f"{resource_type}.{key}"
            name = next((str(body[k]) for k in _NAME_KEYS if isinstance(body.get(k), str)), key)
            nodes.append(NetworkNode(address, resource_type.removeprefix("alicloud_"), f"{stack}: {name}"))
            for match in _REFERENCE.finditer(json.dumps({k: v for k, v in body.items() if k != COMMENT})):
                if match.group(1) in NETWORK_TYPES:
                    edges.append((f"{match.group(1)}.{match.group(2)}", address))
    return nodes, edges


def _target(value: Any, resource_type: str, of_type: dict) -> str | None:
    match = _REFERENCE.fullmatch(str(value))
    if match and match.group(1) == resource_type:
        return match.group(2) if match.group(2) in of_type else None
    return next((k for k, b in of_type.items() if value in (b.get("role_name"), b.get("policy_name"))), None)


def _named(value: Any, resources: dict) -> str:
    """A reference as what it names: a bucket's name, a key's description; a literal as is."""
    return _readable(str(value), resources) if value is not None else "?"


def _readable(text: str, resources: dict) -> str:
    def name(match: re.Match[str]) -> str:
        body = resources.get(match.group(1), {}).get(match.group(2), {})
        for key in ("bucket", "description", "role_name", "policy_name"):
            if isinstance(body.get(key), str):
                return body[key] if match.group(1) != "alicloud_kms_key" else f"KMS key '{body[key]}'"
        return f"{match.group(1)}.{match.group(2)}"
    return _REFERENCE.sub(name, text)


def _list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _json(text: Any) -> dict | None:
    try:
        return json.loads(text) if isinstance(text, str) else None
    except json.JSONDecodeError:
        return None
