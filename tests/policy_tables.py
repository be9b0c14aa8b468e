"""The policy simulator's decision tables, read by its tests and by test_endpoint_one_engine.py,
which asks the authorization engine for each row and expects the same decision.
"""

from __future__ import annotations

from ossiac.policy.evaluate import ALLOW, IMPLICIT_DENY, Request

BUCKET = "acs:oss:*:*:photos"
OPERATIONS = {
    "list buckets": Request("oss:ListBuckets", "acs:oss:*:*:*"),
    "upload in prefix": Request("oss:PutObject", f"{BUCKET}/user1/a.jpg"),
    "upload outside prefix": Request("oss:PutObject", f"{BUCKET}/user2/a.jpg"),
    "download in prefix": Request("oss:GetObject", f"{BUCKET}/user1/a.jpg"),
    "download outside prefix": Request("oss:GetObject", f"{BUCKET}/user2/a.jpg"),
    "list in prefix": Request("oss:ListObjects", BUCKET, {"oss:Prefix": "user1/"}),
    "list outside prefix": Request("oss:ListObjects", BUCKET, {"oss:Prefix": "user2/"}),
    "list without prefix": Request("oss:ListObjects", BUCKET),
    "delete in prefix": Request("oss:DeleteObject", f"{BUCKET}/user1/a.jpg"),
    "download from another bucket": Request("oss:GetObject", "acs:oss:*:*:other/user1/a.jpg"),
}
A, D = ALLOW, IMPLICIT_DENY
# EXPECTED: the decision of each template (rendered for bucket photos and the prefix) on each of
# OPERATIONS, in order; rows: (template, prefix).
EXPECTED = {
    ("oss-read-only", "user1/"): (D, D, D, A, D, A, D, D, D, D),
    ("oss-write-only", "user1/"): (D, A, D, D, D, D, D, D, D, D),
    ("oss-read-write", "user1/"): (D, A, D, A, D, A, D, D, D, D),
    ("oss-full-access", "user1/"): (D, A, D, A, D, A, D, D, A, D),
    ("oss-read-only", ""): (D, D, D, A, A, A, A, A, D, D),
    ("oss-write-only", ""): (D, A, A, D, D, D, D, D, D, D),
    ("oss-read-write", ""): (D, A, A, A, A, A, A, A, D, D),
    ("oss-full-access", ""): (D, A, A, A, A, A, A, A, A, D),
}

# ACTION_CASES: (Action pattern, requested action, decision) for an Allow on Resource *.
ACTION_CASES = [
    ("oss:Get*", "oss:GetObject", ALLOW),
    ("oss:Get*", "oss:PutObject", IMPLICIT_DENY),
    ("oss:?etObject", "oss:GetObject", ALLOW),
    ("oss:?etObject", "oss:GGetObject", IMPLICIT_DENY),
    ("OSS:GETOBJECT", "oss:getobject", ALLOW),  # action names ignore case
    ("*", "ecs:DeleteInstance", ALLOW),
]

# RESOURCE_CASES: (Resource pattern, requested resource, decision) for an Allow of oss:GetObject.
RESOURCE_CASES = [
    ("acs:oss:*:*:b/user1/*", "acs:oss:*:*:b/user1/a/b.jpg", ALLOW),
    ("acs:oss:*:*:b/user1/*", "acs:oss:*:*:b/user2/a.jpg", IMPLICIT_DENY),
    ("acs:oss:*:*:b/user?/a", "acs:oss:*:*:b/user7/a", ALLOW),
    ("acs:oss:*:*:b/User1/*", "acs:oss:*:*:b/user1/a", IMPLICIT_DENY),  # resources keep case
    ("acs:oss:*:*:b", "acs:oss:*:*:b/k", IMPLICIT_DENY),  # the bucket is not its objects
]

# CONDITION_CASES: (operator, policy values, the request's acs:Key, decision) for an Allow of oss:*.
CONDITION_CASES = [
    ("StringEquals", ["a", "b"], "b", ALLOW),  # values are ORed
    ("StringEquals", "a", "A", IMPLICIT_DENY),
    ("StringNotEquals", ["a", "b"], "c", ALLOW),
    ("StringNotEquals", ["a", "b"], "a", IMPLICIT_DENY),
    ("StringEqualsIgnoreCase", "abc", "ABC", ALLOW),
    ("StringNotEqualsIgnoreCase", "abc", "ABC", IMPLICIT_DENY),
    ("StringLike", "user1/*", "user1/x/y", ALLOW),
    ("StringLike", "user?/", "user12/", IMPLICIT_DENY),
    ("StringNotLike", "user1/*", "user2/x", ALLOW),
    ("StringNotLike", "user1/*", "user1/x", IMPLICIT_DENY),
    ("NumericEquals", "10", "10.0", ALLOW),
    ("NumericNotEquals", "10", "11", ALLOW),
    ("NumericLessThan", "10", "9", ALLOW),
    ("NumericLessThan", "10", "10", IMPLICIT_DENY),
    ("NumericLessThanEquals", "10", "10", ALLOW),
    ("NumericGreaterThan", "10", "10", IMPLICIT_DENY),
    ("NumericGreaterThanEquals", "10", "10", ALLOW),
    ("NumericEquals", "10", "ten", IMPLICIT_DENY),
    ("DateEquals", "2026-01-01T00:00:00Z", "2026-01-01T08:00:00+08:00", ALLOW),
    ("DateNotEquals", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", ALLOW),
    ("DateLessThan", "2026-01-01T00:00:00Z", "2025-12-31T23:59:59Z", ALLOW),
    ("DateLessThan", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", IMPLICIT_DENY),
    ("DateLessThanEquals", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", ALLOW),
    ("DateGreaterThan", "2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z", ALLOW),
    ("DateGreaterThanEquals", "2026-01-01T00:00:00Z", "2025-06-01T00:00:00Z", IMPLICIT_DENY),
    ("Bool", "true", "TRUE", ALLOW),
    ("Bool", "true", "false", IMPLICIT_DENY),
    ("IpAddress", ["10.0.0.0/8", "192.0.2.1"], "10.1.2.3", ALLOW),
    ("IpAddress", "10.0.0.0/8", "11.0.0.1", IMPLICIT_DENY),
    ("IpAddress", "10.0.0.0/8", "2001:db8::1", IMPLICIT_DENY),
    ("NotIpAddress", "10.0.0.0/8", "11.0.0.1", ALLOW),
    ("NotIpAddress", "10.0.0.0/8", "10.0.0.1", IMPLICIT_DENY),
]

# KMS_CASES: (access of the kms-sse-objects template for key-1, action, key requested, decision).
KMS_CASES = [
    ("read-only", "kms:Decrypt", "key-1", ALLOW),
    ("read-only", "kms:GenerateDataKey", "key-1", IMPLICIT_DENY),
    ("write-only", "kms:GenerateDataKey", "key-1", ALLOW),
    ("write-only", "kms:Decrypt", "key-1", ALLOW),  # multipart uploads decrypt the data key
    ("read-write", "kms:DescribeKey", "key-1", ALLOW),
    ("read-write", "kms:Decrypt", "key-2", IMPLICIT_DENY),
    ("read-write", "kms:ScheduleKeyDeletion", "key-1", IMPLICIT_DENY),
]
