"""Reading and checking a request's signature: V1 (`OSS ak:signature`, or `OSSAccessKeyId`/
`Signature` in the query) and V4 (`OSS4-HMAC-SHA256`, header or query).

The string to sign and the signature are computed by the official SDK's own signers
(`alibabacloud_oss_v2.signer`), fed with the request as received, so the endpoint agrees with
Alibaba's clients by construction rather than by a second reading of the documentation.
"""

from __future__ import annotations

import datetime
import hmac
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import unquote

from alibabacloud_oss_v2.signer.v1 import SignerV1
from alibabacloud_oss_v2.signer.v4 import SignerV4
from alibabacloud_oss_v2.types import HttpRequest, SigningContext

from ossiac.endpoint.errors import OssError, access_denied, invalid_argument

V1 = "OSS"
V4 = "OSS4-HMAC-SHA256"
MAX_SKEW = datetime.timedelta(minutes=15)
_LAST_SECOND = 253402300799  # 9999-12-31T23:59:59Z: a later V1 Expires means "never", not an overflow
# Query keys OSS documents as sub-resources of the V1 CanonicalizedResource, beyond the SDK's own set
# (the SDK adds an operation's sub-resource per call; a hand-signing client lists them all).
# Listing parameters (prefix, marker, max-keys, encoding-type, ...) are not among them: neither the
# Python nor the Go SDK (Terraform's oss backend) signs the `encoding-type=url` every listing sends.
_V1_SUBRESOURCES = frozenset(SignerV1._subresource_key_set) | {
    "cors",
    "referer",
    "website",
    "lifecycle",
    "logging",
    "encryption",
    "policy",
    "publicAccessBlock",
    "replication",
    "replicationProgress",
    "replicationLocation",
    "cname",
    "comp",
    "qos",
    "live",
    "status",
    "vod",
    "startTime",
    "endTime",
    "x-oss-process",
    "img",
    "style",
    "styleName",
    "inventory",
    "worm",
    "wormId",
    "wormExtend",
    "transferAcceleration",
    "requestPayment",
    "accessMonitor",
    "policyStatus",
    "resourceGroup",
    "stat",
    # The rest of what alibabacloud-oss-v2 names as its operations' sub-resources (so signs under V1);
    # the older oss2 SDK's list adds inventoryId, qosInfo, asyncFetch, metaQuery, x-oss-traffic-limit.
    "httpsConfig",
    "redundancyTransition",
    "x-oss-redundancy-transition-taskid",
    "x-oss-target-redundancy-type",
    "inventoryId",
    "metaQuery",
    "MetaQuery",
    "accessPoint",
    "accessPointPolicy",
    "x-oss-access-point-name",
    "userDefinedLogFieldsConfig",
    "quota",
    "overwriteConfig",
    "metadataConfiguration",
    "retention",
    "objectWorm",
    "legalHold",
    "bucketArchiveDirectRead",
    "seal",
    "rtc",
    "metadataJournalTable",
    "metadataInventoryTable",
    "dataPipeline",
    "cleanRestoredObject",
    "qosInfo",
    "asyncFetch",
    "x-oss-traffic-limit",
    "x-oss-request-payer",
}


@dataclass(frozen=True)
class Signature:
    """What a signed request claims; `matches(secret)` checks it. `string_to_sign` is what we
    signed when it did not match (OSS returns it in the error so a client can compare)."""

    version: str
    in_query: bool
    access_key_id: str
    security_token: str | None
    provided: str
    signed_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    region: str | None  # V4's signing region
    _expected: Callable[[str], tuple[str, str]]

    def matches(self, secret: str) -> tuple[bool, str]:
        expected, string_to_sign = self._expected(secret)
        return hmac.compare_digest(expected.encode(), self.provided.encode()), string_to_sign


@dataclass(frozen=True)
class Received:
    """The parts of a request a signature covers, as they arrived."""

    method: str
    raw_query: str
    headers: Mapping[str, str]
    bucket: str | None
    key: str | None


def received_headers(environ: Mapping[str, object]) -> dict[str, str]:
    """The request's headers from the WSGI environ, an empty Content-Type or Content-MD5 included
    (werkzeug's view drops an empty Content-Type, but a V4 signature covers it when it was sent)."""
    headers = {
        key[5:].replace("_", "-").lower(): str(value) for key, value in environ.items() if key.startswith("HTTP_")
    }
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if key in environ:
            headers[key.replace("_", "-").lower()] = str(environ[key])
    return headers


def _pairs(raw_query: str) -> list[tuple[str, str]]:
    """The query's pairs as sent, empty ones included (`?cors&`): the SDK's signer keeps them, and the
    URL rebuilt from these must canonicalize as the client's did."""
    return [(k, v) for k, _, v in (p.partition("=") for p in raw_query.split("&"))] if raw_query else []


