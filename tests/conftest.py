"""Shared test helpers: where the repo is, and how to run its commands like a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("CHECKPOINT_DISABLE", "1")

REPO_ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def command_env(**extra: str) -> dict[str, str]:
    """The environment `make` gives commands: the venv and node_modules first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(VENV_BIN), str(REPO_ROOT / "node_modules" / ".bin"), env["PATH"]])
    env["CHECKPOINT_DISABLE"] = "1"
    env.update(extra)
    return env


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess[str]:
    env = command_env() if env is None else env
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, **kwargs)


@pytest.fixture(scope="session")
def offline() -> list[str]:
    """A command prefix that runs its command with no network at all (a fresh network namespace)."""
    prefix = ["unshare", "--net"]
    if shutil.which("unshare") is None:
        pytest.skip("network isolation unavailable: `unshare` (util-linux) is not installed, e.g. on macOS")
    if subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip("network isolation unavailable: `unshare --net` is not permitted here (it needs root or user namespaces)")
    return prefix


@pytest.fixture()
def app_dir(tmp_path: Path) -> Path:
    """The cdktf app (main.py, cdktf.json) in a scratch folder, so synth never writes into the repo."""
    for name in ("main.py", "cdktf.json"):
        shutil.copy(REPO_ROOT / name, tmp_path / name)
    # cdktf synth refuses to run unless the bindings folder named in cdktf.json exists.
    (tmp_path / "bindings").symlink_to(REPO_ROOT / "bindings")
    (tmp_path / "estate").symlink_to(REPO_ROOT / "estate")
    return tmp_path


def synth_in_process(outdir: Path, stack_files: list[Path]) -> dict[str, dict]:
    """Load stack files and synthesize them as main.py does, returning each stack's Terraform JSON."""
    import json

    from ossiac.cdk import App
    from ossiac.config.loader import load_stack_files
    from ossiac_stacks.storage_stack import StorageStack, synthesize

    app = App(outdir=str(outdir))
    loaded = load_stack_files(stack_files)
    for stack in loaded:
        StorageStack(app, stack)
    synthesize(app)
    return {
        stack.config.name: json.loads((outdir / "stacks" / stack.config.name / "cdk.tf.json").read_text())
        for stack in loaded
    }


def resources_of(stack: dict, resource_type: str) -> list[dict]:
    return list(stack.get("resource", {}).get(resource_type, {}).values())


def only(items: list):
    assert len(items) == 1, items
    return items[0]


# --- local target (stand-in alicloud provider + local cloud) ------------------------------------

LOCAL_PROVIDER_HCL = """terraform {
  required_providers {
    alicloud = { source = "aliyun/alicloud", version = "1.289.0" }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}
"""


@pytest.fixture(scope="session")
def local_target() -> Path:
    """The local target's filesystem mirror and Terraform CLI config, built once (as `make setup` does)."""
    from ossiac.targets import mirror

    return mirror.build()


class LocalCloud:
    """A scratch Terraform folder and its own local cloud (OSSIAC_LOCALCLOUD_DIR), on the local target."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.cloud = workdir / "cloud"
        self.env = command_env(OSSIAC_LOCALCLOUD_DIR=str(self.cloud), OSSIAC_TARGET="local")

    def write(self, hcl: str, name: str = "main.tf") -> None:
        (self.workdir / name).write_text(LOCAL_PROVIDER_HCL + hcl if name == "main.tf" else hcl)

    def tf(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """`ossiac tf -- <args>` in the scratch folder (plain Terraform, output without colour)."""
        result = run([str(VENV_BIN / "ossiac"), "tf", "--", *args], cwd=self.workdir, env=self.env)
        if check:
            assert result.returncode == 0, f"terraform {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
        return result

    def init_apply(self) -> subprocess.CompletedProcess[str]:
        self.tf("init", "-input=false", "-no-color")
        return self.tf("apply", "-auto-approve", "-input=false", "-no-color")

    def plan_exitcode(self) -> tuple[int, str]:
        """(0 no changes | 2 changes, plan output)."""
        result = self.tf("plan", "-detailed-exitcode", "-input=false", "-no-color", check=False)
        assert result.returncode in (0, 2), result.stdout + result.stderr
        return result.returncode, result.stdout

    def console(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`ossiac localcloud <args>` against this cloud, as an operator in the web console."""
        result = run([str(VENV_BIN / "ossiac"), "localcloud", *args], cwd=self.workdir, env=self.env)
        assert result.returncode == 0, result.stderr
        return result


@pytest.fixture()
def local_cloud(tmp_path: Path, local_target: Path) -> LocalCloud:
    return LocalCloud(tmp_path)


# --- the local cloud's endpoint (OSS REST and STS on 127.0.0.1) ----------------------------------


class Endpoint:
    """`ossiac localcloud serve` in this test process, over its own cloud folder, on a free port."""

    def __init__(self, cloud: Path) -> None:
        import threading

        from ossiac.endpoint.credentials import account_key
        from ossiac.endpoint.server import HttpServer

        self.cloud = cloud
        self.server = HttpServer(cloud, 0)
        self.port = self.server.port
        self.url = f"http://127.0.0.1:{self.port}"
        self.key = account_key(cloud)
        threading.Thread(target=self.server.run, daemon=True).start()
        self._tls = None

    @property
    def https_url(self) -> str:
        """The HTTPS listener (started on first use), as `ossiac localcloud serve --tls-port` runs it."""
        if self._tls is None:
            import threading

            from ossiac.endpoint.app import Endpoint as App
            from ossiac.endpoint.tls import certificate
            from ossiac.endpoint.tls_server import TlsServer

            self.certificate = certificate(self.cloud)
            self._tls = TlsServer(App(self.cloud), self.certificate)
            threading.Thread(target=self._tls.run, daemon=True).start()
        return f"https://127.0.0.1:{self._tls.port}"

    def client(self, *, signature_version: str | None = None, access_key_id: str | None = None,
               access_key_secret: str | None = None, security_token: str | None = None, region: str = "cn-hangzhou",
               tls: bool = False):
        """The official SDK (alibabacloud-oss-v2), given only this endpoint and a key pair."""
        import alibabacloud_oss_v2 as oss

        cfg = oss.config.load_default()
        cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(
            access_key_id or self.key.access_key_id, access_key_secret or self.key.access_key_secret,
            security_token)
        cfg.region = region
        cfg.endpoint = self.https_url if tls else self.url
        if signature_version:
            cfg.signature_version = signature_version
        return oss.Client(cfg)

    def close(self) -> None:
        if self._tls is not None:
            self._tls.close()
        self.server.close()


@pytest.fixture()
def endpoint(tmp_path: Path):
    served = Endpoint(tmp_path / "cloud")
    yield served
    served.close()
