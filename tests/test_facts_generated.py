"""Every fact file is exactly what tools/refresh_facts.py makes from its pinned sources (issue 29)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO_ROOT


def test_every_fact_file_is_the_generators_output():
    checked = subprocess.run([sys.executable, str(REPO_ROOT / "tools" / "refresh_facts.py"), "--check"],
                             capture_output=True, text=True, cwd=REPO_ROOT)
    assert checked.returncode == 0, checked.stderr
