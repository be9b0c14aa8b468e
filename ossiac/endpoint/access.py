"""What the engine needs from the store: the bucket's access settings as a `BucketView`, the
request's condition keys, and the CORS preflight (OPTIONS), which OSS answers from CORS rules alone."""

from __future__ import annotations

import datetime
import json
from typing import TYPE_CHECKING

from werkzeug.wrappers import Request, Response

from ossiac.authz import engine
from ossiac.authz.model import ANONYMOUS, AccessRequest, BucketView, CorsConfig, CorsRule, RefererConfig
from ossiac.endpoint.errors import OssError, no_such_bucket
from ossiac.endpoint.routing import Address
from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.store import Store

if TYPE_CHECKING:
    from ossiac.endpoint.app import Call, Endpoint


def _strings(values: object) -> tuple[str, ...]:
    return tuple(str(v) for v in values) if isinstance(values, list) else ()


def _upper(values: object) -> tuple[str, ...]:
    return tuple(v.upper() for v in _strings(values))


def object_acl(store: Store, bucket: str | None, key: str | None) -> str | None:
    """The object's own ACL as PutObject/PutObjectAcl stored it; None when there is no such object."""
    if not bucket or key is None:
        return None
    record = store.get(buckets.OBJECT_TYPE, f"{bucket}/{key}")
    return ((record or {}).get("attributes") or {}).get("acl") or None


def bucket_view(record: dict, object_acl: str | None = None) -> BucketView:
    """The bucket's access settings as the store holds them (each in its split resource's shape)."""
    settings = record.get("settings") or {}
    cors = settings.get("cors")
    referer = settings.get("referer")
    block = settings.get("public_access_block") or {}
    policy_text = (settings.get("policy") or {}).get("policy")
    try:
        policy = json.loads(policy_text) if policy_text else None
    except ValueError:
        policy = None
    return BucketView(
        name=record["id"],
        owner_account=str(record["attributes"].get("owner") or ""),
        acl=(settings.get("acl") or {}).get("acl") or "private",
        block_public_access=bool(block.get("block_public_access")),
        policy=policy if isinstance(policy, dict) else None,
        object_acl=object_acl,
        acl_source=f"bucket {record['id']}",
        block_public_access_source=f"bucket {record['id']}",
        policy_source=f"bucket policy of {record['id']}",
        referer=None
        if not referer
        else RefererConfig(
            allow_empty=referer.get("allow_empty_referer") is not False,
            whitelist=_strings(referer.get("referer_list")),
            blacklist=_strings(referer.get("referer_blacklist")),
            truncate_query_string=referer.get("allow_truncate_query_string") is not False,
            truncate_path=bool(referer.get("truncate_path")),
            source=f"bucket {record['id']}",
        ),
        cors=None
        if not cors
        else CorsConfig(
            rules=tuple(
                CorsRule(
                    _strings(r.get("allowed_origins")),
                    _upper(r.get("allowed_methods")),
                    _strings(r.get("allowed_headers")),
                    _strings(r.get("expose_header")),
                    r.get("max_age_seconds"),
                )
                for r in cors.get("cors_rule") or []
            ),
            response_vary=bool(cors.get("response_vary")),
            source=f"bucket {record['id']}",
        ),
    )


def context(call: Call) -> dict[str, object]:
    """Condition keys OSS fills from the request (acs:SourceIp, acs:SecureTransport, oss:Prefix, ...)."""
    request = call.request
    values: dict[str, object] = {
        "acs:SourceIp": request.remote_addr or "127.0.0.1",
        "acs:SecureTransport": "true" if request.scheme == "https" else "false",
        "acs:CurrentTime": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if request.headers.get("User-Agent"):
        values["acs:UserAgent"] = request.headers["User-Agent"]
    if request.headers.get("Referer"):
        values["acs:Referer"] = request.headers["Referer"]
    for name, condition_key in (("prefix", "oss:Prefix"), ("delimiter", "oss:Delimiter"), ("max-keys", "oss:MaxKeys")):
        if name in request.args:
            values[condition_key] = request.args[name]
    return values


def preflight(endpoint: Endpoint, request: Request, where: Address) -> Response:
    from ossiac.endpoint.app import oss_response

    if not where.bucket:
        raise OssError(403, "AccessForbidden", "CORSResponse: This CORS request is not allowed.")
    record = buckets.get(endpoint.store, where.bucket)
    if record is None:
        raise no_such_bucket(where.bucket)
    origin = request.headers.get("Origin")
    method = request.headers.get("Access-Control-Request-Method")
    if not origin or not method:
        raise OssError(
            400, "InvalidArgument", "A CORS preflight needs the Origin and Access-Control-Request-Method headers."
        )
    asked = tuple(h.strip() for h in request.headers.get("Access-Control-Request-Headers", "").split(",") if h.strip())
    decision = engine.decide(
        AccessRequest(
            action="oss:Preflight",
            bucket=where.bucket,
            key=where.key,
            method="OPTIONS",
            origin=origin,
            preflight_method=method.upper(),
            preflight_headers=asked,
        ),
        ANONYMOUS,
        bucket_view(record),
    )
    if not decision.allowed:
        raise OssError(403, decision.code or "AccessForbidden", decision.reason, headers=dict(decision.cors_headers))
    return oss_response(b"", 200, content_type=None, headers=dict(decision.cors_headers))
