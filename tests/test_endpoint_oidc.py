"""OIDC federation on the local cloud's endpoint, through the official SDKs only: IMS OIDC providers
(alibabacloud_ims20190815), STS AssumeRoleWithOIDC (alibabacloud_sts20150401, anonymous as the SDK
sends it) with tokens from a local HTTPS issuer (tests/oidc_issuer.py), and the temporary
credentials used with OSS (alibabacloud_oss_v2). Each refusal is checked for STS's code."""

from __future__ import annotations

import json
import time

import alibabacloud_oss_v2 as oss
import pytest
from alibabacloud_ims20190815 import models as ims_models
from alibabacloud_sts20150401 import models
from alibabacloud_sts20150401.client import Client as StsClient
from alibabacloud_tea_openapi.exceptions import ClientException

from oidc_issuer import OidcIssuer, ims_client, register_provider, store_role, trust_policy
from ossiac.endpoint import sts_tokens
from ossiac.localcloud.identity import ACCOUNT_ID

BUCKET = "oidc-deploys"
AUD = "sts.aliyuncs.com"
PRODUCTION = "repo:o/r:environment:production"


def _sts(endpoint, **credentials) -> StsClient:
    return StsClient(endpoint.openapi_config(signed=False, **credentials))


def _assume(endpoint, provider_arn: str, role_arn: str, token: str, **options) -> models.AssumeRoleWithOIDCResponseBody:
    request = models.AssumeRoleWithOIDCRequest(
        oidcprovider_arn=provider_arn, role_arn=role_arn, oidctoken=token, role_session_name="ci-run", **options
    )
    return _sts(endpoint).assume_role_with_oidc(request).body


def refusal(call) -> tuple[int, str]:
    with pytest.raises(ClientException) as refused:
        call()
    data = refused.value.data
    assert set(data) >= {"RequestId", "HostId", "Code", "Message"}
    return data["statusCode"], data["Code"]


@pytest.fixture()
def issuer():
    with OidcIssuer() as served:
        yield served


@pytest.fixture()
def federation(endpoint, issuer):
    """A provider for `issuer`, a deploy role trusting only production, and a bucket."""
    provider = register_provider(endpoint, issuer)
    role = store_role(
        endpoint,
        "deploy",
        trust_policy(provider, issuer.url, [PRODUCTION]),
        max_session=7200,
        grants=[
            {
                "Effect": "Allow",
                "Action": ["oss:PutObject", "oss:GetObject"],
                "Resource": [f"acs:oss:*:*:{BUCKET}/site/*"],
            }
        ],
    )
    endpoint.client().put_bucket(oss.PutBucketRequest(bucket=BUCKET))
    return endpoint, issuer, provider, role


@pytest.fixture()
def terraform_federation(local_cloud, endpoint, issuer):
    """As `federation`, but the role, its policy and the attachment made by real Terraform with the
    stand-in provider, in the cloud the endpoint serves."""
    assert local_cloud.cloud == endpoint.cloud
    provider = register_provider(endpoint, issuer)
    grants = {
        "Version": "1",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["oss:PutObject", "oss:GetObject"],
                "Resource": [f"acs:oss:*:*:{BUCKET}/site/*"],
            }
        ],
    }
    local_cloud.write(
        f"""
resource "alicloud_ram_policy" "deploy" {{
  policy_name     = "deploy-site"
  policy_document = {json.dumps(json.dumps(grants))}
}}

resource "alicloud_ram_role" "deploy" {{
  role_name                   = "deploy"
  max_session_duration        = 7200
  assume_role_policy_document = {json.dumps(json.dumps(trust_policy(provider, issuer.url, [PRODUCTION])))}
}}

resource "alicloud_ram_role_policy_attachment" "deploy" {{
  role_name   = alicloud_ram_role.deploy.role_name
  policy_name = alicloud_ram_policy.deploy.policy_name
  policy_type = "Custom"
}}
"""
    )
    local_cloud.init_apply()
    endpoint.client().put_bucket(oss.PutBucketRequest(bucket=BUCKET))
    return endpoint, issuer, provider, f"acs:ram::{ACCOUNT_ID}:role/deploy"


# -- IMS OIDC providers ----------------------------------------------------------------------------


