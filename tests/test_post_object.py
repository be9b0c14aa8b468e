"""PostObject (a form upload, multipart/form-data POST to the bucket) from plain `requests`, signed by
hand as an app server signs it: V1 (base64 HMAC-SHA1 of the policy) and V4 (hex HMAC-SHA256 with the
V4 signing key), and refused the way OSS refuses a form that breaks its policy."""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import xml.etree.ElementTree as ET

import alibabacloud_oss_v2 as oss
import pytest
import requests

BUCKET = "form-uploads"
REGION = "cn-hangzhou"


def _utc(delta: datetime.timedelta = datetime.timedelta(minutes=10)) -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC) + delta


def _policy(*conditions, expires: datetime.timedelta = datetime.timedelta(minutes=10)) -> str:
    document = {"expiration": _utc(expires).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "conditions": list(conditions)}
    return base64.b64encode(json.dumps(document).encode()).decode()


def v1_fields(endpoint, policy: str, secret: str | None = None) -> dict[str, str]:
    secret = secret or endpoint.key.access_key_secret
    signature = base64.b64encode(hmac.new(secret.encode(), policy.encode(), hashlib.sha1).digest()).decode()
    return {"OSSAccessKeyId": endpoint.key.access_key_id, "policy": policy, "Signature": signature}


def v4_form(endpoint, *conditions, expires=datetime.timedelta(minutes=10), pin=True) -> dict[str, str]:
    """The V4 fields; the policy names the signature's version, credential and date (as OSS requires)."""
    now = _utc(datetime.timedelta(0))
    day, when = now.strftime("%Y%m%d"), now.strftime("%Y%m%dT%H%M%SZ")
    credential = f"{endpoint.key.access_key_id}/{day}/{REGION}/oss/aliyun_v4_request"
    pinned = (
        [{"x-oss-signature-version": "OSS4-HMAC-SHA256"}, {"x-oss-credential": credential}, {"x-oss-date": when}]
        if pin
        else []
    )
    policy = _policy(*conditions, *pinned, expires=expires)
    key = ("aliyun_v4" + endpoint.key.access_key_secret).encode()
    for part in (day, REGION, "oss", "aliyun_v4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, policy.encode(), hashlib.sha256).hexdigest()
    return {
        "x-oss-signature-version": "OSS4-HMAC-SHA256",
        "x-oss-credential": credential,
        "x-oss-date": when,
        "policy": policy,
        "x-oss-signature": signature,
    }


def post(
    endpoint,
    fields: dict[str, str],
    file: bytes | None = b"hello form",
    *,
    filename: str = "hello.txt",
    bucket: str = BUCKET,
    **kwargs,
) -> requests.Response:
    parts = [(name, (None, value)) for name, value in fields.items()]
    if file is not None:
        parts.append(("file", (filename, file, "text/plain")))
    return requests.post(f"{endpoint.url}/{bucket}", files=parts, allow_redirects=False, **kwargs)


def error(response: requests.Response) -> tuple[int, str, str]:
    body = ET.fromstring(response.content)
    assert body.tag == "Error" and body.findtext("RequestId") and body.findtext("HostId"), response.text
    return response.status_code, body.findtext("Code"), body.findtext("Message")


@pytest.fixture()
def client(endpoint):
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket=BUCKET))
    return client


def stored(client, key: str) -> bytes | None:
    try:
        return client.get_object(oss.GetObjectRequest(bucket=BUCKET, key=key)).body.read()
    except oss.exceptions.OperationError as failed:
        assert failed.unwrap().code == "NoSuchKey"
        return None


