"""A secure OSS bucket with every setting declared, from validated BucketProps.

Inline blocks or split `alicloud_oss_bucket_*` resources, decided per setting:

- Inline on `alicloud_oss_bucket`: encryption, versioning and logging (not deprecated in
  1.289.0, and the only place checkov looks for them: CKV_ALI_6/10/12), lifecycle rules (no
  split resource exists), tags, storage class, redundancy type, transfer acceleration.
- Split resources: ACL (`alicloud_oss_bucket_acl`), policy and referer (inline forms deprecated
  since 1.220.0), public access block and replication (split only), and CORS and website (the
  split forms carry what the inline ones cannot: Vary, error status, sub-directory index).
- Where a split resource manages a setting, the bucket ignores changes to its inline twin, as
  the provider documents; otherwise the bucket would plan to undo the split resource's work.

Grants (`grant_read`, `grant_write`, `grant_read_write`, bucket_grants.py) give a role the OSS
actions on this bucket and the permissions on its SSE-KMS key, whichever key it is. A bucket
managed elsewhere is `SecureBucket.from_name(name, kms_key_id=...)`, with the same grants.

Adoption (`adopt: true`): the bucket and each split resource declared get a Terraform import
block (`import_from`) with the provider's import ID (`<bucket>` for all of them, per
`alicloud.facts.json`). Terraform skips an import block whose resource is already in the state,
so the blocks stay harmless after the first deploy.

User text (page content, tags, a declared policy document) goes through `terraform_text.literal`,
so a `${` or `%{` in it reaches OSS as written instead of being read by Terraform as a template.
Website pages carry the bucket's ACL: an object's own ACL defaults to `private` in the provider
(its accepted values are private, public-read and public-read-write, no "default" that would
inherit the bucket's), and a private object in a public-read website bucket answers 403.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_alicloud.oss_bucket import (
    OssBucket,
    OssBucketLifecycleRule,
    OssBucketLifecycleRuleAbortMultipartUpload,
    OssBucketLifecycleRuleExpiration,
    OssBucketLifecycleRuleNoncurrentVersionExpiration,
    OssBucketLifecycleRuleNoncurrentVersionTransition,
    OssBucketLifecycleRuleTransitions,
    OssBucketLogging,
    OssBucketServerSideEncryptionRule,
    OssBucketTransferAcceleration,
    OssBucketVersioning,
)
from cdktf_cdktf_provider_alicloud.oss_bucket_acl import OssBucketAcl
from cdktf_cdktf_provider_alicloud.oss_bucket_cors import OssBucketCors, OssBucketCorsCorsRule
from cdktf_cdktf_provider_alicloud.oss_bucket_object import OssBucketObject
from cdktf_cdktf_provider_alicloud.oss_bucket_policy import OssBucketPolicy
from cdktf_cdktf_provider_alicloud.oss_bucket_public_access_block import OssBucketPublicAccessBlock
from cdktf_cdktf_provider_alicloud.oss_bucket_referer import OssBucketReferer
from cdktf_cdktf_provider_alicloud.oss_bucket_website import (
    OssBucketWebsiteA,
    OssBucketWebsiteErrorDocument,
    OssBucketWebsiteIndexDocument,
)
from constructs import Construct

from ossiac.cdk import TerraformProvider, TerraformResourceLifecycle
from ossiac_constructs.bucket_grants import BucketGrants, BucketReference
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.resource_comment import allow_destroy, waive
from ossiac_constructs.terraform_text import literal, literal_map
from ossiac_props.bucket import BucketProps, LifecycleRule, WebsiteProps
from ossiac_props.bucket_policy import deny_insecure_transport
from ossiac_props.provider_facts import import_id

TRANSFER_ACCELERATION_WAIVER = (
    "transfer acceleration is a paid performance feature, not a security control; "
    "set transfer_acceleration: true on buckets that need it"
)


@dataclass(frozen=True)
class BucketEnvironment:
    """What the stack provides around a bucket: the key and log bucket of its region."""

    kms_key_id: str | None
    """The stack-managed key, used when the props ask for KMS without naming a key."""
    access_log_bucket: str | None
    """The stack's log bucket, used when the props name no target. None: this bucket keeps logs."""
    no_access_log_reason: str | None = None
    """Why a bucket has no access logging (only for the log bucket itself)."""
    provider: TerraformProvider | None = None
    """The provider of the bucket's region, when it is not the stack's default one."""


def _environment_problems(props: BucketProps, env: BucketEnvironment) -> list[str]:
    """What the bucket asks of its surroundings that they do not provide: a key for SSE-KMS, a log target."""
    problems = []
    if props.encryption.algorithm == "KMS" and not (props.encryption.kms_key_id or env.kms_key_id):
        problems.append(
            f"encryption.kms_key_id: bucket {props.name} uses SSE-KMS but names no key, and its "
            "environment provides none; allowed: a key ID here, or an environment with the stack's key"
        )
    if props.logging.enabled and not (props.logging.target_bucket or env.access_log_bucket or env.no_access_log_reason):
        problems.append(
            f"logging.target_bucket: bucket {props.name} logs access but names no target, and its "
            "environment provides no log bucket; allowed: a target bucket here, an environment with the "
            "stack's log bucket, or logging.enabled: false with waivers.logging"
        )
    return problems


