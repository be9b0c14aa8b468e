"""A bucket's effective access settings, read from a Terraform JSON file, as the authorization
engine's `BucketView` (`BucketSettings.view`) plus where each setting was declared.

Settings may be inline on `alicloud_oss_bucket` (`acl`, `cors_rule`, `referer_config`, `policy`) or
in the standalone resources (`alicloud_oss_bucket_acl`, `_cors`, `_referer`,
`_public_access_block`, `_policy`) whose `bucket` is the literal name or
`${alicloud_oss_bucket.<id>.bucket}` / `${alicloud_oss_bucket.<id>.id}`. Anything else that is an
expression is reported as unresolvable instead of being guessed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ossiac.authz.model import BucketView, CorsConfig, CorsRule, RefererConfig
from ossiac.requestsim.errors import SimulationInputError
from ossiac_props.provider_facts import resource_facts

BUCKET_TYPE = "alicloud_oss_bucket"
ACL_TYPE = "alicloud_oss_bucket_acl"
CORS_TYPE = "alicloud_oss_bucket_cors"
REFERER_TYPE = "alicloud_oss_bucket_referer"
PUBLIC_ACCESS_BLOCK_TYPE = "alicloud_oss_bucket_public_access_block"
POLICY_TYPE = "alicloud_oss_bucket_policy"
SETTING_TYPES = (ACL_TYPE, CORS_TYPE, REFERER_TYPE, PUBLIC_ACCESS_BLOCK_TYPE, POLICY_TYPE)

# What OSS does when a setting is not declared and the provider facts give no default.
# A new bucket is private; a referer configuration allows an empty Referer unless told otherwise
# and truncates the query string before matching (API reference: AllowEmptyReferer and
# AllowTruncateQueryString both default to true); the path is kept unless TruncatePath is set.
OSS_DEFAULT_ACL = "private"
OSS_DEFAULT_ALLOW_EMPTY_REFERER = True
OSS_DEFAULT_TRUNCATE_QUERY_STRING = True
OSS_DEFAULT_TRUNCATE_PATH = False

_BUCKET_REFERENCE = re.compile(r"^\$\{alicloud_oss_bucket\.([A-Za-z0-9_-]+)\.(?:bucket|id)\}$")


@dataclass(frozen=True)
class BucketSettings:
    name: str
    address: str
    acl: str
    acl_source: str
    block_public_access: bool
    block_public_access_source: str
    referer: RefererConfig | None
    cors: CorsConfig | None
    notes: tuple[str, ...] = field(default=())
    policy: dict[str, Any] | None = None
    policy_source: str = ""

    @property
    def view(self) -> BucketView:
        """What the engine decides with. The account is unknown offline, so resource ARNs say `*`."""
        return BucketView(
            name=self.name,
            owner_account="",
            acl=self.acl,
            block_public_access=self.block_public_access,
            policy=self.policy,
            referer=self.referer,
            cors=self.cors,
            notes=self.notes,
            acl_source=self.acl_source,
            block_public_access_source=self.block_public_access_source,
            policy_source=self.policy_source,
        )


def load_bucket(path: Path, bucket_name: str) -> BucketSettings:
    """The effective settings of the bucket named `bucket_name` declared in the file at `path`."""
    document = _read_json(path)
    reader = _Reader(path)
    buckets = reader.buckets(document)
    matches = [(resource_id, body) for resource_id, name, body in buckets if name == bucket_name]
    if not matches:
        raise SimulationInputError(_unknown_bucket_message(path, bucket_name, buckets))
    if len(matches) > 1:
        ids = ", ".join(f"{BUCKET_TYPE}.{resource_id}" for resource_id, _ in matches)
        raise SimulationInputError(f"{path}: bucket {bucket_name!r} is declared more than once ({ids})")
    bucket_id, bucket_body = matches[0]
    settings = reader.settings_for(document, bucket_id, bucket_name)
    return reader.effective(bucket_id, bucket_name, bucket_body, settings)


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise SimulationInputError(
            f"{path}: no such file (--tf-json wants a Terraform JSON file, e.g. cdktf.out/stacks/<stack>/cdk.tf.json)"
        )
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SimulationInputError(f"{path}: not valid JSON ({error})") from error
    if not isinstance(document, dict):
        raise SimulationInputError(f"{path}: the top level must be a JSON object with a 'resource' key")
    return document


def _unknown_bucket_message(path: Path, wanted: str, buckets: list[tuple[str, str | None, dict]]) -> str:
    if not buckets:
        return f"{path}: no {BUCKET_TYPE} resources, so no bucket named {wanted!r}"
    found = [
        f"{name} ({BUCKET_TYPE}.{resource_id})"
        if name is not None
        else f"<name not a literal> ({BUCKET_TYPE}.{resource_id})"
        for resource_id, name, _ in buckets
    ]
    return f"{path}: no {BUCKET_TYPE} whose 'bucket' is {wanted!r}; buckets found: {', '.join(found)}"


def _fact(resource_type: str, attribute: str, key: str) -> Any:
    return resource_facts().get(resource_type, {}).get(attribute, {}).get(key)


def _default(resource_type: str, attribute: str, oss_default: Any) -> Any:
    """The provider's default when the facts record one, else what OSS does when it is unset."""
    provider_default = _fact(resource_type, attribute, "default")
    return oss_default if provider_default is None else provider_default


