"""ossiac/cdk.py picks the CDK library: cdktf by default, cdktn when selected, a clear error otherwise."""

from __future__ import annotations

import sys

from harness import REPO_ROOT, command_env, run

PROBE = "import ossiac.cdk as cdk; print(cdk.LIBRARY, cdk.App.__module__)"


def test_cdktf_is_the_default():
    result = run([sys.executable, "-c", PROBE], cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["cdktf", "cdktf"]


def test_an_unknown_library_is_refused_naming_the_variable_and_the_choices():
    result = run([sys.executable, "-c", PROBE], cwd=REPO_ROOT, env=command_env(OSSIAC_CDK="cdk8s"))
    assert result.returncode != 0
    assert "OSSIAC_CDK='cdk8s' is not a CDK library ossiac supports; choose one of: cdktf, cdktn" in result.stderr


def test_selecting_a_library_this_environment_lacks_says_so():
    # The project's venv has cdktf only; cdktn lives in its own environment (make cdktn-check).
    result = run([sys.executable, "-c", PROBE], cwd=REPO_ROOT, env=command_env(OSSIAC_CDK="cdktn"))
    assert result.returncode != 0
    assert "OSSIAC_CDK=cdktn but cdktn is not installed in this environment" in result.stderr
