"""An OSS event sync trigger: new objects in a source bucket are forwarded to a sync endpoint.

A Function Compute 3.0 function (handler in functions/oss_sync/) runs on `oss:ObjectCreated:*`
events of the source bucket, POSTs each object key to the endpoint and writes a success or
failure marker under `record_prefix` in a separate record bucket. Two roles, each allowed one
thing:
- the function's role (trusted by fc.aliyuncs.com): write objects under the record prefix of
  the record bucket (and use its SSE-KMS key), and read the endpoint credential secret if one is
  configured. It cannot read or list the source bucket: the event carries everything it forwards.
- the trigger's invocation role (trusted by oss.aliyuncs.com): fc:InvokeFunction on this
  function only.
The endpoint credential, if any, is stored in a KMS secret whose value is a sensitive variable.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ossiac.cdk import TerraformProvider, Token
from cdktf_cdktf_provider_alicloud.fcv3_function import Fcv3Function, Fcv3FunctionCode
from cdktf_cdktf_provider_alicloud.fcv3_trigger import Fcv3Trigger
from cdktf_cdktf_provider_alicloud.kms_secret import KmsSecret
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.ram_role import RamRole
from cdktf_cdktf_provider_alicloud.ram_role_policy_attachment import RamRolePolicyAttachment
from constructs import Construct
from pydantic import Field, field_validator

from ossiac.policy.document import compact_json
from ossiac.policy.validate import validate_policy, validate_trust_policy
from ossiac_constructs.bucket_props import Props
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.ram_rules import policy_name_for
from ossiac_policies.kms_templates import kms_sse_objects
from ossiac_policies.oss_templates import bucket_problems, oss_access, prefix_problems

FUNCTION_NAME = re.compile(r"^[a-z][a-z0-9-]{0,48}[a-z0-9]$")  # also names the roles: <name>-fn, <name>-oss-invoke
EVENTS = ["oss:ObjectCreated:*"]


class OssSyncTriggerProps(Props):
    name: str
    """Function name; the roles and secret are named after it."""
    source_bucket: str
    """The bucket whose new objects are synced."""
    record_bucket: str
    """Where success and failure markers go; never the source bucket."""
    record_prefix: str = "sync-records/"
    endpoint: str
    """HTTPS URL the function POSTs each object's bucket, key, ETag and size to."""
    key_prefix: str = ""
    """Only objects whose key starts with this. Default: every object."""
    key_suffix: str = ""
    timeout: int = Field(default=60, ge=1, le=600)
    memory_size: int = Field(default=128, ge=128, le=32768)

    @field_validator("name")
    @classmethod
    def _name(cls, name: str) -> str:
        if not FUNCTION_NAME.match(name):
            raise ValueError(f"{name!r} is not 2-50 lowercase letters, digits and hyphens, starting with a letter")
        return name

    @field_validator("endpoint")
    @classmethod
    def _endpoint(cls, endpoint: str) -> str:
        if not re.match(r"^https://[^\s/]+(/\S*)?$", endpoint):
            raise ValueError(f"{endpoint!r} is not an https:// URL (object keys must not travel in clear text)")
        return endpoint

    @field_validator("record_prefix")
    @classmethod
    def _prefix(cls, prefix: str) -> str:
        if not prefix:
            raise ValueError("must not be empty: the function may write only under this prefix")
        problems = prefix_problems(prefix)
        if problems:
            raise ValueError("; ".join(problems))
        return prefix


