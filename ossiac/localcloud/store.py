"""The local cloud's records on disk: one JSON file per object, written atomically.

Layout: `<root>/<type>/<quoted id>.json`. A write goes to a temporary file in the same folder,
is fsynced, then renamed over the target, so a process killed mid-write leaves either the old
or the new record, never a torn one. `transaction()` serialises read-modify-write sequences
across threads (Terraform applies in parallel) and processes (the console and Terraform at once).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
import threading
import urllib.parse
from pathlib import Path
from typing import Iterator

_LOCAL = threading.local()
_THREAD_LOCK = threading.RLock()


class Store:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        with _THREAD_LOCK:
            depth = getattr(_LOCAL, "depth", 0)
            if depth:
                _LOCAL.depth = depth + 1
                try:
                    yield self
                finally:
                    _LOCAL.depth = depth
                return
            self.root.mkdir(parents=True, exist_ok=True)
            with open(self.root / ".lock", "a+") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                _LOCAL.depth = 1
                try:
                    yield self
                finally:
                    _LOCAL.depth = 0
                    fcntl.flock(lock, fcntl.LOCK_UN)

    def _path(self, type_name: str, rid: str) -> Path:
        return self.root / type_name / (urllib.parse.quote(rid, safe="") + ".json")

    def get(self, type_name: str, rid: str) -> dict | None:
        try:
            return json.loads(self._path(type_name, rid).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def put(self, type_name: str, rid: str, record: dict) -> None:
        path = self._path(type_name, rid)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(record, f, indent=2, sort_keys=True)
                f.write("\n")
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)  # make the rename itself durable
            finally:
                os.close(dir_fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def delete(self, type_name: str, rid: str) -> bool:
        try:
            self._path(type_name, rid).unlink()
            return True
        except FileNotFoundError:
            return False

    def list(self, type_name: str) -> list[dict]:
        folder = self.root / type_name
        if not folder.is_dir():
            return []
        out = []
        for path in sorted(folder.glob("*.json")):
            if not path.name.startswith("."):
                with contextlib.suppress(FileNotFoundError):
                    out.append(json.loads(path.read_text(encoding="utf-8")))
        return out

    def types(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and not p.name.startswith("."))
