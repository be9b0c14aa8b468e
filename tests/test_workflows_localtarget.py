"""`ossiac diff` and `ossiac drift` with real Terraform against the local target."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO_ROOT, VENV_BIN, command_env, run

STACK = """
stacks:
  - name: wf
    region: cn-hangzhou
    buckets:
      - name: ossiac-wf-assets
{extra}
"""


class App:
    """The cdktf app in a scratch folder with its own stack file, state and local cloud."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for name in ("main.py", "cdktf.json"):
            shutil.copy(REPO_ROOT / name, folder / name)
        self.stack_file = folder / "wf.yaml"
        self.env = command_env(
            OSSIAC_STACK_FILES=str(self.stack_file),
            OSSIAC_LOCALCLOUD_DIR=str(folder / "cloud"),
            OSSIAC_TARGET="local",
        )

    def declare(self, extra: str = "") -> None:
        self.stack_file.write_text(STACK.format(extra=extra))

    def ossiac(self, *args: str):
        return run([str(VENV_BIN / "ossiac"), *args], cwd=self.folder, env=self.env)

    def deploy(self) -> None:
        result = run([str(VENV_BIN / "python"), "main.py"], cwd=self.folder, env=self.env)
        assert result.returncode == 0, result.stderr
        stack_dir = self.folder / "cdktf.out" / "stacks" / "wf"
        for args in (["init", "-input=false", "-no-color"], ["apply", "-auto-approve", "-input=false", "-no-color"]):
            result = run([str(VENV_BIN / "terraform"), *args], cwd=stack_dir, env=self.env)
            assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture()
def deployed(tmp_path, local_target) -> App:
    app = App(tmp_path)
    app.declare()
    app.deploy()
    return app


def test_diff_after_deploy_reports_no_changes(deployed):
    result = deployed.ossiac("diff")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "wf: no changes"


def test_diff_guard_names_a_bucket_that_would_be_replaced_and_allowing_it_passes(deployed):
    deployed.declare("        storage_class: IA")
    result = deployed.ossiac("diff")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bucket 'ossiac-wf-assets'" in result.stdout
    assert "would be replaced: `storage_class` forces a new resource" in result.stdout
    allowed = deployed.ossiac("diff", "--allow", "ossiac-wf-assets", "--format", "json")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    summary = json.loads(allowed.stdout)
    (stack,) = summary["stacks"]
    assert stack["counts"]["replace"] >= 1 and summary["guard"] == []


def test_allow_destroy_in_config_lets_the_guard_pass(deployed):
    deployed.declare("        storage_class: IA\n        allow_destroy: moving the assets to the IA class on purpose")
    result = deployed.ossiac("diff", "--format", "markdown")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "| replace | `alicloud_oss_bucket." in result.stdout


def test_drift_reports_an_out_of_band_change_by_resource_and_attribute(deployed):
    clean = deployed.ossiac("drift")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "no drift" in clean.stdout
    console = deployed.ossiac("localcloud", "bucket", "set", "ossiac-wf-assets", "--acl", "public-read")
    assert console.returncode == 0, console.stderr
    drifted = deployed.ossiac("drift", "--json")
    assert drifted.returncode == 1, drifted.stdout + drifted.stderr
    found = {d["address"]: d for d in json.loads(drifted.stdout)}
    acl = [d for address, d in found.items() if address.startswith("alicloud_oss_bucket_acl.")]
    assert acl and acl[0]["attributes"] == ["acl"], found
