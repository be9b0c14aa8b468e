"""Every `OSSIAC_*` environment variable, written once: its name, default, meaning, and whether synth reads it.

Code reads a variable through `value(name)`, which refuses a name that is not registered here, so a new
variable cannot go undocumented (tests/test_settings.py also scans the source for names). The synth cache
keys on the variables marked `affects_synth` (and any OSSIAC_ variable it does not know); the others
change how a command runs or where it keeps files, never a stack's JSON. docs/settings.md is
`markdown_table()`'s output.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    doc: str
    """One line: what the variable changes."""
    affects_synth: bool
    """Whether a stack's synthesized JSON can depend on it (then the synth cache keys on its value)."""
    default: str | None = None
    """The value `value()` gives when the variable is unset or empty; None when the default is worked out."""
    default_doc: str = ""
    """What happens when it is unset, where the default is not one literal value."""


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "OSSIAC_TARGET",
        "the target commands and synth act on: `local` or `alicloud` (`--target` wins)",
        affects_synth=True,
        default="local",
    ),
    Setting(
        "OSSIAC_TARGETS_FILE",
        "the targets file (the alicloud target's region and state backend)",
        affects_synth=True,
        default_doc="`targets.yaml` in the checkout",
    ),
    Setting(
        "OSSIAC_CDK",
        "the CDK library synth uses: `cdktf` or `cdktn`",
        affects_synth=True,
        default_doc="whichever is installed, cdktf first",
    ),
    Setting(
        "OSSIAC_STACK_FILES",
        "the stack files synth reads, separated by the path separator (`:`)",
        affects_synth=False,
        default_doc="`estate/*.yaml`",
    ),
    Setting(
        "OSSIAC_SYNTH_CACHE",
        "`0`, `off`, `false` or `no` validates and synthesizes every stack instead of reusing unchanged ones",
        affects_synth=False,
        default="1",
    ),
    Setting(
        "OSSIAC_JOBS",
        "how many stacks `ossiac diff`, `drift` and `deploy` plan at once (`--jobs` wins)",
        affects_synth=False,
        default_doc="the number of cores",
    ),
    Setting(
        "OSSIAC_TRACEBACK", "`1` prints the traceback of an internal error (exit 70)", affects_synth=False, default="0"
    ),
    Setting(
        "OSSIAC_ALLOW_DESTROY",
        "what a deploy may destroy or replace: bucket names, key descriptions or resource addresses, "
        "separated by spaces or commas",
        affects_synth=False,
        default_doc="none",
    ),
    Setting(
        "OSSIAC_REVIEWED_PLAN",
        "set by `ossiac deploy`: the saved plan it showed, which apply then takes unguarded",
        affects_synth=False,
        default_doc="unset",
    ),
    Setting(
        "OSSIAC_CHECKOV",
        "the checkov executable the scan gate runs",
        affects_synth=False,
        default_doc="`checkov` beside the venv's python, else on PATH",
    ),
    Setting(
        "OSSIAC_LOCALCLOUD_DIR",
        "the local cloud's folder (its store, objects and certificate)",
        affects_synth=False,
        default_doc="`.local/cloud` in the checkout",
    ),
    Setting(
        "OSSIAC_LOCALCLOUD_TRACE",
        "`1`: the stand-in provider logs every call Terraform makes to it",
        affects_synth=False,
        default="0",
    ),
    Setting(
        "OSSIAC_LOCALCLOUD_LATENCY_MS",
        "milliseconds the stand-in provider waits after each create, update or delete (to mimic a real API)",
        affects_synth=False,
        default="0",
    ),
    Setting(
        "OSSIAC_PROVIDER_PYTHON",
        "set by the venv's terraform: the python the stand-in provider runs with",
        affects_synth=False,
        default_doc="unset (the provider then refuses to start)",
    ),
    Setting(
        "OSSIAC_STATE_OWNER",
        "set by the venv's terraform: the state a create is for (an unrecorded create is handed back to it only)",
        affects_synth=False,
        default_doc="`terraform.tfstate` in the current folder",
    ),
    Setting(
        "OSSIAC_RUN_ID",
        "set by the venv's terraform: one ID per Terraform command",
        affects_synth=False,
        default_doc="one per provider process",
    ),
    Setting(
        "OSSIAC_PROVIDER_ZYGOTE",
        "set by `ossiac diff`, `drift` and `deploy` for their Terraform runs on the local target: "
        "which warm stand-in provider process serves them",
        affects_synth=False,
        default_doc="unset: each run of the venv's terraform starts its own",
    ),
    Setting(
        "OSSIAC_ENDPOINT_MAX_HEADER_BYTES",
        "the local endpoint's cap on one request's headers, in bytes",
        affects_synth=False,
        default=str(8 * 1024),
    ),
    Setting(
        "OSSIAC_ENDPOINT_MAX_XML_BYTES",
        "the local endpoint's cap on one XML request body (a setting), in bytes",
        affects_synth=False,
        default=str(1024 * 1024),
    ),
    Setting(
        "OSSIAC_ENDPOINT_MAX_OBJECT_BYTES",
        "the local endpoint's cap on one PUT or part, in bytes",
        affects_synth=False,
        default=str(5 * 1024**3),
    ),
)
BY_NAME: dict[str, Setting] = {setting.name: setting for setting in SETTINGS}
PREFIX = "OSSIAC_"


def setting(name: str) -> Setting:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"{name} is not a registered setting: add it to ossiac/settings.py") from None


def value(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The variable's value in `environ` (default: this process's environment), else its default.

    Unset and empty are the same; any other value comes back as given (callers check and strip it).
    """
    found = (os.environ if environ is None else environ).get(name, "")
    return found if found else setting(name).default


def default(name: str) -> str | None:
    return setting(name).default


def not_in_synth() -> frozenset[str]:
    """Variables a stack's JSON never depends on: the synth cache leaves them out of its key."""
    return frozenset(s.name for s in SETTINGS if not s.affects_synth)


def markdown_table() -> str:
    """The registry as docs/settings.md shows it."""
    lines = ["| variable | default | what it changes | changes synth output |", "| --- | --- | --- | --- |"]
    for s in sorted(SETTINGS, key=lambda s: s.name):
        shown = f"`{s.default}`" if s.default is not None else s.default_doc
        lines.append(f"| `{s.name}` | {shown} | {s.doc} | {'yes' if s.affects_synth else 'no'} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
