"""A deploy killed with SIGKILL (no chance to clean up, as a CI timeout or the OOM killer does) re-runs
to convergence: state and local cloud agree, nothing duplicated, orphaned or lost, `ossiac diff` clean."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from harness import VENV_BIN, App, run

STACK = """
stacks:
  - name: crash
    region: cn-hangzhou
    alarms:
      contact_group:
        contacts:
          - name: crash-oncall
            email: crash-oncall@example.com
    buckets:
      - name: ossiac-crash-assets
        replication:
          destination_bucket: ossiac-crash-assets-replica
          destination_region: cn-beijing
      - name: ossiac-crash-uploads
    access:
      app_users:
        - name: crash-app-server
      upload_roles:
        - name: crash-uploads
          bucket: ossiac-crash-uploads
          prefix: uploads/
          actions: write-only
          trusted: {ram_user: crash-app-server}
"""


class CrashApp(App):
    def __init__(self, folder: Path) -> None:
        super().__init__(folder, "crash.yaml")
        self.stack_file.write_text(STACK)
        self.state = folder / ".local" / "state" / "crash.tfstate"

    def tf(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.terraform("crash", *args, "-no-color")

    def synth_and_init(self) -> None:
        self.synth()
        result = self.tf("init", "-input=false")
        assert result.returncode == 0, result.stdout + result.stderr

    def apply_killed(self, when: str) -> int:
        """Start the deploy's apply and SIGKILL Terraform at `when`; the number of resources planned."""
        # Each write "takes" 150 ms after the cloud stored it: kills land on creates Terraform never recorded.
        env = {**self.env, "OSSIAC_LOCALCLOUD_LATENCY_MS": "150"}
        proc = subprocess.Popen(
            [str(VENV_BIN / "terraform"), "apply", "-auto-approve", "-input=false", "-no-color"],
            cwd=self.stack_dir("crash"),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
        reader.start()
        planned, deadline = None, time.monotonic() + 300
        while True:
            assert proc.poll() is None, "the apply ended before the kill:\n" + "".join(lines)
            assert time.monotonic() < deadline, "".join(lines)
            text = "".join(lines)
            match = re.search(r"Plan: (\d+) to add", text)
            planned = int(match.group(1)) if match else None
            done = text.count("Creation complete")
            # Counted, not by line order: late in an apply the last creates may all have started already.
            in_flight = text.count("Creating...") > done
            if (
                planned
                and in_flight
                and (
                    (when == "early")
                    or (when == "middle" and done >= planned // 2)
                    or (when == "late" and done >= planned - 4)
                )
            ):
                break
            time.sleep(0.005)
        time.sleep(0.06)  # the provider has stored the object and is "waiting on the API" for 150 ms
        os.kill(proc.pid, signal.SIGKILL)  # the shim runs Terraform in its own process: this is Terraform
        proc.wait()
        reader.join(5)
        return planned


def _cloud_objects(cloud: Path) -> list[tuple[str, str]]:
    from ossiac.localcloud.store import Store

    store = Store(cloud)
    try:
        return [(t, i) for t, i, _ in store.index()]
    finally:
        store.close()


def _bucket_settings(cloud: Path, name: str) -> dict:
    from ossiac.localcloud.store import Store

    store = Store(cloud)
    try:
        return store.get("alicloud_oss_bucket", name)["settings"]
    finally:
        store.close()


@pytest.mark.parametrize("when", ["early", "middle", "late"])
def test_deploy_killed_mid_apply_converges_on_rerun(tmp_path, local_target, when):
    from ossiac.localcloud.slices import BY_SPLIT_TYPE

    app = CrashApp(tmp_path)
    app.synth_and_init()
    planned = app.apply_killed(when)

    rerun = app.tf("apply", "-auto-approve", "-input=false")
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr

    shown = json.loads(app.tf("show", "-json").stdout)["values"]["root_module"]["resources"]
    managed = [r for r in shown if r["mode"] == "managed"]
    assert len(managed) == planned  # nothing lost: every planned resource is in the state
    expected = set()
    for r in managed:
        values = r["values"]
        if r["type"] in BY_SPLIT_TYPE:  # a setting inside the bucket's record
            spec = BY_SPLIT_TYPE[r["type"]]
            setting = _bucket_settings(app.cloud, values["bucket"]).get(spec.key)
            assert setting, f"{r['address']}: the bucket has no {spec.key} setting"
            if spec.keyed_by:
                assert list(setting) == [values["id"].split(":", 1)[1]], f"{r['address']}: duplicate rules {setting}"
        elif r["type"] == "alicloud_oss_bucket_object":
            expected.add((r["type"], f"{values['bucket']}/{values['id']}"))
        else:
            expected.add((r["type"], values["id"]))
    objects = _cloud_objects(app.cloud)
    assert len(objects) == len(set(objects))
    assert set(objects) == expected  # no duplicate, no orphan: the cloud holds exactly what the state says

    diff = run([str(VENV_BIN / "ossiac"), "diff"], cwd=app.folder, env=app.env)
    assert diff.returncode == 0, diff.stdout + diff.stderr
    assert diff.stdout.strip() == "crash: no changes"


def test_a_torn_state_is_restored_from_the_newest_complete_version(tmp_path, local_target):
    app = CrashApp(tmp_path)
    app.synth_and_init()
    assert app.tf("apply", "-auto-approve", "-input=false").returncode == 0
    complete = json.loads(app.state.read_text())
    app.state.write_text("")  # what a kill between Terraform's truncate and write leaves

    plan = app.tf("plan", "-detailed-exitcode", "-input=false")
    assert plan.returncode == 0, plan.stdout + plan.stderr
    assert f"{app.state} was torn by an interrupted Terraform run; restored" in plan.stderr
    assert json.loads(app.state.read_text())["serial"] == complete["serial"]
    assert app.state.stat().st_mode & 0o077 == 0
    listed = app.tf("state", "list")  # Terraform's own state commands work on it as before
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.split()) == sum(len(r["instances"]) for r in complete["resources"])


def test_a_torn_state_without_saved_versions_names_the_file_and_the_way_out(tmp_path, local_target):
    app = CrashApp(tmp_path)
    app.synth_and_init()
    app.state.parent.mkdir(parents=True)
    app.state.write_text('{"version": 4, "serial": 3, "resources": [')
    plan = app.tf("plan", "-input=false")
    assert plan.returncode == 1
    assert f"state file {app.state} is not a complete Terraform state" in plan.stderr
    assert "crash.tfstate.backup" in plan.stderr
