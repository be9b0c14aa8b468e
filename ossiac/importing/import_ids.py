"""Import IDs of the bucket resources, from the provider facts (`import_id_format` per resource)."""

from __future__ import annotations

import functools
import json

from ossiac.paths import PROVIDER_FACTS_FILE


@functools.cache
def _formats() -> dict[str, str | None]:
    facts = json.loads(PROVIDER_FACTS_FILE.read_text(encoding="utf-8"))
    return {name: schema["_resource"].get("import_id_format") for name, schema in facts["resource_schemas"].items()}


def import_id(resource_type: str, bucket: str) -> str:
    """The ID `terraform import` (and an import block) takes for this bucket's resource of that type."""
    fmt = _formats().get(resource_type)
    if not fmt or "<bucket>" not in fmt or fmt.replace("<bucket>", "").strip():
        raise ValueError(f"{resource_type}: import ID format {fmt!r} is not the bucket name; cannot adopt it by bucket")
    return fmt.replace("<bucket>", bucket)
