"""Generated request shapes against a live endpoint (issue 28, acceptance 7): whatever arrives, the
answer is a success or OSS's XML error (root `Error` with Code, Message, RequestId and HostId; for
HEAD, which has no body, the same document base64-encoded in x-oss-err, as OSS sends it),
never a 500, and the server still answers a normal signed ListBuckets afterwards.

Requests go out through `http.client`, written as generated: odd methods, paths of random bytes
percent-encoded, real and made-up sub-resources, garbage Authorization headers, XML fragments and
random bodies. A share of them is signed properly by the SDK's own signers, so the operations'
handlers (not only the signature check) meet the garbage too.
"""

from __future__ import annotations

import base64
import http.client
import xml.etree.ElementTree as ET
from urllib.parse import quote

import alibabacloud_oss_v2 as oss
import pytest
from alibabacloud_oss_v2.signer.v1 import SignerV1
from alibabacloud_oss_v2.signer.v4 import SignerV4
from alibabacloud_oss_v2.types import Credentials, HttpRequest, SigningContext
from hypothesis import HealthCheck, given, settings, strategies as st

from ossiac.endpoint.app import Endpoint as AppEndpoint
from ossiac.endpoint.routing import OPERATION_SUBRESOURCES

pytestmark = pytest.mark.slow  # generated requests until hypothesis is done

METHODS = ["GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "BREW", "get", "M-SEARCH"]
QUERY_KEYS = sorted(OPERATION_SUBRESOURCES) + [
    "OSSAccessKeyId",
    "Signature",
    "Expires",
    "security-token",
    "x-oss-signature-version",
    "x-oss-credential",
    "x-oss-date",
    "x-oss-expires",
    "x-oss-signature",
    "x-oss-additional-headers",
    "prefix",
    "marker",
    "max-keys",
    "delimiter",
    "encoding-type",
    "list-type",
    "continuation-token",
    "start-after",
    "partNumber",
    "uploadId",
    "versionId",
    "response-content-type",
    "position",
]
HEADER_NAMES = [
    "Authorization",
    "Date",
    "x-oss-date",
    "Content-Type",
    "Content-MD5",
    "Range",
    "Origin",
    "Referer",
    "x-oss-acl",
    "x-oss-object-acl",
    "x-oss-meta-a",
    "x-oss-security-token",
    "x-oss-copy-source",
    "x-oss-storage-class",
    "Access-Control-Request-Method",
    "Access-Control-Request-Headers",
    "x-oss-server-side-encryption",
    "x-oss-forbid-overwrite",
    "If-None-Match",
    "If-Modified-Since",
    "x-oss-content-sha256",
    "Content-Disposition",
    "x-oss-tagging",
    "Cookie",
]
AUTHORIZATIONS = [
    "OSS ",
    "OSS x",
    "OSS a:b:c",
    "OSS LTAIfuzz:c2lnbmF0dXJl",
    "OSS4-HMAC-SHA256 ",
    "OSS4-HMAC-SHA256 Credential=a/20200101/cn-hangzhou/oss/aliyun_v4_request,Signature=00",
    "OSS4-HMAC-SHA256 Credential=/x,AdditionalHeaders=host;;,Signature=",
    "OSS2 AccessKeyId:a",
    "AWS4-HMAC-SHA256 Credential=x",
    "Basic Zm9vOmJhcg==",
    "OSS4-HMAC-SHA256 ,,,==,=",
]
XML_FRAGMENTS = [
    b"<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod></CORSRule>"
    b"</CORSConfiguration>",
    b"<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin></CORSRule>",
    b"<RefererConfiguration><AllowEmptyReferer>maybe</AllowEmptyReferer><RefererList/></RefererConfiguration>",
    b"<AccessControlPolicy><AccessControlList><Grant>public-read</Grant></AccessControlList></AccessControlPolicy>",
    b"<VersioningConfiguration><Status>Sideways</Status></VersioningConfiguration>",
    b"<LifecycleConfiguration><Rule><Expiration><Days>-1</Days></Expiration></Rule></LifecycleConfiguration>",
    b"<Tagging><TagSet><Tag><Key></Key></Tag></TagSet></Tagging>",
    b"<Delete><Object><Key>../x</Key></Object><Quiet>true</Quiet></Delete>",
    b"<CompleteMultipartUpload><Part><PartNumber>0</PartNumber><ETag>x</ETag></Part></CompleteMultipartUpload>",
    b"<ServerSideEncryptionRule><ApplyServerSideEncryptionByDefault/></ServerSideEncryptionRule>",
    b"<WebsiteConfiguration><IndexDocument><Suffix/></IndexDocument></WebsiteConfiguration>",
    b"<CreateBucketConfiguration><StorageClass>Cold</StorageClass></CreateBucketConfiguration>",
    b"<PublicAccessBlockConfiguration><BlockPublicAccess>yes</BlockPublicAccess></PublicAccessBlockConfiguration>",
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
    b'<?xml version="1.0" encoding="bogus"?><x/>',
    b'{"Version": "1", "Statement": [{"Effect": "Allow"}]}',
    b"<",
    b"\x00\xff\xfe",
    b"",
]

latin1_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_characters="\x7f"), max_size=40)


def _percent(data: bytes) -> str:
    return "".join(f"%{b:02X}" for b in data)


def _loose(data: bytes) -> str:
    """Bytes as a client that escapes only what an HTTP request line cannot carry: a stray '%', '..'
    and the like go through as they are."""
    return "".join(f"%{b:02X}" if b <= 0x20 or b >= 0x7F or chr(b) in "?#" else chr(b) for b in data)


SUBRESOURCES = sorted(OPERATION_SUBRESOURCES)


