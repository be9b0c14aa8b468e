"""`ossiac atlantis`: the atlantis.yaml it writes (one project per stack, the `ossiac` workflow), checked
against the schema transcribed from Atlantis's docs and source; the workflow's own plan and apply
commands run for real on the local target; `ossiac diff STACK...` plans and saves only those stacks."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

from harness import REPO_ROOT, App, Checkout, mode, run, stack

SCHEMA = json.loads((REPO_ROOT / "ossiac" / "schema" / "atlantis-repo-config.schema.json").read_text())
PLANS = ".local/atlantis-plans"


def problems(document: dict) -> list[str]:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def steps(config: dict, stage: str) -> list[str]:
    """The commands of the `ossiac` workflow's stage (`run: X` or `run: {command: X}`)."""
    found = []
    for step in config["workflows"]["ossiac"][stage]["steps"]:
        body = step["run"]
        found.append(body if isinstance(body, str) else body["command"])
    return found


def run_steps(app: App, config: dict, stage: str, project: str, planfile: Path) -> list[subprocess.CompletedProcess]:
    """Each step of a stage as Atlantis runs it: `sh -c` in the project's dir with its variables."""
    env = {**app.env, "PROJECT_NAME": project, "PLANFILE": str(planfile), "DIR": str(app.folder)}
    results = []
    for command in steps(config, stage):
        results.append(run(["sh", "-c", command], cwd=app.folder, env=env))
        if results[-1].returncode != 0:
            break
    return results


@pytest.fixture()
def app(tmp_path, local_target) -> App:
    (tmp_path / "app").mkdir()
    return App(tmp_path / "app")


def test_the_example_estate_gets_one_project_per_stack(tmp_path):
    checkout = Checkout(tmp_path)
    shutil.copy(REPO_ROOT / "estate" / "migration.yaml", tmp_path / "estate" / "migration.yaml")
    result = checkout.ossiac("atlantis")
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load((tmp_path / "atlantis.yaml").read_text())
    assert problems(config) == []
    assert config["version"] == 3 and config["parallel_plan"] is False and config["parallel_apply"] is False
    media, migration = config["projects"]
    assert (media["name"], migration["name"]) == ("media", "migration")
    assert {p["dir"] for p in config["projects"]} == {"."} and {p["workflow"] for p in config["projects"]} == {"ossiac"}
    # Its own stack file and pages, never the other stack's file; the app and its lock files for both.
    assert media["autoplan"]["when_modified"][:3] == [
        "estate/media.yaml",
        "estate/site/error.html",
        "estate/site/index.html",
    ]
    assert migration["autoplan"]["when_modified"][0] == "estate/migration.yaml"
    for project in config["projects"]:
        files = project["autoplan"]["when_modified"]
        assert {"main.py", "cdktf.json", "requirements.lock", "pyproject.toml", "package-lock.json"} <= set(files)
        assert "estate/migration.yaml" not in files or project["name"] == "migration"
    # The tool's code is installed from outside this checkout (its folders are links): the lock files stand for it.
    assert not [f for f in media["autoplan"]["when_modified"] if f.endswith("/**")]


def test_in_the_repository_the_tools_code_can_change_every_stack():
    from ossiac.commands.atlantis import stack_inputs

    inputs = stack_inputs(REPO_ROOT, REPO_ROOT)  # reads the stack files only; synthesizes nothing
    assert set(inputs) == {"media", "migration"}
    for files in inputs.values():
        assert {"ossiac/**", "props/**", "constructs/**", "stacks/**", "policies/**", "functions/**"} <= set(files)
        assert not [f for f in files if ".venv" in f or "site-packages" in f]


