"""A bucket's sub-resources (acl, cors, referer, website, lifecycle, encryption, versioning,
logging, policy, publicAccessBlock, tagging): Put/Get/Delete served from one table.

Every sub-resource is a `SubResource` row (see `bucket_settings_kind.py`) defined beside the others
of its theme; this module turns each row into its routes and RAM actions, so the thirty operations
share one Put, one Get and one Delete. A Put reads the body (checking Content-MD5 when the client
sent one, as OSS does), validates it before anything is written, and saves the bucket record in
one transaction; a Get answers the setting in OSS's XML (JSON for the policy) or its documented
404; a Delete resets the setting the way the stand-in provider does when Terraform deletes it.
"""

from __future__ import annotations

import base64
import hashlib

from werkzeug.wrappers import Response

from ossiac.endpoint import xmlio
from ossiac.endpoint.app import Call, Handler, Route, RouteKey, oss_response, xml_response
from ossiac.endpoint.bucket_settings_access import ACCESS
from ossiac.endpoint.bucket_settings_kind import SubResource
from ossiac.endpoint.bucket_settings_lifecycle import LIFECYCLE
from ossiac.endpoint.bucket_settings_other import OTHER
from ossiac.endpoint.bucket_settings_storage import STORAGE
from ossiac.endpoint.bucket_settings_website import WEBSITE
from ossiac.endpoint.errors import OssError
from ossiac.localcloud import bucket as buckets

SUBRESOURCES: tuple[SubResource, ...] = (*ACCESS, *STORAGE, LIFECYCLE, WEBSITE, *OTHER)


def _body(call: Call) -> bytes:
    body = call.body(call.limits.max_xml_bytes)
    sent = call.header("Content-MD5")
    if sent is not None and base64.b64encode(hashlib.md5(body).digest()).decode() != sent.strip():
        raise OssError(400, "InvalidDigest", "The Content-MD5 you specified did not match what we received.")
    return body


def _put(sub: SubResource) -> Handler:
    def put(call: Call) -> Response:
        body = _body(call)
        value = sub.parse(body, call) if sub.parse else xmlio.parse(body, sub.root)
        with call.store.transaction():
            record = call.bucket_record()
            sub.apply(value, record, call)
            buckets.save(call.store, record)
        return oss_response(b"", 200, content_type=None)

    return put


def _get(sub: SubResource) -> Handler:
    def get(call: Call) -> Response:
        content = sub.show(call.bucket_record())
        if content is None:
            assert sub.unset is not None, f"{sub.query}: show() answered None but no 404 is defined"
            raise sub.unset(call.bucket or "")
        if sub.json:
            return oss_response(content.encode("utf-8"), content_type="application/json")
        return xml_response(sub.root, content)

    return get


def _delete(sub: SubResource) -> Handler:
    def delete(call: Call) -> Response:
        assert sub.remove is not None
        with call.store.transaction():
            record = call.bucket_record()
            sub.remove(record, call)
            buckets.save(call.store, record)
        return oss_response(b"", 204, content_type=None)

    return delete


def _routes() -> dict[RouteKey, Route]:
    routes: dict[RouteKey, Route] = {}
    for sub in SUBRESOURCES:
        routes[("bucket", "PUT", sub.query)] = Route(f"oss:Put{sub.operation}", _put(sub))
        routes[("bucket", "GET", sub.query)] = Route(f"oss:Get{sub.operation}", _get(sub))
        if sub.remove is not None:
            routes[("bucket", "DELETE", sub.query)] = Route(f"oss:Delete{sub.operation}", _delete(sub))
    return routes


ROUTES: dict[RouteKey, Route] = _routes()