class SecureBucket(Construct, BucketGrants):
    def __init__(self, scope: Construct, id_: str, props: BucketProps, env: BucketEnvironment) -> None:
        super().__init__(scope, id_)
        problems = _environment_problems(props, env)
        if problems:
            raise InvalidPropsError(f"SecureBucket {self.node.path}", problems)
        self.props = props
        self.name = props.name
        self.kms_key_id = (
            (props.encryption.kms_key_id or env.kms_key_id) if props.encryption.algorithm == "KMS" else None
        )
        provider = env.provider
        split_managed = ["acl", "policy", "referer_config", "cors_rule", "website"]

        self.bucket = OssBucket(
            self,
            "bucket",
            provider=provider,
            bucket=props.name,
            storage_class=props.storage_class,
            redundancy_type=props.redundancy_type,
            force_destroy=False,
            tags=literal_map(props.tags),
            versioning=OssBucketVersioning(status=props.versioning) if props.versioning != "Off" else None,
            server_side_encryption_rule=self._encryption(props, env),
            logging=self._logging(props, env),
            lifecycle_rule=[_lifecycle_rule(rule) for rule in props.lifecycle] or None,
            transfer_acceleration=OssBucketTransferAcceleration(enabled=True) if props.transfer_acceleration else None,
            lifecycle=TerraformResourceLifecycle(
                ignore_changes=split_managed, prevent_destroy=props.allow_destroy is None
            ),
        )
        if props.allow_destroy:
            allow_destroy(self.bucket, props.allow_destroy)
        if not props.transfer_acceleration:
            waive(self.bucket, "CKV_ALI_11", TRANSFER_ACCELERATION_WAIVER)
        if not props.logging.enabled:
            waive(self.bucket, "CKV_ALI_12", props.waivers["logging"])
        elif env.access_log_bucket is None and props.logging.target_bucket is None:
            waive(self.bucket, "CKV_ALI_12", env.no_access_log_reason or "")
        if props.is_public:
            waive(self.bucket, "CKV_ALI_1", _public_reason(props))
        if props.encryption.algorithm == "none":
            waive(self.bucket, "CKV_ALI_6", f"no default encryption: {props.waivers['encryption']}")
        elif props.encryption.algorithm != "KMS":
            reason = f"{props.encryption.algorithm} with OSS-managed keys, chosen by name in the bucket's encryption"
            waive(self.bucket, "CKV_ALI_6", reason)
        if props.versioning == "Off":
            waive(self.bucket, "CKV_ALI_10", f"versioning off: {props.waivers['versioning']}")
        if "public_access_block" in props.waivers:
            self.bucket.add_override("//.ossiac_public_access_block_waiver", props.waivers["public_access_block"])

        # A reference to the bucket resource: whoever uses the name is ordered after the bucket.
        self.bucket_name = name = self.bucket.bucket
        self.acl = OssBucketAcl(self, "acl", provider=provider, bucket=name, acl=props.acl)
        self.public_access_block: OssBucketPublicAccessBlock | None = None
        if props.blocks_public_access is not None:
            self.public_access_block = OssBucketPublicAccessBlock(
                self,
                "public-access-block",
                provider=provider,
                bucket=name,
                block_public_access=props.blocks_public_access,
            )
        self.policy: OssBucketPolicy | None = None
        policy = deny_insecure_transport(props.name) if props.https_only else props.policy_document
        policy = literal(policy)
        if policy is not None:
            self.policy = OssBucketPolicy(self, "policy", provider=provider, bucket=name, policy=policy)
        self.cors: OssBucketCors | None = None
        if props.cors:
            self.cors = OssBucketCors(
                self,
                "cors",
                provider=provider,
                bucket=name,
                cors_rule=[
                    OssBucketCorsCorsRule(
                        allowed_origins=rule.allowed_origins,
                        allowed_methods=rule.allowed_methods,
                        allowed_headers=rule.allowed_headers or None,
                        expose_header=rule.expose_headers or None,
                        max_age_seconds=rule.max_age_seconds,
                    )
                    for rule in props.cors
                ],
            )
        self.referer: OssBucketReferer | None = None
        if props.referer:
            referer = props.referer
            self.referer = OssBucketReferer(
                self,
                "referer",
                provider=provider,
                bucket=name,
                allow_empty_referer=referer.allow_empty,
                referer_list=referer.whitelist or None,
                referer_blacklist=referer.blacklist or None,
                allow_truncate_query_string=referer.allow_truncate_query_string,
                truncate_path=referer.truncate_path,
            )
        self.website: OssBucketWebsiteA | None = None
        if props.website:
            self._website(props.website, props, provider)
        if props.adopt:
            self._adopt(props.name)

    @staticmethod
    def from_name(name: str, *, kms_key_id: str | None = None) -> BucketReference:
        """A bucket managed elsewhere (another stack, the console), for grants and references.
        `kms_key_id`: its SSE-KMS key, so grants include the key; None if not KMS-encrypted."""
        return BucketReference(name, kms_key_id)

    def _adopt(self, name: str) -> None:
        """Import blocks for the bucket and each setting resource declared (import ID `<bucket>`)."""
        settings = (self.acl, self.public_access_block, self.policy, self.cors, self.referer, self.website)
        for resource in (self.bucket, *settings):
            if resource is not None:
                resource.import_from(import_id(resource.terraform_resource_type, name))

    @staticmethod
    def _encryption(props: BucketProps, env: BucketEnvironment) -> OssBucketServerSideEncryptionRule | None:
        encryption = props.encryption
        if encryption.algorithm == "none":
            return None
        if encryption.algorithm != "KMS":
            return OssBucketServerSideEncryptionRule(sse_algorithm=encryption.algorithm)
        key_id = encryption.kms_key_id or env.kms_key_id  # one of them is given (_environment_problems)
        return OssBucketServerSideEncryptionRule(
            sse_algorithm="KMS", kms_master_key_id=key_id, kms_data_encryption=encryption.kms_data_encryption
        )

    @staticmethod
    def _logging(props: BucketProps, env: BucketEnvironment) -> OssBucketLogging | None:
        if not props.logging.enabled:
            return None
        target = props.logging.target_bucket or env.access_log_bucket
        if target is None:
            return None  # the log bucket itself, which says why (_environment_problems)
        prefix = props.logging.target_prefix if props.logging.target_prefix is not None else f"{props.name}/"
        return OssBucketLogging(target_bucket=target, target_prefix=prefix)

    def _website(self, website: WebsiteProps, props: BucketProps, provider: TerraformProvider | None) -> None:
        name = self.bucket_name  # the reference made once in __init__: no jsii round trip
        self.website = OssBucketWebsiteA(
            self,
            "website",
            provider=provider,
            bucket=name,
            index_document=OssBucketWebsiteIndexDocument(
                suffix=website.index_document, support_sub_dir=website.support_sub_dir
            ),
            error_document=(
                OssBucketWebsiteErrorDocument(key=website.error_document, http_status=website.error_status)
                if website.error_document
                else None
            ),
        )
        pages = [("index-object", website.index_document, website.index_content)]
        if website.error_document:  # error_content needs it (WebsiteProps)
            pages.append(("error-object", website.error_document, website.error_content))
        for object_id, key, content in pages:
            if content is not None:
                OssBucketObject(
                    self,
                    object_id,
                    provider=provider,
                    bucket=name,
                    key=key,
                    content=literal(content),
                    content_type="text/html; charset=utf-8",
                    acl=props.acl,  # the object's own ACL would be private, even in a public bucket
                )