def test_providers_are_created_read_listed_updated_and_deleted(endpoint, issuer):
    ims = ims_client(endpoint)
    arn = register_provider(endpoint, issuer, client_ids=(AUD, "other-client"))
    assert arn == f"acs:ram::{ACCOUNT_ID}:oidc-provider/github-actions"
    got = ims.get_oidcprovider(ims_models.GetOIDCProviderRequest(oidcprovider_name="github-actions")).body.oidcprovider
    assert (got.issuer_url, got.fingerprints, got.client_ids, got.issuance_limit_time, got.arn) == (
        issuer.url,
        issuer.fingerprint,
        f"{AUD},other-client",
        12,
        arn,
    )
    assert got.create_date.endswith("Z") and got.gmt_create > 0

    for name, host in (("b-provider", "b.example.com"), ("c-provider", "c.example.com")):
        ims.create_oidcprovider(
            ims_models.CreateOIDCProviderRequest(
                oidcprovider_name=name, issuer_url=f"https://{host}", fingerprints="ab" * 20, issuance_limit_time=6
            )
        )
    first = ims.list_oidcproviders(ims_models.ListOIDCProvidersRequest(max_items=2)).body
    assert [p.oidcprovider_name for p in first.oidcproviders.oidcprovider] == ["b-provider", "c-provider"]
    assert first.is_truncated and first.marker == "c-provider"
    rest = ims.list_oidcproviders(ims_models.ListOIDCProvidersRequest(max_items=2, marker=first.marker)).body
    assert [p.oidcprovider_name for p in rest.oidcproviders.oidcprovider] == ["github-actions"]
    assert not rest.is_truncated

    updated = ims.update_oidcprovider(
        ims_models.UpdateOIDCProviderRequest(
            oidcprovider_name="b-provider", client_ids="x,y", issuance_limit_time=24, new_description="CI"
        )
    ).body.oidcprovider
    assert (updated.client_ids, updated.issuance_limit_time, updated.description) == ("x,y", 24, "CI")

    ims.delete_oidcprovider(ims_models.DeleteOIDCProviderRequest(oidcprovider_name="b-provider"))
    assert refusal(lambda: ims.get_oidcprovider(ims_models.GetOIDCProviderRequest(oidcprovider_name="b-provider"))) == (
        404,
        "EntityNotExist.OIDCProvider",
    )
    assert refusal(
        lambda: ims.delete_oidcprovider(ims_models.DeleteOIDCProviderRequest(oidcprovider_name="b-provider"))
    ) == (404, "EntityNotExist.OIDCProvider")


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"oidcprovider_name": "-starts-with-dash"}, (400, "InvalidParameter.OIDCProviderName")),
        ({"oidcprovider_name": "x" * 129}, (400, "InvalidParameter.OIDCProviderName")),
        ({"issuer_url": "http://plain.example.com"}, (400, "InvalidParameter.IssuerUrl")),
        ({"issuer_url": "https://a.example.com/?q=1"}, (400, "InvalidParameter.IssuerUrl")),
        ({"issuer_url": "https://user@a.example.com"}, (400, "InvalidParameter.IssuerUrl")),
        ({"issuer_url": "https://a.example.com/" + "p" * 250}, (400, "InvalidParameter.IssuerUrl")),
        ({"issuer_url": None}, (400, "MissingParameter.IssuerUrl")),
        ({"fingerprints": "not-hex!"}, (400, "InvalidParameter.Fingerprints")),
        ({"fingerprints": "a" * 41}, (400, "InvalidParameter.Fingerprints")),
        ({"fingerprints": ",".join(f"{i:040x}" for i in range(6))}, (409, "LimitExceeded.Fingerprints")),
        ({"client_ids": ":leading-colon"}, (400, "InvalidParameter.ClientIds")),
        ({"client_ids": ",".join(f"c{i}" for i in range(21))}, (409, "LimitExceeded.ClientIds")),
        ({"issuance_limit_time": 0}, (400, "InvalidParameter.IssuanceLimitTime")),
        ({"issuance_limit_time": 169}, (400, "InvalidParameter.IssuanceLimitTime")),
        ({"description": "d" * 257}, (400, "InvalidParameter.Description")),
    ],
)
def test_bad_provider_input_is_refused(endpoint, overrides, expected):
    fields = {
        "oidcprovider_name": "good-name",
        "issuer_url": "https://token.example.com",
        "fingerprints": "ab" * 20,
        "client_ids": AUD,
        **overrides,
    }
    ims = ims_client(endpoint)
    assert refusal(lambda: ims.create_oidcprovider(ims_models.CreateOIDCProviderRequest(**fields))) == expected
    assert ims.list_oidcproviders(ims_models.ListOIDCProvidersRequest()).body.oidcproviders.oidcprovider == []


