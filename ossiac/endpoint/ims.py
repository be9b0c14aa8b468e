"""IMS (API version 2019-08-15) on the local cloud: the account's OIDC identity providers, answered
as Alibaba answers the official SDK `alibabacloud_ims20190815` (RPC style, JSON, STS's error shape).

Served: CreateOIDCProvider, GetOIDCProvider, ListOIDCProviders, UpdateOIDCProvider and
DeleteOIDCProvider. A provider is a record of type `alicloud_ims_oidc_provider` (the Terraform
resource type's name; ID = OIDCProviderName, which the primary key keeps unique) in the local
cloud's store, written in one SQLite transaction like every other record. STS's
AssumeRoleWithOIDC reads it through `provider_by_arn`.

Parameters and limits, from https://help.aliyun.com/document_detail/327135.html (CreateOIDCProvider,
updated 2025-03-10, read 2026-12-04): OIDCProviderName letters, digits, '.', '-', '_', neither
first nor last a special character, at most 128; IssuerUrl https, no query (?), fragment (#) or
login (@), at most 255, unique in the account; Description at most 256; ClientIds comma-separated,
letters, digits and '.-_:/' not first, each at most 128, at most 20; Fingerprints comma-separated,
letters and digits, each at most 40, at most 5; IssuanceLimitTime 1..168 hours; at most 100
providers per account. The same page gives the RAM action `ram:CreateOIDCProvider` (so `ram:<Action>`
authorizes callers other than the account). Error codes: `EntityNotExist.OIDCProvider` is the code the
Terraform provider (aliyun/terraform-provider-alicloud v1.289.0) treats as "gone";
`EntityAlreadyExists.OIDCProvider.Url` is IMS's answer for a taken IssuerUrl (as public Terraform
setups document it); the InvalidParameter.* / MissingParameter.* / LimitExceeded.* names follow
IMS's pattern for other entities (no page lists them for OIDC providers). Not documented, chosen
here: IssuanceLimitTime defaults to 12 hours when not given; ListOIDCProviders' Marker is the last
name of the previous page.
"""

from __future__ import annotations

import datetime
import re
import time
from typing import TYPE_CHECKING, Any

from ossiac.authz.model import Principal, PrincipalKind
from ossiac.endpoint.oidc import Provider
from ossiac.localcloud.identity import ACCOUNT_ID
from ossiac.localcloud.records import new_record
from ossiac.localcloud.store import Store

if TYPE_CHECKING:
    from werkzeug.wrappers import Request

    from ossiac.endpoint.app import Endpoint

VERSION = "2019-08-15"
TYPE = "alicloud_ims_oidc_provider"
MAX_PROVIDERS, MAX_CLIENT_IDS, MAX_FINGERPRINTS = 100, 20, 5
MAX_NAME, MAX_URL, MAX_DESCRIPTION, MAX_CLIENT_ID, MAX_FINGERPRINT = 128, 255, 256, 128, 40
MIN_LIMIT_HOURS, MAX_LIMIT_HOURS, DEFAULT_LIMIT_HOURS = 1, 168, 12
DEFAULT_MAX_ITEMS, MAX_MAX_ITEMS = 100, 1000
_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$")
_CLIENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$")
_FINGERPRINT = re.compile(r"^[A-Za-z0-9]+$")
_PROVIDER_ARN = re.compile(r"^acs:ram::(?P<account>\d+):oidc-provider/(?P<name>.+)$")
ACTIONS = ("CreateOIDCProvider", "GetOIDCProvider", "ListOIDCProviders", "UpdateOIDCProvider", "DeleteOIDCProvider")


def arn(name: str) -> str:
    return f"acs:ram::{ACCOUNT_ID}:oidc-provider/{name}"


def provider_by_arn(store: Store, provider_arn: str) -> Provider | None:
    """The provider an OIDCProviderArn names in this account, or None."""
    parsed = _PROVIDER_ARN.match(provider_arn)
    if parsed is None or parsed["account"] != ACCOUNT_ID:
        return None
    record = store.get(TYPE, parsed["name"])
    if record is None:
        return None
    a = record["attributes"]
    return Provider(
        str(a["oidc_provider_name"]),
        str(a["arn"]),
        str(a["issuer_url"]),
        tuple(a.get("fingerprints") or ()),
        tuple(a.get("client_ids") or ()),
        int(a.get("issuance_limit_time") or DEFAULT_LIMIT_HOURS),
    )


