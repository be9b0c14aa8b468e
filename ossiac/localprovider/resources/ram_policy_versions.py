"""A RAM custom policy's versions: each document change is a CreatePolicyVersion, and RAM keeps five.

The provider's Update calls CreatePolicyVersion (SetAsDefault true, its rotate_strategy passed as
RotateStrategy) whenever the document changes. RAM allows five versions per policy (limits.py): the
sixth fails unless RotateStrategy is DeleteOldestNonDefaultVersionWhenLimitExceeded, which drops the
oldest version that is not the default. version_id/default_version then read the new version.
"""

from __future__ import annotations

import json

from ossiac.localcloud.errors import CloudError
from ossiac.localcloud.limits import RAM_POLICY_VERSIONS
from ossiac.localcloud.records import Record

ROTATE = "DeleteOldestNonDefaultVersionWhenLimitExceeded"


def _document(attrs: dict):
    text = attrs.get("policy_document") or attrs.get("document")
    try:
        return json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return text


def record_version(record: Record, state: dict) -> None:
    """Called on an update, before `record` takes `state`: adds a version if the document changed."""
    versions = record.setdefault("policy_versions", [record["attributes"].get("default_version") or "v1"])
    if _document(record["attributes"]) == _document(state):
        return
    if len(versions) >= RAM_POLICY_VERSIONS:
        if state.get("rotate_strategy") != ROTATE:
            # RAM's API reference lists no error code for this; the message names the way out.
            raise CloudError(
                "LimitExceeded.Policy.Version",
                f"The policy {record['id']!r} already has {len(versions)} versions; RAM keeps at most "
                f'{RAM_POLICY_VERSIONS}. Set rotate_strategy = "{ROTATE}" or delete old versions.',
                attribute=("policy_document",),
            )
        versions.pop(0)  # the oldest; the default (the newest) is never the oldest of five
    number = max(int(v.lstrip("v")) for v in versions) + 1 if versions else 1
    versions.append(f"v{number}")
    state["version_id"] = state["default_version"] = f"v{number}"
