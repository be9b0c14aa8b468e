"""Acceptance table for the diff engine (issue 23): each edit, planned by real Terraform with the stand-in
provider on the local target, gives exactly the expected lines in text, markdown and JSON.

One estate is applied once; each row edits it and plans (never applies), so every row starts from the
same state. The plans are real `terraform show -json` output: set elements in the provider's order,
sensitive and unknown structures as Terraform writes them.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from harness import App, LocalCloud, stack
from ossiac.workflows.change_diagram import mermaid
from ossiac.workflows.drift import drift_of
from ossiac.workflows.plan_summary import summarize
from ossiac.workflows.render import render_json, render_markdown, render_text

BUCKET = "ossiac-de-b"
CORS = [("GET", "https://a.example"), ("PUT", "https://c.example")]
POLICY = {
    "Version": "1",
    "Statement": [
        {"Effect": "Allow", "Action": ["oss:GetObject"], "Principal": ["*"], "Resource": [f"acs:oss:*:*:{BUCKET}/*"]},
        {"Effect": "Deny", "Action": ["oss:DeleteObject"], "Principal": ["*"], "Resource": [f"acs:oss:*:*:{BUCKET}/*"]},
    ],
}


@dataclass
class Estate:
    archive_days: int = 90
    cors: list[tuple[str, str]] = field(default_factory=lambda: list(CORS))
    referers: list[str] = field(default_factory=lambda: ["https://a.example/*"])
    watched: list[str] = field(default_factory=lambda: ["ossiac-de-one", "ossiac-de-two"])
    policy: dict = field(default_factory=lambda: json.loads(json.dumps(POLICY)))
    extra: str = ""

    def hcl(self) -> str:
        cors = "".join(
            f'  cors_rule {{\n    allowed_methods = ["{m}"]\n    allowed_origins = ["{o}"]\n  }}\n'
            for m, o in self.cors
        )
        dimensions = json.dumps([{"BucketName": b} for b in self.watched], separators=(",", ":"))
        return f'''
resource "alicloud_oss_bucket" "b" {{
  bucket = "{BUCKET}"
  lifecycle_rule {{
    id      = "tiers"
    enabled = true
    prefix  = "logs/"
    transitions {{
      days          = 30
      storage_class = "IA"
    }}
    transitions {{
      days          = {self.archive_days}
      storage_class = "Archive"
    }}
    transitions {{
      days          = 365
      storage_class = "ColdArchive"
    }}
  }}
  lifecycle {{
    ignore_changes = [cors_rule, referer_config, policy]
  }}
}}

resource "alicloud_oss_bucket_cors" "b" {{
  bucket = alicloud_oss_bucket.b.bucket
{cors}}}

resource "alicloud_oss_bucket_referer" "b" {{
  bucket              = alicloud_oss_bucket.b.bucket
  allow_empty_referer = false
  referer_list        = {json.dumps(self.referers)}
}}

resource "alicloud_oss_bucket_policy" "b" {{
  bucket = alicloud_oss_bucket.b.bucket
  policy = {json.dumps(json.dumps(self.policy))}
}}

resource "alicloud_cms_alarm_contact_group" "ops" {{
  alarm_contact_group_name = "ossiac-de-ops"
}}

resource "alicloud_cms_alarm" "errors" {{
  name              = "ossiac-de-5xx"
  project           = "acs_oss_dashboard"
  metric            = "ServerErrorCount"
  metric_dimensions = {json.dumps(dimensions)}
  contact_groups    = [alicloud_cms_alarm_contact_group.ops.alarm_contact_group_name]
  escalations_critical {{
    statistics          = "Value"
    comparison_operator = ">"
    threshold           = "10"
    times               = 1
  }}
}}
{self.extra}'''


ADOPTED = """
import {
  to = alicloud_oss_bucket.legacy
  id = "ossiac-de-legacy"
}

import {
  to = alicloud_oss_bucket_acl.legacy
  id = "ossiac-de-legacy"
}

resource "alicloud_oss_bucket" "legacy" {
  bucket = "ossiac-de-legacy"
  tags   = { team = "data" }
  lifecycle {
    ignore_changes = [acl]
  }
}

resource "alicloud_oss_bucket_acl" "legacy" {
  bucket = alicloud_oss_bucket.legacy.bucket
  acl    = "public-read"
}
"""

MOVED_AND_FORGOTTEN = """
moved {
  from = alicloud_cms_alarm_contact_group.ops
  to   = alicloud_cms_alarm_contact_group.oncall
}

