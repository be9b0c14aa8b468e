"""The CLI's shared conventions hold in every command (issue 24): exit codes come from ossiac.exit_codes,
an expected failure is a CommandError that `ossiac`'s main prints and maps, and the shared options are
declared once, in ossiac/commands/options.py."""

from __future__ import annotations

import ast
from pathlib import Path

from ossiac import exit_codes
from ossiac.cli import main

COMMANDS = Path(__file__).resolve().parent.parent / "ossiac" / "commands"
SHARED_OPTIONS = {"--target", "--app-dir", "--allow", "--jobs", "--format"}


def _command_modules() -> list[Path]:
    return sorted(p for p in COMMANDS.glob("*.py") if p.name not in ("__init__.py", "options.py"))


def _int_literals(node: ast.expr | None) -> list[int]:
    """Integer constants a `return` or `sys.exit` gives as the exit code, through `a if c else b`."""
    if isinstance(node, ast.IfExp):
        return _int_literals(node.body) + _int_literals(node.orelse)
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return [node.value]
    return []


def _literal_exit_codes(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Return):
            codes = _int_literals(node.value)
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in ("sys.exit", "exit", "SystemExit"):
            codes = [c for arg in node.args for c in _int_literals(arg)]
        else:
            continue
        found += [f"{path.name}:{node.lineno}: exit code {code}" for code in codes]
    return found


def test_no_command_gives_a_literal_exit_code():
    assert [line for path in _command_modules() for line in _literal_exit_codes(path)] == []


def test_the_check_finds_a_literal_exit_code(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import sys\ndef run(a):\n    if a:\n        return 1 if a > 1 else OK\n    sys.exit(2)\n")
    assert _literal_exit_codes(sample) == ["sample.py:4: exit code 1", "sample.py:5: exit code 2"]


def test_shared_options_are_declared_only_by_the_options_module():
    declared = []
    for path in _command_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "add_argument"
                and any(isinstance(a, ast.Constant) and a.value in SHARED_OPTIONS for a in node.args)
            ):
                declared.append(f"{path.name}:{node.lineno}")
    assert declared == [], "use ossiac.commands.options' builders"


def test_a_command_error_is_one_line_and_its_code(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("OSSIAC_LOCALCLOUD_DIR", str(tmp_path))
    assert main(["localcloud", "reset"]) == exit_codes.USAGE
    assert capsys.readouterr().err == f"ossiac localcloud reset: this deletes everything in {tmp_path}; add --yes\n"


def test_a_refusal_from_the_local_cloud_is_exit_1_with_its_code(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("OSSIAC_LOCALCLOUD_DIR", str(tmp_path))
    assert main(["localcloud", "show", "alicloud_oss_bucket", "nowhere"]) == exit_codes.REFUSED
    err = capsys.readouterr().err
    assert err.startswith("ossiac localcloud: NotFound: no alicloud_oss_bucket 'nowhere' in ") and err.count("\n") == 1