def test_the_workflow_plans_and_applies_one_stack_through_ossiac(app, tmp_path):
    app.declare(stack("aa", "ossiac-at-aa"), stack("bb", "ossiac-at-bb"))
    app.ossiac_ok("atlantis")
    config = yaml.safe_load((app.folder / "atlantis.yaml").read_text())
    assert problems(config) == []
    assert [(p["name"], p["dir"], p["autoplan"]["when_modified"]) for p in config["projects"]] == [
        ("aa", ".", ["stacks.yaml", "cdktf.json", "main.py"]),
        ("bb", ".", ["stacks.yaml", "cdktf.json", "main.py"]),
    ]
    plan, apply = steps(config, "plan"), steps(config, "apply")
    assert plan[1] == f'ossiac diff "$PROJECT_NAME" --save-plans "{PLANS}/$PROJECT_NAME"'
    assert apply == [f'ossiac deploy "$PROJECT_NAME" --from-plans "{PLANS}/$PROJECT_NAME"']
    assert not [
        c for stage in ("plan", "apply", "import", "state_rm") for c in steps(config, stage) if "terraform" in c
    ]
    assert all("exit 1" in c for c in steps(config, "import") + steps(config, "state_rm"))

    planfile = tmp_path / "atlantis-data" / "aa-default.tfplan"
    planfile.parent.mkdir()
    planned = run_steps(app, config, "plan", "aa", planfile)
    assert [r.returncode for r in planned] == [0, 0, 0], planned[-1].stdout + planned[-1].stderr
    assert "aa:" in planned[1].stdout and "bb:" not in planned[1].stdout  # the PR comment: this stack only
    saved = app.folder / PLANS / "aa"
    manifest = json.loads((saved / "manifest.json").read_text())
    assert set(manifest["stacks"]) == {"aa"} and manifest["selected"] == ["aa"]
    assert sorted(p.name for p in saved.iterdir()) == ["aa.tfplan", "manifest.json"]
    assert mode(saved) == 0o700 and mode(saved / "aa.tfplan") == 0o600
    assert json.loads(planfile.read_text()) == manifest  # Atlantis's $PLANFILE: the manifest, no secret
    # A project without a name would remove every project's plans: the first step stops instead.
    unnamed = run(["sh", "-c", plan[0]], cwd=app.folder, env={**app.env, "PROJECT_NAME": ""})
    assert unnamed.returncode != 0 and saved.is_dir()

    applied = run_steps(app, config, "apply", "aa", planfile)
    assert applied[0].returncode == 0, applied[0].stdout + applied[0].stderr
    assert "aa: applied" in applied[0].stdout
    assert "ossiac-at-aa" in app.buckets()
    assert not [b for b in app.buckets() if "bb" in b]  # bb was neither planned nor applied
    assert not saved.exists()
    assert app.ossiac_ok("diff", "aa").stdout.strip() == "aa: no changes"

    # A second apply of the same plan: refused, nothing applied.
    again = run_steps(app, config, "apply", "aa", planfile)
    assert again[0].returncode == 2 and "manifest.json" in again[0].stderr


def test_a_manifest_of_some_stacks_deploys_those_and_refuses_the_others(app, tmp_path):
    app.declare(stack("aa", "ossiac-sub-aa"), stack("bb", "ossiac-sub-bb"))
    plans = tmp_path / "reviewed"
    app.ossiac_ok("diff", "bb", "--save-plans", str(plans))
    inputs = json.loads(app.ossiac_ok("deploy", "--from-plans", str(plans), "--check-inputs").stdout)
    assert inputs["refused"] == [] and inputs["stacks"] == ["bb"] and inputs["changes"] == ["bb"]
    other = app.ossiac("deploy", "--from-plans", str(plans), "aa")
    assert other.returncode == 1 and "aa: declared in the checkout, but no plan was saved for it" in other.stdout
    assert app.buckets() == set()
    deployed = app.ossiac_ok("deploy", "--from-plans", str(plans))  # the manifest's stacks: bb only
    assert "bb: applied" in deployed.stdout and "aa:" not in deployed.stdout.split("deploy summary")[1]
    assert "ossiac-sub-bb" in app.buckets() and not [b for b in app.buckets() if "aa" in b]


