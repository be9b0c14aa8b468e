"""STS on the local cloud's endpoint, driven by the official STS client (alibabacloud_sts20150401):
GetCallerIdentity, AssumeRole's checks (role, trust policy, caller's right, session policy, duration),
and the temporary credentials used with the official OSS SDK, until they are altered or expire."""

from __future__ import annotations

import datetime
import json
import stat
import urllib.request

import alibabacloud_oss_v2 as oss
import pytest
from alibabacloud_sts20150401 import models
from alibabacloud_sts20150401.client import Client as StsClient
from alibabacloud_tea_openapi.exceptions import ClientException

from ossiac.endpoint import sts_tokens
from ossiac.localcloud.identity import ACCOUNT_ID

BUCKET = "sts-uploads"
ROOT = f"acs:ram::{ACCOUNT_ID}:root"


def _trust(principal: dict) -> str:
    return json.dumps(
        {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": principal}]}
    )


def _policy(*statements: dict) -> str:
    return json.dumps({"Version": "1", "Statement": list(statements)})


ROLES_HCL = f"""
resource "alicloud_ram_policy" "uploads" {{
  policy_name     = "uploads-prefix"
  policy_document = {
    json.dumps(
        _policy(
            {
                "Effect": "Allow",
                "Action": ["oss:PutObject", "oss:GetObject"],
                "Resource": [f"acs:oss:*:*:{BUCKET}/uploads/*"],
            }
        )
    )
}
}}

resource "alicloud_ram_role" "uploader" {{
  role_name                   = "Uploader"
  assume_role_policy_document = {json.dumps(_trust({"RAM": [ROOT]}))}
}}

resource "alicloud_ram_role_policy_attachment" "uploader" {{
  role_name   = alicloud_ram_role.uploader.role_name
  policy_name = alicloud_ram_policy.uploads.policy_name
  policy_type = "Custom"
}}

resource "alicloud_ram_role" "long" {{
  role_name                   = "long-sessions"
  max_session_duration        = 7200
  assume_role_policy_document = {json.dumps(_trust({"RAM": [ACCOUNT_ID]}))}
}}

resource "alicloud_ram_role" "ecs_only" {{
  role_name                   = "ecs-only"
  assume_role_policy_document = {json.dumps(_trust({"Service": ["ecs.aliyuncs.com"]}))}
}}

resource "alicloud_ram_policy" "may_assume_uploader" {{
  policy_name     = "may-assume-uploader"
  policy_document = {
    json.dumps(
        _policy({"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": f"acs:ram::{ACCOUNT_ID}:role/uploader"})
    )
}
}}

resource "alicloud_ram_role" "chainer" {{
  role_name                   = "chainer"
  assume_role_policy_document = {json.dumps(_trust({"RAM": [ROOT]}))}
}}

resource "alicloud_ram_role_policy_attachment" "chainer" {{
  role_name   = alicloud_ram_role.chainer.role_name
  policy_name = alicloud_ram_policy.may_assume_uploader.policy_name
  policy_type = "Custom"
}}
"""


def _arn(role: str) -> str:
    return f"acs:ram::{ACCOUNT_ID}:role/{role.lower()}"


def sts(
    endpoint,
    *,
    key: str | None = None,
    secret: str | None = None,
    token: str | None = None,
    algorithm: str | None = None,
) -> StsClient:
    """The official STS client, pointed at the endpoint."""
    config = endpoint.openapi_config(
        access_key_id=key or endpoint.key.access_key_id,
        access_key_secret=secret or endpoint.key.access_key_secret,
        security_token=token,
    )
    if algorithm:
        config.signature_algorithm = algorithm
    return StsClient(config)


def assume(client: StsClient, role: str, session: str = "alice", **options) -> models.AssumeRoleResponseBody:
    return client.assume_role(models.AssumeRoleRequest(role_arn=_arn(role), role_session_name=session, **options)).body


def sts_refusal(call) -> tuple[int, str]:
    with pytest.raises(ClientException) as refused:
        call()
    data = refused.value.data
    assert set(data) >= {"RequestId", "HostId", "Code", "Message", "Recommend"}
    return data["statusCode"], data["Code"]


def oss_refusal(call) -> tuple[int, str, str | None]:
    with pytest.raises(oss.exceptions.OperationError) as refused:
        call()
    error = refused.value.unwrap()
    return error.status_code, error.code, error.ec


def as_role(endpoint, body: models.AssumeRoleResponseBody, signature_version: str | None = None):
    credentials = body.credentials
    return endpoint.client(
        access_key_id=credentials.access_key_id,
        access_key_secret=credentials.access_key_secret,
        security_token=credentials.security_token,
        signature_version=signature_version,
    )


@pytest.fixture()
def roles(local_cloud, endpoint):
    """The roles above, created by real Terraform with the stand-in provider in the cloud the endpoint serves."""
    assert local_cloud.cloud == endpoint.cloud
    local_cloud.write(ROLES_HCL)
    local_cloud.init_apply()
    endpoint.client().put_bucket(oss.PutBucketRequest(bucket=BUCKET))
    return endpoint


@pytest.mark.parametrize("algorithm", [None, "v2"], ids=["ACS3-HMAC-SHA256", "RPC-HMAC-SHA1"])
def test_get_caller_identity_names_the_account_behind_its_key(endpoint, algorithm):
    body = sts(endpoint, algorithm=algorithm).get_caller_identity().body
    assert (body.account_id, body.arn, body.identity_type, body.principal_id) == (
        ACCOUNT_ID,
        ROOT,
        "Account",
        ACCOUNT_ID,
    )
    assert body.request_id


def test_a_wrong_secret_or_an_unknown_key_is_refused(endpoint):
    assert sts_refusal(sts(endpoint, secret="not-the-secret").get_caller_identity) == (400, "SignatureDoesNotMatch")
    assert sts_refusal(sts(endpoint, secret="x", algorithm="v2").get_caller_identity) == (400, "SignatureDoesNotMatch")
    assert sts_refusal(sts(endpoint, key="LTAInobodyhasthiskey0000").get_caller_identity) == (
        404,
        "InvalidAccessKeyId.NotFound",
    )


def test_assumed_role_acts_with_its_policy_on_its_prefix_only(roles):
    endpoint = roles
    before = datetime.datetime.now(datetime.UTC)
    body = assume(sts(endpoint), "Uploader")
    credentials = body.credentials
    assert credentials.access_key_id.startswith("STS.") and credentials.access_key_secret
    expires = datetime.datetime.strptime(credentials.expiration, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
    assert datetime.timedelta(seconds=3590) < expires - before < datetime.timedelta(seconds=3610)
    assert body.assumed_role_user.arn == f"{_arn('Uploader')}/alice"

    who = (
        sts(
            endpoint,
            key=credentials.access_key_id,
            secret=credentials.access_key_secret,
            token=credentials.security_token,
        )
        .get_caller_identity()
        .body
    )
    assert (who.identity_type, who.arn) == ("AssumedRoleUser", f"acs:ram::{ACCOUNT_ID}:assumed-role/Uploader/alice")
    assert who.principal_id == body.assumed_role_user.assumed_role_id

    client = as_role(endpoint, body)
    client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="uploads/a.txt", body=b"mine"))
    assert client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="uploads/a.txt")).body.read() == b"mine"
    assert oss_refusal(lambda: client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="other/b.txt", body=b"no")))[
        :2
    ] == (403, "AccessDenied")
    assert oss_refusal(lambda: client.delete_object(oss.DeleteObjectRequest(bucket=BUCKET, key="uploads/a.txt")))[
        :2
    ] == (403, "AccessDenied")
    # The token travels in V1 headers and in presigned URLs (security-token / x-oss-security-token) too.
    v1 = as_role(endpoint, body, signature_version="v1")
    assert v1.get_object(oss.GetObjectRequest(bucket=BUCKET, key="uploads/a.txt")).body.read() == b"mine"
    for signer in (client, v1):
        url = signer.presign(oss.GetObjectRequest(bucket=BUCKET, key="uploads/a.txt")).url
        assert "security-token" in url and urllib.request.urlopen(url).read() == b"mine"


