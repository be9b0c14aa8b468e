"""`policy simulate --stack-json` reads values known only at deploy time from the deployed state."""

from __future__ import annotations

import json

from harness import App, wf_app

ACCESS = """
    access:
      app_users:
        - name: wf-app-server
      upload_roles:
        - name: wf-uploads
          bucket: ossiac-wf-assets
          prefix: uploads/
          actions: write-only
          trusted: {ram_user: wf-app-server}
"""


def _simulate(app: App, *extra: str):
    return app.ossiac(
        "policy",
        "simulate",
        "--stack-json",
        "cdktf.out/stacks/wf/cdk.tf.json",
        "--role",
        "wf-uploads",
        "--action",
        "kms:GenerateDataKey",
        *extra,
    )


def test_the_managed_key_resolves_from_the_deployed_state_and_not_before(tmp_path, local_target):
    app = wf_app(tmp_path, ACCESS)
    app.synth()
    before = _simulate(app, "--resource", "*")
    assert before.returncode == 2
    assert "cannot resolve ${alicloud_kms_key." in before.stderr and "no deployed state" in before.stderr

    app.apply("wf")
    state = json.loads((tmp_path / ".local" / "state" / "wf.tfstate").read_text())
    (key_id,) = [r["instances"][0]["attributes"]["id"] for r in state["resources"] if r["type"] == "alicloud_kms_key"]
    allowed = _simulate(app, "--resource", f"acs:kms:cn-hangzhou:*:key/{key_id}", "--json")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert json.loads(allowed.stdout)["decision"] == "allow"
    other = _simulate(app, "--resource", "acs:kms:cn-hangzhou:*:key/key-someone-elses", "--json")
    assert json.loads(other.stdout)["decision"] == "deny (implicit)"
