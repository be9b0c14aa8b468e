"""A website's pages are served as written: anonymous readers of a public-read website bucket get
them (the objects carry the bucket's ACL, not the provider's `private` default), and page text with
`${` or `%{` (a JavaScript template literal) is not read by Terraform as a template.

Synthesized in process as main.py does, applied with real Terraform on the local target, then read
back through the local cloud's endpoint anonymously, as a browser would, and from the store.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from harness import VENV_BIN, command_env, only, resources_of, run, synth_stacks
from ossiac.localcloud.store import Store

PAGE = '<script>const greeting = `${name}`;</script>\n%{ if ready }ok%{ endif } "q" \\ $${kept} %%{kept}\n'
ERROR_PAGE = "<p>not found: ${path}</p>\n"


def _stack_file(folder: Path, acl: str) -> Path:
    (folder / "index.html").write_text(PAGE)
    (folder / "error.html").write_text(ERROR_PAGE)
    public = "        public_access_waiver: a public static website\n" if acl != "private" else ""
    stack = folder / "stacks.yaml"
    stack.write_text(f"""stacks:
  - name: site
    region: cn-hangzhou
    buckets:
      - name: ossiac-pages-site
        acl: {acl}
{public}        https_only: false
        website:
          index_document: index.html
          error_document: error.html
          index_file: index.html
          error_file: error.html
""")
    return stack


def _objects(stack: dict) -> dict[str, dict]:
    return {o["key"]: o for o in resources_of(stack, "alicloud_oss_bucket_object")}


@pytest.mark.parametrize("acl", ["private", "public-read", "public-read-write"])
def test_pages_carry_the_bucket_acl(tmp_path, acl):
    stack = synth_stacks(tmp_path / "out", [_stack_file(tmp_path, acl)])["site"]
    bucket_acl = only(
        [
            r
            for r in resources_of(stack, "alicloud_oss_bucket_acl")
            if "ossiac-pages-site" in r["//"]["metadata"]["path"]
        ]
    )["acl"]
    assert {key: o.get("acl") for key, o in _objects(stack).items()} == {"index.html": acl, "error.html": acl}
    assert bucket_acl == acl


def test_page_text_is_escaped_for_terraform_once(tmp_path):
    objects = _objects(synth_stacks(tmp_path / "out", [_stack_file(tmp_path, "public-read")])["site"])
    assert objects["index.html"]["content"] == (
        '<script>const greeting = `$${name}`;</script>\n%%{ if ready }ok%%{ endif } "q" \\ $$${kept} %%%{kept}\n'
    )
    assert objects["error.html"]["content"] == "<p>not found: $${path}</p>\n"


@pytest.fixture()
def deployed(tmp_path, local_target) -> Path:
    """The public-read website stack synthesized and applied on the local target; its cloud folder."""
    synth_stacks(tmp_path / "out", [_stack_file(tmp_path, "public-read")])
    folder = tmp_path / "out" / "stacks" / "site"
    env = command_env(OSSIAC_LOCALCLOUD_DIR=str(tmp_path / "cloud"), OSSIAC_TARGET="local")
    for args in (["init"], ["apply", "-auto-approve"], ["plan", "-detailed-exitcode"]):
        result = run([str(VENV_BIN / "ossiac"), "tf", "--", *args, "-input=false", "-no-color"], cwd=folder, env=env)
        assert result.returncode == 0, f"terraform {args[0]}:\n{result.stdout}\n{result.stderr}"
    return tmp_path / "cloud"


def test_pages_of_a_public_website_are_served_anonymously_byte_for_byte(deployed, endpoint):
    assert endpoint.cloud == deployed  # the endpoint serves the cloud Terraform wrote
    for key, page in (("index.html", PAGE), ("error.html", ERROR_PAGE)):
        request = urllib.request.Request(f"{endpoint.url}/ossiac-pages-site/{key}")  # no signature: anonymous
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as refused:
            status, body = refused.code, refused.read()
        assert (status, body) == (200, page.encode()), body[:300]
        record = Store(deployed).get("alicloud_oss_bucket_object", f"ossiac-pages-site/{key}")
        assert record["attributes"]["content"] == page
        assert record["attributes"]["acl"] == "public-read"
