"""User text reaches Terraform as written: `terraform_text.literal` escapes exactly what Terraform's
template engine would read (`${`, `%{`), and real Terraform turns the escaped text back into the
original, byte for byte; cdktf tokens (references the constructs made) stay references."""

from __future__ import annotations

import json

import pytest

from harness import VENV_BIN, command_env, run, synth_stacks
from ossiac_constructs.terraform_text import literal, literal_map

TRICKY = [
    "plain text",
    "const a = `${name}`;",
    "%{ if x }yes%{ endif }",
    "already escaped: $${kept} and %%{kept}",
    "$$$${x} %%%{y} ${ %{",
    "dollar $ and percent % alone, {braces}, $ {spaced}",
    'quotes " and backslashes \\ and \\n and a newline\nand unicode é ✓',
    "${",
    "%{",
    "$",
]


def test_tokens_stay_references():
    assert literal("${TfToken[TOKEN.12]}/a ${b}") == "${TfToken[TOKEN.12]}/a $${b}"
    assert literal(None) is None and literal_map({}) is None
    assert literal_map({"k${": "%{v"}) == {"k$${": "%%{v"}


def test_terraform_reads_the_escaped_text_back_as_written(tmp_path):
    outputs = {f"t{i}": {"value": literal(text)} for i, text in enumerate(TRICKY)}
    outputs["tags"] = {"value": literal_map({"a${b}": "c%{d}"})}
    (tmp_path / "main.tf.json").write_text(json.dumps({"output": outputs}))
    env = command_env()
    for args in (["init", "-input=false"], ["apply", "-auto-approve", "-input=false"]):
        result = run([str(VENV_BIN / "terraform"), *args, "-no-color"], cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
    shown = run([str(VENV_BIN / "terraform"), "output", "-json"], cwd=tmp_path, env=env)
    values = {name: o["value"] for name, o in json.loads(shown.stdout).items()}
    assert [values[f"t{i}"] for i in range(len(TRICKY))] == TRICKY
    assert values["tags"] == {"a${b}": "c%{d}"}


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("text")
    (folder / "stacks.yaml").write_text("""stacks:
  - name: text
    region: cn-hangzhou
    tags: {note: "cost ${center}"}
    buckets:
      - name: ossiac-text-bucket
        tags: {owner: "%{team}"}
        https_only: false
        policy_document: '{"Version":"1","Statement":[{"Effect":"Allow","Principal":["*"],"Action":["oss:GetObject"],"Resource":["acs:oss:*:*:ossiac-text-bucket/${x}"]}]}'
        public_access_block: false
        waivers: {public_access_block: "a test of ${x} in policy resources"}
""")
    return synth_stacks(folder / "out", [folder / "stacks.yaml"])["text"]


def test_tags_and_a_declared_policy_are_escaped_in_the_json(stack):
    (bucket,) = [b for b in stack["resource"]["alicloud_oss_bucket"].values() if b["bucket"] == "ossiac-text-bucket"]
    assert bucket["tags"]["owner"] == "%%{team}"
    assert bucket["tags"].get("note") in (None, "cost $${center}")  # stack tags, where the stack passes them on
    (policy,) = [
        p
        for p in stack["resource"]["alicloud_oss_bucket_policy"].values()
        if "ossiac-text-bucket" in p["//"]["metadata"]["path"]
    ]
    assert "ossiac-text-bucket/$${x}" in policy["policy"]
    for kms in stack["resource"].get("alicloud_kms_key", {}).values():
        assert kms.get("tags", {}).get("note") == "cost $${center}"