def _url(pairs: list[tuple[str, str]]) -> str:
    query = "&".join(f"{k}={v}" if v else k for k, v in pairs)
    return "http://endpoint/" + (f"?{query}" if query else "")


def _context(
    received: Received, url: str, *, region: str | None = None, headers: Mapping[str, str] | None = None
) -> SigningContext:
    request = HttpRequest(received.method, url, dict(headers if headers is not None else received.headers))
    return SigningContext(product="oss", region=region, bucket=received.bucket, key=received.key, request=request)


def _http_date(value: str) -> datetime.datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.replace(tzinfo=parsed.tzinfo or datetime.UTC)


_ISO_BASIC = re.compile(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z", re.ASCII)


def _iso_date(value: str) -> datetime.datetime | None:
    """yyyymmddTHHMMSSZ (V4's x-oss-date), read without strptime, which costs more than the rest of
    reading a signature."""
    match = _ISO_BASIC.fullmatch(value)
    if match is None:
        return None
    try:
        year, month, day, hour, minute, second = map(int, match.groups())
        return datetime.datetime(year, month, day, hour, minute, second, tzinfo=datetime.UTC)
    except ValueError:  # month 13 and the like
        return None


def _v1_expected(
    received: Received, pairs: list[tuple[str, str]], date: str | None
) -> Callable[[str], tuple[str, str]]:
    keys = [unquote(k) for k, _ in pairs]

    def expected(secret: str) -> tuple[str, str]:
        signer = SignerV1()
        context = _context(received, _url(pairs))
        context.sub_resource = [k for k in keys if k in _V1_SUBRESOURCES]
        string_to_sign = signer._calc_string_to_sign(context, date=date)
        return signer._calc_signature(secret, string_to_sign), string_to_sign

    return expected


def _v4_expected(
    received: Received, pairs: list[tuple[str, str]], when: str, region: str, additional: list[str]
) -> Callable[[str], tuple[str, str]]:
    def expected(secret: str) -> tuple[str, str]:
        signer = SignerV4()
        headers = {k.lower(): v for k, v in received.headers.items()}
        context = _context(received, _url(pairs), region=region, headers=headers)
        canonical = signer._calc_canonical_request(context, additional_headers=additional)
        scope = signer._build_scope(date=when[:8], region=region, product="oss")
        string_to_sign = signer._calc_string_to_sign(when, scope, canonical)
        return signer._calc_signature(secret, when[:8], region, "oss", string_to_sign), string_to_sign

    return expected


def _v4_credential(credential: str) -> tuple[str, str, str]:
    """AccessKeyId, date and region of `<ak>/<yyyymmdd>/<region>/oss/aliyun_v4_request`."""
    parts = credential.split("/")
    if len(parts) != 5 or parts[3] != "oss" or parts[4] != "aliyun_v4_request" or not parts[0]:
        raise invalid_argument(
            "The Credential of a V4 signature must be <AccessKeyId>/<yyyymmdd>/<region>/oss/aliyun_v4_request.",
            name="Credential",
            value=credential,
        )
    return parts[0], parts[1], parts[2]


def read(received: Received) -> Signature | None:
    """The request's signature, or None for an anonymous request. Malformed ones raise OssError."""
    headers = {k.lower(): v for k, v in received.headers.items()}
    pairs = _pairs(received.raw_query)
    query = {unquote(k): unquote(v) for k, v in pairs}
    authorization = headers.get("authorization", "").strip()
    token = headers.get("x-oss-security-token") or headers.get("security-token")
    if authorization.startswith(V4 + " "):
        fields = dict(part.strip().partition("=")[::2] for part in authorization[len(V4) + 1 :].split(","))
        access_key_id, day, region = _v4_credential(fields.get("Credential", ""))
        when = headers.get("x-oss-date", "")
        signed_at = _iso_date(when)
        if signed_at is None or when[:8] != day:
            raise access_denied(
                "A V4 signed request needs an x-oss-date header (yyyymmddTHHMMSSZ) on the Credential's date."
            )
        additional = [h for h in fields.get("AdditionalHeaders", "").lower().split(";") if h]
        return Signature(
            V4,
            False,
            access_key_id,
            token,
            fields.get("Signature", ""),
            signed_at,
            None,
            region,
            _v4_expected(received, pairs, when, region, additional),
        )
    if authorization.startswith(V1 + " "):
        access_key_id, _, provided = authorization[len(V1) + 1 :].strip().rpartition(":")
        date = headers.get("x-oss-date") or headers.get("date", "")
        signed_at = _http_date(date)
        if signed_at is None:
            raise access_denied("A signed request needs a Date header (RFC 1123, GMT).")
        return Signature(
            V1, False, access_key_id, token, provided, signed_at, None, None, _v1_expected(received, pairs, None)
        )
    if authorization:
        raise invalid_argument(
            "Authorization header is invalid: OSS takes 'OSS <AccessKeyId>:<Signature>' "
            "or 'OSS4-HMAC-SHA256 Credential=...,Signature=...'.",
            name="Authorization",
            value=authorization[:64],
        )
    if query.get("x-oss-signature-version") == V4:
        access_key_id, day, region = _v4_credential(query.get("x-oss-credential", ""))
        when = query.get("x-oss-date", "")
        signed_at = _iso_date(when)
        try:
            lifetime = int(query.get("x-oss-expires", ""))
        except ValueError:
            lifetime = -1
        if signed_at is None or when[:8] != day or not 1 <= lifetime <= 7 * 86400:
            raise invalid_argument(
                "A V4 presigned URL needs x-oss-date on the Credential's date and "
                "x-oss-expires between 1 and 604800 seconds.",
                name="x-oss-expires",
                value=query.get("x-oss-expires", ""),
            )
        additional = [h for h in query.get("x-oss-additional-headers", "").lower().split(";") if h]
        unsigned = [(k, v) for k, v in pairs if unquote(k) != "x-oss-signature"]
        return Signature(
            V4,
            True,
            access_key_id,
            query.get("x-oss-security-token"),
            query.get("x-oss-signature", ""),
            signed_at,
            signed_at + datetime.timedelta(seconds=lifetime),
            region,
            _v4_expected(received, unsigned, when, region, additional),
        )
    if "OSSAccessKeyId" in query or "Signature" in query:
        expires = query.get("Expires", "")
        if not (expires.isascii() and expires.isdigit()):
            raise access_denied(
                "A V1 presigned URL needs OSSAccessKeyId, Expires (seconds since the epoch) and Signature."
            )
        unsigned = [(k, v) for k, v in pairs if unquote(k) not in ("Signature", "OSSAccessKeyId", "Expires")]
        return Signature(
            V1,
            True,
            query.get("OSSAccessKeyId", ""),
            query.get("security-token"),
            query.get("Signature", ""),
            None,
            datetime.datetime.fromtimestamp(min(int(expires), _LAST_SECOND), datetime.UTC),
            None,
            _v1_expected(received, unsigned, expires),
        )
    return None


def does_not_match(signature: Signature, string_to_sign: str) -> OssError:
    """OSS's SignatureDoesNotMatch, with what OSS adds so a client can compare: the string we signed
    (and its bytes in hex). EC: 0002-00000040 for a V1 Authorization header, 0002-00000201 for V4;
    OSS documents none for a V1 presigned URL."""
    ec = "0002-00000201" if signature.version == V4 else "" if signature.in_query else "0002-00000040"
    return OssError(
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the "
        "signature you provided. Check your key and signing method.",
        ec=ec,
        extra={
            "OSSAccessKeyId": signature.access_key_id,
            "SignatureProvided": signature.provided,
            "StringToSign": string_to_sign,
            "StringToSignBytes": " ".join(f"{b:02X}" for b in string_to_sign.encode("utf-8")),
        },
    )


def _iso(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def check_time(signature: Signature, now: datetime.datetime) -> None:
    """Expiry (presigned URLs) and clock skew over 15 minutes (signed headers), as OSS answers them.

    A presigned URL is good from its signing time (V4's x-oss-date, with 15 minutes' grace for a
    client clock ahead of ours) until it expires, however long after signing that is: only a
    request signed in its headers must arrive within 15 minutes of its Date.
    """
    if signature.expires_at is not None and now > signature.expires_at:
        # EC 0002-00000069 is OSS's for an expired V1 (and V2) URL; it documents none for V4's.
        raise OssError(
            403,
            "AccessDenied",
            "Request has expired.",
            ec="" if signature.version == V4 else "0002-00000069",
            extra={"Expires": _iso(signature.expires_at), "ServerTime": _iso(now)},
        )
    if signature.in_query:
        if signature.signed_at is not None and signature.signed_at - now > MAX_SKEW:
            raise access_denied(
                f"The presigned URL is not valid before its x-oss-date {_iso(signature.signed_at)} "
                f"(server time {_iso(now)})."
            )
        return
    if signature.signed_at is not None and abs(now - signature.signed_at) > MAX_SKEW:
        raise OssError(
            403,
            "RequestTimeTooSkewed",
            "The difference between the request time and the current time is too large.",
            ec="0002-00000504",
            extra={
                "RequestTime": _iso(signature.signed_at),
                "ServerTime": _iso(now),
                "MaxAllowedSkewMilliseconds": str(int(MAX_SKEW.total_seconds() * 1000)),
            },
        )
