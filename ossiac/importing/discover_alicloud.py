"""Discover buckets on Alibaba Cloud through Alibaba's current OSS SDK (`alibabacloud-oss-v2`).

One Get* call per setting, as the OSS API has them: bucket info (region, storage class,
redundancy), ACL, CORS, referer (TruncatePath included), website, lifecycle, encryption,
versioning, logging, policy, tags, transfer acceleration, public access block; a "no such
configuration" answer (404 NoSuch...) means the setting is not configured. Replication and
WORM are read only to refuse a bucket that has them. `to_discovered` maps the SDK's result
models to a DiscoveredBucket.

The SDK takes its HTTP client as configuration, so tests hand it one that answers with
OSS-shaped XML: the SDK's own request building, error handling and XML parsing run, and
nothing reaches the network. tests/test_endpoint_import.py runs it against the local cloud's
endpoint instead (see Endpoint below).

Credentials: ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY (or ALIBABA_CLOUD_ACCESS_KEY_ID /
ALIBABA_CLOUD_ACCESS_KEY_SECRET), optional ALICLOUD_SECURITY_TOKEN (or
ALIBABA_CLOUD_SECURITY_TOKEN); the region from --region, else ALICLOUD_REGION (or
ALIBABA_CLOUD_REGION_ID).

Endpoint: `https://oss-<region>.aliyuncs.com`, unless ALICLOUD_OSS_ENDPOINT (or
ALIBABA_CLOUD_OSS_ENDPOINT, or OSS_ENDPOINT) names another: the variables Terraform's `oss`
backend reads for its `endpoint`, so one setting sends the state backend, the import and the
stack inventory to the same place, e.g. the local cloud's `ossiac localcloud serve`
(`http://127.0.0.1:<port>`, every region on one endpoint).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import alibabacloud_oss_v2 as oss

from ossiac.importing.declaration import DiscoveredBucket, ImportProblem, region_of

# setting -> (SDK call, request model); OSS answers 404 NoSuch... when the setting is not configured.
SETTING_CALLS = {
    "cors": ("get_bucket_cors", oss.models.GetBucketCorsRequest),
    "referer": ("get_bucket_referer", oss.models.GetBucketRefererRequest),
    "website": ("get_bucket_website", oss.models.GetBucketWebsiteRequest),
    "lifecycle": ("get_bucket_lifecycle", oss.models.GetBucketLifecycleRequest),
    "encryption": ("get_bucket_encryption", oss.models.GetBucketEncryptionRequest),
    "versioning": ("get_bucket_versioning", oss.models.GetBucketVersioningRequest),
    "logging": ("get_bucket_logging", oss.models.GetBucketLoggingRequest),
    "policy": ("get_bucket_policy", oss.models.GetBucketPolicyRequest),
    "tags": ("get_bucket_tags", oss.models.GetBucketTagsRequest),
    "transfer_acceleration": ("get_bucket_transfer_acceleration", oss.models.GetBucketTransferAccelerationRequest),
    "public_access_block": ("get_bucket_public_access_block", oss.models.GetBucketPublicAccessBlockRequest),
}
UNSUPPORTED_CALLS = {  # a bucket with any of these cannot be declared as found
    "cross-region replication rules": ("get_bucket_replication", oss.models.GetBucketReplicationRequest),
    "a retention (WORM) policy": ("get_bucket_worm", oss.models.GetBucketWormRequest),
}


# Terraform's oss backend reads its `endpoint` from these, first set wins (internal/backend/remote-state/oss).
ENDPOINT_ENV = ("ALICLOUD_OSS_ENDPOINT", "ALIBABA_CLOUD_OSS_ENDPOINT", "OSS_ENDPOINT")


def _env(*names: str) -> str | None:
    for name in names:
        if os.environ.get(name):
            return os.environ[name]
    return None


def oss_endpoint(region: str) -> str:
    """The OSS endpoint for a region: Alibaba Cloud's public one, or the one ENDPOINT_ENV names
    (a host without a scheme gets https, as the backend and the SDK give it)."""
    return _env(*ENDPOINT_ENV) or f"https://oss-{region}.aliyuncs.com"


@dataclass
class Client:
    """The account's buckets through the OSS SDK: `buckets()` lists them, `bucket(name, region)` reads one.

    `http_client` replaces the SDK's HTTP transport (tests); None uses the SDK's own.
    """

    credentials: oss.credentials.CredentialsProvider
    region: str
    http_client: Any = None
    _clients: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_environment(cls, region: str | None, http_client: Any = None) -> Client:
        key = _env("ALICLOUD_ACCESS_KEY", "ALIBABA_CLOUD_ACCESS_KEY_ID")
        secret = _env("ALICLOUD_SECRET_KEY", "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        token = _env("ALICLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_SECURITY_TOKEN")
        region = region or _env("ALICLOUD_REGION", "ALIBABA_CLOUD_REGION_ID")
        if not key or not secret:
            raise ImportProblem(
                "no credentials: set ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY "
                "(or ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)"
            )
        if not region:
            raise ImportProblem("no region: give --region or set ALICLOUD_REGION")
        return cls(oss.credentials.StaticCredentialsProvider(key, secret, token), region, http_client)

    @staticmethod
    def endpoint(region: str) -> str:
        return oss_endpoint(region)

    def sdk(self, region: str) -> oss.Client:
        """One SDK client per region: V4 signatures are scoped to the bucket's region."""
        if region not in self._clients:
            config = oss.config.load_default()
            config.credentials_provider = self.credentials
            config.region = region
            config.endpoint = self.endpoint(region)
            if self.http_client is not None:
                config.http_client = self.http_client
            self._clients[region] = oss.Client(config)
        return self._clients[region]

    def buckets(self) -> list[tuple[str, str]]:
        """(name, region) of every bucket of the account."""
        paginator = self.sdk(self.region).list_buckets_paginator()
        try:
            return [
                (b.name, region_of(b.region or b.location))
                for page in paginator.iter_page(oss.models.ListBucketsRequest())
                for b in page.buckets or []
            ]
        except oss.exceptions.OperationError as error:
            raise ImportProblem(f"list buckets: {_describe(error)}") from None

    def bucket(self, name: str, region: str) -> BucketReader:
        return BucketReader(self.sdk(region), name)


