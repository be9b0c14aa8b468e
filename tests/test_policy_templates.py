"""Each OSS template, whole-bucket and prefix-scoped, against the operations an app performs."""

from __future__ import annotations

import pytest

from ossiac.policy.evaluate import ALLOW, IMPLICIT_DENY, NamedPolicy, Request, evaluate
from ossiac_policies.oss_templates import TemplateParamError
from ossiac_policies.policy_grammar import validate_policy
from ossiac_policies.registry import TEMPLATES, render
from policy_tables import BUCKET, EXPECTED, KMS_CASES, OPERATIONS

CASES = [
    pytest.param(template, prefix, operation, expected[index], id=f"{template}[{prefix or 'bucket'}]-{operation}")
    for (template, prefix), expected in EXPECTED.items()
    for index, operation in enumerate(OPERATIONS)
]


@pytest.mark.parametrize(("template", "prefix", "operation", "expected"), CASES)
def test_template_decides_operation(template, prefix, operation, expected):
    document = render(template, {"bucket": "photos", "prefix": prefix})
    assert validate_policy(document) == []
    assert evaluate([NamedPolicy(template, document)], OPERATIONS[operation]).decision == expected


def test_https_only_allows_only_requests_over_https():
    document = render("oss-write-only", {"bucket": "photos", "prefix": "user1/", "https_only": "true"})
    upload = f"{BUCKET}/user1/a.jpg"
    policy = [NamedPolicy("p", document)]
    assert evaluate(policy, Request("oss:PutObject", upload, {"acs:SecureTransport": "true"})).decision == ALLOW
    assert (
        evaluate(policy, Request("oss:PutObject", upload, {"acs:SecureTransport": "false"})).decision == IMPLICIT_DENY
    )
    assert evaluate(policy, Request("oss:PutObject", upload)).decision == IMPLICIT_DENY


def test_source_ips_allow_only_listed_networks():
    document = render("oss-read-only", {"bucket": "photos", "source_ips": "203.0.113.0/24, 198.51.100.7"})
    policy = [NamedPolicy("p", document)]
    get = f"{BUCKET}/a.jpg"
    assert evaluate(policy, Request("oss:GetObject", get, {"acs:SourceIp": "203.0.113.9"})).decision == ALLOW
    assert evaluate(policy, Request("oss:GetObject", get, {"acs:SourceIp": "198.51.100.7"})).decision == ALLOW
    assert evaluate(policy, Request("oss:GetObject", get, {"acs:SourceIp": "192.0.2.1"})).decision == IMPLICIT_DENY


@pytest.mark.parametrize(("access", "action", "key", "expected"), KMS_CASES)
def test_kms_template_allows_what_sse_kms_needs_on_its_key(access, action, key, expected):
    document = render("kms-sse-objects", {"key_id": "key-1", "access": access})
    assert validate_policy(document) == []
    request = Request(action, f"acs:kms:cn-hangzhou:1234567890:key/{key}")
    assert evaluate([NamedPolicy("kms", document)], request).decision == expected


def test_registry_names_every_template():
    assert set(TEMPLATES) == {"oss-read-only", "oss-write-only", "oss-read-write", "oss-full-access", "kms-sse-objects"}


def test_bad_parameters_are_all_listed():
    with pytest.raises(TemplateParamError) as raised:
        render(
            "oss-read-only", {"bucket": "Bad_Bucket", "prefix": "/user1", "source_ips": "not-an-ip", "colour": "red"}
        )
    text = str(raised.value)
    assert "no parameter 'colour'" in text and "bucket: str" in text
    raised_again = pytest.raises(
        TemplateParamError, render, "oss-read-only", {"bucket": "Bad_Bucket", "prefix": "/user1"}
    )
    problems = raised_again.value.problems
    assert any("Bad_Bucket" in p for p in problems)
    assert any("must not start with '/'" in p for p in problems)
    assert any("must end with '/'" in p for p in problems)


def test_missing_required_parameter_is_named():
    with pytest.raises(TemplateParamError, match="needs parameter 'bucket'"):
        render("oss-write-only", {})
