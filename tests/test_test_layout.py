"""Tests share code through tests/harness.py (and small helper modules), never by importing another test
file: a test file's import runs its module fixtures' definitions and ties its private helpers to others."""

from __future__ import annotations

import ast

from harness import REPO_ROOT

TESTS = REPO_ROOT / "tests"


def imported_modules(source: str) -> set[str]:
    """Top-level names of every module a Python source imports, at any depth (function bodies too)."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_no_test_file_imports_another_or_conftest():
    test_modules = {path.stem for path in TESTS.glob("test_*.py")} | {"conftest"}
    offenders = {
        path.name: sorted(imported_modules(path.read_text(encoding="utf-8")) & test_modules)
        for path in sorted(TESTS.glob("*.py"))
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_check_finds_an_import_of_a_test_file():
    source = "import os\nfrom test_saved_plans import App\n\ndef f():\n    import conftest\n"
    assert imported_modules(source) & {"test_saved_plans", "conftest"} == {"test_saved_plans", "conftest"}
