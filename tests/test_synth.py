"""`python main.py` and `cdktf synth` write the same Terraform JSON for the estate, offline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from harness import Template, command_env, run, synth_main

pytestmark = pytest.mark.slow  # the whole estate synthesized by python main.py and by the cdktf CLI, offline

STACK_JSON = Path("cdktf.out/stacks/media/cdk.tf.json")


def _synth_with_python(app_dir: Path, offline: list[str]) -> Template:
    return synth_main(app_dir, prefix=offline)["media"]


def test_python_main_synthesizes_the_estate_pinning_the_provider(app_dir, offline):
    stack = _synth_with_python(app_dir, offline)
    assert stack["terraform"]["required_providers"]["alicloud"] == {"source": "aliyun/alicloud", "version": "1.289.0"}
    names = {b["bucket"] for b in stack["resource"]["alicloud_oss_bucket"].values()}
    assert "ossiac-example-media-assets" in names
    assert stack["provider"]["alicloud"][0] == {"region": "cn-shanghai"}


def test_synthesized_json_is_machine_independent(app_dir, offline):
    text = json.dumps(_synth_with_python(app_dir, offline))
    assert str(app_dir) not in text, "absolute paths would make the JSON differ per clone"


def test_python_main_prints_no_jsii_banner_with_nothing_silenced(app_dir, offline):
    env = {k: v for k, v in command_env().items() if not k.startswith("JSII_SILENCE_WARNING")}
    result = run([*offline, sys.executable, "main.py"], cwd=app_dir, env=env)
    assert result.returncode == 0, result.stderr
    assert "end-of-life" not in result.stdout + result.stderr


def test_cdktf_synth_writes_the_same_json_as_python_main(app_dir, offline):
    expected = _synth_with_python(app_dir, offline)
    (app_dir / STACK_JSON).unlink()
    result = run([*offline, "cdktf", "synth"], cwd=app_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads((app_dir / STACK_JSON).read_text()) == expected


def test_a_stack_removed_from_the_yaml_leaves_cdktf_out(app_dir, offline):
    stale = app_dir / "cdktf.out" / "stacks" / "gone"
    stale.mkdir(parents=True)
    _synth_with_python(app_dir, offline)
    assert not stale.exists()
