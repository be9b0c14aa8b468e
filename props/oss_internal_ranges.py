"""OSS internal VIP ranges per region, from Alibaba's documentation (oss_internal_ranges.json).

OSS moves the VIP behind a region's internal endpoint between several fixed blocks; a route or
VPN traffic selector toward OSS that covers only some of them fails whenever the endpoint
resolves into another. The JSON beside this module records the blocks, where they come from and
when they were read; it is packaged data, not user configuration.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

RANGES_FILE = Path(__file__).resolve().parent / "oss_internal_ranges.json"


@functools.cache
def _data() -> dict:
    return json.loads(RANGES_FILE.read_text(encoding="utf-8"))


def oss_internal_ranges(region: str) -> list[str]:
    """Every internal VIP block of OSS in `region`; a region the data does not list is an error."""
    regions = _data()["regions"]
    if region not in regions:
        raise ValueError(
            f"no OSS internal VIP ranges are recorded for region {region!r} (known: {', '.join(sorted(regions))})"
        )
    return list(regions[region])

