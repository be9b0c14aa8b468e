"""The local cloud's account and default region (a fixed, obviously fake 16-digit account ID)."""

from __future__ import annotations

from ossiac_props.regions import endpoint_aliases, regions

ACCOUNT_ID = "1000000000000001"
DEFAULT_REGION = "cn-hangzhou"
DEFAULT_RESOURCE_GROUP = "rg-acfmlocalcloud01"
# What the regions data source lists: every region the pinned provider accepts (ossiac/schema/
# regions.json), less its names for OSS endpoints, which are no region IDs a cloud would report.
REGIONS = [region for region in regions() if region not in endpoint_aliases()]
