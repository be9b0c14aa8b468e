"""Bad input gets OSS's answer, never a traceback or a bare 500 (issue 28, acceptance 7): malformed
or hostile XML, oversized headers and bodies (with the caps set through the environment), bad,
expired and skewed signatures, object keys and bucket names OSS refuses, and concurrent writers to
one key. Real clients only: the official SDK (its signers for requests it would not make itself),
`requests`, and `http.client` where nothing may be normalised away.
"""

from __future__ import annotations

import base64
import datetime
import http.client
import socket
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import alibabacloud_oss_v2 as oss
import pytest
import requests
from alibabacloud_oss_v2.signer.v1 import SignerV1
from alibabacloud_oss_v2.signer.v4 import SignerV4
from alibabacloud_oss_v2.types import Credentials, HttpRequest, OperationInput, SigningContext

from harness import Endpoint
from ossiac.endpoint.limits import ENV_MAX_HEADER_BYTES, ENV_MAX_OBJECT_BYTES, ENV_MAX_XML_BYTES
from ossiac.localcloud.blobs import Blobs

UTC = datetime.UTC


# --- helpers -----------------------------------------------------------------------------------


def raw(
    endpoint,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
    host: str | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One request exactly as written (no quoting, no added headers), and its answer."""
    conn = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=30)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", host or f"127.0.0.1:{endpoint.port}")
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def oss_error(status: int, headers: dict[str, str], body: bytes, code: str, http_status: int) -> ET.Element:
    """Checks OSS's error answer: the status, an XML `Error` with Code, Message, RequestId, HostId."""
    assert status == http_status, (status, body[:300])
    assert headers["content-type"].startswith("application/xml"), headers
    error = ET.fromstring(body)
    assert error.tag == "Error"
    assert all(error.findtext(name) for name in ("Code", "Message", "RequestId", "HostId")), body
    assert error.findtext("Code") == code, body
    return error


def refused(call) -> oss.exceptions.ServiceError:
    """The SDK's view of a refusal: OSS's parsed error document."""
    with pytest.raises(oss.exceptions.OperationError) as caught:
        call()
    error = caught.value.unwrap()
    assert isinstance(error, oss.exceptions.ServiceError), error
    assert all(error.error_fileds.get(name) for name in ("Code", "Message", "RequestId", "HostId")), error.error_fileds
    return error


def sdk_signed(
    endpoint,
    method: str,
    bucket: str,
    key: str | None = None,
    *,
    version: str = "v4",
    at: datetime.datetime | None = None,
    until: datetime.datetime | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[str, dict[str, str]]:
    """A request signed by the SDK's own signer at a chosen time: in its headers, or (with `until`) as a
    presigned URL. Returns the URL and the headers to send."""
    url = f"{endpoint.url}/{bucket}/" + (key or "")
    request = HttpRequest(method, url, dict(headers or {}))
    context = SigningContext(
        product="oss",
        region="cn-hangzhou",
        bucket=bucket,
        key=key,
        request=request,
        credentials=Credentials(endpoint.key.access_key_id, endpoint.key.access_key_secret),
        signing_time=at,
    )
    if until is not None:
        context.auth_method_query = True
        context.expiration_time = until
    (SignerV4() if version == "v4" else SignerV1()).sign(context)
    return request.url, dict(request.headers)


def make_bucket(endpoint, name: str) -> oss.Client:
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket=name))
    return client


def bucket_names(client: oss.Client) -> list[str]:
    return [b.name for b in client.list_buckets(oss.ListBucketsRequest()).buckets or []]


# --- malformed and hostile XML -----------------------------------------------------------------

