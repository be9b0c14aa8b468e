"""ACL and public access block: who may read and write, per bucket and credentials."""

from __future__ import annotations

import pytest

from ossiac.requestsim.request_model import Credentials, make_request
from ossiac.requestsim.simulate import simulate
from requestsim_buckets import SPLIT, bucket
from requestsim_tables import ACL_CASES

ANON, SIGNED, AUTH = Credentials.ANONYMOUS, Credentials.SIGNED_URL, Credentials.AUTHORIZATION_HEADER


@pytest.mark.parametrize(
    ("case", "document", "name", "method", "credentials", "refused_by"), ACL_CASES, ids=[c[0] for c in ACL_CASES]
)
def test_acl_and_public_access_block(tmp_path, case, document, name, method, credentials, refused_by):
    # A Referer the split bucket accepts, so only the ACL side decides.
    request = make_request(
        method=method, key="k", credentials=credentials, referer="https://www.example.com/", origin=None
    )
    decision = simulate(bucket(tmp_path, document, name), request)
    assert decision.refused_by == refused_by
    assert decision.served is (refused_by is None)


def test_refusal_names_the_acl_and_where_it_was_set(tmp_path):
    request = make_request(method="PUT", key="k", credentials=ANON, referer="https://www.example.com/", origin=None)
    decision = simulate(bucket(tmp_path, SPLIT, "assets-split"), request)
    assert "needs acl public-read-write" in decision.reason
    assert "alicloud_oss_bucket_acl.assets_acl.acl" in decision.reason
