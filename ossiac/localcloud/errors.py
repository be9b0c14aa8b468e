"""Errors the local cloud returns, shaped like the real services' errors (code + message)."""

from __future__ import annotations

from typing import Literal

# Every code the local cloud answers with, so a misspelt code fails `make lint` instead of reaching a user.
# Each is the real service's code for the same refusal, except the last group (the local cloud's own).
ErrorCode = Literal[
    # OSS
    "BucketAlreadyExists",
    "BucketNotEmpty",
    "InvalidArgument",
    "InvalidBucketName",
    "InvalidPolicyDocument",
    "InvalidRegionId",
    "InvalidTargetBucketForLogging",
    "NoSuchBucket",
    "NoSuchBucketPolicy",
    "NoSuchCORSConfiguration",
    "NoSuchConfiguration",
    "NoSuchHttpsConfiguration",
    "NoSuchReplicationRule",
    "NoSuchServerSideEncryptionRule",
    "NoSuchWORMConfiguration",
    "NoSuchWebsiteConfiguration",
    # RAM
    "EntityAlreadyExists.Group",
    "EntityAlreadyExists.Policy",
    "EntityAlreadyExists.Role",
    "EntityAlreadyExists.User",
    "EntityNotExist.Policy",
    "EntityNotExist.Role",
    "EntityNotExist.User",
    "InvalidParameter.PolicyDocument.Length",
    "LimitExceeded.Policy.Version",
    "MalformedPolicyDocument",
    # KMS
    "Forbidden.AliasExists",
    "Forbidden.KeyNotFound",
    "Forbidden.ResourceExists",
    "InvalidParam.AliasName",
    "Rejected.Disabled",
    # VPC and VPN Gateway
    "InvalidCidrBlock.Malformed",
    "InvalidCidrBlock.Mismatch",
    "InvalidCidrBlock.Overlapped",
    "InvalidCustomerGatewayInstanceId.NotFound",
    "InvalidIpAddress.Malformed",
    "InvalidParameter.Psk",
    "InvalidVSwitchId.NotFound",
    "InvalidVpcId.NotFound",
    "InvalidVpnGatewayInstanceId.NotFound",
    "InvalidZoneId.NotFound",
    # CloudMonitor and Function Compute
    "ContactAlreadyExists",
    "ContactGroupAlreadyExists",
    "FunctionAlreadyExists",
    "ServiceAlreadyExists",
    # The local cloud's own: its console, its generic records and its database
    "KeyNotFound",
    "NotFound",
    "ResourceAlreadyExists",
    "ResourceNotFound",
    "LocalCloud.CorruptRecord",
]


class CloudError(Exception):
    """An API error: `code` is the service's error code (e.g. `InvalidBucketName`, `NoSuchBucket`).

    `attribute` optionally names the argument at fault (a path such as ("cors_rule",)) so the
    provider can attach the diagnostic to it.
    """

    def __init__(self, code: ErrorCode, message: str, *, attribute: tuple = (), status: int = 400) -> None:
        super().__init__(f"{code}: {message}")
        self.code: ErrorCode = code
        self.message = message
        self.attribute = attribute
        self.status = status
