"""A synthesized role's permission policies, read from Terraform JSON (`cdk.tf.json`).

Follows alicloud_ram_role_policy_attachment -> alicloud_ram_policy for the role, and replaces
references such as `${alicloud_oss_bucket.photos.bucket}` in the documents with the literal
value the same file gives that attribute, else (a value known only at deploy time, such as a
managed KMS key's ID) with the value the deployed state records, when the caller passes it.
Anything that cannot be resolved (a computed attribute of a stack not deployed, a System policy,
an expression) is an error naming it: a guess would make the simulation say something the
deployed role would not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ossiac import stack_json
from ossiac.policy.evaluate import NamedPolicy
from ossiac.stack_json import StackJsonError

_REFERENCE = re.compile(r"\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}")
_MAX_DEPTH = 10


class StackRoleError(Exception):
    """The file, the role or one of its policies cannot be read; the message says which and why."""


Deployed = dict[tuple[str, str], dict]
"""(resource type, name) -> attributes in the stack's deployed state (ossiac.targets.inventory)."""


def role_policies(
    stack_file: Path, role: str, deployed: Callable[[], Deployed | None] | None = None
) -> list[NamedPolicy]:
    """The role's Custom policies; `deployed` reads the deployed state (None: not deployed), called
    only when the file leaves a value to deploy time."""
    resources = _Resources(_resources(stack_file), deployed)
    roles = resources.get("alicloud_ram_role", {})
    role_key = _find_role(roles, role, resources, stack_file)
    policies = []
    for key, attachment in resources.get("alicloud_ram_role_policy_attachment", {}).items():
        if _refers_to(attachment.get("role_name"), "alicloud_ram_role", role_key, roles, resources):
            policies.append(_attached_policy(key, attachment, resources, stack_file))
    if not policies:
        raise StackRoleError(f"{stack_file}: role {role!r} has no alicloud_ram_role_policy_attachment")
    return policies


def _resources(stack_file: Path) -> dict[str, dict[str, dict[str, Any]]]:
    if not stack_file.is_file():
        raise StackRoleError(f"{stack_file}: cannot read: no such file")
    try:
        data = stack_json.load(stack_file)
    except StackJsonError as error:
        raise StackRoleError(str(error)) from None
    if not isinstance(data.get("resource", {}), dict):
        raise StackRoleError(f"{stack_file}: not Terraform JSON (no `resource` object)")
    return data.get("resource", {})


def _find_role(roles: dict, role: str, resources: dict, stack_file: Path) -> str:
    """The resource key of the role named `role` (by role_name, or by its Terraform resource key)."""
    for key, body in roles.items():
        if _resolve(str(body.get("role_name", body.get("name", ""))), resources, stack_file) == role:
            return key
    if role in roles:
        return role
    names = sorted(str(body.get("role_name", body.get("name", key))) for key, body in roles.items())
    raise StackRoleError(f"{stack_file}: no alicloud_ram_role named {role!r}; roles: {', '.join(names) or 'none'}")


def _refers_to(value: Any, resource_type: str, key: str, of_type: dict, resources: dict) -> bool:
    """Whether an attribute value names resource `key` of `resource_type`, by reference or literally."""
    if not isinstance(value, str):
        return False
    match = _REFERENCE.fullmatch(value)
    if match:
        return match.group(1) == resource_type and match.group(2) == key
    body = of_type.get(key, {})
    return value in (body.get("role_name"), body.get("name"), body.get("policy_name"))


def _attached_policy(key: str, attachment: dict, resources: dict, stack_file: Path) -> NamedPolicy:
    where = f"{stack_file}: alicloud_ram_role_policy_attachment.{key}"
    if attachment.get("policy_type") != "Custom":
        raise StackRoleError(
            f"{where}: policy_type {attachment.get('policy_type')!r} cannot be simulated; only Custom policies defined in this file can"
        )
    policies = resources.get("alicloud_ram_policy", {})
    for policy_key in policies:
        if _refers_to(attachment.get("policy_name"), "alicloud_ram_policy", policy_key, policies, resources):
            body = policies[policy_key]
            name = _resolve(str(body.get("policy_name", body.get("name", policy_key))), resources, stack_file)
            text = body.get("policy_document", body.get("document"))
            if not isinstance(text, str):
                raise StackRoleError(f"{stack_file}: alicloud_ram_policy.{policy_key} has no policy_document string")
            resolved = _resolve(text, resources, stack_file, f"alicloud_ram_policy.{policy_key}.policy_document")
            try:
                return NamedPolicy(name, json.loads(resolved))
            except json.JSONDecodeError as error:
                raise StackRoleError(
                    f"{stack_file}: alicloud_ram_policy.{policy_key}.policy_document is not literal JSON: {error}"
                ) from error
    raise StackRoleError(
        f"{where}: policy_name {attachment.get('policy_name')!r} names no alicloud_ram_policy in this file"
    )


class _Resources(dict):
    """The file's `resource` object, plus the deployed state's attributes (or None: not deployed)."""

    def __init__(self, resources: dict, deployed: Callable[[], Deployed | None] | None) -> None:
        super().__init__(resources)
        self._read_deployed = deployed
        self._deployed: Deployed | None = None
        self._read = False

    @property
    def deployed(self) -> Deployed | None:
        if not self._read and self._read_deployed is not None:
            self._deployed, self._read = self._read_deployed(), True
        return self._deployed


def _literal(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _resolve(text: str, resources: dict, stack_file: Path, where: str = "", depth: int = 0) -> str:
    if depth > _MAX_DEPTH:
        raise StackRoleError(f"{stack_file}: {where}: references nest deeper than {_MAX_DEPTH}")

    def literal(match: re.Match[str]) -> str:
        resource_type, key, attribute = match.groups()
        value = resources.get(resource_type, {}).get(key, {}).get(attribute)
        try:
            deployed = getattr(resources, "deployed", None) if not _literal(value) else None
        except StackRoleError as error:
            raise StackRoleError(
                f"{stack_file}: {where or 'value'}: cannot resolve {match.group(0)}: {error}"
            ) from error
        if not _literal(value) and deployed is not None:
            # Known only at deploy time: the deployed state says what it is.
            value = deployed.get((resource_type, key), {}).get(attribute)
            if not _literal(value):
                raise StackRoleError(
                    f"{stack_file}: {where or 'value'}: cannot resolve {match.group(0)}: neither the file nor the "
                    f"deployed state sets {attribute!r} on {resource_type}.{key} (deploy the stack first?)"
                )
            return str(value)
        if not _literal(value):
            raise StackRoleError(
                f"{stack_file}: {where or 'value'}: cannot resolve {match.group(0)}: the file sets no literal "
                f"{attribute!r} on {resource_type}.{key}, and the stack has no deployed state on the target to "
                "read it from (it is known only at deploy time; deploy the stack, or pick the target with --target)"
            )
        return _resolve(str(value), resources, stack_file, where, depth + 1)

    resolved = _REFERENCE.sub(literal, text)
    if "${" in resolved.replace("$${", ""):
        raise StackRoleError(f"{stack_file}: {where or 'value'}: cannot resolve the expression in {resolved!r}")
    return resolved
