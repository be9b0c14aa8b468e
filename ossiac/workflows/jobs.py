"""How many stacks are planned at once: `--jobs N`, else $OSSIAC_JOBS, else the number of cores.

Each plan is a Terraform process and the provider plugins it starts, so the cores (those this
process may run on) bound what helps on the local target; a remote target's plans mostly wait on
the network, where a larger `--jobs` can pay off.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping

from ossiac import settings

ENV = "OSSIAC_JOBS"


class JobsError(ValueError):
    """$OSSIAC_JOBS is not a positive whole number; the message says so."""


def cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def parallel_jobs(flag: int | None, env: Mapping[str, str] = os.environ) -> int:
    if flag is not None:
        return flag
    value = (settings.value(ENV, env) or "").strip()
    if not value:
        return cores()
    if not value.isdigit() or int(value) < 1:
        raise JobsError(
            f"${ENV} is {value!r}: expected a whole number of stacks to plan at once, 1 or more "
            f"(unset: the number of cores, {cores()})"
        )
    return int(value)


def positive_int(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more; got {text!r}")
    return int(text)


def add_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        metavar="N",
        help=f"plan up to N stacks at once (default: ${ENV}, else the number of cores)",
    )
