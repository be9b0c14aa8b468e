"""`ossiac scan`: checkov over every synthesized stack; fails on any finding without a waiver."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from ossiac import stack_json
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.scan.checkov_gate import ScanError, scan_stacks
from ossiac.workflows.progress import Progress


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("scan", help="run checkov over synthesized stacks (waivers need written reasons)")
    parser.add_argument("--stacks-dir", type=Path, default=Path("cdktf.out/stacks"), help="default: cdktf.out/stacks")
    parser.add_argument("--json", action="store_true", help="machine-readable result")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    stacks = [stack_dir.name for stack_dir in stack_json.stack_dirs(args.stacks_dir)]
    try:
        # One checkov run reads every stack (its start-up is most of its cost), so one step for them all.
        with Progress("ossiac scan").step(", ".join(stacks) or "no stacks", "scanning with checkov", "scanned"):
            scans = scan_stacks(args.stacks_dir)
    except ScanError as error:
        raise CommandError(f"ossiac scan: {error}", USAGE) from error
    failed = sum(len(s.failed) for s in scans)
    if args.json:
        print(json.dumps([{**asdict(s), "failed": len(s.failed)} for s in scans], indent=2))
        return REFUSED if failed else OK
    for scan in scans:
        waived = [f for f in scan.findings if f.waived]
        print(f"{scan.stack}: {scan.passed} passed, {len(scan.failed)} failed, {len(waived)} waived")
        if scan.left_out:  # said, so a reader knows what checkov did not read and why
            blocks = ", ".join(f"{count} {kind}" for kind, count in sorted(scan.left_out.items()))
            print(f"  not given to checkov: {blocks} block(s) (Terraform state moves; they configure nothing)")
        for finding in scan.failed:
            print(f"  FAILED {finding.check_id} {finding.resource}: {finding.check_name}")
        for finding in waived:
            print(f"  waived {finding.check_id} {finding.resource}: {finding.waiver}")
    return REFUSED if failed else OK
