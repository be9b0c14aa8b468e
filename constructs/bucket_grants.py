"""Grants on a bucket, as AWS CDK's `Bucket.grantRead` / `grantWrite` do: OSS actions plus the key.

A grant adds to a principal's policy (a ServiceRole) the OSS actions on the bucket, or on one
prefix of it, and, when the bucket's objects are SSE-KMS encrypted, the KMS permissions OSS
needs on the caller's behalf, on the bucket's key whichever it is (managed by the stack or given
by ID). KMS resources are written `acs:kms:*:*:key/<key id>`, the same for every key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ossiac_policies.kms_templates import kms_sse_objects
from ossiac_policies.oss_templates import oss_access
from ossiac_props.access import AccessLevel

REPLICATION_READ = ("oss:ReplicateList", "oss:ReplicateGet")
REPLICATION_WRITE = ("oss:ReplicateList", "oss:ReplicateGet", "oss:ReplicatePut", "oss:ReplicateDelete")


class Principal(Protocol):
    """Anything whose policy statements can be added to, e.g. a ServiceRole."""

    def add_statements(self, statements: Sequence[dict[str, Any]]) -> None: ...


class BucketGrants:
    """Grant methods for a bucket; subclasses set `bucket_name` and `kms_key_id`."""

    bucket_name: str
    """The bucket's name, or a reference to it (which orders the grantee after the bucket)."""
    kms_key_id: str | None
    """The SSE-KMS key of new objects; None when they are not KMS-encrypted."""

    def grant_read(
        self, principal: Principal, prefix: str = "", *, https_only: bool = True, source_ips: Sequence[str] = ()
    ) -> None:
        """Read (and list) objects under `prefix` ("" = the whole bucket); kms:Decrypt on the key."""
        self.grant(principal, "read-only", prefix, https_only=https_only, source_ips=source_ips)

    def grant_write(
        self, principal: Principal, prefix: str = "", *, https_only: bool = True, source_ips: Sequence[str] = ()
    ) -> None:
        """Write objects under `prefix` (no reading, no deleting); kms:GenerateDataKey and Decrypt."""
        self.grant(principal, "write-only", prefix, https_only=https_only, source_ips=source_ips)

    def grant_read_write(
        self, principal: Principal, prefix: str = "", *, https_only: bool = True, source_ips: Sequence[str] = ()
    ) -> None:
        """Read and write (not delete) objects under `prefix`, and the key for both."""
        self.grant(principal, "read-write", prefix, https_only=https_only, source_ips=source_ips)

    def grant(
        self,
        principal: Principal,
        access: AccessLevel,
        prefix: str = "",
        *,
        https_only: bool = True,
        source_ips: Sequence[str] = (),
        kms_key_id: str | None = None,
    ) -> None:
        """`access`: read-only, write-only, read-write or full-access. `kms_key_id` replaces the
        bucket's key in the grant ("*" for any key)."""
        statements = oss_access(access, self.bucket_name, prefix, https_only, source_ips)["Statement"]
        key = kms_key_id or self.kms_key_id
        if key is not None:
            statements += kms_sse_objects(key_id=key, access=access)["Statement"]
        principal.add_statements(statements)

    def grant_replication_source(self, principal: Principal) -> None:
        """What OSS needs to replicate from this bucket: list and read, and kms:Decrypt on its key."""
        statements: list[dict[str, Any]] = [
            {"Effect": "Allow", "Action": list(REPLICATION_READ), "Resource": self._arns()}
        ]
        if self.kms_key_id is not None:
            statements.append({"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": [_key_arn(self.kms_key_id)]})
        principal.add_statements(statements)

    def grant_replication_destination(self, principal: Principal) -> None:
        """What OSS needs to replicate into this bucket, and to encrypt replicas with its key."""
        statements: list[dict[str, Any]] = [
            {"Effect": "Allow", "Action": list(REPLICATION_WRITE), "Resource": self._arns()}
        ]
        if self.kms_key_id is not None:
            statements.append(
                {
                    "Effect": "Allow",
                    "Action": ["kms:Encrypt", "kms:GenerateDataKey"],
                    "Resource": [_key_arn(self.kms_key_id)],
                }
            )
        principal.add_statements(statements)

    def _arns(self) -> list[str]:
        return [f"acs:oss:*:*:{self.bucket_name}", f"acs:oss:*:*:{self.bucket_name}/*"]


@dataclass(frozen=True)
class BucketReference(BucketGrants):
    """A bucket managed elsewhere, for grants and wiring: `SecureBucket.from_name(...)`."""

    name: str
    """The bucket's literal name."""
    kms_key_id: str | None = None
    """Its SSE-KMS key, when its objects are KMS-encrypted and grants should include the key."""

    @property
    # a read-only property for the base's plain attribute: a reference's name is never reassigned
    def bucket_name(self) -> str:  # type: ignore[override]
        return self.name


def _key_arn(key_id: str) -> str:
    return f"acs:kms:*:*:key/{key_id}"
