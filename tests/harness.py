"""The one test harness: where the repo is, how to run its commands as a user would, the apps tests
build (a scratch cdktf app on the local target, a scratch checkout of the whole repository), and
synthesized stacks with resource queries in the spirit of CDK's `Template` assertions.

Test files import from here, never from each other; pytest fixtures over these live in conftest.py."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


def only(items: list):
    assert len(items) == 1, items
    return items[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- synthesized stacks and queries on them -------------------------------------------------------


def _like(actual: Any, expected: Any) -> bool:
    """CDK's objectLike: every key expected is there with a like value (nested dicts alike); lists and
    scalars must be equal."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and _like(actual[k], v) for k, v in expected.items())
    return actual == expected


class Template(dict):
    """One stack's Terraform JSON (still a plain dict) with queries that state what a test means."""

    @classmethod
    def from_file(cls, path: Path) -> Template:
        return cls(json.loads(path.read_text()))

    def resources_of_type(self, resource_type: str) -> dict[str, dict]:
        """Every resource of the type, by its Terraform name."""
        return dict(self.get("resource", {}).get(resource_type, {}))

    def find_resources(self, resource_type: str, props: dict | None = None) -> list[dict]:
        """The bodies of the type whose properties are like `props` (all of them without)."""
        return [body for body in self.resources_of_type(resource_type).values() if _like(body, props or {})]

    def resource_count_is(self, resource_type: str, count: int, props: dict | None = None) -> None:
        found = self.find_resources(resource_type, props)
        assert len(found) == count, f"{len(found)} {resource_type} like {props}, not {count}: {found}"

    def has_resource_properties(self, resource_type: str, props: dict) -> dict:
        """The one resource of the type like `props` (fails if none or several are)."""
        found = self.find_resources(resource_type, props)
        assert len(found) == 1, f"{len(found)} {resource_type} like {props}: {self.resources_of_type(resource_type)}"
        return found[0]

    def values_of(self, resource_type: str, attribute: str) -> set:
        """One attribute of every resource of the type, e.g. the names of every bucket."""
        return {body[attribute] for body in self.resources_of_type(resource_type).values()}

    def buckets_of(self, resource_type: str) -> list[str]:
        """The name of the bucket each resource of the type belongs to (its `bucket` argument, a reference
        to a bucket of this stack resolved to that bucket's name), sorted, one per resource."""
        names = {
            f"${{alicloud_oss_bucket.{key}.bucket}}": body["bucket"]
            for key, body in self.resources_of_type("alicloud_oss_bucket").items()
        }
        return sorted(
            names.get(body["bucket"], body["bucket"]) for body in self.resources_of_type(resource_type).values()
        )


def resources_of(stack: dict, resource_type: str) -> list[dict]:
    return list(Template(stack).resources_of_type(resource_type).values())


def synthesized(outdir: Path) -> dict[str, Template]:
    """Every stack in a cdktf output folder, by name."""
    return {path.parent.name: Template.from_file(path) for path in sorted((outdir / "stacks").glob("*/cdk.tf.json"))}


def synth_stacks(outdir: Path, stack_files: list[Path]) -> dict[str, Template]:
    """Load stack files and synthesize them in this process as main.py does; each stack's template."""
    from ossiac.cdk import App
    from ossiac.config.loader import load_stack_files
    from ossiac_stacks.storage_stack import StorageStack, synthesize

    app = App(outdir=str(outdir))
    loaded = load_stack_files(stack_files)
    for stack in loaded:
        StorageStack(app, stack)
    synthesize(app)
    return {
        stack.config.name: Template.from_file(outdir / "stacks" / stack.config.name / "cdk.tf.json") for stack in loaded
    }


def synth_stack(outdir: Path, stack_file: Path) -> Template:
    """The template of a stack file that declares one stack."""
    return only(list(synth_stacks(outdir, [stack_file]).values()))


def synth_constructs(outdir: Path, build: Callable[[Any], None], name: str = "test") -> Template:
    """A bare stack with the alicloud provider, the constructs `build(stack)` adds, synthesized."""
    from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider

    from ossiac.cdk import App, TerraformStack

    app = App(outdir=str(outdir))
    stack = TerraformStack(app, name)
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    build(stack)
    app.synth()
    return Template.from_file(outdir / "stacks" / name / "cdk.tf.json")


