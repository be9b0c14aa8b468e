"""Code blocks of the README and docs/ pages: how each is marked, and running the runnable ones.

tests/test_readme_examples.py and tests/test_docs_examples.py both use these; the conventions are in
test_readme_examples' docstring.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from harness import REPO_ROOT, Checkout

KINDS = "run|covered-by|synopsis|real-cloud|not-run"
PLACEHOLDER = re.compile(r"<[a-z_]+>|\[|\.\.\.|\b[A-Z]{2,}\b")
SHELL = ("sh", "console", "bash", "shell")
RUNNABLE = (*SHELL, "python", "yaml")
FENCE = re.compile(r"(\s*)```(\w*)")


@dataclass(frozen=True)
class Block:
    where: str
    language: str
    text: str
    kind: str | None
    detail: str | None


def marked_blocks(page: Path, tag: str) -> list[Block]:
    """Every fenced block of the page (indented ones in lists too), with the mark on the line before it."""
    marker = re.compile(rf"<!-- {tag}: ({KINDS})(?::? (.*?))? -->")
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks, index = [], 0
    while index < len(lines):
        fence = FENCE.fullmatch(lines[index])
        if not fence:
            index += 1
            continue
        indent = fence.group(1)
        end = lines.index(indent + "```", index + 1)
        mark = marker.fullmatch(lines[index - 1].strip()) if index else None
        text = "\n".join(line.removeprefix(indent) for line in lines[index + 1 : end])
        name = page.relative_to(REPO_ROOT) if page.is_relative_to(REPO_ROOT) else page.name
        blocks.append(
            Block(
                f"{name}:{index + 1}",
                fence.group(2),
                text,
                mark.group(1) if mark else None,
                mark.group(2) if mark else None,
            )
        )
        index = end + 1
    return blocks


def mark_problems(blocks: list[Block], tag: str) -> list[str]:
    """Each block not marked, or whose mark does not hold."""
    problems = []
    for block in blocks:
        if not block.kind:
            problems.append(
                f"{block.where}: mark the block with <!-- {tag}: run|covered-by FILE|synopsis|"
                "real-cloud|not-run: why -->"
            )
        elif block.kind == "run" and block.language not in RUNNABLE:
            problems.append(
                f"{block.where}: a {block.language or 'plain'} block cannot run; allowed: "
                f"{', '.join(RUNNABLE)}, else mark it not-run: why"
            )
        elif block.kind == "covered-by" and not (block.detail and (REPO_ROOT / block.detail).is_file()):
            problems.append(f"{block.where}: {block.detail} does not exist")
        elif block.kind == "synopsis" and not PLACEHOLDER.search(block.text):
            problems.append(f"{block.where}: a synopsis without placeholders is a command: run it")
        elif block.kind == "real-cloud" and "alicloud" not in block.text:
            problems.append(f"{block.where}: a real-cloud block names the alicloud target")
        elif block.kind == "not-run" and not block.detail:
            problems.append(f"{block.where}: say why it is not run")
    return problems


def console_commands(text: str) -> list[tuple[str, list[str]]]:
    """`$ ` commands (with `\\` continuations) and the output lines the page shows for each."""
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
    """The page shows the first lines of the output, `...` standing for any lines between."""
    pattern = "".join(r"(?:.*\n)*?" if line == "..." else re.escape(line) + r"\n" for line in expected)
    return re.match(pattern, actual) is not None


# make's install stamps and what each is made from (the Makefile's PY_STAMP and NODE_STAMP rules).
STAMPS = {
    ".venv/.installed": ("requirements.lock", "pyproject.toml", "bindings/pyproject.toml"),
    "node_modules/.installed": ("package.json", "package-lock.json", ".venv/.installed"),
}


def assert_installed() -> None:
    """A scratch checkout links the repository's venv and node_modules: were the stamps stale, the examples'
    `make setup` / `make deploy` would reinstall through the links (npm ci empties the shared node_modules)."""
    for stamp, sources in STAMPS.items():
        made = (REPO_ROOT / stamp).stat().st_mtime if (REPO_ROOT / stamp).exists() else 0
        stale = [source for source in sources if (REPO_ROOT / source).stat().st_mtime > made]
        assert not stale, f"{stamp} is older than {', '.join(stale)}: run `make setup` first"


def _bash(script: str, checkout: Checkout) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-eo", "pipefail", "-c", script],
        cwd=checkout.folder,
        env=checkout.env,
        capture_output=True,
        text=True,
        timeout=1800,
    )


def run_block(block: Block, checkout: Checkout) -> None:
    """Run one `run` block in the checkout, each in a shell of its own; fail naming the block."""
    if block.language == "console":
        for command, expected in console_commands(block.text):
            result = _bash(command, checkout)
            output = result.stdout + result.stderr
            assert shows(expected, output), (
                f"{block.where}: `{command}` printed:\n{output}\nthe page shows:\n" + "\n".join(expected)
            )
        return
    if block.language == "python":
        script = f"python - <<'PYTHON_BLOCK'\n{block.text}\nPYTHON_BLOCK"
    elif block.language == "yaml":
        # A stack file as written: the loader (what synth runs first) must accept it.
        script = (
            f"cat > .local/example-stack.yaml <<'YAML_BLOCK'\n{block.text}\nYAML_BLOCK\n"
            "python -c 'from pathlib import Path; from ossiac.config.loader import load_stack_files; "
            'load_stack_files([Path(".local/example-stack.yaml")])\''
        )
    else:
        script = block.text
    result = _bash(script, checkout)
    assert result.returncode == 0, f"{block.where} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
