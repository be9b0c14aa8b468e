"""Multipart upload: InitiateMultipartUpload, UploadPart, CompleteMultipartUpload,
AbortMultipartUpload, ListParts and ListMultipartUploads.

An upload in progress is a record of type `localcloud_multipart_upload` keyed
`<bucket>/<uploadId>`, in the same store as the objects; each part is a blob (written and fsynced
before the record names it). Complete checks the part list as OSS does (ascending part numbers,
each part uploaded with that ETag, every part but the last at least 100 KB), writes the parts'
bytes as one new blob, and in one transaction makes it the object and ends the upload; the part
blobs are deleted after that commit. The object's ETag is OSS's multipart ETag (the MD5 of the
parts' binary MD5s, then `-<number of parts>`) and its CRC-64 is the whole object's, which the SDK
checks against the CRC it combined from the parts.
"""

from __future__ import annotations

import hashlib
import itertools
import secrets
from collections.abc import Iterator
from typing import Any

from werkzeug.wrappers import Response

from ossiac.endpoint import object_sse, object_versions, objects, xmlio
from ossiac.endpoint.app import Call, Route, oss_response, xml_response
from ossiac.endpoint.errors import OssError, invalid_argument, malformed_xml, not_implemented
from ossiac.endpoint.listing import encoder, max_keys, walk
from ossiac.localcloud import bucket as buckets

UPLOAD_TYPE = buckets.UPLOAD_TYPE
MIN_PART_BYTES = 100 * 1024
MAX_PART_NUMBER = 10000


def upload_record_id(bucket: str, upload_id: str) -> str:
    return f"{bucket}/{upload_id}"


def no_such_upload(upload_id: str) -> OssError:
    return OssError(
        404,
        "NoSuchUpload",
        "The specified upload does not exist. The upload ID may be invalid, or the "
        "upload may have been aborted or completed.",
        extra={"UploadId": upload_id},
    )


def _upload(call: Call) -> dict:
    """The upload this request names; it must be for this request's key."""
    upload_id = call.query("uploadId") or ""
    record = call.store.get(UPLOAD_TYPE, upload_record_id(call.bucket or "", upload_id))
    if record is None or record["attributes"]["key"] != call.key:
        raise no_such_upload(upload_id)
    return record


def _part_blobs(record: dict) -> list[str]:
    return [part["blob"] for part in (record.get("parts") or {}).values()]


def initiate(call: Call) -> Response:
    bucket_record = call.bucket_record()
    acl = objects.choice(call.header("x-oss-object-acl") or "default", objects.OBJECT_ACLS, "x-oss-object-acl")
    storage_class = call.header("x-oss-storage-class")
    if storage_class is not None:
        objects.choice(storage_class, objects.STORAGE_CLASSES, "x-oss-storage-class")
    sse = object_sse.for_write(call, bucket_record)
    upload_id = secrets.token_hex(16).upper()
    record = {
        "type": UPLOAD_TYPE,
        "id": upload_record_id(call.bucket or "", upload_id),
        "region": bucket_record["region"],
        "origin": "api",
        "attributes": {
            "bucket": call.bucket,
            "key": call.key,
            "upload_id": upload_id,
            "initiated": objects.now(),
            "acl": acl,
            "storage_class": storage_class,
            "content_type": call.header("Content-Type") or "application/octet-stream",
            "meta": objects.user_meta(call),
            "sse": sse,
        },
        "parts": {},
    }
    with call.store.transaction():
        call.store.put(UPLOAD_TYPE, record["id"], record)
    encode = encoder(call)
    response = xml_response(
        "InitiateMultipartUploadResult",
        [
            ("Bucket", call.bucket),
            ("Key", encode(call.key)),
            ("UploadId", upload_id),
            ("EncodingType", call.query("encoding-type") or None),
        ],
    )
    response.headers.extend(object_sse.headers(sse))
    return response


def _part_number(call: Call) -> int:
    text = call.query("partNumber") or ""
    if not text.isdigit() or not 1 <= int(text) <= MAX_PART_NUMBER:
        raise invalid_argument(
            f"Part number must be an integer between 1 and {MAX_PART_NUMBER}, inclusive.", name="partNumber", value=text
        )
    return int(text)


def upload_part(call: Call) -> Response:
    if call.header("x-oss-copy-source") is not None:
        raise not_implemented("UploadPartCopy")
    number = _part_number(call)
    upload = _upload(call)
    written = objects.store_body(call, call.request.stream, call.header("Content-MD5"), call.request.content_length)
    part = {
        "blob": written.blob,
        "size": written.size,
        "etag": written.md5.upper(),
        "crc64": written.crc64,
        "md5": written.md5,
        "last_modified": objects.now(),
    }
    replaced = None
    try:
        with call.store.transaction():
            current = call.store.get(UPLOAD_TYPE, upload["id"])  # it may have ended since
            if current is None:
                raise no_such_upload(call.query("uploadId") or "")
            replaced = (current["parts"].get(str(number)) or {}).get("blob")
            current["parts"][str(number)] = part
            call.store.put(UPLOAD_TYPE, current["id"], current)
    except BaseException:
        call.blobs.delete(written.blob)
        raise
    call.blobs.delete(replaced)
    return oss_response(
        b"",
        200,
        content_type=None,
        headers={
            "ETag": f'"{part["etag"]}"',
            "x-oss-hash-crc64ecma": written.crc64,
            "Content-MD5": objects.b64(written.md5),
        },
    )


