"""`*` and `?` wildcards, as RAM (actions, resources, StringLike) and OSS (Referer, CORS) match them.

Written once for every layer: the props (referer entries), the policy grammar, the authorization engine.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=512)
def _compile(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    # `*`: any run of characters, including none; `?`: exactly one; the rest is literal.
    parts = [".*" if char == "*" else "." if char == "?" else re.escape(char) for char in pattern]
    return re.compile("".join(parts), re.DOTALL | (re.IGNORECASE if ignore_case else 0))


def wildcard_match(pattern: str, text: str, *, ignore_case: bool = False) -> bool:
    """True when `pattern` matches the whole of `text`."""
    return _compile(pattern, ignore_case).fullmatch(text) is not None