@st.composite
def request_shapes(draw, routes: list[tuple[str, str, str | None]]):
    """(signed: None | "v1" | "v4", method, bucket, key, path, query, headers, body, host); `routes` are
    the endpoint's (scope, method, sub-resource) operations, which the signed requests mostly aim at."""
    signed = draw(st.sampled_from([None, "v4", "v1"]))
    params = draw(
        st.lists(
            st.tuples(
                st.one_of(st.sampled_from(SUBRESOURCES), st.sampled_from(QUERY_KEYS), latin1_text),
                st.one_of(st.just(""), latin1_text),
            ),
            max_size=3,
        )
    )
    headers = draw(st.dictionaries(st.sampled_from(HEADER_NAMES), latin1_text.map(str.strip), max_size=4))
    body = draw(st.one_of(st.sampled_from(XML_FRAGMENTS), st.binary(max_size=2048)))
    if signed:  # operations the SDK could send, so the handlers behind the signature check meet the garbage
        scope, method, sub = draw(st.sampled_from(routes))
        bucket = None if scope == "service" else draw(st.sampled_from(["fuzz", "fuzz", "fuzz", "fuzz-new"]))
        key = (
            draw(st.one_of(st.sampled_from(["obj", "a/b.txt"]), st.text(min_size=1, max_size=30)))
            if scope == "object"
            else None
        )
        path = "/" if bucket is None else f"/{bucket}/" + (quote(key.encode("utf-8"), safe="/") if key else "")
        params = ([(sub, draw(st.one_of(st.just(""), latin1_text)))] if sub else []) + params[:1]
        host = None
    else:  # anything: odd methods, any bytes in the path, any Host, any Authorization
        method = draw(st.sampled_from(METHODS))
        bucket = draw(st.sampled_from(["fuzz", "fuzz", "no-such-bucket", "", "UPPER", "a"]))
        raw_key = draw(st.one_of(st.binary(max_size=30), st.sampled_from([b"a/../b", b"/x", b"k%00", b"obj"])))
        key = None
        path_key = draw(st.sampled_from([_percent(raw_key), quote(raw_key, safe="/"), _loose(raw_key)]))
        path = "/" + bucket + ("/" + path_key if bucket and draw(st.booleans()) else "/" if bucket else "")
        if draw(st.booleans()):
            headers["Authorization"] = draw(st.one_of(st.sampled_from(AUTHORIZATIONS), latin1_text.map(str.strip)))
        host = draw(
            st.sampled_from(
                [
                    None,
                    None,
                    None,
                    "fuzz.localhost",
                    "Bad_Name.localhost",
                    "fuzz.oss-cn-hangzhou.aliyuncs.com",
                    "x..localhost",
                    "",
                ]
            )
        )
    query = "&".join(quote(k, safe="") + (f"={quote(v, safe='')}" if v else "") for k, v in params)
    return signed, method, bucket, key, path, query, headers, body, host


def _sign(
    endpoint, signed: str, method: str, bucket: str, key: str | None, path: str, query: str, headers: dict[str, str]
) -> dict[str, str]:
    """The headers of `method path?query`, signed by the SDK's signer with the account's key."""
    if method == "POST" and not query:  # PostObject: a form, not a signed request; sent as generated
        return headers
    request = HttpRequest(method, endpoint.url + path + (f"?{query}" if query else ""), dict(headers))
    context = SigningContext(
        product="oss",
        region="cn-hangzhou",
        bucket=bucket or None,
        key=key or None,
        request=request,
        credentials=Credentials(endpoint.key.access_key_id, endpoint.key.access_key_secret),
    )
    # V1 signs only sub-resources; the SDK names its operation's own, as it does per call.
    context.sub_resource = [
        pair.partition("=")[0] for pair in query.split("&") if pair.partition("=")[0] in OPERATION_SUBRESOURCES
    ]
    (SignerV4() if signed == "v4" else SignerV1()).sign(context)
    return dict(request.headers)


def _send(endpoint, method: str, target: str, headers: dict[str, str], body: bytes, host: str | None):
    conn = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=30)
    try:
        conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", f"{host}:{endpoint.port}" if host else f"127.0.0.1:{endpoint.port}")
        for name, value in headers.items():
            conn.putheader(name, value.encode("latin-1"))
        conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        return (
            response.status,
            response.getheader("Content-Type") or "",
            response.read(),
            response.getheader("x-oss-err") or "",
        )
    finally:
        conn.close()


def test_generated_requests_get_a_success_or_oss_xml_error_and_the_server_stays_up(endpoint):
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket="fuzz"))
    client.put_object(oss.PutObjectRequest(bucket="fuzz", key="obj", body=b"object bytes"))
    answers: dict[int, int] = {}

    @settings(
        max_examples=300,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(request_shapes(sorted(AppEndpoint(endpoint.cloud).routes, key=str)))
    def one_request(shape):
        signed, method, bucket, key, path, query, headers, body, host = shape
        if signed:
            headers = _sign(endpoint, signed, method, bucket, key, path, query, headers)
        target = path + (f"?{query}" if query else "")
        status, content_type, content, err_header = _send(endpoint, method, target, headers, body, host)
        answers[status] = answers.get(status, 0) + 1
        assert status != 500 and 200 <= status < 600, (status, content[:500])
        if status >= 400:
            assert content_type.startswith("application/xml"), (status, content_type, content[:200])
            error = ET.fromstring(content if method != "HEAD" else base64.b64decode(err_header))
            assert error.tag == "Error", content[:300]
            for name in ("Code", "Message", "RequestId", "HostId"):
                assert error.findtext(name), (name, content[:300])

    one_request()
    assert sum(answers.values()) >= 300
    assert any(200 <= status < 300 for status in answers), answers  # some signed requests got through
    listed = endpoint.client().list_buckets(oss.ListBucketsRequest())
    assert listed.status_code == 200
