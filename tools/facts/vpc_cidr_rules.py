"""props/vpc_cidr_rules.json: the IPv4 blocks CreateVpc and CreateVSwitch accept.

The rules exist only on Alibaba Cloud's documentation pages, so they are transcribed, with each
page and the day it was read, into sources/vpc_cidr_rules.json; this module checks the
transcription (every block a network, the masks in IPv4's range) and writes the packaged file.
"""

from __future__ import annotations

import ipaddress
import json
from pathlib import Path

OUTPUT = "props/vpc_cidr_rules.json"
SOURCE = Path(__file__).resolve().parent / "sources" / "vpc_cidr_rules.json"


def _mask_bits(where: str, bits: list) -> list[int]:
    low, high = bits
    if not (isinstance(low, int) and isinstance(high, int) and 0 <= low <= high <= 32):
        raise ValueError(f"{SOURCE.name}: {where}.mask_bits {bits!r} is not [low, high] within 0..32")
    return [low, high]


def _blocks(where: str, blocks: list[str]) -> list[str]:
    for block in blocks:
        network = ipaddress.IPv4Network(block)  # strict: a transcribed host address is a typo
        if str(network) != block:
            raise ValueError(f"{SOURCE.name}: {where} {block!r} is not written as its network {network}")
    return blocks


def build() -> str:
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    vpc, vswitch = source["vpc"], source["vswitch"]
    data = {
        "about": source["about"],
        "sources": [entry["url"] for entry in source["sources"]],
        "retrieved": source["retrieved"],
        "vpc": {
            "standard_blocks": _blocks("vpc.standard_blocks", vpc["standard_blocks"]),
            "reserved_blocks": _blocks("vpc.reserved_blocks", vpc["reserved_blocks"]),
            "mask_bits": _mask_bits("vpc", vpc["mask_bits"]),
        },
        "vswitch": {"mask_bits": _mask_bits("vswitch", vswitch["mask_bits"])},
    }
    return json.dumps(data, indent=2) + "\n"