# -- the API ---------------------------------------------------------------------------------------


def handle(
    endpoint: Endpoint, caller: Principal, action: str, params: dict[str, str], request: Request
) -> dict[str, Any]:
    from ossiac.endpoint.sts import StsError, allowed, request_context

    if action not in ACTIONS:
        raise StsError(404, "InvalidAction.NotFound", f"The local IMS answers {', '.join(ACTIONS)}, not {action!r}.")
    name = params.get("OIDCProviderName", "")
    resource = arn(name) if name else arn("*")
    if caller.kind is not PrincipalKind.ACCOUNT and not allowed(
        caller, f"ram:{action}", resource, request_context(request, params)
    ):
        raise StsError(
            403,
            "NoPermission",
            f"You are not authorized to do this action. You should be authorized by RAM. "
            f"(no policy of {caller.arn} allows ram:{action} on {resource})",
        )
    store = endpoint.store
    if action == "ListOIDCProviders":
        return _list(store, params)
    if not name:
        raise StsError(400, "MissingParameter.OIDCProviderName", "Parameter OIDCProviderName is required.")
    if action == "CreateOIDCProvider":
        return {"OIDCProvider": _create(store, name, params)}
    with store.transaction():
        record = store.get(TYPE, name)
        if record is None:
            raise StsError(404, "EntityNotExist.OIDCProvider", f"The OIDC provider does not exist: {name}.")
        if action == "GetOIDCProvider":
            return {"OIDCProvider": _shape(record["attributes"])}
        if action == "DeleteOIDCProvider":
            store.delete(TYPE, name)
            return {}
        return {"OIDCProvider": _update(store, record, params)}


def _error(code: str, message: str, status: int = 400) -> Exception:
    from ossiac.endpoint.sts import StsError

    return StsError(status, code, message)


