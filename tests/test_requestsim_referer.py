"""Hotlink protection: which Referers OSS lets through, per bucket declaration style."""

from __future__ import annotations

import pytest
from requestsim_buckets import INLINE, SPLIT, anonymous_get, bucket, referer_bucket

from ossiac.requestsim.request_model import Credentials
from ossiac.requestsim.simulate import simulate

SERVED = None  # refused_by of a served request

# Inline bucket: whitelist https://www.example.com/* and https://*.example.com/*, empty Referer refused.
INLINE_CASES = [
    ("origin site page", "https://www.example.com/gallery.html", SERVED),
    ("third-level domain", "https://img.cdn.example.com/page", SERVED),
    ("http:// is another scheme", "http://www.example.com/gallery.html", "referer-whitelist"),
    ("bare origin without path misses /*", "https://www.example.com", "referer-whitelist"),
    ("leeching site", "https://leech.io/hot.html", "referer-whitelist"),
    ("look-alike domain", "https://www.example.com.leech.io/x", "referer-whitelist"),
    ("empty Referer", None, "referer-empty"),
    ("whitelisted URL inside a query string does not count", "https://leech.io/?u=https://a.example.com/", "referer-whitelist"),
]


@pytest.mark.parametrize(("case", "referer", "refused_by"), INLINE_CASES, ids=[c[0] for c in INLINE_CASES])
def test_inline_referer_config(tmp_path, case, referer, refused_by):
    decision = simulate(bucket(tmp_path, INLINE, "media-inline"), anonymous_get(referer))
    assert decision.refused_by == refused_by
    assert decision.status == (200 if refused_by is None else 403)


# Split bucket: whitelist https://www.example.com and https://*.example.com with truncate_path,
# blacklist https://*.leech.example.com, empty Referer refused.
SPLIT_CASES = [
    ("origin site, path and query cut", "https://www.example.com/gallery/1.html?x=1", SERVED),
    ("third-level domain", "https://a.b.example.com/page", SERVED),
    ("blacklist overrides whitelist", "https://bad.leech.example.com/page", "referer-blacklist"),
    ("http:// is another scheme", "http://www.example.com/page", "referer-whitelist"),
    ("leeching site", "https://leech.io/page", "referer-whitelist"),
    ("empty Referer", None, "referer-empty"),
]


@pytest.mark.parametrize(("case", "referer", "refused_by"), SPLIT_CASES, ids=[c[0] for c in SPLIT_CASES])
def test_split_referer_resource(tmp_path, case, referer, refused_by):
    decision = simulate(bucket(tmp_path, SPLIT, "assets-split"), anonymous_get(referer))
    assert decision.refused_by == refused_by


CREDENTIAL_CASES = [
    ("signed URL is checked", Credentials.SIGNED_URL, "https://leech.io/page", "referer-whitelist"),
    ("signed URL with empty Referer is checked", Credentials.SIGNED_URL, None, "referer-empty"),
    ("Authorization header is never checked", Credentials.AUTHORIZATION_HEADER, "https://leech.io/page", SERVED),
    ("Authorization header, empty Referer", Credentials.AUTHORIZATION_HEADER, None, SERVED),
]


@pytest.mark.parametrize(("case", "credentials", "referer", "refused_by"), CREDENTIAL_CASES, ids=[c[0] for c in CREDENTIAL_CASES])
def test_referer_is_checked_for_signed_urls_but_not_authorization_headers(tmp_path, case, credentials, referer, refused_by):
    decision = simulate(bucket(tmp_path, SPLIT, "assets-split"), anonymous_get(referer, credentials=credentials))
    assert decision.refused_by == refused_by


