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

from pydantic import model_validator

from ossiac_props.base import Props, declared_twice, raise_problems
from ossiac_props.cen import CenProps, cen_problems
from ossiac_props.ipsec_vpn import IpsecVpnProps, vpn_vpc_problems
from ossiac_props.sync_trigger import OssSyncTriggerProps, sync_trigger_problems
from ossiac_props.vpc import VpcProps
from ossiac_props.vpc_peering import VpcPeeringProps, peering_problems


class NetworkProps(Props):
    vpcs: list[VpcProps] = []
    """Default: none."""
    vpns: list[IpsecVpnProps] = []
    """IPsec VPNs into VPCs. Default: none."""
    peerings: list[VpcPeeringProps] = []
    """VPC peerings. Default: none."""
    cen: CenProps | None = None
    """Default: none (peerings route between the VPCs instead)."""
    sync_triggers: list[OssSyncTriggerProps] = []
    """OSS event sync triggers. Default: none."""

    @model_validator(mode="after")
    def _references(self) -> NetworkProps:
        problems = []
        vpcs = {v.name: v for v in self.vpcs}
        for key, names in (
            ("vpcs", [v.name for v in self.vpcs]),
            ("vpns", [v.name for v in self.vpns]),
            ("peerings", [p.name for p in self.peerings]),
            ("sync_triggers", [s.name for s in self.sync_triggers]),
        ):
            problems += declared_twice(key, names)

        def known(where: str, name: str) -> bool:
            if name not in vpcs:
                problems.append(f"{where}: {name!r} is not in vpcs ({', '.join(vpcs) or 'none declared'})")
            return name in vpcs

        for i, vpn in enumerate(self.vpns):
            if not known(f"vpns[{i}].vpc", vpn.vpc):
                continue
            vpc = vpcs[vpn.vpc]
            found = vpn_vpc_problems(vpn, vpc.name, vpc.cidr, [s.name for s in vpc.vswitches])
            problems += [f"vpns[{i}].{p}" for p in found]
        for i, peering in enumerate(self.peerings):
            vpc_known, peer_known = (
                known(f"peerings[{i}].vpc", peering.vpc),
                known(f"peerings[{i}].peer_vpc", peering.peer_vpc),
            )
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
            problems += [f"sync_triggers[{i}].{p}" for p in sync_trigger_problems(trigger)]
        raise_problems(problems)
        return self
