"""props/zones.json: which region a zone ID belongs to, and the zones the documentation shows.

Zone IDs exist only on documentation pages (no pinned SDK or provider lists them), so they are
transcribed, with each page and the day it was read, into sources/zones.json. The pages show no
complete list, so the fact the tool checks is the zone ID's format: its region's ID, then the
zone's letter, after a hyphen when the region ID ends in a letter. Every transcribed zone is
checked against that rule and against the provider's regions (ossiac/schema/regions.json).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUTPUT = "props/zones.json"
SOURCE = Path(__file__).resolve().parent / "sources" / "zones.json"
REGIONS = Path(__file__).resolve().parents[2] / "ossiac" / "schema" / "regions.json"

# The separator between a region ID and the zone letter, by the region ID's last character.
SEPARATOR = {"letter": "-", "digit": ""}


def zone_of(region: str, letter: str) -> str:
    return region + SEPARATOR["digit" if region[-1].isdigit() else "letter"] + letter


def build() -> str:
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    regions = set(json.loads(REGIONS.read_text(encoding="utf-8"))["regions"])
    for region, zones in source["documented_zones"].items():
        if region not in regions:
            raise ValueError(
                f"{SOURCE.name}: documented_zones names {region!r}, not a region of ossiac/schema/regions.json"
            )
        for zone in zones:
            letter = zone[-1:]
            if not re.fullmatch(r"[a-z]", letter) or zone != zone_of(region, letter):
                raise ValueError(
                    f"{SOURCE.name}: {zone!r} is listed under {region} but is not {zone_of(region, 'x')!r} "
                    "with its zone letter for x: the format rule does not hold"
                )
    data = {
        "about": source["about"],
        "sources": [entry["url"] for entry in source["sources"]],
        "retrieved": source["retrieved"],
        "zone_id": {
            "separator_after_letter": SEPARATOR["letter"],
            "separator_after_digit": SEPARATOR["digit"],
            "zone_letter": "[a-z]",
        },
        "documented_zones": source["documented_zones"],
    }
    return json.dumps(data, indent=2) + "\n"
