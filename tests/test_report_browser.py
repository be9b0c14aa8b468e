"""`ossiac report` opened in headless Chromium with no network: what a reviewer reads, and a picture that fits.

Chromium comes from Debian (`make setup` installs it with apt-get when it is missing); the page
loads under `unshare --net`, so nothing can be fetched, and its Content-Security-Policy forbids
loading anything anyway. Layout is measured in the browser at two window widths: a copy of the
page gets tests/report_measure.js (the copy's policy allows that one inline script), which writes
every box's, label's and text's bounding box into the page for --dump-dom to return. Screenshots of
both widths are kept in the test's temporary folder for a person to look at.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import zlib
from html import unescape
from pathlib import Path

import pytest

from harness import VENV_BIN, command_env, run

NODE_FILL = (0xE8, 0xF0, 0xFE)
EXAMPLE_BUCKETS = (
    "ossiac-example-media-assets",
    "ossiac-example-media-site",
    "ossiac-example-media-uploads",
    "ossiac-example-migration-data",
    "ossiac-example-migration-sync-records",
)


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
    from harness import REPO_ROOT

    for name in ("main.py", "cdktf.json"):
        shutil.copy(REPO_ROOT / name, folder / name)
    (folder / "estate").symlink_to(REPO_ROOT / "estate")
    result = run(
        [str(VENV_BIN / "ossiac"), "report", "--output", "estate.html"],
        cwd=folder,
        env=command_env(OSSIAC_TARGET="local"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 public" in result.stdout
    return folder / "estate.html"


def _browser(chromium: str, offline: list[str], *args: str) -> str:
    result = run(
        [*offline, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        cwd=Path("/tmp"),
        env=command_env(HOME="/tmp"),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_report_shows_every_bucket_and_why_one_is_public(report, chromium, offline):
    html = report.read_text()
    assert not re.search(r'(src|href)="https?:', html), "nothing is loaded from the network"
    assert "<script" not in html, "the page runs nothing"
    dom = _browser(chromium, offline, "--dump-dom", report.as_uri())
    shown = set(re.findall(r'data-bucket="([^"]+)"', dom))
    assert set(EXAMPLE_BUCKETS) <= shown, shown
    public = re.search(r"<h2>Public buckets and why</h2>\s*<ul>(.*?)</ul>", dom, re.S).group(1)
    assert "ossiac-example-media-site" in public and "ACL public-read" in public
    assert "media-browser-uploads: oss:PutObject" in dom, "who can write to the uploads bucket"
    assert 'class="picture wide"' in dom and "tokyo-vpn" in dom


def test_the_overview_comes_first_and_states_the_estate(report):
    html = report.read_text()
    assert html.index('id="overview"') < html.index('id="picture"') < html.index('id="buckets"')
    summary = re.search(r'<p id="summary">(.*?)</p>', html).group(1)
    assert summary.startswith(
        "10 buckets in 2 stacks and 2 regions; public: 1; unencrypted: 0; unversioned: 0; "
        "replicated to another region: 1; checks waived: "
    ), summary
    placed = _rows(html, "Buckets by stack and region")
    assert [
        "media",
        "cn-beijing",
        "ossiac-example-media-assets-replica, ossiac-example-media-logs-cn-beijing",
    ] in placed
    assert [
        "migration",
        "cn-shanghai",
        "ossiac-example-migration-data, ossiac-example-migration-logs, ossiac-example-migration-sync-records",
    ] in placed
    assert not any(row[1] == "default" for row in placed), "every bucket's region is its provider's region"
    replication = _rows(html, "Replication")
    assert replication == [
        [
            "yes",
            "ossiac-example-media-assets (cn-shanghai)",
            "ossiac-example-media-assets-replica (cn-beijing)",
            "objects under originals/, operations ALL, existing objects too, SSE-KMS objects included, "
            "re-encrypted with KMS key &#x27;OSS server-side encryption key managed by ossiac&#x27;",
        ]
    ]
    waivers = {row[0]: row for row in _rows(html, "Waivers and their reasons")}
    assert (
        waivers["CKV_ALI_1"][1].startswith("public-read on purpose")
        and waivers["CKV_ALI_1"][2] == "ossiac-example-media-site"
    )
    assert "ossiac-example-media-records" in waivers["CKV_ALI_6"][2]


def test_the_picture_labels_what_each_arrow_means(report):
    html = report.read_text()
    wide = re.search(r'<svg class="picture wide".*?</svg>', html, re.S).group(0)
    labels = re.findall(r"<tspan[^>]*>([^<]*)</tspan>", wide)
    for label in (
        "vpc_id",
        "accepting_vpc_id",
        "customer_gateway_id",
        "sts:AssumeRole",
        "replicates to",
        "reads (ACL public-read)",
        "ListParts on sync-records/*",
    ):
        assert label in labels, (label, labels)
    assert len(re.findall(r'class="edge"', wide)) == len(re.findall(r'class="edge-label"', wide)) > 10


@pytest.mark.parametrize("width", [1280, 800])
def test_nothing_is_clipped_or_overlapped(report, chromium, offline, tmp_path, width):
    found = _measure(report, chromium, offline, tmp_path, width)
    assert found["window"] == width and found["pageWidth"] <= width, "the page scrolls sideways"
    assert found["clipped"] == [], found["clipped"]
    assert len(found["pictures"]) == 1, "exactly one layout of the picture shows"
    shown = found["pictures"][0]
    assert ("wide" if width == 1280 else "narrow") in shown["layout"]
    assert shown["scale"] > 0.99, "the picture is drawn at full size, its text as readable as the page's"
    assert shown["box"][0] >= 0 and shown["box"][2] <= width
    boxes = [node["box"] for node in shown["nodes"]]
    labels = [label["box"] for label in shown["labels"]]
    assert len(boxes) >= 20 and len(labels) >= 15
    for node in shown["nodes"] + shown["labels"]:
        for text in node["texts"]:
            assert _inside(text["box"], node["box"]), (text, node["box"])
    everything = boxes + labels
    for i, first in enumerate(everything):
        for second in everything[i + 1 :]:
            assert not _overlap(first, second), (first, second)
    for edge in shown["edges"]:
        for address, (x, y, w, h) in shown["rects"].items():
            if address not in (edge["source"], edge["target"]):
                assert not _crosses(edge["points"], (x, y, x + w, y + h)), (edge, address)
    screenshot = tmp_path / f"report-{width}.png"
    _browser(chromium, offline, f"--screenshot={screenshot}", f"--window-size={width},3000", report.as_uri())
    _, _, pixels = _png_rgb(screenshot.read_bytes())
    assert sum(1 for pixel in pixels if pixel == NODE_FILL) > 5 * 150 * 30, "the picture's bucket boxes are drawn"


def test_in_a_window_narrower_than_the_picture_only_the_picture_scrolls(report, chromium, offline, tmp_path):
    found = _measure(report, chromium, offline, tmp_path, 500)  # headless Chromium's narrowest window
    assert found["window"] == 500 and found["pageWidth"] <= 500, "the page itself does not scroll sideways"
    assert [item.split(":")[0] for item in found["clipped"]] == ["DIV"], found["clipped"]
    assert found["pictures"][0]["scale"] > 0.99, "the picture keeps its text size and scrolls in its frame"


def _measure(report: Path, chromium: str, offline: list[str], folder: Path, width: int) -> dict:
    script = (Path(__file__).parent / "report_measure.js").read_text()
    html = report.read_text().replace(
        "style-src 'unsafe-inline'", "style-src 'unsafe-inline'; script-src 'unsafe-inline'"
    )
    page = folder / "measured.html"
    page.write_text(html.replace("</body>", f"<script>{script}</script></body>"))
    dom = _browser(chromium, offline, "--dump-dom", f"--window-size={width},3000", page.as_uri())
    found = re.search(r'<pre id="measurements">(.*?)</pre>', dom, re.S)
    assert found, "the measuring script ran"
    return json.loads(unescape(found.group(1)))


def _rows(html: str, heading: str) -> list[list[str]]:
    table = re.search(rf"<h2>{re.escape(heading)}</h2>\s*<table>(.*?)</table>", html, re.S).group(1)
    return [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", table)[1:]]


def _inside(inner: list[float], outer: list[float]) -> bool:
    return (
        inner[0] >= outer[0] - 0.5
        and inner[1] >= outer[1] - 0.5
        and inner[2] <= outer[2] + 0.5
        and inner[3] <= outer[3] + 0.5
    )


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _crosses(points: list[list[float]], box: tuple[float, float, float, float]) -> bool:
    """Does an orthogonal polyline pass through a box's inside? (Touching its border is not passing through.)"""
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):  # consecutive pairs: one fewer
        low_x, high_x, low_y, high_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
        if low_x < box[2] and box[0] < high_x and low_y < box[3] and box[1] < high_y:
            return True
    return False


def _png_rgb(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Decode an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) into pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, idat, header = 8, b"", None
    while offset < len(data):
        (length,), kind = struct.unpack(">I", data[offset : offset + 4]), data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
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
        kind, line = raw[position], bytearray(raw[position + 1 : position + 1 + stride])
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
    pixels = [tuple(row[i : i + 3]) for row in rows for i in range(0, stride, channels)]
    return width, height, pixels