def test_limits_at_their_edge_are_accepted_and_taken_names_and_urls_refused(endpoint):
    ims = ims_client(endpoint)
    edge = ims_models.CreateOIDCProviderRequest(
        oidcprovider_name="a" * 128,
        issuer_url="https://edge.example.com/" + "p" * (255 - len("https://edge.example.com/")),
        fingerprints=",".join(f"{i:040x}" for i in range(5)),
        client_ids=",".join(f"c{i}" for i in range(20)),
        issuance_limit_time=168,
        description="d" * 256,
    )
    assert ims.create_oidcprovider(edge).body.oidcprovider.issuance_limit_time == 168
    again = ims_models.CreateOIDCProviderRequest(oidcprovider_name="a" * 128, issuer_url="https://other.example.com")
    assert refusal(lambda: ims.create_oidcprovider(again)) == (409, "EntityAlreadyExists.OIDCProvider")
    same_url = ims_models.CreateOIDCProviderRequest(oidcprovider_name="second", issuer_url=edge.issuer_url)
    assert refusal(lambda: ims.create_oidcprovider(same_url)) == (409, "EntityAlreadyExists.OIDCProvider.Url")


def test_ims_calls_need_the_accounts_signature_or_a_ram_allow(endpoint, issuer):
    client_type = type(ims_client(endpoint))
    wrong = client_type(endpoint.openapi_config(access_key_secret="not-the-secret"))
    assert refusal(lambda: wrong.list_oidcproviders(ims_models.ListOIDCProvidersRequest())) == (
        400,
        "SignatureDoesNotMatch",
    )
    # An assumed role may read providers only where its policies allow ram:GetOIDCProvider.
    register_provider(endpoint, issuer)
    store_role(
        endpoint,
        "reader",
        {
            "Version": "1",
            "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"RAM": [ACCOUNT_ID]}}],
        },
        grants=[{"Effect": "Allow", "Action": "ram:GetOIDCProvider", "Resource": "*"}],
    )
    c = (
        _sts(endpoint, access_key_id=endpoint.key.access_key_id, access_key_secret=endpoint.key.access_key_secret)
        .assume_role(models.AssumeRoleRequest(role_arn=f"acs:ram::{ACCOUNT_ID}:role/reader", role_session_name="r1"))
        .body.credentials
    )
    as_role = client_type(
        endpoint.openapi_config(
            access_key_id=c.access_key_id, access_key_secret=c.access_key_secret, security_token=c.security_token
        )
    )
    got = as_role.get_oidcprovider(ims_models.GetOIDCProviderRequest(oidcprovider_name="github-actions")).body
    assert got.oidcprovider.issuer_url == issuer.url
    assert refusal(
        lambda: as_role.delete_oidcprovider(ims_models.DeleteOIDCProviderRequest(oidcprovider_name="github-actions"))
    ) == (403, "NoPermission")


def test_providers_outlive_the_endpoint(tmp_path, issuer):
    from harness import Endpoint

    first = Endpoint(tmp_path / "cloud")
    try:
        arn = register_provider(first, issuer)
    finally:
        first.close()
    second = Endpoint(tmp_path / "cloud")
    try:
        got = ims_client(second).get_oidcprovider(ims_models.GetOIDCProviderRequest(oidcprovider_name="github-actions"))
        assert got.body.oidcprovider.arn == arn
    finally:
        second.close()


# -- AssumeRoleWithOIDC ----------------------------------------------------------------------------


def test_a_production_token_assumes_the_deploy_role_and_acts_with_its_policy(terraform_federation):
    endpoint, issuer, provider, role = terraform_federation
    issued_at = int(time.time())
    body = _assume(endpoint, provider, role, issuer.token(PRODUCTION, AUD, iat=issued_at), duration_seconds=7200)
    assert body.assumed_role_user.arn == f"{role}/ci-run"
    info = body.oidctoken_info
    assert (info.issuer, info.subject, info.client_ids) == (issuer.url, PRODUCTION, AUD)
    assert info.issuance_time == time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(issued_at))
    credentials = body.credentials
    assert credentials.access_key_id.startswith(sts_tokens.KEY_PREFIX)

    who = (
        _sts(
            endpoint,
            access_key_id=credentials.access_key_id,
            access_key_secret=credentials.access_key_secret,
            security_token=credentials.security_token,
        )
        .get_caller_identity()
        .body
    )
    assert (who.identity_type, who.arn) == ("AssumedRoleUser", f"acs:ram::{ACCOUNT_ID}:assumed-role/deploy/ci-run")

    client = endpoint.client(
        access_key_id=credentials.access_key_id,
        access_key_secret=credentials.access_key_secret,
        security_token=credentials.security_token,
    )
    client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="site/index.html", body=b"<h1>hi</h1>"))
    assert client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="site/index.html")).body.read() == b"<h1>hi</h1>"
    with pytest.raises(oss.exceptions.OperationError) as denied:
        client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="elsewhere.txt", body=b"no"))
    assert (denied.value.unwrap().status_code, denied.value.unwrap().code) == (403, "AccessDenied")
    # The issuer was asked for its discovery document, then its keys.
    assert issuer.requests[-2:] == ["/.well-known/openid-configuration", "/.well-known/jwks"]


