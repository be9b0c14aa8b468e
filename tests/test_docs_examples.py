"""The topic pages in docs/ run as written: every block marked `<!-- docs-example: run -->` runs, in
page order, in one shell (python blocks through the venv's python), against a scratch local cloud."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import REPO_ROOT, command_env, run

DOCS = REPO_ROOT / "docs"
MARK = "<!-- docs-example: run -->"


def runnable_blocks(page: Path) -> list[tuple[str, str]]:
    """(language, text) of each marked block."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks = []
    for index, line in enumerate(lines):
        fence = re.fullmatch(r"```(\w+)", line)
        if fence and index and lines[index - 1] == MARK:
            end = lines.index("```", index + 1)
            blocks.append((fence.group(1), "\n".join(lines[index + 1:end])))
    return blocks


def _script(blocks: list[tuple[str, str]], port: int) -> str:
    parts = ["set -e"]
    for language, text in blocks:
        if language == "python":
            parts.append(f"python - <<'PYTHON_BLOCK'\n{text}\nPYTHON_BLOCK")
        else:
            parts.append(text)
            # A person types the next command after the server is up; the script waits for the port.
            parts.append(f"for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/{port}) 2>/dev/null && break; "
                         "sleep 0.1; done")
    parts.append("kill %1 2>/dev/null || true")
    return "\n".join(parts)


def test_every_code_block_in_docs_is_marked_run_or_says_why_not():
    unmarked = []
    for page in sorted(DOCS.glob("*.md")):
        lines = page.read_text(encoding="utf-8").splitlines()
        fences = [i for i, line in enumerate(lines) if re.fullmatch(r"```\w+", line)]
        for index in fences:
            mark = lines[index - 1] if index else ""
            if mark != MARK and not re.fullmatch(r"<!-- docs-example: not-run: .+ -->", mark):
                unmarked.append(f"{page.name}:{index + 1}")
    assert unmarked == []
    assert runnable_blocks(DOCS / "local-cloud-endpoint.md")


def test_the_endpoint_page_runs_as_written(tmp_path):
    cloud = tmp_path / "cloud"
    made = run([str(REPO_ROOT / ".venv/bin/ossiac"), "localcloud", "bucket", "create", "deployed-before"],
               cwd=tmp_path, env=_env(cloud))
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

