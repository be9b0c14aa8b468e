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

from cdktf_cdktf_provider_alicloud.fcv3_function import Fcv3Function, Fcv3FunctionCode
from cdktf_cdktf_provider_alicloud.fcv3_trigger import Fcv3Trigger
from cdktf_cdktf_provider_alicloud.kms_secret import KmsSecret
from constructs import Construct

from ossiac.cdk import TerraformProvider, Token
from ossiac_constructs.bucket_grants import BucketGrants
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.service_role import ServiceRole
from ossiac_props.ram_names import policy_name_for
from ossiac_props.service_role import ServiceRoleProps
from ossiac_props.sync_trigger import OssSyncTriggerProps, sync_trigger_problems

EVENTS = ["oss:ObjectCreated:*"]


class OssSyncTrigger(Construct):
    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: OssSyncTriggerProps,
        *,
        source: BucketGrants,
        record: BucketGrants,
        region: str,
        account_id: str,
        code_zip_base64: str,
        credential: str | None = None,
        provider: TerraformProvider | None = None,
    ) -> None:
        """`source` and `record` are the buckets props.source_bucket and props.record_bucket name (a
        SecureBucket, or `SecureBucket.from_name(...)`); `account_id` may be a reference (e.g.
        `DataAlicloudAccount.id`); `credential` must be one (a sensitive variable)."""
        super().__init__(scope, id_)
        problems = sync_trigger_problems(props)
        if credential is not None and not Token.is_unresolved(credential):
            problems.append("credential: pass a reference to a sensitive variable, never the value itself")
        if problems:
            raise InvalidPropsError(f"OssSyncTrigger {self.node.path}", problems)
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

        self.function_role = _role(self, "function", f"{props.name}-fn", "fc.aliyuncs.com", provider)
        record.grant_write(self.function_role, props.record_prefix)
        if self.secret is not None:
            self.function_role.add_statements(
                [
                    {
                        "Sid": "EndpointCredential",
                        "Effect": "Allow",
                        "Action": ["kms:GetSecretValue"],
                        "Resource": [self.secret.arn],
                    }
                ]
            )

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
                "RECORD_BUCKET": record.bucket_name,
                "RECORD_PREFIX": props.record_prefix,
                "OSS_ENDPOINT": f"https://oss-{region}-internal.aliyuncs.com",
                "SYNC_SECRET_NAME": self.secret.secret_name if self.secret else "",
            },
        )

        # Unqualified and qualified (LATEST, versions, aliases) invocations of this function only.
        function_arn = f"acs:fc:{region}:{account_id}:functions/{props.name}"
        self.invocation_role = _role(self, "invocation", f"{props.name}-oss-invoke", "oss.aliyuncs.com", provider)
        self.invocation_role.add_statements(
            [
                {
                    "Sid": "InvokeSyncFunction",
                    "Effect": "Allow",
                    "Action": ["fc:InvokeFunction"],
                    "Resource": [function_arn, f"{function_arn}/*"],
                }
            ]
        )

        self.trigger = Fcv3Trigger(
            self,
            "trigger",
            provider=provider,
            function_name=self.function.function_name,
            qualifier="LATEST",
            trigger_name=f"{props.name}-object-created",
            trigger_type="oss",
            source_arn=f"acs:oss:{region}:{account_id}:{source.bucket_name}",
            invocation_role=self.invocation_role.arn,
            trigger_config=json.dumps(
                {"events": EVENTS, "filter": {"key": {"prefix": props.key_prefix, "suffix": props.key_suffix}}},
                separators=(",", ":"),
            ),
        )


def _role(scope: Construct, id_: str, name: str, service: str, provider: TerraformProvider | None) -> ServiceRole:
    """The roles' resources predate ServiceRole as children of the trigger named <role>-role,
    <role>-policy and <role>-attachment; deployed stacks keep those addresses."""
    props = ServiceRoleProps(
        name=name,
        policy_name=policy_name_for(name, "policy"),
        trusted_services=[service],
        description=f"ossiac: assumed by {service} for the OSS sync trigger",
        policy_description=f"ossiac: least privilege of role {name}",
    )
    return ServiceRole(scope, f"{id_}-role", props, provider=provider, former_id_prefix=id_)