removed {
  from = alicloud_oss_bucket_policy.b
  lifecycle {
    destroy = false
  }
}
"""


def _policy_statement_changed() -> Estate:
    estate = Estate()
    estate.policy["Statement"][0]["Action"] = ["oss:GetObject", "oss:ListObjects"]
    return estate


def _moved_and_forgotten(cloud: LocalCloud) -> Estate:
    hcl = (
        Estate()
        .hcl()
        .replace('"alicloud_cms_alarm_contact_group" "ops"', '"alicloud_cms_alarm_contact_group" "oncall"')
    )
    hcl = hcl.replace("alicloud_cms_alarm_contact_group.ops.", "alicloud_cms_alarm_contact_group.oncall.")
    start, end = (
        hcl.index('resource "alicloud_oss_bucket_policy"'),
        hcl.index('resource "alicloud_cms_alarm_contact_group"'),
    )
    return _Literal(hcl[:start] + hcl[end:] + MOVED_AND_FORGOTTEN)


class _Literal(Estate):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def hcl(self) -> str:
        return self.text


@dataclass
class Row:
    name: str
    edit: Callable[[LocalCloud], Estate]
    text: list[str]
    """`render_text`'s lines for the stack: its counts, then each resource and its values."""
    markdown: list[str]
    """The stack's rows in the comment's table, and its line in the counts table."""
    values: dict[str, list[dict]]
    """`render_json`: each changed resource's values, by address."""
    counts: dict[str, int]
    done: str = ""
    """The deploy summary's line once applied (imports, moves and forgets as Terraform counts them)."""


