"""The estate report as one HTML page: inline CSS and inline SVG, nothing fetched.

The Content-Security-Policy forbids every load (no scripts, fonts, images or styles from
anywhere but the page itself), so the page shows the same offline, in a mail or as a CI artifact.
Order: the overview a reviewer reads first (where the buckets are, what is public and why, what is
unencrypted, unversioned or replicated across regions, what is waived and why), then the picture,
then every bucket's facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

from ossiac.report import picture
from ossiac.report.estate_model import Bucket, Estate

CSP = "default-src 'none'; style-src 'unsafe-inline'"
MARGIN = 16  # px each side of the page; the picture's breakpoint counts it
STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1em MARGINpx;color:#222}
table{border-collapse:collapse;margin:.5em 0 1em;max-width:100%}
td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
td.key{white-space:nowrap;overflow-wrap:normal}th{background:#f3f3f3;overflow-wrap:normal}.public{background:#ffe3e3}.bucket h3{margin-bottom:.2em}ul{margin:0;padding-left:1.2em}
.bucket th{width:11em}.bucket table{width:100%;table-layout:fixed}
.figure{overflow-x:auto}svg.picture{display:block}
svg.picture text{font:11px monospace;fill:#222}svg.picture text.name{font-size:12px}
svg.picture .node rect{stroke:#3367d6;fill:#e8f0fe}svg.picture .node.ram_role rect{fill:#fef3e0;stroke:#b06000}
svg.picture .node.principal rect{fill:#f1f3f4;stroke:#5f6368}svg.picture .node.internet rect{fill:#ffe3e3;stroke:#c5221f}
svg.picture .node.vpc rect,svg.picture .node.vswitch rect,svg.picture .node[class*=" vpn"] rect,
svg.picture .node[class*=" cen"] rect,svg.picture .node.vpc_peer_connection rect{fill:#e6f4ea;stroke:#137333}
svg.picture text.kind{fill:#555}svg.picture .edge{fill:none;stroke:#555}
svg.picture .edge-label rect{fill:#fff;stroke:#ddd}
"""


def render(estate: Estate, node: Path, title: str = "ossiac estate report") -> str:
    """The page; `node` runs elkjs to lay out the picture (see picture.svgs)."""
    pictures = picture.svgs(estate, node) if estate.nodes else {}
    drawn = (
        ['<div class="figure">', pictures["wide"], pictures["narrow"], "</div>"]
        if pictures
        else ["<p>Nothing to draw: the estate declares no buckets, roles or network.</p>"]
    )
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE.replace('MARGIN', str(MARGIN))}{_breakpoint(pictures)}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _summary(estate.buckets),
        '<section id="overview">',
        *_overview(estate.buckets),
        "</section>",
        '<section id="picture"><h2>Network and access</h2>',
        "<p>Arrows run from what is referenced or trusted to what uses it: a VPC to its vSwitches, "
        "a principal to the role it may assume, a role to the bucket its policy allows (with the actions), "
        "a bucket to its replica, the internet to a public bucket. Region is on each box; RAM is account-wide.</p>",
        *drawn,
        "</section>",
        '<section id="buckets"><h2>Buckets</h2>',
        *[_bucket(b) for b in estate.buckets],
        "</section>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _breakpoint(pictures: dict[str, str]) -> str:
    """Show the wide layout only where it fits; below that the narrow one.

    Neither is ever shrunk (its text would shrink with it): in a window narrower than the narrow
    layout, the picture scrolls sideways inside its own frame and the rest of the page still fits.
    """
    if not pictures:
        return ""
    width = int(pictures["wide"].split('width="', 1)[1].split('"', 1)[0]) + 2 * MARGIN
    return (
        f"@media (min-width:{width}px){{svg.picture.narrow{{display:none}}}}"
        f"@media (max-width:{width - 1}px){{svg.picture.wide{{display:none}}}}"
    )


def _summary(buckets: list[Bucket]) -> str:
    stacks = {b.stack for b in buckets}
    regions = {b.region for b in buckets}
    counts = [
        f"{len(buckets)} buckets in {len(stacks)} stacks and {len(regions)} regions",
        f"public: {sum(1 for b in buckets if b.public)}",
        f"unencrypted: {sum(1 for b in buckets if b.encryption == 'none')}",
        f"unversioned: {sum(1 for b in buckets if b.versioning != 'Enabled')}",
        f"replicated to another region: {sum(1 for b in buckets if any(r.region != b.region for r in b.replication))}",
        f"checks waived: {sum(len(b.waivers) for b in buckets)}",
    ]
    return f'<p id="summary">{escape("; ".join(counts))}.</p>'


