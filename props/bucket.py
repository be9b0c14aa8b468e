"""Typed, validated props for a secure OSS bucket.

Every field documents its default. Defaults are the secure choice: private ACL, SSE-KMS,
versioning on, access logging, HTTPS-only, public access blocked, deletion protection on.
Anything less secure has to be asked for by name.

Validation follows what OSS itself accepts, and pydantic reports every problem at once, each
with its key path.
"""

from __future__ import annotations

import json
import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ossiac_props.alarms import AlarmOverrides
from ossiac_props.base import Props, raise_problems
from ossiac_props.bucket_names import validate_bucket_name
from ossiac_props.identifiers import validate_bucket_region, validate_kms_key_id, validate_tags
from ossiac_props.ram_actions import action_problem
from ossiac_props.ram_names import replication_role_name, role_name_problem
from ossiac_props.wildcard import wildcard_match

HTTP_METHODS = ("GET", "PUT", "POST", "DELETE", "HEAD")
# Lifecycle transitions must move objects to colder classes in this order, with more days each.
COLDER_CLASSES = ("IA", "Archive", "ColdArchive", "DeepColdArchive")

Acl = Literal["private", "public-read", "public-read-write"]
HttpMethod = Literal["GET", "PUT", "POST", "DELETE", "HEAD"]
ColderClass = Literal["IA", "Archive", "ColdArchive", "DeepColdArchive"]
StorageClass = Literal["Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive"]
WaivedDefault = Literal["versioning", "encryption", "logging", "public_access_block"]


# --- CORS -------------------------------------------------------------------------------------

CORS_PRESETS: dict[str, dict] = {
    # Browsers reading objects (e.g. fetch() of images or JSON) from allowed sites.
    "browser-read": {
        "allowed_methods": ["GET", "HEAD"],
        "allowed_headers": [],
        "expose_headers": ["ETag", "x-oss-request-id"],
        "max_age_seconds": 600,
    },
    # Browsers uploading straight to OSS with a signed form POST (the direct-upload pattern: the
    # app server signs a policy, the browser posts the file). Upload libraries add their own
    # headers and progress listeners force a preflight, so any requested header is allowed.
    "browser-upload": {
        "allowed_methods": ["POST"],
        "allowed_headers": ["*"],
        "expose_headers": ["ETag", "x-oss-request-id"],
        "max_age_seconds": 600,
    },
}


