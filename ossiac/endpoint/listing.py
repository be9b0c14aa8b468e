"""Listing and batch deletion in a bucket: ListObjects (GetBucket), ListObjectsV2 (`list-type=2`),
ListObjectVersions (`?versions`) and DeleteMultipleObjects (`POST ?delete`).

Listings walk the keys in byte order (SQLite and Python both order UTF-8 text that way), skip what
the marker says was already returned, fold keys that share `prefix` + up to the next `delimiter`
into one CommonPrefix, and stop at `max-keys` entries (keys and common prefixes count alike).
With `encoding-type=url` the names in the answer are percent-encoded, as the SDK expects (it sends
that parameter on every listing and decodes the answer).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from werkzeug.wrappers import Response

from ossiac.endpoint import object_versions, objects, xmlio
from ossiac.endpoint.app import Call, Route, oss_response, xml_response
from ossiac.endpoint.errors import OssError, invalid_argument, malformed_xml
from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.identity import ACCOUNT_ID

MAX_KEYS = 1000
DEFAULT_MAX_KEYS = 100
MAX_DELETE = 1000
OWNER = {"ID": ACCOUNT_ID, "DisplayName": ACCOUNT_ID}


@dataclass
class Page:
    items: list[Any] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)
    truncated: bool = False
    last: str | None = None  # the name of the last entry returned (a key or a common prefix)
    last_item: Any = None  # its item (None for a common prefix)


def walk(entries: Iterable[tuple[str, Any]], *, prefix: str, delimiter: str, max_keys: int, marker: str = "") -> Page:
    """One page of sorted (name, item) entries already past the marker."""
    page, seen = Page(), set()
    count = 0
    for name, item in entries:
        if not name.startswith(prefix):
            continue
        folded = None
        if delimiter:
            at = name.find(delimiter, len(prefix))
            if at >= 0:
                folded = name[: at + len(delimiter)]
                if folded in seen or (marker and folded <= marker):
                    continue
        if count == max_keys:
            page.truncated = True
            break
        count += 1
        if folded is not None:
            seen.add(folded)
            page.prefixes.append(folded)
            page.last, page.last_item = folded, None
        else:
            page.items.append(item)
            page.last, page.last_item = name, item
    return page


def max_keys(call: Call, name: str = "max-keys", default: int = DEFAULT_MAX_KEYS, top: int = MAX_KEYS) -> int:
    text = call.query(name)
    if text is None or text == "":
        return default
    if not text.isdigit() or not 1 <= int(text) <= top:
        raise invalid_argument(f"{name} must be an integer between 1 and {top}.", name=name, value=text)
    return int(text)


def encoder(call: Call) -> Callable[[str | None], str | None]:
    """Names as the answer carries them: percent-encoded with encoding-type=url, else as they are."""
    kind = call.query("encoding-type")
    if kind not in (None, "", "url"):
        raise invalid_argument("encoding-type must be url.", name="encoding-type", value=kind)
    if kind == "url":
        return lambda name: None if name is None else quote(name, safe="")
    return lambda name: name


def _current_objects(call: Call) -> list[tuple[str, dict]]:
    rows = buckets.objects_in(call.store, call.bucket or "")
    return sorted(((r["attributes"].get("key") or r["id"], r) for r in rows), key=lambda e: e[0].encode("utf-8"))


def _contents(name: str, record: dict, encode, with_owner: bool) -> dict:
    facts = objects.describe(record)
    entry = {
        "Key": encode(name),
        "LastModified": objects.iso_ms(facts["last_modified"]),
        "ETag": f'"{facts["etag"]}"',
        "Type": facts["type"],
        "Size": facts["size"],
        "StorageClass": facts["storage_class"],
    }
    if with_owner:
        entry["Owner"] = OWNER
    return entry


def _token(name: str) -> str:
    return base64.urlsafe_b64encode(name.encode("utf-8")).decode()


def _untoken(token: str) -> str:
    try:
        return base64.b64decode(token.encode(), altchars=b"-_", validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        raise invalid_argument(
            "The continuation-token is not one this bucket handed out.", name="continuation-token", value=token
        ) from None


def list_objects(call: Call) -> Response:
    call.bucket_record()
    if call.query("list-type") == "2":
        return _list_v2(call)
    encode = encoder(call)
    prefix, delimiter, marker = call.query("prefix") or "", call.query("delimiter") or "", call.query("marker") or ""
    limit = max_keys(call)
    entries = (e for e in _current_objects(call) if e[0] > marker)
    page = walk(entries, prefix=prefix, delimiter=delimiter, max_keys=limit, marker=marker)
    content: list[tuple[str, Any]] = [
        ("Name", call.bucket),
        ("Prefix", encode(prefix)),
        ("Marker", encode(marker)),
        ("MaxKeys", limit),
        ("Delimiter", encode(delimiter)),
        ("IsTruncated", page.truncated),
        ("NextMarker", encode(page.last) if page.truncated else None),
        ("EncodingType", call.query("encoding-type") or None),
        ("Contents", [_contents(r["attributes"].get("key") or r["id"], r, encode, True) for r in page.items]),
        ("CommonPrefixes", [{"Prefix": encode(p)} for p in page.prefixes]),
    ]
    return xml_response("ListBucketResult", content)


def _list_v2(call: Call) -> Response:
    encode = encoder(call)
    prefix, delimiter = call.query("prefix") or "", call.query("delimiter") or ""
    token, start_after = call.query("continuation-token"), call.query("start-after") or ""
    after = _untoken(token) if token else start_after
    limit = max_keys(call)
    entries = (e for e in _current_objects(call) if e[0] > after)
    page = walk(entries, prefix=prefix, delimiter=delimiter, max_keys=limit, marker=after)
    with_owner = (call.query("fetch-owner") or "").lower() == "true"
    content: list[tuple[str, Any]] = [
        ("Name", call.bucket),
        ("Prefix", encode(prefix)),
        ("StartAfter", encode(start_after) or None),
        ("ContinuationToken", token or None),
        ("MaxKeys", limit),
        ("Delimiter", encode(delimiter)),
        ("IsTruncated", page.truncated),
        ("NextContinuationToken", _token(page.last) if page.truncated and page.last else None),
        ("EncodingType", call.query("encoding-type") or None),
        ("KeyCount", len(page.items) + len(page.prefixes)),
        ("Contents", [_contents(r["attributes"].get("key") or r["id"], r, encode, with_owner) for r in page.items]),
        ("CommonPrefixes", [{"Prefix": encode(p)} for p in page.prefixes]),
    ]
    return xml_response("ListBucketResult", content)


# -- versions ---------------------------------------------------------------------------------


def _all_versions(call: Call, bucket_record: dict) -> list[tuple[str, tuple[dict, str, bool]]]:
    """(key, (record, version id, is latest)) for every version of every key, keys in byte order,
    each key's versions newest first."""
    by_key: dict[str, list[tuple[dict, str, bool]]] = {}
    for record in buckets.objects_in(call.store, call.bucket or ""):
        key = record["attributes"].get("key") or record["id"]
        by_key.setdefault(key, []).append((record, object_versions.version_of(record, True), True))
    kept = call.store.in_bucket(object_versions.VERSION_TYPE, call.bucket or "")
    kept.sort(key=lambda r: int(r["attributes"].get("created_ns") or 0), reverse=True)
    for record in kept:
        key = record["attributes"]["key"]
        latest = key not in by_key
        by_key.setdefault(key, []).append((record, record["attributes"]["version_id"], latest))
    return [(key, entry) for key in sorted(by_key, key=lambda k: k.encode("utf-8")) for entry in by_key[key]]


