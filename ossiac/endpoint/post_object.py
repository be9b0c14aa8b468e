"""PostObject: a browser's form upload, `POST /` to the bucket with a multipart/form-data body.

A form carries its own authentication: a base64 JSON policy (expiration and conditions the form must
meet) and a signature over that policy, V1 (`OSSAccessKeyId`, `Signature` = base64 HMAC-SHA1) or V4
(`x-oss-signature-version`, `x-oss-credential`, `x-oss-date`, `x-oss-signature` = hex HMAC-SHA256
with the V4 signing key), with `x-oss-security-token` for STS credentials. So the route has no
action: this handler checks the form, then asks the one engine about `oss:PutObject` on the key
(a form without a signature is anonymous, which only a public-read-write bucket lets write), and
stores through PutObject's own steps (`objects.new_record`, `objects.commit`).

The signatures are computed with the official SDK's own signers (HMAC-SHA1 of V1, the V4 signing
key and HMAC of V4), as `signatures.py` does for headers and URLs. Field names are case-insensitive
and values are not, as OSS documents. Unlike OSS, fields after `file` are read too.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import quote, urlencode, urlsplit

from alibabacloud_oss_v2.signer.v1 import SignerV1
from alibabacloud_oss_v2.signer.v4 import SignerV4
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import FormDataParser
from werkzeug.wrappers import Response

from ossiac.authz.cors import evaluate_cors
from ossiac.authz.model import AccessRequest, Credentials
from ossiac.endpoint import access, object_sse, objects, principals, signatures
from ossiac.endpoint.app import Call, Route, entity_too_large, oss_response, xml_response
from ossiac.endpoint.errors import OssError, access_denied, invalid_argument
from ossiac.endpoint.routing import check_key

V4_ALGORITHM = signatures.V4
MAX_V4_AGE = datetime.timedelta(days=7)
_SUCCESS_STATUSES = {"200": 200, "201": 201, "204": 204}


@dataclass
class Form:
    """The fields (names lower-cased, first value kept) and the file part, as the form arrived."""

    fields: dict[str, str]
    file: IO[bytes] | None
    filename: str | None
    file_type: str | None
    size: int = 0

    def get(self, name: str) -> str | None:
        return self.fields.get(name.lower())


def malformed_post(detail: str) -> OssError:
    return OssError(
        400,
        "MalformedPOSTRequest",
        f"The body of your POST request is not well-formed multipart/form-data. {detail}".strip(),
    )


def invalid_policy(detail: str) -> OssError:
    return OssError(400, "InvalidPolicyDocument", f"Invalid Policy: {detail}")


def policy_failed(detail: str) -> OssError:
    return access_denied(f"Invalid according to Policy: {detail}")


def signature_does_not_match(access_key_id: str, string_to_sign: str) -> OssError:
    return OssError(
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the "
        "signature you provided. Check your key and signing method.",
        ec="0002-00000040",
        extra={"OSSAccessKeyId": access_key_id, "StringToSign": string_to_sign},
    )


# --- reading the form -------------------------------------------------------------------------------


def _size(stream: IO[bytes]) -> int:
    stream.seek(0, 2)
    size = stream.tell()
    stream.seek(0)
    return size


def read_form(call: Call) -> Form:
    """The multipart body, fields held in memory up to the XML cap each, the file spooled to disk."""
    request = call.request
    if request.mimetype != "multipart/form-data":
        raise malformed_post("PostObject takes Content-Type multipart/form-data.")
    fields_cap = call.limits.max_xml_bytes
    length = request.content_length
    if length is not None and length > call.limits.max_object_bytes + fields_cap:
        raise entity_too_large(call.limits.max_object_bytes)
    parser = FormDataParser(max_form_memory_size=fields_cap, silent=False, max_form_parts=1000)
    try:
        _, fields, files = parser.parse(request.stream, request.mimetype, length, request.mimetype_params)
    except RequestEntityTooLarge:
        raise invalid_argument(f"A form field is larger than {fields_cap} bytes.", name="form") from None
    except ValueError as error:
        raise malformed_post(str(error)) from None
    values: dict[str, str] = {}
    for name, value in fields.items(multi=True):
        values.setdefault(name.lower(), value)
    upload = files.get("file")
    if upload is None:
        for name, part in files.items(multi=True):
            if name.lower() == "file":
                upload = part
                break
    if upload is not None:
        stream = upload.stream
        return Form(values, stream, upload.filename, upload.mimetype or None, _size(stream))
    if "file" in values:  # its bytes were decoded as text: refused rather than stored altered
        raise invalid_argument(
            "The file form field must be a file part: its Content-Disposition needs a "
            "filename (browsers always send one).",
            name="file",
        )
    return Form(values, None, None, None, 0)


# --- the policy ------------------------------------------------------------------------------------


def decode_policy(encoded: str) -> dict[str, Any]:
    try:
        document = json.loads(base64.b64decode(encoded.strip(), validate=True).decode("utf-8"))
    except (binascii.Error, ValueError):
        raise invalid_policy("the policy form field is not base64-encoded UTF-8 JSON.") from None
    if not isinstance(document, dict):
        raise invalid_policy("the policy must be a JSON object.")
    if "expiration" not in document:
        raise invalid_policy("Policy missing expiration.")
    if not isinstance(document.get("conditions"), list):
        raise invalid_policy("Policy missing conditions.")
    return document


def parse_expiration(value: object) -> datetime.datetime:
    text = str(value)
    for pattern in ("%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ"):
        try:
            return datetime.datetime.strptime(text, pattern).replace(tzinfo=datetime.UTC)
        except ValueError:
            continue
    raise invalid_policy(f"Invalid 'expiration' value: {text!r} (ISO 8601 in UTC, e.g. 2030-01-01T12:00:00.000Z).")


def _field_name(reference: object, condition: object) -> str:
    if not isinstance(reference, str) or not reference.startswith("$") or len(reference) < 2:
        raise invalid_policy(f"Invalid Condition {_render(condition)}: the field must be named '$<field>'.")
    return reference[1:].lower()


def _render(condition: object) -> str:
    return json.dumps(condition, separators=(", ", ": "), ensure_ascii=False)


def check_conditions(document: Mapping[str, Any], values: Mapping[str, str], size: int) -> None:
    """Each condition against the form's values (`values`: lower-cased names, `bucket` and the final key
    included); the first one that fails refuses the upload with OSS's message."""
    for condition in document["conditions"]:
        if isinstance(condition, dict):
            if len(condition) != 1:
                raise invalid_policy(
                    "Invalid Simple-Condition: Simple-Conditions must have exactly one property specified."
                )
            ((name, wanted),) = condition.items()
            if values.get(str(name).lower()) != str(wanted):
                raise policy_failed(f'Policy Condition failed: ["eq", "${name}", {json.dumps(wanted)}]')
            continue
        if not isinstance(condition, list) or not condition or not isinstance(condition[0], str):
            raise invalid_policy(f"Invalid Condition {_render(condition)}.")
        operator = condition[0].lower()
        if operator == "content-length-range":
            if (
                len(condition) != 3
                or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in condition[1:])
                or condition[1] > condition[2]
            ):
                raise invalid_policy(f"Invalid content-length-range {_render(condition)}: two sizes, min <= max.")
            if not condition[1] <= size <= condition[2]:
                raise OssError(
                    400,
                    "EntityTooLarge" if size > condition[2] else "EntityTooSmall",
                    f"Your proposed upload size {size} is outside the policy's content-length-range "
                    f"{condition[1]}..{condition[2]}.",
                )
            continue
        if len(condition) != 3:
            raise invalid_policy(f'Invalid Condition {_render(condition)}: [operator, "$field", value].')
        name, wanted = _field_name(condition[1], condition), condition[2]
        actual = values.get(name, "")
        if operator in ("eq", "starts-with"):
            if not isinstance(wanted, str):
                raise invalid_policy(f"Invalid Condition {_render(condition)}: {operator} takes a string.")
            passed = actual == wanted if operator == "eq" else actual.startswith(wanted)
        elif operator in ("in", "not-in"):
            if not isinstance(wanted, list):
                raise invalid_policy(f"Invalid Condition {_render(condition)}: {operator} takes a list.")
            passed = (actual in [str(v) for v in wanted]) == (operator == "in")
        else:
            raise invalid_policy(f"Invalid Condition {_render(condition)}: unknown operator {condition[0]!r}.")
        if not passed:
            raise policy_failed(f"Policy Condition failed: {_render(condition)}")


