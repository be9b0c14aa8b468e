"""CopyObject: a PUT whose `x-oss-copy-source: /<bucket>/<url-encoded key>[?versionId=<id>]` names
the bytes, within a bucket or across buckets.

The caller needs oss:PutObject on the target (the route's action) and oss:GetObject on the source
(checked here, against the source bucket's own settings). The bytes are not copied: the new object
gets a second name for the same file (`Blobs.link`), so the copy is instant and deleting either
object leaves the other whole. `x-oss-metadata-directive` COPY (the default) keeps the source's
content type and user metadata; REPLACE takes them from this request.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from werkzeug.wrappers import Response

from ossiac.endpoint import object_sse, object_versions, objects, xmlio
from ossiac.endpoint.app import Call, oss_response
from ossiac.endpoint.errors import OssError, invalid_argument, no_such_bucket
from ossiac.endpoint.routing import check_bucket_name, check_key
from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.blobs import Written

DIRECTIVES = ("COPY", "REPLACE")


def parse_source(value: str) -> tuple[str, str, str | None]:
    """(bucket, key, versionId) from the header; the SDK sends `/bucket/` + quote(key)."""
    path, _, query = value.partition("?")
    version_id = None
    if query:
        name, _, version_id = query.partition("=")
        if name != "versionId" or not version_id:
            raise invalid_argument(
                f"x-oss-copy-source has an unknown parameter {query!r}; only versionId is allowed.",
                name="x-oss-copy-source",
                value=value,
            )
    bucket, _, key = path.lstrip("/").partition("/")
    if not path.startswith("/") or not bucket or not key:
        raise invalid_argument(
            "Copy Source must mention the source bucket and key: /sourcebucket/sourcekey.",
            name="x-oss-copy-source",
            value=value,
        )
    return check_bucket_name(bucket), check_key(unquote_to_bytes(key)), version_id


def _linked(call: Call, source: dict) -> Written:
    """The source's bytes under a new blob id (a hard link; an inline Terraform object is written)."""
    blob = object_versions.blob_of(source)
    if blob is None:
        return call.blobs.write([objects._inline_bytes(source)])
    facts = objects.describe(source)
    return Written(call.blobs.link(blob), facts["size"], "", facts["crc64"])


def copy_object(call: Call) -> Response:
    source_bucket, source_key, source_version = parse_source(call.header("x-oss-copy-source") or "")
    source_bucket_record = buckets.get(call.store, source_bucket)
    if source_bucket_record is None:
        raise no_such_bucket(source_bucket)
    target_cors = dict(call.cors_headers)
    call.endpoint.authorize(call, "oss:GetObject", source_bucket_record, key=source_key, bucket=source_bucket)
    call.cors_headers = target_cors  # CORS headers answer the request's own bucket
    directive = (call.header("x-oss-metadata-directive") or "COPY").upper()
    objects.choice(directive, DIRECTIVES, "x-oss-metadata-directive")
    acl = objects.choice(call.header("x-oss-object-acl") or "default", objects.OBJECT_ACLS, "x-oss-object-acl")
    storage_class = call.header("x-oss-storage-class")
    if storage_class is not None:
        objects.choice(storage_class, objects.STORAGE_CLASSES, "x-oss-storage-class")
    bucket_record = call.bucket_record()
    sse = object_sse.for_write(call, bucket_record)
    for attempt in range(3):
        source, version_id = objects.resolve(call, source_bucket_record, source_bucket, source_key, source_version)
        facts = objects.describe(source)
        object_sse.check_readable(call.store, facts["sse"], source_bucket_record["region"])
        try:
            written = _linked(call, source)
            break
        except FileNotFoundError:  # the source was replaced after we read its record: read it again
            if attempt == 2:
                raise OssError(
                    500,
                    "InternalError",
                    f"The bytes of {source_key!r} are missing from the local cloud; run `ossiac localcloud doctor`.",
                ) from None
    if directive == "COPY":
        content_type = source["attributes"].get("content_type") or "application/octet-stream"
        meta = facts["meta"]
    else:
        content_type = call.header("Content-Type") or "application/octet-stream"
        meta = objects.user_meta(call)
    record = objects.new_record(
        call,
        bucket_record,
        call.key or "",
        written,
        etag=facts["etag"],
        acl=acl,
        meta=meta,
        content_type=content_type,
        sse=sse,
        storage_class=storage_class,
        object_type=facts["type"],
    )
    new_version = objects.commit(call, bucket_record, record)
    headers = {"x-oss-hash-crc64ecma": facts["crc64"], **object_sse.headers(sse)}
    if new_version is not None:
        headers["x-oss-version-id"] = new_version
    if version_id is not None:
        headers["x-oss-copy-source-version-id"] = version_id
    body = xmlio.document(
        "CopyObjectResult",
        {"LastModified": objects.iso_ms(record["object"]["last_modified"]), "ETag": f'"{facts["etag"]}"'},
    )
    return oss_response(body, 200, headers=headers)
