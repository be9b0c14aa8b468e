"""`ossiac diff --save-plans DIR` then `ossiac deploy --from-plans DIR`, on the local target: the plans
reviewed are the plans applied, or nothing is applied."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from harness import REPO_ROOT, App, mode, stack
from mermaid_check import mermaid_blocks, parse

ZRS = "        redundancy_type: ZRS\n"  # a bucket's redundancy type forces a new bucket


@pytest.fixture()
def app(tmp_path, local_target) -> App:
    (tmp_path / "app").mkdir()
    return App(tmp_path / "app")


def saved(app: App, plans: Path, **extra: str) -> dict:
    result = app.ossiac("diff", "--save-plans", str(plans), **extra)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads((plans / "manifest.json").read_text())


def refused(app: App, plans: Path, *words: str, **extra: str) -> str:
    result = app.ossiac("deploy", "--from-plans", str(plans), **extra)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "nothing was applied" in result.stdout and "ossiac diff --save-plans" in result.stdout
    assert "applying 1" not in result.stdout and "applying 2" not in result.stdout
    for word in words:
        assert word in result.stdout, result.stdout
    return result.stdout


def test_reviewed_plans_are_applied_exactly_then_removed(app, tmp_path):
    app.declare(stack("sp", "ossiac-sp-assets"))
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    for args in (["init", "-q"], ["add", "stacks.yaml"], ["commit", "-q", "-m", "stacks"]):
        subprocess.run([*git, *args], cwd=app.folder, check=True, capture_output=True)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=app.folder, capture_output=True, text=True).stdout.strip()
    plans = tmp_path / "reviewed"
    manifest = saved(app, plans)
    assert set(manifest["stacks"]) == {"sp"} and manifest["target"] == "local"
    assert manifest["commit"] == head
    entry = manifest["stacks"]["sp"]
    assert entry["state"] == {"lineage": None, "serial": None} and entry["changes"] is True
    assert len(entry["synthesized_sha256"]) == 64
    # Owner-only: the plans hold every variable value in clear text.
    assert mode(plans) == 0o700
    assert mode(plans / "manifest.json") == 0o600 and mode(plans / "sp.tfplan") == 0o600
    assert "ossiac-sp-assets" not in app.buckets()  # diff applies nothing

    deployed = app.ossiac("deploy", "--from-plans", str(plans))
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert "sp: applied: 17 added" in deployed.stdout
    assert "ossiac-sp-assets" in app.buckets()
    assert not plans.exists()  # used plans are deleted
    assert not list(app.folder.rglob("tfplan")) and not list(app.folder.rglob("*.tfplan"))
    diff = app.ossiac("diff")
    assert diff.returncode == 0 and diff.stdout.strip() == "sp: no changes", diff.stdout + diff.stderr


def test_a_plan_older_than_the_state_is_refused_and_nothing_is_applied(app, tmp_path):
    app.declare(stack("aa", "ossiac-aa-one"), stack("bb", "ossiac-bb-one"), stack("cc", "ossiac-cc-one"))
    app.deployed()
    app.declare(
        stack("aa", "ossiac-aa-one", "ossiac-aa-two"),
        stack("bb", "ossiac-bb-one", "ossiac-bb-two"),
        stack("cc", "ossiac-cc-one"),
    )
    plans = tmp_path / "reviewed"
    manifest = saved(app, plans)
    assert manifest["stacks"]["cc"]["changes"] is False and (plans / "cc.tfplan").exists()  # unchanged: kept too
    before = manifest["stacks"]["bb"]["state"]
    assert before["lineage"] and isinstance(before["serial"], int)
    app.deployed("bb")  # another deploy writes bb's state after the review

    out = refused(app, plans, "bb: its state changed since the plan", "another deploy ran")
    assert "aa:" not in out.split("refused", 1)[1]  # aa's plan is still good: only bb is named
    assert "ossiac-aa-two" not in app.buckets()  # aa's good plan was not applied either


def test_a_plan_of_other_inputs_than_the_checkout_is_refused(app, tmp_path):
    app.declare(stack("sp", "ossiac-sp-one"))
    plans = tmp_path / "reviewed"
    saved(app, plans)
    app.declare(stack("sp", "ossiac-sp-one", "ossiac-sp-two"))  # edited after the review

    refused(app, plans, "sp: the checkout's synthesized JSON is not what was planned")
    assert not {"ossiac-sp-one", "ossiac-sp-two"} & app.buckets()
    assert (plans / "sp.tfplan").exists()  # a refused plan is left for the user to delete or replace


def test_a_replacement_allowed_at_plan_time_but_not_at_apply_is_refused(app, tmp_path):
    app.declare(stack("sp", "ossiac-sp-data"))
    app.deployed()
    app.declare(stack("sp", "ossiac-sp-data", extra=ZRS))
    plans = tmp_path / "reviewed"
    guard = saved(app, plans, OSSIAC_ALLOW_DESTROY="ossiac-sp-data")["stacks"]["sp"]["guard"]
    assert guard["allowed_names"] == ["ossiac-sp-data"]
    assert [c["name"] for c in guard["let_through"] if c["action"] == "replace"] == ["ossiac-sp-data"]

    refused(app, plans, "sp: the guard's verdict no longer holds", "bucket 'ossiac-sp-data'", "would be replaced")
    pending = app.ossiac("diff")  # the replacement is still to come: nothing was applied
    assert pending.returncode == 1 and "would be replaced" in pending.stdout, pending.stdout

    allowed = app.ossiac("deploy", "--from-plans", str(plans), "--allow", "ossiac-sp-data")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert re.search(r"sp: applied: 0 added, 0 changed, [1-9]\d* replaced, 0 destroyed", allowed.stdout), allowed.stdout
    assert not plans.exists()
    assert app.ossiac("diff").stdout.strip() == "sp: no changes"


def test_plans_are_not_saved_where_synth_writes_or_when_the_guard_refuses(app, tmp_path):
    app.declare(stack("sp", "ossiac-sp-data"))
    inside = app.ossiac("diff", "--save-plans", "cdktf.out/plans")
    assert inside.returncode == 2 and "cdktf.out/" in inside.stderr, inside.stderr
    app.deployed()
    app.declare(stack("sp", "ossiac-sp-data", extra=ZRS))
    plans = tmp_path / "reviewed"
    guarded = app.ossiac("diff", "--save-plans", str(plans))
    assert guarded.returncode == 1 and "no plans saved" in guarded.stderr, guarded.stderr
    assert not plans.exists()
    assert not list(app.folder.rglob("tfplan"))


def test_the_flow_diagram_of_the_docs_parses():
    diagrams = mermaid_blocks((REPO_ROOT / "docs" / "pr-to-production.md").read_text(encoding="utf-8"))
    assert len(diagrams) == 1
    assert parse(diagrams) == [{"ok": True, "type": "flowchart-v2"}]


def test_a_folder_without_a_manifest_is_refused_naming_the_file(app, tmp_path):
    app.declare(stack("sp", "ossiac-sp-data"))
    (tmp_path / "empty").mkdir()
    result = app.ossiac("deploy", "--from-plans", str(tmp_path / "empty"))
    assert result.returncode == 2 and f"{tmp_path / 'empty' / 'manifest.json'}: no such file" in result.stderr
    (tmp_path / "empty" / "manifest.json").write_text('{"format": 1}')
    result = app.ossiac("deploy", "--from-plans", str(tmp_path / "empty"))
    assert result.returncode == 2 and "not a manifest of `ossiac diff --save-plans`" in result.stderr
    assert app.buckets() == set()
