"""Per-stack validation cache (ossiac/config/validation_cache.py): a cached load gives exactly the stacks,
props and errors of a fresh one; any input its validation reads (the stack's YAML, a page it references,
the tool's code and fact files, the settings) invalidates; a damaged entry is never trusted; and the
rules about the estate as a whole still see every stack."""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

import pytest

from harness import command_env, mode, run, scratch_app
from ossiac import paths, synth_cache
from ossiac.atomic_write import write_atomically
from ossiac.config import validation_cache
from ossiac.config.loader import LoadedStack, load_stack_files
from ossiac.config.problems import ConfigError
from ossiac.config.validation_cache import CACHE_DIR, ValidationCache

ESTATE = """stacks:
  - name: alpha
    region: cn-shanghai
    tags: {team: web}
    buckets:
      - name: vcache-alpha-site
        acl: public-read
        referer: {whitelist: ["https://www.example.com/*"]}
        https_only: false
        website: {index_document: index.html, index_file: pages/index.html}
  - name: beta
    region: cn-shanghai
    defaults:
      lifecycle: [{id: abort-stale-uploads, abort_multipart_upload_days: 7}]
    buckets:
      - name: vcache-beta-data
        cors:
          - preset: browser-read
            allowed_origins: [https://www.example.com]
"""
TOOL = "tool-digest-for-tests"


def make_app(folder: Path, estate: str = ESTATE) -> Path:
    folder.mkdir(parents=True)
    (folder / "pages").mkdir()
    (folder / "pages" / "index.html").write_text("<h1>first</h1>\n")
    (folder / "stacks.yaml").write_text(estate)
    return folder


def snapshot(stacks: list[LoadedStack]) -> list[tuple]:
    """What a load hands on to synth: each stack's validated props and its buckets' construct props."""
    return [
        (s.config.model_dump_json(), [b.model_dump_json() for b in s.buckets], s.file, s.index, s.where("name"))
        for s in stacks
    ]


def fresh(app: Path) -> list[tuple]:
    return snapshot(load_stack_files([app / "stacks.yaml"]))


def cached(app: Path, tool: str = TOOL) -> list[tuple]:
    return snapshot(load_stack_files([app / "stacks.yaml"], ValidationCache(app, tool, write_atomically)))


def errors(app: Path, cache: ValidationCache | None) -> str:
    with pytest.raises(ConfigError) as error:
        load_stack_files([app / "stacks.yaml"], cache)
    return str(error.value)


def entries(app: Path) -> list[Path]:
    return sorted((app / CACHE_DIR).glob("*.pickle"))


class Counting(ValidationCache):
    """Records which lookups were served, so a test can tell a hit from a miss."""

    def __init__(self, app: Path, tool: str = TOOL) -> None:
        super().__init__(app, tool, write_atomically)
        self.hits = 0

    def get(self, key, file):
        entry = super().get(key, file)
        self.hits += entry is not None
        return entry


def hits(app: Path, tool: str = TOOL) -> int:
    cache = Counting(app, tool)
    load_stack_files([app / "stacks.yaml"], cache)
    return cache.hits


def served_marker(app: Path) -> None:
    """Rewrite every entry, checksum and all, with a tag only a served entry can carry."""
    for path in entries(app):
        blob = path.read_bytes()
        payload = blob[len(validation_cache._FORMAT) :].partition(b"\n")[2]
        key, entry = pickle.loads(payload)
        buckets = [b.model_copy(update={"tags": {**b.tags, "served": "cache"}}) for b in entry.buckets]
        payload = pickle.dumps((key, validation_cache.CachedStack(entry.config, buckets, entry.pages)))
        path.write_bytes(validation_cache._FORMAT + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)


