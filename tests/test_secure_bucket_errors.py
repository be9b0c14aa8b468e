"""SecureBucket refuses surroundings that lack what its props ask for (a key for SSE-KMS, a log target) with
InvalidPropsError, as every construct does: through main.py that is the stack file's fault (exit 1, one
problem naming the file), never "a bug in ossiac" (exit 70)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from harness import command_env, run
from ossiac import exit_codes
from ossiac.cdk import App, TerraformStack
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.secure_bucket import BucketEnvironment, SecureBucket
from ossiac_props.bucket import BucketProps

STACK = """\
stacks:
  - name: shop
    region: cn-hangzhou
    buckets:
      - name: shop-data-1
"""


def test_a_bucket_without_a_key_or_log_target_around_it_lists_both_problems(tmp_path: Path) -> None:
    stack = TerraformStack(App(outdir=str(tmp_path)), "bare")
    with pytest.raises(InvalidPropsError) as raised:
        SecureBucket(
            stack, "data", BucketProps(name="shop-data-1"), BucketEnvironment(kms_key_id=None, access_log_bucket=None)
        )
    assert str(raised.value).startswith("invalid props for SecureBucket bare/data:")
    (kms, logging) = raised.value.problems
    assert kms.startswith("encryption.kms_key_id: bucket shop-data-1 uses SSE-KMS but names no key")
    assert logging.startswith("logging.target_bucket: bucket shop-data-1 logs access but names no target")
    assert "logging.enabled: false with waivers.logging" in logging


def test_what_the_props_name_themselves_needs_nothing_around_it(tmp_path: Path) -> None:
    stack = TerraformStack(App(outdir=str(tmp_path)), "given")
    props = BucketProps(
        name="shop-data-1", encryption={"kms_key_id": "key-given"}, logging={"target_bucket": "shop-logs-1"}
    )
    bucket = SecureBucket(stack, "data", props, BucketEnvironment(kms_key_id=None, access_log_bucket=None))
    assert bucket.kms_key_id == "key-given"


def test_through_main_py_it_is_the_stack_files_fault_not_a_bug(app_dir: Path, tmp_path: Path) -> None:
    # The stacks always give a bucket their region's key and log bucket; a foundation that gives neither
    # is planted in every Python the synth starts (the stacks are built in worker processes).
    planted = tmp_path / "planted"
    planted.mkdir()
    (planted / "sitecustomize.py").write_text(
        "from ossiac_constructs import regional_foundation as r, secure_bucket as b\n"
        "r.RegionalFoundation.environment = lambda self: "
        "b.BucketEnvironment(kms_key_id=None, access_log_bucket=None)\n"
    )
    stack_file = tmp_path / "shop.yaml"
    stack_file.write_text(STACK)
    result = run(
        [sys.executable, "main.py"],
        app_dir,
        command_env(OSSIAC_STACK_FILES=str(stack_file), OSSIAC_SYNTH_CACHE="0", PYTHONPATH=str(planted)),
    )
    assert result.returncode == exit_codes.REFUSED, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert str(stack_file) in result.stderr
    assert "encryption.kms_key_id: bucket shop-data-1 uses SSE-KMS but names no key" in result.stderr
    assert not (app_dir / "cdktf.out" / "stacks" / "shop").exists()
