"""Objects: PutObject, GetObject (with Range), HeadObject, DeleteObject.

An object is a record of type `alicloud_oss_bucket_object` keyed `<bucket>/<key>`, the same
record the stand-in provider writes for Terraform's objects, so each side sees the other's.
`attributes` holds what Terraform's resource reads; `object` holds what only the API shows (the
blob with the bytes, size, CRC-64, user metadata). An object Terraform wrote has no blob: its bytes
are its `content`.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
from collections.abc import Iterator
from email.utils import format_datetime

from werkzeug.http import parse_range_header
from werkzeug.wrappers import Response

from ossiac.endpoint.app import Call, Route, entity_too_large, oss_response
from ossiac.endpoint.errors import OssError, invalid_argument, no_such_key
from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.blobs import BodyTooLarge

OBJECT_ACLS = ("default", "private", "public-read", "public-read-write")
_CHUNK = 1 << 16


def record_id(bucket: str, key: str) -> str:
    return f"{bucket}/{key}"


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _http_date(iso: str) -> str:
    moment = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
    return format_datetime(moment, usegmt=True)


def _body_chunks(call: Call) -> Iterator[bytes]:
    stream = call.request.stream
    while chunk := stream.read(_CHUNK):
        yield chunk


def put_object(call: Call) -> Response:
    acl = call.header("x-oss-object-acl") or "default"
    if acl not in OBJECT_ACLS:
        raise invalid_argument(f"x-oss-object-acl {acl!r} is not valid; one of: {', '.join(OBJECT_ACLS)}.",
                               name="x-oss-object-acl", value=acl)
    length = call.request.content_length
    if length is not None and length > call.limits.max_object_bytes:
        raise entity_too_large(call.limits.max_object_bytes)
    try:
        written = call.blobs.write(_body_chunks(call), limit=call.limits.max_object_bytes)
    except BodyTooLarge:
        raise entity_too_large(call.limits.max_object_bytes) from None
    content_md5 = call.header("Content-MD5")
    if content_md5 is not None:
        if base64.b64encode(bytes.fromhex(written.md5)).decode() != content_md5.strip():
            call.blobs.delete(written.blob)
            raise OssError(400, "InvalidDigest", "The Content-MD5 you specified is not valid.", ec="0016-00000301")
    etag = written.md5.upper()
    meta = {k.lower()[len("x-oss-meta-"):]: v for k, v in call.request.headers.items()
            if k.lower().startswith("x-oss-meta-")}
    record = {"type": buckets.OBJECT_TYPE, "id": call.key, "region": call.bucket_record()["region"], "origin": "api",
              "attributes": {"id": call.key, "bucket": call.bucket, "key": call.key,
                             "content_type": call.header("Content-Type") or "application/octet-stream",
                             "acl": acl, "etag": etag, "version_id": None},
              "object": {"blob": written.blob, "size": written.size, "crc64": written.crc64, "meta": meta,
                         "last_modified": _now(), "storage_class": "Standard"}}
    with call.store.transaction():
        old = call.store.get(buckets.OBJECT_TYPE, record_id(call.bucket, call.key))
        call.store.put(buckets.OBJECT_TYPE, record_id(call.bucket, call.key), record)
    if old is not None:
        call.blobs.delete((old.get("object") or {}).get("blob"))
    return oss_response(b"", 200, content_type=None, headers={
        "ETag": f'"{etag}"', "x-oss-hash-crc64ecma": written.crc64, "Content-MD5": _b64(written.md5)})


def _b64(hex_digest: str) -> str:
    return base64.b64encode(bytes.fromhex(hex_digest)).decode()


def require_object(call: Call) -> dict:
    record = call.store.get(buckets.OBJECT_TYPE, record_id(call.bucket or "", call.key or ""))
    if record is None:
        raise no_such_key(call.bucket or "", call.key or "")
    return record


def _inline_bytes(record: dict) -> bytes:
    return str(record["attributes"].get("content") or "").encode("utf-8")


def describe(record: dict) -> dict:
    """Size, ETag, CRC and dates of an object, whoever wrote it."""
    stored = record.get("object")
    if stored:
        return {"size": stored["size"], "etag": record["attributes"]["etag"], "crc64": stored["crc64"],
                "last_modified": stored["last_modified"], "meta": stored.get("meta") or {}}
    from alibabacloud_oss_v2.crc import Crc64
    data = _inline_bytes(record)
    crc = Crc64(0)
    crc.update(data)
    return {"size": len(data), "etag": hashlib.md5(data).hexdigest().upper(), "crc64": str(crc.sum64()),
            "last_modified": "1970-01-01T00:00:00.000000Z", "meta": {}}


def _headers(record: dict, facts: dict) -> dict[str, str]:
    headers = {"ETag": f'"{facts["etag"]}"', "Last-Modified": _http_date(facts["last_modified"]),
               "x-oss-object-type": "Normal", "x-oss-hash-crc64ecma": facts["crc64"],
               "x-oss-storage-class": (record.get("object") or {}).get("storage_class") or "Standard",
               "Accept-Ranges": "bytes"}
    for name, value in facts["meta"].items():
        headers[f"x-oss-meta-{name}"] = value
    return headers


def _content(call: Call, record: dict, start: int, end: int) -> Iterator[bytes]:
    stored = record.get("object")
    if stored:
        return call.blobs.read(stored["blob"], start, end)
    return iter([_inline_bytes(record)[start:end]])


def get_object(call: Call, *, head: bool = False) -> Response:
    record = require_object(call)
    facts = describe(record)
    headers = _headers(record, facts)
    content_type = record["attributes"].get("content_type") or "application/octet-stream"
    size, status, start, end = facts["size"], 200, 0, facts["size"]
    wanted = call.header("Range")
    ranges = parse_range_header(wanted) if wanted else None
    if ranges is not None and len(ranges.ranges) == 1:
        span = ranges.range_for_length(size)
        if span is None:  # OSS: an unsatisfiable range is 416 InvalidRange
            raise OssError(416, "InvalidRange", "The requested range cannot be satisfied.", ec="0003-00000801",
                           headers={"Content-Range": f"bytes */{size}"})
        start, end = span
        status = 206
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    headers["Content-Length"] = str(end - start)
    body = [] if head else _content(call, record, start, end)
    response = oss_response(body, status, content_type=content_type, headers=headers)
    response.direct_passthrough = True
    return response


def delete_object(call: Call) -> Response:
    with call.store.transaction():
        old = call.store.get(buckets.OBJECT_TYPE, record_id(call.bucket or "", call.key or ""))
        if old is not None:
            call.store.delete(buckets.OBJECT_TYPE, record_id(call.bucket or "", call.key or ""))
    if old is not None:
        call.blobs.delete((old.get("object") or {}).get("blob"))
    return oss_response(b"", 204, content_type=None)


ROUTES = {
    ("object", "PUT", None): Route("oss:PutObject", put_object),
    ("object", "GET", None): Route("oss:GetObject", get_object),
    ("object", "HEAD", None): Route("oss:GetObject", lambda call: get_object(call, head=True)),
    # GetObjectMeta (HEAD ?objectMeta): how Terraform's oss backend asks whether its state exists.
    ("object", "HEAD", "objectMeta"): Route("oss:GetObject", lambda call: get_object(call, head=True)),
    ("object", "DELETE", None): Route("oss:DeleteObject", delete_object),
}
