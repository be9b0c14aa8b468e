"""`ossiac report`: synthesize the app and write the estate as one self-contained HTML page."""

from __future__ import annotations

import argparse
from pathlib import Path

from ossiac.commands import options
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.node_runtime import node_executable
from ossiac.report import estate_model, html_page, picture
from ossiac.targets.selection import TargetError, selected_target
from ossiac.workflows.plan_runner import PlanError, synthesize
from ossiac.workflows.progress import Progress


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("report", help="write one HTML page of the estate as synthesized")
    parser.add_argument("--output", type=Path, default=Path("ossiac-report.html"), help="default: ossiac-report.html")
    options.add_target(parser)
    options.add_app_dir(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        stacks_dir = synthesize(args.app_dir, selected_target(args.target), Progress("ossiac report"))
    except (TargetError, PlanError) as error:
        raise CommandError(f"ossiac report: {error}", USAGE) from error
    estate = estate_model.load(stacks_dir)
    try:
        page = html_page.render(estate, node_executable())
    except picture.LayoutError as error:  # a named problem of the environment (elkjs missing)
        raise CommandError(f"ossiac report: {error}", REFUSED) from error
    args.output.write_text(page, encoding="utf-8")
    public = sum(1 for bucket in estate.buckets if bucket.public)
    print(
        f"wrote {args.output}: {len(estate.buckets)} buckets ({public} public), "
        f"{len(estate.network)} network resources, {len(estate.edges)} arrows in the network and access picture"
    )
    return OK
