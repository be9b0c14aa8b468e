"""RAM condition operators: what each one means, and which values it accepts.

Semantics (named decisions):
- Values of one key are ORed: a positive operator holds when any policy value matches any value
  of the request's key. A negated operator (StringNotEquals, NotIpAddress, NumericNotEquals, ...)
  is the negation of its positive form: it holds when no policy value matches.
- Keys of one operator, and operators of one Condition block, are ANDed.
- A key missing from the request makes the condition false for every operator, negated ones
  included. RAM's documentation names no exception for negated operators (unlike AWS IAM, where
  a negated operator on a missing key is true), so we keep the one rule; note that a Deny with
  StringNotEquals on a missing key therefore does not fire here.
- Condition key names are matched case-insensitively; values as the operator says.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ossiac_props.wildcard import wildcard_match


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError("a boolean is not a number")
    return float(value)


def _date(value: Any) -> datetime:
    """ISO 8601 (2026-01-31T08:00:00Z, with an offset or without: then UTC) or epoch seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _bool(value: Any) -> bool:
    text = _text(value).lower()
    if text not in ("true", "false"):
        raise ValueError(f"{value!r} is not true or false")
    return text == "true"


def _ip_in(network: Any, address: Any) -> bool:
    net = ipaddress.ip_network(str(network), strict=False)
    addr = ipaddress.ip_address(str(address))
    return addr.version == net.version and addr in net


def _compare(parse: Callable[[Any], Any], test: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    # (policy value, request value) -> match; an unparseable request value never matches.
    def match(policy_value: Any, request_value: Any) -> bool:
        try:
            return test(parse(request_value), parse(policy_value))
        except (ValueError, TypeError, OverflowError):
            return False

    return match


# Positive operators: name -> (value parser for validation, matcher(policy value, request value)).
_POSITIVE: dict[str, tuple[Callable[[Any], Any], Callable[[Any, Any], bool]]] = {
    "StringEquals": (_text, lambda p, r: _text(r) == _text(p)),
    "StringEqualsIgnoreCase": (_text, lambda p, r: _text(r).lower() == _text(p).lower()),
    "StringLike": (_text, lambda p, r: wildcard_match(_text(p), _text(r))),
    "NumericEquals": (_number, _compare(_number, lambda r, p: r == p)),
    "NumericLessThan": (_number, _compare(_number, lambda r, p: r < p)),
    "NumericLessThanEquals": (_number, _compare(_number, lambda r, p: r <= p)),
    "NumericGreaterThan": (_number, _compare(_number, lambda r, p: r > p)),
    "NumericGreaterThanEquals": (_number, _compare(_number, lambda r, p: r >= p)),
    "DateEquals": (_date, _compare(_date, lambda r, p: r == p)),
    "DateLessThan": (_date, _compare(_date, lambda r, p: r < p)),
    "DateLessThanEquals": (_date, _compare(_date, lambda r, p: r <= p)),
    "DateGreaterThan": (_date, _compare(_date, lambda r, p: r > p)),
    "DateGreaterThanEquals": (_date, _compare(_date, lambda r, p: r >= p)),
    "Bool": (_bool, _compare(_bool, lambda r, p: r == p)),
    "IpAddress": (lambda v: ipaddress.ip_network(str(v), strict=False), lambda p, r: _safe(_ip_in, p, r)),
}

# Negated operator -> the positive operator it negates.
_NEGATED = {
    "StringNotEquals": "StringEquals",
    "StringNotEqualsIgnoreCase": "StringEqualsIgnoreCase",
    "StringNotLike": "StringLike",
    "NumericNotEquals": "NumericEquals",
    "DateNotEquals": "DateEquals",
    "NotIpAddress": "IpAddress",
}

OPERATORS = tuple(_POSITIVE) + tuple(_NEGATED)


def _safe(test: Callable[[Any, Any], bool], policy_value: Any, request_value: Any) -> bool:
    try:
        return test(policy_value, request_value)
    except ValueError:
        return False


def value_problem(operator: str, value: Any) -> str | None:
    """Why `value` cannot be a policy value of `operator`, or None when it can."""
    parse = _POSITIVE[_NEGATED.get(operator, operator)][0]
    if isinstance(value, (dict, list)) or value is None:
        return f"a condition value must be a string, number or boolean, not {type(value).__name__}"
    try:
        parse(value)
    except (ValueError, TypeError, OverflowError):
        kind = {
            "Numeric": "a number",
            "Date": "an ISO 8601 date/time or epoch seconds",
            "Bool": "true or false",
            "IpAddr": "an IP address or CIDR block",
            "NotIpAd": "an IP address or CIDR block",
        }
        expected = next((text for prefix, text in kind.items() if operator.startswith(prefix)), "valid")
        return f"{value!r} is not {expected}"
    return None


def condition_holds(operator: str, policy_values: list[Any], request_values: list[Any]) -> bool:
    """Whether `operator` holds for a key present in the request (see module docstring)."""
    positive = _NEGATED.get(operator, operator)
    matches = _POSITIVE[positive][1]
    any_match = any(matches(p, r) for p in policy_values for r in request_values)
    return not any_match if operator in _NEGATED else any_match
