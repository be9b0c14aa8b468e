"""The one atomic file writer (ossiac/atomic_write.py): a reader, or a killed writer, never leaves half a file;
the bytes and the folder entry are fsynced; every file the project replaces goes through it."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness import REPO_ROOT
from ossiac import atomic_write
from ossiac.atomic_write import write_atomically

# Renames that move things aside rather than write a file: the local cloud's blob store (it streams
# bytes, hashing them, with its own fsyncs), the legacy-layout migration and the doctor's quarantine.
MOVES_NOT_WRITES = {
    "ossiac/localcloud/blobs.py",
    "ossiac/localcloud/legacy.py",
    "ossiac/workflows/localcloud_doctor.py",
}
# os.replace/os.rename, or Path.replace/rename with one argument (str.replace takes two)
REPLACING = re.compile(r"\bos\.(replace|rename)\(|\.(replace|rename)\(\s*[A-Za-z_][\w.]*(\s*/\s*[\w.]+)*\s*\)")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_text_and_bytes_land_whole_with_the_mode_asked_for(tmp_path: Path) -> None:
    write_atomically(tmp_path / "deep" / "state.json", '{"serial": 1}\n')
    assert (tmp_path / "deep" / "state.json").read_text() == '{"serial": 1}\n'
    assert stat.S_IMODE((tmp_path / "deep" / "state.json").stat().st_mode) == 0o600  # the default: owner-only
    write_atomically(tmp_path / "launcher", "#!/bin/sh\n", mode=0o755)
    assert stat.S_IMODE((tmp_path / "launcher").stat().st_mode) == 0o755
    write_atomically(tmp_path / "key.pem", b"\x00\xffbytes")
    assert (tmp_path / "key.pem").read_bytes() == b"\x00\xffbytes"
    old = os.umask(0o027)
    try:
        write_atomically(tmp_path / "as-open", "x", mode=None)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "as-open").stat().st_mode) == 0o640  # 0o666 less the umask, as open() makes it
    write_atomically(tmp_path / "unicode.txt", "ünïcödé")
    assert (tmp_path / "unicode.txt").read_bytes() == "ünïcödé".encode()
    assert _leftovers(tmp_path) == [] and _leftovers(tmp_path / "deep") == []


def test_an_open_reader_keeps_the_old_file_and_the_new_one_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "state"
    write_atomically(path, "old")
    with path.open() as reader:
        write_atomically(path, "new")
        assert reader.read() == "old"  # a new inode, not the old one rewritten in place
    assert path.read_text() == "new"


def test_a_failed_check_or_write_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "stack.yaml"
    path.write_text("before\n")
    seen = []

    def refuse(tmp: Path) -> None:
        seen.append(tmp.read_text())  # the check reads the complete new file
        raise ValueError("would not load")

    with pytest.raises(ValueError, match="would not load"):
        write_atomically(path, "after\n", check=refuse)
    assert seen == ["after\n"] and path.read_text() == "before\n" and _leftovers(tmp_path) == []

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "fsync", no_space)
    with pytest.raises(OSError, match="No space"):
        write_atomically(path, "after\n")
    assert path.read_text() == "before\n" and _leftovers(tmp_path) == []


def test_the_bytes_are_fsynced_before_the_rename_and_the_folder_after(tmp_path: Path, monkeypatch) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(src, dst) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(atomic_write.os, "fsync", fsync)
    monkeypatch.setattr(atomic_write.os, "replace", replace)
    write_atomically(tmp_path / "f", "x")
    assert events == ["fsync file", "replace", "fsync folder"]


WRITER = """
import sys
from pathlib import Path
from ossiac.atomic_write import write_atomically
path = Path(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    n += 1
    write_atomically(path, (b"a" if n % 2 else b"b") * 2_000_000)
"""


def test_a_killed_writer_never_leaves_half_a_file(tmp_path: Path) -> None:
    path = tmp_path / "big"
    path.write_bytes(b"o" * 2_000_000)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, cwd=REPO_ROOT)
    try:
        assert writer.stdout.readline() == b"ready\n"
        contents = set()
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            data = path.read_bytes()
            contents.add(data[:1])
            assert len(data) == 2_000_000 and data == data[:1] * len(data), "a reader saw half a file"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    data = path.read_bytes()
    assert len(data) == 2_000_000 and data == data[:1] * len(data)
    assert contents & {b"a", b"b"}, "the writer replaced the file while the reader watched"


def test_every_file_the_project_replaces_goes_through_the_one_writer() -> None:
    found = []
    for folder in ("ossiac", "props", "policies", "constructs", "stacks"):
        for path in sorted((REPO_ROOT / folder).rglob("*.py")):
            relative = path.relative_to(REPO_ROOT).as_posix()
            if relative == "ossiac/atomic_write.py" or relative in MOVES_NOT_WRITES or "tfplugin5_pb2" in relative:
                continue
            text = path.read_text(encoding="utf-8")
            found += [
                f"{relative}:{text.count(chr(10), 0, m.start()) + 1}: {m.group(0)}" for m in REPLACING.finditer(text)
            ]
    main = (REPO_ROOT / "main.py").read_text(encoding="utf-8")
    found += [f"main.py: {m.group(0)}" for m in REPLACING.finditer(main)]
    assert found == [], "write through ossiac.atomic_write.write_atomically instead"
