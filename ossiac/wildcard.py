"""The `*`/`?` matcher lives in the props layer (`ossiac_props.wildcard`), where policies and props may import it.

Kept as a name for the modules that still import it from here (the authorization engine, the STS endpoint).
"""

from __future__ import annotations

from ossiac_props.wildcard import wildcard_match

__all__ = ["wildcard_match"]
