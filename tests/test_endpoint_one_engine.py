"""One engine (issue 28, item 6): every row of the request simulator's and the policy simulator's
tables gets the same decision from the live endpoint as from the simulator.

Request simulator rows: the row's bucket, read from its Terraform JSON by the simulator's own
model, is built in the endpoint through the official SDK with the account's key (PutBucket,
PutBucketAcl, PutBucketCors, PutBucketReferer, PutBucketPublicAccessBlock, PutBucketPolicy), and
the row's request is sent for real: anonymous with `requests` (Referer and Origin as a browser
sends them), a presigned URL from the SDK, an Authorization header signed by the SDK, or a CORS
preflight. The live status, error code and CORS headers must be the simulator's.

Policy simulator rows: the engine decides each row for a Principal carrying the policy, as an
identity policy, as an assumed role's session policy, and as a bucket policy naming the identity.
The template rows (the OSS operations an app performs) are also made live: each template is the
policy of a RAM role that real Terraform creates in the endpoint's cloud, the role is assumed
through the local STS, and each operation is made through the SDK with its temporary key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import alibabacloud_oss_v2 as oss
import pytest
import requests
from alibabacloud_oss_v2.types import OperationInput

from ossiac.authz.engine import decide
from ossiac.authz.model import AccessRequest, BucketView, Credentials, Policy, Principal, PrincipalKind
from ossiac.authz.resources import bucket_of
from ossiac.localcloud.identity import ACCOUNT_ID
from ossiac.policy.evaluate import ALLOW, IMPLICIT_DENY, NamedPolicy, Request, evaluate
from ossiac.requestsim.bucket_model import BucketSettings, load_bucket
from ossiac.requestsim.request_model import SimulatedRequest, make_request
from ossiac.requestsim.simulate import simulate
from ossiac_policies.registry import render
from policy_tables import ACTION_CASES, CONDITION_CASES, EXPECTED, KMS_CASES, OPERATIONS, RESOURCE_CASES
from requestsim_buckets import INLINE, POLICIES, REFERER_BUCKET, SPLIT, anonymous_get, referer_document, write
from requestsim_tables import (
    ACL_CASES,
    ACTUAL_REQUEST_CASES,
    BUCKET_POLICY_CASES,
    CREDENTIAL_CASES,
    EMPTY_AND_TRUNCATE_CASES,
    INLINE_CASES,
    PREFLIGHT_CASES,
    SPLIT_CASES,
    SPLIT_PREFLIGHT_CASES,
    WWW,
)


@dataclass(frozen=True)
class Row:
    case: str
    document: dict
    bucket: str
    request: SimulatedRequest


def _preflight(origin: str, method: str, headers: tuple[str, ...] = ()) -> SimulatedRequest:
    return make_request(
        method=None,
        key="img/logo.png",
        credentials=Credentials.ANONYMOUS,
        referer=None,
        origin=origin,
        preflight=True,
        preflight_method=method,
        preflight_headers=tuple(headers),
    )


def _rows() -> list[Row]:
    rows = []
    for case, document, name, method, credentials, _ in ACL_CASES:
        request = make_request(
            method=method, key="k", credentials=credentials, referer="https://www.example.com/", origin=None
        )
        rows.append(Row(f"acl: {case}", document, name, request))
    for case, origin, method, headers, _ in PREFLIGHT_CASES:
        rows.append(Row(f"cors: {case}", INLINE, "media-inline", _preflight(origin, method, headers)))
    for case, headers, _ in SPLIT_PREFLIGHT_CASES:
        rows.append(Row(f"cors split: {case}", SPLIT, "assets-split", _preflight(WWW, "PUT", headers)))
    for case, origin, _ in ACTUAL_REQUEST_CASES:
        request = make_request(
            method="GET", key="k", credentials=Credentials.ANONYMOUS, referer="https://www.example.com/p", origin=origin
        )
        rows.append(Row(f"cors actual: {case}", INLINE, "media-inline", request))
    for case, referer, _ in INLINE_CASES:
        rows.append(Row(f"referer inline: {case}", INLINE, "media-inline", anonymous_get(referer)))
    for case, referer, _ in SPLIT_CASES:
        rows.append(Row(f"referer split: {case}", SPLIT, "assets-split", anonymous_get(referer)))
    for case, credentials, referer, _ in CREDENTIAL_CASES:
        rows.append(
            Row(f"referer credentials: {case}", SPLIT, "assets-split", anonymous_get(referer, credentials=credentials))
        )
    for case, settings, referer, _ in EMPTY_AND_TRUNCATE_CASES:
        rows.append(
            Row(f"referer settings: {case}", referer_document(**settings), REFERER_BUCKET, anonymous_get(referer))
        )
    for case, name, method, key, credentials, _ in BUCKET_POLICY_CASES:
        request = make_request(method=method, key=key, credentials=credentials, referer=None, origin=None)
        rows.append(Row(f"bucket policy: {case}", POLICIES, name, request))
    return rows


ROWS = _rows()


# -- building the row's bucket through the SDK ----------------------------------------------------


def _build(client: oss.Client, settings: BucketSettings) -> None:
    name = settings.name
    client.put_bucket(oss.PutBucketRequest(bucket=name))
    client.put_bucket_acl(oss.PutBucketAclRequest(bucket=name, acl=settings.acl))
    if settings.cors is not None:
        rules = [
            oss.CORSRule(
                allowed_origins=list(r.allowed_origins),
                allowed_methods=list(r.allowed_methods),
                allowed_headers=list(r.allowed_headers) or None,
                expose_headers=list(r.expose_headers) or None,
                max_age_seconds=r.max_age_seconds,
            )
            for r in settings.cors.rules
        ]
        client.put_bucket_cors(
            oss.PutBucketCorsRequest(
                bucket=name,
                cors_configuration=oss.CORSConfiguration(cors_rules=rules, response_vary=settings.cors.response_vary),
            )
        )
    if settings.referer is not None:
        referer = settings.referer
        client.put_bucket_referer(
            oss.PutBucketRefererRequest(
                bucket=name,
                referer_configuration=oss.RefererConfiguration(
                    allow_empty_referer=referer.allow_empty,
                    allow_truncate_query_string=referer.truncate_query_string,
                    truncate_path=referer.truncate_path,
                    referer_list=oss.RefererList(referers=list(referer.whitelist)),
                    referer_blacklist=oss.RefererBlacklist(referers=list(referer.blacklist)),
                ),
            )
        )
    if settings.block_public_access:
        client.put_bucket_public_access_block(
            oss.PutBucketPublicAccessBlockRequest(
                bucket=name,
                public_access_block_configuration=oss.PublicAccessBlockConfiguration(block_public_access=True),
            )
        )
    if settings.policy is not None:
        client.put_bucket_policy(oss.PutBucketPolicyRequest(bucket=name, body=json.dumps(settings.policy)))


# -- sending the row's request for real -----------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    status: int
    code: str | None
    headers: dict[str, str]


def _code(body: bytes) -> str | None:
    text = body.decode("utf-8", "replace")
    start, end = text.find("<Code>"), text.find("</Code>")
    return text[start + len("<Code>") : end] if start >= 0 and end > start else None


def _browser_headers(request: SimulatedRequest) -> dict[str, str]:
    headers = {}
    if request.referer:
        headers["Referer"] = request.referer
    if request.origin:
        headers["Origin"] = request.origin
    return headers


def _http(method: str, url: str, headers: dict[str, str], **kwargs) -> Answer:
    response = requests.request(method, url, headers=headers, timeout=30, **kwargs)
    return Answer(response.status_code, _code(response.content), dict(response.headers))


def _send(endpoint, client: oss.Client, bucket: str, request: SimulatedRequest) -> Answer:
    url = f"{endpoint.url}/{bucket}/{request.key}"
    headers = _browser_headers(request)
    if request.preflight:
        headers["Access-Control-Request-Method"] = request.preflight_method or ""
        if request.preflight_headers:
            headers["Access-Control-Request-Headers"] = ", ".join(request.preflight_headers)
        return _http("OPTIONS", url, headers)
    if request.credentials is Credentials.SIGNED_URL:
        assert request.method == "GET", "the tables presign GETs only"
        signed = client.presign(oss.GetObjectRequest(bucket=bucket, key=request.key))
        return _http(signed.method, signed.url, {**(signed.signed_headers or {}), **headers})
    if request.credentials is Credentials.AUTHORIZATION_HEADER:
        body = b"from the SDK" if request.method in ("PUT", "POST") else None
        try:
            output = client.invoke_operation(
                OperationInput(
                    op_name="OneEngineRow",
                    method=request.method,
                    headers=headers,
                    bucket=bucket,
                    key=request.key,
                    body=body,
                )
            )
        except oss.exceptions.OperationError as error:
            service = error.unwrap()
            assert isinstance(service, oss.exceptions.ServiceError), error
            return Answer(service.status_code, service.code, dict(service.headers or {}))
        return Answer(output.status_code, None, dict(output.headers or {}))
    if request.method == "POST":  # a browser form upload (PostObject), anonymous: no policy, no signature
        return _http(
            "POST",
            f"{endpoint.url}/{bucket}",
            headers,
            data={"key": request.key},
            files={"file": ("a.txt", b"from a form")},
        )
    return _http(request.method, url, headers, data=b"from a browser" if request.method == "PUT" else None)


@pytest.mark.parametrize("row", ROWS, ids=[row.case for row in ROWS])
def test_the_endpoint_decides_each_request_simulator_row_as_the_simulator(endpoint, tmp_path: Path, row: Row):
    settings = load_bucket(write(tmp_path, row.document), row.bucket)
    simulated = simulate(settings, row.request)

    client = endpoint.client()
    _build(client, settings)
    client.put_object(oss.PutObjectRequest(bucket=row.bucket, key=row.request.key, body=b"the object"))
    live = _send(endpoint, client, row.bucket, row.request)

    assert (200 <= live.status < 300) is simulated.served, (live, simulated.refused_by, simulated.reason)
    if not simulated.served:
        assert live.status == simulated.status
        if row.request.method != "HEAD":  # a HEAD answer has no body to carry the code
            assert live.code == simulated.oss_error_code, (live, simulated.reason)
    cors = {
        name: value
        for name, value in live.headers.items()
        if name.lower().startswith("access-control-") or name.lower() == "vary"
    }
    assert cors == simulated.cors_headers


# -- policy simulator rows: the engine, for a Principal carrying the policy -----------------------


def _engine_verdict(principal: Principal, request: Request, bucket_policy: dict | None = None) -> str:
    where = bucket_of(request.resource)
    bucket = None
    if bucket_policy is not None and where is not None:
        bucket = BucketView(name=where[0], owner_account="", policy=bucket_policy)
    access = AccessRequest(
        action=request.action,
        bucket=where[0] if where else None,
        key=where[1] if where else None,
        method="",
        resource=request.resource,
        credentials=Credentials.AUTHORIZATION_HEADER,
        context=dict(request.context),
    )
    return decide(access, principal, bucket).verdict


ALLOW_EVERYTHING = {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
USER_UID = "203000000000000001"


def _as_bucket_policy(document: dict) -> dict:
    """The same statements, for the user named by UID, as a bucket policy says it."""
    return {**document, "Statement": [{**s, "Principal": [USER_UID]} for s in document["Statement"]]}


def _check_every_way(document: dict, request: Request, expected: str) -> None:
    simulator = evaluate([NamedPolicy("p", document)], request).decision
    assert simulator == expected
    user = Principal(PrincipalKind.RAM_USER, uid=USER_UID, policies=(Policy("p", document),))
    assert _engine_verdict(user, request) == expected
    # An assumed role whose role allows everything, narrowed to the document by its session policy.
    role = Principal(
        PrincipalKind.ASSUMED_ROLE,
        arn="acs:ram::1:assumed-role/r/s",
        policies=(Policy("role", ALLOW_EVERYTHING),),
        session_policy=document,
    )
    assert _engine_verdict(role, request) == expected
    # The same statements in the bucket's policy, naming the user, who has no policy of its own.
    # (They can only reach the bucket they are about, so rows for other resources keep no grant.)
    if bucket_of(request.resource) is not None:
        bare = Principal(PrincipalKind.RAM_USER, uid=USER_UID)
        assert _engine_verdict(bare, request, _as_bucket_policy(document)) == expected


TEMPLATE_ROWS = [
    (template, prefix, operation, expected[index])
    for (template, prefix), expected in EXPECTED.items()
    for index, operation in enumerate(OPERATIONS)
]


@pytest.mark.parametrize(
    ("template", "prefix", "operation", "expected"),
    TEMPLATE_ROWS,
    ids=[f"{t}[{p or 'bucket'}]-{o}" for t, p, o, _ in TEMPLATE_ROWS],
)
def test_template_rows_get_the_simulators_decision_from_the_engine(template, prefix, operation, expected):
    _check_every_way(render(template, {"bucket": "photos", "prefix": prefix}), OPERATIONS[operation], expected)


@pytest.mark.parametrize(("access", "action", "key", "expected"), KMS_CASES)
def test_kms_rows_get_the_simulators_decision_from_the_engine(access, action, key, expected):
    document = render("kms-sse-objects", {"key_id": "key-1", "access": access})
    _check_every_way(document, Request(action, f"acs:kms:cn-hangzhou:1234567890:key/{key}"), expected)


def _one(statement: dict) -> dict:
    return {"Version": "1", "Statement": [statement]}


@pytest.mark.parametrize(("pattern", "action", "expected"), ACTION_CASES)
def test_action_rows_get_the_simulators_decision_from_the_engine(pattern, action, expected):
    _check_every_way(
        _one({"Effect": "Allow", "Action": pattern, "Resource": "*"}), Request(action, "acs:oss:*:*:b/k"), expected
    )


@pytest.mark.parametrize(("pattern", "resource", "expected"), RESOURCE_CASES)
def test_resource_rows_get_the_simulators_decision_from_the_engine(pattern, resource, expected):
    _check_every_way(
        _one({"Effect": "Allow", "Action": "oss:GetObject", "Resource": pattern}),
        Request("oss:GetObject", resource),
        expected,
    )


@pytest.mark.parametrize(("operator", "values", "request_value", "expected"), CONDITION_CASES)
def test_condition_rows_get_the_simulators_decision_from_the_engine(operator, values, request_value, expected):
    statement = {"Effect": "Allow", "Action": "oss:*", "Resource": "*", "Condition": {operator: {"acs:Key": values}}}
    _check_every_way(_one(statement), Request("oss:GetObject", "acs:oss:*:*:b/k", {"acs:Key": request_value}), expected)


# -- policy simulator rows, live: each template is a role's policy, used through STS ---------------

ROOT_ARN = f"acs:ram::{ACCOUNT_ID}:root"


def _role_name(template: str, prefix: str) -> str:
    return f"{template}-{'prefix' if prefix else 'bucket'}"


def _roles_hcl() -> str:
    trust = json.dumps(
        {
            "Version": "1",
            "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"RAM": [ROOT_ARN]}}],
        }
    )
    blocks = []
    for template, prefix in EXPECTED:
        name = _role_name(template, prefix)
        document = json.dumps(render(template, {"bucket": "photos", "prefix": prefix}))
        blocks.append(f"""
