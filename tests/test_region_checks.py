"""References an API requires in one region are checked across every stack loaded together
(ossiac/config/region_checks.py, issue 29): access logs into a bucket of another region
(PutBucketLogging refuses it), and a replication into an existing bucket of another region than
`destination_region`. (A RAM role name made twice is estate_checks': RAM has no regions.)

Each problem names the file, line and key and says what is allowed. region_problems is called on
the loaded stacks directly, and through `python main.py` as users run it.
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

from harness import command_env, run
from ossiac.config import loader
from ossiac.config.region_checks import region_problems


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _load(*files: Path) -> list:
    """Each file loaded on its own (no estate-wide checks), as load_stack_files gathers them."""
    return [stack for file in files for stack in loader.load_stack_file(file)]


def _messages(*files: Path) -> list[str]:
    return [str(p) for p in region_problems(_load(*files))]


BEIJING = """\
stacks:
  - name: archive
    region: cn-beijing
    buckets:
      - name: archive-central-logs
      - name: archive-backups
"""


def _hangzhou(bucket: str) -> str:
    return f"""\
stacks:
  - name: shop
    region: cn-hangzhou
    buckets:
{textwrap.indent(textwrap.dedent(bucket), " " * 6)}"""


# --- access logs -----------------------------------------------------------------------------------


def test_logs_into_a_bucket_another_stack_declares_in_another_region_are_refused(tmp_path):
    beijing = _file(tmp_path, "archive.yaml", BEIJING)
    shop = _file(
        tmp_path,
        "shop.yaml",
        _hangzhou("""\
        - name: shop-assets
          logging:
            target_bucket: archive-central-logs
        """),
    )
    (message,) = _messages(beijing, shop)
    assert message == (
        f"{shop}:7: stacks[0].buckets[0].logging.target_bucket: access logs go to bucket 'archive-central-logs', "
        f"which is in cn-beijing ({beijing}:5: stacks[0].buckets[0].name); OSS writes a bucket's logs only into a "
        "bucket of its own region; allowed: a log bucket in cn-hangzhou"
    )


def test_logs_into_the_stacks_own_log_bucket_of_a_replica_region_are_refused(tmp_path):
    shop = _file(
        tmp_path,
        "shop.yaml",
        _hangzhou("""\
        - name: shop-assets
          replication: {destination_bucket: shop-assets-replica, destination_region: cn-beijing}
        - name: shop-media
          logging:
            target_bucket: shop-access-logs-cn-beijing
        - name: shop-pages
          logging:
            target_bucket: shop-assets-replica
        """),
    )
    first, second = _messages(shop)
    assert first.startswith(
        f"{shop}:9: stacks[0].buckets[1].logging.target_bucket: access logs go to bucket "
        f"'shop-access-logs-cn-beijing', which is in cn-beijing ({shop}:2: stacks[0].name)"
    )
    assert second.startswith(
        f"{shop}:12: stacks[0].buckets[2].logging.target_bucket: access logs go to bucket "
        f"'shop-assets-replica', which is in cn-beijing ({shop}:6: "
        "stacks[0].buckets[0].replication.destination_bucket)"
    )


def test_logs_into_a_bucket_of_the_same_region_or_one_managed_elsewhere_are_accepted(tmp_path):
    other = _file(tmp_path, "other.yaml", BEIJING.replace("cn-beijing", "cn-hangzhou"))
    shop = _file(
        tmp_path,
        "shop.yaml",
        _hangzhou("""\
        - name: shop-assets
          logging: {target_bucket: archive-central-logs}
        - name: shop-media
          logging: {target_bucket: logs-managed-elsewhere}
        - name: shop-pages
          logging: {target_bucket: shop-access-logs}
        """),
    )
    assert _messages(other, shop) == []


def test_an_existing_log_bucket_another_stack_declares_in_another_region_is_refused(tmp_path):
    beijing = _file(tmp_path, "archive.yaml", BEIJING)
    shop = _file(
        tmp_path,
        "shop.yaml",
        _hangzhou("- name: shop-assets\n").replace(
            "    buckets:", "    log_bucket: {name: archive-central-logs, existing: true}\n    buckets:"
        ),
    )
    (message,) = _messages(beijing, shop)
    assert message.startswith(
        f"{shop}:4: stacks[0].log_bucket.name: access logs go to bucket 'archive-central-logs', "
        f"which is in cn-beijing ({beijing}:5: stacks[0].buckets[0].name)"
    )
    assert message.endswith("allowed: a log bucket in cn-hangzhou")
    # The same existing log bucket, declared in the stack's own region: accepted.
    same_region = _file(tmp_path, "archive.yaml", BEIJING.replace("cn-beijing", "cn-hangzhou"))
    assert _messages(same_region, shop) == []


# --- replication into an existing bucket -------------------------------------------------------------


def test_replication_into_an_existing_bucket_of_another_region_than_destination_region_is_refused(tmp_path):
    beijing = _file(tmp_path, "archive.yaml", BEIJING)
    shop = _file(
        tmp_path,
        "shop.yaml",
        _hangzhou("""\
        - name: shop-assets
          replication:
            destination_bucket: archive-backups
            destination_region: cn-shanghai
            create_destination: false
        """),
    )
    (message,) = _messages(beijing, shop)
    assert message == (
        f"{shop}:7: stacks[0].buckets[0].replication.destination_bucket: bucket 'archive-backups' is in cn-beijing "
        f"({beijing}:6: stacks[0].buckets[1].name), but destination_region is cn-shanghai; allowed: "
        "destination_region: cn-beijing, or a destination bucket in cn-shanghai"
    )
    fixed = _file(tmp_path, "shop.yaml", shop.read_text(encoding="utf-8").replace("cn-shanghai", "cn-beijing"))
    assert _messages(beijing, fixed) == []


def test_replication_into_an_existing_bucket_of_the_source_region_is_refused(tmp_path):
    """destination_region differs from the stack's, but the named bucket is the stack region's own."""
    other = _file(tmp_path, "other.yaml", BEIJING.replace("cn-beijing", "cn-hangzhou"))
    shop = _file(
        tmp_path,
        "shop.yaml",
        _hangzhou("""\
        - name: shop-assets
          replication: {destination_bucket: archive-backups, destination_region: cn-beijing, create_destination: false}
        """),
    )
    (message,) = _messages(other, shop)
    assert "bucket 'archive-backups' is in cn-hangzhou" in message and "destination_region is cn-beijing" in message


def test_the_example_estate_has_no_region_problem():
    estate = Path(__file__).resolve().parent.parent / "estate"
    assert region_problems(_load(estate / "media.yaml", estate / "migration.yaml")) == []


# --- through main.py ----------------------------------------------------------------------------------


def test_main_py_refuses_logs_into_a_bucket_of_another_region(app_dir, tmp_path):
    beijing = _file(tmp_path, "archive.yaml", BEIJING)
    shop = _file(
        tmp_path, "shop.yaml", _hangzhou("- name: shop-assets\n  logging: {target_bucket: archive-central-logs}\n")
    )
    files = os.pathsep.join([str(beijing), str(shop)])
    result = run([sys.executable, "main.py"], app_dir, command_env(OSSIAC_STACK_FILES=files))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert (
        f"{shop}:6: stacks[0].buckets[0].logging.target_bucket: access logs go to bucket 'archive-central-logs', "
        "which is in cn-beijing"
    ) in result.stderr
