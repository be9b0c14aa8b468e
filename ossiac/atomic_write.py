"""Replacing a file so that a reader, or the file system after a crash, sees the old file or the new one, never half.

The bytes go to a temporary file in the same folder (a rename is atomic only within one file system),
which is flushed and fsynced before `os.replace` puts it in place; the folder is then fsynced so the
rename itself survives a power cut. Every file the project replaces goes through here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

PRIVATE = 0o600
"""Owner read and write only: the default, as states and keys need."""


def write_atomically(
    path: Path, data: str | bytes, *, mode: int | None = PRIVATE, check: Callable[[Path], None] | None = None
) -> None:
    """Put `data` (text is written as UTF-8) at `path`, creating its folder if need be.

    `mode`: the file's permission bits; None makes them as `open` would for a new file (0o666 less the umask).
    `check`: called with the complete temporary file before it replaces `path`; what it raises leaves
    `path` as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _open_mode() if mode is None else mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        if check is not None:
            check(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make the folder's entries (a rename, a new name) durable."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as error:
        # some file systems cannot fsync a folder; the rename is then as durable as they make it
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _open_mode() -> int:
    # os.umask is the only portable way to read the umask: set it, then put it back at once
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask
