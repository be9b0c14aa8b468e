"""Verifying an OIDC token for STS AssumeRoleWithOIDC, with `cryptography` and the standard library.

What is checked, in this order (each refusal is an `OidcRefusal` carrying STS's code):
1. the token is a JWT (three base64url parts, JSON header and claims) signed RS256;
2. `iss` is the provider's IssuerUrl;
3. the signing key: `<IssuerUrl>/.well-known/openid-configuration` -> `jwks_uri`, both fetched over
   HTTPS, where the server's certificate must have one of the provider's SHA-1 Fingerprints. That
   pin is the whole trust anchor: no CA store is consulted, so a self-signed issuer works and a
   certificate the provider does not name is refused even when a public CA signed it;
4. the RS256 signature, by the JWKS key the header's `kid` names;
5. `aud` is one of the provider's ClientIds; `exp` has not passed, `nbf` has, `iat` is not in the
   future nor older than IssuanceLimitTime hours (each with CLOCK_SKEW seconds of slack).

Codes: https://help.aliyun.com/zh/ram/developer-reference/api-sts-2015-04-01-errorcodes (read
2026-12-04: AuthenticationFail.OIDCToken.Invalid / .InvalidSignature / .AudienceNotMatch /
.Expired / .HttpsUrlInvalid, all HTTP 401) and the ACK RRSA page
https://help.aliyun.com/zh/ack/ack-managed-and-ack-dedicated/user-guide/use-rrsa-to-authorize-pods-to-access-different-cloud-services
(read 2026-12-04: .IssuerNotMatch, .IssuerConfigurationBroken). `.PublicKeyFingerprintMismatch`
is the code Alibaba's credential SDKs' integration tests expect for a fingerprint the provider does
not list. No page names a code for an unknown `kid` (answered as InvalidSignature: no key of the
issuer verifies it) nor for an `iat` older than IssuanceLimitTime (answered as Expired).

Deviation: Alibaba pins the fingerprint of the issuer's CA certificate; Python's `ssl` (3.11)
exposes only the server's own certificate, so the local cloud pins that one. For a self-signed
issuer (the test issuer, tests/oidc_issuer.py) both are the same certificate.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import http.client
import json
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

CLOCK_SKEW = 60  # seconds of slack on exp, nbf and iat
FETCH_TIMEOUT = 5.0  # seconds for each of the two HTTPS fetches
MAX_DOCUMENT_BYTES = 256 * 1024  # discovery document or JWKS
DISCOVERY_PATH = "/.well-known/openid-configuration"


class OidcRefusal(Exception):
    """Why a token is not accepted: STS's code (HTTP 401) and a message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Provider:
    """What AssumeRoleWithOIDC needs of an IMS OIDC provider record."""

    name: str
    arn: str
    issuer_url: str
    fingerprints: tuple[str, ...]  # SHA-1 hex, compared without regard to case
    client_ids: tuple[str, ...]
    issuance_limit_hours: int


@dataclass(frozen=True)
class Claims:
    issuer: str
    subject: str
    audiences: tuple[str, ...]
    issued_at: int
    expires_at: int
    raw: dict[str, Any]


Fetch = Callable[[str, Sequence[str]], dict[str, Any]]


