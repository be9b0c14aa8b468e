"""Composes the `network:` section (ossiac_props.network): VPCs, VPNs, peerings or CEN, sync triggers.

Resources in another region than the stack's use that region's aliased provider: the one the
stack's regional foundation created, if the stack has one there, else one created here with
the same alias. Secrets come only from sensitive variables (TF_VAR_<name> at deploy time).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cdktf_cdktf_provider_alicloud.data_alicloud_account import DataAlicloudAccount
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider

from ossiac.cdk import TerraformStack, TerraformVariable, TerraformVariableValidationConfig
from ossiac_constructs.cen_network import CenNetwork
from ossiac_constructs.ipsec_vpn import IpsecVpn
from ossiac_constructs.oss_sync_trigger import OssSyncTrigger
from ossiac_constructs.secure_bucket import SecureBucket
from ossiac_constructs.vpc_network import VpcNetwork
from ossiac_constructs.vpc_peering import VpcPeering
from ossiac_props.network import NetworkProps
from ossiac_props.sync_trigger import OssSyncTriggerProps
from ossiac_stacks.function_package import zip_base64

SYNC_FUNCTION_CODE = Path(__file__).resolve().parent.parent / "functions" / "oss_sync"


@dataclass
class Network:
    vpcs: dict[str, VpcNetwork] = field(default_factory=dict)
    vpns: dict[str, IpsecVpn] = field(default_factory=dict)
    peerings: dict[str, VpcPeering] = field(default_factory=dict)
    cen: CenNetwork | None = None
    sync_triggers: dict[str, OssSyncTrigger] = field(default_factory=dict)


def add_network(
    stack: TerraformStack,
    network: NetworkProps,
    region: str,
    buckets: Mapping[str, SecureBucket] | None = None,
    tags: Mapping[str, str] | None = None,
) -> Network:
    """Create everything `network` declares in `stack`, whose default provider is in `region`.

    `buckets` maps the stack's bucket names to their SecureBucket: sync triggers on those
    reference the bucket resources (and the record bucket's SSE-KMS key); other names are literal.
    """
    buckets = buckets or {}
    tags = tags or {}
    result = Network()
    providers: dict[str, AlicloudProvider] = {}
    for vpc in network.vpcs:
        vpc_region = vpc.region or region
        vpc_props = vpc.model_copy(update={"region": vpc_region, "tags": {**tags, **vpc.tags}})
        result.vpcs[vpc.name] = VpcNetwork(
            stack, f"vpc-{vpc.name}", vpc_props, provider=_provider(stack, providers, region, vpc_region)
        )
    for vpn in network.vpns:
        vpn_vpc = result.vpcs[vpn.vpc]
        psk = _sensitive_variable(stack, vpn.psk_variable_name, f"pre-shared key of IPsec VPN {vpn.name}", psk=True)
        vpn_props = vpn.model_copy(update={"tags": {**tags, **vpn.tags}})
        result.vpns[vpn.name] = IpsecVpn(
            stack, f"vpn-{vpn.name}", vpn_props, vpn_vpc, psk.string_value, provider=vpn_vpc.provider
        )
    for peering in network.peerings:
        peering_props = peering.model_copy(update={"tags": {**tags, **peering.tags}})
        result.peerings[peering.name] = VpcPeering(
            stack, f"peering-{peering.name}", peering_props, result.vpcs[peering.vpc], result.vpcs[peering.peer_vpc]
        )
    if network.cen is not None:
        cen_props = network.cen.model_copy(update={"tags": {**tags, **network.cen.tags}})
        result.cen = CenNetwork(stack, f"cen-{network.cen.name}", cen_props, [result.vpcs[n] for n in network.cen.vpcs])
    if network.sync_triggers:
        account = DataAlicloudAccount(stack, "sync-account")
        for trigger in network.sync_triggers:
            result.sync_triggers[trigger.name] = _sync_trigger(stack, trigger, region, account.id, buckets)
    return result


def _sync_trigger(
    stack: TerraformStack,
    trigger: OssSyncTriggerProps,
    region: str,
    account_id: str,
    buckets: Mapping[str, SecureBucket],
) -> OssSyncTrigger:
    credential = None
    if trigger.credential_variable:
        credential = _sensitive_variable(
            stack, trigger.credential_variable, f"credential of the sync endpoint of {trigger.name}"
        ).string_value
    return OssSyncTrigger(
        stack,
        f"sync-{trigger.name}",
        trigger,
        source=buckets.get(trigger.source_bucket) or SecureBucket.from_name(trigger.source_bucket),
        record=buckets.get(trigger.record_bucket) or SecureBucket.from_name(trigger.record_bucket),
        region=region,
        account_id=account_id,
        code_zip_base64=zip_base64(SYNC_FUNCTION_CODE),
        credential=credential,
    )


def _sensitive_variable(stack: TerraformStack, name: str, what: str, psk: bool = False) -> TerraformVariable:
    validation = []
    if psk:
        # What the VPN API accepts as a pre-shared key: 1-100 visible characters, no spaces.
        validation = [
            TerraformVariableValidationConfig(
                # Terraform JSON reads expressions as templates: the condition must be wrapped in ${}.
                condition=f'${{can(regex("^[[:graph:]]{{1,100}}$", var.{name}))}}',
                error_message="The pre-shared key must be 1-100 characters without spaces.",
            )
        ]
    variable = TerraformVariable(
        stack,
        name,
        type="string",
        sensitive=True,
        nullable=False,
        description=f"{what}; set TF_VAR_{name}",
        validation=validation or None,
    )
    variable.override_logical_id(name)
    return variable


def _provider(stack: TerraformStack, providers: dict, home: str, region: str) -> AlicloudProvider | None:
    """None (the stack's default provider) at home; else the region's aliased provider, shared."""
    if region == home:
        return None
    foundation = getattr(stack, "foundations", {}).get(region)  # StorageStack's regional foundations
    if foundation is not None and foundation.provider is not None:
        return foundation.provider
    if region not in providers:
        providers[region] = AlicloudProvider(stack, f"provider-{region}", region=region, alias=region.replace("-", "_"))
    return providers[region]
