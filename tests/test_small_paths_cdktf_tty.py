"""`cdktf deploy` without a terminal: a clear refusal naming --auto-approve, not a crash in
cdktf's approval prompt (issue 23). With --auto-approve it deploys (test_small_paths_interrupt.py)."""

from __future__ import annotations

import subprocess

from harness import VENV_BIN, App, run, stack


def test_deploy_and_destroy_without_a_terminal_ask_for_auto_approve(tmp_path):
    app = App(tmp_path)
    app.declare(stack("tty", "ossiac-tty-assets"))
    for args in (["deploy", "*"], ["destroy", "tty"], ["deploy", "--var-file", "x.tfvars", "tty"]):
        refused = run([str(VENV_BIN / "cdktf"), *args], cwd=app.folder, env=app.env, stdin=subprocess.DEVNULL)
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert f"cdktf {args[0]}: stdin is not a terminal" in refused.stderr
        assert "add --auto-approve" in refused.stderr and "Raw mode" not in refused.stdout + refused.stderr
    assert not (app.folder / "cdktf.out").exists()  # refused before synthesizing anything
    helped = run([str(VENV_BIN / "cdktf"), "deploy", "--help"], cwd=app.folder, env=app.env, stdin=subprocess.DEVNULL)
    assert helped.returncode == 0 and "--auto-approve" in helped.stdout, helped.stdout + helped.stderr
