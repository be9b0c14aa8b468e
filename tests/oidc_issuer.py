"""A local OIDC issuer for tests: HTTPS on 127.0.0.1 serving discovery and a JWKS, and RS256 tokens
signed by its own RSA key, as GitHub Actions' issuer serves and signs them.

    with OidcIssuer() as issuer:
        arn = register_provider(endpoint, issuer)          # IMS CreateOIDCProvider, official SDK
        token = issuer.token("repo:o/r:environment:production", "sts.aliyuncs.com")

The certificate is the endpoint's own self-signed builder (`ossiac.endpoint.tls.certificate`), made
in a scratch folder; `fingerprint` is its SHA-1, as IMS's Fingerprints take it. Tokens are signed with
`cryptography` directly (no JWT library).
"""

from __future__ import annotations

import base64
import hashlib
import json
import ssl
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ossiac.endpoint.tls import certificate
from ossiac.localcloud.identity import ACCOUNT_ID
from ossiac.localcloud.records import new_record
from ossiac.localcloud.store import Store

KID = "ossiac-test-key-1"
JWKS_PATH = "/.well-known/jwks"
DISCOVERY_PATH = "/.well-known/openid-configuration"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _number(value: int) -> str:
    return _b64(value.to_bytes((value.bit_length() + 7) // 8, "big"))


class OidcIssuer:
    """`url` (https://127.0.0.1:PORT), `fingerprint` (SHA-1 hex of its certificate), `token(...)`."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="oidc-issuer-")
        cert = certificate(Path(self._folder.name))
        der = ssl.PEM_cert_to_DER_cert(cert.cert.read_text(encoding="ascii"))
        self.fingerprint = hashlib.sha1(der, usedforsecurity=False).hexdigest()
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = KID
        self.requests: list[str] = []  # paths asked for, in order
        issuer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                issuer.requests.append(self.path)
                document = {DISCOVERY_PATH: issuer.discovery, JWKS_PATH: issuer.jwks}.get(self.path)
                body = json.dumps(document() if document else {"error": "not found"}).encode()
                self.send_response(200 if document else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert.cert, cert.key)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.url,
            "jwks_uri": self.url + JWKS_PATH,
            "response_types_supported": ["id_token"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
        }

    def jwks(self) -> dict[str, Any]:
        numbers = self.key.public_key().public_numbers()
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "alg": "RS256",
                    "use": "sig",
                    "kid": self.kid,
                    "n": _number(numbers.n),
                    "e": _number(numbers.e),
                }
            ]
        }

    def sign(self, header: dict[str, Any], payload: dict[str, Any]) -> str:
        """A compact JWS of `payload` under `header`, signed RS256 with the issuer's key."""
        signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
        signature = self.key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
        return f"{signing_input}.{_b64(signature)}"

    def token(self, sub: str, aud: str, *, ttl: int = 300, iat: int | None = None, **claims: Any) -> str:
        """An ID token for `sub` and `aud`, issued at `iat` (default now), expiring `ttl` seconds later;
        `claims` add to or replace the payload's (e.g. `iss=` for a token another issuer would send)."""
        issued = int(time.time()) if iat is None else iat
        payload = {"iss": self.url, "sub": sub, "aud": aud, "iat": issued, "nbf": issued, "exp": issued + ttl, **claims}
        return self.sign({"alg": "RS256", "typ": "JWT", "kid": self.kid}, payload)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._folder.cleanup()

    def __enter__(self) -> OidcIssuer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def ims_client(endpoint: Any):
    """The official IMS client (alibabacloud_ims20190815), signed with the account's key."""
    from alibabacloud_ims20190815.client import Client

    return Client(endpoint.openapi_config())


def register_provider(
    endpoint: Any, issuer: OidcIssuer, name: str = "github-actions", client_ids: tuple[str, ...] = ("sts.aliyuncs.com",)
) -> str:
    """IMS CreateOIDCProvider for `issuer` through the official SDK; the provider's ARN."""
    from alibabacloud_ims20190815 import models

    created = ims_client(endpoint).create_oidcprovider(
        models.CreateOIDCProviderRequest(
            oidcprovider_name=name,
            issuer_url=issuer.url,
            fingerprints=issuer.fingerprint,
            client_ids=",".join(client_ids),
        )
    )
    return created.body.oidcprovider.arn


def store_role(endpoint, name: str, trust: dict, *, max_session: int = 3600, grants: list[dict] | None = None) -> str:
    """A RAM role (and its custom policy) in the endpoint's store, as the stand-in provider records them."""
    store = Store(endpoint.cloud)
    arn = f"acs:ram::{ACCOUNT_ID}:role/{name.lower()}"
    attributes = {
        "role_name": name,
        "arn": arn,
        "role_id": f"3{sum(map(ord, name)):018d}",
        "max_session_duration": max_session,
        "assume_role_policy_document": json.dumps(trust),
    }
    store.put("alicloud_ram_role", name, new_record("alicloud_ram_role", name, "", attributes, origin="test"))
    if grants:
        policy = f"{name}-grants"
        document = json.dumps({"Version": "1", "Statement": grants})
        store.put(
            "alicloud_ram_policy",
            policy,
            new_record(
                "alicloud_ram_policy", policy, "", {"policy_name": policy, "policy_document": document}, origin="test"
            ),
        )
        link = f"role:{policy}:Custom:{name}"
        store.put(
            "alicloud_ram_role_policy_attachment",
            link,
            new_record(
                "alicloud_ram_role_policy_attachment",
                link,
                "",
                {"role_name": name, "policy_name": policy, "policy_type": "Custom"},
                origin="test",
            ),
        )
    return arn


def trust_policy(provider_arn: str, issuer_url: str, subjects: list[str], aud: str = "sts.aliyuncs.com") -> dict:
    """The shape constructs/github_deploy_role.py::trust_policy writes."""
    return {
        "Version": "1",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "sts:AssumeRole",
                "Principal": {"Federated": [provider_arn]},
                "Condition": {"StringEquals": {"oidc:iss": [issuer_url], "oidc:aud": [aud], "oidc:sub": subjects}},
            }
        ],
    }