def list_object_versions(call: Call) -> Response:
    bucket_record = call.bucket_record()
    encode = encoder(call)
    prefix, delimiter = call.query("prefix") or "", call.query("delimiter") or ""
    key_marker, version_marker = call.query("key-marker") or "", call.query("version-id-marker") or ""
    limit = max_keys(call)
    entries = _all_versions(call, bucket_record)
    if key_marker:
        past_key = next((i for i, (k, _e) in enumerate(entries) if k > key_marker), len(entries))
        start = past_key
        if version_marker:
            start = next(
                (i + 1 for i, (k, (_r, v, _l)) in enumerate(entries) if k == key_marker and v == version_marker),
                past_key,
            )
        entries = entries[start:]
    page = walk(entries, prefix=prefix, delimiter=delimiter, max_keys=limit, marker=key_marker)
    listed: list[tuple[str, Any]] = []
    for record, vid, latest in page.items:
        key = (
            record["attributes"]["key"]
            if record["type"] == object_versions.VERSION_TYPE
            else (record["attributes"].get("key") or record["id"])
        )
        if record["attributes"].get("delete_marker"):
            listed.append(
                (
                    "DeleteMarker",
                    {
                        "Key": encode(key),
                        "VersionId": vid,
                        "IsLatest": latest,
                        "LastModified": objects.iso_ms(record["attributes"]["last_modified"]),
                        "Owner": OWNER,
                    },
                )
            )
        else:
            entry = _contents(key, record, encode, True)
            listed.append(
                (
                    "Version",
                    {
                        "Key": entry["Key"],
                        "VersionId": vid,
                        "IsLatest": latest,
                        **{k: v for k, v in entry.items() if k != "Key"},
                    },
                )
            )
    next_key = next_version = None
    if page.truncated:
        next_key = page.last
        next_version = page.last_item[1] if page.last_item is not None else None
    content: list[tuple[str, Any]] = [
        ("Name", call.bucket),
        ("Prefix", encode(prefix)),
        ("KeyMarker", encode(key_marker)),
        ("VersionIdMarker", version_marker),
        ("MaxKeys", limit),
        ("Delimiter", encode(delimiter)),
        ("IsTruncated", page.truncated),
        ("NextKeyMarker", encode(next_key)),
        ("NextVersionIdMarker", next_version),
        ("EncodingType", call.query("encoding-type") or None),
        *listed,
        ("CommonPrefixes", [{"Prefix": encode(p)} for p in page.prefixes]),
    ]
    return xml_response("ListVersionsResult", content)


