"""One-time move of a local cloud kept in the old layout (one JSON file per object) into the database.

The old layout was `<root>/<type>/<quoted id>.json`. When a new database is opened in a folder that
still has such files, they are copied in once (old process-ID hand-back markers are dropped: they
cannot be matched to a request) and the folders are moved under `<root>/legacy-json/`, so the
checkout's deployed stacks keep their objects after the upgrade.
"""

from __future__ import annotations

import contextlib
import json
import sys
import urllib.parse
from pathlib import Path

LEGACY_DIR = "legacy-json"


def legacy_files(root: Path) -> list[tuple[str, str, Path]]:
    out: list[tuple[str, str, Path]] = []
    if not root.is_dir():
        return out
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("alicloud_")):
        for path in sorted(folder.glob("*.json")):
            if not path.name.startswith("."):
                out.append((folder.name, urllib.parse.unquote(path.name[: -len(".json")]), path))
    return out


def migrate(store) -> int:  # store: ossiac.localcloud.store.Store
    """Copy legacy records into `store` (a Store with an empty database); the number copied."""
    from ossiac.localcloud.store import NameTaken

    files = legacy_files(store.root)
    if not files:
        return 0
    copied = 0
    with store.transaction():
        for type_name, rid, path in files:
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                print(f"ossiac localcloud: skipped unreadable legacy record {path} ({exc})", file=sys.stderr)
                continue
            record.pop("_pending", None)
            try:
                store.put(type_name, rid, record)
            except NameTaken as taken:  # e.g. a second RAM user of one name, which the old layout allowed
                print(f"ossiac localcloud: skipped legacy record {path}: {taken}", file=sys.stderr)
                continue
            copied += 1
    target = store.root / LEGACY_DIR
    target.mkdir(exist_ok=True)
    for folder in {path.parent for _, _, path in files}:
        with contextlib.suppress(OSError):  # another process moved it first
            folder.rename(target / folder.name)
    print(
        f"ossiac localcloud: moved {copied} records from the old one-file-per-object layout into {store.path} "
        f"(old files kept in {target})",
        file=sys.stderr,
    )
    return copied
