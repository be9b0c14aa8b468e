"""Stack inventory: which stacks have Terraform state on a target, and what that state holds.

The one place ossiac reads or drops state directly, so a change in where a target keeps its state
is made here only.
  local:    `<app>/.local/state/<stack>.tfstate` (the LocalBackend path of `backend.py`), read
            through `ossiac.targets.state_store` (which knows the journal's saved versions).
  alicloud: objects `<prefix>/<stack>.tfstate` in the OSS state bucket of targets.yaml, read with
            the OSS SDK (`alibabacloud-oss-v2`) with the same credentials and endpoint setting
            (ALICLOUD_OSS_ENDPOINT, which Terraform's oss backend reads too) as `ossiac import`.

Only counts and bucket names leave this module: state holds secrets (variable values, resource
arguments), so nothing else from it is ever printed.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import alibabacloud_oss_v2 as oss

from ossiac.targets import state_store
from ossiac.targets.selection import TargetError

STATE_SUFFIX = ".tfstate"


@dataclass(frozen=True)
class StackState:
    stack: str
    location: str
    """Where the state is, for messages: a path or an oss:// URL."""
    resource_types: dict[str, int] = field(default_factory=dict)
    """Managed resource type -> how many instances the state holds."""
    buckets: list[str] = field(default_factory=list)
    provider_regions: dict[str, str | None] = field(default_factory=dict)
    """Provider alias ("" for the default) -> region, as far as the state tells (a bucket's location)."""
    readable: bool = True
    """False when the credentials may list the state but not read it (a stack's read role reads only
    its own stack's state): then nothing above is known, and the state counts as holding resources."""

    @property
    def resource_count(self) -> int:
        return sum(self.resource_types.values())


def local_state_dir(app_dir: Path) -> Path:
    return app_dir / ".local" / "state"


def stacks_with_state(
    app_dir: Path, target: str, *, skip: frozenset[str] = frozenset(), env: Mapping[str, str] | None = None
) -> dict[str, StackState]:
    """Every stack with at least one resource in its state on the target (an emptied state is none),
    but those in `skip`, whose states are not read. `env`: credentials for the alicloud target's state
    bucket (default: the process's)."""
    found = {}
    for stack, location, document in _state_documents(app_dir, target, skip, env):
        if document is None:
            found[stack] = StackState(stack, location, readable=False)
            continue
        state = _summarize(stack, location, document)
        if state.resource_count:
            found[stack] = state
    return found


def deployed_attributes(app_dir: Path, target: str, stack: str) -> dict[tuple[str, str], dict] | None:
    """(resource type, name) -> the attributes its state on the target records; None without state.

    Only single-instance managed resources (cdktf writes no count or for_each); values the state
    holds in clear text (secrets included) are the caller's to keep out of any output.
    """
    for name, _location, data in _state_documents(app_dir, target):
        if name != stack or data is None:
            continue
        found = {}
        for resource in data.get("resources", []):
            instances = resource.get("instances") or []
            if resource.get("mode") == "managed" and len(instances) == 1:
                found[(resource["type"], resource["name"])] = instances[0].get("attributes") or {}
        return found
    return None


def orphaned(
    app_dir: Path, target: str, declared: set[str], *, env: Mapping[str, str] | None = None
) -> list[StackState]:
    """Stacks with state but no stack file declaring them: their resources are managed by nobody.
    The declared stacks' states are listed, never read."""
    found = stacks_with_state(app_dir, target, skip=frozenset(declared), env=env)
    return [state for _, state in sorted(found.items())]


def forget(app_dir: Path, target: str, stack: str) -> None:
    """Drop a stack's state, leaving its resources in the cloud unmanaged."""
    if target == "local":
        path = local_state_dir(app_dir) / f"{stack}{STATE_SUFFIX}"
        path.with_name(path.name + ".backup").unlink(missing_ok=True)
        # The journal's saved versions hold the same secrets and would otherwise outlive the state.
        shutil.rmtree(state_store.versions_dir(path), ignore_errors=True)
        path.unlink(missing_ok=True)
        return
    client, bucket, prefix = _oss_state_bucket()
    client.delete_object(oss.models.DeleteObjectRequest(bucket=bucket, key=_key(prefix, stack)))


def _summarize(stack: str, location: str, document: dict) -> StackState:
    types: Counter[str] = Counter()
    buckets = []
    regions: dict[str, str | None] = {}
    for resource in document.get("resources", []):
        if resource.get("mode") != "managed":
            continue
        instances = resource.get("instances", [])
        types[resource["type"]] += len(instances)
        alias = _alias(resource.get("provider", ""))
        regions.setdefault(alias, None)
        if resource["type"] == "alicloud_oss_bucket":
            buckets += [i.get("attributes", {}).get("bucket") for i in instances]
            for instance in instances:
                where = instance.get("attributes", {}).get("location") or ""
                if where.startswith("oss-"):
                    regions[alias] = where.removeprefix("oss-")
    return StackState(stack, location, dict(sorted(types.items())), sorted(b for b in buckets if b), regions)


def _alias(provider: str) -> str:
    # `provider["registry.terraform.io/aliyun/alicloud"]` or `...].ap_northeast_1` for an alias.
    tail = provider.rsplit("]", 1)[-1]
    return tail.lstrip(".")


