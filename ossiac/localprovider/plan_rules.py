"""What a plugin-SDK provider's plan keeps from the prior state where the configuration says nothing.

Terraform core proposes the configuration's value (null, or no block) for every non-computed
argument. The SDK (v1.17.2 `schemaMap.Diff`, which the real provider runs) then finds no change:
  - for an Optional+Computed nested block left out of the configuration: it keeps what Read found
    (e.g. `alicloud_oss_bucket.access_monitor` after `alicloud_oss_bucket_access_monitor` set it);
  - for an optional primitive or collection the configuration leaves null while the state holds its
    zero value (`false`, `0`, `""`, empty list/map/set): `diffString` compares the old value with
    the type's zero value and they are equal (e.g. `alicloud_oss_bucket_cors.response_vary` read
    back as false).
The planned state keeps the prior value there, as the SDK's does (legacy type system: Terraform
accepts a planned value that differs from the configuration for these).
"""

from __future__ import annotations

from typing import Any

from ossiac.localprovider.cty import UNKNOWN
from ossiac.localprovider.values import block_elements

# Nested blocks the provider declares Optional+Computed (its schema JSON cannot say this: Terraform's
# format has no "computed" for blocks). Source: each resource's Go schema in
# aliyun/terraform-provider-alicloud v1.289.0 (commit 28ee93bc63fa0e5f919a21fc1711bde8c45d7b44),
# alicloud/resource_alicloud_<type>.go: TypeList/TypeSet with Elem *schema.Resource, Optional and
# Computed both true. Paths are dotted from the resource's top level.
OPTIONAL_COMPUTED_BLOCKS: dict[str, frozenset[str]] = {
    "alicloud_cms_alarm": frozenset(
        {"escalations_critical", "escalations_info", "escalations_warn", "prometheus", "targets"}
    ),
    "alicloud_fcv3_function": frozenset(
        {
            "custom_container_config.health_check_config",
            "custom_runtime_config.health_check_config",
            "nas_config",
            "oss_mount_config",
            "vpc_config",
        }
    ),
    "alicloud_log_store": frozenset({"encrypt_conf", "encrypt_conf.user_cmk_info"}),
    "alicloud_oss_bucket": frozenset({"access_monitor"}),
    "alicloud_oss_bucket_https_config": frozenset({"cipher_suit"}),
    "alicloud_oss_bucket_replication": frozenset({"progress", "rtc"}),
    "alicloud_oss_bucket_website": frozenset(
        {
            "routing_rules.routing_rule.redirect.mirror_multi_alternates",
            "routing_rules.routing_rule.redirect.mirror_return_headers",
            "routing_rules.routing_rule.redirect.mirror_taggings",
        }
    ),
    "alicloud_ram_policy": frozenset({"statement"}),
    "alicloud_vpn_connection": frozenset({"bgp_config", "health_check_config", "ike_config", "ipsec_config"}),
}


def _empty(v: Any) -> bool:
    return v is None or v == [] or v == {}


def _zero(v: Any, ty: Any) -> bool:
    """The SDK's zero value for the attribute's type (what a null configuration compares equal to)."""
    if ty == "bool":
        return v is False
    if ty == "number":
        return v == 0 and not isinstance(v, bool)
    if ty == "string":
        return v == ""
    if isinstance(ty, list) and ty[0] in ("list", "set", "map"):
        return v == [] or v == {}
    return False


def computed_blocks_left_out(kind, planned: dict) -> list[str]:
    """Top-level Optional+Computed blocks a create's configuration leaves out: known only after apply."""
    return [
        name for name in OPTIONAL_COMPUTED_BLOCKS.get(kind.name, ()) if "." not in name and _empty(planned.get(name))
    ]


def keep_prior(kind, prior: dict, planned: dict) -> None:
    """Fill `planned` (an update's plan, in place) with the prior values the SDK would keep."""
    _walk(kind.block, prior, planned, "", OPTIONAL_COMPUTED_BLOCKS.get(kind.name, frozenset()))


def _walk(block: dict, prior: Any, planned: Any, prefix: str, computed_blocks: frozenset[str]) -> None:
    if not isinstance(prior, dict) or not isinstance(planned, dict):
        return
    for name, attr in block.get("attributes", {}).items():
        if attr.get("computed") or attr.get("required") or name == "id":
            continue  # core already proposes the prior value for computed ones
        if planned.get(name) is None and prior.get(name) is not None and _zero(prior[name], attr["type"]):
            planned[name] = prior[name]
    for name, bt in block.get("block_types", {}).items():
        path = prefix + name
        if path in computed_blocks and _empty(planned.get(name)) and not _empty(prior.get(name)):
            planned[name] = prior[name]
            continue
        old, new = block_elements(bt, prior.get(name)), block_elements(bt, planned.get(name))
        if bt["nesting_mode"] != "set" and len(old) == len(new):  # list/single elements pair by position
            for o, n in zip(old, new, strict=True):
                _walk(bt["block"], o, n, path + ".", computed_blocks)


def _prepaid(config: dict) -> bool:
    """The provider's PostPaidDiffSuppressFunc (alicloud/diff_suppress_funcs.go, v1.289.0) keeps a diff
    only for a subscription resource: `instance_charge_type` PrePaid (any case) or `payment_type`
    Subscription. An unknown value reads as unset there (d.GetOk), so it suppresses."""
    charge, payment = config.get("instance_charge_type"), config.get("payment_type")
    return (isinstance(charge, str) and charge.lower() == "prepaid") or payment == "Subscription"


# Named DiffSuppressFuncs (the facts' `diff_suppress_func`) that the plan must honour for a Default:
# True when the diff is suppressed for this configuration.
_SUPPRESSORS = {"PostPaidDiffSuppressFunc": lambda config: not _prepaid(config)}


def planned_default(fact: dict, name: str, config: dict, prior: dict | None) -> Any:
    """What the SDK plans for a top-level argument the configuration leaves unset and the provider
    gives a Default: the default, unless the attribute's DiffSuppressFunc suppresses the diff (the
    SDK then sets New = Old: the state's value on an update, null on a create). E.g. a pay-as-you-go
    `alicloud_vpn_gateway` plans `period` null, not 1 (found by planning with the real provider)."""
    suppress = _SUPPRESSORS.get(fact.get("diff_suppress_func", ""))
    if suppress is not None and suppress(config):
        old = (prior or {}).get(name)
        return None if old is UNKNOWN else old
    return fact["default"]
