"""Acceptance: the example estate deployed with `make deploy` and `cdktf deploy` on the local target.

Runs in a scratch checkout (the repository's files linked, the estate, main.py and `.local/`
copied or fresh), so the repository's own `.local/` state and cloud are never touched.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from harness import VENV_BIN, Checkout, run

RECORDS = "ossiac-example-media-records"
RENAMED = "ossiac-example-media-archive"
UPLOADS = "ossiac-example-media-uploads"
MEDIA_BUCKETS = ("ossiac-example-media-assets", "ossiac-example-media-site", "ossiac-example-media-logs")


@pytest.fixture(scope="module")
def estate(tmp_path_factory, local_target) -> Checkout:
    checkout = Checkout(tmp_path_factory.mktemp("checkout"))
    deployed = checkout.make("deploy")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert "media: applied" in deployed.stdout
    return checkout


class Served:
    """`ossiac localcloud serve` over the checkout's cloud, as a user starts it (ports picked free)."""

    def __init__(self, checkout: Checkout) -> None:
        self.process = subprocess.Popen(
            [str(VENV_BIN / "ossiac"), "localcloud", "serve", "--port", "0", "--tls-port", "0"],
            cwd=checkout.folder,
            env=checkout.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        banner = self.process.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+) and (https://127\.0\.0\.1:\d+)", banner)
        assert found, banner + self.process.stdout.read() if self.process.poll() is not None else banner
        self.http, self.https = found.groups()

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def _credentials(checkout: Checkout) -> dict[str, str]:
    """What `eval "$(ossiac localcloud credentials)"` puts in a user's environment."""
    printed = checkout.ossiac("localcloud", "credentials")
    assert printed.returncode == 0, printed.stderr
    return dict(line.removeprefix("export ").split("=", 1) for line in printed.stdout.splitlines())


def test_the_endpoint_serves_what_make_deploy_created(estate, monkeypatch):
    """The official SDK, given only the endpoint and `ossiac localcloud credentials`, sees the estate
    `make deploy` built: its buckets listed, the HTTPS-only rule and the site's referer list enforced."""
    import alibabacloud_oss_v2 as oss
    import requests

    for name, value in _credentials(estate).items():
        monkeypatch.setenv(name, value)
    served = Served(estate)
    try:

        def client(endpoint: str) -> oss.Client:
            cfg = oss.config.load_default()
            cfg.credentials_provider = oss.credentials.EnvironmentVariableCredentialsProvider()
            cfg.region, cfg.endpoint = "cn-shanghai", endpoint
            return oss.Client(cfg)

        over_tls = client(served.https)
        listed = {
            bucket.name
            for page in over_tls.list_buckets_paginator().iter_page(oss.ListBucketsRequest())
            for bucket in page.buckets
        }
        assert estate.buckets() <= listed and {*MEDIA_BUCKETS, RECORDS, UPLOADS} <= listed

        assets, body = "ossiac-example-media-assets", b"an original"
        over_tls.put_object(oss.PutObjectRequest(bucket=assets, key="originals/a.jpg", body=body))
        got = over_tls.get_object(oss.GetObjectRequest(bucket=assets, key="originals/a.jpg"))
        assert got.body.read() == body
        with pytest.raises(oss.exceptions.OperationError) as refused:  # https_only: plain HTTP is denied
            client(served.http).get_object(oss.GetObjectRequest(bucket=assets, key="originals/a.jpg"))
        assert refused.value.unwrap().code == "AccessDenied"

        page = f"{served.http}/ossiac-example-media-site/index.html"
        welcomed = requests.get(page, headers={"Referer": "https://www.example.com/x"}, timeout=30)
        assert welcomed.status_code == 200
        assert welcomed.content == (estate.folder / "estate" / "site" / "index.html").read_bytes()
        leeched = requests.get(page, headers={"Referer": "https://img.leech.example.net/x"}, timeout=30)
        assert leeched.status_code == 403 and "<Code>AccessDenied</Code>" in leeched.text
    finally:
        served.close()


def test_a_renamed_bucket_is_refused_by_make_deploy_and_cdktf_deploy_until_allowed(estate):
    estate.edit(f"- name: {RECORDS}\n", f"- name: {RENAMED}\n")

    refused = estate.make("deploy")
    assert refused.returncode != 0, refused.stdout
    assert f"bucket '{RECORDS}'" in refused.stdout and "it is no longer declared" in refused.stdout
    # a bucket no longer declared has no declaration to carry allow_destroy: the hint names --allow and the variable
    assert "--allow NAME" in refused.stdout and "OSSIAC_ALLOW_DESTROY" in refused.stdout
    assert "allow_destroy" not in refused.stdout
    assert "media: not applied" in refused.stdout
    assert RECORDS in estate.buckets() and RENAMED not in estate.buckets()

    cdktf = run(["cdktf", "deploy", "media", "--auto-approve"], cwd=estate.folder, env=estate.env)
    assert cdktf.returncode != 0, cdktf.stdout
    assert f"bucket '{RECORDS}'" in cdktf.stdout + cdktf.stderr
    assert RECORDS in estate.buckets() and RENAMED not in estate.buckets()

    allowed = estate.make("deploy", OSSIAC_ALLOW_DESTROY=RECORDS)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert RENAMED in estate.buckets() and RECORDS not in estate.buckets()


def test_an_allowed_replacement_converges_in_one_deploy(estate):
    estate.edit(
        f"- name: {UPLOADS}\n",
        f"- name: {UPLOADS}\n        redundancy_type: LRS\n        allow_destroy: back to LRS on purpose\n",
    )
    deployed = estate.make("deploy")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert "media: applied" in deployed.stdout and "replaced" in deployed.stdout

    diff = estate.ossiac("diff")
    assert diff.returncode == 0, diff.stdout + diff.stderr
    assert diff.stdout.strip() == "media: no changes"
    bucket = estate.bucket(UPLOADS)
    assert bucket["attributes"]["redundancy_type"] == "LRS"
    assert "DenyInsecureTransport" in bucket["inline_view"]["policy"]
    assert bucket["settings"]["public_access_block"]["block_public_access"] is True


def test_a_removed_stack_file_is_reported_with_its_buckets(estate):
    (estate.folder / "estate" / "other.yaml").write_text("stacks:\n  - name: other\n    region: cn-hangzhou\n")
    estate.media.rename(estate.folder / "media.yaml.away")
    try:
        diff = estate.ossiac("diff")
        assert diff.returncode == 1, diff.stdout + diff.stderr
        assert "media: has state" in diff.stdout and "no stack file declares it" in diff.stdout
        for name in MEDIA_BUCKETS:
            assert name in diff.stdout
        assert "ossiac retire STACK --destroy" in diff.stdout
    finally:
        (estate.folder / "media.yaml.away").rename(estate.media)
        (estate.folder / "estate" / "other.yaml").unlink()
