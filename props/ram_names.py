r"""What RAM accepts: user, role and policy names, and role session durations (RAM API docs).

`$` would let a name end in a newline (a YAML block scalar) and `\d` would take full-width
digits, so the patterns end in `\Z` and spell out ASCII digits.
"""

from __future__ import annotations

import re

_USER_NAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}\Z")
_ROLE_NAME = re.compile(r"^[A-Za-z0-9._][A-Za-z0-9._-]{0,63}\Z")
_POLICY_NAME = re.compile(r"^[A-Za-z0-9-]{1,128}\Z")
_ACCOUNT_ID = re.compile(r"^[0-9]{1,32}\Z")

# AssumeRole sessions of a role may last at most max_session_duration, which RAM keeps in 1-12 hours.
MIN_SESSION_SECONDS = 3600
MAX_SESSION_SECONDS = 43200


def user_name_problem(name: str) -> str | None:
    if _USER_NAME.match(name):
        return None
    return f"{name!r} is not a RAM user name (1-64 letters, digits, '.', '_', '@', '-')"


def role_name_problem(name: str) -> str | None:
    if _ROLE_NAME.match(name):
        return None
    return f"{name!r} is not a RAM role name (1-64 letters, digits, '.', '_', '-'; not starting with '-')"


def policy_name_problem(name: str) -> str | None:
    if _POLICY_NAME.match(name):
        return None
    return f"{name!r} is not a RAM policy name (1-128 letters, digits, '-')"


def account_id_problem(account_id: str) -> str | None:
    if _ACCOUNT_ID.match(account_id):
        return None
    return f"{account_id!r} is not an Alibaba Cloud account ID (digits)"


def policy_name_for(owner: str, purpose: str) -> str:
    """A valid policy name derived from a user or role name: '.', '_' and '@' become '-'."""
    return re.sub(r"[^A-Za-z0-9-]", "-", f"{owner}-{purpose}")[:128]


def replication_role_name(bucket: str) -> str:
    """The role (and policy) OSS assumes to replicate `bucket`; computed from the real bucket name."""
    return f"oss-replication-{bucket}"
