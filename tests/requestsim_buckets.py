"""Example buckets for the request simulator tests, as small Terraform JSON documents.

INLINE declares everything on alicloud_oss_bucket, the way a hand-written file often does.
SPLIT uses the standalone setting resources with `${...}` references and cdktf's "//" metadata,
the way `cdk.tf.json` looks.
"""

from __future__ import annotations

import json
from pathlib import Path

from ossiac.requestsim.bucket_model import BucketSettings, load_bucket
from ossiac.requestsim.request_model import Credentials, SimulatedRequest, make_request

CDKTF_METADATA = {"metadata": {"path": "example/example/x", "uniqueId": "x"}}

INLINE = {
    "resource": {
        "alicloud_oss_bucket": {
            "media": {
                "bucket": "media-inline",
                "acl": "public-read",
                # Entries end with /* because a Referer carries the page's path.
                "referer_config": {
                    "allow_empty": False,
                    "referers": ["https://www.example.com/*", "https://*.example.com/*"],
                },
                "cors_rule": [
                    {
                        "allowed_origins": ["https://www.example.com"],
                        "allowed_methods": ["GET", "HEAD"],
                        "allowed_headers": ["x-oss-*"],
                        "expose_headers": ["ETag"],
                        "max_age_seconds": 600,
                    },
                    {
                        "allowed_origins": ["https://*.example.com"],
                        "allowed_methods": ["GET", "PUT"],
                        "allowed_headers": ["*"],
                        "max_age_seconds": 60,
                    },
                ],
            },
            "private": {"bucket": "private-inline"},
            "uploads": {"bucket": "uploads-inline", "acl": "public-read-write"},
        }
    }
}

SPLIT = {
    "//": {"metadata": {"backend": "local", "stackName": "example", "version": "0.21.0"}},
    "resource": {
        "alicloud_oss_bucket": {
            "assets_1A2B3C4D": {"//": CDKTF_METADATA, "bucket": "assets-split"},
            "locked_5E6F7A8B": {"//": CDKTF_METADATA, "bucket": "locked-split"},
        },
        "alicloud_oss_bucket_acl": {
            "assets_acl": {
                "//": CDKTF_METADATA,
                "bucket": "${alicloud_oss_bucket.assets_1A2B3C4D.bucket}",
                "acl": "public-read",
            },
            "locked_acl": {
                "//": CDKTF_METADATA,
                "bucket": "${alicloud_oss_bucket.locked_5E6F7A8B.id}",
                "acl": "public-read",
            },
        },
        "alicloud_oss_bucket_public_access_block": {
            "locked_block": {"//": CDKTF_METADATA, "bucket": "locked-split", "block_public_access": True},
        },
        "alicloud_oss_bucket_referer": {
            "assets_referer": {
                "//": CDKTF_METADATA,
                "bucket": "${alicloud_oss_bucket.assets_1A2B3C4D.id}",
                "allow_empty_referer": False,
                "referer_list": ["https://www.example.com", "https://*.example.com"],
                "referer_blacklist": ["https://*.leech.example.com"],
                "allow_truncate_query_string": True,
                # Compare only scheme://host, so the entries above need no /*.
                "truncate_path": True,
            }
        },
        "alicloud_oss_bucket_cors": {
            "assets_cors": {
                "//": CDKTF_METADATA,
                "bucket": "${alicloud_oss_bucket.assets_1A2B3C4D.bucket}",
                "response_vary": True,
                "cors_rule": {
                    "allowed_origins": ["https://www.example.com"],
                    "allowed_methods": ["GET", "PUT"],
                    "allowed_headers": ["content-type", "x-oss-meta-*"],
                    "expose_header": ["ETag", "x-oss-request-id"],
                    "max_age_seconds": 300,
                },
            }
        },
    },
}


def write(tmp_path: Path, document: dict, name: str = "cdk.tf.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def bucket(tmp_path: Path, document: dict, name: str) -> BucketSettings:
    return load_bucket(write(tmp_path, document), name)


REFERER_BUCKET = "referer-test"


def referer_document(**referer: object) -> dict:
    """A public-read bucket whose only setting of note is the given alicloud_oss_bucket_referer."""
    return {
        "resource": {
            "alicloud_oss_bucket": {"b": {"bucket": REFERER_BUCKET, "acl": "public-read"}},
            "alicloud_oss_bucket_referer": {"r": {"bucket": REFERER_BUCKET, **referer}},
        }
    }


def referer_bucket(tmp_path: Path, **referer: object) -> BucketSettings:
    return bucket(tmp_path, referer_document(**referer), REFERER_BUCKET)


def anonymous_get(
    referer: str | None = None, origin: str | None = None, credentials: Credentials = Credentials.ANONYMOUS
) -> SimulatedRequest:
    return make_request(method="GET", key="img/logo.png", credentials=credentials, referer=referer, origin=origin)


def _policy(*statements: dict) -> str:
    return json.dumps({"Version": "1", "Statement": list(statements)})


# Bucket policies, evaluated by the engine the simulator shares with the endpoint. Resources name
# the account as `*`, which is how the simulator (not knowing the account) and OSS both match them.
POLICIES = {
    "resource": {
        "alicloud_oss_bucket": {
            "shared": {
                "bucket": "policy-shared",
                "policy": _policy(
                    {
                        "Sid": "PublicFolder",
                        "Effect": "Allow",
                        "Principal": ["*"],
                        "Action": ["oss:GetObject", "oss:PutObject"],
                        "Resource": ["acs:oss:*:*:policy-shared/public/*"],
                    }
                ),
            },
            "guarded": {"bucket": "policy-guarded", "acl": "public-read"},
            "blocked": {"bucket": "policy-blocked"},
        },
        "alicloud_oss_bucket_policy": {
            "guarded": {
                "bucket": "${alicloud_oss_bucket.guarded.bucket}",
                "policy": _policy(
                    {
                        "Sid": "NoSecrets",
                        "Effect": "Deny",
                        "Principal": ["*"],
                        "Action": ["oss:*"],
                        "Resource": ["acs:oss:*:*:policy-guarded/secret/*"],
                    }
                ),
            },
            "blocked": {
                "bucket": "policy-blocked",
                "policy": _policy(
                    {
                        "Sid": "Everyone",
                        "Effect": "Allow",
                        "Principal": ["*"],
                        "Action": ["oss:GetObject"],
                        "Resource": ["acs:oss:*:*:policy-blocked/*"],
                    }
                ),
            },
        },
        "alicloud_oss_bucket_public_access_block": {
            "blocked": {"bucket": "policy-blocked", "block_public_access": True},
        },
    }
}