def test_a_v1_signed_form_uploads_and_answers_201_with_post_response(endpoint, client):
    policy = _policy(
        {"bucket": BUCKET},
        ["starts-with", "$key", "uploads/"],
        ["content-length-range", 1, 1024],
        ["in", "$content-type", ["text/plain", "image/png"]],
    )
    response = post(
        endpoint,
        {
            "key": "uploads/${filename}",
            **v1_fields(endpoint, policy),
            "success_action_status": "201",
            "Content-Type": "text/plain",
            "x-oss-meta-owner": "eric",
        },
    )
    assert response.status_code == 201, response.text
    answer = ET.fromstring(response.content)
    assert answer.tag == "PostResponse"
    assert (answer.findtext("Bucket"), answer.findtext("Key")) == (BUCKET, "uploads/hello.txt")
    assert answer.findtext("Location") == f"{endpoint.url}/{BUCKET}/uploads/hello.txt"
    assert answer.findtext("ETag") == response.headers["ETag"] == f'"{hashlib.md5(b"hello form").hexdigest().upper()}"'
    head = client.head_object(oss.HeadObjectRequest(bucket=BUCKET, key="uploads/hello.txt"))
    assert (head.content_type, head.metadata) == ("text/plain", {"owner": "eric"})
    assert stored(client, "uploads/hello.txt") == b"hello form"


def test_a_v4_signed_form_uploads_with_204_by_default(endpoint, client):
    response = post(endpoint, {"key": "uploads/v4.txt", **v4_form(endpoint, ["starts-with", "$key", "uploads/"])})
    assert (response.status_code, response.content) == (204, b""), response.text
    assert response.headers["x-oss-hash-crc64ecma"]
    assert stored(client, "uploads/v4.txt") == b"hello form"


def test_success_action_redirect_sends_the_browser_on_with_bucket_key_and_etag(endpoint, client):
    fields = {
        "key": "uploads/r.txt",
        **v1_fields(endpoint, _policy({"bucket": BUCKET})),
        "success_action_redirect": "https://app.example.com/done?from=form",
    }
    response = post(endpoint, fields)
    assert response.status_code == 303, response.text
    location = response.headers["Location"]
    assert location.startswith("https://app.example.com/done?from=form&bucket=form-uploads&key=uploads%2Fr.txt&etag=")


REFUSALS = {
    "outside the prefix": (
        lambda ep: {"key": "elsewhere/x.txt", **v1_fields(ep, _policy(["starts-with", "$key", "uploads/"]))},
        (
            403,
            "AccessDenied",
            'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "uploads/"]',
        ),
    ),
    "an expired policy": (
        lambda ep: {
            "key": "uploads/x.txt",
            **v1_fields(ep, _policy({"bucket": BUCKET}, expires=datetime.timedelta(seconds=-5))),
        },
        (403, "AccessDenied", "Invalid according to Policy: Policy expired."),
    ),
    "another bucket's policy": (
        lambda ep: {"key": "uploads/x.txt", **v1_fields(ep, _policy({"bucket": "other"}))},
        (403, "AccessDenied", 'Invalid according to Policy: Policy Condition failed: ["eq", "$bucket", "other"]'),
    ),
    "a content type the policy does not list": (
        lambda ep: {
            "key": "uploads/x.txt",
            "Content-Type": "text/html",
            **v1_fields(ep, _policy(["in", "$content-type", ["image/png"]])),
        },
        (
            403,
            "AccessDenied",
            'Invalid according to Policy: Policy Condition failed: ["in", "$content-type", ["image/png"]]',
        ),
    ),
    "a wrong V1 signature": (
        lambda ep: {"key": "uploads/x.txt", **v1_fields(ep, _policy({"bucket": BUCKET}), secret="not-the-secret")},
        (403, "SignatureDoesNotMatch", None),
    ),
    "a wrong V4 signature": (
        lambda ep: {"key": "uploads/x.txt", **v4_form(ep), "x-oss-signature": "0" * 64},
        (403, "SignatureDoesNotMatch", None),
    ),
    "a V4 policy that does not name its credential": (
        lambda ep: {"key": "uploads/x.txt", **v4_form(ep, pin=False)},
        (400, "InvalidPolicyDocument", None),
    ),
    "a file over the content-length-range": (
        lambda ep: {"key": "uploads/x.txt", **v1_fields(ep, _policy(["content-length-range", 1, 4]))},
        (400, "EntityTooLarge", None),
    ),
    "a signed form without its policy": (
        lambda ep: {"key": "uploads/x.txt", "OSSAccessKeyId": ep.key.access_key_id, "Signature": "c2ln"},
        (400, "InvalidArgument", None),
    ),
    "no key": (lambda ep: v1_fields(ep, _policy({"bucket": BUCKET})), (400, "InvalidArgument", None)),
    "a key with a '..' segment": (
        lambda ep: {"key": "uploads/../x", **v1_fields(ep, _policy({"bucket": BUCKET}))},
        (400, "InvalidObjectName", None),
    ),
    "a policy that is not base64 JSON": (
        lambda ep: {"key": "uploads/x.txt", **v1_fields(ep, "bm90IGpzb24=")},
        (400, "InvalidPolicyDocument", None),
    ),
}


