"""Issue 23's small paths on a deployed estate (local target): the guard's hint for a removed
bucket, an orphaned stack blocking only the deploys that include it, and `retire --destroy`
confirming and naming the buckets that existed before ossiac managed them."""

from __future__ import annotations

import os
import subprocess

from harness import VENV_BIN, App, run, stack
from ossiac.workflows import destroy_guard
from ossiac.workflows.plan_summary import ResourceChange

ADOPTED = (
    "        adopt: true\n        https_only: false\n        public_access_block: unmanaged\n"
    "        waivers: {public_access_block: adopted as found in this test}\n"
)


def test_orphans_hints_and_retire_on_one_estate(tmp_path, local_target):
    app = App(tmp_path)
    assert app.ossiac("localcloud", "bucket", "create", "ossiac-legacy").returncode == 0  # made in the console
    app.declare(
        stack("old", "ossiac-old-assets") + f"      - name: ossiac-legacy\n{ADOPTED}",
        stack("other", "ossiac-other-assets", "ossiac-other-extra"),
    )
    app.deployed()

    # `old` loses its stack file (an orphan); `other` drops a bucket.
    app.declare(stack("other", "ossiac-other-assets"))
    refused = app.ossiac("deploy", "other")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "bucket 'ossiac-other-extra'" in refused.stdout and "no longer declared" in refused.stdout
    hint = [line for line in refused.stdout.splitlines() if line.startswith("allow ")]
    assert hint == [
        "allow a resource no longer declared by name: `ossiac deploy --allow NAME`, "
        "or `OSSIAC_ALLOW_DESTROY=NAME` in the environment"
    ], refused.stdout
    assert "has state" not in refused.stdout  # the orphan is not part of this deploy
    assert "orphaned stack(s) not in this deploy: old" in refused.stdout

    allowed = app.ossiac("deploy", "other", OSSIAC_ALLOW_DESTROY="ossiac-other-extra")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert "ossiac-other-extra" not in app.buckets()
    everything = app.ossiac("deploy")  # includes the orphan: refused
    assert everything.returncode == 1 and "old: has state" in everything.stdout, everything.stdout
    by_name = app.ossiac("deploy", "old")  # names it: refused, not "no such stack"
    assert by_name.returncode == 1 and "old: has state" in by_name.stdout, by_name.stdout

    # No terminal, no --yes: refused, saying what would go and which buckets predate ossiac.
    unasked = app.ossiac("retire", "old", "--destroy")
    assert unasked.returncode == 2, unasked.stdout + unasked.stderr
    assert "add --yes" in unasked.stderr and "adopted): ossiac-legacy" in unasked.stderr, unasked.stderr
    assert "ossiac-old-assets" in unasked.stderr
    # On a terminal, anything but "yes" keeps everything.
    primary, secondary = os.openpty()
    try:
        os.write(primary, b"no\n")
        declined = subprocess.run(
            [str(VENV_BIN / "ossiac"), "retire", "old", "--destroy"],
            cwd=app.folder,
            env=app.env,
            stdin=secondary,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        os.close(primary)
        os.close(secondary)
    assert declined.returncode == 1 and "not confirmed" in declined.stderr, declined.stdout + declined.stderr
    assert "ossiac-legacy" in declined.stdout
    assert {"ossiac-legacy", "ossiac-old-assets"} <= app.buckets()

    destroyed = app.ossiac("retire", "old", "--destroy", "--yes")
    assert destroyed.returncode == 0, destroyed.stdout + destroyed.stderr
    assert not {"ossiac-legacy", "ossiac-old-assets"} & app.buckets()
    assert run([str(VENV_BIN / "ossiac"), "deploy"], cwd=app.folder, env=app.env).returncode == 0


def test_a_replaced_bucket_still_points_at_allow_destroy_and_a_removed_one_at_names():
    replaced = ResourceChange(
        "alicloud_oss_bucket.a", "alicloud_oss_bucket", "replace", forced_by=["bucket"], name_hint="kept"
    )
    removed = ResourceChange("alicloud_oss_bucket.b", "alicloud_oss_bucket", "destroy", name_hint="gone")
    violations = [
        destroy_guard.GuardViolation("s", replaced, "bucket"),
        destroy_guard.GuardViolation("s", removed, "bucket"),
    ]
    lines = destroy_guard.refusal_lines(violations, [], "or `ossiac diff --allow NAME`")
    assert lines[-2:] == [
        "allow a resource by name: `allow_destroy: <reason>` on the bucket in its stack file, "
        "or `ossiac diff --allow NAME`, or `OSSIAC_ALLOW_DESTROY=NAME` in the environment",
        "allow a resource no longer declared by name: `ossiac diff --allow NAME`, "
        "or `OSSIAC_ALLOW_DESTROY=NAME` in the environment",
    ]
    only_removed = destroy_guard.refusal_lines(violations[1:], [], "or `ossiac diff --allow NAME`")
    assert not any("allow_destroy" in line for line in only_removed)
