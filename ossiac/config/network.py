"""The `network:` section of a stack's YAML: private links for moving data into OSS, and the sync trigger.

    network:
      vpcs:                              # VPCs and their vSwitches
        - name: tokyo-transit
          region: ap-northeast-1         # default: the stack's region
          cidr: 172.24.0.0/16
          vswitches: [{name: transit-a, zone: ap-northeast-1a, cidr: 172.24.0.0/24}]
      vpns:                              # IPsec VPN from another network into a VPC
        - name: tokyo-vpn
          vpc: tokyo-transit
          bandwidth: 10                  # Mbit/s
          psk_variable: vpn_psk_tokyo    # sensitive variable; set TF_VAR_vpn_psk_tokyo at deploy
          customer_gateway: {ip_address: 3.112.29.59, asn: 65010}
          connection:
            local_networks: [172.24.0.0/16]
            oss_region: cn-shanghai      # also carries OSS's internal VIP ranges of that region
            remote_networks: [172.16.0.0/16]
            ike: {version: ikev2, encryption: aes256, authentication: sha256, dh_group: group14}
            ipsec: {encryption: aes256, authentication: sha256, dh_group: group14}
      peerings:                          # VPC peering, same or another region, routes both ways
        - {name: tokyo-shanghai, vpc: tokyo-transit, peer_vpc: shanghai-storage}   # routes OSS's VIP ranges
          # of the peer's region by default (oss_internal_cidrs: [] for none)
      cen: null                          # or {name: ..., vpcs: [...]}: CEN instead of peering
      sync_triggers:                     # OSS event -> function -> sync endpoint
        - {name: migration-sync, source_bucket: ..., record_bucket: ..., endpoint: https://...}

The sync trigger lives here because the stack file has one migration section: the links that
move data in, and the function that keeps it in sync.
"""

from __future__ import annotations

import re

from pydantic import field_validator, model_validator

from ossiac_constructs.bucket_props import Props, validate_bucket_name
from ossiac_constructs.cen_network import CenProps, cen_problems
from ossiac_constructs.ipsec_vpn import IpsecVpnProps
from ossiac_constructs.network_cidrs import overlaps
from ossiac_constructs.oss_sync_trigger import OssSyncTriggerProps
from ossiac_constructs.vpc_network import VpcProps
from ossiac_constructs.vpc_peering import VpcPeeringProps, peering_problems

# Terraform variable names; the value comes from TF_VAR_<name>.
VARIABLE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def _variable(name: str | None) -> str | None:
    if name is not None and not VARIABLE.match(name):
        raise ValueError(f"{name!r} is not a variable name (lowercase letters, digits and '_', starting with a letter)")
    return name


class VpcConfig(VpcProps):
    region: str | None = None
    """Default: the stack's region."""


class VpnConfig(IpsecVpnProps):
    vpc: str
    """Name of a VPC in `vpcs`."""
    psk_variable: str | None = None
    """Sensitive Terraform variable holding the pre-shared key. Default: vpn_psk_<name>."""

    _psk_variable = field_validator("psk_variable")(lambda cls, v: _variable(v))

    @property
    def psk_variable_name(self) -> str:
        return self.psk_variable or "vpn_psk_" + self.name.replace("-", "_")


class PeeringConfig(VpcPeeringProps):
    vpc: str
    """The requesting VPC (its region creates the peering)."""
    peer_vpc: str
    """The accepting VPC, in the same or another region."""


class CenConfig(CenProps):
    vpcs: list[str]


class SyncTriggerConfig(OssSyncTriggerProps):
    credential_variable: str | None = None
    """Sensitive variable with the endpoint's credential (stored as a KMS secret). Default: none."""

    _buckets = field_validator("source_bucket", "record_bucket")(lambda cls, v: validate_bucket_name(v))
    _credential = field_validator("credential_variable")(lambda cls, v: _variable(v))


class NetworkConfig(Props):
    vpcs: list[VpcConfig] = []
    vpns: list[VpnConfig] = []
    peerings: list[PeeringConfig] = []
    cen: CenConfig | None = None
    sync_triggers: list[SyncTriggerConfig] = []

    @model_validator(mode="after")
    def _references(self) -> NetworkConfig:
        problems = []
        vpcs = {v.name: v for v in self.vpcs}
        for key, names in (
            ("vpcs", [v.name for v in self.vpcs]),
            ("vpns", [v.name for v in self.vpns]),
            ("peerings", [p.name for p in self.peerings]),
            ("sync_triggers", [s.name for s in self.sync_triggers]),
        ):
            problems += [f"{key}: {n!r} is declared twice" for n in sorted({n for n in names if names.count(n) > 1})]

        def known(where: str, name: str) -> bool:
            if name not in vpcs:
                problems.append(f"{where}: {name!r} is not in vpcs ({', '.join(vpcs) or 'none declared'})")
            return name in vpcs

        for i, vpn in enumerate(self.vpns):
            if not known(f"vpns[{i}].vpc", vpn.vpc):
                continue
            vpc = vpcs[vpn.vpc]
            if vpn.vswitch is not None and vpn.vswitch not in [s.name for s in vpc.vswitches]:
                problems.append(f"vpns[{i}].vswitch: {vpn.vswitch!r} is not a vSwitch of VPC {vpc.name}")
            for j, cidr in enumerate(vpn.connection.remote_networks):
                if overlaps(cidr, vpc.cidr):
                    problems.append(f"vpns[{i}].connection.remote_networks[{j}] {cidr} overlaps its VPC {vpc.name} ({vpc.cidr})")
        for i, peering in enumerate(self.peerings):
            vpc_known, peer_known = known(f"peerings[{i}].vpc", peering.vpc), known(f"peerings[{i}].peer_vpc", peering.peer_vpc)
            if vpc_known and peer_known:
                if peering.vpc == peering.peer_vpc:
                    problems.append(f"peerings[{i}].peer_vpc: a VPC cannot peer with itself")
                else:
                    found = peering_problems(peering, vpcs[peering.vpc].cidr, vpcs[peering.peer_vpc].cidr)
                    problems += [f"peerings[{i}]: {p}" for p in found]
        if self.cen is not None:
            members = [n for j, n in enumerate(self.cen.vpcs) if known(f"cen.vpcs[{j}]", n)]
            problems += [f"cen: {p}" for p in cen_problems([(n, vpcs[n].cidr) for n in members])]
        for i, trigger in enumerate(self.sync_triggers):
            if trigger.source_bucket == trigger.record_bucket:
                problems.append(f"sync_triggers[{i}].record_bucket: must not be the source bucket {trigger.source_bucket!r}")
        if problems:
            raise ValueError("; ".join(problems))
        return self
