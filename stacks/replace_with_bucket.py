"""Replace every resource bound to a bucket together with the bucket (`replace_triggered_by`).

Deleting a bucket deletes what lives in it, on OSS and on the local target alike: its ACL, policy,
referer, CORS, website, public access block, replication rules, objects, and its event triggers;
CloudMonitor alarms on it watch a bucket that is gone. Terraform does not know that, so after an
allowed replacement those resources would stay in state and come back only on a second deploy.
With `replace_triggered_by = [<bucket>.id]` they are replaced in the same apply as their bucket
(the bucket's id is unknown exactly when the bucket is replaced, so an in-place bucket change
triggers nothing).

One aspect, applied by the stack, finds the bound resources wherever a construct made them:
  - every `alicloud_oss_bucket_*` resource, through its `bucket` argument;
  - `alicloud_cms_alarm`, through the BucketName in its `metric_dimensions`;
  - `alicloud_fc_trigger` / `alicloud_fcv3_trigger`, through the bucket in `source_arn`.
A bucket refers to the bucket by reference (`${alicloud_oss_bucket.<id>.bucket}`) or by literal
name; both are matched. Other buckets are never triggered (a bucket logging into a replaced log
bucket keeps its data).
"""

from __future__ import annotations

import json
import re

import jsii
from ossiac.cdk import DefaultTokenResolver, IAspect, StringConcat, TerraformResource, TerraformStack, Tokenization
from cdktf_cdktf_provider_alicloud.oss_bucket import OssBucket
from constructs import IConstruct

BUCKET_TYPE = "alicloud_oss_bucket"
_REFERENCE = re.compile(r"\$\{alicloud_oss_bucket\.([^.}]+)\.")
_ARN_BUCKET = re.compile(r"^acs:oss:[^:]*:[^:]*:([a-z0-9-]+)")


@jsii.implements(IAspect)
class ReplaceWithBucket:
    def __init__(self) -> None:
        self._buckets: dict[str, dict[str, str]] = {}  # stack path -> {bucket name or resource id: bucket fqn}

    def visit(self, node: IConstruct) -> None:
        if not isinstance(node, TerraformResource) or node.terraform_resource_type == BUCKET_TYPE:
            return
        stack = TerraformStack.of(node)
        buckets = self._index(stack)
        bound = sorted({buckets[key] for key in _bucket_keys(node, stack) if key in buckets})
        if bound:
            node.add_override("lifecycle.replace_triggered_by", [f"{fqn}.id" for fqn in bound])

    def _index(self, stack: TerraformStack) -> dict[str, str]:
        path = stack.node.path
        if path not in self._buckets:
            index = {}
            for child in stack.node.find_all():
                if isinstance(child, OssBucket):
                    fqn = f"{BUCKET_TYPE}.{stack.get_logical_id(child)}"
                    index[stack.get_logical_id(child)] = fqn
                    name = child.bucket_input
                    if isinstance(name, str) and not name.startswith("${"):
                        index[name] = fqn
            self._buckets[path] = index
        return self._buckets[path]


def _bucket_keys(resource: TerraformResource, stack: TerraformStack) -> list[str]:
    """Resource ids and literal names of the buckets this resource lives in."""
    kind = resource.terraform_resource_type
    if kind.startswith(f"{BUCKET_TYPE}_"):
        return _names(_resolved(resource, stack).get("bucket"))
    if kind == "alicloud_cms_alarm":
        return _dimension_buckets(_resolved(resource, stack).get("metric_dimensions"))
    if kind in ("alicloud_fc_trigger", "alicloud_fcv3_trigger"):
        arn = _resolved(resource, stack).get("source_arn")
        keys = _names(arn)
        match = _ARN_BUCKET.match(arn) if isinstance(arn, str) else None
        return keys + ([match.group(1)] if match else [])
    return []


def _resolved(resource: TerraformResource, stack: TerraformStack) -> dict:
    """The resource's arguments as they will be synthesized, references as `${type.id.attr}`."""
    synthesized = Tokenization.resolve(resource.to_terraform(), scope=stack,
                                       resolver=DefaultTokenResolver(StringConcat()))
    bodies = synthesized.get("resource", {}).get(resource.terraform_resource_type, {})
    return next(iter(bodies.values()), {}) if len(bodies) == 1 else {}


def _names(value: object) -> list[str]:
    if not isinstance(value, str):
        return []
    return _REFERENCE.findall(value) or [value]


def _dimension_buckets(value: object) -> list[str]:
    try:
        dimensions = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        return _names(value)
    return [d["BucketName"] for d in dimensions if isinstance(d, dict) and isinstance(d.get("BucketName"), str)]
