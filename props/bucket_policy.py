"""Bucket policy documents (RAM policy grammar, as OSS bucket policies use it)."""

from __future__ import annotations

import json


def deny_insecure_transport(bucket: str) -> str:
    """Deny every request to the bucket and its objects that is not made over HTTPS."""
    document = {
        "Version": "1",
        "Statement": [
            {
                "Sid": "DenyInsecureTransport",
                "Effect": "Deny",
                "Principal": ["*"],
                "Action": ["oss:*"],
                "Resource": [f"acs:oss:*:*:{bucket}", f"acs:oss:*:*:{bucket}/*"],
                "Condition": {"Bool": {"acs:SecureTransport": ["false"]}},
            }
        ],
    }
    return json.dumps(document, separators=(",", ":"), sort_keys=True)