def test_a_cached_load_is_the_fresh_load(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    expected = fresh(app)
    assert cached(app) == expected  # first run: every stack validated and stored
    assert len(entries(app)) == 2
    assert hits(app) == 2
    assert cached(app) == expected  # second run: both served, the same props, files, indexes and lines


def test_entries_are_served_and_live_beside_the_synth_cache(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    cached(app)
    assert (app / CACHE_DIR).parent == app / synth_cache.CACHE_DIR.parent  # <app>/.local/
    served_marker(app)
    assert all('"served":"cache"' in "".join(buckets) for _, buckets, *_ in cached(app))
    assert [p.name for p in (app / CACHE_DIR).iterdir() if not p.name.endswith(".pickle")] == []  # no temp files


def test_editing_the_yaml_revalidates_only_that_stack(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    cached(app)
    served_marker(app)
    text = (app / "stacks.yaml").read_text().replace("vcache-beta-data", "vcache-beta-records")
    (app / "stacks.yaml").write_text(text)
    alpha, beta = cached(app)
    assert '"served":"cache"' in "".join(alpha[1])
    assert '"served":"cache"' not in "".join(beta[1]) and "vcache-beta-records" in beta[1][0]
    assert [alpha, beta] != fresh(app)  # alpha carries the marker: proof that it was served
    assert len(entries(app)) == 2  # the old beta entry went


@pytest.mark.parametrize(
    "before, after",
    [
        ("tags: {team: web}", "tags: {team: '1'}"),
        ("tags: {team: web}", "tags: {team: web, owner: ops}"),
        ("abort_multipart_upload_days: 7", "abort_multipart_upload_days: 8"),
    ],
)
def test_any_change_to_a_stacks_data_is_a_miss(tmp_path: Path, before: str, after: str) -> None:
    app = make_app(tmp_path / "app")
    cached(app)
    (app / "stacks.yaml").write_text(ESTATE.replace(before, after))
    assert hits(app) == 1
    assert cached(app) == fresh(app)


def test_a_changed_or_removed_page_is_a_miss(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    cached(app)
    (app / "pages" / "index.html").write_text("<h1>second</h1>\n")
    assert hits(app) == 1  # beta only
    assert "second" in cached(app)[0][1][0]
    assert cached(app) == fresh(app)
    (app / "pages" / "index.html").unlink()
    assert errors(app, ValidationCache(app, TOOL, write_atomically)) == errors(app, None)
    assert "cannot read" in errors(app, ValidationCache(app, TOOL, write_atomically))


def test_a_page_outside_the_repository_is_refused_even_when_cached(tmp_path: Path) -> None:
    """The repository root is found afresh: a `.git` created above the page's folder moves it."""
    app = make_app(tmp_path / "repo" / "app")
    (app / "stacks.yaml").write_text(ESTATE.replace("pages/index.html", "../shared/index.html"))
    (tmp_path / "repo" / "shared").mkdir()
    (tmp_path / "repo" / "shared" / "index.html").write_text("<h1>shared</h1>\n")
    (tmp_path / "repo" / ".git").mkdir()
    cached(app)
    (tmp_path / "repo" / ".git").rmdir()
    (app / ".git").mkdir()  # the repository is now app/, and ../shared is outside it
    assert errors(app, ValidationCache(app, TOOL, write_atomically)) == errors(app, None)
    assert "outside the repository" in errors(app, None)


def test_errors_are_those_of_a_fresh_load(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    cached(app)
    broken = ESTATE.replace("preset: browser-read", "preset: browser-reed").replace("acl: public-read", "acl: public")
    (app / "stacks.yaml").write_text(broken)
    assert errors(app, ValidationCache(app, TOOL, write_atomically)) == errors(app, None)
    # alpha as it was: its entry is served, and beta's problem is reported as a fresh load does
    (app / "stacks.yaml").write_text(ESTATE.replace("preset: browser-read", "preset: browser-reed"))
    cache = Counting(app)
    with pytest.raises(ConfigError) as error:
        load_stack_files([app / "stacks.yaml"], cache)
    assert cache.hits == 1
    assert str(error.value) == errors(app, None)
    assert "stacks[1].buckets[0].cors[0].preset" in str(error.value)


def test_file_and_estate_rules_see_cached_stacks(tmp_path: Path) -> None:
    """Duplicate stack and bucket names across stacks and files: cached stacks take part every time."""
    app = make_app(tmp_path / "app")
    cached(app)
    other = tmp_path / "app" / "more.yaml"
    other.write_text(
        "stacks:\n  - name: gamma\n    region: cn-shanghai\n    buckets:\n      - name: vcache-beta-data\n"
    )
    files = [app / "stacks.yaml", other]
    with pytest.raises(ConfigError) as fresh_error:
        load_stack_files(files)
    cache = Counting(app)
    with pytest.raises(ConfigError) as cached_error:
        load_stack_files(files, cache)
    assert cache.hits == 2
    assert str(cached_error.value) == str(fresh_error.value)
    assert "vcache-beta-data" in str(fresh_error.value)
    other.write_text(other.read_text().replace("gamma", "alpha").replace("vcache-beta-data", "vcache-gamma"))
    cache = Counting(app)
    with pytest.raises(ConfigError) as cached_error:
        load_stack_files(files, cache)
    assert cache.hits == 2
    assert "also declared in" in str(cached_error.value)
    with pytest.raises(ConfigError) as fresh_error:
        load_stack_files(files)
    assert str(cached_error.value) == str(fresh_error.value)


def test_a_stack_that_was_invalid_is_never_stored(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app", ESTATE.replace("preset: browser-read", "preset: nope"))
    errors(app, ValidationCache(app, TOOL, write_atomically))
    assert entries(app) == []  # a file with a problem stores nothing: its valid stack is validated next time too


def test_the_tool_digest_keys_the_entries(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    cached(app, "tool-1")
    assert hits(app, "tool-1") == 2
    assert hits(app, "tool-2") == 0
    assert cached(app, "tool-2") == fresh(app)


def test_the_tool_digest_covers_props_sources_fact_files_and_settings(tmp_path: Path, monkeypatch) -> None:
    """Every file the props read (their code and the fact files) is under a folder the digest hashes,
    and a changed file, library or synth setting changes it."""
    import ossiac_props.bucket

    props = Path(ossiac_props.bucket.__file__).parent
    folders = synth_cache.tool_folders()
    facts = [paths.REGIONS_FILE, paths.RAM_ACTIONS_FILE, paths.PROVIDER_FACTS_FILE]
    facts += sorted(props.glob("*.json"))
    assert len(facts) > 3
    for path in [props / "bucket.py", Path(validation_cache.__file__), *facts]:
        assert any(path.resolve().is_relative_to(f.resolve()) for f in folders), path
    tool = tmp_path / "tool" / "props"
    tool.mkdir(parents=True)
    (tool / "regions.json").write_text('{"regions": ["cn-shanghai"]}\n')
    monkeypatch.setattr(synth_cache, "tool_folders", lambda: [tool])
    first = synth_cache.code_digest()
    assert synth_cache.code_digest() == first
    (tool / "regions.json").write_text('{"regions": ["cn-shanghai", "cn-beijing"]}\n')
    second = synth_cache.code_digest()
    assert second != first
    monkeypatch.setenv("OSSIAC_CDK", "a-setting-synth-reads")
    assert synth_cache.code_digest() != second


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # truncated
        lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]),  # one bit flipped
        lambda blob: blob.replace(b"vcache-", b"vcachE-"),  # still a valid pickle: only the checksum tells
        lambda blob: b"",
        lambda blob: b"not an entry\n",
        lambda blob: blob.replace(b"ossiac-validation-cache 1", b"ossiac-validation-cache 0"),
    ],
)
def test_a_damaged_entry_is_never_trusted(tmp_path: Path, damage) -> None:
    app = make_app(tmp_path / "app")
    cached(app)
    served_marker(app)
    for path in entries(app):
        path.write_bytes(damage(path.read_bytes()))
    assert hits(app) == 0
    assert cached(app) == fresh(app)  # and rewritten whole
    assert hits(app) == 2


def test_an_entry_under_another_key_or_of_other_types_is_a_miss(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    cached(app)
    first, second = entries(app)
    # another stack's entry, checksum intact, under this stack's name
    first.write_bytes(second.read_bytes())
    # a well-formed entry holding something other than the props
    payload = pickle.dumps((second.stem, validation_cache.CachedStack({"name": "x"}, [], ())))
    second.write_bytes(validation_cache._FORMAT + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    assert hits(app) == 0
    assert cached(app) == fresh(app)


def test_entries_are_written_by_the_writer_handed_in(tmp_path: Path) -> None:
    """main.py hands in write_atomically (a test below runs it); every entry goes through the writer."""
    written = []

    def spy(path: Path, data: bytes) -> None:
        written.append(path)
        write_atomically(path, data)

    app = make_app(tmp_path / "app")
    load_stack_files([app / "stacks.yaml"], ValidationCache(app, TOOL, spy))
    assert sorted(written) == entries(app) and len(written) == 2


def test_main_py_with_the_cache_reports_what_a_fresh_run_does(tmp_path: Path) -> None:
    """Through main.py: a first run stores entries; after an edit that breaks a rule across stacks,
    the cached run's message and exit code are those of a run with the caches off."""
    app = make_app(tmp_path / "app")
    scratch_app(app, "bindings")
    env = {"OSSIAC_STACK_FILES": str(app / "stacks.yaml"), "OSSIAC_TARGET": "local"}
    first = run([sys.executable, "main.py"], cwd=app, env=command_env(**env))
    assert first.returncode == 0, first.stderr
    assert len(entries(app)) == 2
    # written by write_atomically: owner-only, as its default makes them, and no temporary file left
    assert {mode(p) for p in entries(app)} == {0o600}
    assert sorted((app / CACHE_DIR).iterdir()) == entries(app)
    (app / "stacks.yaml").write_text(ESTATE.replace("vcache-beta-data", "vcache-alpha-site"))
    with_cache = run([sys.executable, "main.py"], cwd=app, env=command_env(**env))
    without = run([sys.executable, "main.py"], cwd=app, env=command_env(**env, OSSIAC_SYNTH_CACHE="0"))
    assert with_cache.returncode == without.returncode != 0
    assert with_cache.stderr == without.stderr
    assert "vcache-alpha-site" in with_cache.stderr
