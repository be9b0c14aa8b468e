"""Where the project's own files are, found from the installed package (never from ../shared)."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SCHEMA_DIR = PACKAGE_DIR / "schema"
PROVIDER_SCHEMA_FILE = SCHEMA_DIR / "alicloud.schema.json"
PROVIDER_FACTS_FILE = SCHEMA_DIR / "alicloud.facts.json"

PROVIDER_SOURCE = "registry.terraform.io/aliyun/alicloud"
PROVIDER_VERSION = "1.289.0"
REGIONS_FILE = SCHEMA_DIR / "regions.json"
RAM_ACTIONS_FILE = SCHEMA_DIR / "ram_actions.json"
PROVIDER_ACTIONS_FILE = SCHEMA_DIR / "provider_actions.json"
