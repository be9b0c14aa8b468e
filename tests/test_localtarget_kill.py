"""An apply killed mid-way (SIGKILL, no chance to clean up) re-runs to convergence, nothing duplicated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

from conftest import VENV_BIN

BUCKETS = [f"ossiac-kill-{i}" for i in range(4)]
HCL = """
resource "alicloud_vpc" "v" {
  cidr_block = "10.0.0.0/16"
}

resource "alicloud_vswitch" "s" {
  count      = 2
  vpc_id     = alicloud_vpc.v.id
  cidr_block = "10.0.${count.index}.0/24"
  zone_id    = "cn-hangzhou-h"
}

resource "alicloud_kms_key" "k" {
  description = "kill test"
}
""" + "".join(f"""
resource "alicloud_oss_bucket" "b{i}" {{
  bucket = "{name}"
}}
""" for i, name in enumerate(BUCKETS))


def _records(cloud) -> list:
    return sorted(cloud.glob("*/*.json"))


def test_apply_killed_after_first_resource_converges_on_rerun(local_cloud):
    local_cloud.write(HCL)
    local_cloud.tf("init", "-input=false", "-no-color")
    # One resource at a time, each "API call" taking 400 ms after the cloud stored the object: the kill
    # lands while Terraform has not yet recorded a created object in its state.
    env = {**local_cloud.env, "OSSIAC_LOCALCLOUD_LATENCY_MS": "400"}
    proc = subprocess.Popen([str(VENV_BIN / "ossiac"), "tf", "--", "apply", "-auto-approve", "-parallelism=1",
                             "-no-color"], cwd=local_cloud.workdir, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not _records(local_cloud.cloud):
        assert proc.poll() is None and time.monotonic() < deadline, "apply ended before creating anything"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    created_before_kill = len(_records(local_cloud.cloud))
    assert 1 <= created_before_kill < 8
    time.sleep(1)  # the orphaned provider notices its Terraform is gone and exits

    local_cloud.tf("apply", "-auto-approve", "-no-color")
    assert local_cloud.plan_exitcode()[0] == 0

    listed = [line.split("\t")[:2] for line in local_cloud.console("list").stdout.splitlines()]
    types = [t for t, _ in listed]
    assert types.count("alicloud_vpc") == 1
    assert types.count("alicloud_vswitch") == 2
    assert types.count("alicloud_kms_key") == 1
    assert sorted(i for t, i in listed if t == "alicloud_oss_bucket") == BUCKETS
    state = json.loads(local_cloud.tf("show", "-json").stdout)["values"]["root_module"]["resources"]
    assert len(state) == 8
    ids_in_state = {r["values"]["id"] for r in state}
    assert {i for _, i in listed} == ids_in_state
