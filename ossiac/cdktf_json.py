"""JSON text exactly as cdktf writes it (its `json-stable-stringify` with two-space indents).

Synth writes cdktf.out/manifest.json itself when stacks come from the synth cache or from several
worker processes, and it must read as cdktf's own: keys sorted (by UTF-16 code units, as
JavaScript sorts), `": "` after keys, and an empty list or object still broken over two lines.
"""

from __future__ import annotations

import json

INDENT = "  "


class _Number(float):
    """A non-integer number read from cdktf's JSON, kept as written (JavaScript writes 1e-7 where
    Python would write 1e-07)."""

    text: str

    def __new__(cls, text: str) -> _Number:
        number = super().__new__(cls, text)
        number.text = text
        return number


def loads(text: str) -> object:
    """cdktf's JSON as data whose numbers stable_stringify writes back as they were."""
    return json.loads(text, parse_float=_Number)


def stable_stringify(value: object, level: int = 0) -> str:
    if isinstance(value, _Number):
        return value.text
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        items = [f"{_string(k)}: {stable_stringify(value[k], level + 1)}" for k in keys]
        return "{" + _block(items, level) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + _block([stable_stringify(v, level + 1) for v in value], level) + "]"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return str(int(value))  # JavaScript has one number type: 30.0 is written 30
    return json.dumps(value)


def _block(items: list[str], level: int) -> str:
    inner = "\n" + INDENT * (level + 1)
    return ",".join(inner + item for item in items) + "\n" + INDENT * level


def _string(text: str) -> str:
    encoded = json.dumps(text, ensure_ascii=False)
    if any("\ud800" <= c <= "\udfff" for c in text):  # JavaScript escapes a lone surrogate
        encoded = "".join(f"\\u{ord(c):04x}" if "\ud800" <= c <= "\udfff" else c for c in encoded)
    return encoded
