"""The evaluator's RAM semantics, one at a time."""

from __future__ import annotations

import pytest

from ossiac.policy.evaluate import ALLOW, EXPLICIT_DENY, IMPLICIT_DENY, NamedPolicy, Request, evaluate
from policy_tables import ACTION_CASES, CONDITION_CASES, RESOURCE_CASES


def _decide(statements, action="oss:GetObject", resource="acs:oss:*:*:b/k", context=None, name="p"):
    policy = NamedPolicy(name, {"Version": "1", "Statement": statements})
    return evaluate([policy], Request(action, resource, context or {}))


def _allow(**extra):
    return {"Effect": "Allow", "Action": "oss:*", "Resource": "*", **extra}


def test_nothing_allows_means_implicit_deny():
    decision = _decide([{"Effect": "Allow", "Action": "oss:PutObject", "Resource": "*"}])
    assert decision.decision == IMPLICIT_DENY
    assert decision.statement is None


def test_explicit_deny_wins_over_allow_in_another_policy():
    allow = NamedPolicy("allow-all", {"Version": "1", "Statement": [_allow()]})
    deny = NamedPolicy(
        "no-get",
        {"Version": "1", "Statement": [{"Sid": "NoGet", "Effect": "Deny", "Action": "oss:GetObject", "Resource": "*"}]},
    )
    decision = evaluate([allow, deny], Request("oss:GetObject", "acs:oss:*:*:b/k"))
    assert decision.decision == EXPLICIT_DENY
    assert (decision.statement.policy, decision.statement.index, decision.statement.sid) == ("no-get", 0, "NoGet")


def test_allow_names_the_deciding_statement():
    decision = _decide([{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}, _allow(Sid="Oss")])
    assert decision.decision == ALLOW
    assert (decision.statement.index, decision.statement.sid) == (1, "Oss")


@pytest.mark.parametrize(("pattern", "action", "expected"), ACTION_CASES)
def test_action_wildcards_and_case(pattern, action, expected):
    assert _decide([{"Effect": "Allow", "Action": pattern, "Resource": "*"}], action=action).decision == expected


@pytest.mark.parametrize(("pattern", "resource", "expected"), RESOURCE_CASES)
def test_resource_wildcards_and_case(pattern, resource, expected):
    assert (
        _decide([{"Effect": "Allow", "Action": "oss:GetObject", "Resource": pattern}], resource=resource).decision
        == expected
    )


def test_not_action_matches_everything_else():
    statements = [{"Effect": "Allow", "NotAction": ["oss:Delete*"], "Resource": "*"}]
    assert _decide(statements, action="oss:GetObject").decision == ALLOW
    assert _decide(statements, action="oss:DeleteObject").decision == IMPLICIT_DENY


def test_not_resource_matches_everything_else():
    statements = [_allow(), {"Effect": "Deny", "Action": "oss:*", "NotResource": "acs:oss:*:*:b/public/*"}]
    assert _decide(statements, resource="acs:oss:*:*:b/public/x").decision == ALLOW
    assert _decide(statements, resource="acs:oss:*:*:b/private/x").decision == EXPLICIT_DENY


def _with_condition(operator, key, values, context):
    return _decide([_allow(Condition={operator: {key: values}})], context=context).decision


@pytest.mark.parametrize(("operator", "values", "request_value", "expected"), CONDITION_CASES)
def test_condition_operators(operator, values, request_value, expected):
    assert _with_condition(operator, "acs:Key", values, {"acs:Key": request_value}) == expected


@pytest.mark.parametrize(
    "operator", ["StringEquals", "StringNotEquals", "StringNotLike", "NotIpAddress", "Bool", "NumericNotEquals"]
)
def test_missing_context_key_makes_any_condition_false(operator):
    value = {"NotIpAddress": "10.0.0.0/8", "Bool": "true", "NumericNotEquals": "1"}.get(operator, "x")
    decision = _decide([_allow(Condition={operator: {"acs:Key": value}})])
    assert decision.decision == IMPLICIT_DENY
    assert any("key missing" in reason for reason in decision.reasons)


def test_missing_key_does_not_fire_a_negated_deny():
    # Our named rule: a missing key makes the condition false, so this Deny does not apply.
    statements = [
        _allow(),
        {
            "Effect": "Deny",
            "Action": "*",
            "Resource": "*",
            "Condition": {"NotIpAddress": {"acs:SourceIp": "10.0.0.0/8"}},
        },
    ]
    assert _decide(statements).decision == ALLOW
    assert _decide(statements, context={"acs:SourceIp": "8.8.8.8"}).decision == EXPLICIT_DENY


def test_keys_and_operators_are_anded():
    condition = {"StringLike": {"oss:Prefix": "user1/*"}, "Bool": {"acs:SecureTransport": "true"}}
    both = {"oss:Prefix": "user1/a", "acs:SecureTransport": "true"}
    assert _decide([_allow(Condition=condition)], context=both).decision == ALLOW
    assert (
        _decide([_allow(Condition=condition)], context={**both, "acs:SecureTransport": "false"}).decision
        == IMPLICIT_DENY
    )
    two_keys = {"StringEquals": {"acs:A": "1", "acs:B": "2"}}
    assert _decide([_allow(Condition=two_keys)], context={"acs:A": "1", "acs:B": "2"}).decision == ALLOW
    assert _decide([_allow(Condition=two_keys)], context={"acs:A": "1", "acs:B": "3"}).decision == IMPLICIT_DENY


def test_condition_key_names_ignore_case_and_request_may_give_several_values():
    condition = {"StringEquals": {"acs:SourceVpc": "vpc-1"}}
    assert _decide([_allow(Condition=condition)], context={"ACS:sourcevpc": ["vpc-9", "vpc-1"]}).decision == ALLOW
