"""`ossiac import --all` after a deploy: buckets a stack already manages are skipped, and it says so."""

from __future__ import annotations

import yaml

from harness import wf_app


def test_import_all_skips_managed_buckets_and_a_named_managed_bucket_is_refused(tmp_path, local_target):
    app = wf_app(tmp_path)
    app.apply("wf")
    created = app.ossiac("localcloud", "bucket", "create", "legacy-console-bucket")
    assert created.returncode == 0, created.stderr

    imported = app.ossiac("import", "--target", "local", "--all", "--stack", "legacy.yaml")
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "skipped ossiac-wf-assets: already managed by stack 'wf'" in imported.stdout
    declared = yaml.safe_load((tmp_path / "legacy.yaml").read_text())
    assert [b["name"] for s in declared["stacks"] for b in s["buckets"]] == ["legacy-console-bucket"]

    named = app.ossiac("import", "--target", "local", "--bucket", "ossiac-wf-assets", "--stack", "other.yaml")
    assert named.returncode == 1
    assert "already managed by a stack on the local target: ossiac-wf-assets (stack wf)" in named.stderr
    assert not (tmp_path / "other.yaml").exists()