def _public_reason(props: BucketProps) -> str:
    if props.public_access_waiver:
        return f"public by waiver: {props.public_access_waiver}"
    referers = ", ".join(props.referer.whitelist if props.referer else [])
    return f"{props.acl} on purpose, restricted by a referer whitelist ({referers})"


def _lifecycle_rule(rule: LifecycleRule) -> OssBucketLifecycleRule:
    expiration = None
    if rule.expiration_days or rule.expired_object_delete_marker:
        expiration = [
            OssBucketLifecycleRuleExpiration(
                days=rule.expiration_days,
                expired_object_delete_marker=rule.expired_object_delete_marker or None,
            )
        ]
    return OssBucketLifecycleRule(
        id=rule.id,
        enabled=rule.enabled,
        prefix=literal(rule.prefix),
        tags=literal_map(rule.tags),
        transitions=[
            OssBucketLifecycleRuleTransitions(days=t.days, storage_class=t.storage_class) for t in rule.transitions
        ]
        or None,
        expiration=expiration,
        abort_multipart_upload=(
            [OssBucketLifecycleRuleAbortMultipartUpload(days=rule.abort_multipart_upload_days)]
            if rule.abort_multipart_upload_days
            else None
        ),
        noncurrent_version_transition=[
            OssBucketLifecycleRuleNoncurrentVersionTransition(days=t.days, storage_class=t.storage_class)
            for t in rule.noncurrent_transitions
        ]
        or None,
        noncurrent_version_expiration=(
            [OssBucketLifecycleRuleNoncurrentVersionExpiration(days=rule.noncurrent_expiration_days)]
            if rule.noncurrent_expiration_days
            else None
        ),
    )
