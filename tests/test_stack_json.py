"""The one reader of synthesized stack JSON: stacks found in order, damaged files named, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ossiac import stack_json
from ossiac.stack_json import StackJsonError

REPO = Path(__file__).resolve().parent.parent


def _stack(stacks_dir: Path, name: str, document) -> Path:
    folder = stacks_dir / name
    folder.mkdir(parents=True)
    text = document if isinstance(document, str) else json.dumps(document)
    (folder / "cdk.tf.json").write_text(text, encoding="utf-8")
    return folder


def test_stacks_are_found_in_name_order_and_folders_without_json_are_not_stacks(tmp_path):
    _stack(tmp_path, "zeta", {})
    _stack(tmp_path, "alpha", {})
    (tmp_path / "stray").mkdir()
    assert [d.name for d in stack_json.stack_dirs(tmp_path)] == ["alpha", "zeta"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('{"resource": ', "not valid JSON"),
        ("[1, 2]", "the top level is not a JSON object"),
        (b"\xff\xfe".decode("latin-1"), "not valid JSON"),
    ],
)
def test_a_damaged_stack_names_its_file_and_the_way_out(tmp_path, text, said):
    folder = _stack(tmp_path, "media", text)
    with pytest.raises(StackJsonError) as raised:
        stack_json.load(folder)
    message = str(raised.value)
    assert message.startswith(f"{folder / 'cdk.tf.json'}: {said}") and "python main.py" in message


def test_a_missing_stack_file_is_named(tmp_path):
    with pytest.raises(StackJsonError, match=r"nothing\.json: no such file"):
        stack_json.load(tmp_path / "nothing.json")


def test_resources_and_a_written_copy_round_trip(tmp_path):
    document = {"resource": {"alicloud_oss_bucket": {"a": {"bucket": "x"}, "b": {"bucket": "y"}}}}
    copy = stack_json.write(tmp_path / "work", document)
    assert copy == tmp_path / "work" / "cdk.tf.json"
    assert list(stack_json.resources(stack_json.load(copy.parent))) == [
        ("alicloud_oss_bucket", "a", {"bucket": "x"}),
        ("alicloud_oss_bucket", "b", {"bucket": "y"}),
    ]


def test_a_command_reading_a_damaged_stack_fails_in_one_line(tmp_path):
    folder = _stack(tmp_path / "cdktf.out" / "stacks", "media", "{oops")
    ossiac = Path(sys.executable).parent / "ossiac"
    result = subprocess.run(
        [
            str(ossiac),
            "policy",
            "simulate",
            "--stack-json",
            str(folder / "cdk.tf.json"),
            "--role",
            "uploader",
            "--action",
            "oss:GetObject",
            "--resource",
            "*",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "media/cdk.tf.json: not valid JSON" in line and "python main.py" in line