# --- the signature ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormSignature:
    version: str
    access_key_id: str
    security_token: str | None
    provided: str
    region: str | None
    signed_at: datetime.datetime | None

    def expected(self, secret: str, policy: str) -> str:
        if self.version == V4_ALGORITHM:
            day = self.signed_at.strftime("%Y%m%d") if self.signed_at else ""
            return SignerV4()._calc_signature(secret, day, self.region or "", "oss", policy)
        return SignerV1()._calc_signature(secret, policy)


def read_signature(form: Form) -> FormSignature | None:
    """The form's signature fields, or None for an anonymous form. Incomplete ones are refused."""
    token = form.get("x-oss-security-token")
    version = form.get("x-oss-signature-version")
    if version is not None:
        if version != V4_ALGORITHM:
            raise invalid_argument(
                f"x-oss-signature-version must be {V4_ALGORITHM}.", name="x-oss-signature-version", value=version
            )
        access_key_id, day, region = signatures._v4_credential(form.get("x-oss-credential") or "")
        when = form.get("x-oss-date") or ""
        signed_at = signatures._iso_date(when)
        if signed_at is None or when[:8] != day:
            raise invalid_argument(
                "x-oss-date must be yyyymmddTHHMMSSZ on the date of x-oss-credential.", name="x-oss-date", value=when
            )
        if not form.get("x-oss-signature"):
            raise access_denied("The x-oss-signature form field is missing or empty.", ec="0002-00000704")
        return FormSignature(V4_ALGORITHM, access_key_id, token, form.get("x-oss-signature") or "", region, signed_at)
    v1_key_id, provided = form.get("ossaccesskeyid"), form.get("signature")
    if v1_key_id is None and provided is None:
        return None
    if not v1_key_id:
        raise invalid_argument("A signed form needs the OSSAccessKeyId field.", name="OSSAccessKeyId")
    if not provided:
        raise access_denied("The Signature form field is missing or empty.", ec="0002-00000703")
    return FormSignature("OSS", v1_key_id, token, provided, None, None)


