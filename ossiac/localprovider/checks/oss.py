"""OSS: bucket names, CORS rules, bucket policies and referenced buckets.

SSE-KMS keys are not checked when a bucket's default encryption is set: the provider sends
KMSMasterKeyID as given and OSS's PutBucketEncryption stores it (the provider's own acceptance test
TestAccAliCloudOssBucketBasic sets "kms-id", which names no key, and reads it back). An object
write or read through a key KMS cannot use fails then (ossiac/endpoint/object_sse.py).
"""

from __future__ import annotations

from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.errors import CloudError
from ossiac.localcloud.limits import OSS_BUCKET_POLICY_BYTES
from ossiac.localprovider.checks.ram import POLICY_SHAPE, document_problem
from ossiac.localprovider.cty import UNKNOWN
from ossiac.localprovider.values import known
from ossiac_props.regions import bucket_region_problem

MAX_CORS_RULES = 10
CORS_METHODS = ("GET", "PUT", "POST", "DELETE", "HEAD")
ACLS = ("private", "public-read", "public-read-write")  # the split ACL resource has no enum in the facts


def _cors(rules, attribute: str) -> list[CloudError]:
    if not isinstance(rules, list):
        return []
    errors = []
    if len(rules) > MAX_CORS_RULES:
        errors.append(
            CloudError(
                "InvalidArgument",
                f"A bucket can have at most {MAX_CORS_RULES} CORS rules; {len(rules)} were given.",
                attribute=(attribute,),
            )
        )
    bad = []
    for rule in rules:
        methods = rule.get("allowed_methods") if isinstance(rule, dict) else None
        bad += [m for m in (methods if isinstance(methods, list) else []) if known(m) and m not in CORS_METHODS]
    for m in dict.fromkeys(bad):
        errors.append(
            CloudError(
                "InvalidArgument",
                f"CORS allowed method {m!r} is not supported; allowed: {', '.join(CORS_METHODS)}.",
                attribute=(attribute,),
            )
        )
    return errors


def _policy(text, attribute: str) -> list[CloudError]:
    if not known(text):
        return []
    problem = document_problem(text)
    if problem is None:
        return []
    return [
        CloudError(
            "InvalidPolicyDocument", f"The bucket policy is invalid: {problem}. {POLICY_SHAPE}", attribute=(attribute,)
        )
    ]


def _sse(rule: dict, attribute: str) -> list[CloudError]:
    if rule.get("sse_algorithm") not in (None, UNKNOWN, "KMS") and known(rule.get("kms_master_key_id")):
        return [
            CloudError(
                "InvalidArgument",
                f'kms_master_key_id applies only when sse_algorithm is "KMS" (got {rule.get("sse_algorithm")!r}).',
                attribute=(attribute,),
            )
        ]
    return []


def validate(kind, config: dict) -> list[CloudError]:
    errors: list[CloudError] = []
    if kind.name == "alicloud_oss_bucket":
        if known(config.get("bucket")):
            try:
                buckets.validate_name(config["bucket"])
            except CloudError as err:
                errors.append(err)
        errors += _cors(config.get("cors_rule"), "cors_rule")
        errors += _policy(config.get("policy"), "policy")
        for rule in config.get("server_side_encryption_rule") or []:
            errors += _sse(rule, "server_side_encryption_rule")
    elif kind.name == "alicloud_oss_bucket_acl" and known(config.get("acl")) and config["acl"] not in ACLS:
        errors.append(
            CloudError(
                "InvalidArgument",
                f"expected acl to be one of {', '.join(ACLS)}; got "
                f"{config['acl']!r} (OSS: no such bucket access control exists)",
                attribute=("acl",),
            )
        )
    elif kind.name == "alicloud_oss_bucket_cors":
        errors += _cors(config.get("cors_rule"), "cors_rule")
    elif kind.name == "alicloud_oss_bucket_policy":
        errors += _policy(config.get("policy"), "policy")
    elif kind.name == "alicloud_oss_bucket_server_side_encryption":
        errors += _sse(config, "kms_master_key_id")
    return errors


def _policy_size(text, attribute: str) -> None:
    """PutBucketPolicy refuses a policy of 16 KB or more (limits.py; OSS error 0030-00000001)."""
    if isinstance(text, str) and len(text.encode("utf-8")) > OSS_BUCKET_POLICY_BYTES:
        raise CloudError(
            "InvalidPolicyDocument",
            f"The bucket policy is {len(text.encode('utf-8'))} bytes; OSS "
            f"allows at most {OSS_BUCKET_POLICY_BYTES} (16 KB).",
            attribute=(attribute,),
        )


def _target_bucket(cloud, name, attribute: str) -> None:
    target = buckets.get(cloud.store, name) if known(name) else None
    if known(name) and target is None:
        raise CloudError(
            "InvalidTargetBucketForLogging" if attribute != "destination" else "NoSuchBucket",
            f"The target bucket {name!r} does not exist in the local cloud.",
            attribute=(attribute,),
            status=404 if attribute == "destination" else 400,
        )
    if target is not None and attribute != "destination" and target.get("region", cloud.region) != cloud.region:
        # PutBucketLogging: access logs go to a bucket of the logged bucket's own region.
        raise CloudError(
            "InvalidTargetBucketForLogging",
            f"The target bucket {name!r} is in "
            f"{target['region']}; access logs of a bucket in {cloud.region} go to a bucket of "
            f"{cloud.region}.",
            attribute=(attribute,),
        )


def _bucket_region(cloud) -> None:
    """OSS has no endpoint where it keeps no buckets (a closed region, a provider-only region)."""
    if problem := bucket_region_problem(cloud.region):
        raise CloudError("InvalidRegionId", f"PutBucket: {problem}.", attribute=("bucket",))


def before_write(cloud, type_name: str, state: dict) -> None:
    if type_name == "alicloud_oss_bucket":
        _bucket_region(cloud)
        _policy_size(state.get("policy"), "policy")
        for log in state.get("logging") or []:
            _target_bucket(cloud, log.get("target_bucket"), "logging")
    elif type_name == "alicloud_oss_bucket_policy":
        _policy_size(state.get("policy"), "policy")
    elif type_name == "alicloud_oss_bucket_logging":
        _target_bucket(cloud, state.get("target_bucket"), "target_bucket")
    elif type_name == "alicloud_oss_bucket_replication":
        for dest in state.get("destination") or []:
            _target_bucket(cloud, dest.get("bucket"), "destination")
    elif type_name == "alicloud_oss_bucket_object":
        buckets.require(cloud.store, state.get("bucket"))
