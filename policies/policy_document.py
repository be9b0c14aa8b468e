"""Reading the parts of a policy document the same way the validator and the evaluator do."""

from __future__ import annotations

import json
from typing import Any

# RAM limits a custom policy document to 6,144 characters. We measure the document as ossiac
# sends it: compact JSON (no whitespace outside strings), encoded as UTF-8 bytes. For ASCII
# documents that is the character count; for others it errs on the strict side.
MAX_DOCUMENT_BYTES = 6144


def as_list(value: Any) -> list[Any]:
    """RAM accepts a single value wherever a list is allowed: "a" means ["a"]."""
    return value if isinstance(value, list) else [value]


def compact_json(document: Any) -> str:
    """The document as RAM receives it from ossiac: compact, keys in their given order."""
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False)


def document_size(document: Any) -> int:
    return len(compact_json(document).encode("utf-8"))