class _Reader:
    """Reads resources and values from one file, naming the file and key in every error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    # -- resources ---------------------------------------------------------------------------

    def resources(self, document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(type, id, body) for every resource; cdktf's "//" metadata keys are skipped."""
        sections = document.get("resource", {})
        # Terraform JSON allows a block to be an object or a list of objects, at every level.
        for section in sections if isinstance(sections, list) else [sections]:
            for resource_type, by_id in self._objects(section, "resource"):
                for resource_id, body in self._objects(by_id, f"resource.{resource_type}"):
                    for one in self._objects_list(body, f"resource.{resource_type}.{resource_id}"):
                        yield resource_type, resource_id, {k: v for k, v in one.items() if k != "//"}

    def buckets(self, document: dict[str, Any]) -> list[tuple[str, str | None, dict[str, Any]]]:
        """(id, literal bucket name or None, body) for every alicloud_oss_bucket."""
        found = []
        for resource_type, resource_id, body in self.resources(document):
            if resource_type != BUCKET_TYPE:
                continue
            name = body.get("bucket")
            found.append((resource_id, name if isinstance(name, str) and "${" not in name else None, body))
        return found

    def settings_for(
        self, document: dict[str, Any], bucket_id: str, bucket_name: str
    ) -> dict[str, list[tuple[str, dict]]]:
        """Standalone setting resources that target this bucket, by type: [(address, body)]."""
        settings: dict[str, list[tuple[str, dict]]] = {resource_type: [] for resource_type in SETTING_TYPES}
        for resource_type, resource_id, body in self.resources(document):
            if resource_type not in settings:
                continue
            address = f"{resource_type}.{resource_id}"
            if self._targets(address, body.get("bucket"), bucket_id, bucket_name):
                settings[resource_type].append((address, body))
        return settings

    def _targets(self, address: str, target: Any, bucket_id: str, bucket_name: str) -> bool:
        if not isinstance(target, str):
            raise SimulationInputError(
                f"{self.path}: resource.{address}.bucket must be a bucket name or a reference, got {target!r}"
            )
        reference = _BUCKET_REFERENCE.match(target)
        if reference:
            return reference.group(1) == bucket_id
        if "${" in target:
            raise SimulationInputError(
                f"{self.path}: resource.{address}.bucket is {target!r}, an expression ossiac cannot resolve; "
                f"it understands a literal name, ${{{BUCKET_TYPE}.<id>.bucket}} and ${{{BUCKET_TYPE}.<id>.id}}"
            )
        return target == bucket_name

    # -- effective settings ------------------------------------------------------------------

    def effective(
        self, bucket_id: str, name: str, body: dict, settings: dict[str, list[tuple[str, dict]]]
    ) -> BucketSettings:
        address = f"{BUCKET_TYPE}.{bucket_id}"
        notes: list[str] = []
        acl, acl_source = self._acl(address, body, self._single(settings, ACL_TYPE, name), notes)
        block, block_source = self._public_access_block(self._single(settings, PUBLIC_ACCESS_BLOCK_TYPE, name))
        referer = self._referer(address, body, self._single(settings, REFERER_TYPE, name), notes)
        cors = self._cors(address, body, self._single(settings, CORS_TYPE, name), notes)
        policy, policy_source = self._policy(address, body, self._single(settings, POLICY_TYPE, name), notes)
        return BucketSettings(
            name, address, acl, acl_source, block, block_source, referer, cors, tuple(notes), policy, policy_source
        )

    def _single(
        self, settings: dict[str, list[tuple[str, dict]]], resource_type: str, name: str
    ) -> tuple[str, dict] | None:
        found = settings[resource_type]
        if len(found) > 1:
            addresses = ", ".join(address for address, _ in found)
            raise SimulationInputError(
                f"{self.path}: more than one {resource_type} for bucket {name!r} ({addresses}); OSS keeps only one"
            )
        return found[0] if found else None

    def _acl(self, address: str, body: dict, standalone: tuple[str, dict] | None, notes: list[str]) -> tuple[str, str]:
        allowed = _fact(BUCKET_TYPE, "acl", "enum")
        if standalone:
            if "acl" in body:
                notes.append(
                    f"acl is set both inline on {address} and by {standalone[0]}; using {standalone[0]} (the provider says to use one)"
                )
            where = f"resource.{standalone[0]}.acl"
            value = self._string(standalone[1].get("acl"), where)
        elif "acl" in body:
            where = f"resource.{address}.acl"
            value = self._string(body["acl"], where)
        else:
            default = _default(BUCKET_TYPE, "acl", OSS_DEFAULT_ACL)
            return default, "not set; OSS creates buckets private"
        if value not in allowed:
            raise SimulationInputError(f"{self.path}: {where} is {value!r}; allowed: {', '.join(allowed)}")
        return value, where

    def _policy(
        self, address: str, body: dict, standalone: tuple[str, dict] | None, notes: list[str]
    ) -> tuple[dict[str, Any] | None, str]:
        if standalone:
            if body.get("policy") is not None:
                notes.append(f"policy is set inline on {address} and by {standalone[0]}; using {standalone[0]}")
            where, text = f"resource.{standalone[0]}.policy", standalone[1].get("policy")
        elif body.get("policy") is not None:
            where, text = f"resource.{address}.policy", body["policy"]
        else:
            return None, ""
        if isinstance(text, str) and "${" in text:
            # Terraform fills it in at plan time (e.g. an account ID): say so rather than guess.
            notes.append(
                f"the bucket policy ({where}) is an expression ossiac cannot resolve; it is not evaluated "
                "here and can grant or deny more than the ACL says"
            )
            return None, where
        if isinstance(text, str):
            try:
                document = json.loads(text) if text.strip() else {}
            except json.JSONDecodeError as error:
                raise SimulationInputError(f"{self.path}: {where} is not valid JSON ({error})") from error
        else:
            document = text
        if not isinstance(document, dict):
            raise SimulationInputError(
                f"{self.path}: {where} must be a policy document (a JSON object with Version and Statement), got {document!r}"
            )
        notes.append(
            f"the bucket policy ({where}) is evaluated without the request's condition keys "
            "(acs:SourceIp, acs:SecureTransport, ...): a condition on them is false here"
        )
        return document, where

    def _public_access_block(self, standalone: tuple[str, dict] | None) -> tuple[bool, str]:
        if not standalone:
            return False, "not set"
        where = f"resource.{standalone[0]}.block_public_access"
        return self._bool(standalone[1].get("block_public_access"), where), where

    def _referer(
        self, address: str, body: dict, standalone: tuple[str, dict] | None, notes: list[str]
    ) -> RefererConfig | None:
        inline = body.get("referer_config")
        if standalone:
            if inline is not None:
                notes.append(f"referer_config is set inline on {address} and by {standalone[0]}; using {standalone[0]}")
            where, config = f"resource.{standalone[0]}", standalone[1]
            allow_empty = config.get("allow_empty_referer")
            truncate_query = config.get("allow_truncate_query_string")
            truncate_path = config.get("truncate_path")
            return RefererConfig(
                allow_empty=self._bool_or(
                    allow_empty,
                    f"{where}.allow_empty_referer",
                    _default(REFERER_TYPE, "allow_empty_referer", OSS_DEFAULT_ALLOW_EMPTY_REFERER),
                ),
                whitelist=self._strings(config.get("referer_list"), f"{where}.referer_list"),
                blacklist=self._strings(config.get("referer_blacklist"), f"{where}.referer_blacklist"),
                truncate_query_string=self._bool_or(
                    truncate_query,
                    f"{where}.allow_truncate_query_string",
                    _default(REFERER_TYPE, "allow_truncate_query_string", OSS_DEFAULT_TRUNCATE_QUERY_STRING),
                ),
                truncate_path=self._bool_or(
                    truncate_path,
                    f"{where}.truncate_path",
                    _default(REFERER_TYPE, "truncate_path", OSS_DEFAULT_TRUNCATE_PATH),
                ),
                source=where,
            )
        if inline is None:
            return None
        where = f"resource.{address}.referer_config"
        blocks = self._blocks(inline, where)
        if not blocks:
            return None
        config = blocks[0]
        # The inline block has no blacklist or truncate options: OSS keeps its defaults for them.
        return RefererConfig(
            allow_empty=self._bool_or(
                config.get("allow_empty"),
                f"{where}.allow_empty",
                _default(BUCKET_TYPE, "referer_config.allow_empty", OSS_DEFAULT_ALLOW_EMPTY_REFERER),
            ),
            whitelist=self._strings(config.get("referers"), f"{where}.referers"),
            blacklist=(),
            truncate_query_string=OSS_DEFAULT_TRUNCATE_QUERY_STRING,
            truncate_path=OSS_DEFAULT_TRUNCATE_PATH,
            source=where,
        )

    def _cors(
        self, address: str, body: dict, standalone: tuple[str, dict] | None, notes: list[str]
    ) -> CorsConfig | None:
        if standalone:
            if "cors_rule" in body:
                notes.append(f"cors_rule is set inline on {address} and by {standalone[0]}; using {standalone[0]}")
            where, config = f"resource.{standalone[0]}", standalone[1]
            rules = self._cors_rules(config.get("cors_rule"), f"{where}.cors_rule", expose_key="expose_header")
            vary = self._bool_or(config.get("response_vary"), f"{where}.response_vary", False)
            return CorsConfig(rules, vary, ordered=False, source=where)
        if "cors_rule" not in body:
            return None
        where = f"resource.{address}.cors_rule"
        # The inline block has no response_vary: OSS then sends no Vary header.
        return CorsConfig(
            self._cors_rules(body["cors_rule"], where, expose_key="expose_headers"), False, ordered=True, source=where
        )

    def _cors_rules(self, value: Any, where: str, expose_key: str) -> tuple[CorsRule, ...]:
        rules = []
        for index, block in enumerate(self._blocks(value, where)):
            at = f"{where}[{index}]"
            max_age = block.get("max_age_seconds")
            rules.append(
                CorsRule(
                    allowed_origins=self._strings(block.get("allowed_origins"), f"{at}.allowed_origins"),
                    allowed_methods=tuple(
                        m.upper() for m in self._strings(block.get("allowed_methods"), f"{at}.allowed_methods")
                    ),
                    allowed_headers=self._strings(block.get("allowed_headers"), f"{at}.allowed_headers"),
                    expose_headers=self._strings(block.get(expose_key), f"{at}.{expose_key}"),
                    max_age_seconds=None if max_age is None else self._int(max_age, f"{at}.max_age_seconds"),
                )
            )
        return tuple(rules)

    # -- values ------------------------------------------------------------------------------

    def _unresolvable(self, value: Any, where: str) -> SimulationInputError:
        return SimulationInputError(
            f"{self.path}: {where} is {value!r}, an expression ossiac cannot resolve; write the value literally to simulate it"
        )

    def _string(self, value: Any, where: str) -> str:
        if isinstance(value, str) and "${" in value:
            raise self._unresolvable(value, where)
        if not isinstance(value, str):
            raise SimulationInputError(f"{self.path}: {where} must be a string, got {value!r}")
        return value

    def _bool(self, value: Any, where: str) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and "${" in value:
            raise self._unresolvable(value, where)
        # Terraform converts the strings "true" and "false" to booleans, and examples use them.
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise SimulationInputError(f"{self.path}: {where} must be true or false, got {value!r}")

    def _bool_or(self, value: Any, where: str, default: bool) -> bool:
        return default if value is None else self._bool(value, where)

    def _int(self, value: Any, where: str) -> int:
        if isinstance(value, bool):
            raise SimulationInputError(f"{self.path}: {where} must be a whole number of seconds, got {value!r}")
        if isinstance(value, int):
            return value
        if isinstance(value, str) and "${" in value:
            raise self._unresolvable(value, where)
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        raise SimulationInputError(f"{self.path}: {where} must be a whole number of seconds, got {value!r}")

    def _strings(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            raise (
                self._unresolvable(value, where)
                if "${" in value
                else SimulationInputError(f"{self.path}: {where} must be a list of strings, got {value!r}")
            )
        if not isinstance(value, list):
            raise SimulationInputError(f"{self.path}: {where} must be a list of strings, got {value!r}")
        return tuple(self._string(item, f"{where}[{index}]") for index, item in enumerate(value))

    def _blocks(self, value: Any, where: str) -> list[dict[str, Any]]:
        if isinstance(value, str) and "${" in value:
            raise self._unresolvable(value, where)
        return self._objects_list(value, where)

    def _objects_list(self, value: Any, where: str) -> list[dict[str, Any]]:
        items = value if isinstance(value, list) else [value]
        if not all(isinstance(item, dict) for item in items):
            raise SimulationInputError(f"{self.path}: {where} must be an object or a list of objects, got {value!r}")
        return [{k: v for k, v in item.items() if k != "//"} for item in items]

    def _objects(self, value: Any, where: str) -> Iterator[tuple[str, Any]]:
        if not isinstance(value, dict):
            raise SimulationInputError(f"{self.path}: {where} must be an object, got {value!r}")
        for key, item in value.items():
            if key != "//":
                yield key, item
