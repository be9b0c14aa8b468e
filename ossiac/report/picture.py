"""The network and access picture: a box per network resource, bucket, role or principal, labelled arrows, by ELK.

ELK (the Eclipse Layout Kernel, run as elkjs under the venv's Node when the report is made) places
boxes, routes edges around them orthogonally and gives each edge label its own slot, so nothing is
drawn through a box or on top of a label. Only the finished coordinates go into the page: the SVG
is static, the page stays self-contained and loads nothing.

Two layouts are drawn, both top to bottom: ELK packs the picture's unconnected parts side by side
up to an aspect ratio, wide (about as wide as high) and narrow (tall). The page's CSS shows the one
that fits the window (see html_page), so the picture keeps its text size instead of shrinking to fit.
"""

from __future__ import annotations

import json
import os
import subprocess
from html import escape
from pathlib import Path
from typing import Any

from ossiac.report.estate_model import GLOBAL, INTERNET, Estate, NetworkNode

LAYOUT_SCRIPT = Path(__file__).with_name("layout.js")
NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"
# Box and label sizes come from the text: a monospace font advances about 0.6 em per character,
# the margin below covers fonts that run a little wider (the browser test measures the result).
CHAR_WIDTH = {12: 7.6, 11: 7.0}
NAME_SIZE, LABEL_SIZE, PAD = 12, 11, 10
LINE, WRAP = LABEL_SIZE + 3, 28  # an edge label's line height and length
# Each box says what it is and, where it has one, its region.
KIND_NAMES = {
    "oss_bucket": "OSS bucket",
    "ram_role": "RAM role",
    "principal": "may assume roles",
    "internet": "internet",
    "vpc": "VPC",
    "vswitch": "vSwitch",
    "vpn_gateway": "VPN gateway",
    "vpn_customer_gateway": "VPN customer gateway",
    "vpn_connection": "VPN connection",
    "vpc_peer_connection": "VPC peering",
    "cen_instance": "CEN instance",
    "cen_instance_attachment": "CEN attachment",
}


class LayoutError(RuntimeError):
    """elkjs is missing or failed: the report names the fix (`make setup` installs node_modules)."""


def svgs(estate: Estate, node: Path) -> dict[str, str]:
    """{"wide": svg, "narrow": svg}: the same picture packed for a wide and for a narrow window.

    `node` is the Node.js binary to run elkjs with: the CLI passes the venv's (ossiac.node_runtime,
    a layer above this one).
    """
    return {
        name: _draw(layout(_graph(estate, direction, aspect), node), name)
        for name, direction, aspect in (("wide", "DOWN", 1.2), ("narrow", "DOWN", 0.2))
    }


def _text_width(text: str, size: int) -> float:
    return len(text) * CHAR_WIDTH[size]


def _graph(estate: Estate, direction: str, aspect: float) -> dict[str, Any]:
    known = {node.address for node in estate.nodes}
    edges = []
    for i, edge in enumerate(estate.edges):
        if edge.source in known and edge.target in known:
            lines = _wrap(edge.label)
            edges.append(
                {
                    "id": f"e{i}",
                    "sources": [edge.source],
                    "targets": [edge.target],
                    "labels": [
                        {
                            "text": "\n".join(lines),
                            "height": len(lines) * LINE + 4,
                            "width": max(_text_width(line, LABEL_SIZE) for line in lines) + 6,
                        }
                    ],
                }
            )
    return {
        "id": "root",
        "children": [_box(node) for node in estate.nodes],
        "edges": edges,
        "layoutOptions": {
            "elk.algorithm": "layered",
            "elk.direction": direction,
            "elk.aspectRatio": str(aspect),
            "elk.separateConnectedComponents": "true",
            "elk.edgeRouting": "ORTHOGONAL",
            "elk.edgeLabels.placement": "CENTER",
            "elk.spacing.nodeNode": "24",
            "elk.spacing.componentComponent": "32",
            "elk.layered.spacing.nodeNodeBetweenLayers": "40",
            "elk.spacing.edgeLabel": "4",
            "elk.spacing.edgeNode": "16",
            "elk.padding": "[top=8,left=8,bottom=8,right=8]",
        },
    }


