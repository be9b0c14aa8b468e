"""The layout users asked for must not shadow the jsii `constructs` package that cdktf imports."""

from __future__ import annotations

import json
import sys

from harness import REPO_ROOT, run


def test_constructs_folder_does_not_shadow_jsii_constructs():
    # Run from the repo root, where `constructs/` sits first on sys.path, as `python main.py` does.
    probe = (
        "import json, constructs, cdktf, ossiac_constructs.secure_bucket as ours;"
        "print(json.dumps({'constructs': constructs.__file__, 'has_Construct': hasattr(constructs, 'Construct'),"
        "'ours': ours.__file__}))"
    )
    result = run([sys.executable, "-c", probe], cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert "site-packages" in found["constructs"], found
    assert not found["constructs"].startswith(str(REPO_ROOT / "constructs")), found
    assert found["has_Construct"] is True
    assert found["ours"] == str(REPO_ROOT / "constructs" / "secure_bucket.py")


def test_layout_folders_are_not_regular_packages():
    # An __init__.py would turn the folder into a regular package named `constructs`, which
    # Python prefers over the installed one whenever the repo root is on sys.path.
    for folder in ("constructs", "stacks", "policies"):
        assert (REPO_ROOT / folder).is_dir(), folder
        assert not (REPO_ROOT / folder / "__init__.py").exists(), folder


def test_top_level_layout_exists():
    for name in ("stacks", "constructs", "policies", "tests", "cdktf.json", "main.py"):
        assert (REPO_ROOT / name).exists(), name
    config = json.loads((REPO_ROOT / "cdktf.json").read_text())
    assert config["language"] == "python"
    assert config["app"] == "python3 main.py"
    assert config["terraformProviders"] == ["aliyun/alicloud@=1.289.0"]
