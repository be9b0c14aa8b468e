"""ossiac/schema/atlantis-repo-config.schema.json: a JSON Schema of Atlantis's repo-level atlantis.yaml.

Atlantis publishes no schema; its keys and rules are on its documentation pages and in the Go structs
its server parses the file with. They are transcribed, with the pages, the commit and the day they were
read, into sources/atlantis_repo_config.json; this module turns that transcription into the schema
`ossiac atlantis` checks what it writes against (and tests check it with `jsonschema`).
"""

from __future__ import annotations

import json
from pathlib import Path

OUTPUT = "ossiac/schema/atlantis-repo-config.schema.json"
SOURCE = Path(__file__).resolve().parent / "sources" / "atlantis_repo_config.json"
SCALARS = {"int": {"type": "integer"}, "bool": {"type": "boolean"}, "string": {"type": "string"}}


def _value(where: str, spec: object, source: dict) -> dict:
    """One key's schema from its transcription: a scalar name, `array[string]`, or a dict form."""
    if isinstance(spec, str):
        if spec in SCALARS:
            return dict(SCALARS[spec])
        if spec == "array[string]":
            return {"type": "array", "items": {"type": "string"}}
        if spec == "object":
            return {"type": "object"}
        if spec in ("version", "requirement"):
            return _value(where, source[spec], source)
        raise ValueError(f"{SOURCE.name}: {where}: unknown type {spec!r}")
    if not isinstance(spec, dict):
        raise ValueError(f"{SOURCE.name}: {where}: {spec!r} is neither a type name nor a type")
    if "object" in spec:
        return {"$ref": f"#/$defs/{spec['object']}"}
    if "array" in spec:
        return {"type": "array", "items": {"$ref": f"#/$defs/{spec['array']}"}}
    if "array_of" in spec:
        return {"type": "array", "items": _value(where, spec["array_of"], source)}
    if "map" in spec:
        return {"type": "object", "additionalProperties": {"$ref": f"#/$defs/{spec['map']}"}}
    schema = dict(SCALARS[spec["type"]])
    if "allowed" in spec:
        schema["enum"] = list(spec["allowed"])
    if "pattern" in spec:
        schema["pattern"] = spec["pattern"]
    if "not_pattern" in spec:
        schema["not"] = {"pattern": spec["not_pattern"]}
    return schema


def _object(name: str, keys: dict, source: dict) -> dict:
    required = sorted(
        key
        for key, spec in keys.items()
        if isinstance(spec, dict) and spec.get("required") or spec == "version" and source["version"].get("required")
    )
    schema: dict = {
        "type": "object",
        "properties": {key: _value(f"{name}.{key}", spec, source) for key, spec in keys.items()},
        "additionalProperties": False,  # Atlantis decodes with unknown keys refused
    }
    if required:
        schema["required"] = required
    return schema


def _shell_rules(steps: dict) -> list[dict]:
    """`shellArgs` only with `shell`, `shell` only with `command`."""
    return [
        {"dependentRequired": {"shellArgs": [steps["shell_args_needs"]], "shell": [steps["shell_needs"]]}},
    ]


def _command_step(kind: str, spec: dict, steps: dict) -> dict:
    properties: dict = {key: {"type": "string"} for key in spec["keys"]}
    if "shellArgs" in properties:
        properties["shellArgs"] = {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
    if "output" in spec:
        options: list = [{"enum": spec["output"]}]
        if "output_list_object_key" in spec:
            key = spec["output_list_object_key"]
            options.append(
                {
                    "type": "object",
                    "properties": {key: {"type": "string"}},
                    "required": [key],
                    "additionalProperties": False,
                }
            )
        properties["output"] = {"anyOf": [{"enum": spec["output"]}, {"type": "array", "items": {"anyOf": options}}]}
    full: dict = {
        "type": "object",
        "properties": properties,
        "required": spec["required"],
        "additionalProperties": False,
        "allOf": _shell_rules(steps),
    }
    if "one_of_not_both" in spec:
        full["not"] = {"required": spec["one_of_not_both"]}
    forms = [full] + ([{"type": "string"}] if spec.get("short") == "string" else [])
    return _single_key(kind, {"anyOf": forms} if len(forms) > 1 else full)


def _single_key(key: str, value: dict) -> dict:
    return {"type": "object", "properties": {key: value}, "required": [key], "additionalProperties": False}


def _step(steps: dict) -> dict:
    """A step is a built-in's name, `{built-in: {extra_args: [...]}}`, or a run, env or multienv step."""
    extra_args = {
        "type": "object",
        "properties": {steps["extra_args_key"]: {"type": "array", "items": {"type": "string"}}},
        "additionalProperties": False,
    }
    return {
        "anyOf": [
            {"enum": steps["built_in"]},
            *(_single_key(name, extra_args) for name in steps["built_in"]),
            *(_command_step(kind, steps[kind], steps) for kind in ("run", "multienv", "env")),
        ]
    }


def build() -> str:
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    objects = source["objects"]
    defs = {name: _object(name, keys, source) for name, keys in objects.items() if name != "repo_config"}
    defs["step"] = _step(source["steps"])
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://ossiac.invalid/schema/atlantis-repo-config.schema.json",
        "title": "Atlantis repo-level atlantis.yaml",
        "description": source["about"],
        "$comment": "generated by tools/facts/atlantis_schema.py from tools/facts/sources/atlantis_repo_config.json",
        "x-retrieved": source["retrieved"],
        "x-sources": [{"url": s["url"], "commit": s["commit"]} for s in source["sources"]],
        **_object("repo_config", objects["repo_config"], source),
        "$defs": dict(sorted(defs.items())),
    }
    return json.dumps(schema, indent=2) + "\n"
