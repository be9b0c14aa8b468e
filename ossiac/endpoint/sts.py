"""STS on the local cloud: AssumeRole, AssumeRoleWithOIDC and GetCallerIdentity, answered the way
Alibaba's STS answers the official SDK (`alibabacloud_sts20150401` over `alibabacloud_tea_openapi`):
RPC style, JSON bodies, errors as `{"RequestId", "HostId", "Code", "Message", "Recommend"}` with
STS's documented codes. RPC calls are dispatched by API version (`x-acs-version`, else `Version`):
2015-04-01 is STS (the default when none is sent), 2019-08-15 is IMS (`ims.py`, OIDC providers).

Signatures are recomputed with the SDK's own helpers (`alibabacloud_tea_openapi.utils.Utils`):
`get_authorization` for ACS3-HMAC-SHA256/SM3 (the SDK's default, an `Authorization` header over a
canonical request) and `get_rpcsignature` for the older HMAC-SHA1 `Signature` parameter. The
caller is resolved as for OSS (`principals.identify`), so temporary credentials can call STS too.

AssumeRole checks, in order: the parameters' form, the role exists, its trust policy admits the
caller, the caller may `sts:AssumeRole` on it (the account always may; others need an identity
policy Allow), the session policy, then the duration against the role's maximum.

AssumeRoleWithOIDC is anonymous (the SDK signs nothing): the OIDC token is the credential. Checks,
in order: the parameters' form, the OIDC provider exists, the token (`oidc.py`), the role exists,
its trust policy admits the provider as `Principal: {"Federated": [<provider ARN>]}` with the
token's `oidc:iss`, `oidc:aud` and `oidc:sub` in the request context (the one engine decides), the
session policy, then the duration. Codes and statuses: AssumeRoleWithOIDC's page
https://help.aliyun.com/zh/ram/api-assumerolewithoidc and STS's error codes
https://help.aliyun.com/zh/ram/developer-reference/api-sts-2015-04-01-errorcodes (both read
2026-12-04): 401 AuthenticationFail.NoPermission "No such OIDC Provider registered." for an
unknown provider and "There is no permission" for a trust policy that does not admit the token.

Unlike Alibaba Cloud, the account's own key may assume roles: the local cloud has no RAM user keys.
"""

from __future__ import annotations

import datetime
import hmac
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from alibabacloud_tea_openapi.utils import Utils
from darabonba.request import DaraRequest
from werkzeug.wrappers import Request, Response

from ossiac.authz.model import Principal, PrincipalKind
from ossiac.endpoint import ims, oidc, principals, sts_tokens
from ossiac.endpoint.errors import OssError
from ossiac.endpoint.routing import address
from ossiac.localcloud.identity import ACCOUNT_ID
from ossiac.policy.evaluate import ALLOW, NamedPolicy, Request as RamRequest, evaluate
from ossiac_policies.policy_document import as_list
from ossiac_policies.policy_grammar import validate_policy
from ossiac_props.wildcard import wildcard_match

if TYPE_CHECKING:
    from ossiac.endpoint.app import Endpoint

log = logging.getLogger("ossiac.endpoint.sts")

HOST_ID = "sts.localcloud"
VERSION = "2015-04-01"
MAX_BODY_BYTES = 64 * 1024
MAX_SKEW = datetime.timedelta(minutes=15)
MIN_DURATION, DEFAULT_DURATION = 900, 3600
MAX_SESSION_POLICY_BYTES = 2048
MIN_OIDC_TOKEN, MAX_OIDC_TOKEN = 4, 20000  # characters (AssumeRoleWithOIDC's page)
_ACS3 = ("ACS3-HMAC-SHA256", "ACS3-HMAC-SM3")
_ROLE_ARN = re.compile(r"^acs:ram::(?P<account>\d+):role/(?P<name>[^/]+)$", re.IGNORECASE)
_SESSION_NAME = re.compile(r"^[A-Za-z0-9.@_-]{2,64}$")


class StsError(Exception):
    def __init__(self, status: int, code: str, message: str, recommend: str = "") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message, self.recommend = status, code, message, recommend


