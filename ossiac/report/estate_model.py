"""What a security reviewer asks of the synthesized estate, read from each stack's cdk.tf.json.

Per bucket: ACL, encryption and key, versioning, logging, public access, referer, CORS, lifecycle,
replication, alarms, waivers (with reasons) and the roles whose policies name it (with actions).
Per stack: the migration network (VPCs, vSwitches, VPN, peering, CEN) and who can reach which bucket
(roles and what assumes them, replication, public access) as nodes and labelled edges.
A resource's region is its provider's: the stack's default `alicloud` provider or the alias it names.
References (`${type.key.attr}`) are shown as the resource they name, never resolved by guessing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ossiac import stack_json
from ossiac_constructs.resource_comment import COMMENT, WAIVERS_KEY
from ossiac_props.wildcard import wildcard_match

_REFERENCE = re.compile(r"\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}")
NETWORK_TYPES = (
    "alicloud_vpc",
    "alicloud_vswitch",
    "alicloud_vpn_gateway",
    "alicloud_vpn_customer_gateway",
    "alicloud_vpn_connection",
    "alicloud_vpc_peer_connection",
    "alicloud_cen_instance",
    "alicloud_cen_instance_attachment",
)
_NAME_KEYS = (
    "vpc_name",
    "vswitch_name",
    "vpn_gateway_name",
    "customer_gateway_name",
    "vpn_connection_name",
    "peer_connection_name",
    "cen_instance_name",
    "name",
    "description",
)


@dataclass
class RoleAccess:
    role: str
    actions: list[str]
    resources: list[str]


@dataclass
class Replication:
    destination: str
    region: str
    scope: str


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
    replication: list[Replication] = field(default_factory=list)
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


GLOBAL = "account-wide (RAM)"  # the picture's group for what has no region: users, roles, services
INTERNET = "internet"


@dataclass
class NetworkNode:
    """A box in the picture: a network resource, a bucket, a role, a user, a service or the internet."""

    address: str
    kind: str
    label: str
    region: str = GLOBAL
    stack: str = ""


@dataclass
class Edge:
    source: str
    target: str
    label: str


@dataclass
class Estate:
    buckets: list[Bucket]
    nodes: list[NetworkNode]
    edges: list[Edge]

    @property
    def network(self) -> list[NetworkNode]:
        return [node for node in self.nodes if f"alicloud_{node.kind}" in NETWORK_TYPES]


def load(stacks_dir: Path) -> Estate:
    buckets: list[Bucket] = []
    nodes: list[NetworkNode] = []
    edges: list[Edge] = []
    for stack_dir in stack_json.stack_dirs(stacks_dir):
        stack = stack_dir.name
        document = stack_json.load(stack_dir)
        resources = document.get("resource", {})
        region_of = _regions(document)
        stack_buckets = _buckets(stack, resources, region_of)
        buckets += stack_buckets.values()
        stack_nodes, stack_edges = _network(stack, resources, region_of)
        access_nodes, access_edges = _access(stack, resources, stack_buckets)
        nodes += stack_nodes + access_nodes
        edges += stack_edges + access_edges
    return Estate(buckets, _unique(nodes), edges)


def _regions(document: dict) -> Callable[[dict], str]:
    """A resource body -> the region of the provider configuration it uses (`provider` unset: the default)."""
    configs = _list(document.get("provider", {}).get("alicloud"))
    by_alias = {str(config.get("alias", "")): str(config.get("region", "")) for config in configs}

    def region(body: dict) -> str:
        alias = str(body.get("provider", "alicloud")).removeprefix("alicloud").removeprefix(".")
        return by_alias.get(alias) or "region not set in the provider"

    return region


def _unique(nodes: list[NetworkNode]) -> list[NetworkNode]:
    """Users, roles and services named by several stacks are one box each."""
    return list({node.address: node for node in nodes}.values())


def _buckets(stack: str, resources: dict, region_of: Callable[[dict], str]) -> dict[str, Bucket]:
    by_key: dict[str, Bucket] = {}
    keys = {}
    for key, body in resources.get("alicloud_oss_bucket", {}).items():
        bucket = Bucket(stack, str(body.get("bucket", key)), region_of(body))
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
            owned = owner(body.get("bucket"))
            if owned is None:
                continue
            owned.waivers.update(body.get(COMMENT, {}).get(WAIVERS_KEY, {}))
            _setting(owned, resource_type, body, resources, by_key)
    for alarm in resources.get("alicloud_cms_alarm", {}).values():
        for bucket in by_key.values():
            if f'"{bucket.name}"' in str(alarm.get("metric_dimensions", "")):
                bucket.alarms.append(f"{alarm.get('name', '?')} ({alarm.get('metric', '?')})")
    _roles(resources, by_key)
    return by_key


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
    if rule.get("tags"):
        parts.append("tagged " + ", ".join(f"{k}={v}" for k, v in sorted(rule["tags"].items())))
    for expiration in _list(rule.get("expiration")):
        if expiration.get("days") is not None:
            parts.append(f"expire after {expiration['days']} days")
        if expiration.get("expired_object_delete_marker"):
            parts.append("remove expired delete markers")
    for expiration in _list(rule.get("noncurrent_version_expiration")):
        parts.append(f"expire noncurrent versions after {expiration.get('days')} days")
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
        bucket.referer = (
            f"allow {', '.join(body.get('referer_list') or []) or 'any'}; "
            f"deny {', '.join(body.get('referer_blacklist') or []) or 'none'}; {empty}"
        )
    elif resource_type == "alicloud_oss_bucket_cors":
        for rule in _list(body.get("cors_rule")):
            bucket.cors.append(
                f"{', '.join(rule.get('allowed_methods', []))} from {', '.join(rule.get('allowed_origins', []))}"
            )
    elif resource_type == "alicloud_oss_bucket_replication":
        for destination in _list(body.get("destination")):
            bucket.replication.append(
                Replication(
                    _named(destination.get("bucket"), resources),
                    str(destination.get("location", "?")).removeprefix("oss-"),
                    _replication_scope(body, resources),
                )
            )
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


def _replication_scope(body: dict, resources: dict) -> str:
    """What is copied: which objects (prefixes), which operations, existing objects, KMS-encrypted ones."""
    prefixes = [str(p) for p in _list((body.get("prefix_set") or {}).get("prefixes"))]
    parts = [
        f"objects under {', '.join(prefixes)}" if prefixes else "all objects",
        f"operations {body.get('action') or 'ALL'}",
        "existing objects too" if body.get("historical_object_replication") == "enabled" else "new objects only",
    ]
    kms = ((body.get("source_selection_criteria") or {}).get("sse_kms_encrypted_objects") or {}).get("status")
    if kms == "Enabled":
        key = (body.get("encryption_configuration") or {}).get("replica_kms_key_id")
        parts.append("SSE-KMS objects included" + (f", re-encrypted with {_named(key, resources)}" if key else ""))
    return ", ".join(parts)


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
            named_resources = [_readable(str(r), resources) for r in _list(statement.get("Resource"))]
            for bucket in by_key.values():
                named = [r for r in named_resources if _names_bucket(r, bucket.name)]
                if named:
                    bucket.roles.append(RoleAccess(role_name, [str(a) for a in _list(statement.get("Action"))], named))


def _network(stack: str, resources: dict, region_of: Callable[[dict], str]) -> tuple[list[NetworkNode], list[Edge]]:
    """Network resources, and an edge from each one another references, labelled with the referencing argument."""
    nodes, edges = [], []
    for resource_type in NETWORK_TYPES:
        for key, body in resources.get(resource_type, {}).items():
            address = f"{resource_type}.{key}"
            name = next((str(body[k]) for k in _NAME_KEYS if isinstance(body.get(k), str)), key)
            nodes.append(NetworkNode(address, resource_type.removeprefix("alicloud_"), name, region_of(body), stack))
            for argument, value in body.items():
                for match in _REFERENCE.finditer(json.dumps(value) if argument != COMMENT else ""):
                    if match.group(1) in NETWORK_TYPES:
                        edges.append(Edge(f"{match.group(1)}.{match.group(2)}", address, argument))
    return nodes, edges


def _access(stack: str, resources: dict, buckets: dict[str, Bucket]) -> tuple[list[NetworkNode], list[Edge]]:
    """Who reaches which bucket: buckets, roles (and what may assume them), replication, public access."""
    nodes = [NetworkNode(_bucket_address(b), "oss_bucket", b.name, b.region, stack) for b in buckets.values()]
    edges = []
    roles = {}
    for key, body in resources.get("alicloud_ram_role", {}).items():
        name = str(body.get("role_name", key))
        roles[name] = f"role.{name}"  # role names are unique in the account, so one box per name
        nodes.append(NetworkNode(roles[name], "ram_role", name, GLOBAL, stack))
        for statement in _list((_json(body.get("assume_role_policy_document")) or {}).get("Statement")):
            if statement.get("Effect") != "Allow":
                continue
            for principal in _principals(statement.get("Principal"), resources):
                nodes.append(NetworkNode(f"principal.{principal}", "principal", principal, GLOBAL, stack))
                edges.append(Edge(f"principal.{principal}", roles[name], "sts:AssumeRole"))
    for bucket in buckets.values():
        for access in bucket.roles:
            if access.role in roles:
                actions = ", ".join(action.removeprefix("oss:") for action in access.actions)
                edges.append(Edge(roles[access.role], _bucket_address(bucket), actions + _scope(access)))
        for replication in bucket.replication:
            target = next((b for b in buckets.values() if b.name == replication.destination), None)
            if target is not None:
                edges.append(Edge(_bucket_address(bucket), _bucket_address(target), "replicates to"))
        if bucket.public:
            nodes.append(NetworkNode(INTERNET, "internet", "anyone", INTERNET))
            how = f"ACL {bucket.acl}" if bucket.acl.startswith("public") else "bucket policy"
            edges.append(Edge(INTERNET, _bucket_address(bucket), f"reads ({how})"))
    return nodes, edges


def _oss_resource(resource: str) -> tuple[str, str] | None:
    """`acs:oss:<region>:<account>:<bucket>[/<object path>]` as (bucket pattern, object path); None if not OSS."""
    parts = resource.split(":", 4)
    if len(parts) != 5 or parts[:2] != ["acs", "oss"]:
        return None
    bucket, _, path = parts[4].partition("/")
    return bucket, path


def _names_bucket(resource: str, bucket: str) -> bool:
    """Exactly, or through RAM's wildcards (`acs:oss:*:*:*` names every bucket); `b` never names `b-logs`."""
    parsed = _oss_resource(resource)
    return parsed is not None and wildcard_match(parsed[0], bucket)


def _scope(access: RoleAccess) -> str:
    """' on tmp/*' when the policy names only some of the bucket's objects; '' for the whole bucket."""
    paths = {parsed[1] for parsed in map(_oss_resource, access.resources) if parsed is not None}
    narrower = sorted(path for path in paths if path not in ("", "*"))
    return f" on {', '.join(narrower)}" if narrower and len(narrower) == len(paths) else ""


def _principals(principal: Any, resources: dict) -> list[str]:
    """An assume-role policy's principals as readable names: `service oss.aliyuncs.com`, `RAM user/app`."""
    if not isinstance(principal, dict):
        return [str(principal)] if principal else []
    names = [f"service {service}" for service in _list(principal.get("Service"))]
    for entry in _list(principal.get("RAM")):
        text = _readable(str(entry), resources)
        names.append("RAM " + (text.rsplit(":", 1)[-1] if text.startswith("acs:ram::") else text))
    return names


def _bucket_address(bucket: Bucket) -> str:
    return f"bucket.{bucket.stack}.{bucket.name}"


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
        for key in ("bucket", "description", "role_name", "policy_name", "name"):
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
