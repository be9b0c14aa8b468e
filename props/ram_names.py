r"""What RAM accepts: user, role and policy names, and role session durations (RAM API docs).

Each rule is the request parameter's description in the RAM API reference (2015-05-01), read on
the date given beside it. `$` would let a name end in a newline (a YAML block scalar) and `\d`
would take full-width digits, so the patterns end in `\Z` and spell out ASCII digits. RAM groups
have a rule too (GroupName: 1-64 letters, digits, '.', '-', '_'), but ossiac makes no group.
"""

from __future__ import annotations

import re

# CreateUser UserName: "1 to 64 characters ... letters, digits, periods (.), hyphens (-), and underscores (_)".
# https://www.alibabacloud.com/help/en/ram/developer-reference/api-ram-2015-05-01-createuser (read 2026-12-04)
_USER_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}\Z")
USER_NAME_RULE = "1-64 letters, digits, '.', '-', '_'"
# CreateRole RoleName: "1 to 64 characters ... letters, digits, periods (.), and hyphens (-)"; no '_'.
# https://www.alibabacloud.com/help/doc-detail/159988.htm (read 2026-12-04)
_ROLE_NAME = re.compile(r"^[A-Za-z0-9.-]{1,64}\Z")
ROLE_NAME_RULE = "1-64 letters, digits, '.', '-'"
# CreatePolicy PolicyName: "1 to 128 characters ... letters, digits, and hyphens (-)".
# https://www.alibabacloud.com/help/en/ram/developer-reference/api-ram-2015-05-01-createpolicy (read 2026-12-04)
_POLICY_NAME = re.compile(r"^[A-Za-z0-9-]{1,128}\Z")
POLICY_NAME_RULE = "1-128 letters, digits, '-'"
_ACCOUNT_ID = re.compile(r"^[0-9]{1,32}\Z")

# AssumeRole sessions of a role may last at most max_session_duration, which RAM keeps in 1-12 hours.
MIN_SESSION_SECONDS = 3600
MAX_SESSION_SECONDS = 43200


def user_name_problem(name: str) -> str | None:
    if _USER_NAME.match(name):
        return None
    return f"{name!r} is not a RAM user name; allowed: {USER_NAME_RULE}"


def role_name_problem(name: str) -> str | None:
    if _ROLE_NAME.match(name):
        return None
    return f"{name!r} is not a RAM role name; allowed: {ROLE_NAME_RULE} (no '_')"


def policy_name_problem(name: str) -> str | None:
    if _POLICY_NAME.match(name):
        return None
    return f"{name!r} is not a RAM policy name; allowed: {POLICY_NAME_RULE}"


def account_id_problem(account_id: str) -> str | None:
    if _ACCOUNT_ID.match(account_id):
        return None
    return f"{account_id!r} is not an Alibaba Cloud account ID (digits)"


def policy_name_for(owner: str, purpose: str) -> str:
    """A valid policy name derived from a user or role name: '.' and '_' become '-'."""
    return re.sub(r"[^A-Za-z0-9-]", "-", f"{owner}-{purpose}")[:128]


def replication_role_name(bucket: str) -> str:
    """The role (and policy) OSS assumes to replicate `bucket`; computed from the real bucket name."""
    return f"oss-replication-{bucket}"