def _requested_parts(call: Call, upload: dict) -> list[tuple[int, str]]:
    """(part number, ETag) in the order the request lists them (all parts with x-oss-complete-all)."""
    if (call.header("x-oss-complete-all") or "").lower() == "yes":
        return sorted((int(n), p["etag"]) for n, p in upload["parts"].items())
    document = xmlio.parse(call.body(call.limits.max_xml_bytes), "CompleteMultipartUpload")
    listed = []
    for element in document.findall("Part"):
        number, etag = xmlio.text(element, "PartNumber"), xmlio.text(element, "ETag")
        if not number or not number.isdigit() or etag is None:
            raise malformed_xml("Each <Part> needs a numeric <PartNumber> and an <ETag>.")
        listed.append((int(number), etag.strip('"').upper()))
    if not listed:
        raise malformed_xml("<CompleteMultipartUpload> needs at least one <Part>.")
    return listed


def _check_parts(upload: dict, listed: list[tuple[int, str]]) -> list[dict]:
    """The parts to join, checked in OSS's order: order, then existence and ETag, then size."""
    if any(later <= earlier for (earlier, _), (later, _) in itertools.pairwise(listed)):
        raise OssError(
            400,
            "InvalidPartOrder",
            "The list of parts was not in ascending order. The parts list must be specified in order by part number.",
            ec="0042-00000209",
        )
    parts = []
    for number, etag in listed:
        part = upload["parts"].get(str(number))
        if part is None or part["etag"] != etag:
            raise OssError(
                400,
                "InvalidPart",
                "One or more of the specified parts could not be found or the "
                "specified entity tag might not have matched the part's entity tag.",
                extra={"PartNumber": str(number), "ETag": etag},
            )
        parts.append(part)
    for (number, _), part in zip(listed[:-1], parts[:-1], strict=True):
        if part["size"] < MIN_PART_BYTES:
            raise OssError(
                400,
                "EntityTooSmall",
                f"Your proposed upload is smaller than the minimum allowed size: "
                f"part {number} is {part['size']} bytes; every part but the last needs at least "
                f"{MIN_PART_BYTES}.",
                ec="0042-00000213",
                extra={"PartNumber": str(number), "MinSizeAllowed": str(MIN_PART_BYTES)},
            )
    return parts


def _joined(call: Call, parts: list[dict]) -> Iterator[bytes]:
    for part in parts:
        yield from call.blobs.read(part["blob"])


def complete(call: Call) -> Response:
    bucket_record = call.bucket_record()
    upload = _upload(call)
    parts = _check_parts(upload, _requested_parts(call, upload))
    try:
        written = call.blobs.write(_joined(call, parts))
    except FileNotFoundError:  # aborted (or completed) while its parts were being joined
        raise no_such_upload(upload["attributes"]["upload_id"]) from None
    etag = hashlib.md5(b"".join(bytes.fromhex(p["md5"]) for p in parts)).hexdigest().upper() + f"-{len(parts)}"
    attributes = upload["attributes"]
    record = objects.new_record(
        call,
        bucket_record,
        call.key or "",
        written,
        etag=etag,
        acl=attributes["acl"],
        meta=attributes["meta"],
        content_type=attributes["content_type"],
        sse=attributes["sse"],
        storage_class=attributes["storage_class"],
        object_type="Multipart",
    )
    try:
        with call.store.transaction():
            current = call.store.get(UPLOAD_TYPE, upload["id"])
            if current is None or current["parts"] != upload["parts"]:  # completed, aborted or changed meanwhile
                raise (
                    no_such_upload(attributes["upload_id"])
                    if current is None
                    else OssError(
                        409, "ConcurrentUpdate", "The upload's parts changed while it was being completed; try again."
                    )
                )
            call.store.delete(UPLOAD_TYPE, upload["id"])
            outcome = object_versions.put(call.store, bucket_record, call.bucket or "", call.key or "", record)
    except BaseException:
        call.blobs.delete(written.blob)  # never committed: nothing references it
        raise
    call.blobs.delete_all([*outcome.drop, *_part_blobs(upload)])  # only after the commit
    version_id = outcome.version_id
    headers = {"x-oss-hash-crc64ecma": written.crc64, **object_sse.headers(attributes["sse"])}
    if version_id is not None:
        headers["x-oss-version-id"] = version_id
    encode = encoder(call)
    host = call.request.host or ""
    response = xml_response(
        "CompleteMultipartUploadResult",
        [
            ("EncodingType", call.query("encoding-type") or None),
            ("Location", f"{call.request.scheme}://{host}/{call.bucket}/{call.key}"),
            ("Bucket", call.bucket),
            ("Key", encode(call.key)),
            ("ETag", f'"{etag}"'),
        ],
    )
    response.headers.extend(headers)
    return response


