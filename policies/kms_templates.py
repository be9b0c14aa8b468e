"""RAM policy template for reading and writing OSS objects encrypted with SSE-KMS.

With SSE-KMS, OSS calls KMS on the caller's behalf, so the caller needs KMS permissions on the
key as well as OSS permissions on the objects:
- download: `kms:Decrypt` (unwraps the object's data key);
- upload: `kms:GenerateDataKey` (a new data key per object) and `kms:Decrypt` (multipart uploads
  decrypt the upload's data key for every part);
- both: `kms:DescribeKey` (OSS checks the key exists and is enabled).
Key ARNs: `acs:kms:<region>:<account>:key/<key-id>`; "*" for any.
"""

from __future__ import annotations

import re
from typing import Any

from ossiac_policies.oss_templates import TemplateParamError

_KMS_ACTIONS = {
    "read-only": ("kms:DescribeKey", "kms:Decrypt"),
    "write-only": ("kms:DescribeKey", "kms:GenerateDataKey", "kms:Decrypt"),
    "read-write": ("kms:DescribeKey", "kms:GenerateDataKey", "kms:Decrypt"),
    "full-access": ("kms:DescribeKey", "kms:GenerateDataKey", "kms:Decrypt"),
}
_ARN_PART = re.compile(r"^[A-Za-z0-9*_-]+$")


def kms_sse_objects(
    key_id: str = "*", region: str = "*", account: str = "*", access: str = "read-write"
) -> dict[str, Any]:
    """KMS permissions on one key (or any) for objects encrypted with SSE-KMS."""
    problems = [
        f"{name} {value!r} may contain only letters, digits, '-', '_' and '*'"
        for name, value in (("key_id", key_id), ("region", region), ("account", account))
        if "${" not in value and not _ARN_PART.match(value)
    ]
    if access not in _KMS_ACTIONS:
        problems.append(f"access {access!r} is not one of {', '.join(_KMS_ACTIONS)}")
    if problems:
        raise TemplateParamError(problems)
    statement = {
        "Sid": "SseKmsObjects",
        "Effect": "Allow",
        "Action": list(_KMS_ACTIONS[access]),
        "Resource": [f"acs:kms:{region}:{account}:key/{key_id}"],
    }
    return {"Version": "1", "Statement": [statement]}
