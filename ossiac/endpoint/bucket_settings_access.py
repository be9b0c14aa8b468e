"""Who may reach a bucket: its ACL, CORS rules, referer lists, bucket policy and Block Public Access.

Stored exactly as `slices.py` holds them (settings["acl"], ["cors"], ["referer"], ["policy"],
["public_access_block"]), which is also what `access.bucket_view` reads to authorize requests, so a
setting written here takes effect on the next request.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from ossiac.endpoint import xmlio
from ossiac.endpoint.bucket_settings_kind import (
    SubResource,
    boolean,
    choice,
    clear_setting,
    integer,
    non_empty,
    not_configured,
    required,
    store_setting,
)
from ossiac.endpoint.buckets import ACLS
from ossiac.endpoint.errors import OssError, invalid_argument, malformed_xml
from ossiac.localcloud.identity import ACCOUNT_ID
from ossiac.localcloud.limits import OSS_BUCKET_POLICY_BYTES

if TYPE_CHECKING:
    from ossiac.endpoint.app import Call

# -- acl: the x-oss-acl header in, AccessControlPolicy out ------------------------------------------


def _acl_parse(_body: bytes, call: Call) -> str:
    acl = call.header("x-oss-acl")
    if acl is None:
        raise invalid_argument(
            "PutBucketAcl needs the x-oss-acl header (private, public-read or public-read-write).",
            name="x-oss-acl",
            value="",
        )
    return choice(acl, ACLS, "x-oss-acl")


def _acl_apply(acl: str, record: dict, _call: Call) -> None:
    record["settings"]["acl"] = {"acl": acl}


def _acl_show(record: dict) -> dict:
    owner = str(record["attributes"].get("owner") or ACCOUNT_ID)
    return {
        "Owner": {"ID": owner, "DisplayName": owner},
        "AccessControlList": {"Grant": (record["settings"].get("acl") or {}).get("acl") or "private"},
    }


# -- cors: CORSConfiguration <-> settings["cors"] (alicloud_oss_bucket_cors) ------------------------

CORS_METHODS = ("GET", "PUT", "DELETE", "POST", "HEAD")
MAX_CORS_RULES = 10


def _one_wildcard(values: list[str], name: str) -> list[str]:
    for value in values:
        if value.count("*") > 1:
            raise invalid_argument(f"{name} {value!r} has more than one '*' wildcard.", name=name, value=value)
    return values


def _cors_rule(rule: Element) -> dict:
    origins = _one_wildcard(xmlio.texts(rule, "AllowedOrigin"), "AllowedOrigin")
    methods = xmlio.texts(rule, "AllowedMethod")
    if not origins or not methods:
        raise malformed_xml("Each <CORSRule> needs at least one <AllowedOrigin> and one <AllowedMethod>.")
    for method in methods:
        choice(method, CORS_METHODS, "AllowedMethod", ec="0034-00000011")
    return {
        "allowed_headers": non_empty(_one_wildcard(xmlio.texts(rule, "AllowedHeader"), "AllowedHeader")),
        "allowed_methods": methods,
        "allowed_origins": origins,
        "expose_header": non_empty(xmlio.texts(rule, "ExposeHeader")),
        "max_age_seconds": integer(rule, "MaxAgeSeconds"),
    }


def _cors_parse(body: bytes, _call: Call) -> dict:
    config = xmlio.parse(body, "CORSConfiguration")
    rules = config.findall("CORSRule")
    if not rules:
        error = malformed_xml("<CORSConfiguration> needs at least one <CORSRule>.")
        error.ec = "0034-00000002"
        raise error
    if len(rules) > MAX_CORS_RULES:
        raise OssError(
            400,
            "CORSRuleBeyondLimit",
            f"The CORS Rules num is beyond limit: {len(rules)} rules, OSS allows at most {MAX_CORS_RULES}.",
        )
    return {
        "cors_rule": [_cors_rule(rule) for rule in rules],
        "response_vary": boolean(config, "ResponseVary", default=False),
    }


def _cors_show(record: dict) -> dict | None:
    cors = record["settings"].get("cors")
    if not cors:
        return None
    return {
        "CORSRule": [
            {
                "AllowedOrigin": r.get("allowed_origins") or [],
                "AllowedMethod": r.get("allowed_methods") or [],
                "AllowedHeader": r.get("allowed_headers") or [],
                "ExposeHeader": r.get("expose_header") or [],
                "MaxAgeSeconds": r.get("max_age_seconds"),
            }
            for r in cors.get("cors_rule") or []
        ],
        "ResponseVary": bool(cors.get("response_vary")),
    }


# -- referer: RefererConfiguration <-> settings["referer"] (alicloud_oss_bucket_referer) ------------


def _referer_parse(body: bytes, _call: Call) -> dict:
    config = xmlio.parse(body, "RefererConfiguration")
    required(config, "AllowEmptyReferer")
    value = {
        "allow_empty_referer": boolean(config, "AllowEmptyReferer"),
        "referer_list": non_empty(xmlio.texts(config, "RefererList/Referer")),
        "referer_blacklist": non_empty(xmlio.texts(config, "RefererBlacklist/Referer")),
        "allow_truncate_query_string": boolean(config, "AllowTruncateQueryString", default=True),
        "truncate_path": boolean(config, "TruncatePath"),
    }
    if value["truncate_path"] and not value["allow_truncate_query_string"]:
        raise invalid_argument(
            "TruncatePath can be true only when AllowTruncateQueryString is true.", name="TruncatePath", value="true"
        )
    return value


def _referer_apply(value: dict, record: dict, _call: Call) -> None:
    # OSS's default (empty referers allowed, no lists) is what an unconfigured bucket reports: put on
    # such a bucket it stays "not configured", so Terraform does not see a referer block nobody
    # declared; a configured one (say an alicloud_oss_bucket_referer) keeps its setting.
    default = (
        value["allow_empty_referer"]
        and not value["referer_list"]
        and not value["referer_blacklist"]
        and value["allow_truncate_query_string"]
        and not value["truncate_path"]
    )
    if not (default and record["settings"].get("referer") is None):
        record["settings"]["referer"] = value


def _referer_show(record: dict) -> dict:
    referer = record["settings"].get("referer") or {}
    content: dict[str, Any] = {
        "AllowEmptyReferer": referer.get("allow_empty_referer") is not False,
        "AllowTruncateQueryString": referer.get("allow_truncate_query_string") is not False,
        "TruncatePath": bool(referer.get("truncate_path")),
        "RefererList": {"Referer": list(referer.get("referer_list") or [])},
    }
    if referer.get("referer_blacklist"):
        content["RefererBlacklist"] = {"Referer": list(referer["referer_blacklist"])}
    return content


# -- policy: JSON text <-> settings["policy"]["policy"] (alicloud_oss_bucket_policy) ----------------

MAX_POLICY_BYTES = OSS_BUCKET_POLICY_BYTES
EFFECTS = ("Allow", "Deny")


def _invalid_policy(message: str, ec: str = "0030-00000005") -> OssError:
    return OssError(400, "InvalidPolicyDocument", message, ec=ec)


def _statement_problem(statement: object) -> str | None:
    if not isinstance(statement, dict):
        return "each Statement must be a JSON object"
    if statement.get("Effect") not in EFFECTS:
        return 'each Statement needs "Effect": "Allow" or "Deny"'
    if not statement.get("Action") and not statement.get("NotAction"):
        return "each Statement needs an Action"
    return None


def _policy_parse(body: bytes, _call: Call) -> str:
    if len(body) > MAX_POLICY_BYTES:
        raise _invalid_policy(
            f"The bucket policy is {len(body)} bytes; it must be less than 16 KB.", ec="0030-00000001"
        )
    try:
        text = body.decode("utf-8")
        policy = json.loads(text)
    except UnicodeDecodeError:
        raise _invalid_policy("The bucket policy must be UTF-8 encoded.", ec="0030-00000004") from None
    except ValueError as exc:
        raise _invalid_policy(f"The bucket policy is not valid JSON: {exc}.") from None
    if not isinstance(policy, dict) or not isinstance(policy.get("Statement"), list) or not policy["Statement"]:
        raise _invalid_policy('The bucket policy must be a JSON object with a non-empty "Statement" list.')
    if "Version" in policy and policy["Version"] != "1":
        raise _invalid_policy(
            f'The bucket policy\'s Version must be "1", not {policy["Version"]!r}.', ec="0030-00000002"
        )
    problem = next(filter(None, map(_statement_problem, policy["Statement"])), None)
    if problem:
        raise _invalid_policy(f"The bucket policy is not valid: {problem}.")
    return text


def _policy_apply(text: str, record: dict, _call: Call) -> None:
    record["settings"]["policy"] = {"policy": text}


def _policy_show(record: dict) -> str | None:
    return (record["settings"].get("policy") or {}).get("policy") or None


# -- publicAccessBlock <-> settings["public_access_block"] ------------------------------------------


def _block_apply(config: Element, record: dict, _call: Call) -> None:
    record["settings"]["public_access_block"] = {"block_public_access": bool(boolean(config, "BlockPublicAccess"))}


def _block_show(record: dict) -> dict:
    block = record["settings"].get("public_access_block") or {}
    return {"BlockPublicAccess": bool(block.get("block_public_access"))}


ACCESS: tuple[SubResource, ...] = (
    SubResource("acl", "BucketAcl", "AccessControlPolicy", _acl_show, _acl_apply, parse=_acl_parse),
    SubResource(
        "cors",
        "BucketCors",
        "CORSConfiguration",
        _cors_show,
        store_setting("cors"),
        parse=_cors_parse,
        remove=clear_setting("cors"),
        unset=not_configured("NoSuchCORSConfiguration", "CORS configuration", "0034-00000001"),
    ),
    SubResource(
        "referer", "BucketReferer", "RefererConfiguration", _referer_show, _referer_apply, parse=_referer_parse
    ),
    SubResource(
        "policy",
        "BucketPolicy",
        "Policy",
        _policy_show,
        _policy_apply,
        parse=_policy_parse,
        remove=clear_setting("policy"),
        json=True,
        unset=not_configured("NoSuchBucketPolicy", "bucket policy", "0030-00000006"),
    ),
    SubResource(
        "publicAccessBlock",
        "BucketPublicAccessBlock",
        "PublicAccessBlockConfiguration",
        _block_show,
        _block_apply,
        remove=clear_setting("public_access_block"),
    ),
)