# -- DeleteMultipleObjects --------------------------------------------------------------------


def _check_md5(call: Call, body: bytes) -> None:
    sent = call.header("Content-MD5")
    if sent is None:
        raise OssError(
            400, "InvalidDigest", "Missing required header for this request: Content-MD5.", ec="0016-00000606"
        )
    if base64.b64encode(hashlib.md5(body).digest()).decode() != sent.strip():
        raise OssError(400, "InvalidDigest", "The Content-MD5 you specified is not valid.", ec="0016-00000301")


# Keys may hold control characters, which the SDK sends as character references (`&#01;`) that
# XML 1.0 forbids and a strict parser refuses: they travel through the parser as private-use
# characters and are turned back afterwards.
_CHAR_REF = re.compile(rb"&#(x[0-9a-fA-F]{1,6}|X[0-9a-fA-F]{1,6}|[0-9]{1,7});")
_STAND_IN = 0xF0000


def _control_refs_parked(body: bytes) -> bytes:
    def park(match: re.Match) -> bytes:
        text = match.group(1).decode()
        code = int(text[1:], 16) if text[0] in "xX" else int(text)
        return f"&#{_STAND_IN + code};".encode() if 0 < code < 0x20 and code not in (9, 10, 13) else match.group(0)

    return _CHAR_REF.sub(park, body)


def _control_refs_back(text: str) -> str:
    return "".join(chr(ord(c) - _STAND_IN) if _STAND_IN < ord(c) < _STAND_IN + 0x20 else c for c in text)


def delete_multiple_objects(call: Call) -> Response:
    bucket_record = call.bucket_record()
    body = call.body(call.limits.max_xml_bytes)
    _check_md5(call, body)
    document = xmlio.parse(_control_refs_parked(body), "Delete")
    quiet = (xmlio.text(document, "Quiet") or "false").lower() == "true"
    wanted: list[tuple[str, str | None]] = []
    for element in document.findall("Object"):
        key = _control_refs_back(element.findtext("Key") or "")
        if not key:
            raise malformed_xml("Each <Object> needs a <Key>.")
        wanted.append((key, xmlio.text(element, "VersionId") or None))
    if not wanted:
        raise malformed_xml("<Delete> needs at least one <Object>.")
    if len(wanted) > MAX_DELETE:
        raise malformed_xml(f"At most {MAX_DELETE} objects can be deleted in one request; {len(wanted)} were given.")
    for key, _vid in wanted:  # every key is authorized before anything is deleted
        call.endpoint.authorize(call, "oss:DeleteObject", bucket_record, key=key)
    encode = encoder(call)
    deleted, drop = [], []
    with call.store.transaction():
        for key, version_id in wanted:
            outcome = object_versions.delete(call.store, bucket_record, call.bucket or "", key, version_id)
            drop += outcome.drop
            entry: dict[str, Any] = {"Key": encode(key)}
            if version_id is not None:
                entry["VersionId"] = version_id
                if outcome.delete_marker:
                    entry.update({"DeleteMarker": True, "DeleteMarkerVersionId": version_id})
            elif outcome.delete_marker:
                entry.update({"DeleteMarker": True, "DeleteMarkerVersionId": outcome.version_id})
            deleted.append(entry)
    call.blobs.delete_all(drop)
    if quiet:
        return oss_response(b"", 200, content_type=None)
    return xml_response("DeleteResult", [("EncodingType", call.query("encoding-type") or None), ("Deleted", deleted)])


ROUTES = {
    ("bucket", "GET", None): Route("oss:ListObjects", list_objects),
    ("bucket", "GET", "versions"): Route("oss:ListObjectVersions", list_object_versions),
    ("bucket", "POST", "delete"): Route("oss:DeleteObject", delete_multiple_objects),
}
