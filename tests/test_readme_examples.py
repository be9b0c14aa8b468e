"""The README runs as written: every code block is marked, and the runnable ones run.

The same conventions hold on every page of docs/ (tests/test_docs_examples.py), with `docs-example`
in the mark instead of `readme-example`. Each fenced block is preceded by `<!-- readme-example: KIND -->`:
  run                 run here, in page order, in a scratch checkout on the local target
                      (the estate holds media.yaml and site/, as in test_safe_deploys_estate);
                      a console block's `$ ` commands must print what the page shows (its first
                      lines; `...` stands for any lines), a sh block must exit 0, a python block
                      must exit 0 (run by the venv's python), a yaml block is a whole stack file
                      the loader accepts
  covered-by FILE     the same commands are exercised by that test file
  synopsis            a usage form with placeholders, not a command to paste
  real-cloud          needs Alibaba Cloud credentials; the page says so next to it
  not-run: REASON     said why
"""

from __future__ import annotations

import re

import pytest

from doc_blocks import Block, assert_installed, mark_problems, marked_blocks, run_block
from harness import REPO_ROOT, Checkout


def readme_blocks() -> list[Block]:
    return marked_blocks(REPO_ROOT / "README.md", "readme-example")


def test_every_block_is_marked_and_each_mark_holds():
    blocks = readme_blocks()
    assert sum(b.kind == "run" for b in blocks) >= 5
    assert mark_problems(blocks, "readme-example") == []


def test_the_mark_checks_find_what_they_should(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "```sh\nls\n```\n<!-- docs-example: run -->\n```text\nx\n```\n"
        "<!-- docs-example: synopsis -->\n```sh\nmake deploy\n```\n"
        "- item\n\n  <!-- docs-example: covered-by tests/nope.py -->\n  ```sh\n  ls\n  ```\n"
    )
    blocks = marked_blocks(page, "docs-example")
    assert [b.language for b in blocks] == ["sh", "text", "sh", "sh"]
    problems = mark_problems([Block("p:1", b.language, b.text, b.kind, b.detail) for b in blocks], "docs-example")
    assert [p.split(": ", 1)[1][:20] for p in problems] == [
        "mark the block with ",
        "a text block cannot ",
        "a synopsis without p",
        "tests/nope.py does n",
    ]


@pytest.fixture(scope="module")
def checkout(tmp_path_factory, local_target) -> Checkout:
    assert_installed()
    return Checkout(tmp_path_factory.mktemp("readme"))


def test_the_runnable_examples_run_as_written(checkout):
    ran = []
    for block in (b for b in readme_blocks() if b.kind == "run"):
        run_block(block, checkout)
        ran.append(block.where)
    assert ran


def _slug(heading: str) -> str:
    """The anchor MkDocs (Python-Markdown's toc) gives a heading."""
    text = re.sub(r"[^\w\s-]", "", heading.replace("`", "")).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def test_the_readme_links_resolve():
    """README.md is read on GitHub, outside the MkDocs build: its links to files and headings are checked here."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+://", target):
            continue
        path, _, anchor = target.partition("#")
        file = REPO_ROOT / path
        headings = re.findall(r"^#+ (.+)$", file.read_text(encoding="utf-8"), re.M) if file.is_file() else []
        if not file.exists() or (anchor and anchor not in {_slug(heading) for heading in headings}):
            broken.append(target)
    assert broken == []
    assert (
        _slug("Allowing a destroy or a replacement: `OSSIAC_ALLOW_DESTROY`")
        == "allowing-a-destroy-or-a-replacement-ossiac_allow_destroy"
    )
