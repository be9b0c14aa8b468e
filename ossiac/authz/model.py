"""The engine's inputs and output: who asks (`Principal`), what is asked (`AccessRequest`), the
bucket's access settings (`BucketView`), and the answer (`Decision`, with every check's `Finding`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class PrincipalKind(str, Enum):  # noqa: UP042 - StrEnum would change what str() and f-strings print (the value, not Class.MEMBER)
    ANONYMOUS = "anonymous"
    ACCOUNT = "account"  # the account's own AccessKey (the root identity)
    RAM_USER = "ram-user"
    ASSUMED_ROLE = "assumed-role"  # STS temporary credentials


class Credentials(str, Enum):  # noqa: UP042 (as PrincipalKind)
    """How the request carries its signature (OSS checks Referer only for the first two)."""

    ANONYMOUS = "anonymous"
    SIGNED_URL = "signed URL"
    AUTHORIZATION_HEADER = "Authorization header"


@dataclass(frozen=True)
class Policy:
    name: str
    document: Mapping[str, Any]


@dataclass(frozen=True)
class Principal:
    kind: PrincipalKind
    account_id: str = ""
    arn: str = ""  # acs:ram::<account>:user/<name> or acs:ram::<account>:assumed-role/<role>/<session>
    name: str = ""
    policies: tuple[Policy, ...] = ()  # identity policies (RAM): the user's, or the role's
    session_policy: Mapping[str, Any] | None = None  # STS AssumeRole's Policy, intersected with the role's
    uid: str = ""  # the RAM user's or role's numeric ID, as bucket policies may name it

    @property
    def anonymous(self) -> bool:
        return self.kind is PrincipalKind.ANONYMOUS


ANONYMOUS = Principal(PrincipalKind.ANONYMOUS)


@dataclass(frozen=True)
class AccessRequest:
    action: str  # the RAM action, e.g. oss:GetObject
    bucket: str | None
    key: str | None
    method: str
    credentials: Credentials = Credentials.ANONYMOUS
    referer: str | None = None
    origin: str | None = None
    preflight_method: str | None = None  # set for a CORS preflight (OPTIONS)
    preflight_headers: tuple[str, ...] = ()
    context: Mapping[str, Any] = field(default_factory=dict)  # condition keys: acs:SourceIp, oss:Prefix, ...
    resource: str | None = None  # the resource ARN when given as such (policy simulator); else built from bucket/key

    @property
    def preflight(self) -> bool:
        return self.method == "OPTIONS"


@dataclass(frozen=True)
class CorsRule:
    allowed_origins: tuple[str, ...]
    allowed_methods: tuple[str, ...]
    allowed_headers: tuple[str, ...] = ()
    expose_headers: tuple[str, ...] = ()
    max_age_seconds: int | None = None


@dataclass(frozen=True)
class CorsConfig:
    rules: tuple[CorsRule, ...]
    response_vary: bool = False
    # A Terraform set (the standalone resource's cors_rule) does not keep the order written, so
    # when it is False another matching rule may be the one OSS applies.
    ordered: bool = True
    source: str = ""


@dataclass(frozen=True)
class RefererConfig:
    """Hotlink protection (PutBucketReferer) as OSS holds it."""

    allow_empty: bool
    whitelist: tuple[str, ...]
    blacklist: tuple[str, ...] = ()
    truncate_query_string: bool = True
    truncate_path: bool = False
    source: str = ""


@dataclass(frozen=True)
class BucketView:
    name: str
    owner_account: str  # "" when unknown (offline): resource ARNs then say "*"
    acl: str = "private"
    block_public_access: bool = False
    policy: Mapping[str, Any] | None = None  # the bucket policy document
    referer: RefererConfig | None = None
    cors: CorsConfig | None = None
    object_acl: str | None = None  # the object's own ACL, "default" or None to inherit
    notes: tuple[str, ...] = ()
    acl_source: str = ""  # where each setting was read, for the reasons
    block_public_access_source: str = ""
    policy_source: str = ""


class Outcome(str, Enum):  # noqa: UP042 (as PrincipalKind)
    PASS = "pass"
    FAIL = "fail"
    SKIP = "not checked"
    # This policy or ACL grants nothing for the request; a later check may still allow it.
    NO_MATCH = "no match"
    # Served, but the browser will not let the page read the response (no CORS match).
    WARN = "warn"


@dataclass(frozen=True)
class Finding:
    """One check's result, in the order the engine checks."""

    check: str
    outcome: Outcome
    detail: str


@dataclass(frozen=True)
class StatementRef:
    policy: str
    index: int
    sid: str | None

    def __str__(self) -> str:
        return f"{self.policy} Statement[{self.index}]" + (f" (Sid {self.sid})" if self.sid else "")


ALLOW = "allow"
EXPLICIT_DENY = "deny (explicit)"
IMPLICIT_DENY = "deny (implicit)"


@dataclass(frozen=True)
class Evaluation:
    """A set of policies' verdict on one request: allow, explicit deny or implicit deny."""

    decision: str
    statement: StatementRef | None
    reasons: list[str]

    def to_json(self) -> dict[str, Any]:
        statement = None
        if self.statement:
            statement = {"policy": self.statement.policy, "index": self.statement.index, "sid": self.statement.sid}
        return {"decision": self.decision, "statement": statement, "reasons": self.reasons}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    status: int  # 200 when allowed, else OSS's status (403)
    code: str | None  # OSS's error code when refused (AccessDenied, AccessForbidden, ...)
    refused_by: str | None  # the check that refused, e.g. "ram-policy", "acl", "referer-whitelist"
    reason: str
    reasons: tuple[str, ...] = ()  # every policy statement's finding, in the order evaluated
    cors_headers: Mapping[str, str] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()  # every check's outcome, in the documented order
    statement: StatementRef | None = None  # the statement that allowed or explicitly denied
    notes: tuple[str, ...] = ()

    @property
    def verdict(self) -> str:
        """The policy simulator's word for it: allow, deny (explicit) or deny (implicit)."""
        if self.allowed:
            return ALLOW
        return EXPLICIT_DENY if self.refused_by == "explicit-deny" else IMPLICIT_DENY