def test_a_session_policy_narrows_the_oidc_session(federation):
    endpoint, issuer, provider, role = federation
    read_only = json.dumps(
        {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:GetObject", "Resource": "*"}]}
    )
    c = _assume(endpoint, provider, role, issuer.token(PRODUCTION, AUD), policy=read_only).credentials
    client = endpoint.client(
        access_key_id=c.access_key_id, access_key_secret=c.access_key_secret, security_token=c.security_token
    )
    with pytest.raises(oss.exceptions.OperationError) as denied:
        client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="site/x.html", body=b"x"))
    assert denied.value.unwrap().code == "AccessDenied"
    assert refusal(lambda: _assume(endpoint, provider, role, issuer.token(PRODUCTION, AUD), policy="{no")) == (
        400,
        "InvalidParameter.PolicyGrammar",
    )


def test_each_check_refuses_with_its_code(federation):
    endpoint, issuer, provider, role = federation
    now = int(time.time())

    def refused(token: str, *, provider_arn: str = provider, role_arn: str = role, **options) -> tuple[int, str]:
        return refusal(lambda: _assume(endpoint, provider_arn, role_arn, token, **options))

    good = issuer.token(PRODUCTION, AUD)
    unknown = f"acs:ram::{ACCOUNT_ID}:oidc-provider/nobody"
    assert refused(good, provider_arn=unknown) == (401, "AuthenticationFail.NoPermission")
    assert refused(issuer.token(PRODUCTION, "some-other-client")) == (
        401,
        "AuthenticationFail.OIDCToken.AudienceNotMatch",
    )
    assert refused(issuer.token(PRODUCTION, AUD, iss="https://token.actions.githubusercontent.com")) == (
        401,
        "AuthenticationFail.OIDCToken.IssuerNotMatch",
    )
    assert refused(issuer.token(PRODUCTION, AUD, iat=now - 900, ttl=300)) == (
        401,
        "AuthenticationFail.OIDCToken.Expired",
    )
    # Issued 13 hours ago, still unexpired: older than the provider's IssuanceLimitTime (12 hours).
    assert refused(issuer.token(PRODUCTION, AUD, iat=now - 13 * 3600, ttl=14 * 3600)) == (
        401,
        "AuthenticationFail.OIDCToken.Expired",
    )
    assert refused(issuer.token(PRODUCTION, AUD, nbf=now + 600)) == (401, "AuthenticationFail.OIDCToken.Invalid")
    head, payload, signature = good.split(".")
    other_payload = issuer.token("repo:o/r:environment:staging", AUD).split(".")[1]
    assert refused(f"{head}.{other_payload}.{signature}") == (401, "AuthenticationFail.OIDCToken.InvalidSignature")
    wrong_kid = issuer.sign(
        {"alg": "RS256", "typ": "JWT", "kid": "rotated-away"},
        {"iss": issuer.url, "sub": PRODUCTION, "aud": AUD, "iat": now, "exp": now + 300},
    )
    assert refused(wrong_kid) == (401, "AuthenticationFail.OIDCToken.InvalidSignature")
    assert refused("not.a-jwt") == (401, "AuthenticationFail.OIDCToken.Invalid")
    # Signed by the issuer's RSA key, every claim right: only the header's algorithm is wrong.
    claims = {"iss": issuer.url, "sub": PRODUCTION, "aud": AUD, "iat": now, "exp": now + 300}
    hs256 = issuer.sign({"alg": "HS256", "typ": "JWT", "kid": issuer.kid}, claims)
    assert refused(hs256) == (401, "AuthenticationFail.OIDCToken.Invalid")
    # The trust policy: a pull request's subject is not production's.
    assert refused(issuer.token("repo:o/r:pull_request", AUD)) == (401, "AuthenticationFail.NoPermission")
    assert refused(good, duration_seconds=7201) == (400, "InvalidParameter.DurationSeconds")
    assert refused(good, duration_seconds=899) == (400, "InvalidParameter.DurationSeconds")
    missing = f"acs:ram::{ACCOUNT_ID}:role/no-such-role"
    assert refused(good, role_arn=missing) == (404, "EntityNotExist.Role")
    assert refusal(
        lambda: _sts(endpoint).assume_role_with_oidc(
            models.AssumeRoleWithOIDCRequest(
                oidcprovider_arn=provider, role_arn=role, oidctoken=good, role_session_name="a"
            )
        )
    ) == (400, "InvalidParameter.RoleSessionName")
    # ... and the same token, untouched, is accepted.
    assert _assume(endpoint, provider, role, good).credentials.access_key_id


