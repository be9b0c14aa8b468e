"""Run checkov over synthesized stacks; a failed check passes only with a written waiver.

Waivers live in the failing resource's `//` comment (see constructs/resource_comment.py), so each
one names its resource and its reason. Synth writes them as checkov's baseline
(ossiac/scan/waiver_baseline.py), which plain checkov reads; this gate applies the same baseline
with checkov's own matching, so both give the same verdict. It runs checkov without the baseline
(with a baseline, checkov drops the passed checks from its report) and with no config file
discovered, so the passed count is real and a user's own config cannot change the verdict.

Checkov reads a copy of each stack without the Terraform state moves it cannot parse (`import`
blocks of adopted buckets, `moved`, `removed`), every resource kept (ossiac/scan/checkov_input.py).
It fails closed: a report that cannot be read, parsing errors, a top-level block not known to be
safe to leave out, or a stack in which checkov ran no check at all (0 passed, 0 failed) is an
error, never a pass.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ossiac import settings, stack_json
from ossiac.scan.checkov_input import UnscannableStack, checkov_copy
from ossiac.scan.waiver_baseline import BASELINE_FILE, BaselineConflict, build_baseline, waiver_for


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
    # Blocks checkov was not given (Terraform state moves such as `import`; see checkov_input.py), by type.
    left_out: dict[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> list[Finding]:
        return [f for f in self.findings if not f.waived]


def checkov_executable() -> str:
    # `make setup` links checkov into the venv's bin, which is on PATH only when activated.
    search_path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = settings.value("OSSIAC_CHECKOV") or shutil.which("checkov", path=search_path)
    if not found:
        raise ScanError("checkov is not installed: run `make setup` (it installs checkov into .tools/checkov)")
    return found


def scan_files(stack_files: list[Path], baseline: dict) -> list[StackScan]:
    """One checkov run over every stack file; results split by stack (the file's folder)."""
    with tempfile.TemporaryDirectory() as folder:
        try:
            copies = [checkov_copy(file, Path(folder).resolve()) for file in stack_files]
        except UnscannableStack as error:
            raise ScanError(str(error)) from None
        report = _checkov_report([c.copy for c in copies])
    results = report.get("results") or {}
    original = {str(c.copy): str(c.original) for c in copies}
    if report.get("summary", {}).get("parsing_errors"):
        unparsed = [original.get(path, path) for path in results.get("parsing_errors", [])]
        raise ScanError(f"checkov could not parse {', '.join(unparsed or map(str, stack_files))}")
    scans = []
    for found in copies:
        mine = str(found.copy)
        passed = [c for c in results.get("passed_checks", []) if c.get("file_abs_path") == mine]
        failed = [c for c in results.get("failed_checks", []) if c.get("file_abs_path") == mine]
        if not passed and not failed:
            # Nothing checked is not a pass: an empty or unrecognised stack, or a checkov that found no checks.
            raise ScanError(f"checkov ran no check on {found.original} (0 passed, 0 failed): nothing was verified")
        stack = found.original.parent.name
        findings = [
            Finding(
                stack=stack,
                check_id=check["check_id"],
                check_name=check["check_name"],
                resource=check["resource"].rsplit(".", 1)[-1],
                waiver=waiver_for(baseline, check["resource"], check["check_id"]),
            )
            for check in failed
        ]
        scans.append(StackScan(stack, len(passed), findings, found.left_out))
    return scans


def _checkov_report(stack_files: list[Path]) -> dict:
    files = [arg for file in stack_files for arg in ("-f", str(file))]
    with tempfile.TemporaryDirectory() as empty:
        # An empty working and home directory: checkov discovers no .checkov.yaml (no baseline).
        result = subprocess.run(
            [checkov_executable(), *files, "--framework", "terraform_json", "--skip-download", "-o", "json"],
            capture_output=True,
            text=True,
            cwd=empty,
            env={**os.environ, "BC_SKIP_MAPPING": "TRUE", "HOME": empty},
        )
    failure = f"checkov gave no readable report (exit {result.returncode}):\n{result.stderr[-2000:]}"
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise ScanError(failure) from None
    if isinstance(report, list):  # checkov prints a list when several frameworks answered
        report = next((r for r in report if isinstance(r, dict) and r.get("check_type") == "terraform_json"), None)
    if not isinstance(report, dict):
        raise ScanError(failure)
    return report


def scan_stacks(stacks_dir: Path) -> list[StackScan]:
    files = stack_json.stack_files(stacks_dir)
    if not files:
        raise ScanError(f"no synthesized stacks under {stacks_dir}: run `python main.py` (or `cdktf synth`) first")
    try:
        baseline = build_baseline(stacks_dir)
    except BaselineConflict as error:
        raise ScanError(str(error)) from None
    written = stacks_dir.parent / BASELINE_FILE
    if written.exists() and json.loads(written.read_text()) != baseline:
        raise ScanError(
            f"{written} does not match the waivers in {stacks_dir}, so plain checkov would judge "
            "differently: synthesize again (`python main.py`)"
        )
    return scan_files(files, baseline)
