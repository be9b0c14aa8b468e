"""A state torn by a killed run is restored before Terraform reads it, and every ossiac command
that runs Terraform says so, although it captures Terraform's output (issue 23)."""

from __future__ import annotations

from harness import App, stack


def test_diff_drift_and_deploy_announce_a_restored_state(tmp_path, local_target):
    app = App(tmp_path)
    app.declare(stack("torn", "ossiac-torn-assets"))
    app.deployed()
    state = tmp_path / ".local" / "state" / "torn.tfstate"
    for command in (("diff",), ("drift",), ("deploy",)):
        text = state.read_text()
        state.write_text(text[: len(text) // 2])  # what a kill between truncate and write leaves
        result = app.ossiac(*command)
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"ossiac: state restored: {state.resolve()} was torn" in result.stderr, (command, result.stderr)
        assert any(quiet in result.stdout for quiet in ("no changes", "no drift")), result.stdout  # nothing new
        assert state.read_text().startswith("{") and len(state.read_text()) >= len(text) - 1
