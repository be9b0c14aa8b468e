"""The README runs as written: every shell or console block is marked, and the runnable ones run.

Each ```sh / ```console block is preceded by `<!-- readme-example: KIND -->`:
  run                 run here, in README order, in a scratch checkout on the local target
                      (the estate holds media.yaml and site/, as in test_safe_deploys_estate);
                      a console block's `$ ` commands must print what the README shows (its first
                      lines; `...` stands for any lines), a sh block must exit 0
  covered-by FILE     the same commands are exercised by that test file
  synopsis            a usage form with placeholders, not a command to paste
  real-cloud          needs Alibaba Cloud credentials; the README says so next to it
  not-run: REASON     said why
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass

import pytest

from conftest import REPO_ROOT
from test_safe_deploys_estate import Checkout

MARKER = re.compile(r"<!-- readme-example: (run|covered-by|synopsis|real-cloud|not-run)(?::? (.*?))? -->")
PLACEHOLDER = re.compile(r"<[a-z_]+>|\[|\.\.\.|\b[A-Z]{2,}\b")


@dataclass(frozen=True)
class Block:
    line: int
    language: str
    text: str
    kind: str | None
    detail: str | None


def readme_blocks() -> list[Block]:
    lines = (REPO_ROOT / "README.md").read_text().splitlines()
    blocks, index = [], 0
    while index < len(lines):
        fence = re.fullmatch(r"```(\w*)", lines[index])
        if not fence:
            index += 1
            continue
        end = lines.index("```", index + 1)
        if fence.group(1) in ("sh", "console", "bash", "shell"):
            marker = MARKER.fullmatch(lines[index - 1]) if index else None
            blocks.append(Block(index + 1, fence.group(1), "\n".join(lines[index + 1:end]),
                                marker.group(1) if marker else None, marker.group(2) if marker else None))
        index = end + 1
    return blocks


def test_every_shell_block_is_marked_and_each_mark_holds():
    blocks = readme_blocks()
    assert sum(b.kind == "run" for b in blocks) >= 5
    for block in blocks:
        where = f"README.md:{block.line}"
        assert block.kind, f"{where}: mark the block with <!-- readme-example: run|covered-by FILE|synopsis|real-cloud|not-run: why -->"
        if block.kind == "covered-by":
            assert (REPO_ROOT / block.detail).is_file(), f"{where}: {block.detail} does not exist"
        elif block.kind == "synopsis":
            assert PLACEHOLDER.search(block.text), f"{where}: a synopsis without placeholders is a command: run it"
        elif block.kind == "real-cloud":
            assert "alicloud" in block.text, f"{where}: a real-cloud block names the alicloud target"
        elif block.kind == "not-run":
            assert block.detail, f"{where}: say why it is not run"


def console_commands(text: str) -> list[tuple[str, list[str]]]:
    """`$ ` commands (with `\\` continuations) and the output lines the README shows for each."""
    commands: list[tuple[str, list[str]]] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        assert lines[index].startswith("$ "), f"console output before any command: {lines[index]!r}"
        command = [lines[index][2:]]
        while command[-1].endswith("\\"):
            index += 1
            command.append(lines[index])
        index += 1
        output = []
        while index < len(lines) and not lines[index].startswith("$ "):
            output.append(lines[index])
            index += 1
        commands.append(("\n".join(command), output))
    return commands


def shows(expected: list[str], actual: str) -> bool:
    """The README shows the first lines of the output, `...` standing for any lines between."""
    pattern = "".join(r"(?:.*\n)*?" if line == "..." else re.escape(line) + r"\n" for line in expected)
    return re.match(pattern, actual) is not None


@pytest.fixture(scope="module")
def checkout(tmp_path_factory, local_target) -> Checkout:
    return Checkout(tmp_path_factory.mktemp("readme"))


def _bash(script: str, checkout: Checkout) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=checkout.folder, env=checkout.env,
                          capture_output=True, text=True, timeout=1800)


def test_the_runnable_examples_run_as_written(checkout):
    ran = []
    for block in (b for b in readme_blocks() if b.kind == "run"):
        where = f"README.md:{block.line}"
        if block.language == "console":
            for command, expected in console_commands(block.text):
                result = _bash(command, checkout)
                output = result.stdout + result.stderr
                assert shows(expected, output), f"{where}: `{command}` printed:\n{output}\nthe README shows:\n" + "\n".join(expected)
        else:
            result = _bash(block.text, checkout)
            assert result.returncode == 0, f"{where} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        ran.append(where)
    assert ran
