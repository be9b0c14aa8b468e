"""The endpoint's WSGI application: one request, one pass through the same steps.

1. address: the bucket and key from the Host header and path (`routing.py`);
2. route: the operation from the method, the scope (service, bucket, object) and the sub-resource;
3. authenticate: the signature (`signatures.py`) and who made it (`principals.py`);
4. authorize: the one engine (`ossiac.authz`), with the bucket as the store holds it (`access.py`);
5. the operation's handler, then OSS's common headers (and CORS headers when a rule matched).

A handler raises `OssError` for every refusal; anything else is a bug, logged and answered with
OSS's `InternalError` XML, so a client never sees a traceback.
"""

from __future__ import annotations

import base64
import datetime
import logging
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkzeug.wrappers import Request, Response

from ossiac.authz import engine
from ossiac.authz.model import ANONYMOUS, AccessRequest, Credentials, Principal
from ossiac.endpoint import access, principals, signatures, sts, xmlio
from ossiac.endpoint.errors import OssError, no_such_bucket
from ossiac.endpoint.limits import Limits
from ossiac.endpoint.routing import OPERATION_SUBRESOURCES, Address, address
from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.blobs import Blobs
from ossiac.localcloud.identity import DEFAULT_REGION
from ossiac.localcloud.store import Store

log = logging.getLogger("ossiac.endpoint")

HOST_ID = "oss.localcloud"
_REGION_IN_HOST = re.compile(r"(?:^|\.)oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com")


@dataclass
class Call:
    """One request on its way through: what the handlers get."""

    endpoint: Endpoint
    request: Request
    request_id: str
    address: Address
    subresource: str | None
    principal: Principal = ANONYMOUS
    credentials: Credentials = Credentials.ANONYMOUS
    cors_headers: dict[str, str] = field(default_factory=dict)
    signed_region: str | None = None

    @property
    def region(self) -> str:
        """The region a request addresses: V4's signing region, else the Host's oss-<region>, else the default."""
        host = _REGION_IN_HOST.search(self.request.host or "")
        return self.signed_region or (host.group(1) if host else DEFAULT_REGION)

    @property
    def bucket(self) -> str | None:
        return self.address.bucket

    @property
    def key(self) -> str | None:
        return self.address.key

    @property
    def store(self) -> Store:
        return self.endpoint.store

    @property
    def blobs(self) -> Blobs:
        return self.endpoint.blobs

    @property
    def limits(self) -> Limits:
        return self.endpoint.limits

    def query(self, name: str, default: str | None = None) -> str | None:
        return self.request.args.get(name, default)

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.request.headers.get(name, default)

    def xml_body(self, root: str) -> Any:
        """The request's XML document, at most `limits.max_xml_bytes`, parsed safely."""
        return xmlio.parse(self.body(self.limits.max_xml_bytes), root)

    def body(self, limit: int) -> bytes:
        length = self.request.content_length
        if length is not None and length > limit:
            raise entity_too_large(limit)
        data = self.request.stream.read(limit + 1)
        if len(data) > limit:
            raise entity_too_large(limit)
        return data

    def bucket_record(self) -> dict:
        record = buckets.get(self.store, self.bucket) if self.bucket else None
        if record is None:
            raise no_such_bucket(self.bucket or "")
        return record


def entity_too_large(limit: int) -> OssError:
    return OssError(
        400,
        "EntityTooLarge",
        f"Your proposed upload exceeds the maximum allowed size ({limit} bytes).",
        extra={"MaxSizeAllowed": str(limit)},
    )


Handler = Callable[[Call], Response]


@dataclass(frozen=True)
class Route:
    action: str | None  # the RAM action that authorizes it; None: the handler authorizes itself
    handler: Handler
    needs_bucket: bool = True  # False only for PutBucket (the bucket does not exist yet)


# (scope, method, sub-resource) -> Route; scope is "service", "bucket" or "object".
RouteKey = tuple[str, str, str | None]


def _route_tables() -> dict[RouteKey, Route]:
    from ossiac.endpoint import bucket_settings, buckets as bucket_ops, objects, post_object, service

    table: dict[RouteKey, Route] = {}
    from ossiac.endpoint import listing, multipart

    for module in (service, bucket_ops, bucket_settings, objects, post_object, listing, multipart):
        for route_key, route in module.ROUTES.items():
            if route_key in table:
                raise RuntimeError(f"two handlers for {route_key}")
            table[route_key] = route
    return table


def _subresource(request: Request, scope: str, table: dict[RouteKey, Route]) -> str | None:
    """The query key that names the operation (`?acl`, `?uploads`, ...): the first with a route,
    else the first OSS sub-resource we do not serve (answered NotImplemented, never as a plain GET)."""
    for name in request.args:
        if (scope, request.method, name) in table:
            return name
    return next((name for name in request.args if name in OPERATION_SUBRESOURCES), None)


def oss_response(
    body: bytes | Iterable[bytes] = b"",
    status: int = 200,
    *,
    content_type: str | None = "application/xml",
    headers: dict[str, str] | None = None,
) -> Response:
    response = Response(body, status=status, content_type=content_type)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def xml_response(root: str, content: Any, status: int = 200) -> Response:
    return oss_response(xmlio.document(root, content), status)