HOSTILE_XML = {
    "truncated": b"<CreateBucketConfiguration><StorageClass>IA</Stora",
    "wrong root": b"<BucketConfiguration><StorageClass>IA</StorageClass></BucketConfiguration>",
    "billion laughs": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b"]><CreateBucketConfiguration><StorageClass>&lol9;</StorageClass>"
    b"</CreateBucketConfiguration>",
    "external entity": b'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<CreateBucketConfiguration><StorageClass>&x;</StorageClass></CreateBucketConfiguration>",
    "unknown encoding": b'<?xml version="1.0" encoding="no-such-encoding"?><CreateBucketConfiguration/>',
}


@pytest.mark.parametrize("body", HOSTILE_XML.values(), ids=list(HOSTILE_XML))
def test_malformed_xml_on_put_bucket_is_malformed_xml_and_creates_nothing(endpoint, body):
    client = endpoint.client()
    error = refused(
        lambda: client.invoke_operation(
            OperationInput(
                op_name="PutBucket",
                method="PUT",
                bucket="hostile-xml",
                body=body,
                headers={"Content-Type": "application/xml"},
            )
        )
    )
    assert (error.status_code, error.code) == (400, "MalformedXML")
    assert "root:" not in error.message  # nothing was read from /etc/passwd
    assert "hostile-xml" not in bucket_names(client)


@pytest.mark.parametrize("body", HOSTILE_XML.values(), ids=list(HOSTILE_XML))
def test_malformed_xml_on_a_bucket_setting_changes_nothing(endpoint, body):
    client = make_bucket(endpoint, "cors-kept")
    rule = oss.CORSRule(allowed_origins=["https://app.example"], allowed_methods=["GET"])
    client.put_bucket_cors(
        oss.PutBucketCorsRequest(bucket="cors-kept", cors_configuration=oss.CORSConfiguration(cors_rules=[rule]))
    )
    error = refused(
        lambda: client.invoke_operation(
            OperationInput(
                op_name="PutBucketCors",
                method="PUT",
                bucket="cors-kept",
                parameters={"cors": ""},
                body=body,
                headers={"Content-Type": "application/xml"},
                op_metadata={"sub-resource": ["cors"]},
            )
        )
    )
    assert (error.status_code, error.code) == (400, "MalformedXML")
    kept = client.get_bucket_cors(oss.GetBucketCorsRequest(bucket="cors-kept")).cors_configuration.cors_rules
    assert [(r.allowed_origins, r.allowed_methods) for r in kept] == [(["https://app.example"], ["GET"])]


# --- requests the HTTP server refuses before the endpoint sees them -------------------------------


