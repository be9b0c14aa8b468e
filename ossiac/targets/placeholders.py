"""Local target only: deterministic placeholders for sensitive root variables left unset.

Stacks keep secrets out of code as sensitive variables (`TF_VAR_<name>` at deploy time, e.g. an
IPsec pre-shared key). The local cloud needs no real secret, and `make deploy` must run unattended
from a fresh clone, so on the local target an unset sensitive variable without a default gets a
fixed placeholder (stable, so a second deploy plans no change). Never on the alicloud target.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def workdir_of(argv: list[str]) -> Path:
    """Terraform's working folder: `-chdir=DIR` (a global option, before the subcommand) or the cwd."""
    for arg in argv:
        if arg.startswith("-chdir="):
            return Path(arg.split("=", 1)[1])
        if not arg.startswith("-"):
            break
    return Path.cwd()


def placeholder(name: str) -> str:
    return f"ossiac-local-placeholder-{name}"


# Subcommands that evaluate root variables.
_USES_VARIABLES = {"plan", "apply", "destroy", "refresh", "import", "console", "output", "show"}


def placeholder_env(argv: list[str], env: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    if not _USES_VARIABLES & {a for a in argv if not a.startswith("-")}:
        return out
    for path in sorted(workdir_of(argv).glob("*.tf.json")):
        try:
            variables = json.loads(path.read_text(encoding="utf-8")).get("variable") or {}
        except (OSError, ValueError):
            continue
        for name, spec in variables.items():
            if (
                isinstance(spec, dict)
                and spec.get("sensitive")
                and "default" not in spec
                and f"TF_VAR_{name}" not in env
            ):
                out[f"TF_VAR_{name}"] = placeholder(name)
    if out:
        names = ", ".join(k.removeprefix("TF_VAR_") for k in out)
        print(
            f"ossiac (local target): placeholder value for sensitive variable(s) {names}; "
            "set TF_VAR_<name> to choose one",
            file=sys.stderr,
        )
    return out
