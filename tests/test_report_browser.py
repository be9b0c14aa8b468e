"""`ossiac report` opened in headless Chromium with no network: every bucket and the network diagram show.

Chromium comes from Debian (`make setup` installs it with apt-get when it is missing); the page
loads under `unshare --net`, so nothing can be fetched, and its Content-Security-Policy forbids
loading anything anyway. "The diagram draws" is checked on a screenshot: the diagram's node fill
colour covers the area of its boxes.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from conftest import VENV_BIN, command_env, run

NODE_FILL = (0xE8, 0xF0, 0xFE)
EXAMPLE_BUCKETS = ("ossiac-example-media-assets", "ossiac-example-media-site", "ossiac-example-media-uploads",
                   "ossiac-example-migration-data", "ossiac-example-migration-sync-records")


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        message = "chromium is missing: `make setup` installs it as root (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI runs as root: there a missing browser is a broken setup
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    from conftest import REPO_ROOT

    for name in ("main.py", "cdktf.json"):
        shutil.copy(REPO_ROOT / name, folder / name)
    (folder / "estate").symlink_to(REPO_ROOT / "estate")
    result = run([str(VENV_BIN / "ossiac"), "report", "--output", "estate.html"], cwd=folder,
                 env=command_env(OSSIAC_TARGET="local"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 public" in result.stdout
    return folder / "estate.html"


def _browser(chromium: str, offline: list[str], *args: str) -> str:
    result = run([*offline, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
                 cwd=Path("/tmp"), env=command_env(HOME="/tmp"))
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_report_shows_every_bucket_and_why_one_is_public(report, chromium, offline):
    html = report.read_text()
    assert not re.search(r'(src|href)="https?:', html), "nothing is loaded from the network"
    dom = _browser(chromium, offline, "--dump-dom", report.as_uri())
    shown = set(re.findall(r'data-bucket="([^"]+)"', dom))
    assert set(EXAMPLE_BUCKETS) <= shown, shown
    public = re.search(r"<h2>Public buckets and why</h2>\s*<ul>(.*?)</ul>", dom, re.S).group(1)
    assert "ossiac-example-media-site" in public and "ACL public-read" in public
    assert "media-browser-uploads: oss:PutObject" in dom, "who can write to the uploads bucket"
    assert '<svg id="network"' in dom and "tokyo-vpn" in dom


def test_the_network_diagram_draws(report, chromium, offline, tmp_path):
    shot = tmp_path / "shot.png"
    _browser(chromium, offline, f"--screenshot={shot}", "--window-size=1000,1200", report.as_uri())
    width, height, pixels = _png_rgb(shot.read_bytes())
    filled = sum(1 for pixel in pixels if pixel == NODE_FILL)
    assert filled > 8 * 150 * 30, f"the diagram's 8 boxes are not drawn ({filled} pixels of their fill)"


def _png_rgb(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Decode an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) into pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, idat, header = 8, b"", None
    while offset < len(data):
        (length,), kind = struct.unpack(">I", data[offset:offset + 4]), data[offset + 4:offset + 8]
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous, position = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[position], bytearray(raw[position + 1:position + 1 + stride])
        position += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(line)
        previous = line
    pixels = [tuple(row[i:i + 3]) for row in rows for i in range(0, stride, channels)]
    return width, height, pixels
