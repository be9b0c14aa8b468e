"""Function Compute code packaged as inline base64 zip content, byte-identical on every synth.

Fixed timestamps, permissions and file order: the zip depends only on the files' contents, so
synthesizing twice yields the same JSON and `cdktf diff` shows a change only when code changes.
"""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold


def zip_directory(directory: Path) -> bytes:
    """Every .py file under `directory` (relative paths, sorted), in a deterministic zip."""
    files = sorted(p for p in directory.rglob("*.py") if "__pycache__" not in p.parts)
    if not files:
        raise ValueError(f"no Python files in {directory}")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(directory).as_posix(), date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def zip_base64(directory: Path) -> str:
    return base64.b64encode(zip_directory(directory)).decode("ascii")
