"""Targets: same JSON for local and alicloud except the backend; machine-independent mirror; synthesized deploy."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from harness import REPO_ROOT, VENV_BIN, command_env, run, synth_stacks

TARGETS_YAML = """alicloud:
  region: cn-shanghai
  state:
    bucket: ossiac-terraform-state
    prefix: estates
    region: cn-shanghai
    tablestore_endpoint: https://ossiac-lock.cn-shanghai.ots.aliyuncs.com
    tablestore_table: terraform_lock
"""


def test_synthesized_json_differs_between_targets_only_in_the_backend(tmp_path, monkeypatch):
    (tmp_path / "targets.yaml").write_text(TARGETS_YAML)
    monkeypatch.setenv("OSSIAC_TARGETS_FILE", str(tmp_path / "targets.yaml"))
    files = sorted((REPO_ROOT / "estate").glob("*.yaml"))
    monkeypatch.setenv("OSSIAC_TARGET", "local")
    local = synth_stacks(tmp_path / "local", files)
    monkeypatch.setenv("OSSIAC_TARGET", "alicloud")
    remote = synth_stacks(tmp_path / "alicloud", files)
    assert local.keys() == remote.keys()
    for name in local:
        assert local[name]["terraform"].pop("backend") == {"local": {"path": f"../../../.local/state/{name}.tfstate"}}
        assert remote[name]["terraform"].pop("backend") == {
            "oss": {
                "bucket": "ossiac-terraform-state",
                "prefix": "estates",
                "key": f"{name}.tfstate",
                "region": "cn-shanghai",
                "tablestore_endpoint": "https://ossiac-lock.cn-shanghai.ots.aliyuncs.com",
                "tablestore_table": "terraform_lock",
                "encrypt": True,
            }
        }
        local[name].pop("//", None)
        remote[name].pop("//", None)
        assert local[name] == remote[name]


def test_alicloud_target_configuration_errors_are_clear(tmp_path, monkeypatch):
    from ossiac.targets.config import load_alicloud
    from ossiac.targets.selection import TargetError, selected_target

    monkeypatch.setenv("OSSIAC_TARGETS_FILE", str(tmp_path / "targets.yaml"))
    with pytest.raises(TargetError, match="the alicloud target needs .*targets.yaml"):
        load_alicloud()
    (tmp_path / "targets.yaml").write_text(TARGETS_YAML.replace("    tablestore_table: terraform_lock\n", ""))
    with pytest.raises(TargetError, match=r"alicloud\.state\.tablestore_table: Field required"):
        load_alicloud()
    with pytest.raises(TargetError, match="unknown target 'aws'.*choose one of: local, alicloud"):
        selected_target("aws")


def test_terraform_refuses_an_unknown_target(tmp_path):
    result = run([str(VENV_BIN / "terraform"), "version"], cwd=tmp_path, env=command_env(OSSIAC_TARGET="nowhere"))
    assert result.returncode == 1
    assert "unknown target 'nowhere'" in result.stderr


def _h1(folder) -> str:
    """Terraform's h1: package hash (dirhash.Hash1) of an unpacked provider folder."""
    lines = "".join(
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(folder).as_posix()}\n"
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    )
    return "h1:" + base64.b64encode(hashlib.sha256(lines.encode()).digest()).decode()


def test_the_lock_file_hash_is_the_same_on_every_machine(local_cloud):
    from ossiac.localcloud.location import MIRROR_DIR
    from ossiac.targets.mirror import LAUNCHER

    assert str(REPO_ROOT) not in LAUNCHER and "/" not in LAUNCHER.replace("#!/bin/sh", "").split("exec")[1]
    local_cloud.write("")
    local_cloud.tf("init", "-input=false", "-no-color")
    lock = (local_cloud.workdir / ".terraform.lock.hcl").read_text()
    hashes = re.findall(r'"(h1:[^"]+)"', lock)
    platform_dir = next((MIRROR_DIR / "registry.terraform.io/aliyun/alicloud/1.289.0").iterdir())
    assert hashes == [_h1(platform_dir)]


def test_synthesized_estate_deploys_and_then_plans_no_changes(app_dir, local_target, tmp_path):
    env = command_env(OSSIAC_LOCALCLOUD_DIR=str(tmp_path / "cloud"), OSSIAC_TARGET="local")
    synth = run([str(VENV_BIN / "python"), "main.py"], cwd=app_dir, env=env)
    assert synth.returncode == 0, synth.stderr
    stacks = sorted((app_dir / "cdktf.out" / "stacks").iterdir())
    assert stacks
    terraform = str(VENV_BIN / "terraform")
    for stack in stacks:
        for args in (["init", "-input=false"], ["apply", "-auto-approve", "-input=false"]):
            result = run([terraform, f"-chdir={stack}", *args, "-no-color"], cwd=app_dir, env=env)
            assert result.returncode == 0, result.stdout + result.stderr
        plan = run([terraform, f"-chdir={stack}", "plan", "-detailed-exitcode", "-no-color"], cwd=app_dir, env=env)
        assert plan.returncode == 0, plan.stdout + plan.stderr
        # State stays in the app's .local/state, found through a machine-independent relative path.
        assert (app_dir / ".local" / "state" / f"{stack.name}.tfstate").is_file()
