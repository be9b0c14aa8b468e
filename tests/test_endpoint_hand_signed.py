"""A client with no SDK signs its requests by hand (V1, as Alibaba's docs describe it) and the
endpoint answers it as OSS does: signed PUT and GET work, with and without sub-resources, in the
Authorization header and in a presigned URL; a wrong signature and an anonymous read of a private
object are refused with OSS's XML error body.

The signer below is written from the documentation alone, not from any SDK:
  Signature = base64(hmac-sha1(AccessKeySecret, VERB + "\\n" + Content-MD5 + "\\n" + Content-Type + "\\n"
                                + Date + "\\n" + CanonicalizedOSSHeaders + CanonicalizedResource))
CanonicalizedOSSHeaders: each x-oss-* header, name in lower case, sorted, as "name:value\\n".
CanonicalizedResource: "/<bucket>/<key>" ("/<bucket>/" for a bucket, "/" for the service) and the
sub-resources, sorted, as "?acl" or "?a=1&b".
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import xml.etree.ElementTree as ET
from email.utils import formatdate
from urllib.parse import quote

import pytest
import requests

BUCKET = "hand-signed"


def string_to_sign(verb: str, resource: str, headers: dict[str, str], date: str) -> str:
    oss_headers = sorted((name.lower(), value) for name, value in headers.items() if name.lower().startswith("x-oss-"))
    return "\n".join(
        [
            verb,
            headers.get("Content-MD5", ""),
            headers.get("Content-Type", ""),
            date,
            "".join(f"{name}:{value}\n" for name, value in oss_headers) + resource,
        ]
    )


def signature(secret: str, text: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), text.encode(), hashlib.sha1).digest()).decode()


class HandSigner:
    """Signs and sends with `requests`, path-style, the way a shell script with curl would."""

    def __init__(self, endpoint, secret: str | None = None) -> None:
        self.url = endpoint.url
        self.key_id = endpoint.key.access_key_id
        self.secret = secret or endpoint.key.access_key_secret
        self.last_string_to_sign = ""

    def send(
        self,
        verb: str,
        bucket: str,
        key: str = "",
        *,
        subresource: str = "",
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        date: str | None = None,
    ) -> requests.Response:
        headers = dict(headers or {})
        headers["Date"] = date or formatdate(usegmt=True)
        resource = f"/{bucket}/{key}" + (f"?{subresource}" if subresource else "")
        self.last_string_to_sign = string_to_sign(verb, resource, headers, headers["Date"])
        headers["Authorization"] = f"OSS {self.key_id}:{signature(self.secret, self.last_string_to_sign)}"
        url = f"{self.url}/{bucket}/{quote(key)}" + (f"?{subresource}" if subresource else "")
        return requests.request(verb, url, data=body, headers=headers, timeout=30)

    def presigned_url(self, verb: str, bucket: str, key: str, expires: int) -> str:
        text = string_to_sign(verb, f"/{bucket}/{key}", {}, str(expires))
        return (
            f"{self.url}/{bucket}/{quote(key)}?OSSAccessKeyId={self.key_id}&Expires={expires}"
            f"&Signature={quote(signature(self.secret, text), safe='')}"
        )


def oss_error(response: requests.Response) -> ET.Element:
    """The response's body, which must be OSS's error document."""
    assert response.headers["Content-Type"].startswith("application/xml"), response.headers
    body = ET.fromstring(response.content)
    assert body.tag == "Error"
    assert all(body.findtext(name) for name in ("Code", "Message", "RequestId", "HostId")), response.text
    assert body.findtext("RequestId") == response.headers["x-oss-request-id"]
    return body


@pytest.fixture()
def signer(endpoint) -> HandSigner:
    signer = HandSigner(endpoint)
    created = signer.send("PUT", BUCKET)
    assert created.status_code == 200, created.text
    return signer


def test_v1_signed_put_and_get_work(signer):
    body = b"signed by hand\n"
    headers = {
        "Content-Type": "text/plain",
        "Content-MD5": base64.b64encode(hashlib.md5(body).digest()).decode(),
        "x-oss-meta-Author": "a shell script",
        "X-OSS-Object-ACL": "private",
    }
    put = signer.send("PUT", BUCKET, "notes/today.txt", body=body, headers=headers)
    assert put.status_code == 200, put.text
    assert put.headers["ETag"] == f'"{hashlib.md5(body).hexdigest().upper()}"'

    got = signer.send("GET", BUCKET, "notes/today.txt")
    assert got.status_code == 200, got.text
    assert got.content == body
    assert got.headers["Content-Type"] == "text/plain"
    assert got.headers["x-oss-meta-author"] == "a shell script"


def test_a_wrong_signature_gets_signature_does_not_match_with_the_string_we_signed(endpoint, signer):
    wrong = HandSigner(endpoint, secret="not-the-secret-at-all")
    refused = wrong.send("PUT", BUCKET, "k", body=b"x", headers={"Content-Type": "text/plain"})
    assert refused.status_code == 403
    error = oss_error(refused)
    assert error.findtext("Code") == "SignatureDoesNotMatch"
    assert error.findtext("EC") == "0002-00000040"
    assert error.findtext("OSSAccessKeyId") == endpoint.key.access_key_id
    # The server signed exactly the string the documentation told us to sign.
    assert error.findtext("StringToSign") == wrong.last_string_to_sign
    assert signer.send("GET", BUCKET, "k").status_code == 404  # and nothing was written


def test_an_anonymous_get_of_a_private_object_gets_access_denied(endpoint, signer):
    assert signer.send("PUT", BUCKET, "private.txt", body=b"secret").status_code == 200
    refused = requests.get(f"{endpoint.url}/{BUCKET}/private.txt", timeout=30)
    assert refused.status_code == 403
    assert oss_error(refused).findtext("Code") == "AccessDenied"
    assert b"secret" not in refused.content


def test_a_sub_resource_is_signed_in_the_canonical_resource(endpoint, signer):
    assert signer.send("PUT", BUCKET, "shared.txt", body=b"for everyone").status_code == 200
    made_public = signer.send("PUT", BUCKET, subresource="acl", headers={"x-oss-acl": "public-read"})
    assert made_public.status_code == 200, made_public.text

    acl = signer.send("GET", BUCKET, subresource="acl")
    assert acl.status_code == 200, acl.text
    assert ET.fromstring(acl.content).findtext("AccessControlList/Grant") == "public-read"
    assert requests.get(f"{endpoint.url}/{BUCKET}/shared.txt", timeout=30).content == b"for everyone"

    # Signed without its sub-resource, the request is a different one: refused.
    sneaky = dict(Date=formatdate(usegmt=True))
    text = string_to_sign("GET", f"/{BUCKET}/", sneaky, sneaky["Date"])
    sneaky["Authorization"] = f"OSS {signer.key_id}:{signature(signer.secret, text)}"
    refused = requests.get(f"{endpoint.url}/{BUCKET}/?acl", headers=sneaky, timeout=30)
    assert refused.status_code == 403
    assert oss_error(refused).findtext("Code") == "SignatureDoesNotMatch"


def test_a_hand_made_presigned_url_works_until_it_expires(endpoint, signer):
    assert signer.send("PUT", BUCKET, "shared/link.txt", body=b"linked").status_code == 200
    good = signer.presigned_url("GET", BUCKET, "shared/link.txt", int(time.time()) + 600)
    assert requests.get(good, timeout=30).content == b"linked"

    expired = signer.presigned_url("GET", BUCKET, "shared/link.txt", int(time.time()) - 60)
    refused = requests.get(expired, timeout=30)
    assert refused.status_code == 403
    error = oss_error(refused)
    assert (error.findtext("Code"), error.findtext("Message")) == ("AccessDenied", "Request has expired.")
    assert error.findtext("EC") == "0002-00000069"


def test_virtual_hosted_style_is_signed_with_the_bucket_in_the_resource(endpoint, signer):
    assert signer.send("PUT", BUCKET, "vh.txt", body=b"virtual").status_code == 200
    headers = {"Date": formatdate(usegmt=True), "Host": f"{BUCKET}.localhost:{endpoint.port}"}
    text = string_to_sign("GET", f"/{BUCKET}/vh.txt", headers, headers["Date"])
    headers["Authorization"] = f"OSS {signer.key_id}:{signature(signer.secret, text)}"
    got = requests.get(f"{endpoint.url}/vh.txt", headers=headers, timeout=30)
    assert (got.status_code, got.content) == (200, b"virtual")