def is_sts_request(request: Request) -> bool:
    """An STS call: tea-openapi's `x-acs-action` header, or an RPC `Action` on the service root
    (no bucket in the Host, path `/`)."""
    if request.headers.get("x-acs-action"):
        return True
    if "Action" not in request.args or request.environ.get("PATH_INFO", "/") not in ("", "/"):
        return False
    try:
        return address(request.environ.get("HTTP_HOST", ""), b"/").bucket is None
    except OssError:
        return False


def json_response(content: Mapping[str, Any], status: int = 200) -> Response:
    return Response(
        json.dumps(content, ensure_ascii=False), status=status, content_type="application/json;charset=utf-8"
    )


def handle(endpoint: Endpoint, request: Request, request_id: str) -> Response:
    """One STS call; every refusal is STS's JSON error, never a traceback."""
    try:
        body = _body(request)
        params = _parameters(request, body)
        action = request.headers.get("x-acs-action") or params.get("Action", "")
        version = request.headers.get("x-acs-version") or params.get("Version") or VERSION
        if version not in (VERSION, ims.VERSION):
            raise StsError(
                400,
                "InvalidVersion",
                f"The local cloud answers RPC versions {VERSION} (STS) and {ims.VERSION} (IMS), not {version!r}.",
            )
        if version == VERSION and action == "AssumeRoleWithOIDC":  # anonymous: the token is the credential
            answer = assume_role_with_oidc(endpoint, params, request)
        else:
            resolved = _authenticate(endpoint, request, params, body)
            if version == ims.VERSION:
                answer = ims.handle(endpoint, resolved.principal, action, params, request)
            elif action == "AssumeRole":
                answer = assume_role(endpoint, resolved.principal, params, request)
            elif action == "GetCallerIdentity":
                answer = caller_identity(resolved)
            else:
                raise StsError(
                    404,
                    "InvalidAction.NotFound",
                    f"The local STS answers AssumeRole, AssumeRoleWithOIDC and GetCallerIdentity, not {action!r}.",
                )
        return json_response({"RequestId": request_id, **answer})
    except StsError as error:
        return json_response(
            {
                "RequestId": request_id,
                "HostId": HOST_ID,
                "Code": error.code,
                "Message": error.message,
                "Recommend": error.recommend,
            },
            error.status,
        )
    except Exception:
        log.exception("STS request %s failed", request_id)
        return json_response(
            {
                "RequestId": request_id,
                "HostId": HOST_ID,
                "Code": "InternalError",
                "Message": "STS Server Internal Error happened.",
                "Recommend": "",
            },
            500,
        )


# -- the request ---------------------------------------------------------------------------------


def _body(request: Request) -> bytes:
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise StsError(400, "InvalidParameter", f"The request body is over {MAX_BODY_BYTES} bytes.")
    data = request.stream.read(MAX_BODY_BYTES + 1)
    if len(data) > MAX_BODY_BYTES:
        raise StsError(400, "InvalidParameter", f"The request body is over {MAX_BODY_BYTES} bytes.")
    return data


def _query(request: Request) -> dict[str, str]:
    return dict(parse_qsl(request.environ.get("QUERY_STRING", ""), keep_blank_values=True))


def _form(request: Request, body: bytes) -> dict[str, str]:
    if body and (request.mimetype or "") == "application/x-www-form-urlencoded":
        return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    return {}


def _parameters(request: Request, body: bytes) -> dict[str, str]:
    """RPC parameters: the query string, and a form body where one was sent."""
    return {**_query(request), **_form(request, body)}


# -- who calls -------------------------------------------------------------------------------------


