"""`*` and `?` wildcards, as OSS uses them in Referer lists and CORS rules."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=256)
def _compile(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    # `*` stands for zero or more characters and `?` for exactly one; everything else is literal
    # (a `.` in `*.example.com` is a dot, not "any character").
    parts = [".*" if char == "*" else "." if char == "?" else re.escape(char) for char in pattern]
    return re.compile("".join(parts), re.DOTALL | (re.IGNORECASE if ignore_case else 0))


def wildcard_match(pattern: str, text: str, *, ignore_case: bool = False) -> bool:
    """True when `pattern` matches the whole of `text` (not a prefix or a substring)."""
    return _compile(pattern, ignore_case).fullmatch(text) is not None
