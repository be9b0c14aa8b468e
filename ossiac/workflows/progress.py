"""Progress of long commands: one line per stack as each step starts and ends, with its time, on stderr.

Shown only when stderr is a terminal: piped or captured output (CI logs, `--format json`, the
pull-request comment) stays exactly the result. Lines are whole and written under a lock, since
stacks are planned from several threads at once.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TextIO


class Progress:
    def __init__(self, command: str, stream: TextIO | None = None) -> None:
        self.command = command
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_terminal(self.stream)
        self._lock = threading.Lock()

    def say(self, line: str) -> None:
        if self.enabled:
            with self._lock:
                self.stream.write(f"{self.command}: {line}\n")
                self.stream.flush()

    @contextmanager
    def step(self, subject: str, doing: str, done: str) -> Iterator[Step]:
        """`<subject>: <doing>...` now; `<subject>: <done> (<seconds> s)` or `<doing> failed (...)` after.
        The caller may say how it ended instead by setting `done` on the step it is given."""
        self.say(f"{subject}: {doing}...")
        step = Step(done)
        start = time.monotonic()
        try:
            yield step
        except BaseException:
            self.say(f"{subject}: {doing} failed ({time.monotonic() - start:.1f} s)")
            raise
        self.say(f"{subject}: {step.done} ({time.monotonic() - start:.1f} s)")


@dataclass
class Step:
    done: str


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or file-less stream is no terminal
        return False