def test_an_unknown_stack_is_refused_naming_the_declared_ones(app, tmp_path):
    app.declare(stack("aa", "ossiac-unk-aa"), stack("bb", "ossiac-unk-bb"))
    result = app.ossiac("diff", "aa", "zz", "--save-plans", str(tmp_path / "plans"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "ossiac diff: no such stack: zz; the app declares: aa, bb" in result.stderr
    assert not (tmp_path / "plans").exists() and not list(app.folder.rglob("tfplan"))


def test_check_says_when_the_file_is_stale_and_the_app_must_be_inside_the_root(app, tmp_path):
    app.declare(stack("aa", "ossiac-chk-aa"))
    app.ossiac_ok("atlantis")
    assert app.ossiac("atlantis", "--check").returncode == 0
    app.declare(stack("aa", "ossiac-chk-aa"), stack("cc", "ossiac-chk-cc"))
    stale = app.ossiac("atlantis", "--check")
    assert stale.returncode == 1 and "is not what `ossiac atlantis` writes now" in stale.stderr
    app.ossiac_ok("atlantis", "--target", "local")  # a target given is written into every ossiac command
    config = yaml.safe_load((app.folder / "atlantis.yaml").read_text())
    commands = [c for stage in ("plan", "apply") for c in steps(config, stage) if c.startswith("ossiac ")]
    assert len(commands) == 2 and all(" --target local " in c for c in commands)
    outside = app.ossiac("atlantis", "--output", str(tmp_path / "elsewhere" / "atlantis.yaml"))
    assert outside.returncode == 2 and "the app folder" in outside.stderr and "is outside" in outside.stderr
    assert not (tmp_path / "elsewhere").exists()


GOOD = {
    "version": 3,
    "automerge": True,
    "projects": [
        {
            "name": "media/prod",
            "dir": "infra",
            "branch": "/main/",
            "workspace": "default",
            "apply_requirements": ["approved", "mergeable"],
            "terraform_distribution": "opentofu",
            "autoplan": {"when_modified": ["*.yaml"], "enabled": False},
            "repo_locks": {"mode": "on_apply"},
        }
    ],
    "workflows": {
        "w": {
            "plan": {
                "steps": [
                    "init",
                    {"plan": {"extra_args": ["-lock=false"]}},
                    {"env": {"name": "X", "value": "1"}},
                    {"run": {"command": "make", "shell": "bash", "shellArgs": ["-c"], "output": "strip_refreshing"}},
                    {"run": {"command": "make", "output": ["show", {"filter_regex": "secret"}]}},
                    {"multienv": "envs.sh"},
                ]
            }
        }
    },
}


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.update(version=4), "version"),
        (lambda d: d.update(version="3"), "version"),
        (lambda d: d.pop("version"), ""),
        (lambda d: d.update(colour="blue"), ""),
        (lambda d: d["projects"][0].update(colour="blue"), "projects/0"),
        (lambda d: d["projects"][0].pop("dir"), "projects/0"),
        (lambda d: d["projects"][0].update(dir="../up"), "projects/0/dir"),
        (lambda d: d["projects"][0].update(name="a b"), "projects/0/name"),
        (lambda d: d["projects"][0].update(branch="main"), "projects/0/branch"),
        (lambda d: d["projects"][0].update(apply_requirements=["signed"]), "projects/0/apply_requirements/0"),
        (lambda d: d["workflows"]["w"]["plan"]["steps"].append("terraform"), "workflows/w/plan/steps/6"),
        (
            lambda d: d["workflows"]["w"]["plan"]["steps"].append({"run": {"output": "hide"}}),
            "workflows/w/plan/steps/6",
        ),
        (
            lambda d: d["workflows"]["w"]["plan"]["steps"].append({"run": {"command": "x", "shellArgs": "-c"}}),
            "workflows/w/plan/steps/6",
        ),
        (
            lambda d: d["workflows"]["w"]["plan"]["steps"].append({"env": {"name": "X", "value": "1", "command": "c"}}),
            "workflows/w/plan/steps/6",
        ),
        (lambda d: d["workflows"]["w"].update(deploy={"steps": []}), "workflows/w"),
    ],
)
def test_the_schema_refuses_what_atlantis_refuses(change, where):
    assert problems(GOOD) == []  # every key here is one Atlantis documents and accepts
    bad = json.loads(json.dumps(GOOD))
    change(bad)
    found = problems(bad)
    assert found and any(p.split(":")[0] == where for p in found), found


def test_check_jsonschema_accepts_the_written_file_and_refuses_a_wrong_version(app, tmp_path):
    app.declare(stack("aa", "ossiac-cj-aa"))
    app.ossiac_ok("atlantis")
    schema = str(REPO_ROOT / "ossiac" / "schema" / "atlantis-repo-config.schema.json")
    checker = str(Path(app.env["PATH"].split(":")[0]) / "check-jsonschema")
    ok = run([checker, "--schemafile", schema, "atlantis.yaml"], cwd=app.folder)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    (tmp_path / "bad.yaml").write_text((app.folder / "atlantis.yaml").read_text().replace("version: 3", "version: 4"))
    bad = run([checker, "--schemafile", schema, str(tmp_path / "bad.yaml")], cwd=app.folder)
    assert bad.returncode == 1 and "version" in bad.stdout, bad.stdout