def test_a_session_policy_narrows_the_role(roles):
    endpoint = roles
    endpoint.client().put_object(oss.PutObjectRequest(bucket=BUCKET, key="uploads/seed.txt", body=b"seed"))
    read_only = _policy({"Effect": "Allow", "Action": "oss:GetObject", "Resource": f"acs:oss:*:*:{BUCKET}/*"})
    client = as_role(endpoint, assume(sts(endpoint), "Uploader", policy=read_only))
    assert client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="uploads/seed.txt")).body.read() == b"seed"
    assert oss_refusal(
        lambda: client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="uploads/new.txt", body=b"x"))
    )[:2] == (403, "AccessDenied")

    assert sts_refusal(lambda: assume(sts(endpoint), "Uploader", policy="{not json")) == (
        400,
        "InvalidParameter.PolicyGrammar",
    )
    assert sts_refusal(
        lambda: assume(sts(endpoint), "Uploader", policy=_policy({"Effect": "Maybe", "Action": "*", "Resource": "*"}))
    ) == (400, "InvalidParameter.PolicyGrammar")
    too_big = _policy(
        *[
            {"Effect": "Allow", "Action": "oss:GetObject", "Resource": f"acs:oss:*:*:{BUCKET}/{i:040}"}
            for i in range(40)
        ]
    )
    assert sts_refusal(lambda: assume(sts(endpoint), "Uploader", policy=too_big)) == (
        400,
        "InvalidParameter.PolicySize",
    )


