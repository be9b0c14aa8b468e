"""A config error that lists every problem at once, each with file, line, key path and what is allowed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    path: str
    """Dotted key path, e.g. `stacks.media.buckets[0].cors[2].allowed_methods[1]`."""
    message: str
    file: Path | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        return f"{where}{self.path or '<document>'}: {self.message}"


class ConfigError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        super().__init__(f"invalid configuration ({count}):\n" + "\n".join(f"  - {p}" for p in problems))


class LoadCrash(Exception):
    """Loading `file` hit a bug (not a problem of the file): reported as one line naming the file.
    Here, not in the loader, so main.py can name it before it imports the loader."""

    def __init__(self, file: Path, error: Exception):
        super().__init__(f"{type(error).__name__}: {error}")
        self.file = file
        self.error = error


def format_path(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
