"""Lifecycle rules: LifecycleConfiguration <-> record["attributes"]["lifecycle_rule"].

The stand-in provider keeps lifecycle rules only inline on `alicloud_oss_bucket`, as the list of
`lifecycle_rule` blocks Terraform applied (see `ossiac/localprovider/resources/bucket.py`), so the
API reads and writes exactly that list: a rule put here is drift on Terraform's next plan, and a
rule Terraform applied reads back here as OSS's XML. Dates are days (`2024-01-31`) in Terraform and
midnight UTC timestamps (`2024-01-31T00:00:00.000Z`) in OSS's XML.
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from ossiac.endpoint import xmlio
from ossiac.endpoint.bucket_settings_kind import SubResource, boolean, choice, integer, not_configured, required
from ossiac.endpoint.errors import invalid_argument, malformed_xml

if TYPE_CHECKING:
    from ossiac.endpoint.app import Call

MAX_RULES = 1000
TRANSITION_CLASSES = ("IA", "Archive", "ColdArchive", "DeepColdArchive")
_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$")

# -- XML -> the lifecycle_rule blocks ----------------------------------------------------------------


def _day(element: Element, path: str) -> str | None:
    value = xmlio.text(element, path)
    if value is None:
        return None
    match = _MIDNIGHT.match(value)
    if not match:
        raise invalid_argument(
            f"<{path}> {value!r} must be midnight UTC in ISO 8601, like 2024-01-31T00:00:00.000Z.",
            name=path,
            value=value,
        )
    return match.group(1)


def _days_or_date(element: Element, days_path: str = "Days") -> tuple[int | None, str | None]:
    days, date = integer(element, days_path, minimum=1), _day(element, "CreatedBeforeDate")
    if (days is None) == (date is None):
        raise malformed_xml(f"<{element.tag}> needs exactly one of <{days_path}> and <CreatedBeforeDate>.")
    return days, date


def _expiration(element: Element) -> dict:
    marker = boolean(element, "ExpiredObjectDeleteMarker")
    days, date = integer(element, "Days", minimum=1), _day(element, "CreatedBeforeDate")
    if sum(v is not None for v in (days, date, marker)) != 1:
        raise malformed_xml(
            "<Expiration> needs exactly one of <Days>, <CreatedBeforeDate> and <ExpiredObjectDeleteMarker>."
        )
    return {"created_before_date": date, "date": None, "days": days, "expired_object_delete_marker": marker}


def _abort(element: Element) -> dict:
    days, date = _days_or_date(element)
    return {"created_before_date": date, "days": days}


def _noncurrent_days(element: Element) -> int:
    days = integer(element, "NoncurrentDays", minimum=1)
    if days is None:
        raise malformed_xml(f"<{element.tag}> needs <NoncurrentDays>.")
    return days


def _transition(element: Element, *, noncurrent: bool) -> dict:
    storage_class = choice(required(element, "StorageClass"), TRANSITION_CLASSES, "StorageClass")
    access = {
        "is_access_time": boolean(element, "IsAccessTime"),
        "return_to_std_when_visit": boolean(element, "ReturnToStdWhenVisit"),
        "storage_class": storage_class,
    }
    if noncurrent:
        return {"days": _noncurrent_days(element), **access}
    days, date = _days_or_date(element)
    return {"created_before_date": date, "days": days, **access}


def _tags(element: Element) -> dict | None:
    tags = {required(tag, "Key"): xmlio.text(tag, "Value") or "" for tag in element.findall("Tag")}
    return tags or None


def _filter(element: Element) -> dict:
    nots = element.findall("Not")
    if len(nots) > 1 or any(len(n.findall("Tag")) > 1 for n in nots):
        raise invalid_argument("A <Filter> may hold one <Not> with at most one <Tag>.", name="Filter")
    return {
        "object_size_greater_than": integer(element, "ObjectSizeGreaterThan"),
        "object_size_less_than": integer(element, "ObjectSizeLessThan"),
        "not": [
            {
                "prefix": xmlio.text(n, "Prefix"),
                "tag": [{"key": required(t, "Key"), "value": xmlio.text(t, "Value") or ""} for t in n.findall("Tag")],
            }
            for n in nots
        ],
    }


def _rule(element: Element) -> dict:
    status = choice(required(element, "Status"), ("Enabled", "Disabled"), "Status")
    expiration, abort = element.find("Expiration"), element.find("AbortMultipartUpload")
    noncurrent_expiration, rule_filter = element.find("NoncurrentVersionExpiration"), element.find("Filter")
    rule_id = xmlio.text(element, "ID") or f"rule-{secrets.token_hex(8)}"  # OSS names a rule given no ID
    rule = {
        "abort_multipart_upload": [_abort(abort)] if abort is not None else [],
        "enabled": status == "Enabled",
        "expiration": [_expiration(expiration)] if expiration is not None else [],
        "filter": [_filter(rule_filter)] if rule_filter is not None else [],
        "id": rule_id,
        "noncurrent_version_expiration": [{"days": _noncurrent_days(noncurrent_expiration)}]
        if noncurrent_expiration is not None
        else [],
        "noncurrent_version_transition": [
            _transition(t, noncurrent=True) for t in element.findall("NoncurrentVersionTransition")
        ],
        "prefix": xmlio.text(element, "Prefix") or None,
        "tags": _tags(element),
        "transitions": [_transition(t, noncurrent=False) for t in element.findall("Transition")],
    }
    actions = (
        "abort_multipart_upload",
        "expiration",
        "noncurrent_version_expiration",
        "noncurrent_version_transition",
        "transitions",
    )
    if not any(rule[name] for name in actions):
        raise invalid_argument(
            f"Lifecycle rule {rule_id!r} has no action (Expiration, Transition, "
            "AbortMultipartUpload or NoncurrentVersion*).",
            name="Rule",
            value=rule_id,
        )
    return rule


def _parse(body: bytes, call: Call) -> tuple[list[dict], bool]:
    elements = xmlio.parse(body, "LifecycleConfiguration").findall("Rule")
    if not elements:
        raise malformed_xml("<LifecycleConfiguration> needs at least one <Rule>.")
    if len(elements) > MAX_RULES:
        raise invalid_argument(f"{len(elements)} lifecycle rules: OSS allows at most {MAX_RULES}.", name="Rule")
    rules = [_rule(element) for element in elements]
    ids = [rule["id"] for rule in rules]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate is not None:
        raise invalid_argument(f"Two lifecycle rules have the ID {duplicate!r}.", name="ID", value=duplicate)
    overlap = (call.header("x-oss-allow-same-action-overlap") or "").lower() == "true"
    return rules, overlap


def _apply(value: tuple[list[dict], bool], record: dict, _call: Call) -> None:
    record["attributes"]["lifecycle_rule"], record["attributes"]["lifecycle_rule_allow_same_action_overlap"] = value


def _remove(record: dict, _call: Call) -> None:
    record["attributes"]["lifecycle_rule"] = []  # what Terraform stores for a bucket without rules


# -- the lifecycle_rule blocks -> XML ----------------------------------------------------------------


def _midnight(day: str | None) -> str | None:
    return f"{day}T00:00:00.000Z" if day and "T" not in day else day


def _first(blocks: Any) -> dict:
    return blocks[0] if isinstance(blocks, list) and blocks else {}


def _show_transition(t: dict, days_name: str) -> dict:
    return {
        days_name: t.get("days"),
        "CreatedBeforeDate": _midnight(t.get("created_before_date")),
        "StorageClass": t.get("storage_class"),
        "IsAccessTime": t.get("is_access_time"),
        "ReturnToStdWhenVisit": t.get("return_to_std_when_visit"),
    }


def _show_rule(rule: dict) -> dict:
    expiration, abort = _first(rule.get("expiration")), _first(rule.get("abort_multipart_upload"))
    rule_filter, noncurrent = _first(rule.get("filter")), _first(rule.get("noncurrent_version_expiration"))
    content: dict[str, Any] = {
        "ID": rule.get("id"),
        "Prefix": rule.get("prefix") or "",
        "Status": "Enabled" if rule.get("enabled") else "Disabled",
        "Tag": [{"Key": k, "Value": v} for k, v in (rule.get("tags") or {}).items()],
    }
    if rule_filter:
        content["Filter"] = {
            "ObjectSizeGreaterThan": rule_filter.get("object_size_greater_than"),
            "ObjectSizeLessThan": rule_filter.get("object_size_less_than"),
            "Not": [
                {
                    "Prefix": n.get("prefix"),
                    "Tag": [{"Key": t.get("key"), "Value": t.get("value")} for t in n.get("tag") or []],
                }
                for n in rule_filter.get("not") or []
            ],
        }
    if expiration:
        content["Expiration"] = {
            "Days": expiration.get("days"),
            "CreatedBeforeDate": _midnight(expiration.get("created_before_date") or expiration.get("date")),
            "ExpiredObjectDeleteMarker": expiration.get("expired_object_delete_marker"),
        }
    content["Transition"] = [_show_transition(t, "Days") for t in rule.get("transitions") or []]
    if abort:
        content["AbortMultipartUpload"] = {
            "Days": abort.get("days"),
            "CreatedBeforeDate": _midnight(abort.get("created_before_date")),
        }
    if noncurrent:
        content["NoncurrentVersionExpiration"] = {"NoncurrentDays": noncurrent.get("days")}
    content["NoncurrentVersionTransition"] = [
        _show_transition(t, "NoncurrentDays") for t in rule.get("noncurrent_version_transition") or []
    ]
    return content


def _show(record: dict) -> dict | None:
    rules = record["attributes"].get("lifecycle_rule")
    return {"Rule": [_show_rule(rule) for rule in rules]} if rules else None


LIFECYCLE = SubResource(
    "lifecycle",
    "BucketLifecycle",
    "LifecycleConfiguration",
    _show,
    _apply,
    parse=_parse,
    remove=_remove,
    unset=not_configured("NoSuchLifecycle", "lifecycle rules"),
)
