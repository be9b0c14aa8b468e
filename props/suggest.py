"""'Did you mean ...?': the close match for an unknown key, region, action or enum value (difflib)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` when one choice is close to `value`, else ''."""
    matches = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.75)
    if not matches:
        matches = difflib.get_close_matches(value.lower(), [c.lower() for c in choices], n=1, cutoff=0.75)
        matches = [c for c in choices if c.lower() in matches][:1]
    return f" (did you mean {matches[0]!r}?)" if matches else ""