@pytest.mark.parametrize("case", REFUSALS, ids=list(REFUSALS))
def test_a_form_that_breaks_its_policy_is_refused_and_stores_nothing(endpoint, client, case):
    fields, (status, code, message) = REFUSALS[case][0](endpoint), REFUSALS[case][1]
    got = error(post(endpoint, fields))
    assert got[:2] == (status, code), got
    if message:
        assert got[2] == message
    assert stored(client, fields.get("key", "uploads/x.txt").replace("..", "x")) is None


def test_a_form_without_its_file_is_an_invalid_argument(endpoint, client):
    got = error(post(endpoint, {"key": "uploads/x.txt", **v1_fields(endpoint, _policy({"bucket": BUCKET}))}, file=None))
    assert got[:2] == (400, "InvalidArgument")


def test_a_file_field_without_a_filename_is_an_invalid_argument(endpoint, client):
    fields = {"key": "uploads/x.txt", **v1_fields(endpoint, _policy({"bucket": BUCKET}))}
    response = requests.post(
        f"{endpoint.url}/{BUCKET}",
        allow_redirects=False,
        files=[*((k, (None, v)) for k, v in fields.items()), ("file", (None, b"\xff\xfe"))],
    )
    assert error(response)[:2] == (400, "InvalidArgument")
    assert stored(client, "uploads/x.txt") is None


def test_a_body_that_is_not_multipart_is_a_malformed_post_request(endpoint, client):
    response = requests.post(
        f"{endpoint.url}/{BUCKET}", data=b"key=x", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert error(response)[:2] == (400, "MalformedPOSTRequest")
    broken = requests.post(
        f"{endpoint.url}/{BUCKET}", data=b"--nope\r\n", headers={"Content-Type": "multipart/form-data; boundary=other"}
    )
    assert error(broken)[:2] == (400, "MalformedPOSTRequest")


def test_an_unsigned_form_is_anonymous_refused_on_a_private_bucket(endpoint, client):
    got = error(post(endpoint, {"key": "uploads/anon.txt"}))
    assert got[:2] == (403, "AccessDenied")
    assert stored(client, "uploads/anon.txt") is None


def test_an_unsigned_form_writes_to_a_public_read_write_bucket(endpoint, client):
    client.put_bucket_acl(oss.PutBucketAclRequest(bucket=BUCKET, acl="public-read-write"))
    response = post(endpoint, {"key": "drop/anon.txt"})
    assert response.status_code == 204, response.text
    assert stored(client, "drop/anon.txt") == b"hello form"


def test_an_unknown_access_key_is_invalid_access_key_id(endpoint, client):
    fields = {
        "key": "uploads/x.txt",
        **v1_fields(endpoint, _policy({"bucket": BUCKET})),
        "OSSAccessKeyId": "LTAInobodyhasthiskey00",
    }
    assert error(post(endpoint, fields))[:2] == (403, "InvalidAccessKeyId")


def test_a_form_to_a_missing_bucket_is_no_such_bucket(endpoint, client):
    fields = {"key": "uploads/x.txt", **v1_fields(endpoint, _policy())}
    assert error(post(endpoint, fields, bucket="no-such-bucket-here"))[:2] == (404, "NoSuchBucket")
