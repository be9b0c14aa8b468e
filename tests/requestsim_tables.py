"""The request simulator's decision tables, read by its tests and by test_endpoint_one_engine.py,
which sends each row to the live endpoint and expects the same decision.

Each table's columns are named in the comment above it; rows start with a case name.
"""

from __future__ import annotations

from ossiac.requestsim.request_model import Credentials
from requestsim_buckets import INLINE, SPLIT

ANON, SIGNED, AUTH = Credentials.ANONYMOUS, Credentials.SIGNED_URL, Credentials.AUTHORIZATION_HEADER
SERVED = None  # refused_by of a served request
WWW = "https://www.example.com"

# ACL_CASES: (case, document, bucket, method, credentials, refused_by)
ACL_CASES = [
    ("private: anonymous read refused", INLINE, "private-inline", "GET", ANON, "acl"),
    ("private: anonymous HEAD refused", INLINE, "private-inline", "HEAD", ANON, "acl"),
    ("private: signed URL read served", INLINE, "private-inline", "GET", SIGNED, None),
    ("private: Authorization header write served", INLINE, "private-inline", "PUT", AUTH, None),
    ("public-read: anonymous read served", SPLIT, "assets-split", "GET", ANON, None),
    ("public-read: anonymous write refused", SPLIT, "assets-split", "PUT", ANON, "acl"),
    ("public-read: anonymous delete refused", SPLIT, "assets-split", "DELETE", ANON, "acl"),
    ("public-read-write: anonymous write served", INLINE, "uploads-inline", "PUT", ANON, None),
    ("public-read-write: anonymous POST served", INLINE, "uploads-inline", "POST", ANON, None),
    (
        "public access block: anonymous read refused despite public-read",
        SPLIT,
        "locked-split",
        "GET",
        ANON,
        "public-access-block",
    ),
    ("public access block: signed URL read served", SPLIT, "locked-split", "GET", SIGNED, None),
    ("public access block: Authorization header served", SPLIT, "locked-split", "GET", AUTH, None),
]

# PREFLIGHT_CASES: (case, Origin, Access-Control-Request-Method, request headers, CORS headers or None
# when refused), against media-inline (INLINE). Its rules: 1) www, GET/HEAD, headers x-oss-*, expose ETag, max-age 600;
#                      2) https://*.example.com, GET/PUT, any header, max-age 60.
PREFLIGHT_CASES = [
    (
        "no custom headers: rule 1",
        WWW,
        "GET",
        (),
        {
            "Access-Control-Allow-Origin": WWW,
            "Access-Control-Allow-Methods": "GET, HEAD",
            "Access-Control-Expose-Headers": "ETag",
            "Access-Control-Max-Age": "600",
        },
    ),
    (
        "allowed header, any case: rule 1",
        WWW,
        "GET",
        ("X-OSS-Meta-Author",),
        {
            "Access-Control-Allow-Origin": WWW,
            "Access-Control-Allow-Methods": "GET, HEAD",
            "Access-Control-Allow-Headers": "X-OSS-Meta-Author",
            "Access-Control-Expose-Headers": "ETag",
            "Access-Control-Max-Age": "600",
        },
    ),
    (
        "header rule 1 lacks falls to rule 2",
        WWW,
        "GET",
        ("x-oss-meta-a", "Content-Type"),
        {
            "Access-Control-Allow-Origin": WWW,
            "Access-Control-Allow-Methods": "GET, PUT",
            "Access-Control-Allow-Headers": "x-oss-meta-a, Content-Type",
            "Access-Control-Max-Age": "60",
        },
    ),
    (
        "method rule 1 lacks falls to rule 2",
        WWW,
        "PUT",
        (),
        {
            "Access-Control-Allow-Origin": WWW,
            "Access-Control-Allow-Methods": "GET, PUT",
            "Access-Control-Max-Age": "60",
        },
    ),
    (
        "third-level origin via wildcard",
        "https://a.b.example.com",
        "GET",
        (),
        {
            "Access-Control-Allow-Origin": "https://a.b.example.com",
            "Access-Control-Allow-Methods": "GET, PUT",
            "Access-Control-Max-Age": "60",
        },
    ),
    ("leeching origin refused", "https://leech.io", "GET", (), None),
    ("http origin is another origin", "http://www.example.com", "GET", (), None),
    ("method no rule allows refused", WWW, "DELETE", (), None),
]