def _authenticate(endpoint: Endpoint, request: Request, params: dict[str, str], body: bytes) -> principals.Resolved:
    authorization = request.headers.get("Authorization", "").strip()
    if authorization:
        algorithm, _, rest = authorization.partition(" ")
        fields = dict(part.strip().partition("=")[::2] for part in rest.split(","))
        if algorithm not in _ACS3 or not fields.get("Credential") or not fields.get("Signature"):
            raise StsError(
                400,
                "IncompleteSignature",
                "The Authorization header must be "
                f"'{_ACS3[0]} Credential=<AccessKeyId>,SignedHeaders=<names>,Signature=<hex>'.",
            )
        access_key_id, token = fields["Credential"], request.headers.get("x-acs-security-token")
        resolved = _caller(endpoint, access_key_id, token)
        expected = _acs3_signature(
            request, body, algorithm, fields.get("SignedHeaders", ""), access_key_id, resolved.secret
        )
        signed_at = request.headers.get("x-acs-date", "")
    elif "Signature" in params:
        if params.get("SignatureMethod", "HMAC-SHA1") != "HMAC-SHA1":
            raise StsError(400, "InvalidSignatureMethod", "The local STS checks SignatureMethod HMAC-SHA1.")
        access_key_id, token = params.get("AccessKeyId", ""), params.get("SecurityToken")
        resolved = _caller(endpoint, access_key_id, token)
        signed = {k: v for k, v in params.items() if k != "Signature"}
        expected = Utils.get_rpcsignature(signed, request.method, resolved.secret)
        fields, signed_at = {"Signature": params["Signature"]}, params.get("Timestamp", "")
    else:
        raise StsError(
            400,
            "MissingAccessKeyId",
            "AccessKeyId is mandatory for this action: sign the request "
            "(ACS3-HMAC-SHA256 Authorization header, or the RPC Signature parameter).",
        )
    if not hmac.compare_digest(expected.encode(), fields["Signature"].encode()):
        raise StsError(
            400,
            "SignatureDoesNotMatch",
            "Specified signature does not match our calculation.",
            "Check the AccessKeySecret and that the request is sent as it was signed.",
        )
    _check_time(signed_at)
    return resolved


def _caller(endpoint: Endpoint, access_key_id: str, token: str | None) -> principals.Resolved:
    try:
        return principals.identify(endpoint.store, endpoint.cloud_dir, access_key_id, token)
    except principals.UnknownCaller as unknown:
        raise {
            "token-missing": StsError(400, "MissingSecurityToken", "SecurityToken is mandatory for this action."),
            "token-malformed": StsError(
                400, "InvalidSecurityToken.Malformed", f"Specified SecurityToken is malformed: {unknown.detail}."
            ),
            "token-mismatch": StsError(
                400,
                "InvalidSecurityToken.MismatchWithAccessKey",
                f"Specified SecurityToken mismatch with the AccessKey: {unknown.detail}.",
            ),
            "token-expired": StsError(
                400,
                "InvalidSecurityToken.Expired",
                "Specified SecurityToken is expired.",
                "Assume the role again for new temporary credentials.",
            ),
        }.get(
            unknown.reason,
            StsError(
                404,
                "InvalidAccessKeyId.NotFound",
                "Specified access key is not found.",
                "Run `ossiac localcloud credentials` for the local account's key.",
            ),
        ) from None


def _acs3_signature(
    request: Request, body: bytes, algorithm: str, signed_headers: str, access_key_id: str, secret: str
) -> str:
    """The Signature the SDK would have sent for this request, computed by the SDK's own signer."""
    signed = DaraRequest()
    signed.method = request.method
    signed.pathname = request.path or "/"
    signed.query = _query(request)
    signed.headers = {name: request.headers.get(name) for name in signed_headers.lower().split(";") if name}
    payload = Utils.hash(body, algorithm).hex()
    authorization = Utils.get_authorization(signed, algorithm, payload, access_key_id, secret)
    return authorization.rpartition("Signature=")[2]


def _check_time(text: str) -> None:
    try:
        signed_at = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
    except ValueError:
        raise StsError(
            400,
            "InvalidTimeStamp.Format",
            "Specified time stamp or date value is not well formatted "
            "(expected yyyy-MM-ddTHH:mm:ssZ in x-acs-date or Timestamp).",
        ) from None
    if abs(datetime.datetime.now(datetime.UTC) - signed_at) > MAX_SKEW:
        raise StsError(
            400,
            "InvalidTimeStamp.Expired",
            "Specified time stamp or date value is expired (more than 15 minutes from the server's clock).",
        )