def _invalid(message: str) -> OidcRefusal:
    return OidcRefusal("AuthenticationFail.OIDCToken.Invalid", message)


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _json_part(text: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(_unb64(text))
    except (ValueError, binascii.Error):
        raise _invalid(f"Cannot decode the JWT {what}: it is not base64url-encoded JSON.") from None
    if not isinstance(value, dict):
        raise _invalid(f"The Jwt content is invalid that cannot be recognized: the {what} is not a JSON object.")
    return value


def fingerprint(der: bytes) -> str:
    """A certificate's SHA-1 fingerprint as IMS takes it: 40 lower-case hex digits."""
    return hashlib.sha1(der, usedforsecurity=False).hexdigest()


def fetch_json(url: str, fingerprints: Sequence[str]) -> dict[str, Any]:
    """GET an HTTPS URL whose server certificate has one of `fingerprints`; its JSON object."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise OidcRefusal("AuthenticationFail.OIDCToken.HttpsUrlInvalid", f"{url} is not an https URL.")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False  # the fingerprint below is the check, not a CA store
    context.verify_mode = ssl.CERT_NONE
    connection = http.client.HTTPSConnection(parts.hostname, parts.port or 443, timeout=FETCH_TIMEOUT, context=context)
    broken = "AuthenticationFail.OIDCToken.IssuerConfigurationBroken"
    try:
        try:
            connection.connect()
        except OSError as exc:
            raise OidcRefusal(broken, f"Get public keys from OIDC Provider failed: {url}: {exc}.") from None
        der = connection.sock.getpeercert(binary_form=True) if connection.sock else None
        seen = fingerprint(der or b"")
        if seen not in {f.lower() for f in fingerprints}:
            raise OidcRefusal(
                "AuthenticationFail.OIDCToken.PublicKeyFingerprintMismatch",
                f"The certificate of {parts.hostname}:{parts.port or 443} has SHA-1 fingerprint {seen}, "
                "which is not one of the OIDC provider's Fingerprints.",
            )
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request("GET", path, headers={"Accept": "application/json"})
            response = connection.getresponse()
            body = response.read(MAX_DOCUMENT_BYTES + 1)
        except OSError as exc:
            raise OidcRefusal(broken, f"Get public keys from OIDC Provider failed: {url}: {exc}.") from None
    finally:
        connection.close()
    if response.status != 200 or len(body) > MAX_DOCUMENT_BYTES:
        raise OidcRefusal(broken, f"Get public keys from OIDC Provider failed: {url} answered HTTP {response.status}.")
    try:
        document = json.loads(body)
    except ValueError:
        document = None
    if not isinstance(document, dict):
        raise OidcRefusal(broken, f"Get public keys from OIDC Provider failed: {url} did not answer a JSON object.")
    return document


def _keys(provider: Provider, fetch: Fetch) -> list[dict[str, Any]]:
    discovery = fetch(provider.issuer_url.rstrip("/") + DISCOVERY_PATH, provider.fingerprints)
    jwks_uri = discovery.get("jwks_uri")
    if not isinstance(jwks_uri, str):
        raise OidcRefusal(
            "AuthenticationFail.OIDCToken.IssuerConfigurationBroken",
            f"The discovery document of {provider.issuer_url} has no jwks_uri.",
        )
    keys = fetch(jwks_uri, provider.fingerprints).get("keys")
    return [k for k in keys if isinstance(k, dict)] if isinstance(keys, list) else []


def _public_key(jwk: dict[str, Any]) -> rsa.RSAPublicKey | None:
    if jwk.get("kty") != "RSA" or not isinstance(jwk.get("n"), str) or not isinstance(jwk.get("e"), str):
        return None
    try:
        n, e = (int.from_bytes(_unb64(jwk[part]), "big") for part in ("n", "e"))
        return rsa.RSAPublicNumbers(e, n).public_key()
    except (ValueError, binascii.Error):
        return None


def _check_signature(signed: bytes, signature: bytes, kid: object, keys: list[dict[str, Any]]) -> None:
    candidates = [k for k in keys if kid is None or k.get("kid") == kid]
    if not candidates:
        raise OidcRefusal(
            "AuthenticationFail.OIDCToken.InvalidSignature",
            f"OIDC token validate failed: invalid signature (no key with kid {kid!r} in the issuer's JWKS).",
        )
    for jwk in candidates:
        key = _public_key(jwk)
        if key is None:
            continue
        try:
            key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
            return
        except InvalidSignature:
            continue
    raise OidcRefusal("AuthenticationFail.OIDCToken.InvalidSignature", "OIDC token validate failed: invalid signature.")


def _number(claims: dict[str, Any], name: str, *, required: bool) -> int | None:
    value = claims.get(name)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(f"The Jwt content is invalid that cannot be recognized: claim {name!r} must be a number.")
    return int(value)


def verify(token: str, provider: Provider, *, now: float | None = None, fetch: Fetch = fetch_json) -> Claims:
    """The token's claims, once every check above holds; else an `OidcRefusal`."""
    if not token:
        raise _invalid("The OIDCToken can not empty.")
    parts = token.split(".")
    if len(parts) != 3:
        raise _invalid("The number of Jwt field should be divided into 3 parts with '.' .")
    header, claims = _json_part(parts[0], "header"), _json_part(parts[1], "payload")
    if header.get("alg") != "RS256":
        raise _invalid(f"The algorithm {header.get('alg')} that be specified in Jwt header is unknown (RS256 is).")
    try:
        signature = _unb64(parts[2])
    except (ValueError, binascii.Error):
        raise _invalid("Cannot decode the JWT signature: it is not base64url.") from None
    issuer = claims.get("iss")
    if issuer != provider.issuer_url:
        raise OidcRefusal(
            "AuthenticationFail.OIDCToken.IssuerNotMatch",
            f"The issuer in the OIDC Token ({issuer!r}) doesn't match the OIDC Provider registered "
            f"({provider.issuer_url}).",
        )
    _check_signature(f"{parts[0]}.{parts[1]}".encode("ascii"), signature, header.get("kid"), _keys(provider, fetch))
    audience = claims.get("aud")
    audiences = tuple(str(a) for a in (audience if isinstance(audience, list) else [audience]) if a is not None)
    if not set(audiences) & set(provider.client_ids):
        raise OidcRefusal(
            "AuthenticationFail.OIDCToken.AudienceNotMatch",
            f"Invalid audience: {list(audiences)} names none of the provider's ClientIds {list(provider.client_ids)}.",
        )
    moment = time.time() if now is None else now
    expires_at = _number(claims, "exp", required=True)
    issued_at = _number(claims, "iat", required=True)
    not_before = _number(claims, "nbf", required=False)
    assert expires_at is not None and issued_at is not None
    if moment > expires_at + CLOCK_SKEW:
        raise OidcRefusal("AuthenticationFail.OIDCToken.Expired", "This JsonWebToken is expired.")
    if not_before is not None and moment + CLOCK_SKEW < not_before:
        raise _invalid(f"The JsonWebToken is not valid before {not_before} (nbf).")
    if issued_at > moment + CLOCK_SKEW:
        raise _invalid(f"The JsonWebToken is issued in the future (iat {issued_at}).")
    if moment - issued_at > provider.issuance_limit_hours * 3600 + CLOCK_SKEW:
        raise OidcRefusal(
            "AuthenticationFail.OIDCToken.Expired",
            f"This JsonWebToken was issued more than {provider.issuance_limit_hours} hours ago "
            "(the OIDC provider's IssuanceLimitTime).",
        )
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject:
        raise _invalid("The Jwt content is invalid that cannot be recognized: no 'sub' claim.")
    return Claims(str(issuer), subject, audiences, issued_at, expires_at, claims)
