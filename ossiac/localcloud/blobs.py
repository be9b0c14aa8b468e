"""Object bytes, beside the database: `<cloud folder>/blobs/<id[:2]>/<id>`, one file per stored
object version, never changed once written.

Crash safety comes from the order: the bytes are written to a temporary file, fsynced and renamed
into place (and the folder fsynced) before the object's record commits. A process killed at any
point leaves either the old object, or the new one whole: never a record pointing at missing or
partial bytes. What a kill can leave is a blob no record points at, or a file in `blobs/tmp`;
`localcloud doctor` notes both (they are waste, not damage) and `--repair` removes those older
than a minute (younger ones may belong to a write still in flight).
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

FOLDER = "blobs"
_CHUNK = 1 << 20


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"body larger than {limit} bytes")
        self.limit = limit


@dataclass(frozen=True)
class Written:
    blob: str
    size: int
    md5: str  # hex
    crc64: str  # decimal, as OSS's x-oss-hash-crc64ecma


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Blobs:
    def __init__(self, cloud_dir: Path) -> None:
        self.root = Path(cloud_dir) / FOLDER
        self.tmp = self.root / "tmp"

    def path(self, blob: str) -> Path:
        if not blob or not blob.isalnum():
            raise ValueError(f"not a blob id: {blob!r}")
        return self.root / blob[:2] / blob

    def write(self, chunks: Iterable[bytes], *, limit: int | None = None) -> Written:
        """Stores the bytes durably and returns their blob id, size and digests."""
        from alibabacloud_oss_v2.crc import Crc64  # the SDK's own CRC-64/ECMA, as OSS reports it

        self.tmp.mkdir(parents=True, exist_ok=True)
        blob = secrets.token_hex(16)
        tmp = self.tmp / blob
        md5, crc, size = hashlib.md5(), Crc64(0), 0
        try:
            with open(tmp, "wb") as out:
                for chunk in chunks:
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise BodyTooLarge(limit)
                    md5.update(chunk)
                    crc.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            final = self.path(blob)
            final.parent.mkdir(exist_ok=True)
            os.rename(tmp, final)
            _fsync_dir(final.parent)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return Written(blob, size, md5.hexdigest(), str(crc.sum64()))

    def link(self, blob: str) -> str:
        """A second blob with the same bytes (a copy), without copying them."""
        new = secrets.token_hex(16)
        target = self.path(new)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(self.path(blob), target)
        _fsync_dir(target.parent)
        return new

    def open(self, blob: str) -> BinaryIO:
        return open(self.path(blob), "rb")

    def read(self, blob: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """The bytes [start, end) in chunks."""
        with self.open(blob) as handle:
            handle.seek(start)
            left = None if end is None else end - start
            while left is None or left > 0:
                chunk = handle.read(_CHUNK if left is None else min(_CHUNK, left))
                if not chunk:
                    return
                if left is not None:
                    left -= len(chunk)
                yield chunk

    def reader(self, blob: str, start: int = 0, end: int | None = None) -> Reader:
        """The bytes [start, end), with the file opened now: a reader keeps its bytes even when a
        concurrent writer replaces the object and deletes the blob while they are being sent.
        Raises FileNotFoundError when the blob is already gone."""
        return Reader(self.open(blob), start, end)

    def delete(self, blob: str | None) -> None:
        if blob:
            self.path(blob).unlink(missing_ok=True)

    def delete_all(self, blobs: Iterable[str | None]) -> None:
        for blob in blobs:
            self.delete(blob)

    def temporary(self) -> list[Path]:
        """Files in the temporary folder: writes in flight, or left by a killed process."""
        return sorted(p for p in self.tmp.iterdir() if p.is_file()) if self.tmp.is_dir() else []

    def exists(self, blob: str) -> bool:
        return self.path(blob).is_file()

    def all(self) -> list[str]:
        """Every stored blob id (for the doctor), and nothing from the temporary folder."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for d in self.root.iterdir() if d.is_dir() and d.name != "tmp" for p in d.iterdir())


class Reader:
    """An open blob streamed as a WSGI body; the server's close() closes the file."""

    def __init__(self, handle: BinaryIO, start: int, end: int | None) -> None:
        self._handle = handle
        self._handle.seek(start)
        self._left = None if end is None else max(end - start, 0)

    def __iter__(self) -> Iterator[bytes]:
        try:
            while self._left is None or self._left > 0:
                chunk = self._handle.read(_CHUNK if self._left is None else min(_CHUNK, self._left))
                if not chunk:
                    return
                if self._left is not None:
                    self._left -= len(chunk)
                yield chunk
        finally:
            self.close()

    def close(self) -> None:
        self._handle.close()
