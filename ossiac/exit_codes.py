"""Exit codes of `ossiac` and `python main.py`, and the one line an unexpected error prints.

Every expected failure is one line on stderr and one of these codes (docs/exit-codes.md); an
unexpected one (a bug) is still one line, naming what was being processed and where to report it.
"""

from __future__ import annotations

import os
import sys

from ossiac import settings

OK = 0
# Bad input (stack file, policy document), a check that failed, or a named problem of the
# environment: missing or invalid configuration, no network, bad credentials.
REFUSED = 1
USAGE = 2  # wrong command line; or a gate that cannot judge (ossiac scan)
INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT
INTERNAL = 70  # a bug in ossiac (EX_SOFTWARE)
CLOSED_PIPE = 141  # the reader of our output went away (`| head`): 128 + SIGPIPE, as a shell reports it


class CommandError(Exception):
    """An expected failure of a command: `ossiac`'s main prints `message` (one line) on stderr and
    exits with `code`, so commands name the code once, from this module, instead of returning literals."""

    def __init__(self, message: str, code: int = REFUSED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


REPORT = "the ossiac issue tracker, with this line and the input that caused it"


def internal_error(processing: str, error: BaseException) -> str:
    """One line for a bug: what was being processed, what happened, how to report it."""
    return internal_error_line(processing, type(error).__name__, str(error))


def internal_error_line(processing: str, kind: str, message: str) -> str:
    """The same line for a bug met in another process (a synth worker), from its kind and message."""
    detail = message.splitlines()[0] if message.strip() else ""
    return (
        f"internal error while processing {processing}: {kind}{': ' + detail if detail else ''} "
        f"(a bug in ossiac; report it on {REPORT}; OSSIAC_TRACEBACK=1 shows the traceback)"
    )


def show_traceback() -> bool:
    return settings.value("OSSIAC_TRACEBACK") == "1"


def quiet_closed_pipe() -> int:
    """The reader closed our stdout: stop writing, without Python's 'Broken pipe' complaint at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    return CLOSED_PIPE