def _now() -> tuple[str, int]:
    moment = datetime.datetime.now(datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ"), int(time.time() * 1000)


def _shape(a: dict[str, Any]) -> dict[str, Any]:
    """The SDK's OIDCProvider object; list values are comma-separated, as IMS answers them."""
    return {
        "Arn": a["arn"],
        "OIDCProviderName": a["oidc_provider_name"],
        "IssuerUrl": a["issuer_url"],
        "Fingerprints": ",".join(a.get("fingerprints") or ()),
        "ClientIds": ",".join(a.get("client_ids") or ()),
        "IssuanceLimitTime": a["issuance_limit_time"],
        "Description": a.get("description") or "",
        "CreateDate": a["create_date"],
        "UpdateDate": a["update_date"],
        "GmtCreate": a["gmt_create"],
        "GmtModified": a["gmt_modified"],
    }


def _check_name(name: str) -> str:
    if len(name) > MAX_NAME or not _NAME.match(name):
        raise _error(
            "InvalidParameter.OIDCProviderName",
            f"The parameter OIDCProviderName {name!r} is wrongly formed: 1 to {MAX_NAME} letters, digits, "
            "'.', '-' or '_', neither first nor last a special character.",
        )
    return name


def _check_url(url: str) -> str:
    if not url:
        raise _error("MissingParameter.IssuerUrl", "Parameter IssuerUrl is required.")
    parts = re.match(r"^https://([^/?#@\s]+)(/[^?#@\s]*)?$", url)
    if len(url) > MAX_URL or parts is None:
        raise _error(
            "InvalidParameter.IssuerUrl",
            f"The parameter IssuerUrl {url!r} is wrongly formed: an https:// URL of at most {MAX_URL} "
            "characters, without query (?), fragment (#) or login (@).",
        )
    return url


def _items(text: str, what: str, pattern: re.Pattern[str], longest: int, most: int, rule: str) -> list[str]:
    values = [v.strip() for v in text.split(",")] if text else []
    for value in values:
        if len(value) > longest or not pattern.match(value):
            raise _error(
                f"InvalidParameter.{what}",
                f"The parameter {what} has {value!r}: each must be {rule}, at most {longest}.",
            )
    unique = list(dict.fromkeys(values))
    if len(unique) > most:
        raise _error(f"LimitExceeded.{what}", f"An OIDC provider has at most {most} {what}, not {len(unique)}.", 409)
    return unique


def _client_ids(text: str) -> list[str]:
    return _items(
        text, "ClientIds", _CLIENT_ID, MAX_CLIENT_ID, MAX_CLIENT_IDS, "letters, digits or '.-_:/' (not first)"
    )


def _fingerprints(text: str) -> list[str]:
    return _items(text, "Fingerprints", _FINGERPRINT, MAX_FINGERPRINT, MAX_FINGERPRINTS, "letters and digits")


def _limit(text: str | None) -> int | None:
    if text is None or text == "":
        return None
    if not text.isdigit() or not MIN_LIMIT_HOURS <= int(text) <= MAX_LIMIT_HOURS:
        raise _error(
            "InvalidParameter.IssuanceLimitTime",
            f"The parameter IssuanceLimitTime must be {MIN_LIMIT_HOURS} to {MAX_LIMIT_HOURS} hours, not {text!r}.",
        )
    return int(text)


def _description(text: str | None) -> str | None:
    if text is not None and len(text) > MAX_DESCRIPTION:
        raise _error("InvalidParameter.Description", f"The parameter Description is over {MAX_DESCRIPTION} characters.")
    return text


def _create(store: Store, name: str, params: dict[str, str]) -> dict[str, Any]:
    _check_name(name)
    url = _check_url(params.get("IssuerUrl", ""))
    fingerprints = _fingerprints(params.get("Fingerprints", ""))
    client_ids = _client_ids(params.get("ClientIds", ""))
    limit = _limit(params.get("IssuanceLimitTime"))
    description = _description(params.get("Description"))
    date, stamp = _now()
    attributes = {
        "oidc_provider_name": name,
        "arn": arn(name),
        "issuer_url": url,
        "fingerprints": fingerprints,
        "client_ids": client_ids,
        "issuance_limit_time": limit or DEFAULT_LIMIT_HOURS,
        "description": description or "",
        "create_date": date,
        "update_date": date,
        "gmt_create": stamp,
        "gmt_modified": stamp,
    }
    with store.transaction():  # the checks and the write as one unit: two creates cannot both pass
        if store.get(TYPE, name) is not None:
            raise _error("EntityAlreadyExists.OIDCProvider", f"The OIDC provider already exists: {name}.", 409)
        existing = store.list(TYPE)
        if any(r["attributes"].get("issuer_url") == url for r in existing):
            raise _error(
                "EntityAlreadyExists.OIDCProvider.Url", f"An OIDC provider with IssuerUrl {url} already exists.", 409
            )
        if len(existing) >= MAX_PROVIDERS:
            raise _error("LimitExceeded.OIDCProvider", f"An account has at most {MAX_PROVIDERS} OIDC providers.", 409)
        store.put(TYPE, name, new_record(TYPE, name, "", attributes, origin="api"))
    return _shape(attributes)


def _update(store: Store, record: dict[str, Any], params: dict[str, str]) -> dict[str, Any]:
    """UpdateOIDCProvider: ClientIds (replacing the list), IssuanceLimitTime and NewDescription."""
    attributes = dict(record["attributes"])
    if "ClientIds" in params:
        attributes["client_ids"] = _client_ids(params["ClientIds"])
    limit = _limit(params.get("IssuanceLimitTime"))
    if limit is not None:
        attributes["issuance_limit_time"] = limit
    description = _description(params.get("NewDescription"))
    if description is not None:
        attributes["description"] = description
    attributes["update_date"], attributes["gmt_modified"] = _now()
    store.put(TYPE, record["id"], {**record, "attributes": attributes})
    return _shape(attributes)


def _list(store: Store, params: dict[str, str]) -> dict[str, Any]:
    text = params.get("MaxItems") or str(DEFAULT_MAX_ITEMS)
    if not text.isdigit() or not 1 <= int(text) <= MAX_MAX_ITEMS:
        raise _error("InvalidParameter.MaxItems", f"The parameter MaxItems must be 1 to {MAX_MAX_ITEMS}, not {text!r}.")
    marker = params.get("Marker", "")
    records = [r for r in store.list(TYPE) if r["id"] > marker]  # store.list is ordered by ID (the name)
    page = records[: int(text)]
    truncated = len(records) > len(page)
    answer: dict[str, Any] = {
        "OIDCProviders": {"OIDCProvider": [_shape(r["attributes"]) for r in page]},
        "IsTruncated": truncated,
    }
    if truncated:
        answer["Marker"] = page[-1]["id"]
    return answer