class OssSyncTrigger(Construct):
    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: OssSyncTriggerProps,
        *,
        region: str,
        account_id: str,
        code_zip_base64: str,
        credential: str | None = None,
        record_kms_key_id: str | None = None,
        provider: TerraformProvider | None = None,
    ) -> None:
        """`account_id` may be a reference (e.g. `DataAlicloudAccount.id`); `credential` must be one
        (a sensitive variable); `record_kms_key_id` is the record bucket's SSE-KMS key, if any."""
        super().__init__(scope, id_)
        _check(props, credential, self.node.path)
        self.secret = None
        if credential is not None:
            self.secret = KmsSecret(
                self,
                "endpoint-credential",
                provider=provider,
                secret_name=f"{props.name}-endpoint-credential",
                secret_data=credential,
                secret_data_type="text",
                version_id="v1",
                description=f"ossiac: credential of the sync endpoint of {props.name}",
            )

        function_policy = oss_access("write-only", props.record_bucket, props.record_prefix, True, ())
        if record_kms_key_id is not None:
            function_policy["Statement"] += kms_sse_objects(record_kms_key_id, region, account_id, "write-only")["Statement"]
        if self.secret is not None:
            function_policy["Statement"].append(
                {"Sid": "EndpointCredential", "Effect": "Allow", "Action": ["kms:GetSecretValue"], "Resource": [self.secret.arn]}
            )
        self.function_role = _role(self, "function", f"{props.name}-fn", "fc.aliyuncs.com", function_policy, provider)

        self.function = Fcv3Function(
            self,
            "function",
            provider=provider,
            function_name=props.name,
            description="ossiac: forwards new objects to the sync endpoint and records the outcome",
            runtime="python3.10",
            handler="handler.handler",
            code=Fcv3FunctionCode(zip_file=code_zip_base64),
            role=self.function_role.arn,
            timeout=props.timeout,
            memory_size=props.memory_size,
            internet_access=True,  # the endpoint is in another cloud
            environment_variables={
                "SYNC_ENDPOINT": props.endpoint,
                "SYNC_REGION": region,
                "RECORD_BUCKET": props.record_bucket,
                "RECORD_PREFIX": props.record_prefix,
                "OSS_ENDPOINT": f"https://oss-{region}-internal.aliyuncs.com",
                "SYNC_SECRET_NAME": self.secret.secret_name if self.secret else "",
            },
        )

        # Unqualified and qualified (LATEST, versions, aliases) invocations of this function only.
        function_arn = f"acs:fc:{region}:{account_id}:functions/{props.name}"
        invoke_policy = {
            "Version": "1",
            "Statement": [{"Sid": "InvokeSyncFunction", "Effect": "Allow", "Action": ["fc:InvokeFunction"], "Resource": [function_arn, f"{function_arn}/*"]}],
        }
        self.invocation_role = _role(self, "invocation", f"{props.name}-oss-invoke", "oss.aliyuncs.com", invoke_policy, provider)

        self.trigger = Fcv3Trigger(
            self,
            "trigger",
            provider=provider,
            function_name=self.function.function_name,
            qualifier="LATEST",
            trigger_name=f"{props.name}-object-created",
            trigger_type="oss",
            source_arn=f"acs:oss:{region}:{account_id}:{props.source_bucket}",
            invocation_role=self.invocation_role.arn,
            trigger_config=json.dumps(
                {"events": EVENTS, "filter": {"key": {"prefix": props.key_prefix, "suffix": props.key_suffix}}},
                separators=(",", ":"),
            ),
        )


def _check(props: OssSyncTriggerProps, credential: str | None, path: str) -> None:
    problems = []
    for key in ("source_bucket", "record_bucket"):
        value = getattr(props, key)
        if not Token.is_unresolved(value):
            problems += [f"{key}: {m}" for m in bucket_problems(value)]
    if props.source_bucket == props.record_bucket:
        problems.append("record_bucket: must not be the source bucket (each marker would trigger the function again)")
    if credential is not None and not Token.is_unresolved(credential):
        problems.append("credential: pass a reference to a sensitive variable, never the value itself")
    if problems:
        raise InvalidPropsError(f"OssSyncTrigger {path}", problems)


def _role(scope: Construct, id_: str, name: str, service: str, policy: dict[str, Any], provider) -> RamRole:
    trust = {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": [service]}}]}
    issues = [f"{name} policy {i}" for i in validate_policy(policy)] + [f"{name} trust {i}" for i in validate_trust_policy(trust)]
    if issues:
        raise InvalidPropsError(f"OssSyncTrigger role {name}", issues)
    role = RamRole(
        scope, f"{id_}-role", provider=provider, role_name=name, assume_role_policy_document=compact_json(trust),
        description=f"ossiac: assumed by {service} for the OSS sync trigger",
    )
    ram_policy = RamPolicy(
        scope, f"{id_}-policy", provider=provider, policy_name=policy_name_for(name, "policy"),
        policy_document=compact_json(policy), description=f"ossiac: least privilege of role {name}",
    )
    RamRolePolicyAttachment(
        scope, f"{id_}-attachment", provider=provider, policy_name=ram_policy.policy_name, policy_type="Custom", role_name=role.role_name
    )
    return role
