"""The stack-file JSON Schema, generated from the props models: editors validate and complete
stack files with it (yaml-language-server), CI checks files with check-jsonschema."""

from __future__ import annotations

import json
from typing import Any

from ossiac_props.stack import StackFileProps


def stack_file_schema() -> dict[str, Any]:
    # Validation mode: what a stack file may contain (defaults shown, nothing required that has one).
    schema = StackFileProps.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "ossiac stack file", **schema}


def stack_file_schema_text() -> str:
    """Byte-stable text: the committed schema/stack-file.schema.json must equal it."""
    return json.dumps(stack_file_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
