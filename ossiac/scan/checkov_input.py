"""What checkov reads of a synthesized stack: the stack itself, less the blocks it cannot parse.

Checkov's terraform_json parser (pinned 3.3.30) reads every top-level block as a labelled one, so it
fails on Terraform's unlabelled list blocks: `import` (which `adopt: true` emits), `moved` and
`removed`. It then reports a parsing error and judges nothing in that file (plain checkov even
exits 0). Those blocks only tell Terraform what to do with its state (adopt an existing object, a
renamed address, forget an address); they configure nothing checkov judges. So the gate hands
checkov a copy without them, every other block exactly as synthesized, and checks that the copy
still holds every resource and data source of the stack.

Any other top-level key is refused by name: whether checkov would judge what it holds is not known,
and a scan that passes without judging it would be a false pass.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ossiac import stack_json

# Terraform state moves only: left out of checkov's copy.
STATE_ONLY_BLOCKS = ("import", "moved", "removed")
# Blocks checkov 3.3.30 parses (`check` included: its labelled form is read like an output).
PARSED_BLOCKS = ("//", "terraform", "provider", "resource", "data", "module", "variable", "output", "locals", "check")
# The blocks whose content checkov judges: the copy must hold them unchanged.
JUDGED_BLOCKS = ("resource", "data", "module", "provider")


class UnscannableStack(Exception):
    pass


@dataclass(frozen=True)
class CheckovCopy:
    original: Path
    copy: Path
    left_out: dict[str, int]  # block type -> how many blocks of it checkov was not given


def addresses(stack: dict, block: str = "resource") -> set[str]:
    """`<type>.<name>` of every resource (or data source) a stack declares."""
    return {
        f"{kind}.{name}"
        for kind, named in (stack.get(block) or {}).items()
        if isinstance(named, dict)
        for name in named
        if name != "//"
    }


def checkov_copy(stack_file: Path, folder: Path) -> CheckovCopy:
    """Write what checkov reads of `stack_file` to `<folder>/<stack>/cdk.tf.json` (the stack is the folder name)."""
    try:
        stack = stack_json.load(stack_file)
    except (OSError, stack_json.StackJsonError) as error:
        raise UnscannableStack(f"{stack_file} is not readable Terraform JSON: {error}") from None
    unknown = sorted(set(stack) - set(STATE_ONLY_BLOCKS) - set(PARSED_BLOCKS))
    if unknown:
        raise UnscannableStack(
            f"{stack_file}: top-level block(s) {', '.join(map(repr, unknown))} are not known to ossiac scan, so it "
            f"cannot tell whether checkov judges them; allowed: {', '.join(PARSED_BLOCKS + STATE_ONLY_BLOCKS)}"
        )
    kept = {key: value for key, value in stack.items() if key not in STATE_ONLY_BLOCKS}
    if (
        any(kept.get(block) != stack.get(block) for block in JUDGED_BLOCKS)
        or addresses(kept) != addresses(stack)
        or addresses(kept, "data") != addresses(stack, "data")
    ):
        raise UnscannableStack(f"{stack_file}: checkov's copy would lose resources")  # guards the line above
    left_out = {key: _count(stack[key]) for key in STATE_ONLY_BLOCKS if key in stack}
    target = folder / stack_file.parent.name / stack_file.name
    target.parent.mkdir(parents=True, exist_ok=False)
    target.write_text(json.dumps(kept, indent=2))
    return CheckovCopy(original=stack_file, copy=target, left_out=left_out)


def _count(blocks: object) -> int:
    # Terraform JSON allows one unlabelled block as an object or several as a list of objects.
    return len(blocks) if isinstance(blocks, list) else 1
