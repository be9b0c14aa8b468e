"""Plain `checkov -d .` from the root of an app agrees with `ossiac scan` (issue 23): the root
.checkov.yaml applies synth's waivers and reads only the synthesized stacks, not ossiac's working
copies under .local/ (plans, the built docs) nor the request simulator's fixture in docs/examples/."""

from __future__ import annotations

import json
import shutil

import pytest

from harness import REPO_ROOT, VENV_BIN, App, run, stack


def _checks(report) -> dict[str, set[tuple[str, str, str]]]:
    reports = report if isinstance(report, list) else [report]
    found: dict[str, set[tuple[str, str, str]]] = {"failed_checks": set(), "skipped_checks": set()}
    for one in reports:
        for kind, checks in found.items():
            checks |= {(c["check_id"], c["resource"], c["file_path"]) for c in one.get("results", {}).get(kind, [])}
    return found


@pytest.mark.slow  # two checkov runs
def test_checkov_from_the_root_agrees_with_ossiac_scan(tmp_path):
    app = App(tmp_path)
    app.declare(stack("scanned", "ossiac-scanned-assets"))
    shutil.copy(REPO_ROOT / ".checkov.yaml", tmp_path / ".checkov.yaml")
    (tmp_path / "docs" / "examples").mkdir(parents=True)
    shutil.copy(REPO_ROOT / "docs" / "examples" / "site.tf.json", tmp_path / "docs" / "examples" / "site.tf.json")
    assert run([str(VENV_BIN / "python"), "main.py"], cwd=tmp_path, env=app.env).returncode == 0
    synthesized = tmp_path / "cdktf.out" / "stacks" / "scanned" / "cdk.tf.json"
    # What ossiac leaves in .local/: a planned copy of the stack and the built docs with the fixture.
    for copy in (
        tmp_path / ".local" / "plans" / "scanned" / "cdk.tf.json",
        tmp_path / ".local" / "site" / "examples" / "site.tf.json",
    ):
        copy.parent.mkdir(parents=True)
        shutil.copy(synthesized if copy.name == "cdk.tf.json" else tmp_path / "docs/examples/site.tf.json", copy)

    scan = app.ossiac("scan", "--format", "json")
    if scan.returncode == 2 and "unrecognized arguments" in scan.stderr:  # before the CLI's shared --format
        scan = app.ossiac("scan", "--json")
    assert scan.returncode == 0, scan.stdout + scan.stderr
    waived = {(f["check_id"], f["resource"]) for s in json.loads(scan.stdout) for f in s["findings"] if f["waiver"]}
    assert waived  # the stack has waivers, so the comparison below is not empty against empty

    checkov = run([str(VENV_BIN / "checkov"), "-d", ".", "-o", "json"], cwd=tmp_path, env=app.env)
    assert checkov.returncode == 0, checkov.stdout[-3000:] + checkov.stderr[-3000:]
    checks = _checks(json.loads(checkov.stdout))
    assert checks["failed_checks"] == set()
    # ossiac names a resource by its logical ID, checkov by its address (`resource.<id>`).
    assert {(check, resource.rsplit(".", 1)[-1]) for check, resource, _ in checks["skipped_checks"]} == waived
    assert {path for _, _, path in checks["skipped_checks"]} == {"/cdktf.out/stacks/scanned/cdk.tf.json"}