def synth_main(
    app_dir: Path,
    env: dict[str, str] | None = None,
    python: str = sys.executable,
    prefix: tuple[str, ...] | list[str] = (),
) -> dict[str, Template]:
    """`python main.py` in an app folder, as a user runs it (optionally offline: prefix); every stack."""
    result = run([*prefix, python, "main.py"], cwd=app_dir, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return synthesized(app_dir / "cdktf.out")


def scratch_app(folder: Path, *links: str) -> Path:
    """The cdktf app (main.py, cdktf.json) copied into a scratch folder, with repository folders linked."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("main.py", "cdktf.json"):
        shutil.copy(REPO_ROOT / name, folder / name)
    for name in links:
        (folder / name).symlink_to(REPO_ROOT / name)
    return folder


# --- the local target: a scratch app with its own stack file, state (.local/) and local cloud ------

LOCAL_PROVIDER_HCL = """terraform {
  required_providers {
    alicloud = { source = "aliyun/alicloud", version = "1.289.0" }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}
"""


def stack(name: str, *buckets: str, extra: str = "") -> str:
    """One stack of a stack file, in cn-hangzhou, with these buckets."""
    declared = "".join(f"      - name: {bucket}\n{extra}" for bucket in buckets)
    # The tag keeps each stack's KMS key distinct: the local cloud hands an unread create with the same
    # arguments back to the next Terraform run (its killed-apply recovery), which would share one key.
    return f"  - name: {name}\n    region: cn-hangzhou\n    tags: {{stack: {name}}}\n    buckets:\n{declared or '      []'}\n"


class App:
    """The cdktf app in a scratch folder with its own stack file, state (.local/) and local cloud."""

    def __init__(self, folder: Path, stack_file: str = "stacks.yaml", cloud: Path | None = None) -> None:
        self.folder = scratch_app(folder)
        self.stack_file = folder / stack_file
        self.cloud = cloud or folder / "cloud"
        self.env = command_env(
            OSSIAC_STACK_FILES=str(self.stack_file), OSSIAC_LOCALCLOUD_DIR=str(self.cloud), OSSIAC_TARGET="local"
        )
        self.env.pop("OSSIAC_ALLOW_DESTROY", None)

    def declare(self, *stacks: str) -> None:
        self.stack_file.write_text("stacks:\n" + "".join(stacks))

    def stack_dir(self, stack_name: str) -> Path:
        return self.folder / "cdktf.out" / "stacks" / stack_name

    def ossiac(self, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return run([str(VENV_BIN / "ossiac"), *args], cwd=self.folder, env={**self.env, **extra})

    def ossiac_ok(self, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        result = self.ossiac(*args, **extra)
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    def terraform(self, stack_name: str, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return run([str(VENV_BIN / "terraform"), *args], cwd=self.stack_dir(stack_name), env={**self.env, **extra})

    def synth(self) -> dict[str, Template]:
        return synth_main(self.folder, self.env)

    def apply(self, stack_name: str) -> str:
        """Synth, then plain `terraform init` and `apply` of one stack (no ossiac guard); apply's output."""
        self.synth()
        for args in (["init", "-input=false", "-no-color"], ["apply", "-auto-approve", "-input=false", "-no-color"]):
            result = self.terraform(stack_name, *args)
            assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def deployed(self, *args: str) -> str:
        return self.ossiac_ok("deploy", *args).stdout

    def buckets(self) -> set[str]:
        listed = self.ossiac_ok("localcloud", "list", "--type", "alicloud_oss_bucket")
        return {line.split("\t")[1] for line in listed.stdout.splitlines() if line.strip()}

    def records(self, resource_type: str = "alicloud_oss_bucket") -> dict[str, dict]:
        """What the local cloud holds of a type, by ID, read straight from its store."""
        from ossiac.localcloud.store import Store

        return {r["id"]: r for r in Store(self.cloud).list(resource_type)}


WF_STACK = """
stacks:
  - name: wf
    region: cn-hangzhou
    buckets:
      - name: ossiac-wf-assets
{extra}
"""


def declare_wf(app: App, extra: str = "") -> None:
    """The one-bucket stack `wf` (in wf.yaml), `extra` lines added to its bucket or stack."""
    app.stack_file.write_text(WF_STACK.format(extra=extra))


def wf_app(folder: Path, extra: str = "") -> App:
    app = App(folder, "wf.yaml")
    declare_wf(app, extra)
    return app


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


# --- a scratch checkout: the whole repository, for `make` targets -----------------------------------

# Linked, not copied: everything but what the test changes or what holds state.
PRIVATE = {".local", "cdktf.out", "estate", "main.py", "cdktf.json", ".git", ".pytest_cache", "targets.yaml"}


class Checkout:
    """The repository's files linked into a scratch folder; the estate, main.py and `.local/` copied or
    fresh, so the repository's own `.local/` state and cloud are never touched."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for entry in REPO_ROOT.iterdir():
            if entry.name not in PRIVATE:
                (folder / entry.name).symlink_to(entry)
        scratch_app(folder)  # main.py finds estate/ beside itself
        (folder / "estate").mkdir()
        shutil.copy(REPO_ROOT / "estate" / "media.yaml", folder / "estate" / "media.yaml")
        shutil.copytree(REPO_ROOT / "estate" / "site", folder / "estate" / "site")
        # make's set-up stamp for the local target; the mirror itself is the repository's.
        (folder / ".local").mkdir()
        shutil.copy(REPO_ROOT / ".local" / "terraformrc", folder / ".local" / "terraformrc")
        self.env = command_env(OSSIAC_LOCALCLOUD_DIR=str(folder / ".local" / "cloud"), OSSIAC_TARGET="local")
        self.env.pop("OSSIAC_STACK_FILES", None)
        self.env.pop("OSSIAC_ALLOW_DESTROY", None)
        self.env["PATH"] = f"{folder / '.venv' / 'bin'}:{folder / 'node_modules' / '.bin'}:{self.env['PATH']}"

    @property
    def media(self) -> Path:
        return self.folder / "estate" / "media.yaml"

    def edit(self, old: str, new: str) -> None:
        text = self.media.read_text()
        assert old in text
        self.media.write_text(text.replace(old, new, 1))

    def make(self, target: str, **extra: str):
        return run(["make", "--no-print-directory", target], cwd=self.folder, env={**self.env, **extra})

    def ossiac(self, *args: str):
        return run([str(VENV_BIN / "ossiac"), *args], cwd=self.folder, env=self.env)

    def buckets(self) -> set[str]:
        listed = self.ossiac("localcloud", "list", "--type", "alicloud_oss_bucket")
        assert listed.returncode == 0, listed.stderr
        return {line.split("\t")[1] for line in listed.stdout.splitlines() if line.strip()}

    def bucket(self, name: str) -> dict:
        shown = self.ossiac("localcloud", "show", "alicloud_oss_bucket", name)
        assert shown.returncode == 0, shown.stderr
        return json.loads(shown.stdout)


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

    def openapi_config(self, *, signed: bool = True, **fields):
        """tea-openapi's Config for the official RPC clients (STS, IMS) pointed at this endpoint: signed with
        the account's key unless `fields` name other credentials, or anonymous (`signed=False`)."""
        from alibabacloud_tea_openapi.models import Config

        key = {"access_key_id": self.key.access_key_id, "access_key_secret": self.key.access_key_secret}
        where = {"endpoint": f"127.0.0.1:{self.port}", "protocol": "http", "region_id": "cn-hangzhou"}
        return Config(**{**(key if signed else {}), **where, **fields})

    def client(
        self,
        *,
        signature_version: str | None = None,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        region: str = "cn-hangzhou",
        tls: bool = False,
    ):
        """The official SDK (alibabacloud-oss-v2), given only this endpoint and a key pair."""
        import alibabacloud_oss_v2 as oss

        cfg = oss.config.load_default()
        cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(
            access_key_id or self.key.access_key_id, access_key_secret or self.key.access_key_secret, security_token
        )
        cfg.region = region
        cfg.endpoint = self.https_url if tls else self.url
        if signature_version:
            cfg.signature_version = signature_version
        return oss.Client(cfg)

    def close(self) -> None:
        if self._tls is not None:
            self._tls.close()
        self.server.close()


# --- OSS answers without a network, for the SDK (alibabacloud-oss-v2) -----------------------------


def oss_response(request, status: int, body: str):
    """An HTTP response as OSS sends it, handed to the SDK by a fake `HttpClient` (its own parsing runs)."""
    import alibabacloud_oss_v2 as oss

    class Response(oss.types.HttpResponse):
        def __init__(self) -> None:
            self._body = body.encode()
            self._headers = {
                "x-oss-request-id": "5C3D9175B6FC201293AD4890",
                "Date": "Mon, 02 Nov 2026 10:00:00 GMT",
                "Content-Type": "application/json" if body.startswith("{") else "application/xml",
            }

        request = property(lambda self: request)
        status_code = property(lambda self: status)
        headers = property(lambda self: self._headers)
        reason = property(lambda self: "OK" if status == 200 else "Not Found")
        is_closed = property(lambda self: True)
        is_stream_consumed = property(lambda self: True)
        content = property(lambda self: self._body)

        def __enter__(self):
            return self

        def __exit__(self, *args) -> None:
            pass

        def read(self) -> bytes:
            return self._body

        def close(self) -> None:
            pass

        def iter_bytes(self, **kwargs) -> Iterator[bytes]:
            yield self._body

    return Response()
