"""Per-stack validation cache: a stack whose input and validator are unchanged is not validated again.

Validating a 1,000-bucket file (pydantic over every bucket, the text checks, building each bucket's
construct props) is most of reading it; after one bucket changed, nine stacks in ten are as before.
An entry holds one valid stack's StackProps and construct props, under a key: the SHA-256 of
  - the stack's data as parsed (its entry in `stacks:`, order and types kept: `"1"` is not `1`);
  - the stack file's path (pages are read relative to it);
  - the tool (synth_cache.code_digest: every file of the ossiac and props packages, the fact files
    among them, the installed libraries, the Python version, and the settings synth reads).
Every website page the stack read is read again on a hit (read_page: the same checks, the same
repository root) and must give the same bytes, or the entry is a miss.
Only valid stacks are stored, so a hit can hide no problem: the loader then validates the file with
the cached stack in its place (pydantic takes the model instance as is), so every rule about the
file as a whole, and every stack that missed, is checked afresh; the cross-stack rules (estate_checks,
region_checks, duplicate names) always run over every stack.

Entries live beside the synth cache, in `<app>/.local/validation-cache/<key>.pickle`, written
atomically; main.py hands in the writer (ossiac.atomic_write) and the tool's digest, as this layer
imports no plumbing and nothing above it (docs/design.md, Layers). Each entry starts with a SHA-256 of the rest, so a damaged or truncated entry is a miss, never
loaded. A run keeps only the entries it used or wrote. OSSIAC_SYNTH_CACHE=0 turns this off too.
The entries are pickles: like the rest of the app folder (main.py itself), they are trusted to the
user who owns it; the checksum is against damage, not against a hostile writer.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ossiac.config.pages import read_page

if TYPE_CHECKING:  # imported where used: the models are what the loader imports anyway
    from ossiac_props.bucket import BucketProps
    from ossiac_props.stack import StackProps

CACHE_DIR = Path(".local") / "validation-cache"
_FORMAT = b"ossiac-validation-cache 1\n"


@dataclass(frozen=True)
class CachedStack:
    config: StackProps
    """The stack as validated."""
    buckets: list[BucketProps]
    """Its buckets' construct props, as the loader built them."""
    pages: tuple[tuple[str, str], ...]
    """(path as written, SHA-256 of the bytes read) of each website page the stack read."""


class ValidationCache:
    def __init__(self, app_dir: Path, tool: str, write: Callable[[Path, bytes], None]) -> None:
        """`tool`: the digest of the code and settings (synth_cache.code_digest); `write`: puts a file's
        bytes in place atomically (atomic_write.write_atomically)."""
        self.folder = app_dir / CACHE_DIR
        self._tool = tool
        self._write = write
        self._used: set[str] = set()

    def key(self, file: Path, raw_stack: object) -> str:
        digest = hashlib.sha256(self._tool.encode())
        digest.update(f"\0{file}\0{file.resolve()}\0".encode())
        # repr keeps key order and types (a date, "1" and 1 differ); the data is plain YAML values
        digest.update(repr(raw_stack).encode())
        return digest.hexdigest()

    def get(self, key: str, file: Path) -> CachedStack | None:
        from ossiac_props.bucket import BucketProps
        from ossiac_props.stack import StackProps

        self._used.add(key)  # kept even on a miss: the loader writes it again if the stack is valid
        try:
            blob = (self.folder / f"{key}.pickle").read_bytes()
        except OSError:
            return None
        if not blob.startswith(_FORMAT):
            return None
        body = blob[len(_FORMAT) :]
        checksum, _, payload = body.partition(b"\n")
        if hashlib.sha256(payload).hexdigest().encode() != checksum:
            return None  # damaged or truncated: never unpickled
        try:
            stored_key, entry = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - an entry from another version of the models: a miss
            return None
        if (
            stored_key != key
            or not isinstance(entry, CachedStack)
            or type(entry.config) is not StackProps
            or not all(type(b) is BucketProps for b in entry.buckets)
        ):
            return None
        for relative, page_digest in entry.pages:
            content, problem = read_page(file, relative)
            if problem is not None or content is None or _sha(content.encode()) != page_digest:
                return None
        return entry

    def put(self, key: str, config: StackProps, buckets: list[BucketProps]) -> None:
        """Store a valid stack (the loader calls this only for a stack with no problem). The pages'
        digests are of the content the built props hold, not of a second read that may differ."""
        pages = []
        for declared, built in zip(config.buckets, buckets, strict=True):
            if declared.website is None or built.website is None:
                continue
            for name in ("index", "error"):
                relative = getattr(declared.website, f"{name}_file")
                if relative is not None:
                    pages.append((relative, _sha((getattr(built.website, f"{name}_content") or "").encode())))
        entry = CachedStack(config, list(buckets), tuple(pages))
        payload = pickle.dumps((key, entry), protocol=pickle.HIGHEST_PROTOCOL)
        blob = _FORMAT + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
        self._used.add(key)
        self._write(self.folder / f"{key}.pickle", blob)

    def prune(self) -> None:
        """Entries this run neither used nor wrote go (stacks changed or removed since)."""
        if self.folder.is_dir():
            for path in self.folder.glob("*.pickle"):
                if path.stem not in self._used:
                    path.unlink(missing_ok=True)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