def error_document(error: OssError, request_id: str) -> bytes:
    """OSS's XML error body (every server front end writes its own refusals with it too)."""
    content = {"Code": error.code, "Message": error.message, "RequestId": request_id, "HostId": HOST_ID, **error.extra}
    if error.ec:
        content["EC"] = error.ec
    return xmlio.document("Error", content)


def error_response(error: OssError, request_id: str, *, with_body: bool = True) -> Response:
    body = error_document(error, request_id)
    response = oss_response(body if with_body else b"", error.status, headers=error.headers)
    if not with_body:  # HEAD: OSS sends the document base64-encoded in x-oss-err, where the SDKs read it
        response.headers["x-oss-err"] = base64.b64encode(body).decode("ascii")
    if error.ec:
        response.headers["x-oss-ec"] = error.ec
    return response


class Endpoint:
    def __init__(self, cloud_dir: Path, limits: Limits | None = None) -> None:
        self.cloud_dir = Path(cloud_dir)
        self.store = Store(self.cloud_dir)
        self.blobs = Blobs(self.cloud_dir)
        self.limits = limits or Limits.from_settings()
        self.routes = _route_tables()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        request = Request(environ)
        request_id = secrets.token_hex(12).upper()
        try:
            response = self.handle(request, request_id)
        except OssError as error:
            response = error_response(error, request_id, with_body=request.method != "HEAD")
        except Exception:  # a bug: logged here, and the client still gets OSS's answer
            log.exception("request %s %s failed", request.method, request.path)
            response = error_response(
                OssError(500, "InternalError", "We encountered an internal error. Please try again."), request_id
            )
        response.headers["x-oss-request-id"] = request_id
        response.headers["Server"] = "AliyunOSS"
        response.headers.setdefault("Date", datetime.datetime.now(datetime.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"))
        return response(environ, start_response)

    def handle(self, request: Request, request_id: str) -> Response:
        if sts.is_sts_request(request):  # STS (RPC, JSON) shares the port; it answers its own errors
            return sts.handle(self, request, request_id)
        self.limits.check_headers(request)
        raw_path = request.environ.get("PATH_INFO", "/").encode("latin-1")
        where = address(request.environ.get("HTTP_HOST", ""), raw_path or b"/")  # as sent: werkzeug blanks odd hosts
        scope = "object" if where.key is not None else "bucket" if where.bucket else "service"
        if request.method == "OPTIONS":
            return access.preflight(self, request, where)
        sub = _subresource(request, scope, self.routes)
        route = self.routes.get((scope, request.method, sub))
        if route is None:
            if any(k[:2] == (scope, request.method) for k in self.routes):
                raise OssError(
                    501,
                    "NotImplemented",
                    f"The {scope} sub-resource {sub!r} is not implemented by the local cloud."
                    if sub
                    else f"{request.method} on a {scope} is not implemented.",
                )
            raise OssError(
                405,
                "MethodNotAllowed",
                f"The specified method {request.method} is not allowed against this resource ({scope}).",
                extra={"Method": request.method, "ResourceType": scope.title()},
            )
        call = Call(self, request, request_id, where, sub)
        if route.action is not None:
            self.authenticate(call)
            record = buckets.get(self.store, where.bucket) if where.bucket else None
            if route.needs_bucket and where.bucket and record is None:
                raise no_such_bucket(where.bucket)
            self.authorize(call, route.action, record)
        response = route.handler(call)
        for name, value in call.cors_headers.items():
            response.headers[name] = value
        return response

    def authenticate(self, call: Call) -> None:
        received = signatures.Received(
            call.request.method,
            call.request.environ.get("QUERY_STRING", ""),
            signatures.received_headers(call.request.environ),
            call.bucket,
            call.key,
        )
        signature = signatures.read(received)
        if signature is None:
            return
        resolved = principals.resolve(self.store, self.cloud_dir, signature.access_key_id, signature.security_token)
        matched, string_to_sign = signature.matches(resolved.secret)
        if not matched:
            raise signatures.does_not_match(signature, string_to_sign)
        signatures.check_time(signature, datetime.datetime.now(datetime.UTC))
        call.principal = resolved.principal
        call.signed_region = signature.region
        call.credentials = Credentials.SIGNED_URL if signature.in_query else Credentials.AUTHORIZATION_HEADER

    def authorize(
        self, call: Call, action: str, record: dict | None, key: str | None = None, bucket: str | None = None
    ) -> None:
        """The engine's decision for this call (or for another bucket and key it reads, e.g. a copy's
        source); a refusal raises OSS's error."""
        request = AccessRequest(
            action=action,
            bucket=bucket if bucket is not None else call.bucket,
            key=key if key is not None else call.key,
            method=call.request.method,
            credentials=call.credentials,
            referer=call.header("Referer"),
            origin=call.header("Origin"),
            context=access.context(call),
        )
        view = (
            access.bucket_view(record, access.object_acl(self.store, request.bucket, request.key)) if record else None
        )
        decision = engine.decide(request, call.principal, view)
        call.cors_headers = dict(decision.cors_headers)
        if not decision.allowed:
            raise OssError(
                decision.status, decision.code or "AccessDenied", decision.reason, headers=dict(decision.cors_headers)
            )
