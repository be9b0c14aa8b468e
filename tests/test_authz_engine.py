"""The authorization engine's order of checks, one rule at a time.

Each case is built so that it would get another answer if two checks swapped places (an explicit
Deny wins over an Allow found earlier, the public access block over a public grant, the session
policy over the role's own policies, ...).
"""

from __future__ import annotations

from ossiac.authz.engine import decide
from ossiac.authz.model import (
    ANONYMOUS,
    AccessRequest,
    BucketView,
    CorsConfig,
    CorsRule,
    Credentials,
    Policy,
    Principal,
    PrincipalKind,
    RefererConfig,
)

ACCOUNT_ID = "1000000000000001"
USER_UID = "203000000000000001"
BUCKET = "photos"
OWNER = Principal(PrincipalKind.ACCOUNT, ACCOUNT_ID, f"acs:ram::{ACCOUNT_ID}:root", "root")
ALLOW_ALL = {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:*", "Resource": "*"}]}
WWW = "https://www.example.com"


def user(*documents: dict) -> Principal:
    return Principal(
        PrincipalKind.RAM_USER,
        ACCOUNT_ID,
        f"acs:ram::{ACCOUNT_ID}:user/app",
        "app",
        tuple(Policy(f"policy-{i}", d) for i, d in enumerate(documents)),
        uid=USER_UID,
    )


def role(session: dict | None, *documents: dict) -> Principal:
    return Principal(
        PrincipalKind.ASSUMED_ROLE,
        ACCOUNT_ID,
        f"acs:ram::{ACCOUNT_ID}:assumed-role/uploads/s1",
        "uploads",
        tuple(Policy(f"role-policy-{i}", d) for i, d in enumerate(documents)),
        session,
    )


def bucket(**settings) -> BucketView:
    return BucketView(name=BUCKET, owner_account=ACCOUNT_ID, **settings)


def get(key: str = "a.jpg", credentials: Credentials = Credentials.AUTHORIZATION_HEADER, **extra) -> AccessRequest:
    return AccessRequest("oss:GetObject", BUCKET, key, "GET", credentials, **extra)


def put(key: str = "a.jpg", credentials: Credentials = Credentials.AUTHORIZATION_HEADER, **extra) -> AccessRequest:
    return AccessRequest("oss:PutObject", BUCKET, key, "PUT", credentials, **extra)


def anonymous_get(key: str = "a.jpg", **extra) -> AccessRequest:
    return get(key, Credentials.ANONYMOUS, **extra)


def statement(
    effect: str, principal: list[str], action: str = "oss:GetObject", resource: str = f"acs:oss:*:*:{BUCKET}/*", **extra
) -> dict:
    return {"Effect": effect, "Principal": principal, "Action": action, "Resource": resource, **extra}


def policy(*statements: dict) -> dict:
    return {"Version": "1", "Statement": list(statements)}


# -- 2. explicit deny, in any policy ----------------------------------------------------------------


def test_an_explicit_deny_in_the_bucket_policy_beats_the_users_ram_allow():
    deny = policy({**statement("Deny", [USER_UID]), "Sid": "NoReads"})
    assert decide(get(), user(ALLOW_ALL), bucket()).allowed
    decision = decide(get(), user(ALLOW_ALL), bucket(policy=deny))
    assert (decision.allowed, decision.status, decision.code, decision.refused_by) == (
        False,
        403,
        "AccessDenied",
        "explicit-deny",
    )
    assert "Sid NoReads" in decision.reason and "bucket policy of photos" in decision.reason


def test_an_explicit_deny_in_the_users_policy_beats_a_bucket_policy_allow():
    grant = policy(statement("Allow", [USER_UID]))
    no_get = {
        "Version": "1",
        "Statement": [{"Sid": "NoGet", "Effect": "Deny", "Action": "oss:GetObject", "Resource": "*"}],
    }
    assert decide(get(), user(), bucket(policy=grant)).refused_by is None
    decision = decide(get(), user(no_get), bucket(policy=grant))
    assert decision.refused_by == "explicit-deny" and "Sid NoGet" in decision.reason


def test_an_explicit_deny_beats_a_public_acl_for_anonymous_callers():
    deny = policy(statement("Deny", ["*"]))
    assert decide(anonymous_get(), ANONYMOUS, bucket(acl="public-read")).allowed
    assert decide(anonymous_get(), ANONYMOUS, bucket(acl="public-read", policy=deny)).refused_by == "explicit-deny"


# -- the account itself ------------------------------------------------------------------------------


def test_the_account_may_do_anything_in_its_own_buckets_but_what_the_bucket_policy_denies_it():
    assert decide(put(), OWNER, bucket()).allowed
    assert decide(AccessRequest("oss:PutBucketAcl", BUCKET, None, "PUT"), OWNER, bucket()).allowed
    assert decide(get(), OWNER, bucket(policy=policy(statement("Deny", [ACCOUNT_ID])))).refused_by == "explicit-deny"


def test_a_star_deny_reaches_the_owner_only_with_a_condition():
    # OSS: Principal * without a Condition applies to everyone but the bucket owner.
    plain = policy(statement("Deny", ["*"]))
    assert decide(get(), OWNER, bucket(policy=plain)).allowed
    assert decide(get(), user(ALLOW_ALL), bucket(policy=plain)).refused_by == "explicit-deny"
    https_only = policy(
        statement("Deny", ["*"], action="oss:*", Condition={"Bool": {"acs:SecureTransport": ["false"]}})
    )
    assert decide(get(context={"acs:SecureTransport": "true"}), OWNER, bucket(policy=https_only)).allowed
    assert (
        decide(get(context={"acs:SecureTransport": "false"}), OWNER, bucket(policy=https_only)).refused_by
        == "explicit-deny"
    )


def test_another_accounts_key_is_not_the_owner():
    stranger = Principal(PrincipalKind.ACCOUNT, "1999999999999999")
    assert decide(get(), stranger, bucket()).refused_by == "acl"
    assert decide(get(), stranger, bucket(policy=policy(statement("Allow", ["1999999999999999"])))).allowed


# -- 3. and 4. the caller's RAM policies, or the bucket policy ----------------------------------------


def test_a_ram_user_needs_an_allow_from_its_policies_or_from_the_bucket_policy():
    refused = decide(get(), user(), bucket())
    assert (refused.refused_by, refused.code) == ("ram-policy", "AccessDenied")
    assert decide(get(), user(ALLOW_ALL), bucket()).allowed
    by_bucket = decide(get(), user(), bucket(policy=policy({**statement("Allow", [USER_UID]), "Sid": "App"})))
    assert by_bucket.allowed and by_bucket.statement is not None and by_bucket.statement.sid == "App"
    # A statement for someone else grants this user nothing.
    assert not decide(get(), user(), bucket(policy=policy(statement("Allow", ["209999"])))).allowed


def test_bucket_policies_name_a_role_session_by_its_sts_arn():
    session = role(None)
    named = policy(statement("Allow", [f"arn:sts::{ACCOUNT_ID}:assumed-role/uploads/*"]))
    assert decide(get(), session, bucket(policy=named)).allowed
    assert not decide(
        get(), session, bucket(policy=policy(statement("Allow", ["arn:sts::1:assumed-role/other/*"])))
    ).allowed


def test_resource_arns_name_the_account_bucket_and_key():
    exact = {
        "Version": "1",
        "Statement": [{"Effect": "Allow", "Action": "oss:*", "Resource": f"acs:oss:*:{ACCOUNT_ID}:{BUCKET}/uploads/*"}],
    }
    assert decide(put("uploads/a.jpg"), user(exact), bucket()).allowed
    assert not decide(put("other/a.jpg"), user(exact), bucket()).allowed
    listing = {
        "Version": "1",
        "Statement": [{"Effect": "Allow", "Action": "oss:ListObjects", "Resource": f"acs:oss:*:{ACCOUNT_ID}:{BUCKET}"}],
    }
    assert decide(AccessRequest("oss:ListObjects", BUCKET, None, "GET"), user(listing), bucket()).allowed
    other_account = {
        "Version": "1",
        "Statement": [{"Effect": "Allow", "Action": "oss:*", "Resource": f"acs:oss:*:1999:{BUCKET}/*"}],
    }
    assert not decide(put(), user(other_account), bucket()).allowed


def test_condition_keys_come_from_the_request_context():
    office = policy(statement("Allow", [USER_UID], Condition={"IpAddress": {"acs:SourceIp": ["10.0.0.0/8"]}}))
    assert decide(get(context={"acs:SourceIp": "10.1.2.3"}), user(), bucket(policy=office)).allowed
    assert not decide(get(context={"acs:SourceIp": "192.0.2.1"}), user(), bucket(policy=office)).allowed


# -- the session policy narrows an assumed role ----------------------------------------------------


def test_a_session_policy_narrows_the_roles_permissions():
    uploads_only = {
        "Version": "1",
        "Statement": [{"Effect": "Allow", "Action": "oss:PutObject", "Resource": f"acs:oss:*:*:{BUCKET}/user1/*"}],
    }
    assert decide(get("user1/a.jpg"), role(None, ALLOW_ALL), bucket()).allowed
    narrowed = role(uploads_only, ALLOW_ALL)
    assert decide(put("user1/a.jpg"), narrowed, bucket()).allowed
    assert decide(put("user2/a.jpg"), narrowed, bucket()).refused_by == "session-policy"
    assert decide(get("user1/a.jpg"), narrowed, bucket()).refused_by == "session-policy"


def test_the_session_policy_cannot_widen_the_role():
    # Both must allow: a session policy granting everything leaves a role that may do nothing.
    assert decide(put(), role(ALLOW_ALL), bucket()).refused_by == "ram-policy"


def test_a_session_policy_must_allow_even_what_the_bucket_policy_grants_the_role():
    grant = policy(statement("Allow", [f"arn:sts::{ACCOUNT_ID}:assumed-role/uploads/*"]))
    assert decide(get(), role(None), bucket(policy=grant)).allowed
    assert decide(get(), role(policy()), bucket(policy=grant)).refused_by == "session-policy"


def test_a_deny_in_the_session_policy_wins():
    deny = {
        "Version": "1",
        "Statement": [
            {"Effect": "Allow", "Action": "oss:*", "Resource": "*"},
            {"Effect": "Deny", "Action": "oss:GetObject", "Resource": "*"},
        ],
    }
    assert decide(get(), role(deny, ALLOW_ALL), bucket()).refused_by == "explicit-deny"


# -- 5. ACLs ----------------------------------------------------------------------------------------


def test_anonymous_reads_need_a_public_acl_and_writes_public_read_write():
    assert decide(anonymous_get(), ANONYMOUS, bucket()).refused_by == "acl"
    assert decide(anonymous_get(), ANONYMOUS, bucket(acl="public-read")).allowed
    refused = decide(put(credentials=Credentials.ANONYMOUS), ANONYMOUS, bucket(acl="public-read"))
    assert refused.refused_by == "acl" and "needs acl public-read-write" in refused.reason
    assert decide(put(credentials=Credentials.ANONYMOUS), ANONYMOUS, bucket(acl="public-read-write")).allowed


def test_the_object_acl_overrides_the_bucket_acl_and_default_inherits_it():
    assert decide(anonymous_get(), ANONYMOUS, bucket(object_acl="public-read")).allowed
    assert decide(anonymous_get(), ANONYMOUS, bucket(acl="public-read", object_acl="private")).refused_by == "acl"
    assert decide(anonymous_get(), ANONYMOUS, bucket(acl="public-read", object_acl="default")).allowed


def test_a_public_acl_grants_signed_callers_too_but_never_bucket_configuration():
    assert decide(get(), user(), bucket(acl="public-read")).allowed
    configure = AccessRequest("oss:PutBucketAcl", BUCKET, None, "PUT", Credentials.ANONYMOUS)
    assert not decide(configure, ANONYMOUS, bucket(acl="public-read-write")).allowed


def test_a_bucket_policy_for_everyone_lets_anonymous_callers_in_and_one_naming_a_user_does_not():
    assert decide(anonymous_get(), ANONYMOUS, bucket(policy=policy(statement("Allow", ["*"])))).allowed
    assert decide(anonymous_get(), ANONYMOUS, bucket(policy=policy(statement("Allow", [USER_UID])))).refused_by == "acl"


# -- 6. the public access block ------------------------------------------------------------------------


def test_the_public_access_block_beats_a_public_acl():
    decision = decide(anonymous_get(), ANONYMOUS, bucket(acl="public-read", block_public_access=True))
    assert decision.refused_by == "public-access-block" and "public-read" in decision.reason
    # A private bucket is refused by its ACL, whatever the block says.
    assert decide(anonymous_get(), ANONYMOUS, bucket(block_public_access=True)).refused_by == "acl"


def test_the_public_access_block_beats_a_public_bucket_policy():
    public = policy({**statement("Allow", ["*"]), "Sid": "Public"})
    assert decide(anonymous_get(), ANONYMOUS, bucket(policy=public)).allowed
    decision = decide(anonymous_get(), ANONYMOUS, bucket(policy=public, block_public_access=True))
    assert decision.refused_by == "public-access-block" and "Sid Public" in decision.reason


def test_the_public_access_block_leaves_non_public_grants_alone():
    pinned = policy(statement("Allow", ["*"], Condition={"IpAddress": {"acs:SourceIp": ["10.0.0.0/8"]}}))
    request = anonymous_get(context={"acs:SourceIp": "10.1.2.3"})
    assert decide(request, ANONYMOUS, bucket(policy=pinned, block_public_access=True)).allowed
    assert decide(get(), user(ALLOW_ALL), bucket(acl="public-read", block_public_access=True)).allowed
    assert decide(get(), OWNER, bucket(block_public_access=True)).allowed


# -- 7. referer ------------------------------------------------------------------------------------


REFERERS = RefererConfig(allow_empty=False, whitelist=(f"{WWW}/*",))


def test_the_referer_is_checked_for_anonymous_requests_and_signed_urls_only():
    leech = "https://leech.io/page"
    view = bucket(acl="public-read", referer=REFERERS)
    assert decide(anonymous_get(referer=leech), ANONYMOUS, view).refused_by == "referer-whitelist"
    assert decide(get(credentials=Credentials.SIGNED_URL, referer=leech), OWNER, view).refused_by == "referer-whitelist"
    assert decide(get(referer=leech), OWNER, view).allowed  # an Authorization header
    assert decide(get(), OWNER, view).allowed  # no Referer at all, with an Authorization header


def test_authorization_comes_before_the_referer():
    # Both would refuse; the ACL is checked first, so it is named.
    decision = decide(anonymous_get(referer="https://leech.io/"), ANONYMOUS, bucket(referer=REFERERS))
    assert decision.refused_by == "acl"
    checks = [finding.check for finding in decision.findings]
    assert checks.index("acl") < checks.index("referer-whitelist")


def test_findings_follow_the_documented_order():
    decision = decide(
        anonymous_get(referer=f"{WWW}/p", origin=WWW), ANONYMOUS, bucket(acl="public-read", referer=REFERERS)
    )
    assert decision.allowed
    assert [f.check for f in decision.findings] == [
        "explicit-deny",
        "ram-policy",
        "bucket-policy",
        "acl",
        "public-access-block",
        "referer",
        "cors",
    ]


# -- 8. CORS ---------------------------------------------------------------------------------------


RULES = CorsConfig((CorsRule((WWW,), ("GET", "PUT"), ("content-type",), ("ETag",), 60),))


def _preflight(origin: str, method: str) -> AccessRequest:
    return AccessRequest("oss:Preflight", BUCKET, "a.jpg", "OPTIONS", origin=origin, preflight_method=method)


def test_a_preflight_is_answered_from_the_cors_rules_alone():
    # Private, with a bucket policy denying everyone: the preflight does not care.
    locked = bucket(cors=RULES, policy=policy(statement("Deny", ["*"], action="oss:*")), block_public_access=True)
    served = decide(_preflight(WWW, "PUT"), ANONYMOUS, locked)
    assert served.allowed and served.cors_headers["Access-Control-Allow-Origin"] == WWW
    refused = decide(_preflight("https://leech.io", "PUT"), ANONYMOUS, locked)
    assert (refused.allowed, refused.status, refused.code, refused.refused_by) == (
        False,
        403,
        "AccessForbidden",
        "cors-preflight",
    )
    assert decide(_preflight(WWW, "PUT"), ANONYMOUS, bucket()).code == "AccessForbidden"


def test_actual_responses_get_cors_headers_when_a_rule_matches():
    view = bucket(acl="public-read", cors=RULES)
    matching = decide(anonymous_get(origin=WWW), ANONYMOUS, view)
    assert matching.allowed and matching.cors_headers["Access-Control-Allow-Origin"] == WWW
    other = decide(anonymous_get(origin="https://leech.io"), ANONYMOUS, view)
    assert other.allowed and other.cors_headers == {}
