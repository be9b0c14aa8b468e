"""Validation names every problem with its JSON path."""

from __future__ import annotations

from ossiac_policies.policy_document import MAX_DOCUMENT_BYTES, document_size
from ossiac_policies.policy_grammar import is_trust_policy, validate_policy, validate_trust_policy


def _policy(**statement):
    return {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:GetObject", "Resource": "*", **statement}]}


def _paths(issues):
    return {issue.path for issue in issues}


def test_valid_policy_has_no_issues():
    assert validate_policy(_policy(Condition={"IpAddress": {"acs:SourceIp": ["10.0.0.0/8"]}})) == []


# Actions OSS's action table documents (ossiac/schema/ram_actions.json's sources): a valid action is never refused.
_DOCUMENTED_ACTIONS = [
    "oss:RestoreObjectVersion",
    "oss:GetObjectVersionTagging",
    "oss:DescribeRegions",
    "oss:ActivateProduct",
    "oss:ReplicateGet",
    "kms:GenerateDataKey",
    "kms:Decrypt",
]


def test_documented_actions_are_accepted():
    assert validate_policy(_policy(Action=_DOCUMENTED_ACTIONS)) == []


def test_api_names_that_are_no_action_are_refused_with_the_action_rams_checks():
    # CopyObject, AppendObject and PutSymlink are API operations: RAM authorizes them as oss:GetObject/oss:PutObject.
    issues = validate_policy(_policy(Action=["oss:CopyObject", "oss:AppendObject", "oss:PutSymlink"]))
    assert [(i.path, i.message.split(": RAM authorizes it as ")[1].split(";")[0]) for i in issues] == [
        ("$.Statement[0].Action[0]", "oss:GetObject together with oss:PutObject"),
        ("$.Statement[0].Action[1]", "oss:PutObject"),
        ("$.Statement[0].Action[2]", "oss:PutObject"),
    ]


def test_a_misspelt_action_is_still_refused():
    issues = validate_policy(_policy(Action=["oss:PutBucketTaging"]))
    assert [(i.path, "oss:PutBucketTagging" in i.message) for i in issues] == [("$.Statement[0].Action[0]", True)]


def test_size_limit_counts_compact_json_bytes():
    # Whitespace outside strings does not count; 6144 bytes passes, one more fails.
    base = _policy(Resource=["acs:oss:*:*:b/"])
    padding = MAX_DOCUMENT_BYTES - document_size(base)
    at_limit = _policy(Resource=["acs:oss:*:*:b/" + "x" * padding])
    assert document_size(at_limit) == MAX_DOCUMENT_BYTES
    assert validate_policy(at_limit) == []
    over = _policy(Resource=["acs:oss:*:*:b/" + "x" * (padding + 1)])
    issues = validate_policy(over)
    assert [(i.path, "6144" in i.message) for i in issues] == [("$", True)]


def test_bad_version_is_named():
    issues = validate_policy({"Version": "2012-10-17", "Statement": _policy()["Statement"]})
    assert _paths(issues) == {"$.Version"}


def test_bad_effect_is_named():
    assert _paths(validate_policy(_policy(Effect="allow"))) == {"$.Statement[0].Effect"}


def test_bad_arn_is_named_by_index():
    issues = validate_policy(_policy(Resource=["acs:oss:*:*:b/*", "oss:*:*:b", "acs:oss:*:b"]))
    assert _paths(issues) == {"$.Statement[0].Resource[1]", "$.Statement[0].Resource[2]"}


def test_unknown_operator_is_named():
    issues = validate_policy(_policy(Condition={"StringContains": {"acs:SourceIp": "x"}}))
    assert _paths(issues) == {"$.Statement[0].Condition.StringContains"}
    assert "StringEquals" in issues[0].message  # says what is allowed


def test_condition_values_must_fit_the_operator():
    issues = validate_policy(
        _policy(Condition={"IpAddress": {"acs:SourceIp": ["10.0.0.0/8", "ten"]}, "NumericLessThan": {"acs:N": "x"}})
    )
    assert _paths(issues) == {
        "$.Statement[0].Condition.IpAddress.acs:SourceIp[1]",
        "$.Statement[0].Condition.NumericLessThan.acs:N",
    }


def test_action_and_not_action_are_exclusive_and_actions_have_a_grammar():
    both = validate_policy(_policy(NotAction="oss:PutObject"))
    assert [(i.path, "exactly one of Action and NotAction" in i.message) for i in both] == [("$.Statement[0]", True)]
    assert _paths(validate_policy(_policy(Action=["oss:Get*", "GetObject"]))) == {"$.Statement[0].Action[1]"}
    neither = {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*"}]}
    assert "neither" in validate_policy(neither)[0].message


def test_every_problem_is_listed_at_once():
    document = {
        "Version": 1,
        "Statement": [{"Effect": "Maybe", "Action": "x", "Resource": "y", "Extra": 1}, "oops"],
        "Id": "x",
    }
    assert _paths(validate_policy(document)) == {
        "$.Version",
        "$.Id",
        "$.Statement[0].Effect",
        "$.Statement[0].Action",
        "$.Statement[0].Resource",
        "$.Statement[0].Extra",
        "$.Statement[1]",
    }


def test_unresolved_terraform_references_pass_grammar_checks():
    assert validate_policy(_policy(Resource="acs:oss:*:*:${alicloud_oss_bucket.b.bucket}/*")) == []
    assert validate_policy(_policy(Resource="${alicloud_ram_role.r.arn}")) == []


def _trust(principal, action="sts:AssumeRole", **extra):
    return {"Version": "1", "Statement": [{"Effect": "Allow", "Action": action, "Principal": principal, **extra}]}


def test_valid_trust_policies():
    assert validate_trust_policy(_trust({"RAM": ["acs:ram::1234567890:user/app-server"]})) == []
    assert validate_trust_policy(_trust({"Service": "fc.aliyuncs.com"})) == []
    assert validate_trust_policy(_trust({"Federated": "acs:ram::1234567890:saml-provider/idp"})) == []
    assert is_trust_policy(_trust({"Service": "fc.aliyuncs.com"}))


def test_trust_policy_problems_are_named():
    assert _paths(validate_trust_policy(_trust({"RAM": "user/app"}))) == {"$.Statement[0].Principal.RAM"}
    assert _paths(validate_trust_policy(_trust({"AWS": "x"}))) == {"$.Statement[0].Principal.AWS"}
    assert _paths(validate_trust_policy(_trust({"Service": "fc.aliyuncs.com"}, action="oss:GetObject"))) == {
        "$.Statement[0].Action"
    }
    assert _paths(validate_trust_policy(_trust({"Service": "fc.aliyuncs.com"}, Resource="*"))) == {
        "$.Statement[0].Resource"
    }
    assert _paths(
        validate_trust_policy({"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]})
    ) == {"$.Statement[0].Principal"}