@dataclass
class BucketReader:
    """One bucket's Get* calls through the SDK."""

    sdk: oss.Client
    name: str

    def get(self, call: str, request_class: type) -> Any:
        return getattr(self.sdk, call)(request_class(bucket=self.name))

    def configured(self, call: str, request_class: type) -> Any:
        """The call's result, or None when OSS answers that the setting is not configured (404)."""
        try:
            return self.get(call, request_class)
        except oss.exceptions.OperationError as error:
            cause = error.unwrap()
            if isinstance(cause, oss.exceptions.ServiceError) and (
                cause.status_code == 404 or str(cause.code or "").startswith("NoSuch")
            ):
                return None
            raise ImportProblem(f"bucket {self.name!r}: {call}: {_describe(error)}") from None


def _describe(error: oss.exceptions.OperationError) -> str:
    cause = error.unwrap()
    if isinstance(cause, oss.exceptions.ServiceError):
        return f"{cause.code}: {cause.message} (HTTP {cause.status_code})"
    return str(cause)


def discover(client: Client, names: list[str] | None) -> list[DiscoveredBucket]:
    available = dict(client.buckets())
    wanted = sorted(available) if names is None else names
    missing = [n for n in wanted if n not in available]
    if missing:
        raise ImportProblem(f"no such bucket in this account: {', '.join(missing)}")
    return [read_bucket(client.bucket(name, available[name])) for name in wanted]