# -- GetCallerIdentity -----------------------------------------------------------------------------


def caller_identity(resolved: principals.Resolved) -> dict[str, Any]:
    principal, session = resolved.principal, resolved.session
    if session is not None:
        return {
            "AccountId": principal.account_id,
            "Arn": principal.arn,
            "IdentityType": "AssumedRoleUser",
            "PrincipalId": f"{session.role_id}:{session.session_name}",
            "RoleId": session.role_id,
        }
    return {
        "AccountId": ACCOUNT_ID,
        "UserId": ACCOUNT_ID,
        "Arn": principal.arn,
        "IdentityType": "Account",
        "PrincipalId": ACCOUNT_ID,
    }


# -- AssumeRole ------------------------------------------------------------------------------------


def _no_permission(why: str) -> StsError:
    return StsError(
        403, "NoPermission", f"You are not authorized to do this action. You should be authorized by RAM. ({why})"
    )


@dataclass(frozen=True)
class _Target:
    """The role a call names, found, with the session asked for."""

    role_name: str
    arn: str  # canonical (the role name lower-cased)
    role_id: str
    attributes: dict[str, Any]
    session_name: str
    duration: int

    @property
    def maximum(self) -> int:
        return int(self.attributes.get("max_session_duration") or DEFAULT_DURATION)


def _parameters_of(params: dict[str, str]) -> tuple[str, str, int]:
    """RoleArn, RoleSessionName and DurationSeconds, in the form STS accepts (not yet the role)."""
    role_arn, session_name = params.get("RoleArn", ""), params.get("RoleSessionName", "")
    if not role_arn:
        raise StsError(400, "MissingParameter.RoleArn", "Parameter RoleArn is required.")
    if not session_name:
        raise StsError(400, "MissingParameter.RoleSessionName", "Parameter RoleSessionName is required.")
    if _ROLE_ARN.match(role_arn) is None:
        raise StsError(
            400,
            "InvalidParameter.RoleArn",
            "The parameter RoleArn is wrongly formed (acs:ram::<account ID>:role/<role name>).",
        )
    if not _SESSION_NAME.match(session_name):
        raise StsError(
            400,
            "InvalidParameter.RoleSessionName",
            "The parameter RoleSessionName is wrongly formed: 2 to 64 letters, digits, '.', '@', '-' or '_'.",
        )
    return role_arn, session_name, _duration(params.get("DurationSeconds"))


def _target(endpoint: Endpoint, role_arn: str, session_name: str, duration: int) -> _Target:
    parsed = _ROLE_ARN.match(role_arn)
    assert parsed is not None  # _parameters_of checked the form
    role = principals.find_role(endpoint.store, parsed["name"]) if parsed["account"] == ACCOUNT_ID else None
    if role is None:
        raise StsError(404, "EntityNotExist.Role", f"The specified Role not exists: {role_arn}.")
    attributes = role.get("attributes") or {}
    role_name = str(attributes.get("role_name") or role["id"])
    canonical_arn = str(attributes.get("arn") or f"acs:ram::{ACCOUNT_ID}:role/{role_name.lower()}")
    role_id = str(attributes.get("role_id") or role_name)
    return _Target(role_name, canonical_arn, role_id, attributes, session_name, duration)


def _check_duration(target: _Target) -> None:
    if not MIN_DURATION <= target.duration <= target.maximum:
        raise StsError(
            400,
            "InvalidParameter.DurationSeconds",
            f"The Min/Max value of DurationSeconds is 15min/{target.maximum}s for role {target.role_name} "
            f"(got {target.duration}).",
        )


def _issue(endpoint: Endpoint, target: _Target, policy: str | None, caller_arn: str) -> dict[str, Any]:
    issued = sts_tokens.issue(
        endpoint.cloud_dir,
        account_id=ACCOUNT_ID,
        role_name=target.role_name,
        role_arn=target.arn,
        role_id=target.role_id,
        session_name=target.session_name,
        policy=policy,
        duration_seconds=target.duration,
        caller_arn=caller_arn,
    )
    return {
        "AssumedRoleUser": {
            "Arn": f"{target.arn}/{target.session_name}",
            "AssumedRoleId": f"{issued.session.role_id}:{target.session_name}",
        },
        "Credentials": {
            "AccessKeyId": issued.access_key_id,
            "AccessKeySecret": issued.access_key_secret,
            "SecurityToken": issued.security_token,
            "Expiration": sts_tokens.expiration_text(issued.session),
        },
    }


