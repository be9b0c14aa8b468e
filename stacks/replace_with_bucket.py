"""Replace every resource bound to a bucket together with the bucket (`replace_triggered_by`).

Deleting a bucket deletes what lives in it, on OSS and on the local target alike: its ACL, policy,
referer, CORS, website, public access block, replication rules, objects, and its event triggers;
CloudMonitor alarms on it watch a bucket that is gone. Terraform does not know that, so after an
allowed replacement those resources would stay in state and come back only on a second deploy.
With `replace_triggered_by = [<bucket>.id]` they are replaced in the same apply as their bucket
(the bucket's id is unknown exactly when the bucket is replaced, so an in-place bucket change
triggers nothing).

The stack applies `add_replace_triggers` to its own synthesized JSON (StorageStack.to_terraform),
so the bound resources are found wherever a construct made them:
  - every `alicloud_oss_bucket_*` resource, through its `bucket` argument;
  - `alicloud_cms_alarm`, through the BucketName in its `metric_dimensions`;
  - `alicloud_fc_trigger` / `alicloud_fcv3_trigger`, through the bucket in `source_arn`.
A bucket refers to the bucket by reference (`${alicloud_oss_bucket.<id>.bucket}`) or by literal
name; both are matched. Other buckets are never triggered (a bucket logging into a replaced log
bucket keeps its data).

Why on the JSON and not in a cdktf aspect: an aspect is called from node for every construct and
had to resolve each resource on its own, several jsii round trips each: a third of the synth time
of a large estate. The stack's JSON arrives here resolved, in one piece, as plain Python data.
"""

from __future__ import annotations

import json
import re

BUCKET_TYPE = "alicloud_oss_bucket"
_REFERENCE = re.compile(r"\$\{alicloud_oss_bucket\.([^.}]+)\.")
_ARN_BUCKET = re.compile(r"^acs:oss:[^:]*:[^:]*:([a-z0-9-]+)")


def add_replace_triggers(stack_json: dict) -> dict:
    """Add `lifecycle.replace_triggered_by` to every resource bound to a bucket of this stack."""
    resources = stack_json.get("resource", {})
    buckets = _index(resources.get(BUCKET_TYPE, {}))
    for kind, bodies in resources.items():
        if kind == BUCKET_TYPE:
            continue
        for body in bodies.values():
            bound = sorted({buckets[key] for key in _bucket_keys(kind, body) if key in buckets})
            if bound:
                body.setdefault("lifecycle", {})["replace_triggered_by"] = [f"{fqn}.id" for fqn in bound]
                _list_override(stack_json, kind)
    return stack_json


def _list_override(stack_json: dict, kind: str) -> None:
    """cdktf lists each resource's overridden keys in `//.metadata.overrides.<type>`, which Terraform
    ignores; listed as `add_override("lifecycle...")` would, so the JSON stays what it was."""
    metadata = stack_json.setdefault("//", {}).setdefault("metadata", {})
    metadata.setdefault("overrides", {}).setdefault(kind, []).append("lifecycle")


def _index(buckets: dict) -> dict[str, str]:
    """Resource id and literal name of each bucket -> `alicloud_oss_bucket.<id>`."""
    index = {}
    for address, body in buckets.items():
        fqn = f"{BUCKET_TYPE}.{address}"
        index[address] = fqn
        name = body.get("bucket")
        if isinstance(name, str) and not name.startswith("${"):
            index[name] = fqn
    return index


def _bucket_keys(kind: str, body: dict) -> list[str]:
    """Resource ids and literal names of the buckets this resource lives in."""
    if kind.startswith(f"{BUCKET_TYPE}_"):
        return _names(body.get("bucket"))
    if kind == "alicloud_cms_alarm":
        return _dimension_buckets(body.get("metric_dimensions"))
    if kind in ("alicloud_fc_trigger", "alicloud_fcv3_trigger"):
        arn = body.get("source_arn")
        keys = _names(arn)
        match = _ARN_BUCKET.match(arn) if isinstance(arn, str) else None
        return keys + ([match.group(1)] if match else [])
    return []


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
