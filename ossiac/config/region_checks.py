"""Region rules across every stack loaded together: references that an API requires in one region.

A bucket's region is known when the estate makes it: a stack's bucket and its log bucket (the
stack's region), a replica the stack creates and that region's log bucket (the destination
region). A name the estate does not make is a bucket managed elsewhere, whose region no file
says: it is not checked. What is checked:

- access logs go to a bucket of the source bucket's region (PutBucketLogging: "the destination
  bucket must belong to the same account in the same region as the source bucket"), both for
  `logging.target_bucket` and for an existing `log_bucket`;
- a replication into a bucket the stack does not create names that bucket's region as
  `destination_region` (the replication rule is written with that region's location);
- a vSwitch of a VPC left in the stack's region is in a zone of that region (props/vpc.py checks
  VPCs that name their region).

SSE-KMS keys are not checked: a key is named by its ID, which does not say its region, and the
keys the stacks create are made in each bucket's own region. A replication role is a RAM role,
one namespace for the account in every region: estate_checks makes each RAM name once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ossiac.config.estate_checks import problem_at
from ossiac.config.problems import Problem
from ossiac_props.bucket_names import regional_name
from ossiac_props.vpc import zone_problem

if TYPE_CHECKING:  # the loader imports this module
    from ossiac.config.loader import LoadedStack


@dataclass(frozen=True)
class _Placed:
    """Something the estate creates, where: its region, the stack and the key that declares it."""

    region: str
    stack: LoadedStack
    loc: tuple

    def where(self) -> str:
        path, line = self.stack.where(*self.loc)
        return f"{self.stack.file}:{line}: {path}" if line else f"{self.stack.file}: {path}"


def region_problems(loaded: list) -> list[Problem]:
    buckets = _bucket_regions(loaded)
    problems = []
    for stack in loaded:
        problems += _logging_problems(stack, buckets) + _replication_problems(stack, buckets) + _zone_problems(stack)
    return problems


def _bucket_regions(loaded: list) -> dict[str, _Placed]:
    """Every bucket name the estate creates and its region (a name made twice is estate_checks' to say)."""
    placed: dict[str, _Placed] = {}
    for stack in loaded:
        config = stack.config
        regions = {config.region}
        for index, bucket in enumerate(config.buckets):
            placed.setdefault(bucket.name, _Placed(config.region, stack, ("buckets", index, "name")))
            replication = bucket.replication
            if replication:
                regions.add(replication.destination_region)
                if replication.create_destination:
                    loc = ("buckets", index, "replication", "destination_bucket")
                    placed.setdefault(
                        replication.destination_bucket, _Placed(replication.destination_region, stack, loc)
                    )
        log_loc = ("log_bucket", "name") if config.log_bucket.name else ("name",)  # default: <stack>-access-logs
        for region in sorted(regions):
            if region == config.region and config.log_bucket.existing:
                continue  # not created here: its region is whatever the estate (or nothing) says
            suffix = "" if region == config.region else f"-{region}"
            placed.setdefault(regional_name(config.log_bucket_name, suffix), _Placed(region, stack, log_loc))
    return placed


def _logging_problems(stack, buckets: dict[str, _Placed]) -> list[Problem]:
    config = stack.config
    targets: list[tuple[tuple[str | int, ...], str | None]] = [
        (("buckets", i, "logging", "target_bucket"), b.logging.target_bucket) for i, b in enumerate(config.buckets)
    ]
    if config.log_bucket.existing:
        targets.append((("log_bucket", "name"), config.log_bucket_name))
    problems = []
    for loc, target in targets:
        found = buckets.get(target) if target else None
        if found is not None and found.region != config.region:
            problems.append(
                problem_at(
                    stack,
                    loc,
                    (
                        f"access logs go to bucket {target!r}, which is in {found.region} ({found.where()}); OSS writes a "
                        f"bucket's logs only into a bucket of its own region; allowed: a log bucket in {config.region}"
                    ),
                )
            )
    return problems


def _replication_problems(stack, buckets: dict[str, _Placed]) -> list[Problem]:
    problems = []
    for index, bucket in enumerate(stack.config.buckets):
        replication = bucket.replication
        if replication is None or replication.create_destination:
            continue
        found = buckets.get(replication.destination_bucket)
        if found is not None and found.region != replication.destination_region:
            problems.append(
                problem_at(
                    stack,
                    ("buckets", index, "replication", "destination_bucket"),
                    (
                        f"bucket {replication.destination_bucket!r} is in {found.region} ({found.where()}), but "
                        f"destination_region is {replication.destination_region}; allowed: destination_region: {found.region}, "
                        f"or a destination bucket in {replication.destination_region}"
                    ),
                )
            )
    return problems


def _zone_problems(stack) -> list[Problem]:
    """vSwitches of VPCs without a `region`: theirs is the stack's, which only the stack knows."""
    config = stack.config
    problems = []
    for i, vpc in enumerate(config.network.vpcs if config.network else []):
        if vpc.region is not None:
            continue  # props/vpc.py has checked it against the VPC's own region
        for j, vswitch in enumerate(vpc.vswitches):
            if message := zone_problem(vswitch.zone, config.region):
                loc = ("network", "vpcs", i, "vswitches", j, "zone")
                problems.append(problem_at(stack, loc, f"{message} (a VPC without `region` is in the stack's region)"))
    return problems
