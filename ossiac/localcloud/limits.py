"""Size and count limits the real APIs enforce on documents, with where each is documented.

Read 2026-12-04. The stand-in provider (apply time, as the API answers) and the endpoint refuse
what the real service refuses, and nothing it accepts.
"""

from __future__ import annotations

# RAM CreatePolicy / CreatePolicyVersion: "The document must be 1 to 6,144 characters in length."
# https://alibabacloud.com/help/en/resource-management/api-createpolicy and .../api-createpolicyversion
# (Resource Management's copies of the RAM operations, last updated Dec 15, 2025; the older RAM page
# https://www.alibabacloud.com/help/doc-detail/159976.htm still says 2,048).
RAM_POLICY_DOCUMENT_CHARS = 6144

# RAM: "A custom policy can have a maximum of five versions." A sixth CreatePolicyVersion fails unless
# its RotateStrategy is DeleteOldestNonDefaultVersionWhenLimitExceeded (the provider's rotate_strategy).
# https://help.aliyun.com/en/ram/manage-custom-policy-versions
RAM_POLICY_VERSIONS = 5

# RAM CreateRole / UpdateRole: the trust policy (AssumeRolePolicyDocument) has no documented length
# limit in the API reference (https://alibabacloud.com/help/doc-detail/28710.htm, updated Jul 31, 2025):
# none is enforced here.

# OSS PutBucketPolicy: "OSS Bucket Policy的大小最大支持16 KB" (error 0030-00000001);
# https://help.aliyun.com/zh/oss/user-guide/0030-00000001
OSS_BUCKET_POLICY_BYTES = 16 * 1024
