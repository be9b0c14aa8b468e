"""The endpoint's HTTPS listener: what `https_only` buckets need. OSS applies a bucket policy's
deny on `acs:SecureTransport` to everyone, the owner included, so such a bucket answers over TLS only."""

from __future__ import annotations

import socket
import ssl
import subprocess
import urllib.error
import urllib.request

import alibabacloud_oss_v2 as oss
import pytest

from harness import VENV_BIN, command_env
from ossiac_props.bucket_policy import deny_insecure_transport


@pytest.fixture()
def trusted(endpoint, monkeypatch):
    """The SDK trusts the endpoint's certificate the way `ossiac localcloud credentials` sets it up."""
    _ = endpoint.https_url  # starts the listener and makes the certificate
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(endpoint.certificate.bundle))
    return endpoint


def test_an_https_only_bucket_serves_its_owner_over_tls_and_refuses_plain_http(trusted):
    over_tls = trusted.client(tls=True)
    over_tls.put_bucket(oss.PutBucketRequest(bucket="https-only"))
    over_tls.put_bucket_policy(
        oss.PutBucketPolicyRequest(bucket="https-only", body=deny_insecure_transport("https-only"))
    )
    over_tls.put_object(oss.PutObjectRequest(bucket="https-only", key="k", body=b"secret"))
    assert over_tls.get_object(oss.GetObjectRequest(bucket="https-only", key="k")).body.read() == b"secret"
    with pytest.raises(oss.exceptions.OperationError) as refused:
        trusted.client().get_object(oss.GetObjectRequest(bucket="https-only", key="k"))
    assert refused.value.unwrap().code == "AccessDenied"


def test_the_certificate_names_the_loopback_addresses(trusted):
    context = ssl.create_default_context(cafile=str(trusted.certificate.cert))
    port = int(trusted.https_url.rsplit(":", 1)[1])
    for host in ("localhost", "127.0.0.1"):
        with (
            socket.create_connection(("127.0.0.1", port)) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            assert tls.version() in ("TLSv1.2", "TLSv1.3")


def test_requests_the_tls_server_cannot_read_get_oss_xml(trusted):
    context = ssl.create_default_context(cafile=str(trusted.certificate.cert))
    port = int(trusted.https_url.rsplit(":", 1)[1])
    with (
        socket.create_connection(("127.0.0.1", port)) as raw,
        context.wrap_socket(raw, server_hostname="localhost") as tls,
    ):
        tls.sendall(b"NOT A REQUEST LINE\r\n\r\n")
        answer = tls.recv(4096)
    assert answer.startswith(b"HTTP/1.1 400 ") and b"<Code>InvalidArgument</Code>" in answer
    assert b"<RequestId>" in answer and b"<HostId>" in answer


def test_an_anonymous_tls_request_for_a_private_object_is_refused_as_oss_refuses_it(trusted):
    trusted.client(tls=True).put_bucket(oss.PutBucketRequest(bucket="private-tls"))
    context = ssl.create_default_context(cafile=str(trusted.certificate.cert))
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{trusted.https_url}/private-tls/k", context=context)
    assert refused.value.code == 403 and b"<Code>AccessDenied</Code>" in refused.value.read()


def test_credentials_print_the_ca_bundle_that_trusts_the_endpoint(tmp_path):
    result = subprocess.run(
        [str(VENV_BIN / "ossiac"), "localcloud", "credentials"],
        capture_output=True,
        text=True,
        env=command_env(OSSIAC_LOCALCLOUD_DIR=str(tmp_path)),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    exports = dict(line.removeprefix("export ").split("=", 1) for line in result.stdout.splitlines())
    bundle = exports["REQUESTS_CA_BUNDLE"]
    assert exports["SSL_CERT_FILE"] == bundle
    with open(bundle) as bundle_file:
        text = bundle_file.read()
    assert text.count("BEGIN CERTIFICATE") > 10  # the public CAs stay trusted
    assert (tmp_path / "endpoint-tls.pem").read_text() in text
    assert oct((tmp_path / "endpoint-tls.key").stat().st_mode & 0o777) == "0o600"
