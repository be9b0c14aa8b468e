"""User text as a Terraform string literal.

Terraform reads every string in the JSON it is given as a template: `${...}` is an interpolation
and `%{...}` a directive, so a page with a JavaScript template literal (`${x}`) fails the plan
with "Invalid reference". Text a user declared (page content, tags, descriptions, policy
documents) must reach the cloud byte for byte, so its `${` and `%{` are written as Terraform's
escapes `$${` and `%%{`. cdktf tokens (`${TfToken[...]}`) are left alone: they are references the
construct itself made, resolved at synthesis. cdktf's own `Fn.rawString` is meant for strings
inside expressions (it also rewrites newlines and quotes) and does not escape `%{`.
"""

from __future__ import annotations

import re
from typing import overload

_TEMPLATE_START = re.compile(r"\$\{(?!TfToken\[)|%\{")


@overload
def literal(text: str) -> str: ...
@overload
def literal(text: None) -> None: ...
def literal(text: str | None) -> str | None:
    """`text` escaped so that Terraform's template engine yields exactly `text` (None stays None)."""
    if text is None:
        return None
    return _TEMPLATE_START.sub(lambda m: m.group(0)[0] + m.group(0), text)


def literal_map(values: dict[str, str] | None) -> dict[str, str] | None:
    """A map of user text (tags): keys and values escaped. None or empty stays None."""
    if not values:
        return None
    return {literal(key): literal(value) for key, value in values.items()}