def read_bucket(reader: BucketReader) -> DiscoveredBucket:
    """Read one bucket's settings through the SDK."""
    try:
        info = reader.get("get_bucket_info", oss.models.GetBucketInfoRequest).bucket_info
        acl = reader.get("get_bucket_acl", oss.models.GetBucketAclRequest).acl
    except oss.exceptions.OperationError as error:
        raise ImportProblem(f"bucket {reader.name!r}: {_describe(error)}") from None
    results = {key: reader.configured(call, request) for key, (call, request) in SETTING_CALLS.items()}
    results["acl"] = acl
    unsupported = [
        what for what, (call, request) in UNSUPPORTED_CALLS.items() if _present(reader.configured(call, request))
    ]
    return to_discovered(info, results, unsupported)


def _present(result: Any) -> bool:
    """A replication or WORM answer that actually holds rules or a retention policy."""
    if result is None:
        return False
    replication = getattr(result, "replication_configuration", None)
    if replication is not None:
        return bool(replication.rules)
    worm = getattr(result, "worm_configuration", None)
    return bool(worm is not None and worm.worm_id)


def to_discovered(info, results: dict[str, Any], unsupported: list[str] | None = None) -> DiscoveredBucket:
    """Map the SDK's models (BucketInfo, GetBucket*Result) to a DiscoveredBucket.

    `results` holds one result per key of SETTING_CALLS (None: not configured) and `acl`, the grant.
    """
    found = DiscoveredBucket(
        name=info.name,
        region=region_of(info.location),
        storage_class=info.storage_class or "Standard",
        redundancy_type=info.data_redundancy_type or "LRS",
        acl=results.get("acl") or info.acl or "private",
        unsupported=list(unsupported or []),
    )
    tags = results.get("tags")
    if tags is not None and tags.tagging is not None and tags.tagging.tag_set is not None:
        found.tags = {t.key: t.value or "" for t in tags.tagging.tag_set.tags or []}
    versioning = results.get("versioning")
    found.versioning = (versioning.version_status if versioning is not None else None) or None
    found.encryption = _encryption(results.get("encryption"))
    found.logging = _logging(results.get("logging"))
    policy = results.get("policy")
    found.policy = policy.body if policy is not None and policy.body else None
    found.cors = _cors(results.get("cors"), found)
    found.referer = _referer(results.get("referer"))
    found.website = _website(results.get("website"), found)
    lifecycle = results.get("lifecycle")
    rules = (
        lifecycle.lifecycle_configuration.rules if lifecycle is not None and lifecycle.lifecycle_configuration else None
    )
    found.lifecycle = [_lifecycle_rule(rule, found) for rule in rules or []]
    acceleration = results.get("transfer_acceleration")
    config = acceleration.transfer_acceleration_configuration if acceleration is not None else None
    found.transfer_acceleration = bool(config is not None and config.enabled)
    block = results.get("public_access_block")
    config = block.public_access_block_configuration if block is not None else None
    found.public_access_block = (
        None if config is None or config.block_public_access is None else bool(config.block_public_access)
    )
    return found


def _encryption(result) -> dict | None:
    rule = result.server_side_encryption_rule if result is not None else None
    default = rule.apply_server_side_encryption_by_default if rule is not None else None
    if default is None or not default.sse_algorithm:
        return None
    return {
        "algorithm": default.sse_algorithm,
        "kms_key_id": default.kms_master_key_id or None,
        "kms_data_encryption": default.kms_data_encryption or None,
    }


def _logging(result) -> dict | None:
    status = result.bucket_logging_status if result is not None else None
    enabled = status.logging_enabled if status is not None else None
    if enabled is None or not enabled.target_bucket:
        return None
    return {"target_bucket": enabled.target_bucket, "target_prefix": enabled.target_prefix or ""}