def _wrap(text: str) -> list[str]:
    """A long label (a list of actions) on several short lines, broken after its commas."""
    lines = [""]
    for word in text.split(" "):
        if lines[-1] and len(lines[-1]) + 1 + len(word) > WRAP:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def _box(node: NetworkNode) -> dict[str, Any]:
    kind = KIND_NAMES.get(node.kind, node.kind) + ("" if node.region in (GLOBAL, INTERNET) else f" · {node.region}")
    width = max(_text_width(node.label, NAME_SIZE), _text_width(kind, LABEL_SIZE)) + 2 * PAD
    return {
        "id": node.address,
        "width": round(width),
        "height": NAME_SIZE + LABEL_SIZE + 3 * PAD,
        "name": node.label,
        "kind": kind,
        "css": node.kind,
    }


def layout(graph: dict[str, Any], node: Path) -> dict[str, Any]:
    """The graph with ELK's absolute coordinates for every box, edge bend and label."""
    if not (NODE_MODULES / "elkjs").is_dir():
        raise LayoutError(f"elkjs is not installed in {NODE_MODULES}: run `make setup` (npm ci)")
    result = subprocess.run(
        [str(node), str(LAYOUT_SCRIPT)],
        input=json.dumps(graph),
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NODE_PATH": str(NODE_MODULES)},
    )
    if result.returncode != 0:
        raise LayoutError(f"laying out the picture failed: {result.stderr.strip()[-500:]}")
    laid_out: dict[str, Any] = json.loads(result.stdout)
    return laid_out


def _draw(graph: dict[str, Any], name: str) -> str:
    width, height = graph["width"], graph["height"]
    parts = [
        f'<svg class="picture {name}" xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" '
        f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
        f'aria-label="network and access picture ({name} layout)">',
        '<defs><marker id="arrow-' + name + '" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    ]
    for edge in graph.get("edges", []):
        for section in edge.get("sections", []):
            points = [section["startPoint"], *section.get("bendPoints", []), section["endPoint"]]
            path = " ".join(f"{p['x']:.1f},{p['y']:.1f}" for p in points)
            parts.append(
                f'<polyline class="edge" data-source="{escape(edge["sources"][0])}" '
                f'data-target="{escape(edge["targets"][0])}" points="{path}" marker-end="url(#arrow-{name})"/>'
            )
        for label in edge.get("labels", []):
            parts.append(
                f'<g class="edge-label"><rect x="{label["x"]:.1f}" y="{label["y"]:.1f}" '
                f'width="{label["width"]:.1f}" height="{label["height"]:.1f}"/>'
                f"<text>{_lines(label)}</text></g>"
            )
    for box in graph.get("children", []):
        parts.append(
            f'<g class="node {escape(box["css"])}" data-address="{escape(box["id"])}">'
            f'<rect x="{box["x"]:.1f}" y="{box["y"]:.1f}" width="{box["width"]:.1f}" '
            f'height="{box["height"]:.1f}" rx="6"/>'
            f'<text class="kind" x="{box["x"] + PAD:.1f}" y="{box["y"] + PAD + LABEL_SIZE - 2:.1f}">'
            f"{escape(box['kind'])}</text>"
            f'<text class="name" x="{box["x"] + PAD:.1f}" '
            f'y="{box["y"] + 2 * PAD + LABEL_SIZE + NAME_SIZE - 4:.1f}">{escape(box["name"])}</text></g>'
        )
    return "\n".join(parts + ["</svg>"])


def _lines(label: dict[str, Any]) -> str:
    return "".join(
        f'<tspan x="{label["x"] + 3:.1f}" y="{label["y"] + 2 + LINE * (i + 1) - 3:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(label["text"].split("\n"))
    )
