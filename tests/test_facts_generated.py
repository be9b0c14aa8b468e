"""Every fact file is exactly what tools/refresh_facts.py makes from its pinned sources (issue 29)."""

from __future__ import annotations

import subprocess
import sys

from harness import REPO_ROOT


def test_every_fact_file_is_the_generators_output():
    checked = subprocess.run(
        [sys.executable, str(REPO_ROOT / "tools" / "refresh_facts.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
    )
    assert checked.returncode == 0, checked.stderr


def test_every_fact_file_has_a_generator():
    """The data files validation reads are all generated: none is left to be edited by hand."""
    sys.path.insert(0, str(REPO_ROOT / "tools"))
    try:
        import refresh_facts

        outputs = {generator.OUTPUT for generator in refresh_facts.generators()}
    finally:
        sys.path.remove(str(REPO_ROOT / "tools"))
    assert {
        "ossiac/schema/regions.json",
        "ossiac/schema/ram_actions.json",
        "props/oss_internal_ranges.json",
        "props/oss_metrics.json",
        "props/vpc_cidr_rules.json",
        "props/zones.json",
    } <= outputs
