"""What the GitHub workflows call, end to end on the local target: the deploy job's per-stack apply of
saved plans (`deploy --from-plans DIR --check-inputs`, then `deploy --from-plans DIR STACK`), and the
drift job's issue plan (`drift --open-issues FILE --issue-plan FILE`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness import App, stack


@pytest.fixture()
def app(tmp_path, local_target) -> App:
    (tmp_path / "app").mkdir()
    return App(tmp_path / "app")


def _json(result) -> dict | list:
    return json.loads(result.stdout)


def test_saved_plans_fan_out_per_stack_and_each_job_applies_only_its_own(app, tmp_path):
    app.declare(stack("aa", "ossiac-aa-one"), stack("bb", "ossiac-bb-one"), stack("cc", "ossiac-cc-one"))
    app.deployed("cc")
    plans = tmp_path / "reviewed"
    saved = app.ossiac("diff", "--save-plans", str(plans))
    assert saved.returncode == 0, saved.stdout + saved.stderr

    checked = app.ossiac("deploy", "--from-plans", str(plans), "--check-inputs")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # The matrix: only stacks whose plan changes something get a job.
    no_role = {"role_arn": "", "oidc_provider_arn": ""}  # no deploy_role: section
    assert _json(checked) | {"commit": None} == {
        "commit": None,
        "target": "local",
        "refused": [],
        "stacks": ["aa", "bb", "cc"],
        "changes": ["aa", "bb"],
        "matrix": [{"stack": "aa", **no_role}, {"stack": "bb", **no_role}],
    }
    assert "ossiac-aa-one" not in app.buckets()  # checking applies nothing

    first = app.ossiac("deploy", "--from-plans", str(plans), "aa")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "aa: applied" in first.stdout and "bb:" not in first.stdout
    assert "ossiac-aa-one" in app.buckets() and "ossiac-bb-one" not in app.buckets()
    assert not (plans / "aa.tfplan").exists() and (plans / "bb.tfplan").exists()
    again = app.ossiac("deploy", "--from-plans", str(plans), "aa")  # a re-run of aa's job applies nothing
    assert again.returncode == 1 and "aa: its saved plan" in again.stdout and "is missing" in again.stdout

    second = app.ossiac("deploy", "--from-plans", str(plans), "bb")
    assert second.returncode == 0, second.stdout + second.stderr
    assert "ossiac-bb-one" in app.buckets()
    unchanged = app.ossiac("deploy", "--from-plans", str(plans), "cc")
    assert unchanged.returncode == 0, unchanged.stdout + unchanged.stderr
    assert not plans.exists()  # the last plan used: manifest and folder gone
    diff = app.ossiac("diff")
    assert diff.returncode == 0 and set(diff.stdout.split("\n")) >= {"aa: no changes", "bb: no changes"}


def test_check_inputs_stops_the_fan_out_when_the_checkout_is_not_what_was_planned(app, tmp_path):
    app.declare(stack("aa", "ossiac-aa-one"), stack("bb", "ossiac-bb-one"))
    plans = tmp_path / "reviewed"
    assert app.ossiac("diff", "--save-plans", str(plans)).returncode == 0
    app.declare(stack("aa", "ossiac-aa-one"), stack("bb", "ossiac-bb-one", "ossiac-bb-two"))  # merged after review
    checked = app.ossiac("deploy", "--from-plans", str(plans), "--check-inputs")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    refused = "\n".join(_json(checked)["refused"])
    assert "bb: the checkout's synthesized JSON is not what was planned" in refused
    assert "aa:" not in refused and "nothing was applied" in refused
    assert app.buckets() == set()
    missing = app.ossiac("deploy", "--from-plans", str(tmp_path / "nowhere"), "--check-inputs")
    assert missing.returncode == 2 and "manifest.json: no such file" in missing.stderr


def test_check_inputs_needs_from_plans_and_no_stack_names(app, tmp_path):
    app.declare(stack("aa", "ossiac-aa-one"))
    alone = app.ossiac("deploy", "--check-inputs")
    assert alone.returncode == 2 and "give --from-plans DIR" in alone.stderr
    named = app.ossiac("deploy", "--from-plans", str(tmp_path), "--check-inputs", "aa")
    assert named.returncode == 2 and "name no stacks" in named.stderr


def _issue_plan(app: App, tmp_path: Path, open_issues: list) -> tuple[int, list]:
    (tmp_path / "open.json").write_text(json.dumps(open_issues))
    result = app.ossiac(
        "drift", "--open-issues", str(tmp_path / "open.json"), "--issue-plan", str(tmp_path / "plan.json")
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return result.returncode, json.loads((tmp_path / "plan.json").read_text())


def test_drift_opens_updates_and_closes_one_issue_per_drifted_stack(app, tmp_path):
    app.declare(stack("aa", "ossiac-aa-one"), stack("bb", "ossiac-bb-one"))
    app.deployed()
    unrelated = {"number": 3, "title": "a person's issue", "body": "labelled ossiac-drift by hand"}
    assert _issue_plan(app, tmp_path, [unrelated]) == (0, [])

    console = app.ossiac("localcloud", "bucket", "set", "ossiac-bb-one", "--acl", "public-read")
    assert console.returncode == 0, console.stderr
    code, actions = _issue_plan(app, tmp_path, [unrelated])
    assert code == 1
    (opened,) = actions
    assert opened["action"] == "open" and opened["stack"] == "bb" and opened["labels"] == ["ossiac-drift"]
    assert opened["title"] == "ossiac drift: stack bb"
    assert "<!-- ossiac-drift stack=bb -->" in opened["body"] and "alicloud_oss_bucket_acl." in opened["body"]

    # The next run finds the issue it opened (by the marker, whatever its title now) and updates it;
    # a duplicate is closed in favour of the oldest.
    mine = {"number": 7, "title": "renamed by a person", "body": opened["body"]}
    duplicate = {"number": 9, "title": "x", "body": opened["body"]}
    code, actions = _issue_plan(app, tmp_path, [unrelated, duplicate, mine])
    assert code == 1
    assert [(a["action"], a.get("number"), a["stack"]) for a in actions] == [("update", 7, "bb"), ("close", 9, "bb")]
    assert "Duplicate of #7" in actions[1]["comment"]

    # Drift gone: the issue is closed; a stack that is gone altogether closes its issue too.
    assert app.ossiac("deploy").returncode == 0
    gone = {"number": 11, "body": "<!-- ossiac-drift stack=zz -->\nold"}
    code, actions = _issue_plan(app, tmp_path, [unrelated, mine, gone])
    assert code == 0
    assert [(a["action"], a["number"], a["stack"]) for a in actions] == [("close", 7, "bb"), ("close", 11, "zz")]
    assert "No drift any more" in actions[0]["comment"] and "no longer declared" in actions[1]["comment"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{", "not valid JSON"),
        ('{"number": 1}', "must be a JSON list of issues, not dict"),
        ('[{"number": "1", "body": ""}]', "[0]: an issue is an object with an integer `number`"),
    ],
)
def test_a_bad_open_issues_file_is_refused_naming_the_file(app, tmp_path, content, words):
    app.declare(stack("aa", "ossiac-aa-one"))
    (tmp_path / "open.json").write_text(content)
    result = app.ossiac("drift", "--open-issues", str(tmp_path / "open.json"), "--issue-plan", str(tmp_path / "p.json"))
    assert result.returncode == 2 and str(tmp_path / "open.json") in result.stderr and words in result.stderr
    assert not (tmp_path / "p.json").exists()
    half = app.ossiac("drift", "--issue-plan", str(tmp_path / "p.json"))
    assert half.returncode == 2 and "go together" in half.stderr
