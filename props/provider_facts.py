"""The pinned provider's facts (alicloud.facts.json), read once for everyone who needs them."""

from __future__ import annotations

import functools
import json
from typing import Any

from ossiac.paths import PROVIDER_FACTS_FILE


@functools.cache
def resource_facts() -> dict[str, Any]:
    """Per resource type: its `_resource` facts (import ID format, ...) and attribute facts."""
    return json.loads(PROVIDER_FACTS_FILE.read_text(encoding="utf-8"))["resource_schemas"]


def import_id(resource_type: str, bucket: str) -> str:
    """The ID `terraform import` (and an import block) takes for this bucket's resource of that type."""
    fmt = resource_facts().get(resource_type, {}).get("_resource", {}).get("import_id_format")
    if not fmt or "<bucket>" not in fmt or fmt.replace("<bucket>", "").strip():
        raise ValueError(f"{resource_type}: import ID format {fmt!r} is not the bucket name; cannot adopt it by bucket")
    return fmt.replace("<bucket>", bucket)