def test_the_issuers_certificate_must_be_one_the_provider_pins(endpoint, issuer):
    ims = ims_client(endpoint)
    ims.create_oidcprovider(
        ims_models.CreateOIDCProviderRequest(
            oidcprovider_name="pinned-elsewhere", issuer_url=issuer.url, fingerprints="ab" * 20, client_ids=AUD
        )
    )
    provider = f"acs:ram::{ACCOUNT_ID}:oidc-provider/pinned-elsewhere"
    role = store_role(endpoint, "pinned", trust_policy(provider, issuer.url, [PRODUCTION]))
    token = issuer.token(PRODUCTION, AUD)
    assert refusal(lambda: _assume(endpoint, provider, role, token)) == (
        401,
        "AuthenticationFail.OIDCToken.PublicKeyFingerprintMismatch",
    )
    assert issuer.requests == []  # refused at the TLS handshake: nothing was asked of the server
    # Adding the right fingerprint is what makes it work.
    ims.delete_oidcprovider(ims_models.DeleteOIDCProviderRequest(oidcprovider_name="pinned-elsewhere"))
    ims.create_oidcprovider(
        ims_models.CreateOIDCProviderRequest(
            oidcprovider_name="pinned-elsewhere",
            issuer_url=issuer.url,
            fingerprints=f"{'ab' * 20},{issuer.fingerprint.upper()}",
            client_ids=AUD,
        )
    )
    assert _assume(endpoint, provider, role, token).credentials.access_key_id


def test_a_role_trusting_another_provider_is_refused(federation):
    endpoint, issuer, provider, _ = federation
    with OidcIssuer() as other:
        other_provider = register_provider(endpoint, other, name="other-idp")
        role = store_role(endpoint, "other-trust", trust_policy(other_provider, other.url, [PRODUCTION]))
        # Our provider and a valid token of ours, but the role trusts only the other provider.
        assert refusal(lambda: _assume(endpoint, provider, role, issuer.token(PRODUCTION, AUD))) == (
            401,
            "AuthenticationFail.NoPermission",
        )
        assert _assume(endpoint, other_provider, role, other.token(PRODUCTION, AUD)).credentials.access_key_id
    # A role trusting the provider by AssumeRole's RAM principal cannot be assumed by a token either.
    ram_only = store_role(
        endpoint,
        "ram-only",
        {
            "Version": "1",
            "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"RAM": [ACCOUNT_ID]}}],
        },
    )
    assert refusal(lambda: _assume(endpoint, provider, ram_only, issuer.token(PRODUCTION, AUD))) == (
        401,
        "AuthenticationFail.NoPermission",
    )


def test_rpc_calls_are_dispatched_by_their_api_version(endpoint):
    """The same action name under a version the local cloud does not serve is refused, not guessed."""
    from alibabacloud_tea_openapi.client import Client as OpenApiClient
    from alibabacloud_tea_openapi.utils_models import OpenApiRequest, Params
    from darabonba.runtime import RuntimeOptions

    client = OpenApiClient(endpoint.openapi_config())

    def call(action: str, version: str) -> dict:
        params = Params(
            action=action,
            version=version,
            protocol="HTTP",
            pathname="/",
            method="POST",
            auth_type="AK",
            style="RPC",
            req_body_type="formData",
            body_type="json",
        )
        return client.call_api(params, OpenApiRequest(query={}), RuntimeOptions())

    assert call("GetCallerIdentity", "2015-04-01")["body"]["IdentityType"] == "Account"
    assert refusal(lambda: call("GetCallerIdentity", "2019-08-15")) == (404, "InvalidAction.NotFound")
    assert refusal(lambda: call("ListOIDCProviders", "2015-04-01")) == (404, "InvalidAction.NotFound")
    assert refusal(lambda: call("GetCallerIdentity", "2014-01-01")) == (400, "InvalidVersion")
    assert call("ListOIDCProviders", "2019-08-15")["body"]["OIDCProviders"] == {"OIDCProvider": []}
    ims = ims_client(endpoint)
    assert refusal(lambda: ims.list_oidcproviders(ims_models.ListOIDCProvidersRequest(max_items=1001))) == (
        400,
        "InvalidParameter.MaxItems",
    )
