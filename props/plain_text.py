"""What text a stack file may hold. Names and IDs are ASCII without whitespace (a YAML block scalar
leaves a trailing newline; full-width digits look like digits but no service takes them);
no value holds control characters or a credential (which is described, never quoted)."""

from __future__ import annotations

import re
import unicodedata

# Keys whose values are names, IDs or regions: the services take them as ASCII identifiers.
IDENTIFIER_KEYS = {
    "name",
    "bucket",
    "region",
    "alias",
    "account_id",
    "zone",
    "vpc",
    "peer_vpc",
    "ram_user",
    "metric",
    "id",
}
IDENTIFIER_SUFFIXES = ("_name", "_id", "_bucket", "_region", "_variable", "_env", "_user")
SECRET_NAME_SUFFIXES = ("_variable", "_env")
_TEXT_WHITESPACE = {"\n", "\t", "\r"}
# Credentials that must never be in a stack file (it is committed, and values reach the JSON).
_SECRETS = [
    (re.compile(r"\bLTAI[0-9A-Za-z]{12,30}\b"), "an Alibaba Cloud AccessKey ID"),
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"), "a private key"),
    (re.compile(r"[?&](access_token|token|secret|sign)=[^&\s]{8,}", re.IGNORECASE), "a URL carrying a token"),
]


def is_identifier_key(key: str) -> bool:
    return key in IDENTIFIER_KEYS or key.endswith(IDENTIFIER_SUFFIXES)


def text_problem(key: str | None, value: str) -> str | None:
    """What is wrong with a string value under `key`; None when it is fine. Never quotes the value."""
    if key is not None and key.endswith(SECRET_NAME_SUFFIXES):
        return None  # keys naming a variable have their own rule, which describes a secret put there
    for pattern, what in _SECRETS:
        if pattern.search(value):
            return (
                f"looks like {what} ({len(value)} characters, not shown); allowed: no credentials in a stack file "
                "(name a Terraform variable or environment variable that holds it, where the key allows one)"
            )
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cf") and char not in _TEXT_WHITESPACE:
            return f"contains the control character U+{ord(char):04X}; allowed: printable text"
    if value.strip() and all(unicodedata.category(c) == "Nd" for c in value.strip()) and not value.isascii():
        return "digits that are not ASCII (e.g. full-width); allowed: ASCII digits 0-9"
    if key is None or not is_identifier_key(key):
        return None
    if any(c.isspace() for c in value):
        where = "ends with" if value.rstrip() != value else "starts with" if value.lstrip() != value else "contains"
        kind = "a line break" if any(c in "\r\n" for c in value) else "whitespace"
        return f"{where} {kind} (a YAML block scalar `|` or `>` keeps a trailing newline); allowed: a name without whitespace"
    if not value.isascii():
        odd = next(c for c in value if not c.isascii())
        what = "a non-ASCII digit" if unicodedata.category(odd) == "Nd" else "a non-ASCII character"
        return f"contains {what} {odd!r} (U+{ord(odd):04X}); allowed: ASCII letters, digits and punctuation"
    return None
