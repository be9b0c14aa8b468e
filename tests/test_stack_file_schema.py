"""The published stack-file JSON Schema: generated from the props models, committed, current, and
strict enough for editors and CI (check-jsonschema) to catch a misspelt key."""

from __future__ import annotations

import json

from harness import REPO_ROOT, VENV_BIN, run

SCHEMA = REPO_ROOT / "schema" / "stack-file.schema.json"
ESTATE = sorted((REPO_ROOT / "estate").glob("*.yaml"))


def _check(*files) -> tuple[int, str]:
    result = run([str(VENV_BIN / "check-jsonschema"), "--schemafile", str(SCHEMA), *map(str, files)], cwd=REPO_ROOT)
    return result.returncode, result.stdout + result.stderr


def test_the_committed_schema_is_what_ossiac_schema_prints():
    result = run([str(VENV_BIN / "ossiac"), "schema"], cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout == SCHEMA.read_text(encoding="utf-8"), "run `ossiac schema > schema/stack-file.schema.json`"


def test_the_schema_describes_every_key_with_its_docstring():
    bucket = json.loads(SCHEMA.read_text())["$defs"]["BucketProps"]
    assert bucket["additionalProperties"] is False
    assert "Default: unset, so Terraform refuses to destroy it" in bucket["properties"]["allow_destroy"]["description"]


def test_the_example_estate_validates_and_names_the_schema_for_editors():
    code, output = _check(*ESTATE)
    assert code == 0, output
    for file in ESTATE:
        assert file.read_text().splitlines()[0] == "# yaml-language-server: $schema=../schema/stack-file.schema.json"


def test_a_misspelt_key_is_rejected(tmp_path):
    text = (REPO_ROOT / "estate" / "media.yaml").read_text()
    misspelt = text.replace(
        "    buckets:\n", "    buckets:\n      - name: misspelt-bucket-1\n        versionning: Enabled\n", 1
    )
    assert misspelt != text
    bad = tmp_path / "media.yaml"
    bad.write_text(misspelt)
    code, output = _check(bad)
    assert code == 1
    assert "versionning" in output and "Additional properties are not allowed" in output


def test_every_key_is_described_and_every_optional_key_states_its_default():
    definitions = json.loads(SCHEMA.read_text())["$defs"]
    undescribed, no_default = [], []
    for model, definition in definitions.items():
        for key, prop in definition.get("properties", {}).items():
            description = prop.get("description", "")
            if not description:
                undescribed.append(f"{model}.{key}")
            elif key not in definition.get("required", []) and "default" not in description.lower():
                no_default.append(f"{model}.{key}")
    assert (undescribed, no_default) == ([], [])
