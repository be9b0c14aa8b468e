"""Hotlink protection: which Referers OSS lets through, per bucket declaration style."""

from __future__ import annotations

import pytest

from ossiac.requestsim.simulate import simulate
from requestsim_buckets import INLINE, SPLIT, anonymous_get, bucket, referer_bucket
from requestsim_tables import CREDENTIAL_CASES, EMPTY_AND_TRUNCATE_CASES, INLINE_CASES, SPLIT_CASES


@pytest.mark.parametrize(("case", "referer", "refused_by"), INLINE_CASES, ids=[c[0] for c in INLINE_CASES])
def test_inline_referer_config(tmp_path, case, referer, refused_by):
    decision = simulate(bucket(tmp_path, INLINE, "media-inline"), anonymous_get(referer))
    assert decision.refused_by == refused_by
    assert decision.status == (200 if refused_by is None else 403)


@pytest.mark.parametrize(("case", "referer", "refused_by"), SPLIT_CASES, ids=[c[0] for c in SPLIT_CASES])
def test_split_referer_resource(tmp_path, case, referer, refused_by):
    decision = simulate(bucket(tmp_path, SPLIT, "assets-split"), anonymous_get(referer))
    assert decision.refused_by == refused_by


@pytest.mark.parametrize(
    ("case", "credentials", "referer", "refused_by"), CREDENTIAL_CASES, ids=[c[0] for c in CREDENTIAL_CASES]
)
def test_referer_is_checked_for_signed_urls_but_not_authorization_headers(
    tmp_path, case, credentials, referer, refused_by
):
    decision = simulate(bucket(tmp_path, SPLIT, "assets-split"), anonymous_get(referer, credentials=credentials))
    assert decision.refused_by == refused_by


@pytest.mark.parametrize(
    ("case", "settings", "referer", "refused_by"),
    EMPTY_AND_TRUNCATE_CASES,
    ids=[c[0] for c in EMPTY_AND_TRUNCATE_CASES],
)
def test_allow_empty_and_truncate_options(tmp_path, case, settings, referer, refused_by):
    decision = simulate(referer_bucket(tmp_path, **settings), anonymous_get(referer))
    assert decision.refused_by == refused_by


def test_a_miss_explains_the_missing_scheme(tmp_path):
    decision = simulate(
        referer_bucket(tmp_path, allow_empty_referer=False, referer_list=["www.example.com"], truncate_path=True),
        anonymous_get("https://www.example.com/"),
    )
    assert "without a scheme" in decision.reason


def test_a_miss_explains_the_other_scheme(tmp_path):
    decision = simulate(bucket(tmp_path, SPLIT, "assets-split"), anonymous_get("http://www.example.com/page"))
    assert "same address over https://" in decision.reason


def test_a_miss_explains_the_missing_path_wildcard(tmp_path):
    decision = simulate(
        referer_bucket(tmp_path, allow_empty_referer=False, referer_list=["https://www.example.com"]),
        anonymous_get("https://www.example.com/page"),
    )
    assert "end it with /* or set truncate_path = true" in decision.reason


def test_no_referer_configuration_means_no_referer_check(tmp_path):
    decision = simulate(bucket(tmp_path, INLINE, "uploads-inline"), anonymous_get(None))
    assert decision.served
    assert [c.outcome.value for c in decision.checks if c.check == "referer"] == ["not checked"]