def abort(call: Call) -> Response:
    upload = _upload(call)
    with call.store.transaction():
        if call.store.get(UPLOAD_TYPE, upload["id"]) is None:
            raise no_such_upload(upload["attributes"]["upload_id"])
        call.store.delete(UPLOAD_TYPE, upload["id"])
    call.blobs.delete_all(_part_blobs(upload))
    return oss_response(b"", 204, content_type=None)


def list_parts(call: Call) -> Response:
    upload = _upload(call)
    marker_text = call.query("part-number-marker") or "0"
    if not marker_text.isdigit():
        raise invalid_argument(
            "part-number-marker must be a part number.", name="part-number-marker", value=marker_text
        )
    marker = int(marker_text)
    limit = max_keys(call, "max-parts", default=1000, top=1000)
    numbers = sorted(int(n) for n in upload["parts"] if int(n) > marker)
    shown, truncated = numbers[:limit], len(numbers) > limit
    attributes = upload["attributes"]
    content: list[tuple[str, Any]] = [
        ("EncodingType", call.query("encoding-type") or None),
        ("Bucket", call.bucket),
        ("Key", encoder(call)(call.key)),
        ("UploadId", attributes["upload_id"]),
        ("PartNumberMarker", marker),
        ("NextPartNumberMarker", shown[-1] if shown else marker),
        ("MaxParts", limit),
        ("IsTruncated", truncated),
        ("StorageClass", attributes.get("storage_class") or "Standard"),
        (
            "Part",
            [
                {
                    "PartNumber": n,
                    "LastModified": objects.iso_ms(upload["parts"][str(n)]["last_modified"]),
                    "ETag": f'"{upload["parts"][str(n)]["etag"]}"',
                    "HashCrc64ecma": upload["parts"][str(n)]["crc64"],
                    "Size": upload["parts"][str(n)]["size"],
                }
                for n in shown
            ],
        ),
    ]
    return xml_response("ListPartsResult", content)


def list_uploads(call: Call) -> Response:
    call.bucket_record()
    encode = encoder(call)
    prefix, delimiter = call.query("prefix") or "", call.query("delimiter") or ""
    key_marker, id_marker = call.query("key-marker") or "", call.query("upload-id-marker") or ""
    limit = max_keys(call, "max-uploads", default=1000, top=1000)
    uploads = sorted(
        (u["attributes"] for u in call.store.in_bucket(UPLOAD_TYPE, call.bucket or "")),
        key=lambda a: (a["key"].encode("utf-8"), a["initiated"], a["upload_id"]),
    )
    if key_marker:
        uploads = [
            a
            for a in uploads
            if a["key"] > key_marker or (id_marker and a["key"] == key_marker and a["upload_id"] > id_marker)
        ]
    page = walk(((a["key"], a) for a in uploads), prefix=prefix, delimiter=delimiter, max_keys=limit, marker=key_marker)
    last = page.last_item
    content: list[tuple[str, Any]] = [
        ("EncodingType", call.query("encoding-type") or None),
        ("Bucket", call.bucket),
        ("KeyMarker", encode(key_marker)),
        ("UploadIdMarker", id_marker),
        ("NextKeyMarker", encode(page.last) if page.truncated else ""),
        ("NextUploadIdMarker", last["upload_id"] if page.truncated and last else ""),
        ("Delimiter", encode(delimiter)),
        ("Prefix", encode(prefix)),
        ("MaxUploads", limit),
        ("IsTruncated", page.truncated),
        (
            "Upload",
            [
                {
                    "Key": encode(a["key"]),
                    "UploadId": a["upload_id"],
                    "StorageClass": a.get("storage_class") or "Standard",
                    "Initiated": objects.iso_ms(a["initiated"]),
                }
                for a in page.items
            ],
        ),
        ("CommonPrefixes", [{"Prefix": encode(p)} for p in page.prefixes]),
    ]
    return xml_response("ListMultipartUploadsResult", content)


ROUTES = {
    ("object", "POST", "uploads"): Route("oss:PutObject", initiate),
    ("object", "PUT", "uploadId"): Route("oss:PutObject", upload_part),
    ("object", "POST", "uploadId"): Route("oss:PutObject", complete),
    ("object", "DELETE", "uploadId"): Route("oss:AbortMultipartUpload", abort),
    ("object", "GET", "uploadId"): Route("oss:ListParts", list_parts),
    ("bucket", "GET", "uploads"): Route("oss:ListMultipartUploads", list_uploads),
}
