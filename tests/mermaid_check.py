"""Parse Mermaid blocks with the pinned npm `mermaid` (tools/mermaid-parse.mjs), offline."""

from __future__ import annotations

import json
import re
import subprocess

from harness import REPO_ROOT

BLOCK = re.compile(r"```mermaid\n(.*?)\n```", re.S)


def mermaid_blocks(markdown: str) -> list[str]:
    return BLOCK.findall(markdown)


def parse(diagrams: list[str]) -> list[dict]:
    result = subprocess.run(
        ["node", str(REPO_ROOT / "tools" / "mermaid-parse.mjs")],
        input=json.dumps(diagrams),
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