def _v4_policy_names(document: Mapping[str, Any]) -> dict[str, str]:
    """The exact values a V4 policy pins, by lower-cased name ({"name": v} or ["eq", "$name", v])."""
    pinned: dict[str, str] = {}
    for condition in document["conditions"]:
        if isinstance(condition, dict) and len(condition) == 1:
            ((name, value),) = condition.items()
            pinned[str(name).lower()] = str(value)
        elif (
            isinstance(condition, list)
            and len(condition) == 3
            and str(condition[0]).lower() == "eq"
            and isinstance(condition[1], str)
        ):
            pinned[condition[1].lstrip("$").lower()] = str(condition[2])
    return pinned


def check_v4_policy(document: Mapping[str, Any], form: Form, signature: FormSignature) -> None:
    """A V4 policy names the signature's version, credential and date (and the STS token) itself, so the
    signed policy cannot be replayed with other credentials."""
    pinned = _v4_policy_names(document)
    needed = ["x-oss-signature-version", "x-oss-credential", "x-oss-date"]
    if signature.security_token:
        needed.append("x-oss-security-token")
    for name in needed:
        if name not in pinned:
            raise invalid_policy(f'a V4 policy must contain the condition {{"{name}": ...}}.')
        if pinned[name] != (form.get(name) or ""):
            raise policy_failed(f'Policy Condition failed: ["eq", "${name}", {json.dumps(pinned[name])}]')


def check_v4_time(signature: FormSignature, now: datetime.datetime) -> None:
    signed_at = signature.signed_at
    if signed_at is None:
        return
    if signed_at - now > signatures.MAX_SKEW:
        raise OssError(
            403,
            "RequestTimeTooSkewed",
            "The difference between the request time and the current time is too large.",
            ec="0002-00000504",
            extra={
                "RequestTime": signed_at.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "ServerTime": now.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            },
        )
    if now - signed_at > MAX_V4_AGE:
        raise access_denied("Request has expired: x-oss-date is more than 7 days old.", ec="0002-00000069")


def authenticate(call: Call, form: Form, policy_text: str | None, now: datetime.datetime) -> dict[str, Any] | None:
    """Who signed the form (set on `call`), and its policy document; None for an anonymous form."""
    signature = read_signature(form)
    if signature is None:
        return decode_policy(policy_text) if policy_text else None
    if not policy_text:
        raise invalid_argument("A signed form needs the policy field.", name="policy")
    document = decode_policy(policy_text)
    resolved = principals.resolve(
        call.store, call.endpoint.cloud_dir, signature.access_key_id, signature.security_token
    )
    if not hmac.compare_digest(signature.expected(resolved.secret, policy_text).encode(), signature.provided.encode()):
        raise signature_does_not_match(signature.access_key_id, policy_text)
    if signature.version == V4_ALGORITHM:
        check_v4_time(signature, now)
        check_v4_policy(document, form, signature)
    call.principal = resolved.principal
    call.signed_region = signature.region
    call.credentials = Credentials.AUTHORIZATION_HEADER  # the signature travels in the body, not the URL
    return document