# SPLIT_PREFLIGHT_CASES: (case, request headers, served), a PUT preflight from WWW against
# assets-split (SPLIT): one rule (www, GET/PUT, content-type and x-oss-meta-*), response_vary on.
SPLIT_PREFLIGHT_CASES = [
    ("listed header", ("Content-Type",), True),
    ("wildcard header", ("x-oss-meta-owner",), True),
    ("one header not allowed refuses all", ("content-type", "authorization"), False),
]

# ACTUAL_REQUEST_CASES: (case, Origin, gets CORS headers), an anonymous GET of media-inline with a
# whitelisted Referer.
ACTUAL_REQUEST_CASES = [
    ("matching origin gets CORS headers", "https://app.example.com", True),
    ("other origin is served without CORS headers", "https://leech.io", False),
]

# INLINE_CASES: (case, Referer, refused_by), an anonymous GET of media-inline (INLINE):
# whitelist https://www.example.com/* and https://*.example.com/*, empty Referer refused.
INLINE_CASES = [
    ("origin site page", "https://www.example.com/gallery.html", SERVED),
    ("third-level domain", "https://img.cdn.example.com/page", SERVED),
    ("http:// is another scheme", "http://www.example.com/gallery.html", "referer-whitelist"),
    ("bare origin without path misses /*", "https://www.example.com", "referer-whitelist"),
    ("leeching site", "https://leech.io/hot.html", "referer-whitelist"),
    ("look-alike domain", "https://www.example.com.leech.io/x", "referer-whitelist"),
    ("empty Referer", None, "referer-empty"),
    (
        "whitelisted URL inside a query string does not count",
        "https://leech.io/?u=https://a.example.com/",
        "referer-whitelist",
    ),
]

# SPLIT_CASES: (case, Referer, refused_by), an anonymous GET of assets-split (SPLIT):
# whitelist https://www.example.com and https://*.example.com with truncate_path,
# blacklist https://*.leech.example.com, empty Referer refused.
SPLIT_CASES = [
    ("origin site, path and query cut", "https://www.example.com/gallery/1.html?x=1", SERVED),
    ("third-level domain", "https://a.b.example.com/page", SERVED),
    ("blacklist overrides whitelist", "https://bad.leech.example.com/page", "referer-blacklist"),
    ("http:// is another scheme", "http://www.example.com/page", "referer-whitelist"),
    ("leeching site", "https://leech.io/page", "referer-whitelist"),
    ("empty Referer", None, "referer-empty"),
]

# CREDENTIAL_CASES: (case, credentials, Referer, refused_by), a GET of assets-split.
CREDENTIAL_CASES = [
    ("signed URL is checked", SIGNED, "https://leech.io/page", "referer-whitelist"),
    ("signed URL with empty Referer is checked", SIGNED, None, "referer-empty"),
    ("Authorization header is never checked", AUTH, "https://leech.io/page", SERVED),
    ("Authorization header, empty Referer", AUTH, None, SERVED),
]

