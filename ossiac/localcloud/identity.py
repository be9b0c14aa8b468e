"""The local cloud's account and default region (a fixed, obviously fake 16-digit account ID)."""

from __future__ import annotations

ACCOUNT_ID = "1000000000000001"
DEFAULT_REGION = "cn-hangzhou"
DEFAULT_RESOURCE_GROUP = "rg-acfmlocalcloud01"
REGIONS = ["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "cn-hongkong", "ap-southeast-1",
           "us-west-1", "eu-central-1"]
