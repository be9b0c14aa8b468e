"""Composes the `network:` section (ossiac.config.network): VPCs, VPNs, peerings or CEN, sync triggers.

Resources in another region than the stack's use that region's aliased provider: the one the
stack's regional foundation created, if the stack has one there, else one created here with
the same alias. Secrets come only from sensitive variables (TF_VAR_<name> at deploy time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ossiac.cdk import TerraformStack, TerraformVariable, TerraformVariableValidationConfig
from cdktf_cdktf_provider_alicloud.data_alicloud_account import DataAlicloudAccount
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider

from ossiac.config.network import NetworkConfig
from ossiac_constructs.cen_network import CenNetwork, CenProps
from ossiac_constructs.ipsec_vpn import IpsecVpn, IpsecVpnProps
from ossiac_constructs.oss_sync_trigger import OssSyncTrigger, OssSyncTriggerProps
from ossiac_constructs.vpc_network import VpcNetwork, VpcProps
from ossiac_constructs.vpc_peering import VpcPeering, VpcPeeringProps
from ossiac_stacks.function_package import zip_base64

SYNC_FUNCTION_CODE = Path(__file__).resolve().parent.parent / "functions" / "oss_sync"


@dataclass
class Network:
    vpcs: dict[str, VpcNetwork] = field(default_factory=dict)
    vpns: dict[str, IpsecVpn] = field(default_factory=dict)
    peerings: dict[str, VpcPeering] = field(default_factory=dict)
    cen: CenNetwork | None = None
    sync_triggers: dict[str, OssSyncTrigger] = field(default_factory=dict)


def add_network(stack: TerraformStack, network: NetworkConfig, region: str, buckets=None, tags=None) -> Network:
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
        props = VpcProps(**{**vpc.model_dump(exclude={"region", "tags"}), "region": vpc_region, "tags": {**tags, **vpc.tags}})
        result.vpcs[vpc.name] = VpcNetwork(stack, f"vpc-{vpc.name}", props, provider=_provider(stack, providers, region, vpc_region))
    for vpn in network.vpns:
        vpc = result.vpcs[vpn.vpc]
        psk = _sensitive_variable(stack, vpn.psk_variable_name, f"pre-shared key of IPsec VPN {vpn.name}", psk=True)
        props = IpsecVpnProps(**{**vpn.model_dump(exclude={"vpc", "psk_variable", "tags"}), "tags": {**tags, **vpn.tags}})
        result.vpns[vpn.name] = IpsecVpn(stack, f"vpn-{vpn.name}", props, vpc, psk.string_value, provider=vpc.provider)
    for peering in network.peerings:
        props = VpcPeeringProps(**{**peering.model_dump(exclude={"vpc", "peer_vpc", "tags"}), "tags": {**tags, **peering.tags}})
        result.peerings[peering.name] = VpcPeering(
            stack, f"peering-{peering.name}", props, result.vpcs[peering.vpc], result.vpcs[peering.peer_vpc]
        )
    if network.cen is not None:
        props = CenProps(**{**network.cen.model_dump(exclude={"vpcs", "tags"}), "tags": {**tags, **network.cen.tags}})
        result.cen = CenNetwork(stack, f"cen-{network.cen.name}", props, [result.vpcs[n] for n in network.cen.vpcs])
    if network.sync_triggers:
        account = DataAlicloudAccount(stack, "sync-account")
        for trigger in network.sync_triggers:
            result.sync_triggers[trigger.name] = _sync_trigger(stack, trigger, region, account.id, buckets)
    return result


def _sync_trigger(stack, trigger, region: str, account_id: str, buckets) -> OssSyncTrigger:
    source, record = buckets.get(trigger.source_bucket), buckets.get(trigger.record_bucket)
    credential = None
    if trigger.credential_variable:
        credential = _sensitive_variable(stack, trigger.credential_variable, f"credential of the sync endpoint of {trigger.name}").string_value
    fields = trigger.model_dump(exclude={"credential_variable"})
    fields["source_bucket"] = source.bucket.bucket if source else trigger.source_bucket
    fields["record_bucket"] = record.bucket.bucket if record else trigger.record_bucket
    return OssSyncTrigger(
        stack,
        f"sync-{trigger.name}",
        OssSyncTriggerProps(**fields),
        region=region,
        account_id=account_id,
        code_zip_base64=zip_base64(SYNC_FUNCTION_CODE),
        credential=credential,
        record_kms_key_id=_kms_key(record),
    )


def _kms_key(bucket) -> str | None:
    """The SSE-KMS key the record bucket encrypts new objects with, if it is one of ours."""
    if bucket is None:
        return None
    rule = bucket.bucket.server_side_encryption_rule
    return rule.kms_master_key_id if bucket.props.encryption.algorithm == "KMS" else None


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
        stack, name, type="string", sensitive=True, nullable=False, description=f"{what}; set TF_VAR_{name}", validation=validation or None
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
