"""`terraform init` runs in a stack's planning folder only when what it depends on changed."""

from __future__ import annotations

import copy
import json
import os
import shutil
from pathlib import Path

import pytest

from harness import App, stack
from ossiac.workflows import terraform_init
from ossiac.workflows.plan_runner import plan_stack, synthesize, terraform


def config_with(**changes) -> dict:
    config = {
        "terraform": {
            "required_providers": {"alicloud": {"source": "aliyun/alicloud", "version": "1.289.0"}},
            "backend": {"local": {"path": "../../../.local/state/s.tfstate"}},
        },
        "resource": {"alicloud_oss_bucket": {"b": {"bucket": "ossiac-init-b"}}},
    }
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = config
        for key in parents:
            node = node[key]
        node[last] = value
    return config


def test_the_fingerprint_follows_providers_backend_and_modules_not_resources(local_target):
    env = {**os.environ, "OSSIAC_TARGET": "local"}
    base = terraform_init.fingerprint(config_with(), env)
    assert terraform_init.fingerprint(config_with(resource={}), env) == base
    other_provider = config_with(
        terraform__required_providers={"alicloud": {"source": "aliyun/alicloud", "version": "1.290.0"}}
    )
    assert terraform_init.fingerprint(other_provider, env) != base
    other_backend = config_with(terraform__backend={"local": {"path": "../../../.local/state/t.tfstate"}})
    assert terraform_init.fingerprint(other_backend, env) != base
    assert terraform_init.fingerprint(config_with(module={"m": {"source": "./m"}}), env) != base
    assert terraform_init.fingerprint(config_with(), {**env, "TF_PLUGIN_CACHE_DIR": "/somewhere"}) != base


@pytest.fixture()
def inits(monkeypatch) -> list[Path]:
    """The folders real `terraform init` ran in, in order (a mark's inode can be reused, so it proves nothing)."""
    ran: list[Path] = []
    real = terraform_init.initialize

    def counted(workdir, config, env, run):
        ran.append(workdir)
        real(workdir, config, env, run)

    monkeypatch.setattr(terraform_init, "initialize", counted)
    return ran


@pytest.fixture()
def planned(tmp_path, local_target, monkeypatch, inits):
    app = App(tmp_path)
    app.declare(stack("solo", "ossiac-init-solo"))
    for name in ("OSSIAC_STACK_FILES", "OSSIAC_LOCALCLOUD_DIR", "OSSIAC_TARGET"):
        monkeypatch.setenv(name, app.env[name])
    stack_dir = synthesize(app.folder, "local") / "solo"
    return stack_dir, plan_stack(stack_dir, "local")


def test_a_second_plan_skips_init_and_plans_the_same(planned, inits):
    stack_dir, first = planned
    assert inits == [first.workdir]
    second = plan_stack(stack_dir, "local")
    assert inits == [first.workdir]
    assert second.plan["resource_changes"] == first.plan["resource_changes"]
    assert len(second.plan["resource_changes"]) > 10


def test_a_changed_backend_cache_or_lock_file_inits_again(planned, tmp_path):
    _, first = planned
    workdir = first.workdir
    env = {**os.environ, "OSSIAC_TARGET": "local", "TF_IN_AUTOMATION": "1"}
    config = json.loads((workdir / "cdk.tf.json").read_text())
    assert not terraform_init.ensure_initialized(workdir, config, env, terraform)

    moved = copy.deepcopy(config)
    moved["terraform"]["backend"]["local"]["path"] = "../../../.local/state/moved.tfstate"
    (workdir / "cdk.tf.json").write_text(json.dumps(moved))
    # Terraform itself would refuse to plan here ("Backend configuration changed") without a new init
    assert terraform_init.ensure_initialized(workdir, moved, env, terraform)
    assert not terraform_init.ensure_initialized(workdir, moved, env, terraform)

    cache = tmp_path / "plugin-cache"
    cache.mkdir()
    cached = {**env, "TF_PLUGIN_CACHE_DIR": str(cache)}
    assert terraform_init.ensure_initialized(workdir, moved, cached, terraform)

    (workdir / terraform_init.LOCK_FILE).unlink()
    assert terraform_init.ensure_initialized(workdir, moved, cached, terraform)
    assert (workdir / terraform_init.LOCK_FILE).is_file()


def test_a_plan_that_still_asks_for_init_gets_it_and_succeeds(planned, inits):
    stack_dir, first = planned
    # the mark says initialized, but the installed providers are gone: Terraform asks for `terraform init`
    shutil.rmtree(first.workdir / ".terraform" / "providers")
    again = plan_stack(stack_dir, "local")
    assert inits == [first.workdir, first.workdir]
    assert (first.workdir / ".terraform" / "providers").is_dir()
    assert again.plan["resource_changes"] == first.plan["resource_changes"]
