"""The local account's AccessKey pair: made at random on first use and kept owner-only in the
cloud folder (`account-key.json`), so no secret is ever in the repository, and every client of
this checkout (SDKs, Terraform's backend, tests) agrees on it. `ossiac localcloud credentials`
prints it under the names the SDKs read."""

from __future__ import annotations

import json
import os
import secrets
import string
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "account-key.json"
_ALPHABET = string.ascii_letters + string.digits


@dataclass(frozen=True)
class AccessKey:
    access_key_id: str
    access_key_secret: str


def _new() -> AccessKey:
    # The shapes of real keys: a 24-character ID starting LTAI, a 30-character secret.
    return AccessKey(
        "LTAI" + "".join(secrets.choice(_ALPHABET) for _ in range(20)),
        "".join(secrets.choice(_ALPHABET) for _ in range(30)),
    )


# The key file as last read, by path: the endpoint resolves the account's key on every signed
# request, and a stat costs a fraction of an open, read and JSON parse. A file replaced or removed
# (a new cloud in the same folder) has a new identity, so it is read again.
_read: dict[Path, tuple[tuple[int, int, int], AccessKey]] = {}


def account_key(cloud_dir: Path) -> AccessKey:
    """The account's key pair, created (atomically, mode 0600) if this cloud has none yet."""
    path = cloud_dir / FILE_NAME
    try:
        stat = path.stat()
        identity = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        known = _read.get(path)
        if known is not None and known[0] == identity:
            return known[1]
        data = json.loads(path.read_text(encoding="utf-8"))
        key = AccessKey(data["access_key_id"], data["access_key_secret"])
        _read[path] = (identity, key)
        return key
    except FileNotFoundError:
        pass
    cloud_dir.mkdir(parents=True, exist_ok=True)
    key = _new()
    tmp = path.with_name(f".{FILE_NAME}.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"access_key_id": key.access_key_id, "access_key_secret": key.access_key_secret}, out)
        out.flush()
        os.fsync(out.fileno())
    try:
        os.link(tmp, path)  # first writer wins; a concurrent one reads the winner's key
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    return account_key(cloud_dir)


ENV_NAMES = (
    ("OSS_ACCESS_KEY_ID", "OSS_ACCESS_KEY_SECRET"),
    ("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
    ("ALICLOUD_ACCESS_KEY", "ALICLOUD_SECRET_KEY"),
)


def export_lines(key: AccessKey) -> list[str]:
    """`export NAME=value` lines under every name the SDKs and the provider read."""
    lines = []
    for id_name, secret_name in ENV_NAMES:
        lines += [f"export {id_name}={key.access_key_id}", f"export {secret_name}={key.access_key_secret}"]
    return lines