def assume_role(endpoint: Endpoint, caller: Principal, params: dict[str, str], request: Request) -> dict[str, Any]:
    target = _target(endpoint, *_parameters_of(params))
    context = request_context(request, params)
    trust = _document(target.attributes.get("assume_role_policy_document") or target.attributes.get("document"))
    if not _trusts(trust, lambda block: _names(block, caller), target, context):
        raise _no_permission(f"the trust policy of role {target.role_name} does not admit {caller.arn}")
    if not allowed(caller, "sts:AssumeRole", target.arn, context):
        raise _no_permission(f"no policy of {caller.arn} allows sts:AssumeRole on {target.arn}")
    policy = _session_policy(params.get("Policy"))
    _check_duration(target)
    return _issue(endpoint, target, policy, caller.arn)


# -- AssumeRoleWithOIDC ----------------------------------------------------------------------------


def _iso(seconds: int) -> str:
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def assume_role_with_oidc(endpoint: Endpoint, params: dict[str, str], request: Request) -> dict[str, Any]:
    provider_arn, token = params.get("OIDCProviderArn", ""), params.get("OIDCToken", "")
    if not provider_arn:
        raise StsError(400, "MissingParameter.OIDCProviderArn", "Parameter OIDCProviderArn is required.")
    if not token:
        raise StsError(401, "AuthenticationFail.OIDCToken.Invalid", "The OIDCToken can not empty.")
    if not MIN_OIDC_TOKEN <= len(token) <= MAX_OIDC_TOKEN:
        raise StsError(
            401,
            "AuthenticationFail.OIDCToken.Invalid",
            f"The OIDCToken must be {MIN_OIDC_TOKEN} to {MAX_OIDC_TOKEN} characters (got {len(token)}).",
        )
    role_arn, session_name, duration = _parameters_of(params)
    provider = ims.provider_by_arn(endpoint.store, provider_arn)
    if provider is None:
        raise StsError(401, "AuthenticationFail.NoPermission", f"No such OIDC Provider registered: {provider_arn}.")
    try:
        claims = oidc.verify(token, provider)
    except oidc.OidcRefusal as refusal:
        raise StsError(401, refusal.code, refusal.message) from None
    target = _target(endpoint, role_arn, session_name, duration)
    context = {
        **request_context(request, params),
        "oidc:iss": claims.issuer,
        "oidc:aud": list(claims.audiences),
        "oidc:sub": claims.subject,
    }
    trust = _document(target.attributes.get("assume_role_policy_document") or target.attributes.get("document"))
    if not _trusts(trust, lambda block: _federated(block, provider.arn), target, context):
        raise StsError(
            401,
            "AuthenticationFail.NoPermission",
            f"There is no permission: the trust policy of role {target.role_name} does not admit "
            f"{provider.arn} with sub {claims.subject!r}, aud {list(claims.audiences)}.",
        )
    policy = _session_policy(params.get("Policy"))
    _check_duration(target)
    answer = _issue(endpoint, target, policy, provider.arn)
    answer["OIDCTokenInfo"] = {
        "Issuer": claims.issuer,
        "Subject": claims.subject,
        "ClientIds": ",".join(claims.audiences),
        "IssuanceTime": _iso(claims.issued_at),
        "ExpirationTime": _iso(claims.expires_at),
    }
    return answer


def _duration(text: str | None) -> int:
    if text is None or text == "":
        return DEFAULT_DURATION
    if not text.isdigit():
        raise StsError(
            400, "InvalidParameter.DurationSeconds", f"DurationSeconds must be a number of seconds, not {text!r}."
        )
    return int(text)