def backend_block(app_dir: Path, target: str, stack: str) -> dict:
    """The `terraform.backend` JSON reaching a stack's state, for a folder at `<app>/<x>/<y>/`
    (the depth of `cdktf.out/stacks/<stack>/`); the same as `ossiac.targets.backend` synthesizes."""
    if target == "local":
        return {"local": {"path": f"../../../.local/state/{stack}{STATE_SUFFIX}"}}
    from ossiac.targets.config import load_alicloud

    cfg = load_alicloud()
    block = {
        "bucket": cfg.state.bucket,
        "prefix": cfg.state.prefix,
        "key": f"{stack}{STATE_SUFFIX}",
        "region": cfg.state.region,
        "tablestore_endpoint": cfg.state.tablestore_endpoint,
        "tablestore_table": cfg.state.tablestore_table,
        "encrypt": cfg.state.encrypt,
    }
    if cfg.profile:
        block["profile"] = cfg.profile
    return {"oss": block}


def _state_documents(
    app_dir: Path, target: str, skip: frozenset[str] = frozenset(), env: Mapping[str, str] | None = None
) -> list[tuple[str, str, dict | None]]:
    """(stack, location, state) of every state but those in `skip`; the state None when the
    credentials may not read it."""
    if target == "local":
        return [
            (entry.stack, _display(entry.path, app_dir), _local_state(entry.path))
            for entry in state_store.list_states(local_state_dir(app_dir))
            if entry.stack not in skip
        ]
    return _oss_state_documents(skip, os.environ if env is None else env)


def _local_state(path: Path) -> dict:
    """The state, or for a state torn by a killed run the version the journal restores before
    Terraform next reads it; a state that was never written (empty, no saved version) is none."""
    try:
        return state_store.read_state(path)
    except state_store.StateFileError as error:
        latest = state_store.latest_version(path)
        restored = state_store.parse(latest.read_text(encoding="utf-8")) if latest else None
        if restored is not None:
            return restored
        if path.stat().st_size == 0:
            return {}
        raise TargetError(str(error)) from None


def _display(path: Path, app_dir: Path) -> str:
    try:
        return str(path.relative_to(app_dir))
    except ValueError:
        return str(path)


def _key(prefix: str, stack: str) -> str:
    # The OSS backend keeps the default workspace's state at <prefix>/<key>.
    return f"{prefix.strip('/')}/{stack}{STATE_SUFFIX}" if prefix.strip("/") else f"{stack}{STATE_SUFFIX}"


def _oss_state_bucket(env: Mapping[str, str] = os.environ):
    """(SDK client, state bucket, prefix) for the alicloud target's OSS backend."""
    from ossiac.importing.discover_alicloud import oss_endpoint
    from ossiac.targets.config import load_alicloud

    cfg = load_alicloud()
    key = env.get("ALICLOUD_ACCESS_KEY") or env.get("ALIBABA_CLOUD_ACCESS_KEY_ID")
    secret = env.get("ALICLOUD_SECRET_KEY") or env.get("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
    token = env.get("ALICLOUD_SECURITY_TOKEN") or env.get("ALIBABA_CLOUD_SECURITY_TOKEN")
    if not key or not secret:
        raise TargetError(
            "listing stacks on the alicloud target reads the OSS state bucket: set "
            "ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY (or ALIBABA_CLOUD_ACCESS_KEY_ID and "
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET)"
        )
    config = oss.config.load_default()
    config.credentials_provider = oss.credentials.StaticCredentialsProvider(key, secret, token)
    config.region = cfg.state.region
    config.endpoint = oss_endpoint(cfg.state.region)
    return oss.Client(config), cfg.state.bucket, cfg.state.prefix


def _oss_state_documents(skip: frozenset[str], env: Mapping[str, str]) -> list[tuple[str, str, dict | None]]:
    client, bucket, prefix = _oss_state_bucket(env)
    folder = f"{prefix.strip('/')}/" if prefix.strip("/") else ""
    documents = []
    try:
        pages = client.list_objects_v2_paginator().iter_page(
            oss.models.ListObjectsV2Request(bucket=bucket, prefix=folder, delimiter="/")
        )
        for page in pages:
            for item in page.contents or []:
                name = item.key[len(folder) :]
                stack = name.removesuffix(STATE_SUFFIX)
                if not name.endswith(STATE_SUFFIX) or stack in skip:
                    continue
                location = f"oss://{bucket}/{item.key}"
                body = _read_if_allowed(client, bucket, item.key)
                document = None if body is None else state_store.parse(body.decode("utf-8"))
                if body is not None and document is None:
                    raise TargetError(f"{location}: not a complete Terraform state file")
                documents.append((stack, location, document))
    except oss.exceptions.OperationError as error:
        raise TargetError(f"cannot list Terraform states in oss://{bucket}/{folder}: {error.unwrap()}") from None
    return documents


def _read_if_allowed(client, bucket: str, key: str) -> bytes | None:
    """The object's bytes, or None when the credentials may list it but not read it."""
    try:
        return client.get_object(oss.models.GetObjectRequest(bucket=bucket, key=key)).body.read()
    except oss.exceptions.OperationError as error:
        if getattr(error.unwrap(), "status_code", None) == 403:
            return None
        raise
