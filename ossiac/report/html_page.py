"""The estate report as one HTML page: inline CSS and an inline SVG network diagram, nothing fetched.

The Content-Security-Policy forbids every load (no scripts, fonts, images or styles from
anywhere but the page itself), so the page shows the same offline, in a mail or as a CI artifact.
"""

from __future__ import annotations

from html import escape

from ossiac.report.estate_model import Bucket, Estate

CSP = "default-src 'none'; style-src 'unsafe-inline'"
STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f3f3f3}.public{background:#ffe3e3}.bucket h3{margin-bottom:.2em}ul{margin:0;padding-left:1.2em}
"""


def render(estate: Estate, title: str = "ossiac estate report") -> str:
    public = [b for b in estate.buckets if b.public]
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">', f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style></head><body>", f"<h1>{escape(title)}</h1>",
        f"<p>{len(estate.buckets)} buckets; {len(public)} public.</p>",
        "<h2>Public buckets and why</h2>",
        "<ul>" + "".join(f"<li><b>{escape(b.name)}</b> ({escape(b.stack)}): {escape(b.public)}"
                         f"{_waiver_note(b)}</li>" for b in public) + "</ul>" if public else "<p>None.</p>",
        "<h2>Migration network</h2>", network_svg(estate),
        "<h2>Buckets</h2>",
    ]
    parts += [_bucket(b) for b in estate.buckets]
    parts += ["</body></html>"]
    return "\n".join(parts) + "\n"


def _waiver_note(bucket: Bucket) -> str:
    reasons = [f"{check}: {reason}" for check, reason in bucket.waivers.items() if check == "CKV_ALI_1"]
    return f" (waived: {escape('; '.join(reasons))})" if reasons else ""


def _bucket(b: Bucket) -> str:
    rows = [
        ("stack / region", f"{b.stack} / {b.region}"), ("ACL", b.acl), ("public access block", b.public_access_block),
        ("public", b.public or "no"), ("encryption", b.encryption), ("versioning", b.versioning), ("logging", b.logging),
        ("referer", b.referer), ("CORS", _items(b.cors)), ("lifecycle", _items(b.lifecycle)),
        ("replication", _items(b.replication)), ("alarms", _items(b.alarms)),
        ("waivers", _items([f"{check}: {reason}" for check, reason in sorted(b.waivers.items())])),
        ("roles that can reach it", _items([f"{r.role}: {', '.join(r.actions)} on {', '.join(r.resources)}"
                                            for r in b.roles])),
    ]
    cells = "".join(f"<tr><th>{escape(k)}</th><td>{v if k in _LISTS else escape(v)}</td></tr>" for k, v in rows)
    css = ' class="bucket public"' if b.public else ' class="bucket"'
    return f'<section{css} data-bucket="{escape(b.name)}"><h3>{escape(b.name)}</h3><table>{cells}</table></section>'


_LISTS = {"CORS", "lifecycle", "replication", "alarms", "waivers", "roles that can reach it"}


def _items(values: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>" if values else "none"


def network_svg(estate: Estate) -> str:
    """Nodes in columns by kind (VPC, vSwitch, gateways, connections), edges for references."""
    if not estate.nodes:
        return '<p id="network">No migration network declared.</p>'
    kinds = list(dict.fromkeys(node.kind for node in estate.nodes))
    width, row, column = 230, 70, {}
    positions = {}
    for node in estate.nodes:
        x = 20 + kinds.index(node.kind) * width
        y = 40 + column.get(node.kind, 0) * row
        column[node.kind] = column.get(node.kind, 0) + 1
        positions[node.address] = (x, y)
    height = 60 + max(column.values()) * row
    svg = [f'<svg id="network" xmlns="http://www.w3.org/2000/svg" width="{len(kinds) * width + 20}" height="{height}" '
           'role="img" aria-label="migration network">']
    for source, target in estate.edges:
        if source in positions and target in positions:
            (x1, y1), (x2, y2) = positions[source], positions[target]
            svg.append(f'<line x1="{x1 + 200}" y1="{y1 + 20}" x2="{x2}" y2="{y2 + 20}" stroke="#777"/>')
    for node in estate.nodes:
        x, y = positions[node.address]
        svg.append(f'<g class="node"><rect x="{x}" y="{y}" width="200" height="40" rx="6" fill="#e8f0fe" '
                   f'stroke="#3367d6"/><text x="{x + 8}" y="{y + 16}" font-size="11">{escape(node.kind)}</text>'
                   f'<text x="{x + 8}" y="{y + 32}" font-size="12">{escape(node.label[:30])}</text></g>')
    return "\n".join(svg + ["</svg>"])
