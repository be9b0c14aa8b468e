"""RAM: policy and trust documents must be policy JSON; attachments name existing roles/users/policies."""

from __future__ import annotations

import json

from ossiac.localcloud.errors import CloudError
from ossiac.localcloud.limits import RAM_POLICY_DOCUMENT_CHARS
from ossiac.localprovider.values import known

POLICY_SHAPE = (
    'Expected {"Version": "1", "Statement": [{"Effect": "Allow"|"Deny", "Action": [...], "Resource": [...]}]}'
)
TRUST_SHAPE = (
    'Expected {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", '
    '"Principal": {"Service"|"RAM"|"Federated": [...]}}]}'
)


def document_problem(text: str, *, trust: bool = False) -> str | None:
    """Why `text` is not a valid policy (or trust policy) document, or None if it is."""
    try:
        doc = json.loads(text)
    except ValueError as exc:
        return f"it is not valid JSON ({exc})"
    if not isinstance(doc, dict):
        return "it must be a JSON object"
    if doc.get("Version") != "1":
        return f'"Version" must be "1", got {json.dumps(doc.get("Version"))}'
    statements = doc.get("Statement")
    if isinstance(statements, dict):
        statements = [statements]
    if not isinstance(statements, list) or not statements:
        return '"Statement" must be a non-empty list of statements'
    for i, st in enumerate(statements):
        if not isinstance(st, dict):
            return f"Statement[{i}] must be an object"
        if st.get("Effect") not in ("Allow", "Deny"):
            return f'Statement[{i}].Effect must be "Allow" or "Deny", got {json.dumps(st.get("Effect"))}'
        if not (st.get("Action") or st.get("NotAction")):
            return f"Statement[{i}] has no Action"
        if trust and not st.get("Principal"):
            return f"Statement[{i}] has no Principal (a trust policy says who may assume the role)"
        if not trust and not (st.get("Resource") or st.get("NotResource")):
            return f"Statement[{i}] has no Resource"
    return None


def _check_doc(text, attribute: str, *, trust: bool) -> list[CloudError]:
    if not known(text):
        return []
    problem = document_problem(text, trust=trust)
    if problem is None:
        return []
    return [
        CloudError(
            "MalformedPolicyDocument",
            f"The {'trust ' if trust else ''}policy document in {attribute} "
            f"is malformed: {problem}. {TRUST_SHAPE if trust else POLICY_SHAPE}",
            attribute=(attribute,),
        )
    ]


def validate(kind, config: dict) -> list[CloudError]:
    if kind.name == "alicloud_ram_policy":
        return _check_doc(config.get("policy_document"), "policy_document", trust=False) + _check_doc(
            config.get("document"), "document", trust=False
        )
    if kind.name == "alicloud_ram_role":
        return _check_doc(
            config.get("assume_role_policy_document"), "assume_role_policy_document", trust=True
        ) + _check_doc(config.get("document"), "document", trust=True)
    return []


def _document_size(state: dict) -> None:
    """CreatePolicy / CreatePolicyVersion refuse a document over 6,144 characters (limits.py). The
    provider sends the text as written (policy_document, or the deprecated document), so it is counted so."""
    for attribute in ("policy_document", "document"):
        text = state.get(attribute)
        if isinstance(text, str) and len(text) > RAM_POLICY_DOCUMENT_CHARS:
            # RAM's API reference lists no error code for this; the message says what is allowed.
            raise CloudError(
                "InvalidParameter.PolicyDocument.Length",
                f"The policy document is {len(text)} characters; RAM allows 1 to "
                f"{RAM_POLICY_DOCUMENT_CHARS} characters (CreatePolicy/CreatePolicyVersion).",
                attribute=(attribute,),
            )


def before_write(cloud, type_name: str, state: dict) -> None:
    if type_name == "alicloud_ram_policy":
        _document_size(state)
    if type_name not in ("alicloud_ram_role_policy_attachment", "alicloud_ram_user_policy_attachment"):
        return
    if type_name == "alicloud_ram_role_policy_attachment":
        role = state.get("role_name")
        if not isinstance(role, str) or cloud.store.get_by_name("alicloud_ram_role", role) is None:
            raise CloudError(
                "EntityNotExist.Role", f"The role {role!r} does not exist.", attribute=("role_name",), status=404
            )
    else:
        user = state.get("user_name")
        if not isinstance(user, str) or cloud.store.get_by_name("alicloud_ram_user", user) is None:
            raise CloudError(
                "EntityNotExist.User", f"The user {user!r} does not exist.", attribute=("user_name",), status=404
            )
    policy = state.get("policy_name")
    if state.get("policy_type") == "Custom" and (
        not isinstance(policy, str) or cloud.store.get_by_name("alicloud_ram_policy", policy) is None
    ):
        raise CloudError(
            "EntityNotExist.Policy",
            f"The custom policy {state.get('policy_name')!r} does not exist.",
            attribute=("policy_name",),
            status=404,
        )