# --- the upload ------------------------------------------------------------------------------------


def _key(form: Form) -> str:
    template = form.get("key")
    if not template:
        raise invalid_argument("The key form field is missing: name the object to write.", name="key")
    key = template.replace("${filename}", (form.filename or "").replace("\\", "/").rsplit("/", 1)[-1])
    return check_key(key.encode("utf-8"))


def _content_type(form: Form) -> str:
    return form.get("x-oss-content-type") or form.get("content-type") or form.file_type or "application/octet-stream"


def _cors_headers(call: Call, record: dict) -> dict[str, str]:
    """The CORS headers the bucket's rules give this Origin on a POST. They go on every answer, refusals
    included (as the engine puts them on its own), so the page's script can read OSS's error."""
    request = AccessRequest(
        action="oss:PutObject", bucket=call.bucket, key=None, method="POST", origin=call.header("Origin")
    )
    return dict(evaluate_cors(access.bucket_view(record).cors, request).headers)


def _answer(call: Call, form: Form, key: str, etag: str, headers: dict[str, str]) -> Response:
    redirect = form.get("success_action_redirect")
    if redirect and urlsplit(redirect).scheme in ("http", "https"):
        query = urlencode({"bucket": call.bucket, "key": key, "etag": f'"{etag}"'})
        location = f"{redirect}{'&' if urlsplit(redirect).query else '?'}{query}"
        return oss_response(b"", 303, content_type=None, headers={**headers, "Location": location})
    status = _SUCCESS_STATUSES.get(form.get("success_action_status") or "", 204)
    if status == 201:
        base = call.request.host_url.rstrip("/") + ("" if call.address.style == "virtual" else f"/{call.bucket}")
        location = f"{base}/{quote(key)}"
        response = xml_response(
            "PostResponse", {"Bucket": call.bucket, "Location": location, "Key": key, "ETag": f'"{etag}"'}, 201
        )
        response.headers.update(headers)
        return response
    return oss_response(b"", status, content_type=None, headers=headers)


def post_object(call: Call) -> Response:
    record = call.bucket_record()
    cors = _cors_headers(call, record)
    try:
        return _post(call, record)
    except OssError as error:
        error.headers = {**cors, **error.headers}
        raise
    finally:
        call.cors_headers = {**cors, **call.cors_headers}


def _post(call: Call, record: dict) -> Response:
    now = datetime.datetime.now(datetime.UTC)
    form = read_form(call)
    try:
        document = authenticate(call, form, form.get("policy"), now)
        if form.file is None:
            raise invalid_argument(
                "The file form field is missing: a form upload needs the file, as its last field.", name="file"
            )
        key = _key(form)
        if document is not None:
            if now > parse_expiration(document["expiration"]):
                raise policy_failed("Policy expired.")
            values = {**form.fields, "bucket": call.bucket or "", "key": key, "content-type": _content_type(form)}
            check_conditions(document, values, form.size)
        acl = objects.choice(form.get("x-oss-object-acl") or "default", objects.OBJECT_ACLS, "x-oss-object-acl")
        call.endpoint.authorize(call, "oss:PutObject", record, key=key)
        return _store(call, record, form, form.file, key, acl)
    finally:
        if form.file is not None:
            form.file.close()


def _store(call: Call, record: dict, form: Form, upload: IO[bytes], key: str, acl: str) -> Response:
    """PutObject's steps with PutObject's own functions: the bucket's default encryption, the bytes
    fsynced as a blob, then the record committed (`objects.new_record`, `objects.commit`)."""
    sse = object_sse.for_write(call, record)  # the bucket's default rule (a form's own SSE fields are not read)
    upload.seek(0)
    written = objects.store_body(call, upload, form.get("content-md5"), None)
    meta = {name[len("x-oss-meta-") :]: value for name, value in form.fields.items() if name.startswith("x-oss-meta-")}
    etag = written.md5.upper()
    stored = objects.new_record(
        call, record, key, written, etag=etag, content_type=_content_type(form), acl=acl, meta=meta, sse=sse
    )
    version_id = objects.commit(call, record, stored)
    headers = {"ETag": f'"{etag}"', "x-oss-hash-crc64ecma": written.crc64, **object_sse.headers(sse)}
    if version_id is not None:
        headers["x-oss-version-id"] = version_id
    return _answer(call, form, key, etag, headers)


ROUTES = {
    # No action: the form authenticates itself, and the handler asks the engine about oss:PutObject on the key.
    ("bucket", "POST", None): Route(None, post_object),
}
