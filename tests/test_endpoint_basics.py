"""The endpoint answers the official SDK and plain HTTP as OSS does (the basics every other test builds on)."""

from __future__ import annotations

import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

import alibabacloud_oss_v2 as oss
import pytest


@pytest.mark.parametrize("signature_version", ["v4", "v1"])
def test_sdk_creates_lists_puts_gets_a_range_heads_and_deletes(endpoint, signature_version):
    client = endpoint.client(signature_version=signature_version)
    client.put_bucket(oss.PutBucketRequest(bucket="basics"))
    assert [b.name for b in client.list_buckets(oss.ListBucketsRequest()).buckets] == ["basics"]
    client.put_object(oss.PutObjectRequest(bucket="basics", key="a/b.txt", body=b"hello world"))
    got = client.get_object(oss.GetObjectRequest(bucket="basics", key="a/b.txt", range_header="bytes=6-10"))
    assert (got.status_code, got.body.read()) == (206, b"world")
    assert client.head_object(oss.HeadObjectRequest(bucket="basics", key="a/b.txt")).content_length == 11
    client.delete_object(oss.DeleteObjectRequest(bucket="basics", key="a/b.txt"))
    with pytest.raises(oss.exceptions.OperationError) as missing:
        client.get_object(oss.GetObjectRequest(bucket="basics", key="a/b.txt"))
    assert missing.value.unwrap().code == "NoSuchKey"


def test_a_presigned_get_works_from_plain_urllib(endpoint):
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket="presigned"))
    client.put_object(oss.PutObjectRequest(bucket="presigned", key="k", body=b"bytes"))
    url = client.presign(oss.GetObjectRequest(bucket="presigned", key="k")).url
    assert urllib.request.urlopen(url).read() == b"bytes"


def _error(url: str, **kwargs) -> tuple[int, ET.Element]:
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(urllib.request.Request(url, **kwargs))
    return caught.value.code, ET.fromstring(caught.value.read())


def test_errors_are_oss_xml_with_code_message_request_id_and_host_id(endpoint):
    endpoint.client().put_bucket(oss.PutBucketRequest(bucket="private-one"))
    status, body = _error(f"{endpoint.url}/private-one/secret.txt")
    assert status == 403 and body.tag == "Error"
    assert body.findtext("Code") == "AccessDenied"
    assert all(body.findtext(name) for name in ("Message", "RequestId", "HostId"))


def test_a_wrong_secret_gets_signature_does_not_match(endpoint):
    client = endpoint.client(access_key_secret="not-the-secret")
    with pytest.raises(oss.exceptions.OperationError) as refused:
        client.list_buckets(oss.ListBucketsRequest())
    assert refused.value.unwrap().code == "SignatureDoesNotMatch"


def test_an_unknown_key_gets_invalid_access_key_id(endpoint):
    client = endpoint.client(access_key_id="LTAInobodyhasthiskey00", access_key_secret="x")
    with pytest.raises(oss.exceptions.OperationError) as refused:
        client.list_buckets(oss.ListBucketsRequest())
    assert refused.value.unwrap().code == "InvalidAccessKeyId"
