"""The markers `make test-fast` selects on are on every test that needs them: collected as pytest
collects them for make, with the Makefile's own selection."""

from __future__ import annotations

import json
import re
import sys

import pytest

from harness import REPO_ROOT, command_env, run

# A pytest plugin that writes each collected test's markers and fixtures (direct or through other fixtures),
# and whether the `-m` expression selected it: one collection, so files edited meanwhile cannot skew it.
DUMP = """
import json, os

deselected = set()

def pytest_deselected(items):
    deselected.update(i.nodeid for i in items)

def _item(i, selected):
    return {"id": i.nodeid, "markers": sorted({m.name for m in i.iter_markers()}),
            "fixtures": sorted(getattr(i, "fixturenames", ())), "selected": selected}

def pytest_collection_modifyitems(session, config, items):
    session.every_item = list(items)

def pytest_collection_finish(session):
    chosen = {i.nodeid for i in session.items}
    with open(os.environ["MARKERS_DUMP"], "w") as out:
        json.dump([_item(i, i.nodeid in chosen) for i in session.every_item], out)
"""
NEEDS = {"local_target": "localtarget", "chromium": "browser", "cdktn_env": "cdktn"}


@pytest.fixture(scope="module")
def collected(tmp_path_factory) -> list[dict]:
    """Every test, collected with the Makefile's test-fast selection."""
    makefile = (REPO_ROOT / "Makefile").read_text()
    (expression,) = re.findall(r"^FAST_TESTS := (.+)$", makefile, re.M)
    assert re.search(r'^test-fast:.*\n\t.*pytest .*-m "\$\(FAST_TESTS\)"', makefile, re.M)
    folder = tmp_path_factory.mktemp("collect")
    (folder / "markers_dump.py").write_text(DUMP)
    dump = folder / "items.json"
    env = command_env(PYTHONPATH=str(folder), MARKERS_DUMP=str(dump))
    result = run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "markers_dump",
            "-p",
            "no:cacheprovider",
            "-m",
            expression,
        ],
        cwd=REPO_ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return json.loads(dump.read_text())


def test_every_test_that_uses_what_a_marker_names_carries_that_marker(collected):
    assert len(collected) > 500, "the whole suite was collected"
    unmarked = [
        (item["id"], marker)
        for item in collected
        for fixture, marker in NEEDS.items()
        if fixture in item["fixtures"] and marker not in item["markers"]
    ]
    assert unmarked == []
    for marker in NEEDS.values():
        assert any(marker in item["markers"] for item in collected), f"no test is marked {marker}"


def test_make_test_fast_leaves_out_exactly_the_marked_tests(collected):
    fast = [item for item in collected if item["selected"]]
    assert 0 < len(fast) < len(collected)
    needing = [item["id"] for item in fast if set(NEEDS) & set(item["fixtures"])]
    assert needing == []
    marked = [item["id"] for item in collected if set(item["markers"]) & {*NEEDS.values(), "slow"}]
    assert sorted(item["id"] for item in collected if not item["selected"]) == sorted(marked)
