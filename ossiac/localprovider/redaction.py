"""No secret in what the stand-in provider says: diagnostics, crash messages and its log.

A value is secret when the schema marks its attribute sensitive, or when the attribute carries a
credential the schema does not mark (an IPsec pre-shared key, a DingTalk robot webhook whose URL
holds its access token, passwords, tokens). Every string such an attribute holds in the request
is replaced by a description before a diagnostic leaves the provider; URL query parameters that
carry tokens are masked wherever they appear.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from ossiac.localprovider.values import walk

# Attribute names that hold credentials whether or not the schema marks them sensitive.
SECRET_NAME = re.compile(
    r"(psk|password|passwd|secret_data|token|web_hook|webhook|access_key_secret|private_key)", re.IGNORECASE
)
SECRET_QUERY = re.compile(r"(?i)\b(access_token|token|signature|secret|password|sign)=([^&\s'\"]+)")
MASK = "(sensitive value hidden)"


def is_secret(name: str, attribute: dict) -> bool:
    return bool(attribute.get("sensitive")) or bool(SECRET_NAME.search(name))


def secrets_in(block: dict, obj) -> set[str]:
    """Every string held by a secret attribute anywhere in `obj` (a decoded config or state)."""
    found: set[str] = set()

    def collect(b: dict, o: dict, _prefix: str) -> None:
        for name, attribute in b.get("attributes", {}).items():
            if is_secret(name, attribute):
                _strings(o.get(name), found)

    walk(block, obj, collect)
    return found


def _strings(value, out: set[str]) -> None:
    if isinstance(value, str) and value:
        out.add(value)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, out)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            _strings(v, out)


def scrub(text: str, secrets: AbstractSet[str] = frozenset()) -> str:
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return SECRET_QUERY.sub(lambda m: f"{m.group(1)}=(hidden)", text)


def scrub_diagnostics(diagnostics, secrets: set[str]) -> None:
    for d in diagnostics:
        d.summary = scrub(d.summary, secrets)
        d.detail = scrub(d.detail, secrets)
