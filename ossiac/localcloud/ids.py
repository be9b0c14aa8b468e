"""IDs in the shapes the real services hand out, so outputs and imports look like the real thing.

VPC-family IDs are `<prefix>-<region code><21 lowercase alphanumerics>` (e.g. `vpc-bp1...` in
cn-hangzhou), KMS keys `key-<region code><21 alphanumerics>`, CEN `cen-<18>`, RAM numeric IDs.
"""

from __future__ import annotations

import itertools
import secrets
import string
import time

_ALNUM = string.ascii_lowercase + string.digits
# The zone-ish code real VPC IDs carry after the prefix, per region.
_REGION_CODE = {
    "cn-hangzhou": "bp1",
    "cn-shanghai": "uf6",
    "cn-beijing": "2ze",
    "cn-shenzhen": "wz9",
    "cn-hongkong": "j6c",
    "ap-southeast-1": "t4n",
    "us-west-1": "rj9",
    "eu-central-1": "gw8",
}
_KMS_REGION_CODE = {"cn-hangzhou": "hzz", "cn-shanghai": "shh", "cn-beijing": "bjj", "cn-shenzhen": "szz"}

# resource type -> ID prefix for VPC-style IDs
VPC_STYLE_PREFIX = {
    "alicloud_vpc": "vpc",
    "alicloud_vswitch": "vsw",
    "alicloud_vpn_gateway": "vpn",
    "alicloud_vpn_customer_gateway": "cgw",
    "alicloud_vpn_connection": "vco",
    "alicloud_vpc_peer_connection": "pcc",
    "alicloud_express_connect_router_interface": "ri",
    "route_table": "vtb",
    "router": "vrt",
}


def _rand(n: int) -> str:
    return "".join(secrets.choice(_ALNUM) for _ in range(n))


def vpc_style(prefix: str, region: str) -> str:
    code = _REGION_CODE.get(region, "gw8")
    return f"{prefix}-{code}{_rand(21 - len(code))}"


def kms_key_id(region: str) -> str:
    return f"key-{_KMS_REGION_CODE.get(region, 'hzz')}{_rand(18)}"


_COUNTER = itertools.count(1)


def sdk_unique_id(prefix: str = "terraform-") -> str:
    """The plugin SDK's resource.PrefixedUniqueId (terraform-plugin-sdk v1.17.2, helper/resource/id.go):
    the prefix, the UTC time to 1/10000 s as 18 digits, then an 8-hex-digit counter. The provider names
    cms alarms (UniqueId) and unnamed Function Compute services/functions/triggers this way."""
    now = time.time()
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(now)) + f"{int(now * 10000) % 10000:04d}"
    return f"{prefix}{stamp}{next(_COUNTER):08x}"


def numeric(n: int) -> str:
    return str(secrets.randbelow(9) + 1) + "".join(secrets.choice(string.digits) for _ in range(n - 1))


def new_id(type_name: str, region: str) -> str:
    """A fresh ID for a resource whose ID the cloud generates (not derived from its arguments)."""
    if type_name in VPC_STYLE_PREFIX:
        return vpc_style(VPC_STYLE_PREFIX[type_name], region)
    if type_name == "alicloud_kms_key":
        return kms_key_id(region)
    if type_name == "alicloud_cen_instance":
        return f"cen-{_rand(18)}"
    if type_name == "alicloud_ram_user":
        return numeric(16)
    if type_name == "alicloud_cms_alarm":  # its Create takes the plugin SDK's generated unique ID
        return sdk_unique_id()
    short = type_name.removeprefix("alicloud_").split("_")[-1]
    return f"{short}-{_rand(20)}"
