"""Reading a JSON file: the one place a missing or unparsable file becomes a one-line error naming it.

Callers pass their own exception type (each command maps its errors to exit codes) and, optionally,
what the user should do about it; they check the document's shape themselves.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_json(path: Path, error: type[Exception], remedy: str | None = None) -> Any:
    """The parsed document, or `error("<path>: no such file[: remedy]")` / `("<path>: not valid JSON (...)[: remedy]")`."""
    suffix = f": {remedy}" if remedy else ""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(f"{path}: no such file{suffix}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as problem:
        raise error(f"{path}: not valid JSON ({problem}){suffix}") from None