@pytest.mark.parametrize(
    "wire, status, code",
    [
        (b"BROKEN\r\n\r\n", 400, "InvalidArgument"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n", 400, "InvalidArgument"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400, "InvalidArgument"),
        (b"PUT /b/k HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400, "InvalidArgument"),
        (b"PUT /b/k HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501, "NotImplemented"),
    ],
    ids=["request-line", "header-line", "negative-length", "broken-chunks", "unknown-transfer-encoding"],
)
def test_requests_the_http_server_cannot_read_get_oss_xml(endpoint, wire, status, code):
    with socket.create_connection(("127.0.0.1", endpoint.port), timeout=30) as conn:
        conn.sendall(wire)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    oss_error(int(lines[0].split()[1]), headers, body, code=code, http_status=status)


# --- HEAD: no body, so the error document travels in x-oss-err ---------------------------------


@pytest.mark.parametrize("bucket, code", [("heads", "NoSuchKey"), ("no-such-bucket", "NoSuchBucket")])
def test_a_refused_head_tells_the_sdk_its_code(endpoint, bucket, code):
    make_bucket(endpoint, "heads")
    error = refused(lambda: endpoint.client().head_object(oss.HeadObjectRequest(bucket=bucket, key="missing")))
    assert (error.status_code, error.code) == (404, code)
    _, signed = sdk_signed(endpoint, "HEAD", bucket, "missing")
    status, headers, body = raw(endpoint, "HEAD", f"/{bucket}/missing", headers=signed)
    assert body == b""
    oss_error(status, headers, base64.b64decode(headers["x-oss-err"]), code=code, http_status=404)


# --- caps on headers and bodies, set through the environment ----------------------------------


@pytest.fixture()
def capped(tmp_path: Path, monkeypatch):
    """The endpoint with small caps, set as a user sets them: in the environment of the server."""
    monkeypatch.setenv(ENV_MAX_HEADER_BYTES, "2048")
    monkeypatch.setenv(ENV_MAX_OBJECT_BYTES, "4096")
    monkeypatch.setenv(ENV_MAX_XML_BYTES, "1024")
    served = Endpoint(tmp_path / "capped")
    yield served
    served.close()


def test_headers_over_the_cap_get_oss_xml_even_past_waitress_own_cap(capped):
    client = make_bucket(capped, "heads")
    client.put_object(oss.PutObjectRequest(bucket="heads", key="k", body=b"x", metadata={"note": "n" * 1200}))

    over = raw(capped, "GET", "/heads/k", headers={"x-oss-meta-pad": "p" * 3000})
    error = oss_error(*over, code="InvalidArgument", http_status=400)
    assert error.findtext("ArgumentName") == "headers"
    # Far over (waitress's own limit is at least 256 KiB): still OSS's XML, never waitress's plain text.
    far_over = raw(capped, "GET", "/heads/k", headers={f"x-pad-{i}": "p" * 8000 for i in range(40)})
    oss_error(*far_over, code="InvalidArgument", http_status=400)
    long_line = raw(capped, "GET", "/heads/" + "k" * 300_000)
    oss_error(*long_line, code="InvalidArgument", http_status=400)


def test_an_object_over_the_cap_is_entity_too_large_and_the_old_one_stays(capped):
    client = make_bucket(capped, "bodies")
    client.put_object(oss.PutObjectRequest(bucket="bodies", key="k", body=b"old"))
    error = refused(lambda: client.put_object(oss.PutObjectRequest(bucket="bodies", key="k", body=b"n" * 5000)))
    assert (error.status_code, error.code) == (400, "EntityTooLarge")

    # Streamed with no Content-Length (chunked): refused the same way.
    url, headers = sdk_signed(capped, "PUT", "bodies", "k")
    chunked = requests.put(url, headers=headers, data=(b"c" * 1000 for _ in range(6)), timeout=30)
    oss_error(
        chunked.status_code,
        {k.lower(): v for k, v in chunked.headers.items()},
        chunked.content,
        code="EntityTooLarge",
        http_status=400,
    )

    # A declared length over the cap is refused before a byte of the body is sent.
    url, headers = sdk_signed(capped, "PUT", "bodies", "k")
    path = url.removeprefix(capped.url)
    conn = http.client.HTTPConnection("127.0.0.1", capped.port, timeout=30)
    conn.putrequest("PUT", path, skip_accept_encoding=True)
    for name, value in {**headers, "Content-Length": str(10**9)}.items():
        conn.putheader(name, value)
    conn.endheaders()
    answer = conn.getresponse()
    oss_error(
        answer.status,
        {k.lower(): v for k, v in answer.getheaders()},
        answer.read(),
        code="EntityTooLarge",
        http_status=400,
    )
    conn.close()

    assert client.get_object(oss.GetObjectRequest(bucket="bodies", key="k")).body.read() == b"old"


def test_xml_over_the_cap_is_refused_and_creates_nothing(capped):
    client = capped.client()
    padded = (
        b"<CreateBucketConfiguration>" + b" " * 2000 + b"<StorageClass>IA</StorageClass></CreateBucketConfiguration>"
    )
    error = refused(
        lambda: client.invoke_operation(
            OperationInput(op_name="PutBucket", method="PUT", bucket="too-much-xml", body=padded)
        )
    )
    assert (error.status_code, error.code) == (400, "EntityTooLarge")
    assert "too-much-xml" not in bucket_names(client)


# --- signatures: wrong, expired, skewed ---------------------------------------------------------


def test_a_tampered_v4_request_gets_signature_does_not_match(endpoint):
    make_bucket(endpoint, "tamper")
    url, headers = sdk_signed(endpoint, "PUT", "tamper", "k", headers={"x-oss-meta-owner": "alice"})
    headers["x-oss-meta-owner"] = "mallory"  # a signed header changed on the way
    answer = requests.put(url, headers=headers, data=b"x", timeout=30)
    error = oss_error(
        answer.status_code,
        {k.lower(): v for k, v in answer.headers.items()},
        answer.content,
        code="SignatureDoesNotMatch",
        http_status=403,
    )
    assert error.findtext("EC") == "0002-00000201"
    assert error.findtext("StringToSign").startswith("OSS4-HMAC-SHA256\n")


@pytest.mark.parametrize("version", ["v1", "v4"])
def test_a_presigned_url_past_its_expiry_is_refused(endpoint, version):
    client = make_bucket(endpoint, "expiring")
    client.put_object(oss.PutObjectRequest(bucket="expiring", key="k", body=b"bytes"))
    now = datetime.datetime.now(UTC)
    url, _ = sdk_signed(
        endpoint,
        "GET",
        "expiring",
        "k",
        version=version,
        at=now - datetime.timedelta(hours=2),
        until=now - datetime.timedelta(seconds=30),
    )
    answer = requests.get(url, timeout=30)
    error = oss_error(
        answer.status_code,
        {k.lower(): v for k, v in answer.headers.items()},
        answer.content,
        code="AccessDenied",
        http_status=403,
    )
    assert error.findtext("Message") == "Request has expired."
    assert b"bytes" not in answer.content


def test_a_v4_presigned_url_signed_long_ago_works_until_it_expires(endpoint):
    """x-oss-date is when the URL was signed, not when it is used: a one-hour URL works after 20 minutes."""
    client = make_bucket(endpoint, "long-link")
    client.put_object(oss.PutObjectRequest(bucket="long-link", key="k", body=b"still good"))
    now = datetime.datetime.now(UTC)
    url, _ = sdk_signed(
        endpoint,
        "GET",
        "long-link",
        "k",
        at=now - datetime.timedelta(minutes=20),
        until=now + datetime.timedelta(minutes=40),
    )
    assert "x-oss-expires=3600" in url
    assert requests.get(url, timeout=30).content == b"still good"


@pytest.mark.parametrize("version", ["v1", "v4"])
@pytest.mark.parametrize("minutes", [-16, 16])
def test_a_request_time_16_minutes_off_is_request_time_too_skewed(endpoint, version, minutes):
    make_bucket(endpoint, "skewed")
    at = datetime.datetime.now(UTC) + datetime.timedelta(minutes=minutes)
    url, headers = sdk_signed(endpoint, "PUT", "skewed", "k", version=version, at=at)
    answer = requests.put(url, headers=headers, data=b"late", timeout=30)
    error = oss_error(
        answer.status_code,
        {k.lower(): v for k, v in answer.headers.items()},
        answer.content,
        code="RequestTimeTooSkewed",
        http_status=403,
    )
    assert error.findtext("MaxAllowedSkewMilliseconds") == "900000"
    assert error.findtext("EC") == "0002-00000504"

    # 14 minutes off is within OSS's 15 and works.
    at = datetime.datetime.now(UTC) + datetime.timedelta(minutes=14 if minutes > 0 else -14)
    url, headers = sdk_signed(endpoint, "PUT", "skewed", "k", version=version, at=at)
    assert requests.put(url, headers=headers, data=b"in time", timeout=30).status_code == 200


@pytest.mark.parametrize(
    "authorization",
    [
        "garbage",
        "OSS ",
        "OSS4-HMAC-SHA256 ",
        "OSS4-HMAC-SHA256 Credential=x",
        "OSS LTAInobody:c2lnbmF0dXJl",
        "Bearer abc",
    ],
)
def test_a_malformed_authorization_header_is_refused_in_xml(endpoint, authorization):
    make_bucket(endpoint, "auth-garbage")
    status, headers, body = raw(
        endpoint,
        "GET",
        "/auth-garbage/k",
        headers={"Authorization": authorization, "Date": "Tue, 20 Dec 2022 08:48:18 GMT"},
    )
    assert status in (400, 403), body
    oss_error(status, headers, body, code=ET.fromstring(body).findtext("Code"), http_status=status)


# --- object keys and bucket names OSS refuses ---------------------------------------------------


@pytest.mark.parametrize(
    "path, ec",
    [
        ("/names/a/../b", None),
        ("/names/./b", None),
        ("/names//leading-slash", "0016-00000005"),
        ("/names/a%00b", None),
        ("/names/%FF%FE", "0016-00000002"),
        ("/names/" + "k" * 1024, "0016-00000002"),
    ],
    ids=["dot-dot", "dot", "leading-slash", "nul", "invalid-utf8", "too-long"],
)
@pytest.mark.parametrize("method", ["PUT", "GET"])
def test_object_keys_oss_refuses_are_invalid_object_name(endpoint, path, ec, method):
    make_bucket(endpoint, "names")
    answer = raw(endpoint, method, path, body=b"x" if method == "PUT" else None)
    error = oss_error(*answer, code="InvalidObjectName", http_status=400)
    assert error.findtext("EC") == ec
    assert Blobs(endpoint.cloud).all() == []  # nothing was stored under any of those names


@pytest.mark.parametrize(
    "host",
    [
        "Bad_Name.localhost",
        "-x.localhost",
        "a.localhost",
        "ABC.localhost",
        "two.labels.localhost",
        "UPPER.oss-cn-hangzhou.aliyuncs.com",
    ],
)
def test_invalid_bucket_names_in_the_host_header_are_invalid_bucket_name(endpoint, host):
    status, headers, body = raw(endpoint, "GET", "/k", host=f"{host}:{endpoint.port}")
    error = oss_error(status, headers, body, code="InvalidBucketName", http_status=400)
    assert error.findtext("EC") == "0015-00000001"
    assert error.findtext("BucketName") == host.split(".localhost")[0].split(".oss-")[0]


# --- concurrent writers to one key --------------------------------------------------------------


def test_concurrent_writers_to_one_key_leave_exactly_one_whole_body(endpoint):
    make_bucket(endpoint, "contended")
    bodies = [bytes([i]) * (256 * 1024) + f"writer {i}".encode() for i in range(8)]
    seen: list[bytes] = []
    problems: list[str] = []
    writing = threading.Event()

    def writer(i: int) -> None:
        client = endpoint.client()
        for _ in range(4):
            client.put_object(oss.PutObjectRequest(bucket="contended", key="one/key", body=bodies[i]))

    def reader() -> None:
        client = endpoint.client()
        while writing.is_set():
            try:
                seen.append(client.get_object(oss.GetObjectRequest(bucket="contended", key="one/key")).body.read())
            except oss.exceptions.OperationError as exc:
                if exc.unwrap().code != "NoSuchKey":
                    problems.append(repr(exc.unwrap()))

    writing.set()
    readers = [threading.Thread(target=reader) for _ in range(2)]
    writers = [threading.Thread(target=writer, args=(i,)) for i in range(8)]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join()
    writing.clear()
    for thread in readers:
        thread.join()

    assert problems == []
    assert seen and all(body in bodies for body in seen)  # readers never saw a torn or mixed body
    final = endpoint.client().get_object(oss.GetObjectRequest(bucket="contended", key="one/key")).body.read()
    assert final in bodies
    blobs = Blobs(endpoint.cloud)
    assert len(blobs.all()) == 1 and blobs.temporary() == []  # the losers' bytes were not left behind