def _overview(buckets: list[Bucket]) -> list[str]:
    placed: dict[tuple[str, str], list[str]] = {}
    for b in buckets:
        placed.setdefault((b.stack, b.region), []).append(b.name)
    public = [b for b in buckets if b.public]
    unencrypted = [b for b in buckets if b.encryption == "none"]
    unversioned = [b for b in buckets if b.versioning != "Enabled"]
    replications = [(b, r) for b in buckets for r in b.replication]
    waived: dict[tuple[str, str], list[str]] = {}  # one row per check and reason, however many buckets share it
    for b in buckets:
        for check, reason in sorted(b.waivers.items()):
            waived.setdefault((check, reason), []).append(b.name)
    return [
        "<h2>Buckets by stack and region</h2>",
        _table(
            ("stack", "region", "buckets"),
            [(s, r, ", ".join(sorted(n))) for (s, r), n in sorted(placed.items())],
            keys=2,
        ),
        "<h2>Public buckets and why</h2>",
        _list(f"<b>{escape(b.name)}</b> ({escape(b.stack)}, {escape(b.region)}): {escape(b.public)}" for b in public)
        if public
        else "<p>None.</p>",
        "<h2>Unencrypted buckets</h2>",
        _list(f"<b>{escape(b.name)}</b> ({escape(b.stack)})" for b in unencrypted)
        if unencrypted
        else f"<p>None: every bucket encrypts at rest ({escape(_tally(b.encryption.split(' ')[0] for b in buckets))}).</p>",
        "<h2>Unversioned buckets</h2>",
        _list(f"<b>{escape(b.name)}</b> ({escape(b.stack)}): versioning {escape(b.versioning)}" for b in unversioned)
        if unversioned
        else "<p>None: versioning is enabled on every bucket.</p>",
        "<h2>Replication</h2>",
        _table(
            ("cross-region", "from", "to", "what is copied"),
            [
                (
                    "yes" if r.region != b.region else "no",
                    f"{b.name} ({b.region})",
                    f"{r.destination} ({r.region})",
                    r.scope,
                )
                for b, r in replications
            ],
            keys=1,
        )
        if replications
        else "<p>None.</p>",
        "<h2>Waivers and their reasons</h2>",
        _table(
            ("check", "reason", "buckets"),
            [(c, r, ", ".join(names)) for (c, r), names in sorted(waived.items())],
            keys=1,
        )
        if waived
        else "<p>None.</p>",
    ]


def _tally(values: Iterable[str]) -> str:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return ", ".join(f"{n} {value}" for value, n in sorted(counts.items()))


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], keys: int = 0) -> str:
    """The first `keys` columns hold short words (a stack, a check ID) and never break inside one."""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td{' class=key' if i < keys else ''}>{escape(c)}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _list(items: Iterable[str]) -> str:
    """Items already escaped."""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _bucket(b: Bucket) -> str:
    rows = [
        ("stack / region", f"{b.stack} / {b.region}"),
        ("ACL", b.acl),
        ("public access block", b.public_access_block),
        ("public", b.public or "no"),
        ("encryption", b.encryption),
        ("versioning", b.versioning),
        ("logging", b.logging),
        ("referer", b.referer),
        ("CORS", _items(b.cors)),
        ("lifecycle", _items(b.lifecycle)),
        ("replication", _items([f"to {r.destination} ({r.region}): {r.scope}" for r in b.replication])),
        ("alarms", _items(b.alarms)),
        ("waivers", _items([f"{check}: {reason}" for check, reason in sorted(b.waivers.items())])),
        (
            "roles that can reach it",
            _items([f"{r.role}: {', '.join(r.actions)} on {', '.join(r.resources)}" for r in b.roles]),
        ),
    ]
    cells = "".join(f"<tr><th>{escape(k)}</th><td>{v if k in _LISTS else escape(v)}</td></tr>" for k, v in rows)
    css = ' class="bucket public"' if b.public else ' class="bucket"'
    return f'<section{css} data-bucket="{escape(b.name)}"><h3>{escape(b.name)}</h3><table>{cells}</table></section>'


_LISTS = {"CORS", "lifecycle", "replication", "alarms", "waivers", "roles that can reach it"}


def _items(values: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>" if values else "none"
