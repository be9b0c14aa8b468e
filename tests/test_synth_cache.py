"""Incremental synth (ossiac/synth_cache.py): unchanged stacks come from the cache, byte for byte what a
synth writes; any changed input (the stack, a page it references, the tool, a setting) synthesizes again;
a damaged entry is never served; and the worker processes write what one in-process App writes."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from harness import command_env, run, scratch_app, synth_stacks
from ossiac import settings, synth_cache
from ossiac.config.loader import load_stack_files

ESTATE = """stacks:
  - name: alpha
    region: cn-shanghai
    buckets:
      - name: cache-test-alpha-site
        acl: public-read
        referer: {whitelist: ["https://www.example.com/*"]}
        https_only: false
        website: {index_file: pages/index.html}
  - name: beta
    region: cn-shanghai
    buckets:
      - name: cache-test-beta-data
        cors:
          - preset: browser-read
            allowed_origins: [https://www.example.com]
"""
MARKER = "served-from-the-synth-cache"
STACKS = ("alpha", "beta")


def make_app(folder: Path) -> Path:
    scratch_app(folder, "bindings")
    (folder / "pages").mkdir()
    (folder / "pages" / "index.html").write_text("<h1>first</h1>\n")
    (folder / "stacks.yaml").write_text(ESTATE)
    return folder


def synth(app: Path, **env: str) -> dict[str, str]:
    """Run `python main.py`; the manifest and every stack file it wrote, by path under cdktf.out, as text."""
    result = run(
        [sys.executable, "main.py"],
        cwd=app,
        env=command_env(**{"OSSIAC_STACK_FILES": str(app / "stacks.yaml"), "OSSIAC_TARGET": "local", **env}),
    )
    assert result.returncode == 0, result.stderr
    out = app / "cdktf.out"
    files = [out / "manifest.json", *sorted((out / "stacks").rglob("*"))]
    return {p.relative_to(out).as_posix(): p.read_text() for p in files if p.is_file()}


def stack_json(files: dict[str, str], name: str) -> str:
    return files[f"stacks/{name}/cdk.tf.json"]


def mark_cache_entries(app: Path) -> None:
    """Change what each entry holds, with a valid checksum, so a run shows which stacks were served."""
    for entry_file in (app / synth_cache.CACHE_DIR).glob("*.json"):
        entry = json.loads(entry_file.read_text())
        payload = entry["payload"]
        path = next(p for p in payload["files"] if p.endswith("cdk.tf.json"))
        stack = json.loads(payload["files"][path])
        stack["//"][MARKER] = True
        payload["files"][path] = json.dumps(stack, indent=2)
        entry["sha256"] = synth_cache._checksum(entry["key"], payload)
        entry_file.write_text(json.dumps(entry))


@pytest.fixture(scope="module")
def uncached(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    app = make_app(tmp_path_factory.mktemp("uncached") / "app")
    files = synth(app, OSSIAC_SYNTH_CACHE="0")
    assert not (app / synth_cache.CACHE_DIR).exists()  # 0 means off
    return files


def test_the_cache_writes_the_same_bytes_as_a_full_synth(tmp_path: Path, uncached) -> None:
    app = make_app(tmp_path / "app")
    first = synth(app)
    assert sorted(p.stem for p in (app / synth_cache.CACHE_DIR).glob("*.json")) == list(STACKS)
    (app / "cdktf.out" / "stacks" / "beta" / "cdk.tf.json").write_text("{}")  # cdktf.out itself is never trusted
    (app / "cdktf.out" / "manifest.json").unlink()
    second = synth(app)
    assert first == uncached and second == uncached
    manifest = json.loads(second["manifest.json"])
    assert sorted(manifest["stacks"]) == list(STACKS)
    assert manifest["stacks"]["alpha"]["synthesizedStackPath"] == "stacks/alpha/cdk.tf.json"


def test_worker_processes_write_what_one_in_process_app_writes(tmp_path: Path, uncached) -> None:
    """The workers (python -O, stacks shared out) against one App in the test's own process, type checks on."""
    app = make_app(tmp_path / "app")
    synth_stacks(tmp_path / "out", [app / "stacks.yaml"])
    for name in STACKS:
        assert (tmp_path / "out" / "stacks" / name / "cdk.tf.json").read_text() == stack_json(uncached, name)
    assert (tmp_path / "out" / "manifest.json").read_text() == uncached["manifest.json"]


def test_every_changed_input_synthesizes_again(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    synth(app)
    mark_cache_entries(app)
    unchanged = synth(app)
    assert all(MARKER in stack_json(unchanged, n) for n in STACKS), "unchanged stacks come from the cache"

    # the stack's declaration: that stack alone is synthesized again
    (app / "stacks.yaml").write_text(
        ESTATE.replace("cache-test-beta-data\n", "cache-test-beta-data\n        tags: {x: y}\n")
    )
    changed = synth(app)
    assert MARKER not in stack_json(changed, "beta") and '"x": "y"' in stack_json(changed, "beta")
    assert MARKER in stack_json(changed, "alpha")

    # a file the stack references (its website page)
    mark_cache_entries(app)
    (app / "pages" / "index.html").write_text("<h1>second</h1>\n")
    changed = synth(app)
    assert MARKER not in stack_json(changed, "alpha") and "second" in stack_json(changed, "alpha")
    assert MARKER in stack_json(changed, "beta")

    # the tool: the app's main.py (the package sources and library versions: next test)
    mark_cache_entries(app)
    (app / "main.py").write_text((app / "main.py").read_text() + "\n# a new version of the app\n")
    changed = synth(app)
    assert not any(MARKER in stack_json(changed, n) for n in STACKS)

    # a setting synth may read (any OSSIAC_ variable not known to be unrelated)
    mark_cache_entries(app)
    changed = synth(app, OSSIAC_EXAMPLE_SETTING="1")
    assert not any(MARKER in stack_json(changed, n) for n in STACKS)

    # the target: its backend is in the JSON
    mark_cache_entries(app)
    targets = tmp_path / "targets.yaml"
    targets.write_text(
        "alicloud:\n  region: cn-shanghai\n  state:\n    bucket: cache-test-state\n    region: cn-shanghai\n"
        "    tablestore_endpoint: https://lock.cn-shanghai.ots.aliyuncs.com\n    tablestore_table: lock\n"
    )
    changed = synth(app, OSSIAC_TARGET="alicloud", OSSIAC_TARGETS_FILE=str(targets))
    for name in STACKS:
        assert MARKER not in stack_json(changed, name)
        assert "oss" in json.loads(stack_json(changed, name))["terraform"]["backend"]


def test_a_setting_synth_does_not_read_keeps_the_cache(tmp_path: Path, uncached) -> None:
    """OSSIAC_JOBS (exported for `ossiac diff`, `drift`, `deploy`, it reaches the synth they run) and every
    other setting the registry (ossiac/settings.py) says synth does not read: unchanged stacks are served,
    and the registry is right that they change no output."""
    app = make_app(tmp_path / "app")
    synth(app, OSSIAC_JOBS="1")
    mark_cache_entries(app)
    served = synth(app, OSSIAC_JOBS="3")
    assert all(MARKER in stack_json(served, n) for n in STACKS), "a changed OSSIAC_JOBS missed the cache"

    others = {name: "1" for name in settings.not_in_synth() - {"OSSIAC_STACK_FILES", "OSSIAC_SYNTH_CACHE"}}
    others["OSSIAC_LOCALCLOUD_DIR"] = str(tmp_path / "cloud")
    served = synth(app, **others)
    assert all(MARKER in stack_json(served, n) for n in STACKS)
    assert synth(app, OSSIAC_SYNTH_CACHE="0", **others) == uncached  # with the cache off: the same output


def test_the_key_covers_tool_sources_library_versions_and_pages(tmp_path: Path, monkeypatch) -> None:
    app = make_app(tmp_path / "app")
    tool = tmp_path / "tool" / "stacks"
    tool.mkdir(parents=True)
    (tool / "storage_stack.py").write_text("# version 1\n")
    monkeypatch.setattr(synth_cache, "tool_folders", lambda: [tool])
    monkeypatch.setattr(synth_cache, "_installed_distributions", lambda: {"cdktf-0.21.0.dist-info"})

    def key() -> str:
        (alpha, _) = load_stack_files([app / "stacks.yaml"])
        return synth_cache.SynthCache(app, app / "main.py").key(alpha)

    first = key()
    assert key() == first  # the same inputs, the same key
    (tool / "storage_stack.py").write_text("# version 2\n")
    second = key()
    assert second != first
    monkeypatch.setattr(synth_cache, "_installed_distributions", lambda: {"cdktf-0.21.1.dist-info"})
    third = key()
    assert third != second
    (app / "pages" / "index.html").write_text("<h1>changed</h1>\n")
    assert key() != third


def test_a_damaged_or_altered_entry_is_never_served(tmp_path: Path, uncached) -> None:
    app = make_app(tmp_path / "app")
    synth(app)
    entries = app / synth_cache.CACHE_DIR
    (entries / "alpha.json").write_text("{not json")
    beta = json.loads((entries / "beta.json").read_text())
    path = next(iter(beta["payload"]["files"]))
    beta["payload"]["files"][path] = beta["payload"]["files"][path].replace(
        "cache-test-beta-data", "someone-elses-bucket"
    )
    (entries / "beta.json").write_text(json.dumps(beta))  # altered, its checksum left as it was
    assert synth(app) == uncached
    (entries / "alpha.json").write_text((entries / "alpha.json").read_text()[:100])  # cut short
    assert synth(app) == uncached


def test_a_stack_removed_from_the_yaml_leaves_cdktf_out_the_manifest_and_the_cache(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    synth(app)
    (app / "stacks.yaml").write_text(ESTATE[: ESTATE.index("  - name: beta")])
    files = synth(app)
    assert not (app / "cdktf.out" / "stacks" / "beta").exists()
    assert list(json.loads(files["manifest.json"])["stacks"]) == ["alpha"]
    assert not (app / synth_cache.CACHE_DIR / "beta.json").exists()


def test_cdktf_synth_is_served_from_the_same_cache(tmp_path: Path, offline, uncached) -> None:
    """`cdktf synth` (and so `cdktf deploy`) runs main.py with its own context: the same entries serve it."""
    app = make_app(tmp_path / "app")
    synth(app)
    mark_cache_entries(app)
    result = run(
        [*offline, "cdktf", "synth"],
        cwd=app,
        env=command_env(OSSIAC_STACK_FILES=str(app / "stacks.yaml"), OSSIAC_TARGET="local"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in STACKS:
        assert MARKER in (app / "cdktf.out" / "stacks" / name / "cdk.tf.json").read_text()
    assert sorted(json.loads((app / "cdktf.out" / "manifest.json").read_text())["stacks"]) == list(STACKS)


def test_hcl_output_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    """`cdktf synth --hcl` would bypass what synth adds to cdk.tf.json (the replace triggers)."""
    app = make_app(tmp_path / "app")
    result = run(
        [sys.executable, "main.py"],
        cwd=app,
        env=command_env(OSSIAC_STACK_FILES=str(app / "stacks.yaml"), SYNTH_HCL_OUTPUT="true"),
    )
    assert result.returncode == 1
    assert "HCL output" in result.stderr and "cdk.tf.json" in result.stderr
    assert not (app / "cdktf.out").exists()


def _workers_of(stack_file: Path) -> list[int]:
    """Synth workers, and their nodes, still running for this app (by the stack file in their environment)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            command = (proc / "cmdline").read_bytes().split(b"\0")
            environment = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        ours = any(b"ossiac.synth_workers" in part or b"jsii" in part for part in command)
        if ours and f"OSSIAC_STACK_FILES={stack_file}".encode() in environment:
            found.append(int(proc.name))
    return found


def test_the_worker_started_early_is_stopped_when_nothing_needs_it(tmp_path: Path) -> None:
    """The first worker starts before the stack files are read: a synth served wholly from the cache,
    and one refused for a bad file, leave no worker (or its node) running."""
    app = make_app(tmp_path / "app")
    synth(app)
    mark_cache_entries(app)
    served = synth(app)
    assert all(MARKER in stack_json(served, n) for n in STACKS)
    assert _workers_of(app / "stacks.yaml") == []

    (app / "stacks.yaml").write_text(ESTATE.replace("region: cn-shanghai", "region: cn-nowhere", 1))
    refused = run(
        [sys.executable, "main.py"],
        cwd=app,
        env=command_env(OSSIAC_STACK_FILES=str(app / "stacks.yaml"), OSSIAC_TARGET="local"),
    )
    assert refused.returncode == 1 and "cn-nowhere" in refused.stderr
    assert _workers_of(app / "stacks.yaml") == []


def test_an_unused_worker_stopped_after_its_node_started_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    """Stopped once its node runs, the worker exits as normally: jsii removes the copy of its runtime
    (a killed worker would leave it in the temp folder) and its node ends."""
    from ossiac.synth_workers import Workers

    temp = tmp_path / "temp"
    temp.mkdir()
    marker = tmp_path / "stacks.yaml"
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("OSSIAC_STACK_FILES", str(marker))  # how _workers_of finds this test's processes
    with Workers():
        deadline = time.monotonic() + 60
        while len(_workers_of(marker)) < 2 and time.monotonic() < deadline:  # the worker and its node
            time.sleep(0.05)
        assert len(_workers_of(marker)) == 2
        assert list(temp.iterdir()), "jsii copies its runtime into the temp folder"
    assert _workers_of(marker) == []
    assert list(temp.iterdir()) == []


def test_a_worker_that_ends_without_its_result_is_one_crash_naming_its_stacks(tmp_path: Path, monkeypatch) -> None:
    """The caller reads a worker's result when the worker says it is written, not when it exits; a
    worker that exits without saying so (killed, or dead at start) is reported with its exit code."""
    import subprocess

    from ossiac import synth_workers

    real_popen = subprocess.Popen

    def dies_at_once(command, **options):
        return real_popen([sys.executable, "-c", "import sys; sys.exit(3)"], **options)

    monkeypatch.setattr(synth_workers.subprocess, "Popen", dies_at_once)
    app = make_app(tmp_path / "app")
    stacks = load_stack_files([app / "stacks.yaml"])
    with synth_workers.Workers() as workers, pytest.raises(synth_workers.WorkerCrash) as raised:
        workers.synthesize(stacks, tmp_path / "scratch")
    assert raised.value.message == "the synth worker exited with code 3 and no result"
    assert "'alpha'" in raised.value.what or "'beta'" in raised.value.what


def test_a_synth_interrupted_while_handing_out_work_leaves_no_worker_waiting(tmp_path: Path, monkeypatch) -> None:
    """Leaving the Workers block ends every worker, also one that was given no complete work."""
    from ossiac import synth_workers

    app = make_app(tmp_path / "app")
    marker = app / "stacks.yaml"
    monkeypatch.setenv("OSSIAC_STACK_FILES", str(marker))  # how _workers_of finds this test's processes
    monkeypatch.setattr(synth_workers, "_cores", lambda: 2)
    stacks = load_stack_files([marker])
    real_dumps = synth_workers.pickle.dumps
    calls = []

    def fails_second(value):
        calls.append(value)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_dumps(value)

    monkeypatch.setattr(synth_workers.pickle, "dumps", fails_second)
    with pytest.raises(KeyboardInterrupt), synth_workers.Workers() as workers:
        workers.synthesize(stacks, tmp_path / "scratch")
    assert len(calls) == 2
    assert _workers_of(marker) == []