def _document(text: object) -> dict[str, Any]:
    try:
        document = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        document = None
    return document if isinstance(document, dict) else {}


def request_context(request: Request, params: dict[str, str]) -> dict[str, Any]:
    """The acs:* condition keys of an RPC call (and sts:ExternalId when sent)."""
    context: dict[str, Any] = {
        "acs:SourceIp": request.remote_addr or "127.0.0.1",
        "acs:SecureTransport": "true" if request.scheme == "https" else "false",
        "acs:CurrentTime": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if params.get("ExternalId"):
        context["sts:ExternalId"] = params["ExternalId"]
    return context


def _names(principal_block: object, caller: Principal) -> bool:
    """Whether a trust statement's Principal names the caller: the account (`<id>` or
    `acs:ram::<id>:root`) admits every identity of the account; a user or role ARN admits that one."""
    if not isinstance(principal_block, dict):
        return False
    account = caller.account_id or ACCOUNT_ID
    own = {f"acs:ram::{account}:root"}
    if caller.kind is PrincipalKind.RAM_USER:
        own.add(caller.arn)
    elif caller.kind is PrincipalKind.ASSUMED_ROLE:
        own.add(f"acs:ram::{account}:role/{caller.name.partition('/')[0]}")
    for entry in as_list(principal_block.get("RAM", [])):
        entry = str(entry)
        if entry == account or any(wildcard_match(entry, mine, ignore_case=True) for mine in own):
            return True
    return False


def _federated(principal_block: object, provider_arn: str) -> bool:
    """Whether a trust statement's Principal names the OIDC provider (`Federated`)."""
    if not isinstance(principal_block, dict):
        return False
    return any(
        wildcard_match(str(entry), provider_arn, ignore_case=True)
        for entry in as_list(principal_block.get("Federated", []))
    )


def _trusts(trust: dict[str, Any], names: Callable[[object], bool], target: _Target, context: dict[str, Any]) -> bool:
    """The trust policy's statements whose Principal `names` the caller, decided by the one engine
    as RAM decides (Deny wins, Conditions hold), with the Principal standing in for a Resource."""
    statements = [
        {**{k: v for k, v in st.items() if k in ("Sid", "Effect", "Action", "Condition")}, "Resource": "*"}
        for st in as_list(trust.get("Statement", []))
        if isinstance(st, dict) and names(st.get("Principal"))
    ]
    decision = evaluate(
        [NamedPolicy(f"trust policy of {target.role_name}", {"Version": "1", "Statement": statements})],
        RamRequest("sts:AssumeRole", target.arn, context),
    )
    return decision.decision == ALLOW


def allowed(caller: Principal, action: str, resource: str, context: dict[str, Any]) -> bool:
    """The account may; a RAM user or an assumed role needs an identity-policy Allow (and, for a
    session, its session policy's too), with no explicit Deny."""
    if caller.kind is PrincipalKind.ACCOUNT:
        return True
    request = RamRequest(action, resource, context)
    identity = evaluate([NamedPolicy(p.name, p.document) for p in caller.policies], request)
    if identity.decision != ALLOW:
        return False
    if caller.session_policy is not None:
        return evaluate([NamedPolicy("session policy", caller.session_policy)], request).decision == ALLOW
    return True


def _session_policy(text: str | None) -> str | None:
    """The Policy parameter, checked: at most 2,048 bytes, a valid RAM policy. None when not given."""
    if text is None or text == "":
        return None
    if len(text.encode("utf-8")) > MAX_SESSION_POLICY_BYTES:
        raise StsError(
            400,
            "InvalidParameter.PolicySize",
            f"The size of Policy must be smaller than {MAX_SESSION_POLICY_BYTES} bytes.",
        )
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise StsError(
            400,
            "InvalidParameter.PolicyGrammar",
            f"The parameter Policy has not passed grammar check: not JSON ({exc}).",
        ) from None
    issues = validate_policy(document)
    if issues:
        raise StsError(
            400,
            "InvalidParameter.PolicyGrammar",
            "The parameter Policy has not passed grammar check: " + "; ".join(str(issue) for issue in issues[:3]),
        )
    return text
