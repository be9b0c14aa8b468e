"""Values the cloud reports for computed attributes it was not given, per resource type.

Anything not listed stays null (the real API reports nothing for it either, or we do not model
it). Name pairs such as `name`/`vpc_name` are the provider's deprecated aliases: one mirrors the other.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from typing import Any

from ossiac.localcloud import ids
from ossiac.localcloud.identity import DEFAULT_RESOURCE_GROUP


def _now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _now_ms() -> int:
    return int(time.time() * 1000)


def _public_ip() -> str:
    return f"47.{random.randint(96, 120)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


# Deprecated alias pairs: whichever is set, the other reports the same value.
ALIASES = {
    "alicloud_vpc": [("name", "vpc_name")],
    "alicloud_vswitch": [("name", "vswitch_name"), ("availability_zone", "zone_id")],
    "alicloud_vpn_gateway": [("name", "vpn_gateway_name"), ("instance_charge_type", "payment_type")],
    "alicloud_vpn_connection": [("name", "vpn_connection_name")],
    "alicloud_vpn_customer_gateway": [("name", "customer_gateway_name")],
    "alicloud_ram_role": [("name", "role_name"), ("document", "assume_role_policy_document")],
    "alicloud_ram_policy": [("name", "policy_name"), ("document", "policy_document")],
    "alicloud_log_project": [("name", "project_name")],
    "alicloud_log_store": [("name", "logstore_name"), ("project", "project_name")],
    "alicloud_kms_key": [("status", "key_state")],
}

HOOKS = {
    "alicloud_kms_key": {
        "arn": lambda s, c: f"acs:kms:{c.region}:{c.account_id}:key/{s['id']}",
        "status": lambda s, c: "Enabled" if s.get("is_enabled") is not False else "Disabled",
        "key_state": lambda s, c: s.get("status") or "Enabled",
        "is_enabled": lambda s, c: True,
        "key_spec": lambda s, c: "Aliyun_AES_256",
        "key_usage": lambda s, c: "ENCRYPT/DECRYPT",
        "origin": lambda s, c: "Aliyun_KMS",
        "protection_level": lambda s, c: "SOFTWARE",
        "automatic_rotation": lambda s, c: "Disabled",
        "deletion_protection": lambda s, c: "Disabled",
        "creation_date": lambda s, c: _now_iso(),
        "creator": lambda s, c: c.account_id,
        "primary_key_version": lambda s, c: str(uuid.uuid4()),
        "policy": lambda s, c: None,
    },
    "alicloud_kms_secret": {
        "arn": lambda s, c: f"acs:kms:{c.region}:{c.account_id}:secret/{s.get('secret_name')}",
        "create_time": lambda s, c: _now_iso(),
    },
    "alicloud_vpc": {
        "cidr_block": lambda s, c: "172.16.0.0/12",
        "status": lambda s, c: "Available",
        "router_id": lambda s, c: ids.vpc_style("vrt", c.region),
        "route_table_id": lambda s, c: ids.vpc_style("vtb", c.region),
        "router_table_id": lambda s, c: s.get("route_table_id"),
        "region_id": lambda s, c: c.region,
        "create_time": lambda s, c: _now_iso(),
        "resource_group_id": lambda s, c: DEFAULT_RESOURCE_GROUP,
        "is_default": lambda s, c: False,
        "enable_ipv6": lambda s, c: False,
        "dns_hostname_status": lambda s, c: "DISABLED",
        "user_cidrs": lambda s, c: [],
        "secondary_cidr_blocks": lambda s, c: [],
        "ipv6_cidr_blocks": lambda s, c: [],
        "system_route_table_route_propagation_enable": lambda s, c: True,
    },
    "alicloud_vswitch": {
        "status": lambda s, c: "Available",
        "create_time": lambda s, c: _now_iso(),
        "is_default": lambda s, c: False,
        "enable_ipv6": lambda s, c: False,
    },
    "alicloud_vpn_gateway": {
        "internet_ip": lambda s, c: _public_ip(),
        "status": lambda s, c: "Active",
        "business_status": lambda s, c: "Normal",
        "create_time": lambda s, c: _now_ms(),
        "network_type": lambda s, c: "public",
        "vpn_type": lambda s, c: "Normal",
        "payment_type": lambda s, c: "Subscription",
        "ssl_connections": lambda s, c: 5 if s.get("enable_ssl") else 0,
        "resource_group_id": lambda s, c: DEFAULT_RESOURCE_GROUP,
    },
    "alicloud_vpn_connection": {
        "status": lambda s, c: "ike_sa_not_established",
        "create_time": lambda s, c: _now_ms(),
        "resource_group_id": lambda s, c: DEFAULT_RESOURCE_GROUP,
        "enable_dpd": lambda s, c: True,
        "enable_nat_traversal": lambda s, c: True,
        "enable_tunnels_bgp": lambda s, c: False,
    },
    "alicloud_vpn_customer_gateway": {"create_time": lambda s, c: _now_ms()},
    "alicloud_ram_role": {
        "arn": lambda s, c: f"acs:ram::{c.account_id}:role/{str(s.get('role_name') or s.get('name')).lower()}",
        "role_id": lambda s, c: ids.numeric(19),
        "create_time": lambda s, c: _now_iso(),
        "max_session_duration": lambda s, c: 3600,
        "ram_users": lambda s, c: [],
        "services": lambda s, c: [],
    },
    "alicloud_ram_policy": {
        "type": lambda s, c: "Custom",
        "default_version": lambda s, c: "v1",
        "version_id": lambda s, c: "v1",
        "attachment_count": lambda s, c: 0,
        "create_time": lambda s, c: _now_iso(),
    },
    "alicloud_oss_bucket_object": {
        "content_type": lambda s, c: "application/octet-stream",
        "version_id": lambda s, c: None,
    },
}


def _unique_name(state: dict, cloud) -> str:
    prefix = state.get("name_prefix")
    return ids.sdk_unique_id(prefix if isinstance(prefix, str) and prefix else "terraform-")


def _router_of(state: dict, cloud) -> str | None:
    """The vRouter owning the route table (the provider builds the ID from DescribeRouteTables' VRouterId)."""
    table = state.get("route_table_id")
    if not isinstance(table, str):
        return None
    for vpc in cloud.store.find("alicloud_vpc", route_table_id=table):
        return vpc["attributes"].get("router_id")
    return None


# Names decided at create time that the resource's ID is built from (see generic.py): the provider's
# Create picks them before it calls the API, so they exist before the ID does.
NAME_HOOKS: dict[str, dict[str, Callable[[dict, Any], str | None]]] = {
    # Create: name, else resource.PrefixedUniqueId(name_prefix), else resource.UniqueId()
    "alicloud_fc_service": {"name": _unique_name},
    "alicloud_fc_function": {"name": _unique_name},
    "alicloud_fc_trigger": {"name": _unique_name},
    "alicloud_route_entry": {"router_id": _router_of},
}


def fill_names(type_name: str, state: dict, cloud, unknown) -> None:
    """Before the ID is made: an alias takes its twin's value, and create-time names are chosen."""
    for a, b in ALIASES.get(type_name, []):
        if state.get(a) is unknown and state.get(b) not in (None, unknown):
            state[a] = state[b]
        elif state.get(b) is unknown and state.get(a) not in (None, unknown):
            state[b] = state[a]
    for name, hook in NAME_HOOKS.get(type_name, {}).items():
        if state.get(name) in (None, unknown):
            value = hook(state, cloud)
            if value is not None:
                state[name] = value


def fill(type_name: str, state: dict, cloud, unknown) -> None:
    """Replace unknown top-level values: aliases first, then hooks, then null."""
    for a, b in ALIASES.get(type_name, []):
        if state.get(a) is unknown and state.get(b) is not unknown:
            state[a] = state.get(b)
        elif state.get(b) is unknown and state.get(a) is not unknown:
            state[b] = state.get(a)
    hooks = HOOKS.get(type_name, {})
    for name in list(state):
        if state[name] is unknown and name in hooks:
            state[name] = hooks[name](state, cloud)
    for a, b in ALIASES.get(type_name, []):
        if state.get(a) is unknown and state.get(b) is unknown:
            state[a] = state[b] = None
    for name, value in state.items():
        if value is unknown:
            state[name] = None
