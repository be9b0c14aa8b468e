"""What part of a bucket a policy may scope to: a key prefix, and the source addresses allowed."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence


def prefix_problems(prefix: str) -> list[str]:
    """A prefix is "" (the whole bucket) or a key prefix ending in "/", without wildcards."""
    if prefix == "":
        return []
    problems = []
    if prefix.startswith("/"):
        problems.append(f"prefix {prefix!r} must not start with '/' (object keys have no leading slash)")
    if not prefix.endswith("/"):
        # Without the slash "user1" would also grant "user10/...".
        problems.append(f"prefix {prefix!r} must end with '/'")
    if any(c in prefix for c in "*?"):
        problems.append(f"prefix {prefix!r} must not contain wildcards '*' or '?'")
    return problems


def source_ip_problems(source_ips: Sequence[str]) -> list[str]:
    problems = []
    for ip in source_ips:
        try:
            ipaddress.ip_network(ip, strict=False)
        except ValueError:
            problems.append(f"source_ips: {ip!r} is not an IP address or CIDR block")
    return problems
