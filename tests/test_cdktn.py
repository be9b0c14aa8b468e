"""CDK Terrain path: the project built against cdktn (its own environment, .tools/cdktn, built by
`make cdktn-check` and `make test`) synthesizes the example estate to the same Terraform JSON as
with cdktf. The only difference allowed is the library's own version in `//.metadata.version`."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from harness import REPO_ROOT, command_env, run

CDKTN_DIR = REPO_ROOT / ".tools" / "cdktn"
CDKTN_BIN = CDKTN_DIR / "venv" / "bin"
CDKTN_CLI = CDKTN_DIR / "node_modules" / ".bin" / "cdktn"


@pytest.fixture(scope="module")
def cdktn_env() -> dict[str, str]:
    """The cdktn environment as a user who moved would have it activated: its venv and its CLI first."""
    if not (CDKTN_DIR / ".installed").exists():
        pytest.fail("the CDK Terrain environment is not built: run `make cdktn-check` (`make test` builds it too)")
    env = command_env()
    ours = {str(Path(sys.executable).parent), str(REPO_ROOT / "node_modules" / ".bin")}
    env["PATH"] = os.pathsep.join(
        [str(CDKTN_BIN), str(CDKTN_CLI.parent), *(p for p in env["PATH"].split(os.pathsep) if p not in ours)]
    )
    env.pop("JSII_NODE", None)  # set by this venv's .pth; the cdktn venv has its own
    return env


def _stacks(app_dir: Path) -> dict[str, str]:
    folder = app_dir / "cdktf.out" / "stacks"
    return {stack.name: (stack / "cdk.tf.json").read_text() for stack in sorted(folder.iterdir())}


def _split_version(text: str) -> tuple[str, str]:
    """(the CDK version in `//.metadata.version`, the JSON text with only that value blanked)."""
    stack = json.loads(text)
    version = stack["//"]["metadata"]["version"]
    stack["//"]["metadata"]["version"] = "<cdk version>"
    return version, json.dumps(stack, indent=2)  # dicts keep the file's key order


def _synth(python: str, app_dir: Path, offline: list[str], env: dict[str, str]) -> dict[str, str]:
    result = run([*offline, python, "main.py"], cwd=app_dir, env=env)
    assert result.returncode == 0, result.stderr
    return _stacks(app_dir)


def test_the_cdktn_environment_runs_cdktn_with_bindings_from_its_generator(cdktn_env, tmp_path):
    probe = """
import importlib.util, inspect, json, re
import ossiac.cdk as cdk
from cdktf_cdktf_provider_alicloud import oss_bucket
print(json.dumps({
    "library": cdk.LIBRARY,
    "app": cdk.App.__module__,
    "has_cdktf": importlib.util.find_spec("cdktf") is not None,
    "bindings_base": [c.__module__ for c in oss_bucket.OssBucket.__mro__ if c.__name__ == "TerraformResource"],
    "bindings_import": sorted(set(re.findall(r"^import (cdkt\\w+) as", inspect.getsource(oss_bucket), re.M))),
}))
"""
    result = run([str(CDKTN_BIN / "python"), "-c", probe], cwd=tmp_path, env=cdktn_env)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {
        "library": "cdktn",
        "app": "cdktn",
        "has_cdktf": False,
        "bindings_base": ["cdktn"],
        "bindings_import": ["cdktn"],
    }


def test_the_example_estate_synthesizes_to_the_same_json_with_cdktn(app_dir, tmp_path, offline, cdktn_env):
    with_cdktf = _synth(sys.executable, app_dir, offline, command_env())
    cdktn_app = tmp_path / "cdktn-app"
    cdktn_app.mkdir()
    for entry in app_dir.iterdir():
        if entry.name != "cdktf.out":
            (cdktn_app / entry.name).symlink_to(entry.resolve())
    with_cdktn = _synth(str(CDKTN_BIN / "python"), cdktn_app, offline, cdktn_env)

    assert "media" in with_cdktf and with_cdktn.keys() == with_cdktf.keys()
    for name, text in with_cdktf.items():
        cdktf_version, cdktf_json = _split_version(text)
        cdktn_version, cdktn_json = _split_version(with_cdktn[name])
        assert (cdktf_version, cdktn_version) == ("0.21.0", "0.24.0"), name
        assert json.loads(cdktf_json)["resource"], f"{name}: no resources synthesized"
        assert cdktn_json == cdktf_json, f"stack {name}: cdktn synthesizes different Terraform JSON"


def test_the_cdktn_cli_synthesizes_what_python_main_does(app_dir, offline, cdktn_env):
    expected = _synth(str(CDKTN_BIN / "python"), app_dir, offline, cdktn_env)
    for stack in (app_dir / "cdktf.out" / "stacks").iterdir():
        (stack / "cdk.tf.json").unlink()
    # cdktn reads cdktf.json and writes cdktf.out, like cdktf: nothing in the project is renamed.
    result = run([*offline, str(CDKTN_CLI), "synth"], cwd=app_dir, env=cdktn_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _stacks(app_dir) == expected


def test_project_code_imports_the_cdk_library_only_through_ossiac_cdk():
    direct = re.compile(r"^\s*(from\s+cdktf\s+import|import\s+cdktf\b(?!_))", re.MULTILINE)
    sources = [
        REPO_ROOT / "main.py",
        *(p for d in ("ossiac", "constructs", "stacks", "policies") for p in (REPO_ROOT / d).rglob("*.py")),
    ]
    offenders = [
        str(p.relative_to(REPO_ROOT))
        for p in sources
        if p != REPO_ROOT / "ossiac" / "cdk.py" and direct.search(p.read_text())
    ]
    assert not offenders, f"import these names from ossiac.cdk instead (the cdktn build has no cdktf): {offenders}"
