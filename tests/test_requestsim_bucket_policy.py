"""The request simulator evaluates bucket policies (the engine's order: explicit deny first, a
policy grant before the ACL, the public access block over public statements)."""

from __future__ import annotations

import pytest

from ossiac.requestsim.request_model import Credentials, make_request
from ossiac.requestsim.simulate import simulate
from requestsim_buckets import POLICIES, bucket
from requestsim_tables import BUCKET_POLICY_CASES


@pytest.mark.parametrize(
    ("case", "name", "method", "key", "credentials", "refused_by"),
    BUCKET_POLICY_CASES,
    ids=[c[0] for c in BUCKET_POLICY_CASES],
)
def test_bucket_policy_rows(tmp_path, case, name, method, key, credentials, refused_by):
    request = make_request(method=method, key=key, credentials=credentials, referer=None, origin=None)
    decision = simulate(bucket(tmp_path, POLICIES, name), request)
    assert decision.refused_by == refused_by
    assert decision.served is (refused_by is None)


def test_a_refusal_by_the_bucket_policy_names_the_statement(tmp_path):
    request = make_request(
        method="GET", key="secret/a.png", credentials=Credentials.ANONYMOUS, referer=None, origin=None
    )
    decision = simulate(bucket(tmp_path, POLICIES, "policy-guarded"), request)
    assert "Sid NoSecrets" in decision.reason
    assert "resource.alicloud_oss_bucket_policy.guarded.policy" in decision.reason
