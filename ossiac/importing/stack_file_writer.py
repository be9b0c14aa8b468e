"""Add bucket declarations to a stack file, keeping its comments and order; all or nothing.

The file is edited as a round-trip document (ruamel.yaml), so comments, key order and quoting
survive. The stack named is created when the file lacks it (region: the buckets' one region).
The result is validated with the stack loader before anything is written, then replaces the file
atomically (a temporary file beside it, renamed over it). On any error the file is untouched.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from ossiac.atomic_write import PRIVATE, write_atomically
from ossiac.config.loader import load_stack_file
from ossiac.config.problems import ConfigError
from ossiac.config.yaml_source import read_yaml
from ossiac.importing.declaration import ImportProblem
from ossiac_props.identifiers import STACK_NAME

# What a bucket leaves out when it matches BucketProps' default; a stack's `defaults:` would fill
# these in, so an adopted bucket states them whenever its stack has defaults for them.
PROPS_DEFAULTS = {
    "storage_class": "Standard",
    "redundancy_type": "LRS",
    "versioning": "Enabled",
    "https_only": True,
    "lifecycle": [],
    "transfer_acceleration": False,
}


@dataclass
class Planned:
    stack_name: str
    created_stack: bool
    buckets: list[str]
    notices: list[str] = field(default_factory=list)


def _yaml() -> YAML:
    yaml = YAML()  # round-trip
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 120
    return yaml


def add_buckets(
    file: Path, stack_name: str | None, declarations: list[dict], regions: dict[str, str], header: str | None = None
) -> Planned:
    """Declare the buckets in `file` under stack `stack_name`; `regions` maps bucket -> region."""
    yaml = _yaml()
    if file.exists():
        try:
            read_yaml(file)  # what the loader refuses (an alias bomb above all) is refused before ruamel reads it
        except ConfigError as error:
            raise ImportProblem("; ".join(str(problem) for problem in error.problems)) from None
        try:
            document = yaml.load(file.read_text(encoding="utf-8"))
        except Exception as error:  # ruamel raises several unrelated types for bad YAML
            raise ImportProblem(f"{file}: not valid YAML: {error}") from None
    else:
        document = None
    if document is None:
        document = CommentedMap()
    if not isinstance(document, CommentedMap):
        raise ImportProblem(f"{file}: expected a mapping with `stacks:` at the top")
    stacks = document.setdefault("stacks", CommentedSeq())
    if not isinstance(stacks, CommentedSeq):
        raise ImportProblem(f"{file}: `stacks` must be a list")

    names = [d["name"] for d in declarations]
    declared = {
        b.get("name"): s.get("name")
        for s in stacks
        if isinstance(s, dict)
        for b in (s.get("buckets") or [])
        if isinstance(b, dict)
    }
    already = [n for n in names if n in declared]
    if already:
        listed = ", ".join(f"{n!r} (stack {declared[n]!r})" for n in already)
        raise ImportProblem(f"{file}: already declared, not imported again: {listed}")

    stack = _stack(file, stacks, stack_name, regions)
    created = stack is None
    if stack is None:
        name = _new_stack_name(file, stack_name)
        found_regions = sorted(set(regions.values()))
        if len(found_regions) != 1:
            raise ImportProblem(
                f"the buckets are in several regions ({', '.join(found_regions)}); a stack has one region: "
                "import each region's buckets into its own stack (--bucket NAME ... --stack-name NAME)"
            )
        stack = CommentedMap([("name", name), ("region", found_regions[0])])
        stacks.append(stack)
    else:
        wrong = {b: r for b, r in regions.items() if r != stack.get("region")}
        if wrong:
            listed = ", ".join(f"{b} ({r})" for b, r in sorted(wrong.items()))
            raise ImportProblem(
                f"stack {stack.get('name')!r} is in {stack.get('region')}, but these buckets are not: {listed}"
            )

    notices = []
    defaults = stack.get("defaults") or {}
    if stack.get("tags"):
        notices.append(
            f"stack {stack.get('name')!r} has tags ({', '.join(stack['tags'])}): the deploy adds them to the "
            "adopted buckets"
        )
    buckets = stack.get("buckets")
    if buckets is None:
        buckets = stack["buckets"] = CommentedSeq()
    for index, declaration in enumerate(declarations):
        entry = CommentedMap()
        for key, value in declaration.items():
            entry[key] = LiteralScalarString(value) if key == "policy_document" else value
        for key in defaults:
            if key in PROPS_DEFAULTS and key not in entry:
                entry[key] = PROPS_DEFAULTS[key]
        buckets.append(entry)
        if header and index == 0:
            buckets.yaml_set_comment_before_after_key(len(buckets) - 1, before=header, indent=6)

    text = io.StringIO()
    yaml.dump(document, text)
    _validate_and_write(file, text.getvalue())
    return Planned(str(stack.get("name")), created, names, notices)


def _stack(file: Path, stacks: CommentedSeq, stack_name: str | None, regions: dict) -> dict | None:
    if stack_name is not None:
        for stack in stacks:
            if isinstance(stack, dict) and stack.get("name") == stack_name:
                return stack
        return None
    if len(stacks) == 1:
        return stacks[0]
    if len(stacks) > 1:
        listed = ", ".join(str(s.get("name")) for s in stacks if isinstance(s, dict))
        raise ImportProblem(f"{file} declares several stacks ({listed}): name one with --stack-name")
    return None


def _new_stack_name(file: Path, stack_name: str | None) -> str:
    name = stack_name or file.stem
    if not STACK_NAME.match(name):
        raise ImportProblem(
            f"stack name {name!r} is not valid (2-40 lowercase letters, digits and hyphens, starting with a "
            "letter): give one with --stack-name"
        )
    return name


def _validate_and_write(file: Path, text: str) -> None:
    """Load the result as `ossiac` would (beside the original, so relative page paths resolve);
    only a valid result replaces the file, which keeps its permissions (a new one is owner-only)."""

    def check(tmp: Path) -> None:
        try:
            load_stack_file(tmp)
        except ConfigError as error:
            problems = "\n".join(f"  - {p.path}: {p.message}" for p in error.problems)
            raise ImportProblem(f"the declarations would not load, so {file} was not changed:\n{problems}") from None

    mode = file.stat().st_mode & 0o777 if file.exists() else PRIVATE
    write_atomically(file, text, mode=mode, check=check)
