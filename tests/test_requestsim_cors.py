"""CORS: which rule answers, the headers OSS returns, and refused preflights."""

from __future__ import annotations

import pytest

from ossiac.requestsim.request_model import Credentials, make_request
from ossiac.requestsim.simulate import simulate
from requestsim_buckets import INLINE, SPLIT, bucket
from requestsim_tables import ACTUAL_REQUEST_CASES, PREFLIGHT_CASES, SPLIT_PREFLIGHT_CASES, WWW


def preflight(origin, method, headers=()):
    return make_request(
        method=None,
        key="img/logo.png",
        credentials=Credentials.ANONYMOUS,
        referer=None,
        origin=origin,
        preflight=True,
        preflight_method=method,
        preflight_headers=tuple(headers),
    )


@pytest.mark.parametrize(
    ("case", "origin", "method", "headers", "expected"), PREFLIGHT_CASES, ids=[c[0] for c in PREFLIGHT_CASES]
)
def test_preflight_against_inline_rules(tmp_path, case, origin, method, headers, expected):
    decision = simulate(bucket(tmp_path, INLINE, "media-inline"), preflight(origin, method, headers))
    if expected is None:
        assert (decision.status, decision.refused_by, decision.oss_error_code) == (
            403,
            "cors-preflight",
            "AccessForbidden",
        )
        assert decision.cors_headers == {}
    else:
        assert decision.served and decision.status == 200
        assert decision.cors_headers == expected


@pytest.mark.parametrize(
    ("case", "headers", "served"), SPLIT_PREFLIGHT_CASES, ids=[c[0] for c in SPLIT_PREFLIGHT_CASES]
)
def test_preflight_headers_against_split_resource(tmp_path, case, headers, served):
    decision = simulate(bucket(tmp_path, SPLIT, "assets-split"), preflight(WWW, "PUT", headers))
    assert decision.served is served
    # ResponseVary makes OSS send Vary: Origin whether or not a rule matched.
    assert decision.cors_headers.get("Vary") == "Origin"
    assert ("Access-Control-Allow-Origin" in decision.cors_headers) is served


def test_split_resource_expose_header_is_read(tmp_path):
    decision = simulate(bucket(tmp_path, SPLIT, "assets-split"), preflight(WWW, "GET"))
    assert decision.cors_headers["Access-Control-Expose-Headers"] == "ETag, x-oss-request-id"
    assert decision.cors_headers["Access-Control-Max-Age"] == "300"


def test_preflight_is_answered_from_cors_alone_even_on_a_private_bucket(tmp_path):
    document = {
        "resource": {
            "alicloud_oss_bucket": {
                "p": {"bucket": "p", "cors_rule": {"allowed_origins": ["*"], "allowed_methods": ["GET"]}}
            }
        }
    }
    decision = simulate(bucket(tmp_path, document, "p"), preflight(WWW, "GET"))
    assert decision.served
    assert decision.cors_headers["Access-Control-Allow-Origin"] == WWW


def test_preflight_on_a_bucket_without_cors_is_refused(tmp_path):
    decision = simulate(bucket(tmp_path, INLINE, "uploads-inline"), preflight(WWW, "GET"))
    assert decision.refused_by == "cors-preflight"
    assert "no CORS rules" in decision.reason


@pytest.mark.parametrize(("case", "origin", "has_cors"), ACTUAL_REQUEST_CASES, ids=[c[0] for c in ACTUAL_REQUEST_CASES])
def test_actual_cross_origin_get(tmp_path, case, origin, has_cors):
    request = make_request(
        method="GET", key="k", credentials=Credentials.ANONYMOUS, referer="https://www.example.com/p", origin=origin
    )
    decision = simulate(bucket(tmp_path, INLINE, "media-inline"), request)
    # CORS never refuses the request itself; without a match the browser hides the response.
    assert decision.served
    assert ("Access-Control-Allow-Origin" in decision.cors_headers) is has_cors
    cors = next(c for c in decision.checks if c.check == "cors")
    assert cors.outcome.value == ("pass" if has_cors else "warn")


def test_refused_cross_origin_request_is_not_blamed_on_cors(tmp_path):
    request = make_request(
        method="GET", key="k", credentials=Credentials.ANONYMOUS, referer="https://leech.io/", origin=WWW
    )
    decision = simulate(bucket(tmp_path, INLINE, "media-inline"), request)
    assert decision.refused_by == "referer-whitelist"
    assert any("the cause is referer-whitelist, not the CORS rules" in note for note in decision.notes)


def test_set_ordered_rules_warn_when_more_than_one_matches(tmp_path):
    rules = [
        {"allowed_origins": ["*"], "allowed_methods": ["GET"], "max_age_seconds": 1},
        {"allowed_origins": [WWW], "allowed_methods": ["GET"], "max_age_seconds": 2},
    ]
    document = {
        "resource": {
            "alicloud_oss_bucket": {"b": {"bucket": "b"}},
            "alicloud_oss_bucket_cors": {"c": {"bucket": "b", "cors_rule": rules}},
        }
    }
    decision = simulate(bucket(tmp_path, document, "b"), preflight(WWW, "GET"))
    assert decision.cors_headers["Access-Control-Max-Age"] == "1"
    assert any("Terraform set" in note for note in decision.notes)
