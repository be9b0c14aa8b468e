"""STS temporary credentials that need no state: the token carries the session, sealed by the server.

A SecurityToken is `<payload>.<mac>`: the session (role, session name, session policy, AccessKeyId,
issue and expiry times) as compact JSON, zlib-compressed and base64url-encoded, then an
HMAC-SHA256 of it under a random server key kept owner-only in the cloud folder
(`sts-signing-key`, made like the account key in `credentials.py`). Changing one byte of the
token, or pairing it with another session's AccessKeyId, is detected; the temporary
AccessKeySecret is never stored, it is derived from the server key and the AccessKeyId.
Restarting the endpoint keeps issued credentials valid; deleting the key file revokes them all.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import hmac
import json
import os
import secrets
import string
import zlib
from dataclasses import dataclass
from pathlib import Path

KEY_FILE = "sts-signing-key"
KEY_PREFIX = "STS."
_ALPHABET = string.ascii_letters + string.digits
_FORMAT = 1


@dataclass(frozen=True)
class Session:
    """What an assumed-role session is, as its token says."""

    access_key_id: str
    account_id: str
    role_name: str
    role_arn: str
    role_id: str
    session_name: str
    policy: str | None  # the session policy as AssumeRole got it (JSON text), or None
    issued_at: datetime.datetime
    expires_at: datetime.datetime
    caller_arn: str  # who assumed the role


@dataclass(frozen=True)
class Issued:
    access_key_id: str
    access_key_secret: str
    security_token: str
    session: Session


class TokenError(Exception):
    """A token that cannot be used: `reason` is "malformed", "mismatch" or "expired"."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def now() -> datetime.datetime:
    """The module's one clock (tests may replace it here, and only here)."""
    return datetime.datetime.now(datetime.UTC)


def _server_key(cloud_dir: Path) -> bytes:
    """The sealing key, created (atomically, mode 0600, first writer wins) on first use."""
    path = Path(cloud_dir) / KEY_FILE
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secrets.token_hex(32))
        out.flush()
        os.fsync(out.fileno())
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    return _server_key(cloud_dir)


def _mac(key: bytes, purpose: bytes, data: bytes) -> bytes:
    return hmac.new(key, purpose + b"\0" + data, hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def secret_for(cloud_dir: Path, access_key_id: str) -> str:
    """The temporary AccessKeySecret of `access_key_id` (30 letters and digits, like a real one)."""
    digest = _mac(_server_key(cloud_dir), b"secret", access_key_id.encode())
    return "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest[:30])


def _iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def expiration_text(session: Session) -> str:
    """`Expiration` as STS writes it (UTC, seconds)."""
    return _iso(session.expires_at)


def issue(
    cloud_dir: Path,
    *,
    account_id: str,
    role_name: str,
    role_arn: str,
    role_id: str,
    session_name: str,
    policy: str | None,
    duration_seconds: int,
    caller_arn: str,
    issued_at: datetime.datetime | None = None,
) -> Issued:
    """New temporary credentials for a session of `duration_seconds` from `issued_at` (default now)."""
    start = (issued_at or now()).replace(microsecond=0)
    access_key_id = KEY_PREFIX + "".join(secrets.choice(_ALPHABET) for _ in range(25))
    session = Session(
        access_key_id,
        account_id,
        role_name,
        role_arn,
        role_id,
        session_name,
        policy,
        start,
        start + datetime.timedelta(seconds=duration_seconds),
        caller_arn,
    )
    payload = {
        "v": _FORMAT,
        "ak": access_key_id,
        "acct": account_id,
        "role": role_name,
        "arn": role_arn,
        "rid": role_id,
        "sess": session_name,
        "pol": policy,
        "iat": int(start.timestamp()),
        "exp": int(session.expires_at.timestamp()),
        "by": caller_arn,
    }
    body = _b64(zlib.compress(json.dumps(payload, separators=(",", ":")).encode("utf-8"), 9))
    token = f"{body}.{_b64(_mac(_server_key(cloud_dir), b'token', body.encode('ascii')))}"
    return Issued(access_key_id, secret_for(cloud_dir, access_key_id), token, session)


def read(cloud_dir: Path, access_key_id: str, token: str, at: datetime.datetime | None = None) -> Session:
    """The session `token` seals, if it is intact, belongs to `access_key_id` and has not expired."""
    body, dot, mac = token.strip().partition(".")
    try:
        given = _unb64(mac)
        sealed = hmac.compare_digest(given, _mac(_server_key(cloud_dir), b"token", body.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeEncodeError):
        sealed = False
    if not dot or not sealed:
        raise TokenError("malformed", "the security token was not issued by this local cloud or was altered")
    try:
        data = json.loads(zlib.decompress(_unb64(body)))
        session = Session(
            str(data["ak"]),
            str(data["acct"]),
            str(data["role"]),
            str(data["arn"]),
            str(data["rid"]),
            str(data["sess"]),
            data["pol"] if isinstance(data["pol"], str) else None,
            datetime.datetime.fromtimestamp(int(data["iat"]), datetime.UTC),
            datetime.datetime.fromtimestamp(int(data["exp"]), datetime.UTC),
            str(data["by"]),
        )
    except (ValueError, KeyError, TypeError, zlib.error, binascii.Error):
        raise TokenError("malformed", "the security token's content cannot be read") from None
    if not hmac.compare_digest(session.access_key_id.encode(), access_key_id.encode()):
        raise TokenError(
            "mismatch", f"the security token belongs to AccessKeyId {session.access_key_id}, not {access_key_id}"
        )
    if (at or now()) >= session.expires_at:
        raise TokenError("expired", f"the security token expired at {_iso(session.expires_at)}")
    return session
