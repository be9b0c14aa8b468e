"""The pull-request comment's picture: a Mermaid diagram per stack that parses, in collapsible sections,
under GitHub's comment limit even for a 1,000-bucket change."""

from __future__ import annotations

from mermaid_check import mermaid_blocks, parse
from ossiac.workflows.change_diagram import mermaid
from ossiac.workflows.plan_summary import summarize
from ossiac.workflows.render import GITHUB_COMMENT_LIMIT, render_markdown


def _plan(buckets: list[str], action=("update",), tag="b") -> dict:
    """Plan JSON as `terraform show -json` writes it: changes plus the configuration's references."""
    changes, config = [], []
    for name in buckets:
        key = name.replace("-", "_")
        bucket, acl, alarm = f"alicloud_oss_bucket.{key}", f"alicloud_oss_bucket_acl.{key}", f"alicloud_cms_alarm.{key}"
        changes += [
            {
                "address": bucket,
                "mode": "managed",
                "type": "alicloud_oss_bucket",
                "name": key,
                "change": {
                    "actions": list(action),
                    "before": {"bucket": name, "tags": {"o": "a"}},
                    "after": {"bucket": name, "tags": {"o": tag}},
                    "after_unknown": {},
                },
            },
            {
                "address": acl,
                "mode": "managed",
                "type": "alicloud_oss_bucket_acl",
                "name": key,
                "change": {
                    "actions": ["create"],
                    "before": None,
                    "after": {"bucket": name, "acl": "private"},
                    "after_unknown": {"id": True},
                },
            },
            {
                "address": alarm,
                "mode": "managed",
                "type": "alicloud_cms_alarm",
                "name": key,
                "change": {"actions": ["no-op"], "before": {"name": f'{name} "5xx" #1'}, "after": {"name": "x"}},
            },
        ]
        config += [
            {
                "address": acl,
                "mode": "managed",
                "expressions": {"bucket": {"references": [f"{bucket}.bucket", bucket]}},
            },
            {
                "address": alarm,
                "mode": "managed",
                "expressions": {"metric_dimensions": {"references": [f"{bucket}.bucket", bucket]}},
            },
        ]
    return {"resource_changes": changes, "configuration": {"root_module": {"resources": config}}}


def test_the_diagram_links_settings_to_their_bucket_and_colours_by_action():
    plan = summarize("media", _plan(["media-assets"]))
    source = mermaid(plan)
    assert 'r0["oss_bucket<br/>media-assets<br/>tags"]:::change' in source, "the attribute that changes is named"
    assert 'r1["oss_bucket_acl<br/>media-assets"]:::add' in source
    assert "r0 --> r1" in source
    assert "classDef add" in source and "classDef change" in source


def test_a_multi_stack_comment_has_collapsible_sections_whose_diagrams_parse():
    plans = [
        summarize("media", _plan(["media-assets", "media-site"])),
        summarize("migration", _plan(["mig-records"], action=("delete", "create"))),
        summarize("quiet", {"resource_changes": []}),
    ]
    markdown = render_markdown(plans, [])
    assert markdown.count("<details>") == 2 and markdown.count("</details>") == 2
    assert "<summary><b>media: 2 to add, 2 to change, 0 to replace, 0 to destroy</b></summary>" in markdown
    blocks = mermaid_blocks(markdown)
    assert len(blocks) == 2
    assert all(result["ok"] for result in parse(blocks)), parse(blocks)


def test_a_broken_diagram_is_caught_by_the_parser():
    (result,) = parse(['flowchart LR\n  a["x" --> b'])
    assert not result["ok"] and "Parse error" in result["error"]


def test_a_1000_bucket_change_stays_under_the_comment_limit_and_its_diagrams_still_parse():
    plans = [summarize(f"stack{s}", _plan([f"bucket-{s}-{i:03d}" for i in range(250)])) for s in range(4)]
    markdown = render_markdown(plans, [])
    assert len(markdown) <= GITHUB_COMMENT_LIMIT
    assert all(f"| stack{s} | 250 | 250 | 0 | 0 |" in markdown for s in range(4)), "the counts always stay"
    assert markdown.count("<details>") == markdown.count("</details>") == 4
    assert "_Truncated:" in markdown
    blocks = mermaid_blocks(markdown)
    assert blocks and all(result["ok"] for result in parse(blocks))