class CorsRule(Props):
    """One CORS rule. OSS uses the first rule that matches origin, method and headers."""

    preset: Literal["browser-read", "browser-upload"] | None = None
    """Fills methods, headers, exposed headers and max age for a common case; explicit keys win. Default: none."""
    allowed_origins: list[str] = Field(min_length=1)
    """Origins with scheme, e.g. `https://app.example.com`; one `*` at most per origin."""
    allowed_methods: list[HttpMethod] = []
    """Required unless a preset gives them. Default: the preset's, else none."""
    allowed_headers: list[str] = []
    """Headers a preflight may ask for; one `*` at most per header. Default: none."""
    expose_headers: list[str] = []
    """Response headers scripts may read; no wildcards. Default: none."""
    max_age_seconds: int | None = Field(default=None, ge=0, le=999_999_999)
    """How long browsers cache the preflight. Default: not sent."""

    @model_validator(mode="before")
    @classmethod
    def _apply_preset(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("preset") in CORS_PRESETS:
            return {**CORS_PRESETS[data["preset"]], **data}
        return data

    @field_validator("allowed_origins")
    @classmethod
    def _origins(cls, origins: list[str]) -> list[str]:
        for origin in origins:
            if origin.count("*") > 1:
                raise ValueError(f"origin {origin!r} has more than one '*'")
            if origin != "*" and not re.match(r"^(https?://|\*://)?[^/\s]+$", origin):
                raise ValueError(f"origin {origin!r} must be scheme://host[:port] (no path), or '*'")
            if origin != "*" and "://" not in origin:
                raise ValueError(f"origin {origin!r} needs a scheme, e.g. https://{origin}")
        return origins

    @field_validator("allowed_methods")
    @classmethod
    def _methods(cls, methods: list[str]) -> list[str]:
        if len(set(methods)) != len(methods):
            raise ValueError("lists a method twice")
        return methods

    @field_validator("allowed_headers")
    @classmethod
    def _headers(cls, headers: list[str]) -> list[str]:
        for header in headers:
            if header.count("*") > 1:
                raise ValueError(f"allowed header {header!r} has more than one '*'")
        return headers

    @field_validator("expose_headers")
    @classmethod
    def _exposed(cls, headers: list[str]) -> list[str]:
        for header in headers:
            if "*" in header:
                raise ValueError(f"exposed header {header!r}: wildcards are not allowed here")
        return headers

    @model_validator(mode="after")
    def _needs_methods(self) -> CorsRule:
        if not self.allowed_methods:
            raise ValueError(f"allowed_methods is required (any of {', '.join(HTTP_METHODS)}) unless a preset is given")
        return self


# --- Referer (anti-leech) ---------------------------------------------------------------------


# OSS compares a Referer with each entry as a wildcard pattern (`*` any run, `?` one character),
# never as a regular expression; a browser's Referer starts with its page's scheme.
_REGEX_SYNTAX = (
    (re.compile(r"^\^"), "a leading '^'"),
    (re.compile(r"\$$"), "a trailing '$'"),
    (re.compile(r"\\"), "a backslash"),
    (re.compile(r"^\."), "a leading '.'"),
    (re.compile(r"\.\+"), "'.+'"),
    (re.compile(r"\([^)]*\|[^)]*\)"), "a group of alternatives '(a|b)'"),
    (re.compile(r"\[[^\]]*[A-Za-z0-9]-[A-Za-z0-9][^\]]*\]"), "a character class such as [a-z]"),
    (re.compile(r"\{\d+(,\d*)?\}"), "a repeat count such as {2}"),
)
# Referers of a site nobody owns (`.zz` is no top-level domain): an entry letting them through lets every site through.
_ANY_SITE = tuple(f"{scheme}://x.zz{path}" for scheme in ("http", "https") for path in ("", "/", "/page.html"))
REFERER_EXAMPLE = "https://www.example.com/*"


def referer_regex_problem(entry: str) -> str | None:
    """An entry written as a regular expression: OSS reads it as a wildcard pattern, and it matches no Referer."""
    found = [what for pattern, what in _REGEX_SYNTAX if pattern.search(entry)]
    if not found:
        return None
    return (
        f"entry {entry!r} is written as a regular expression ({found[0]}); OSS reads entries as wildcard patterns, "
        f"where only * and ? are special and a Referer starts with its page's scheme, so it matches no real Referer; "
        f"allowed: a wildcard pattern such as {REFERER_EXAMPLE!r} or 'https://*.example.com/*'"
    )


def referer_matches_any_site(entry: str) -> bool:
    """The entry lets through the Referer of a site nobody owns, hence of every site (`*`, `http*`, `https://*`)."""
    return any(wildcard_match(entry, referer, ignore_case=True) for referer in _ANY_SITE)


class RefererProps(Props):
    """Hotlink protection: which Referer headers may fetch objects anonymously or by signed URL."""

    whitelist: list[str] = []
    """Allowed referers, with `*` and `?` wildcards, e.g. `https://*.example.com`. Empty: no check. Default: none."""
    blacklist: list[str] = []
    """Refused referers, checked before the whitelist; same wildcards. Default: none."""
    allow_empty: bool = False
    """Whether requests without a Referer (typed URLs, some apps) pass. Default: refused."""
    allow_truncate_query_string: bool = True
    """Match the Referer with its query string removed (the OSS default)."""
    truncate_path: bool = False
    """Match only scheme://host[:port] of the Referer; needs allow_truncate_query_string. Default: false."""

    @field_validator("whitelist", "blacklist")
    @classmethod
    def _entries(cls, entries: list[str]) -> list[str]:
        for entry in entries:
            if not entry.strip() or entry != entry.strip():
                raise ValueError(f"entry {entry!r} is empty or has surrounding spaces")
        raise_problems([p for p in map(referer_regex_problem, entries) if p])
        return entries

    @model_validator(mode="after")
    def _truncation(self) -> RefererProps:
        if self.truncate_path and not self.allow_truncate_query_string:
            raise ValueError("truncate_path needs allow_truncate_query_string: true (OSS truncates the query first)")
        return self


# --- Static website ---------------------------------------------------------------------------


class WebsiteProps(Props):
    """Static website hosting. Pages, when given, are uploaded as the index/error objects.

    In a stack file the pages are files in the repository (`index_file`, `error_file`, relative to
    the stack file); the loader reads them into `index_content` / `error_content`, which Python
    users may also set directly.
    """

    index_document: str = "index.html"
    """Object served for `/` and, with support_sub_dir, for `dir/`. Default: index.html."""
    error_document: str | None = None
    """Object served when a key is missing. Default: none (OSS's own error page)."""
    error_status: Literal[200, 404] = 404
    """HTTP status returned with the error document. Default: 404."""
    support_sub_dir: bool = False
    """Serve `dir/index.html` for `dir/`. Default: false."""
    index_file: str | None = None
    """Path of the index page, relative to the stack file. Default: nothing uploaded."""
    error_file: str | None = None
    """Path of the error page, relative to the stack file. Needs error_document. Default: none."""
    index_content: str | None = None
    """HTML uploaded as the index document (the loader fills it from index_file). Default: not uploaded."""
    error_content: str | None = None
    """HTML uploaded as the error document (the loader fills it from error_file). Needs error_document. Default: none."""

    @model_validator(mode="after")
    def _pages(self) -> WebsiteProps:
        problems = []
        for page in ("error_file", "error_content"):
            if getattr(self, page) is not None and not self.error_document:
                problems.append(f"{page} needs error_document (the key to upload it to)")
        for page in ("index", "error"):
            if getattr(self, f"{page}_file") is not None and getattr(self, f"{page}_content") is not None:
                problems.append(f"give {page}_file or {page}_content, not both")
        raise_problems(problems)
        return self


# --- Lifecycle --------------------------------------------------------------------------------


class Transition(Props):
    days: int = Field(ge=1)
    """Days after the last modification (or after becoming noncurrent)."""
    storage_class: ColderClass
    """IA, Archive, ColdArchive or DeepColdArchive."""


class LifecycleRule(Props):
    """One lifecycle rule, validated the way OSS validates PutBucketLifecycle."""

    id: str = Field(min_length=1, max_length=255)
    """Unique among the bucket's rules."""
    enabled: bool = True
    """Default: true."""
    prefix: str = ""
    """Objects whose key starts with this. Default: every object."""
    tags: dict[str, str] = {}
    """Objects carrying all these tags. Default: none."""
    transitions: list[Transition] = []
    """To IA, Archive, ColdArchive, DeepColdArchive: in that order, days increasing. Default: none."""
    expiration_days: int | None = Field(default=None, ge=1)
    """Delete objects this many days after their last change. Default: never."""
    expired_object_delete_marker: bool = False
    """Remove delete markers with no noncurrent versions left (versioned buckets). Default: false."""
    abort_multipart_upload_days: int | None = Field(default=None, ge=1)
    """Abort unfinished multipart uploads after this many days. Default: never."""
    noncurrent_transitions: list[Transition] = []
    """Move noncurrent versions to colder classes. Default: none."""
    noncurrent_expiration_days: int | None = Field(default=None, ge=1)
    """Delete noncurrent versions after this many days. Default: never."""

    @model_validator(mode="after")
    def _as_oss_checks(self) -> LifecycleRule:
        problems = []
        if not (
            self.transitions
            or self.expiration_days
            or self.expired_object_delete_marker
            or self.abort_multipart_upload_days
            or self.noncurrent_transitions
            or self.noncurrent_expiration_days
        ):
            problems.append("has no action: give transitions, expiration, abort or noncurrent-version actions")
        problems += _ordered_transitions("transitions", self.transitions, self.expiration_days, "expiration_days")
        problems += _ordered_transitions(
            "noncurrent_transitions",
            self.noncurrent_transitions,
            self.noncurrent_expiration_days,
            "noncurrent_expiration_days",
        )
        if self.expired_object_delete_marker and self.expiration_days is not None:
            problems.append("expired_object_delete_marker and expiration_days cannot be in one rule (OSS refuses both)")
        if self.tags and self.abort_multipart_upload_days is not None:
            problems.append("abort_multipart_upload_days cannot be used with tags (parts carry no tags)")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def _ordered_transitions(
    key: str, transitions: list[Transition], expiration: int | None, expiration_key: str
) -> list[str]:
    problems = []
    ranks = [COLDER_CLASSES.index(t.storage_class) for t in transitions]
    if len(set(ranks)) != len(ranks):
        problems.append(f"{key}: each storage class may appear once")
    ordered = sorted(transitions, key=lambda t: COLDER_CLASSES.index(t.storage_class))
    for colder, warmer in zip(ordered[1:], ordered, strict=False):  # neighbours: the first list is one shorter
        if colder.days <= warmer.days:
            problems.append(
                f"{key}: {colder.storage_class} after {colder.days} days must come later than "
                f"{warmer.storage_class} after {warmer.days} days (order IA < Archive < ColdArchive < DeepColdArchive)"
            )
    if expiration is not None and transitions and expiration <= max(t.days for t in transitions):
        problems.append(f"{expiration_key} ({expiration}) must be later than every transition in {key}")
    return problems


# --- Encryption, logging, replication ---------------------------------------------------------


class EncryptionProps(Props):
    """Server-side encryption. Default: SSE-KMS with the stack's managed key."""

    algorithm: Literal["KMS", "AES256", "SM4", "none"] = "KMS"
    """KMS (default). AES256 or SM4 (OSS-managed keys) only when chosen. `none`: no default
    encryption rule at all (an adopted bucket as found); needs `waivers.encryption`."""
    kms_key_id: str | None = None
    """A KMS key you manage elsewhere. Default: the key the stack creates (rotation on)."""
    kms_data_encryption: Literal["SM4"] | None = None
    """Encrypt data with SM4 under KMS. Default: AES-256."""

    _key_id = field_validator("kms_key_id")(lambda cls, key: validate_kms_key_id(key))

    @model_validator(mode="after")
    def _kms_only(self) -> EncryptionProps:
        if self.algorithm != "KMS" and (self.kms_key_id or self.kms_data_encryption):
            raise ValueError("kms_key_id and kms_data_encryption need algorithm: KMS")
        return self


class LoggingProps(Props):
    """Access logging. Default: into the stack's log bucket, under `<bucket>/`."""

    enabled: bool = True
    """`false`: no access logging (an adopted bucket as found); needs `waivers.logging`. Default: true."""
    target_bucket: str | None = None
    """An existing log bucket in the same region. Default: the log bucket the stack creates."""
    target_prefix: str | None = None
    """Default: `<bucket name>/`."""

    @field_validator("target_bucket")
    @classmethod
    def _name(cls, name: str | None) -> str | None:
        return None if name is None else validate_bucket_name(name)

    @model_validator(mode="after")
    def _disabled_has_no_target(self) -> LoggingProps:
        if not self.enabled and (self.target_bucket is not None or self.target_prefix is not None):
            raise ValueError("target_bucket and target_prefix need enabled: true")
        return self


def versioning_off(value: object) -> object:
    """YAML 1.1 (PyYAML) reads a bare `Off` as false: both mean versioning Off."""
    return "Off" if value is False else value


class ReplicationProps(Props):
    """Cross-region replication to a backup bucket, which the stack creates unless told not to."""

    destination_bucket: str
    """The backup bucket's name."""
    destination_region: str
    """Another region than the stack's, e.g. cn-beijing."""
    prefixes: list[str] = []
    """Replicate only keys with these prefixes. Default: everything."""
    historical_objects: bool = True
    """Also copy objects that existed before replication was set up. Default: true."""
    create_destination: bool = True
    """Create the backup bucket (secure defaults, its own KMS key and log bucket in its region)."""
    role_name: str | None = None
    """The RAM role (and policy) OSS assumes to replicate. Default: `oss-replication-<bucket>`,
    which must fit RAM's 64 characters: give a shorter one for a long bucket name."""

    @field_validator("destination_bucket")
    @classmethod
    def _name(cls, name: str) -> str:
        return validate_bucket_name(name)

    _region = field_validator("destination_region")(lambda cls, v: validate_bucket_region(v))


# --- The bucket -------------------------------------------------------------------------------


class BucketProps(Props):
    """A secure OSS bucket. Only `name` is required."""

    name: str
    """Bucket name, unique across OSS: 3-63 lowercase letters, digits and hyphens."""
    acl: Acl = "private"
    """`public-read` needs a referer whitelist or public_access_waiver; `public-read-write` needs the waiver. Default: private."""
    public_access_waiver: str | None = None
    """Why this bucket may be public without a referer whitelist (recorded in the JSON). Default: none."""
    cors: list[CorsRule] = Field(default=[], max_length=10)
    """Up to 10 rules; OSS applies the first that matches. Default: none."""
    referer: RefererProps | None = None
    """Hotlink protection. Default: none."""
    website: WebsiteProps | None = None
    """Static website hosting. Default: none."""
    lifecycle: list[LifecycleRule] = Field(default=[], max_length=1000)
    """Lifecycle rules, up to 1000. Default: none."""
    encryption: EncryptionProps = EncryptionProps()
    """Default: SSE-KMS with the stack's key."""
    versioning: Literal["Enabled", "Suspended", "Off"] = "Enabled"
    """`Off`: never enabled, no versioning setting declared (an adopted bucket as found); needs
    `waivers.versioning`. OSS cannot switch versioning off once enabled: use Suspended then. Default: Enabled."""
    logging: LoggingProps = LoggingProps()
    """Default: into the stack's log bucket, prefix `<bucket>/`."""
    https_only: bool = True
    """A bucket policy that denies every request not made over HTTPS. Default: true."""
    policy_document: str | None = None
    """A bucket policy (JSON) declared as is, e.g. an adopted bucket's existing policy. Replaces
    the https_only policy, so it needs `https_only: false`. Default: none."""
    public_access_block: bool | Literal["unmanaged"] | None = None
    """Block public access. Default: on unless the ACL is public. `false` on a private bucket, or
    `unmanaged` (no public access block setting declared: an adopted bucket that has none), needs
    `waivers.public_access_block`."""
    waivers: dict[WaivedDefault, str] = {}
    """Why a security default is dropped, by setting: `versioning` (Off), `encryption` (none),
    `logging` (enabled: false), `public_access_block` (false on a private bucket, or unmanaged).
    Recorded in the JSON. `ossiac import` fills them for adopted buckets."""
    adopt: bool = False
    """Adopt an existing bucket: the deploy imports the bucket and every setting resource declared
    here (Terraform import blocks) instead of creating them. Harmless once adopted. Default: false."""
    replication: ReplicationProps | None = None
    """Cross-region replication. Default: none."""
    tags: dict[str, str] = {}
    """Merged over the stack's tags. Default: none."""
    storage_class: StorageClass = "Standard"
    """Default: Standard."""
    redundancy_type: Literal["LRS", "ZRS"] = "LRS"
    """LRS or ZRS. Default: LRS."""
    transfer_acceleration: bool = False
    """Default: false (a paid performance feature)."""
    allow_destroy: str | None = None
    """Why this bucket may be destroyed. Default: unset, so Terraform refuses to destroy it."""
    alarms: AlarmOverrides | None = None
    """Changes to this bucket's CloudMonitor alarms (ossiac_props.alarms). Default: the stack's alarms."""

    @field_validator("name")
    @classmethod
    def _name(cls, name: str) -> str:
        return validate_bucket_name(name)

    @field_validator("public_access_waiver", "allow_destroy")
    @classmethod
    def _reason(cls, reason: str | None) -> str | None:
        if reason is not None and len(reason.strip()) < 10:
            raise ValueError("give the reason in words (at least 10 characters)")
        return reason

    @field_validator("versioning", mode="before")
    @classmethod
    def _versioning(cls, value: object) -> object:
        return versioning_off(value)

    @field_validator("waivers")
    @classmethod
    def _waiver_reasons(cls, waivers: dict[str, str]) -> dict[str, str]:
        for key, reason in waivers.items():
            if len(reason.strip()) < 10:
                raise ValueError(f"{key}: give the reason in words (at least 10 characters)")
        return waivers

    @field_validator("policy_document")
    @classmethod
    def _policy(cls, document: str | None) -> str | None:
        if document is None:
            return None
        try:
            parsed = json.loads(document)
        except ValueError as error:
            raise ValueError(f"is not JSON: {error}") from None
        if not isinstance(parsed, dict) or not isinstance(parsed.get("Statement"), list):
            raise ValueError("must be a JSON policy object with a Statement list")
        problems = []
        for index, statement in enumerate(parsed["Statement"]):
            actions = statement.get("Action", statement.get("NotAction", [])) if isinstance(statement, dict) else []
            for action in actions if isinstance(actions, list) else [actions]:
                if isinstance(action, str) and (problem := action_problem(action)):
                    problems.append(f"Statement[{index}]: {problem}")
        raise_problems(problems)
        return document

    @field_validator("tags")
    @classmethod
    def _tags(cls, tags: dict[str, str]) -> dict[str, str]:
        return validate_tags(tags)

    @model_validator(mode="after")
    def _cross_field(self) -> BucketProps:
        problems = []
        whitelist = self.referer.whitelist if self.referer else []
        whitelisted = bool(whitelist)
        if self.acl == "public-read" and not whitelisted and not self.public_access_waiver:
            problems.append("acl public-read needs referer.whitelist or public_access_waiver")
        if self.acl != "private" and whitelisted and not self.public_access_waiver:
            problems += [
                f"referer.whitelist[{index}]: entry {entry!r} matches the Referer of every site, so it protects nothing on a "
                f"public bucket; allowed: your own sites, e.g. {REFERER_EXAMPLE!r} (or public_access_waiver to make the "
                "bucket public on purpose, with referer.blacklist for the sites to refuse)"
                for index, entry in enumerate(whitelist)
                if referer_matches_any_site(entry)
            ]
        if self.acl == "public-read-write" and not self.public_access_waiver:
            problems.append("acl public-read-write needs public_access_waiver")
        if self.public_access_waiver and self.acl == "private":
            problems.append("public_access_waiver is only for acl public-read or public-read-write")
        ids = [rule.id for rule in self.lifecycle]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            problems.append(f"lifecycle rule ids must be unique: {', '.join(duplicates)}")
        uses_noncurrent = any(r.noncurrent_transitions or r.noncurrent_expiration_days for r in self.lifecycle)
        if uses_noncurrent and self.versioning != "Enabled":
            problems.append("noncurrent-version lifecycle actions need versioning: Enabled")
        if self.replication and self.replication.destination_bucket == self.name:
            problems.append("replication.destination_bucket must differ from the bucket")
        if self.replication and (message := role_name_problem(self.replication_role_name)):
            if self.replication.role_name:
                problems.append(f"replication.role_name: {message}")
            else:
                problems.append(
                    f"replication: the role OSS assumes would be named {self.replication_role_name!r}, "
                    f"{len(self.replication_role_name)} characters, but RAM allows 1-64: set replication.role_name to a shorter name"
                )
        if self.logging.target_bucket == self.name:
            problems.append("logging.target_bucket must not be the bucket itself")
        if self.policy_document is not None and self.https_only:
            problems.append("policy_document replaces the https_only policy: set https_only: false with it")
        dropped = self.dropped_defaults
        for key in dropped:
            if key not in self.waivers:
                problems.append(f"{dropped[key]} needs waivers.{key} (why this security default is dropped)")
        for key in self.waivers:
            if key not in dropped:
                problems.append(f"waivers.{key}: nothing to waive ({key} keeps its secure default)")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def replication_role_name(self) -> str:
        """The role OSS assumes to replicate this bucket, from the real bucket name (never a token)."""
        role = self.replication.role_name if self.replication else None
        return role or replication_role_name(self.name)

    @property
    def is_public(self) -> bool:
        return self.acl != "private"

    @property
    def blocks_public_access(self) -> bool | None:
        """The public access block to declare; None: none declared (unmanaged)."""
        if self.public_access_block == "unmanaged":
            return None
        if self.public_access_block is None:
            return not self.is_public
        return self.public_access_block

    @property
    def dropped_defaults(self) -> dict[str, str]:
        """Security defaults this bucket drops that need a waiver, with what was declared."""
        dropped = {}
        if self.versioning == "Off":
            dropped["versioning"] = "versioning: Off"
        if self.encryption.algorithm == "none":
            dropped["encryption"] = "encryption.algorithm: none"
        if not self.logging.enabled:
            dropped["logging"] = "logging.enabled: false"
        if self.public_access_block == "unmanaged":
            dropped["public_access_block"] = "public_access_block: unmanaged"
        elif self.public_access_block is False and not self.is_public:
            dropped["public_access_block"] = "public_access_block: false on a private bucket"
        return dropped
