"""Fixtures over the harness (tests/harness.py), and the markers that say what a test needs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from harness import Endpoint, LocalCloud, scratch_app

os.environ.setdefault("CHECKPOINT_DISABLE", "1")

# A test is marked by what it uses, so a new test gets its marker without anyone remembering it:
# the fixture (used directly or through another fixture) -> the marker. `make test-fast` leaves these out.
MARKED_BY_FIXTURE = {
    "local_target": "localtarget",  # real Terraform and the stand-in provider on the local target
    "chromium": "browser",  # a headless Chromium
    "cdktn_env": "cdktn",  # the CDK Terrain environment (make cdktn-check)
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for fixture, marker in MARKED_BY_FIXTURE.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)


@pytest.fixture(scope="session")
def offline() -> list[str]:
    """A command prefix that runs its command with no network at all (a fresh network namespace)."""
    prefix = ["unshare", "--net"]
    if shutil.which("unshare") is None:
        pytest.skip("network isolation unavailable: `unshare` (util-linux) is not installed, e.g. on macOS")
    if subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip(
            "network isolation unavailable: `unshare --net` is not permitted here (it needs root or user namespaces)"
        )
    return prefix


@pytest.fixture()
def app_dir(tmp_path: Path) -> Path:
    """The cdktf app (main.py, cdktf.json) in a scratch folder, so synth never writes into the repo."""
    # cdktf synth refuses to run unless the bindings folder named in cdktf.json exists.
    return scratch_app(tmp_path, "bindings", "estate")


@pytest.fixture(scope="session")
def local_target() -> Path:
    """The local target's filesystem mirror and Terraform CLI config, built once (as `make setup` does)."""
    from ossiac.targets import mirror

    return mirror.build()


@pytest.fixture()
def local_cloud(tmp_path: Path, local_target: Path) -> LocalCloud:
    return LocalCloud(tmp_path)


@pytest.fixture()
def endpoint(tmp_path: Path):
    served = Endpoint(tmp_path / "cloud")
    yield served
    served.close()
