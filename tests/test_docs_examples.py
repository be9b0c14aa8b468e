"""The pages in docs/ run as written, under the README's conventions (tests/test_readme_examples.py) with
`<!-- docs-example: KIND -->` marks: every code block is marked, and each page's `run` blocks run in page order
in a scratch checkout of its own. The endpoint page runs here too, against a scratch local cloud with its
server in the background."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from doc_blocks import assert_installed, mark_problems, marked_blocks, run_block
from harness import REPO_ROOT, Checkout, command_env, run

DOCS = REPO_ROOT / "docs"
TAG = "docs-example"
# Pages whose run blocks need more than a checkout (a server in the background): run by a test of their own.
OWN_RUNNER = {"local-cloud-endpoint.md"}


def pages() -> list[Path]:
    return sorted(DOCS.glob("*.md"))


def pages_that_run() -> list[str]:
    return [
        page.name
        for page in pages()
        if page.name not in OWN_RUNNER and any(block.kind == "run" for block in marked_blocks(page, TAG))
    ]


def runnable_blocks(page: Path) -> list[tuple[str, str]]:
    """(language, text) of each `run` block."""
    return [(block.language, block.text) for block in marked_blocks(page, TAG) if block.kind == "run"]


def _script(blocks: list[tuple[str, str]], port: int) -> str:
    parts = ["set -e"]
    for language, text in blocks:
        if language == "python":
            parts.append(f"python - <<'PYTHON_BLOCK'\n{text}\nPYTHON_BLOCK")
        else:
            parts.append(text)
            # A person types the next command after the server is up; the script waits for the port.
            parts.append(
                f"for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/{port}) 2>/dev/null && break; sleep 0.1; done"
            )
    parts.append("kill %1 2>/dev/null || true")
    return "\n".join(parts)


def test_every_code_block_in_docs_is_marked_and_each_mark_holds():
    problems = [problem for page in pages() for problem in mark_problems(marked_blocks(page, TAG), TAG)]
    assert problems == []
    assert runnable_blocks(DOCS / "local-cloud-endpoint.md")
    assert {"access.md", "importing.md", "request-simulator.md"} <= set(pages_that_run())


@pytest.mark.parametrize("name", pages_that_run())
def test_the_page_runs_as_written(name, tmp_path, local_target):
    assert_installed()
    checkout = Checkout(tmp_path)
    for block in marked_blocks(DOCS / name, TAG):
        if block.kind == "run":
            run_block(block, checkout)


def test_the_endpoint_page_runs_as_written(tmp_path):
    cloud = tmp_path / "cloud"
    made = run(
        [str(REPO_ROOT / ".venv/bin/ossiac"), "localcloud", "bucket", "create", "deployed-before"],
        cwd=tmp_path,
        env=_env(cloud),
    )
    assert made.returncode == 0, made.stderr
    blocks = runnable_blocks(DOCS / "local-cloud-endpoint.md")
    port = int(re.search(r"serve --port (\d+)", blocks[0][1]).group(1))
    result = run(["bash", "-c", _script(blocks, port)], cwd=tmp_path, env=_env(cloud))
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert "deployed-before cn-hangzhou" in result.stdout
    assert "b'hello'" in result.stdout
    url = result.stdout.strip().splitlines()[-1]
    assert url.startswith("http://127.0.0.1:9090/scratch-example/hello.txt?"), url


def _env(cloud: Path) -> dict[str, str]:
    env = command_env(OSSIAC_LOCALCLOUD_DIR=str(cloud))
    for name in list(env):
        if name.startswith(("OSS_", "ALIBABA_CLOUD_", "ALICLOUD_")):
            del env[name]
    return env