ROWS = [
    Row(
        "one transition changed",
        lambda cloud: Estate(archive_days=120),
        [
            "de: 0 to add, 1 to change, 0 to replace, 0 to destroy",
            f"  change   alicloud_oss_bucket.b ({BUCKET})",
            '           lifecycle_rule[id="tiers"].transitions[storage_class="Archive"].days: 90 -> 120',
        ],
        [
            f'| change | `alicloud_oss_bucket.b` ({BUCKET}) | `lifecycle_rule[id="tiers"].transitions'
            '[storage_class="Archive"].days`: `90` → `120` |',
            "| de | 0 | 1 | 0 | 0 |",
        ],
        {
            "alicloud_oss_bucket.b": [
                {
                    "path": 'lifecycle_rule[id="tiers"].transitions[storage_class="Archive"].days',
                    "action": "change",
                    "old": 90,
                    "new": 120,
                }
            ]
        },
        {"add": 0, "change": 1},
    ),
    Row(
        "a CORS rule inserted in the middle",
        lambda cloud: Estate(cors=[CORS[0], ("POST", "https://b.example"), CORS[1]]),
        [
            "de: 0 to add, 1 to change, 0 to replace, 0 to destroy",
            f"  change   alicloud_oss_bucket_cors.b ({BUCKET})",
            '           cors_rule: + {"allowed_methods": ["POST"], "allowed_origins": ["https://b.example"]}',
        ],
        [
            f'| change | `alicloud_oss_bucket_cors.b` ({BUCKET}) | `cors_rule`: + `{{"allowed_methods": ["POST"], '
            '"allowed_origins": ["https://b.example"]}` |'
        ],
        {
            "alicloud_oss_bucket_cors.b": [
                {
                    "path": "cors_rule",
                    "action": "add",
                    "old": None,
                    "new": {"allowed_methods": ["POST"], "allowed_origins": ["https://b.example"]},
                }
            ]
        },
        {"change": 1},
    ),
    Row(
        "a referer entry added",
        lambda cloud: Estate(referers=["https://a.example/*", "https://z.example/*"]),
        [
            "de: 0 to add, 1 to change, 0 to replace, 0 to destroy",
            f"  change   alicloud_oss_bucket_referer.b ({BUCKET})",
            '           referer_list: + "https://z.example/*"',
        ],
        [f'| change | `alicloud_oss_bucket_referer.b` ({BUCKET}) | `referer_list`: + `"https://z.example/*"` |'],
        {
            "alicloud_oss_bucket_referer.b": [
                {"path": "referer_list", "action": "add", "old": None, "new": "https://z.example/*"}
            ]
        },
        {"change": 1},
    ),
    Row(
        "a bucket added to a shared alarm",
        lambda cloud: Estate(watched=["ossiac-de-one", "ossiac-de-two", "ossiac-de-three"]),
        [
            "de: 0 to add, 1 to change, 0 to replace, 0 to destroy",
            "  change   alicloud_cms_alarm.errors (ossiac-de-5xx)",
            '           metric_dimensions[2]: + {"BucketName": "ossiac-de-three"}',
        ],
        [
            "| change | `alicloud_cms_alarm.errors` (ossiac-de-5xx) | `metric_dimensions[2]`: + "
            '`{"BucketName": "ossiac-de-three"}` |'
        ],
        {
            "alicloud_cms_alarm.errors": [
                {"path": "metric_dimensions[2]", "action": "add", "old": None, "new": {"BucketName": "ossiac-de-three"}}
            ]
        },
        {"change": 1},
    ),
    Row(
        "a policy statement changed",
        lambda cloud: _policy_statement_changed(),
        [
            "de: 0 to add, 1 to change, 0 to replace, 0 to destroy",
            f"  change   alicloud_oss_bucket_policy.b ({BUCKET})",
            '           policy.Statement[0].Action[1]: + "oss:ListObjects"',
        ],
        [
            f"| change | `alicloud_oss_bucket_policy.b` ({BUCKET}) | `policy.Statement[0].Action[1]`: + "
            '`"oss:ListObjects"` |'
        ],
        {
            "alicloud_oss_bucket_policy.b": [
                {"path": "policy.Statement[0].Action[1]", "action": "add", "old": None, "new": "oss:ListObjects"}
            ]
        },
        {"change": 1},
    ),
    Row(
        "an import of a public-read console bucket",
        lambda cloud: (
            cloud.console("bucket", "create", "ossiac-de-legacy", "--acl", "public-read"),
            Estate(extra=ADOPTED),
        )[1],
        [
            "de: 2 to import, 0 to add, 1 to change, 0 to replace, 0 to destroy",
            "  change   alicloud_oss_bucket.legacy (ossiac-de-legacy); imported from ID 'ossiac-de-legacy'",
            '           tags.team: + "data"',
            "  import   alicloud_oss_bucket_acl.legacy (ossiac-de-legacy); imported from ID 'ossiac-de-legacy'",
        ],
        [
            "| change | `alicloud_oss_bucket.legacy` (ossiac-de-legacy) | imported from ID 'ossiac-de-legacy'<br>"
            '`tags.team`: + `"data"` |',
            "| import | `alicloud_oss_bucket_acl.legacy` (ossiac-de-legacy) | imported from ID 'ossiac-de-legacy' |",
            "| de | 2 | 0 | 1 | 0 | 0 |",
        ],
        {
            "alicloud_oss_bucket.legacy": [{"path": "tags.team", "action": "add", "old": None, "new": "data"}],
            "alicloud_oss_bucket_acl.legacy": [],
        },
        {"import": 2, "add": 0, "change": 1, "move": 0, "forget": 0},
        "2 imported, 0 added, 1 changed, 0 replaced, 0 destroyed",
    ),
    Row(
        "a move and a forget",
        _moved_and_forgotten,
        [
            "de: 0 to add, 0 to change, 0 to replace, 0 to destroy, 1 to move, 1 to forget",
            "  move     alicloud_cms_alarm_contact_group.oncall; moved from alicloud_cms_alarm_contact_group.ops",
            "  forget   alicloud_oss_bucket_policy.b (ossiac-de-b); forgotten: Terraform stops managing it, "
            "it stays in the cloud",
        ],
        [
            "| move | `alicloud_cms_alarm_contact_group.oncall` | moved from alicloud_cms_alarm_contact_group.ops |",
            "| forget | `alicloud_oss_bucket_policy.b` (ossiac-de-b) | forgotten: Terraform stops managing it, "
            "it stays in the cloud |",
            "| de | 0 | 0 | 0 | 0 | 1 | 1 |",
        ],
        {"alicloud_oss_bucket_policy.b": [], "alicloud_cms_alarm_contact_group.oncall": []},
        {"import": 0, "destroy": 0, "move": 1, "forget": 1},
        "0 added, 0 changed, 0 replaced, 0 destroyed, 1 moved, 1 forgotten",
    ),
]


@pytest.fixture(scope="module")
def applied(tmp_path_factory, local_target) -> LocalCloud:
    """The estate applied once; rows plan edits of it."""
    cloud = LocalCloud(tmp_path_factory.mktemp("diff-engine"))
    cloud.write(Estate().hcl())
    cloud.init_apply()
    return cloud


def _plan(cloud: LocalCloud, estate: Estate) -> dict:
    cloud.write(estate.hcl())
    cloud.tf("plan", "-out=edit.tfplan", "-input=false", "-no-color")
    return json.loads(cloud.tf("show", "-json", "edit.tfplan").stdout)