EMPTY_AND_TRUNCATE_CASES = [
    # (case, referer resource settings, Referer, refused_by)
    ("empty allowed", {"allow_empty_referer": True, "referer_list": ["https://www.example.com/*"]}, None, SERVED),
    ("empty refused", {"allow_empty_referer": False, "referer_list": ["https://www.example.com/*"]}, None, "referer-empty"),
    ("empty whitelist checks nothing, not even empty", {"allow_empty_referer": False, "referer_list": []}, None, SERVED),
    ("empty whitelist lets any Referer through", {"allow_empty_referer": False}, "https://anyone.io/", SERVED),
    ("empty whitelist still applies the blacklist", {"allow_empty_referer": False, "referer_blacklist": ["*leech*"]}, "https://x.leech.io/", "referer-blacklist"),
    ("blacklist does not apply to an empty Referer", {"allow_empty_referer": True, "referer_blacklist": ["*"]}, None, SERVED),
    ("query kept: exact page with query misses", {"allow_empty_referer": False, "referer_list": ["https://www.example.com/page"], "allow_truncate_query_string": False}, "https://www.example.com/page?utm=1", "referer-whitelist"),
    ("query cut: exact page with query matches", {"allow_empty_referer": False, "referer_list": ["https://www.example.com/page"], "allow_truncate_query_string": True}, "https://www.example.com/page?utm=1", SERVED),
    ("query cut is the OSS default", {"allow_empty_referer": False, "referer_list": ["https://www.example.com/page"]}, "https://www.example.com/page?utm=1", SERVED),
    ("path kept: host-only entry misses a page", {"allow_empty_referer": False, "referer_list": ["https://www.example.com"]}, "https://www.example.com/page", "referer-whitelist"),
    ("path cut: host-only entry matches a page", {"allow_empty_referer": False, "referer_list": ["https://www.example.com"], "truncate_path": True}, "https://www.example.com/page", SERVED),
    ("? is exactly one character", {"allow_empty_referer": False, "referer_list": ["https://img?.example.com/*"]}, "https://img1.example.com/a", SERVED),
    ("? is not two characters", {"allow_empty_referer": False, "referer_list": ["https://img?.example.com/*"]}, "https://img12.example.com/a", "referer-whitelist"),
    ("entry without a scheme misses", {"allow_empty_referer": False, "referer_list": ["www.example.com"], "truncate_path": True}, "https://www.example.com/", "referer-whitelist"),
    ("leading * covers both schemes", {"allow_empty_referer": False, "referer_list": ["*www.example.com"], "truncate_path": True}, "http://www.example.com/", SERVED),
    ("string booleans as in provider examples", {"allow_empty_referer": "true", "referer_list": ["https://www.example.com/*"]}, None, SERVED),
]


@pytest.mark.parametrize(("case", "settings", "referer", "refused_by"), EMPTY_AND_TRUNCATE_CASES, ids=[c[0] for c in EMPTY_AND_TRUNCATE_CASES])
def test_allow_empty_and_truncate_options(tmp_path, case, settings, referer, refused_by):
    decision = simulate(referer_bucket(tmp_path, **settings), anonymous_get(referer))
    assert decision.refused_by == refused_by


def test_a_miss_explains_the_missing_scheme(tmp_path):
    decision = simulate(referer_bucket(tmp_path, allow_empty_referer=False, referer_list=["www.example.com"], truncate_path=True), anonymous_get("https://www.example.com/"))
    assert "without a scheme" in decision.reason


def test_a_miss_explains_the_other_scheme(tmp_path):
    decision = simulate(bucket(tmp_path, SPLIT, "assets-split"), anonymous_get("http://www.example.com/page"))
    assert "same address over https://" in decision.reason


def test_a_miss_explains_the_missing_path_wildcard(tmp_path):
    decision = simulate(referer_bucket(tmp_path, allow_empty_referer=False, referer_list=["https://www.example.com"]), anonymous_get("https://www.example.com/page"))
    assert "end it with /* or set truncate_path = true" in decision.reason


def test_no_referer_configuration_means_no_referer_check(tmp_path):
    decision = simulate(bucket(tmp_path, INLINE, "uploads-inline"), anonymous_get(None))
    assert decision.served
    assert [c.outcome.value for c in decision.checks if c.check == "referer"] == ["not checked"]
