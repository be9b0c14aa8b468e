"""`ossiac diff` and `ossiac drift` with real Terraform against the local target."""

from __future__ import annotations

import json

import pytest

from harness import App, declare_wf, wf_app
from mermaid_check import mermaid_blocks, parse


@pytest.fixture()
def deployed(tmp_path, local_target) -> App:
    app = wf_app(tmp_path)
    app.apply("wf")
    return app


def test_diff_after_deploy_reports_no_changes(deployed):
    result = deployed.ossiac("diff")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "wf: no changes"


def test_diff_guard_names_a_bucket_that_would_be_replaced_and_allowing_it_passes(deployed):
    declare_wf(deployed, "        storage_class: IA")
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
    declare_wf(
        deployed, "        storage_class: IA\n        allow_destroy: moving the assets to the IA class on purpose"
    )
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


REVIEWED = """
        tags: {{owner: {owner}}}
        cors:
          - allowed_origins: [{origins}]
            allowed_methods: [GET]
        lifecycle:
          - id: expire-tmp
            prefix: tmp/
            expiration_days: {days}
    alarms:
      contact_group:
        contacts:
          - name: wf-robot
            dingtalk_webhook_env: TF_VAR_wf_dingtalk_webhook
"""


def _reviewed(owner="ana", origins="'https://a.example'", days=2) -> str:
    return REVIEWED.format(owner=owner, origins=origins, days=days)


@pytest.fixture()
def reviewed(tmp_path, local_target) -> App:
    app = wf_app(tmp_path, _reviewed())
    app.env["TF_VAR_wf_dingtalk_webhook"] = "https://oapi.dingtalk.com/robot/send?access_token=FIRSTTOKEN"
    app.apply("wf")
    return app


def test_diff_shows_old_and_new_values_in_every_format_and_masks_the_webhook(reviewed):
    declare_wf(reviewed, _reviewed(owner="bo", origins="'https://a.example', 'https://b.example'", days=5))
    reviewed.env["TF_VAR_wf_dingtalk_webhook"] = "https://oapi.dingtalk.com/robot/send?access_token=SECONDTOKEN"
    outputs = {}
    for form in ("text", "markdown", "json"):
        result = reviewed.ossiac("diff", "--format", form)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "FIRSTTOKEN" not in result.stdout + result.stderr and "SECONDTOKEN" not in result.stdout + result.stderr
        outputs[form] = result.stdout
    text = outputs["text"]
    assert 'lifecycle_rule[id="expire-tmp"].expiration.days: 2 -> 5' in text, text
    assert 'cors_rule.allowed_origins: + "https://b.example"' in text
    assert 'tags.owner: "ana" -> "bo"' in text
    assert "(sensitive) -> (sensitive)" in text
    markdown = outputs["markdown"]
    assert '`lifecycle_rule[id="expire-tmp"].expiration.days`: `2` → `5`' in markdown, markdown
    assert '`tags.owner`: `"ana"` → `"bo"`' in markdown
    assert '`cors_rule.allowed_origins`: + `"https://b.example"`' in markdown
    assert "`(sensitive)` → `(sensitive)`" in markdown
    (diagram,) = mermaid_blocks(markdown)
    assert ":::change" in diagram and " --> " in diagram, diagram
    assert parse([diagram]) == [{"ok": True, "type": "flowchart-v2"}]
    values = [
        v for stack in json.loads(outputs["json"])["stacks"] for change in stack["changes"] for v in change["values"]
    ]
    assert {"path": 'lifecycle_rule[id="expire-tmp"].expiration.days', "action": "change", "old": 2, "new": 5} in values
    assert {"path": "tags.owner", "action": "change", "old": "ana", "new": "bo"} in values
    assert {"path": "cors_rule.allowed_origins", "action": "add", "old": None, "new": "https://b.example"} in values
    assert any(
        v.get("old_mark") == v.get("new_mark") == "sensitive" and v["old"] is v["new"] is None for v in values
    ), values


def test_drift_shows_state_and_cloud_values_in_every_format(reviewed):
    (reviewed.folder / "cors.json").write_text(
        json.dumps([{"allowed_origins": ["https://a.example", "https://evil.example"], "allowed_methods": ["GET"]}])
    )
    console = reviewed.ossiac(
        "localcloud", "bucket", "set", "ossiac-wf-assets", "--tag", "owner=mallory", "--cors-json", "cors.json"
    )
    assert console.returncode == 0, console.stderr
    from ossiac.localcloud.store import Store

    store = Store(reviewed.folder / "cloud")
    with store.transaction():
        record = store.get("alicloud_oss_bucket", "ossiac-wf-assets")
        record["attributes"]["lifecycle_rule"][0]["expiration"][0]["days"] = 9
        store.put("alicloud_oss_bucket", "ossiac-wf-assets", record)
    outputs = {}
    for form in ("text", "markdown", "json"):
        result = reviewed.ossiac("drift", "--format", form)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "FIRSTTOKEN" not in result.stdout
        outputs[form] = result.stdout
    text = outputs["text"]
    assert 'lifecycle_rule[id="expire-tmp"].expiration.days: 2 -> 9' in text, text
    assert 'tags.owner: "ana" -> "mallory"' in text
    assert 'cors_rule.allowed_origins: + "https://evil.example"' in text
    assert '`lifecycle_rule[id="expire-tmp"].expiration.days`: `2` → `9`' in outputs["markdown"], outputs["markdown"]
    assert '`tags.owner`: `"ana"` → `"mallory"`' in outputs["markdown"]
    values = [v for d in json.loads(outputs["json"]) for v in d["values"]]
    assert {"path": 'lifecycle_rule[id="expire-tmp"].expiration.days', "action": "change", "old": 2, "new": 9} in values
    assert {"path": "tags.owner", "action": "change", "old": "ana", "new": "mallory"} in values
    assert {"path": "cors_rule.allowed_origins", "action": "add", "old": None, "new": "https://evil.example"} in values


def test_a_replacement_lists_what_forces_it_and_what_the_user_changed(reviewed):
    declare_wf(reviewed, _reviewed(owner="bo").replace("        tags:", "        storage_class: IA\n        tags:", 1))
    result = reviewed.ossiac("diff", "--allow", "ossiac-wf-assets", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    (bucket,) = [
        c
        for s in json.loads(result.stdout)["stacks"]
        for c in s["changes"]
        if c["type"] == "alicloud_oss_bucket" and c["action"] == "replace"
    ]
    assert bucket["forced_by"] == ["storage_class"]
    paths = {v["path"] for v in bucket["values"]}
    assert {"storage_class", "tags.owner"} <= paths
    assert not paths & {"creation_date", "extranet_endpoint", "intranet_endpoint", "id", "owner", "location"}, paths
    assert all(v.get("new_mark") != "unknown" for v in bucket["values"]), bucket["values"]