# EMPTY_AND_TRUNCATE_CASES: (case, alicloud_oss_bucket_referer settings, Referer, refused_by), an
# anonymous GET of the public-read bucket requestsim_buckets.referer_bucket declares.
EMPTY_AND_TRUNCATE_CASES = [
    ("empty allowed", {"allow_empty_referer": True, "referer_list": ["https://www.example.com/*"]}, None, SERVED),
    (
        "empty refused",
        {"allow_empty_referer": False, "referer_list": ["https://www.example.com/*"]},
        None,
        "referer-empty",
    ),
    (
        "empty whitelist checks nothing, not even empty",
        {"allow_empty_referer": False, "referer_list": []},
        None,
        SERVED,
    ),
    ("empty whitelist lets any Referer through", {"allow_empty_referer": False}, "https://anyone.io/", SERVED),
    (
        "empty whitelist still applies the blacklist",
        {"allow_empty_referer": False, "referer_blacklist": ["*leech*"]},
        "https://x.leech.io/",
        "referer-blacklist",
    ),
    (
        "blacklist does not apply to an empty Referer",
        {"allow_empty_referer": True, "referer_blacklist": ["*"]},
        None,
        SERVED,
    ),
    (
        "query kept: exact page with query misses",
        {
            "allow_empty_referer": False,
            "referer_list": ["https://www.example.com/page"],
            "allow_truncate_query_string": False,
        },
        "https://www.example.com/page?utm=1",
        "referer-whitelist",
    ),
    (
        "query cut: exact page with query matches",
        {
            "allow_empty_referer": False,
            "referer_list": ["https://www.example.com/page"],
            "allow_truncate_query_string": True,
        },
        "https://www.example.com/page?utm=1",
        SERVED,
    ),
    (
        "query cut is the OSS default",
        {"allow_empty_referer": False, "referer_list": ["https://www.example.com/page"]},
        "https://www.example.com/page?utm=1",
        SERVED,
    ),
    (
        "path kept: host-only entry misses a page",
        {"allow_empty_referer": False, "referer_list": ["https://www.example.com"]},
        "https://www.example.com/page",
        "referer-whitelist",
    ),
    (
        "path cut: host-only entry matches a page",
        {"allow_empty_referer": False, "referer_list": ["https://www.example.com"], "truncate_path": True},
        "https://www.example.com/page",
        SERVED,
    ),
    (
        "? is exactly one character",
        {"allow_empty_referer": False, "referer_list": ["https://img?.example.com/*"]},
        "https://img1.example.com/a",
        SERVED,
    ),
    (
        "? is not two characters",
        {"allow_empty_referer": False, "referer_list": ["https://img?.example.com/*"]},
        "https://img12.example.com/a",
        "referer-whitelist",
    ),
    (
        "entry without a scheme misses",
        {"allow_empty_referer": False, "referer_list": ["www.example.com"], "truncate_path": True},
        "https://www.example.com/",
        "referer-whitelist",
    ),
    (
        "leading * covers both schemes",
        {"allow_empty_referer": False, "referer_list": ["*www.example.com"], "truncate_path": True},
        "http://www.example.com/",
        SERVED,
    ),
    (
        "string booleans as in provider examples",
        {"allow_empty_referer": "true", "referer_list": ["https://www.example.com/*"]},
        None,
        SERVED,
    ),
]

# BUCKET_POLICY_CASES: (case, bucket in requestsim_buckets.POLICIES, method, key, credentials, refused_by)
BUCKET_POLICY_CASES = [
    ("private bucket, policy lets everyone read a folder", "policy-shared", "GET", "public/a.png", ANON, SERVED),
    ("private bucket, policy lets everyone write a folder", "policy-shared", "PUT", "public/b.png", ANON, SERVED),
    ("private bucket, outside the policy's folder", "policy-shared", "GET", "private/a.png", ANON, "acl"),
    ("public-read bucket, policy denies a folder", "policy-guarded", "GET", "secret/a.png", ANON, "explicit-deny"),
    ("public-read bucket, outside the denied folder", "policy-guarded", "GET", "open/a.png", ANON, SERVED),
    ("a Principal * Deny without a Condition spares the owner", "policy-guarded", "GET", "secret/a.png", AUTH, SERVED),
    (
        "public access block: a public policy grants nothing",
        "policy-blocked",
        "GET",
        "a.png",
        ANON,
        "public-access-block",
    ),
    ("public access block: the owner's signed URL still works", "policy-blocked", "GET", "a.png", SIGNED, SERVED),
]
