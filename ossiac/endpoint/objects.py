"""Objects: PutObject (and CopyObject, the same PUT with x-oss-copy-source), GetObject (with Range
and versionId), HeadObject, GetObjectMeta, DeleteObject.

An object is a record of type `alicloud_oss_bucket_object` keyed `<bucket>/<key>`, the same
record the stand-in provider writes for Terraform's objects, so each side sees the other's.
`attributes` holds what Terraform's resource reads; `object` holds what only the API shows (the
blob with the bytes, size, CRC-64, user metadata, encryption). An object Terraform wrote has no
blob: its bytes are its `content`.

A write stores its bytes first (a new blob, fsynced), then commits the record in one
transaction, then deletes the blobs no record references any more: concurrent writers to one key
each commit whole, the last commit wins, and the loser's bytes are deleted by the winner.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
from collections.abc import Iterable
from email.utils import format_datetime
from typing import IO

from werkzeug.http import parse_range_header
from werkzeug.wrappers import Response

from ossiac.endpoint import object_sse, object_versions
from ossiac.endpoint.app import Call, Route, entity_too_large, oss_response
from ossiac.endpoint.errors import OssError, invalid_argument, no_such_key
from ossiac.endpoint.object_versions import record_id
from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.blobs import BodyTooLarge, Written

OBJECT_ACLS = ("default", "private", "public-read", "public-read-write")
STORAGE_CLASSES = ("Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive")
_CHUNK = 1 << 16
_READ_ATTEMPTS = 3  # a reader racing a writer re-reads the record when the blob it saw was replaced


def now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_ms(iso: str) -> str:
    """OSS's XML time: milliseconds, e.g. 2012-02-24T08:42:32.000Z."""
    return iso[:23] + "Z" if len(iso) > 23 else iso


def http_date(iso: str) -> str:
    moment = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.UTC)
    return format_datetime(moment, usegmt=True)


def b64(hex_digest: str) -> str:
    return base64.b64encode(bytes.fromhex(hex_digest)).decode()


def store_body(call: Call, stream: IO[bytes], content_md5: str | None, declared_length: int | None) -> Written:
    """A request's bytes (PutObject, UploadPart, PostObject's file) fsynced as a blob, within the object
    cap, checked against Content-MD5 when the client sent one; nothing is kept when either fails."""
    if declared_length is not None and declared_length > call.limits.max_object_bytes:  # refused unread
        raise entity_too_large(call.limits.max_object_bytes)
    try:
        written = call.blobs.write(iter(lambda: stream.read(_CHUNK), b""), limit=call.limits.max_object_bytes)
    except BodyTooLarge:
        raise entity_too_large(call.limits.max_object_bytes) from None
    if content_md5 is not None and b64(written.md5) != content_md5.strip():
        call.blobs.delete(written.blob)
        raise OssError(400, "InvalidDigest", "The Content-MD5 you specified is not valid.", ec="0016-00000301")
    return written


