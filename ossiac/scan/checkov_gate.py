"""Run checkov over synthesized stacks; a failed check passes only with a written waiver.

Waivers live in the failing resource's `//` comment (see constructs/resource_comment.py), so each
one names its resource and its reason, and a waiver cannot silence the same check elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ossiac_constructs.resource_comment import COMMENT, WAIVERS_KEY



class ScanError(Exception):
    pass


@dataclass(frozen=True)
class Finding:
    stack: str
    check_id: str
    check_name: str
    resource: str
    waiver: str | None

    @property
    def waived(self) -> bool:
        return bool(self.waiver)


@dataclass(frozen=True)
class StackScan:
    stack: str
    passed: int
    findings: list[Finding]

    @property
    def failed(self) -> list[Finding]:
        return [f for f in self.findings if not f.waived]


def checkov_executable() -> str:
    # `make setup` links checkov into the venv's bin, which is on PATH only when activated.
    search_path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = os.environ.get("OSSIAC_CHECKOV") or shutil.which("checkov", path=search_path)
    if not found:
        raise ScanError("checkov is not installed: run `make setup` (it installs checkov into .tools/checkov)")
    return found


def scan_stack(stack_json: Path) -> StackScan:
    result = subprocess.run(
        [checkov_executable(), "-f", str(stack_json), "--framework", "terraform_json", "--skip-download", "-o", "json"],
        capture_output=True,
        text=True,
        env={**os.environ, "BC_SKIP_MAPPING": "TRUE"},
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise ScanError(f"checkov failed on {stack_json} (exit {result.returncode}):\n{result.stderr[-2000:]}") from None
    if isinstance(report, list):  # checkov prints a list when several frameworks answered
        report = next(r for r in report if r.get("check_type") == "terraform_json")
    if "results" not in report:  # nothing scannable: checkov prints only a summary
        return StackScan(stack_json.parent.name, 0, [])
    if report["summary"].get("parsing_errors"):
        raise ScanError(f"checkov could not parse {stack_json}")
    waivers = _waivers_by_resource_name(json.loads(stack_json.read_text()))
    findings = []
    for check in report["results"]["failed_checks"]:
        name = check["resource"].rsplit(".", 1)[-1]
        findings.append(
            Finding(
                stack=stack_json.parent.name,
                check_id=check["check_id"],
                check_name=check["check_name"],
                resource=name,
                waiver=waivers.get(name, {}).get(check["check_id"]),
            )
        )
    return StackScan(stack_json.parent.name, len(report["results"]["passed_checks"]), findings)


def scan_stacks(stacks_dir: Path) -> list[StackScan]:
    files = sorted(stacks_dir.glob("*/cdk.tf.json"))
    if not files:
        raise ScanError(f"no synthesized stacks under {stacks_dir}: run `python main.py` (or `cdktf synth`) first")
    return [scan_stack(file) for file in files]


def _waivers_by_resource_name(stack: dict) -> dict[str, dict[str, str]]:
    waivers = {}
    for resources in stack.get("resource", {}).values():
        for name, body in resources.items():
            found = body.get(COMMENT, {}).get(WAIVERS_KEY)
            if found:
                waivers[name] = found
    return waivers