def _cors(result, found: DiscoveredBucket) -> list[dict]:
    config = result.cors_configuration if result is not None else None
    if config is None or not config.cors_rules:
        return []
    if config.response_vary:
        found.unsupported.append("CORS response_vary: true")
    return [
        {
            "allowed_origins": list(r.allowed_origins or []),
            "allowed_methods": list(r.allowed_methods or []),
            "allowed_headers": list(r.allowed_headers or []),
            "expose_headers": list(r.expose_headers or []),
            "max_age_seconds": r.max_age_seconds,
        }
        for r in config.cors_rules
    ]


def _referer(result) -> dict | None:
    config = result.referer_configuration if result is not None else None
    if config is None:
        return None
    whitelist = list(config.referer_list.referers or []) if config.referer_list else []
    blacklist = list(config.referer_blacklist.referers or []) if config.referer_blacklist else []
    allow_empty = config.allow_empty_referer is not False
    truncate_path = bool(config.truncate_path)
    # OSS answers with a referer configuration on every bucket; the default (empty lists, empty
    # referer allowed, path kept) is "no hotlink protection" and is not declared.
    if not (whitelist or blacklist or not allow_empty or truncate_path):
        return None
    return {
        "whitelist": whitelist,
        "blacklist": blacklist,
        "allow_empty": allow_empty,
        "allow_truncate_query_string": config.allow_truncate_query_string is not False,
        "truncate_path": truncate_path,
    }


def _website(result, found: DiscoveredBucket) -> dict | None:
    config = result.website_configuration if result is not None else None
    if config is None or config.index_document is None or not config.index_document.suffix:
        return None
    if config.routing_rules is not None and config.routing_rules.routing_rules:
        found.unsupported.append("website routing rules")
    index = config.index_document
    out: dict = {"index_document": index.suffix}
    if index.support_sub_dir:
        out["support_sub_dir"] = True
    error = config.error_document
    if error is not None and error.key:
        out["error_document"] = error.key
        if error.http_status and error.http_status != 404:
            out["error_status"] = error.http_status
    return out


def _lifecycle_rule(rule, found: DiscoveredBucket) -> dict:
    rid = rule.id
    condition = rule.filter
    if condition is not None and (
        condition.nots or condition.object_size_greater_than or condition.object_size_less_than
    ):
        found.unsupported.append(f"lifecycle rule {rid!r}: a filter")
    if rule.atime_base:
        found.unsupported.append(f"lifecycle rule {rid!r}: access-time based actions")
    out: dict = {"id": rid, "enabled": rule.status != "Disabled", "prefix": rule.prefix or ""}
    if rule.tags:
        out["tags"] = {t.key: t.value or "" for t in rule.tags}
    expiration = rule.expiration
    if expiration is not None:
        if expiration.created_before_date:
            found.unsupported.append(f"lifecycle rule {rid!r}: a date-based expiration")
        if expiration.days:
            out["expiration_days"] = expiration.days
        if expiration.expired_object_delete_marker:
            out["expired_object_delete_marker"] = True
    out["transitions"] = []
    for transition in rule.transitions or []:
        if transition.created_before_date or transition.is_access_time:
            found.unsupported.append(f"lifecycle rule {rid!r}: a date- or access-time-based transition")
        out["transitions"].append({"days": transition.days, "storage_class": transition.storage_class})
    abort = rule.abort_multipart_upload
    if abort is not None:
        if abort.created_before_date:
            found.unsupported.append(f"lifecycle rule {rid!r}: a date-based multipart abort")
        if abort.days:
            out["abort_multipart_upload_days"] = abort.days
    out["noncurrent_transitions"] = [
        {"days": t.noncurrent_days, "storage_class": t.storage_class} for t in rule.noncurrent_version_transitions or []
    ]
    if rule.noncurrent_version_expiration is not None and rule.noncurrent_version_expiration.noncurrent_days:
        out["noncurrent_expiration_days"] = rule.noncurrent_version_expiration.noncurrent_days
    return out