def choice(value: str, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise invalid_argument(f"{name} {value!r} is not valid; one of: {', '.join(allowed)}.", name=name, value=value)
    return value


def user_meta(call: Call) -> dict[str, str]:
    return {
        k.lower()[len("x-oss-meta-") :]: v
        for k, v in call.request.headers.items()
        if k.lower().startswith("x-oss-meta-")
    }


def new_record(
    call: Call,
    bucket_record: dict,
    key: str,
    written: Written,
    *,
    etag: str,
    content_type: str,
    acl: str,
    meta: dict,
    sse: dict | None,
    storage_class: str | None = None,
    object_type: str = "Normal",
) -> dict:
    """The record of an object the API wrote (its bytes already stored as `written.blob`)."""
    bucket = bucket_record["id"]
    return {
        "type": buckets.OBJECT_TYPE,
        "id": key,
        "region": bucket_record["region"],
        "origin": "api",
        "attributes": {
            "id": key,
            "bucket": bucket,
            "key": key,
            "content_type": content_type,
            "acl": acl,
            "etag": etag,
            "version_id": None,
        },
        "object": {
            "blob": written.blob,
            "size": written.size,
            "crc64": written.crc64,
            "meta": meta,
            "last_modified": now(),
            "type": object_type,
            "sse": sse,
            "storage_class": storage_class or bucket_record["attributes"].get("storage_class") or "Standard",
        },
    }


def commit(call: Call, bucket_record: dict, record: dict) -> str | None:
    """Makes `record` the key's current version in one transaction, then deletes the blobs no record
    references any more. Returns the new version id (None in a bucket without versioning)."""
    key = record["attributes"]["key"]
    try:
        with call.store.transaction():
            outcome = object_versions.put(call.store, bucket_record, bucket_record["id"], key, record)
    except BaseException:
        call.blobs.delete(object_versions.blob_of(record))  # never committed: nothing references it
        raise
    call.blobs.delete_all(outcome.drop)
    return outcome.version_id


def put_object(call: Call) -> Response:
    if call.header("x-oss-copy-source") is not None:
        from ossiac.endpoint.object_copy import copy_object

        return copy_object(call)
    acl = choice(call.header("x-oss-object-acl") or "default", OBJECT_ACLS, "x-oss-object-acl")
    storage_class = call.header("x-oss-storage-class")
    if storage_class is not None:
        choice(storage_class, STORAGE_CLASSES, "x-oss-storage-class")
    bucket_record = call.bucket_record()
    sse = object_sse.for_write(call, bucket_record)
    written = store_body(call, call.request.stream, call.header("Content-MD5"), call.request.content_length)
    etag = written.md5.upper()
    record = new_record(
        call,
        bucket_record,
        call.key or "",
        written,
        etag=etag,
        acl=acl,
        meta=user_meta(call),
        content_type=call.header("Content-Type") or "application/octet-stream",
        sse=sse,
        storage_class=storage_class,
    )
    version_id = commit(call, bucket_record, record)
    headers = {
        "ETag": f'"{etag}"',
        "x-oss-hash-crc64ecma": written.crc64,
        "Content-MD5": b64(written.md5),
        **object_sse.headers(sse),
    }
    if version_id is not None:
        headers["x-oss-version-id"] = version_id
    return oss_response(b"", 200, content_type=None, headers=headers)


def _inline_bytes(record: dict) -> bytes:
    return str(record["attributes"].get("content") or "").encode("utf-8")


def describe(record: dict) -> dict:
    """Size, ETag, CRC, dates and encryption of an object, whoever wrote it."""
    stored = record.get("object")
    if stored:
        return {
            "size": stored["size"],
            "etag": record["attributes"]["etag"],
            "crc64": stored["crc64"],
            "last_modified": stored["last_modified"],
            "meta": stored.get("meta") or {},
            "type": stored.get("type") or "Normal",
            "sse": stored.get("sse"),
            "storage_class": stored.get("storage_class") or "Standard",
        }
    from alibabacloud_oss_v2.crc import Crc64

    data = _inline_bytes(record)
    crc = Crc64(0)
    crc.update(data)
    return {
        "size": len(data),
        "etag": hashlib.md5(data).hexdigest().upper(),
        "crc64": str(crc.sum64()),
        "last_modified": "1970-01-01T00:00:00.000000Z",
        "meta": {},
        "type": "Normal",
        "sse": None,
        "storage_class": "Standard",
    }


def _headers(facts: dict, version_id: str | None) -> dict[str, str]:
    headers = {
        "ETag": f'"{facts["etag"]}"',
        "Last-Modified": http_date(facts["last_modified"]),
        "x-oss-object-type": facts["type"],
        "x-oss-hash-crc64ecma": facts["crc64"],
        "x-oss-storage-class": facts["storage_class"],
        "Accept-Ranges": "bytes",
        **object_sse.headers(facts["sse"]),
    }
    if version_id is not None:
        headers["x-oss-version-id"] = version_id
    for name, value in facts["meta"].items():
        headers[f"x-oss-meta-{name}"] = value
    return headers


def resolve(call: Call, bucket_record: dict, bucket: str, key: str, version_id: str | None) -> tuple[dict, str | None]:
    """The record a read names (the current version, or `versionId`'s), and its version id."""
    versioned = object_versions.status(bucket_record) is not None
    current = call.store.get(buckets.OBJECT_TYPE, record_id(bucket, key))
    if version_id is None:
        if current is not None:
            return current, object_versions.version_of(current, versioned)
        kept = object_versions.versions(call.store, bucket, key) if versioned else []
        if kept and kept[0]["attributes"].get("delete_marker"):
            raise OssError(
                404,
                "NoSuchKey",
                "The specified key does not exist.",
                ec="0026-00000001",
                extra={"BucketName": bucket, "Key": key},
                headers={"x-oss-delete-marker": "true", "x-oss-version-id": kept[0]["attributes"]["version_id"]},
            )
        raise no_such_key(bucket, key)
    if current is not None and object_versions.version_of(current, True) == version_id:
        return current, version_id
    version = object_versions.get_version(call.store, bucket, key, version_id)
    if version is None:
        raise OssError(
            404,
            "NoSuchVersion",
            "The specified version does not exist.",
            ec="0026-00000002",
            extra={"BucketName": bucket, "Key": key, "VersionId": version_id},
        )
    if version["attributes"].get("delete_marker"):
        raise OssError(
            405,
            "MethodNotAllowed",
            "The specified method is not allowed against this resource: the version is a delete marker.",
            extra={"Method": call.request.method, "ResourceType": "DeleteMarker"},
            headers={"x-oss-delete-marker": "true", "x-oss-version-id": version_id},
        )
    return version, version_id


def _byte_range(call: Call, size: int, headers: dict[str, str]) -> tuple[int, int, int]:
    """(status, start, end) for the Range header; OSS answers an unsatisfiable range with 416."""
    wanted = call.header("Range")
    ranges = parse_range_header(wanted) if wanted else None
    if ranges is None or len(ranges.ranges) != 1:
        return 200, 0, size
    span = ranges.range_for_length(size)
    if span is None:
        raise OssError(
            416,
            "InvalidRange",
            "The requested range cannot be satisfied.",
            ec="0003-00000801",
            headers={"Content-Range": f"bytes */{size}"},
        )
    headers["Content-Range"] = f"bytes {span[0]}-{span[1] - 1}/{size}"
    return 206, span[0], span[1]


def get_object(call: Call, *, head: bool = False) -> Response:
    bucket_record = call.bucket_record()
    for attempt in range(_READ_ATTEMPTS):
        record, version_id = resolve(call, bucket_record, call.bucket or "", call.key or "", call.query("versionId"))
        facts = describe(record)
        if not head:
            object_sse.check_readable(call.store, facts["sse"], bucket_record["region"])
        headers = _headers(facts, version_id)
        status, start, end = _byte_range(call, facts["size"], headers)
        headers["Content-Length"] = str(end - start)
        blob = object_versions.blob_of(record)
        body: Iterable[bytes]
        if head or blob is None:
            body = [] if head else [_inline_bytes(record)[start:end]]
        else:
            try:
                body = call.blobs.reader(blob, start, end)
            except FileNotFoundError:
                if attempt + 1 < _READ_ATTEMPTS:
                    continue  # a concurrent write replaced the object after we read its record
                raise OssError(
                    500,
                    "InternalError",
                    f"The bytes of {call.key!r} (blob {blob}) are missing from the "
                    "local cloud; run `ossiac localcloud doctor`.",
                ) from None
        content_type = record["attributes"].get("content_type") or "application/octet-stream"
        response = oss_response(body, status, content_type=content_type, headers=headers)
        response.direct_passthrough = True
        return response
    raise AssertionError("unreachable")


def delete_object(call: Call) -> Response:
    bucket_record = call.bucket_record()
    with call.store.transaction():
        outcome = object_versions.delete(
            call.store, bucket_record, call.bucket or "", call.key or "", call.query("versionId")
        )
    call.blobs.delete_all(outcome.drop)
    headers = {}
    if outcome.version_id is not None:
        headers["x-oss-version-id"] = outcome.version_id
    if outcome.delete_marker:
        headers["x-oss-delete-marker"] = "true"
    return oss_response(b"", 204, content_type=None, headers=headers)


ROUTES = {
    ("object", "PUT", None): Route("oss:PutObject", put_object),
    ("object", "GET", None): Route("oss:GetObject", get_object),
    ("object", "HEAD", None): Route("oss:GetObject", lambda call: get_object(call, head=True)),
    # GetObjectMeta: HeadObject's answer (OSS sends a subset of the same headers)
    ("object", "HEAD", "objectMeta"): Route("oss:GetObject", lambda call: get_object(call, head=True)),
    ("object", "DELETE", None): Route("oss:DeleteObject", delete_object),
}
