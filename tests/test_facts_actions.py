"""RAM actions come from the pinned SDKs and OSS's documented action tables (issue 29): the documented
actions the old hand-written list refused are accepted, and API names that are no action (a policy of
them validates, then ends in AccessDenied) are refused with the action RAM checks for them, both in a
stack file's bucket policy through main.py and in `ossiac policy validate`."""

from __future__ import annotations

import json
import os
import sys
import textwrap
from pathlib import Path

import pytest

from harness import REPO_ROOT, command_env, run

# One of each family the old list refused: object-process access points, FC's response writer, QoS,
# vector buckets; KMS key policies, MACs and instances; RAM's IMS operations and ram:PassRole.
VALID = [
    "oss:WriteGetObjectResponse",
    "oss:GetAccessPointPolicyForObjectProcess",
    "oss:CreateAccessPointForObjectProcess",
    "oss:PutBucketQoSInfo",
    "oss:ListResourcePools",
    "oss:PutVectors",
    "oss:QueryVectors",
    "kms:SetKeyPolicy",
    "kms:GetKeyPolicy",
    "kms:GenerateMac",
    "kms:ListKmsInstances",
    "ram:GetDefaultDomain",
    "ram:ListApplications",
    "ram:CreateUser",
    "ram:PassRole",
    "sts:AssumeRole",
    "oss:RestoreObjectVersion",
    "oss:GetObjectVersionTagging",
    "oss:ActivateProduct",
    "oss:Get*",
    "oss:*QoSInfo",
]
# API name -> the action(s) the OSS action table says RAM checks for it.
API_NAMES = {
    "oss:HeadObject": "oss:GetObject",
    "oss:UploadPart": "oss:PutObject",
    "oss:PutBucketTags": "oss:PutBucketTagging",
    "oss:CopyObject": "oss:GetObject together with oss:PutObject",
}


def _api_name_message(name: str) -> str:
    return f"{name!r} is an API name, not a RAM action: RAM authorizes it as {API_NAMES[name]}"


def _policy(actions: list[str]) -> dict:
    return {"Version": "1", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]}


def _validate(tmp_path: Path, actions: list[str]):
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(_policy(actions)), encoding="utf-8")
    result = run([str(Path(sys.executable).parent / "ossiac"), "policy", "validate", str(path)], tmp_path)
    return path, result


def test_policy_validate_accepts_documented_actions_the_old_list_refused(tmp_path):
    path, result = _validate(tmp_path, VALID)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Statement" not in result.stdout + result.stderr


def test_policy_validate_refuses_api_names_with_the_action_that_authorizes_them(tmp_path):
    names = list(API_NAMES)
    path, result = _validate(tmp_path, ["oss:GetObject", *names])
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines() + result.stderr.strip().splitlines()
    assert len(lines) == len(names), lines
    for index, (line, name) in enumerate(zip(lines, names, strict=True), start=1):
        assert line.startswith(f"{path}: $.Statement[0].Action[{index}]: {_api_name_message(name)}"), line


def test_an_unsigned_operation_and_a_pattern_matching_only_api_names_are_refused(tmp_path):
    path, result = _validate(tmp_path, ["oss:OptionObject", "oss:HeadObj*"])
    lines = result.stdout.strip().splitlines() + result.stderr.strip().splitlines()
    assert result.returncode == 1
    assert "'oss:OptionObject' is an API name no RAM action authorizes (a CORS preflight" in lines[0]
    assert "'oss:HeadObj*' is not an action of OSS" in lines[1]


def test_a_stack_files_bucket_policy_through_main_py(app_dir):
    # One policy holding both kinds: only the API names are problems; a valid action refused would add a line.
    document = json.dumps(_policy([*VALID, *API_NAMES]), indent=2)
    stack = app_dir / "infra" / "policy.yaml"
    stack.parent.mkdir()
    (stack.parent / ".git").mkdir()
    stack.write_text(
        textwrap.dedent("""\
        stacks:
          - name: facts
            region: cn-hangzhou
            buckets:
              - name: facts-policy-1
                https_only: false
                policy_document: |
        """)
        + textwrap.indent(document, " " * 10)
        + "\n",
        encoding="utf-8",
    )
    result = run([sys.executable, "main.py"], app_dir, command_env(OSSIAC_STACK_FILES=os.pathsep.join([str(stack)])))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    # bucket.py joins a document's problems into one line; it must hold the four API names and nothing else.
    (line,) = [line for line in result.stderr.splitlines() if "policy_document" in line]
    prefix = f"{stack}:7: stacks[0].buckets[0].policy_document: "
    assert line.strip().removeprefix("- ") == prefix + "; ".join(
        f"Statement[0]: {_api_name_message(name)}; name {'those' if ' together ' in API_NAMES[name] else 'that'} instead"
        for name in API_NAMES
    )


def test_the_generator_fails_on_an_sdk_operation_neither_an_action_nor_mapped():
    sys.path.insert(0, str(REPO_ROOT / "tools"))
    from facts import ram_actions

    source = json.loads(ram_actions.OSS_SOURCE.read_text(encoding="utf-8"))
    rows = source["action_table"]["rows"]
    source["action_table"]["rows"] = [row for row in rows if row["api"] != "HeadObject"]
    with pytest.raises(ValueError, match=r"neither an action nor mapped .*: HeadObject;"):
        ram_actions._oss(source, ram_actions._oss_operations())
    # and a stale 'unconfirmed' entry (one a page now names) is refused too
    source["action_table"]["rows"] = rows
    source["unconfirmed"] = [*source["unconfirmed"], "GetObject"]
    with pytest.raises(ValueError, match="unconfirmed lists"):
        ram_actions._oss(source, ram_actions._oss_operations())


def test_every_oss_sdk_operation_is_an_action_or_mapped_in_the_committed_file():
    sys.path.insert(0, str(REPO_ROOT / "tools"))
    from facts import ram_actions

    facts = json.loads((REPO_ROOT / "ossiac" / "schema" / "ram_actions.json").read_text(encoding="utf-8"))
    covered = {a.lower() for a in facts["actions"]["oss"]}
    covered |= {name.split(":", 1)[1].lower() for name in (*facts["authorized_by"], *facts["no_action"])}
    assert not {op for op in ram_actions._oss_operations() if op.lower() not in covered}
    assert facts["authorized_by"]["oss:HeadObject"] == ["oss:GetObject"]
    assert "alibabacloud-oss-v2==1.4.1" in facts["sources"]["oss"]