resource "alicloud_ram_policy" "{name}" {{
  policy_name     = "{name}"
  policy_document = {json.dumps(document)}
}}

resource "alicloud_ram_role" "{name}" {{
  role_name                   = "{name}"
  assume_role_policy_document = {json.dumps(trust)}
}}

resource "alicloud_ram_role_policy_attachment" "{name}" {{
  role_name   = alicloud_ram_role.{name}.role_name
  policy_name = alicloud_ram_policy.{name}.policy_name
  policy_type = "Custom"
}}
""")
    return "".join(blocks)


def _as_role(endpoint, role_name: str) -> oss.Client:
    from alibabacloud_sts20150401 import models
    from alibabacloud_sts20150401.client import Client as StsClient

    sts = StsClient(endpoint.openapi_config())
    credentials = sts.assume_role(
        models.AssumeRoleRequest(role_arn=f"acs:ram::{ACCOUNT_ID}:role/{role_name}", role_session_name="rows")
    ).body.credentials
    return endpoint.client(
        access_key_id=credentials.access_key_id,
        access_key_secret=credentials.access_key_secret,
        security_token=credentials.security_token,
    )


def _operate(client: oss.Client, request: Request) -> str:
    """Make the row's request through the SDK: its decision, in the policy simulator's words."""
    where = bucket_of(request.resource)
    action = request.action
    try:
        if action == "oss:ListBuckets":
            client.list_buckets(oss.ListBucketsRequest())
        elif action == "oss:ListObjects":
            client.list_objects(oss.ListObjectsRequest(bucket=where[0], prefix=request.context.get("oss:Prefix")))
        elif action == "oss:PutObject":
            client.put_object(oss.PutObjectRequest(bucket=where[0], key=where[1], body=b"row"))
        elif action == "oss:GetObject":
            client.get_object(oss.GetObjectRequest(bucket=where[0], key=where[1])).body.read()
        elif action == "oss:DeleteObject":
            client.delete_object(oss.DeleteObjectRequest(bucket=where[0], key=where[1]))
        else:
            raise AssertionError(f"no SDK call for {action}")
    except oss.exceptions.OperationError as error:
        service = error.unwrap()
        assert (service.status_code, service.code) == (403, "AccessDenied"), service
        return IMPLICIT_DENY
    return ALLOW


def test_template_rows_get_the_same_decision_from_the_endpoint_for_a_role_holding_the_template(local_cloud, endpoint):
    assert local_cloud.cloud == endpoint.cloud
    local_cloud.write(_roles_hcl())
    local_cloud.init_apply()
    account = endpoint.client()
    objects = {bucket_of(r.resource) for r in OPERATIONS.values() if bucket_of(r.resource) and bucket_of(r.resource)[1]}
    for name in {bucket for bucket, _ in objects}:
        account.put_bucket(oss.PutBucketRequest(bucket=name))

    differences = []
    for (template, prefix), expected in EXPECTED.items():
        client = _as_role(endpoint, _role_name(template, prefix))
        for bucket_name, key in objects:  # what the reads read (a delete row may have removed one)
            account.put_object(oss.PutObjectRequest(bucket=bucket_name, key=key, body=b"seed"))
        for (operation, request), decision in zip(OPERATIONS.items(), expected, strict=True):
            live = _operate(client, request)
            if live != decision:
                differences.append(
                    f"{template}[{prefix or 'bucket'}] {operation}: simulator {decision}, endpoint {live}"
                )
    assert differences == []