def test_the_duration_is_checked_against_the_roles_maximum(roles):
    client = sts(roles)
    assert sts_refusal(lambda: assume(client, "Uploader", duration_seconds=3601)) == (
        400,
        "InvalidParameter.DurationSeconds",
    )
    assert sts_refusal(lambda: assume(client, "Uploader", duration_seconds=899)) == (
        400,
        "InvalidParameter.DurationSeconds",
    )
    assert assume(client, "Uploader", duration_seconds=900).credentials.access_key_id
    assert assume(client, "long-sessions", duration_seconds=7200).credentials.access_key_id
    assert sts_refusal(lambda: assume(client, "long-sessions", duration_seconds=7201)) == (
        400,
        "InvalidParameter.DurationSeconds",
    )


def test_the_trust_policy_and_the_callers_policies_decide_who_may_assume(roles):
    client = sts(roles)
    assert sts_refusal(lambda: assume(client, "ecs-only")) == (403, "NoPermission")
    assert sts_refusal(lambda: assume(client, "no-such-role")) == (404, "EntityNotExist.Role")
    assert sts_refusal(
        lambda: client.assume_role(
            models.AssumeRoleRequest(role_arn="arn:aws:iam::1:role/x", role_session_name="alice")
        )
    ) == (400, "InvalidParameter.RoleArn")
    assert sts_refusal(lambda: assume(client, "Uploader", session="a")) == (400, "InvalidParameter.RoleSessionName")

    def session_client(body: models.AssumeRoleResponseBody) -> StsClient:
        c = body.credentials
        return sts(roles, key=c.access_key_id, secret=c.access_key_secret, token=c.security_token)

    # An assumed role may assume another only where its own policies allow sts:AssumeRole on it.
    uploader = session_client(assume(client, "Uploader"))
    assert sts_refusal(lambda: assume(uploader, "chainer")) == (403, "NoPermission")
    chainer = session_client(assume(client, "chainer"))
    chained = assume(chainer, "Uploader", session="chained")
    assert chained.assumed_role_user.arn == f"{_arn('Uploader')}/chained"
    # ... and its session policy can take that right away.
    no_sts = _policy({"Effect": "Allow", "Action": "oss:GetObject", "Resource": "*"})
    narrowed = session_client(assume(client, "chainer", policy=no_sts))
    assert sts_refusal(lambda: assume(narrowed, "Uploader")) == (403, "NoPermission")


def _issue(endpoint, **overrides) -> sts_tokens.Issued:
    options = dict(
        account_id=ACCOUNT_ID,
        role_name="Uploader",
        role_arn=_arn("Uploader"),
        role_id="300000000000001",
        session_name="alice",
        policy=None,
        duration_seconds=900,
        caller_arn=ROOT,
    )
    return sts_tokens.issue(endpoint.cloud, **{**options, **overrides})


def test_altered_mismatched_and_expired_tokens_are_refused(endpoint):
    endpoint.client().put_bucket(oss.PutBucketRequest(bucket=BUCKET))
    good, other = _issue(endpoint), _issue(endpoint)
    payload, mac = good.security_token.split(".")
    middle = len(payload) // 2
    altered = payload[:middle] + ("A" if payload[middle] != "A" else "B") + payload[middle + 1 :] + "." + mac
    expired = _issue(endpoint, issued_at=datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=2))

    def oss_as(issued: sts_tokens.Issued, token: str | None):
        return endpoint.client(
            access_key_id=issued.access_key_id, access_key_secret=issued.access_key_secret, security_token=token
        )

    def list_buckets(client):
        return lambda: client.list_buckets(oss.ListBucketsRequest())

    assert oss_refusal(list_buckets(oss_as(good, altered))) == (403, "InvalidSecurityToken", "0002-00000006")
    assert oss_refusal(list_buckets(oss_as(good, other.security_token)))[:2] == (403, "InvalidSecurityToken")
    assert oss_refusal(list_buckets(oss_as(expired, expired.security_token))) == (
        403,
        "SecurityTokenExpired",
        "0002-00000007",
    )
    assert oss_refusal(list_buckets(oss_as(good, None)))[:2] == (403, "InvalidAccessKeyId")

    def sts_as(issued: sts_tokens.Issued, token: str | None):
        return sts(endpoint, key=issued.access_key_id, secret=issued.access_key_secret, token=token).get_caller_identity

    assert sts_refusal(sts_as(good, altered)) == (400, "InvalidSecurityToken.Malformed")
    assert sts_refusal(sts_as(good, other.security_token)) == (400, "InvalidSecurityToken.MismatchWithAccessKey")
    assert sts_refusal(sts_as(expired, expired.security_token)) == (400, "InvalidSecurityToken.Expired")
    assert sts_refusal(sts_as(good, None)) == (400, "MissingSecurityToken")
    # The intact token still works, and the server's sealing key is readable by its owner only.
    assert sts_as(good, good.security_token)().body.arn == f"acs:ram::{ACCOUNT_ID}:assumed-role/Uploader/alice"
    assert stat.S_IMODE((endpoint.cloud / sts_tokens.KEY_FILE).stat().st_mode) == 0o600
