"""`ossiac policy`: files, templates, --json, --requests, validate, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ossiac.cli import main

WRITE = ["--policy", "oss-write-only", "--param", "bucket=photos", "--param", "prefix=user1/"]


def _policy_file(tmp_path, document, name="policy.json"):
    path = tmp_path / name
    path.write_text(json.dumps(document, indent=2))
    return path


DENY_DELETE = {
    "Version": "1",
    "Statement": [
        {"Effect": "Allow", "Action": "oss:*", "Resource": "acs:oss:*:*:photos/*"},
        {"Sid": "NoDelete", "Effect": "Deny", "Action": "oss:DeleteObject", "Resource": "*"},
    ],
}


def test_policy_file_explicit_deny_names_the_statement(tmp_path, capsys):
    path = _policy_file(tmp_path, DENY_DELETE)
    assert (
        main(
            [
                "policy",
                "simulate",
                "--policy",
                str(path),
                "--action",
                "oss:DeleteObject",
                "--resource",
                "acs:oss:*:*:photos/a",
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "deny (explicit)"
    assert lines[1] == f"statement: {path} Statement[1] (Sid NoDelete)"


def test_template_by_name_with_params(capsys):
    assert (
        main(["policy", "simulate", *WRITE, "--action", "oss:PutObject", "--resource", "acs:oss:*:*:photos/user1/a"])
        == 0
    )
    assert capsys.readouterr().out.splitlines()[0] == "allow"
    assert (
        main(["policy", "simulate", *WRITE, "--action", "oss:GetObject", "--resource", "acs:oss:*:*:photos/user1/a"])
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["deny (implicit)", "statement: none"]


def test_json_output(capsys):
    args = [
        "policy",
        "simulate",
        "--policy",
        "oss-read-only",
        "--param",
        "bucket=photos",
        "--param",
        "prefix=user1/",
        "--json",
    ]
    assert (
        main(
            [*args, "--action", "oss:ListObjects", "--resource", "acs:oss:*:*:photos", "--context", "oss:Prefix=user2/"]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["decision"] == "deny (implicit)"
    assert result["statement"] is None
    assert result["request"]["context"] == {"oss:Prefix": "user2/"}


def test_requests_batch_from_yaml(tmp_path, capsys):
    requests = tmp_path / "requests.yaml"
    requests.write_text(
        "- {action: oss:PutObject, resource: 'acs:oss:*:*:photos/user1/a'}\n"
        "- {action: oss:PutObject, resource: 'acs:oss:*:*:photos/user2/a'}\n"
        "- action: oss:ListObjects\n  resource: 'acs:oss:*:*:photos'\n  context: {oss:Prefix: user1/}\n"
    )
    assert main(["policy", "simulate", *WRITE, "--requests", str(requests)]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == [
        "allow",
        "deny (implicit)",
        "deny (implicit)",
    ]
    assert main(["policy", "simulate", *WRITE, "--requests", str(requests), "--json"]) == 0
    assert [r["decision"] for r in json.loads(capsys.readouterr().out)] == [
        "allow",
        "deny (implicit)",
        "deny (implicit)",
    ]


def test_validate_files(tmp_path, capsys):
    good = _policy_file(tmp_path, DENY_DELETE, "good.json")
    trust = _policy_file(
        tmp_path,
        {
            "Version": "1",
            "Statement": [
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": ["fc.aliyuncs.com"]}}
            ],
        },
        "trust.json",
    )
    assert main(["policy", "validate", str(good), str(trust)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{good}: valid policy", f"{trust}: valid trust policy"]
    bad = _policy_file(tmp_path, {**DENY_DELETE, "Version": "2"}, "bad.json")
    assert main(["policy", "validate", str(good), str(bad)]) == 1
    assert f"{bad}: $.Version:" in capsys.readouterr().out


def test_render_prints_a_valid_document(capsys):
    assert main(["policy", "render", "oss-read-write", "--param", "bucket=photos", "--param", "prefix=user1/"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["Statement"][0]["Resource"] == ["acs:oss:*:*:photos/user1/*"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--policy", "oss-nope"], "neither a file nor a template; templates: oss-read-only"),
        (["--policy", "oss-write-only"], "needs parameter 'bucket'"),
        (
            ["--policy", "oss-write-only", "--param", "bucket=photos", "--param", "colour=red"],
            "has no parameter 'colour'",
        ),
        (["--policy", "oss-write-only", "--param", "bucket"], "--param 'bucket': expected KEY=VALUE"),
        (["--policy", "oss-write-only", "--param", "bucket=Photos!"], "is not an OSS bucket name"),
        (["--stack-json", "missing.json", "--role", "r"], "missing.json: cannot read"),
        (["--stack-json", "missing.json"], "--stack-json needs --role"),
    ],
)
def test_bad_input_fails_with_a_clear_message(capsys, args, message):
    assert main(["policy", "simulate", *args, "--action", "oss:GetObject", "--resource", "*"]) == 2
    assert message in capsys.readouterr().err


def test_bad_files_name_the_file_and_key(tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert main(["policy", "simulate", "--policy", str(broken), "--action", "a:b", "--resource", "*"]) == 2
    assert f"{broken}: not valid JSON" in capsys.readouterr().err
    invalid = _policy_file(tmp_path, {**DENY_DELETE, "Version": "2"})
    assert main(["policy", "simulate", "--policy", str(invalid), "--action", "a:b", "--resource", "*"]) == 2
    assert "$.Version" in capsys.readouterr().err
    requests = tmp_path / "requests.yaml"
    requests.write_text("- {action: oss:GetObject, resource: '*', verb: GET}\n")
    assert main(["policy", "simulate", *WRITE, "--requests", str(requests)]) == 2
    assert f"{requests}: [0].verb: unknown key; allowed: action, resource, context" in capsys.readouterr().err


def test_installed_command_exits_non_zero_on_bad_input():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ossiac.cli",
            "policy",
            "simulate",
            "--policy",
            "nope",
            "--action",
            "a:b",
            "--resource",
            "*",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "templates: oss-read-only" in result.stderr


def test_a_simulated_request_names_a_ram_action_not_an_api_name(tmp_path, capsys):
    """RAM never sees oss:HeadObject (it checks oss:GetObject): simulating it would answer a question
    no request asks, so the simulator refuses it and names the action to ask about."""
    assert main(["policy", "simulate", *WRITE, "--action", "oss:HeadObject", "--resource", "*"]) == 2
    assert "--action: 'oss:HeadObject' is an API name, not a RAM action" in capsys.readouterr().err
    batch = tmp_path / "requests.yaml"
    batch.write_text("- {action: oss:GetObject, resource: '*'}\n- {action: oss:UploadPart, resource: '*'}\n")
    assert main(["policy", "simulate", *WRITE, "--requests", str(batch)]) == 2
    err = capsys.readouterr().err
    assert f"{batch}: [1].action: 'oss:UploadPart'" in err and "oss:PutObject" in err