@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_each_edit_gives_exactly_the_expected_lines(applied, row, tmp_path):
    # A copy of the applied folder and cloud, so a row's console changes reach no other row.
    cloud = LocalCloud(tmp_path / "row")
    shutil.copytree(applied.workdir, cloud.workdir, symlinks=True, dirs_exist_ok=True)
    plans = [summarize("de", _plan(cloud, row.edit(cloud)))]

    text = render_text(plans, []).splitlines()
    assert text == row.text, "\n".join(text)

    markdown = render_markdown(plans, []).splitlines()
    table_rows = [
        line for line in markdown if line.startswith("| ") and not line.startswith(("| action", "| stack", "| ---"))
    ]
    assert [line for line in table_rows if not line.startswith("| de |")] == [
        r for r in row.markdown if not r.startswith("| de |")
    ]
    assert all(r in markdown for r in row.markdown if r.startswith("| de |")), "\n".join(markdown)

    data = json.loads(render_json(plans, []))["stacks"][0]
    assert {c["address"]: c["values"] for c in data["changes"]} == row.values
    assert {k: data["counts"][k] for k in row.counts} == row.counts

    if row.done:
        assert plans[0].done() == row.done

    # The picture is drawn from the same changes: every changed resource is in it, with its class.
    source = mermaid(plans[0])
    for change in plans[0].changes:
        assert f":::{change.action}" in source


def test_a_refresh_only_plan_shows_a_pending_move_as_a_move_not_drift(applied, tmp_path):
    cloud = LocalCloud(tmp_path / "row")
    shutil.copytree(applied.workdir, cloud.workdir, symlinks=True, dirs_exist_ok=True)
    cloud.write(_moved_and_forgotten(cloud).hcl())
    cloud.tf("plan", "-refresh-only", "-out=refresh.tfplan", "-input=false", "-no-color")
    plan = json.loads(cloud.tf("show", "-json", "refresh.tfplan").stdout)
    (moved,) = [d for d in drift_of("de", plan) if d.moved_from]
    assert (moved.address, moved.change, moved.moved_from, moved.is_drift) == (
        "alicloud_cms_alarm_contact_group.oncall",
        "moved",
        "alicloud_cms_alarm_contact_group.ops",
        False,
    )


ADOPT = (
    "        adopt: true\n        acl: public-read\n        public_access_waiver: adopted as found in this test\n"
    "        https_only: false\n        public_access_block: unmanaged\n"
    "        waivers: {public_access_block: adopted as found in this test}\n"
)


def test_adopting_a_public_console_bucket_is_counted_as_terraform_counts_it_in_diff_and_deploy(tmp_path, local_target):
    app = App(tmp_path)
    app.ossiac_ok("localcloud", "bucket", "create", "ossiac-de-adopted", "--acl", "public-read")
    app.declare(stack("adopt", "ossiac-de-adopted", extra=ADOPT))
    text, markdown, data = (app.ossiac_ok("diff", "--format", form).stdout for form in ("text", "markdown", "json"))

    deployed = app.ossiac_ok("deploy").stdout
    planned = re.search(
        r"^  adopt: (\d+) to import, (\d+) to add, (\d+) to change, 0 to replace, 0 to destroy "
        r"\(full plan: (.+)\)$",
        deployed,
        re.M,
    )
    assert planned, deployed
    imports, adds, changes = (int(n) for n in planned.groups()[:3])
    terraform_said = (app.folder / planned.group(4)).read_text()
    assert f"Plan: {imports} to import, {adds} to add, {changes} to change, 0 to destroy." in terraform_said
    assert imports >= 2, "the bucket and its public-read ACL at least"
    assert f"  adopt: applied: {imports} imported, {adds} added, {changes} changed, 0 replaced, 0 destroyed" in deployed

    assert f"adopt: {imports} to import, {adds} to add, {changes} to change, 0 to replace, 0 to destroy" in text
    assert "; imported from ID 'ossiac-de-adopted'" in text
    assert "| stack | import | add | change | replace | destroy |" in markdown
    assert f"| adopt | {imports} | {adds} | {changes} | 0 | 0 |" in markdown
    (acl,) = [
        line
        for line in markdown.splitlines()
        if line.startswith("| import | `alicloud_oss_bucket_acl.") and "(ossiac-de-adopted)" in line
    ]
    assert "imported from ID 'ossiac-de-adopted'" in acl, "the public-read bucket's adoption is in the PR comment"
    assert re.search(r'r\d+\["oss_bucket_acl<br/>ossiac-de-adopted"\]:::import', markdown), "and in the picture"
    assert json.loads(data)["stacks"][0]["counts"]["import"] == imports
