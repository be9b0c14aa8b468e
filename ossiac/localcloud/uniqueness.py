"""Names the real APIs keep unique, enforced by a unique index in the local cloud's database.

Most of these types already take their ID from the name (a RAM role's ID is its name), so the
primary key keeps them unique; the index also covers the types whose ID is generated while the
name must still be unique (a RAM user: numeric ID, unique name), and whatever the console writes.
Scope: `account` (RAM, CloudMonitor contacts) or `region` (KMS aliases, functions, secrets).
Sources: the services' API references (`EntityAlreadyExists.*`, `Forbidden.AliasExists`, ...) and
each type's import ID format in `ossiac/schema/alicloud.facts.json`.
"""

from __future__ import annotations

from typing import NamedTuple

from ossiac.localcloud.errors import ErrorCode


class Rule(NamedTuple):
    attributes: tuple[str, ...]  # together they form the name
    scope: str  # "account" or "region"
    code: ErrorCode  # the service's error code for a taken name


RULES: dict[str, Rule] = {
    "alicloud_ram_user": Rule(("name",), "account", "EntityAlreadyExists.User"),
    "alicloud_ram_role": Rule(("role_name",), "account", "EntityAlreadyExists.Role"),
    "alicloud_ram_policy": Rule(("policy_name",), "account", "EntityAlreadyExists.Policy"),
    "alicloud_ram_group": Rule(("group_name",), "account", "EntityAlreadyExists.Group"),
    "alicloud_kms_alias": Rule(("alias_name",), "region", "Forbidden.AliasExists"),
    "alicloud_kms_secret": Rule(("secret_name",), "region", "Forbidden.ResourceExists"),
    "alicloud_cms_alarm_contact": Rule(("alarm_contact_name",), "account", "ContactAlreadyExists"),
    "alicloud_cms_alarm_contact_group": Rule(("alarm_contact_group_name",), "account", "ContactGroupAlreadyExists"),
    "alicloud_fcv3_function": Rule(("function_name",), "region", "FunctionAlreadyExists"),
    "alicloud_fc_service": Rule(("name",), "region", "ServiceAlreadyExists"),
    "alicloud_fc_function": Rule(("service", "name"), "region", "FunctionAlreadyExists"),
}


def unique_name(type_name: str, record: dict) -> str | None:
    """The record's key in the unique-name index, or None when its type has no such rule."""
    rule = RULES.get(type_name)
    if rule is None:
        return None
    attributes = record.get("attributes") or {}
    parts = [attributes.get(a) for a in rule.attributes]
    names = [p for p in parts if isinstance(p, str) and p]
    if len(names) != len(parts):
        return None
    scope = record.get("region") or "" if rule.scope == "region" else ""
    return "/".join([scope, *names])


def display(key: str) -> str:
    """The name part of an index key (drops the scope)."""
    return key.split("/", 1)[1]


def taken_message(type_name: str, name: str) -> tuple[ErrorCode, str]:
    """(error code, message) for a create whose name (or name-derived ID) is already used."""
    rule = RULES.get(type_name)
    if rule is None:
        return "ResourceAlreadyExists", (
            f"{type_name} {name!r} already exists in the local cloud. Adopt it with an "
            "import block / `terraform import`, or choose another name."
        )
    return rule.code, (
        f"{type_name} named {name!r} already exists in the local cloud (names are unique per "
        f"{rule.scope}, as in the real API). Adopt it with an import block / `terraform import`, "
        "or choose another name."
    )
