"""`ossiac import --target alicloud` and the alicloud stack inventory, through the official SDK
against the local cloud's endpoint: buckets made in the "console" (the SDK, on the endpoint) are
discovered by OSS's own API calls and adopted, and the next plan is clean.

The honest end-to-end path, since the real alicloud provider cannot reach the local cloud:
  1. the console buckets are made and configured through `alibabacloud-oss-v2` on the endpoint;
  2. `ossiac import --target alicloud` runs as a user runs it (the CLI), with the variables
     `ossiac localcloud credentials` prints and ALICLOUD_OSS_ENDPOINT naming the endpoint, so
     discovery is the SDK's ListBuckets and Get* calls answered by the endpoint, and the check for
     buckets already managed reads the stacks' states from targets.yaml's OSS state bucket (a
     state Terraform's own `oss` backend wrote there);
  3. the stack file it writes is deployed on the local target (the stand-in provider) over the
     SAME cloud folder the endpoint serves, so the buckets the SDK configured are the ones
     Terraform imports: no changes on import, and an empty plan after.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import alibabacloud_oss_v2 as oss
import pytest

from harness import LOCAL_PROVIDER_HCL, VENV_BIN, App, command_env, run
from ossiac.importing import discover_local
from ossiac.importing.declaration import declaration
from ossiac.localcloud.store import Store
from ossiac_props.bucket import BucketProps

DAY = datetime.date(2026, 12, 4)

STATE_BUCKET = "acme-tf-state"
STACK_FILE = """# Console buckets, adopted with `ossiac import --target alicloud`.
stacks:
  - name: legacy
    region: cn-hangzhou
"""
TARGETS = f"""alicloud:
  region: cn-hangzhou
  state:
    bucket: {STATE_BUCKET}
    prefix: ossiac
    region: cn-hangzhou
    tablestore_endpoint: https://acme-lock.cn-hangzhou.ots.aliyuncs.com
    tablestore_table: terraform_lock
"""
POLICY = {
    "Version": "1",
    "Statement": [
        {"Effect": "Allow", "Principal": ["*"], "Action": ["oss:GetObject"], "Resource": ["acs:oss:*:*:legacy-site/*"]}
    ],
}
CONSOLE_BUCKETS = ("legacy-site", "legacy-data", "legacy-plain")


def _console(client: oss.Client) -> None:
    """What an operator clicks together in the console, through the SDK on the endpoint."""
    client.put_bucket(oss.PutBucketRequest(bucket="legacy-site", acl="public-read"))
    client.put_bucket_versioning(
        oss.PutBucketVersioningRequest(
            bucket="legacy-site", versioning_configuration=oss.VersioningConfiguration(status="Enabled")
        )
    )
    client.put_bucket_tags(
        oss.PutBucketTagsRequest(
            bucket="legacy-site", tagging=oss.Tagging(tag_set=oss.TagSet(tags=[oss.Tag(key="team", value="web")]))
        )
    )
    client.put_bucket_cors(
        oss.PutBucketCorsRequest(
            bucket="legacy-site",
            cors_configuration=oss.CORSConfiguration(
                cors_rules=[
                    oss.CORSRule(
                        allowed_origins=["https://app.example.com"],
                        allowed_methods=["GET", "HEAD"],
                        allowed_headers=["*"],
                        expose_headers=["ETag"],
                        max_age_seconds=300,
                    )
                ],
                response_vary=False,
            ),
        )
    )
    client.put_bucket_referer(
        oss.PutBucketRefererRequest(
            bucket="legacy-site",
            referer_configuration=(
                oss.RefererConfiguration(
                    allow_empty_referer=False,
                    allow_truncate_query_string=True,
                    truncate_path=False,
                    referer_list=oss.RefererList(referers=["https://www.example.com"]),
                    referer_blacklist=oss.RefererBlacklist(referers=[]),
                )
            ),
        )
    )
    client.put_bucket_policy(oss.PutBucketPolicyRequest(bucket="legacy-site", body=json.dumps(POLICY)))
    client.put_bucket_website(
        oss.PutBucketWebsiteRequest(
            bucket="legacy-site",
            website_configuration=(
                oss.WebsiteConfiguration(
                    index_document=oss.IndexDocument(suffix="index.html", support_sub_dir=False),
                    error_document=oss.ErrorDocument(key="404.html", http_status=404),
                )
            ),
        )
    )
    _block_public_access(client, "legacy-site", False)  # a public site: the console asks to turn it off

    client.put_bucket(oss.PutBucketRequest(bucket="legacy-plain"))
    _block_public_access(client, "legacy-plain", True)

    client.put_bucket(
        oss.PutBucketRequest(
            bucket="legacy-data",
            create_bucket_configuration=(oss.CreateBucketConfiguration(storage_class="IA", data_redundancy_type="ZRS")),
        )
    )
    client.put_bucket_encryption(
        oss.PutBucketEncryptionRequest(
            bucket="legacy-data",
            server_side_encryption_rule=(
                oss.ServerSideEncryptionRule(
                    apply_server_side_encryption_by_default=(
                        oss.ApplyServerSideEncryptionByDefault(sse_algorithm="AES256")
                    )
                )
            ),
        )
    )
    client.put_bucket_logging(
        oss.PutBucketLoggingRequest(
            bucket="legacy-data",
            bucket_logging_status=(
                oss.BucketLoggingStatus(
                    logging_enabled=oss.LoggingEnabled(target_bucket="legacy-plain", target_prefix="data/")
                )
            ),
        )
    )
    client.put_bucket_lifecycle(
        oss.PutBucketLifecycleRequest(
            bucket="legacy-data",
            lifecycle_configuration=(
                oss.LifecycleConfiguration(
                    rules=[
                        oss.LifecycleRule(
                            id="cool-down",
                            prefix="logs/",
                            status="Enabled",
                            transitions=[oss.LifecycleRuleTransition(days=30, storage_class="Archive")],
                            expiration=oss.LifecycleRuleExpiration(days=400),
                        )
                    ]
                )
            ),
        )
    )
    client.put_bucket_tags(
        oss.PutBucketTagsRequest(
            bucket="legacy-data", tagging=oss.Tagging(tag_set=oss.TagSet(tags=[oss.Tag(key="owner", value="data")]))
        )
    )
    _block_public_access(client, "legacy-data", True)


def _block_public_access(client: oss.Client, bucket: str, block: bool) -> None:
    client.put_bucket_public_access_block(
        oss.PutBucketPublicAccessBlockRequest(
            bucket=bucket,
            public_access_block_configuration=oss.PublicAccessBlockConfiguration(block_public_access=block),
        )
    )


class EndpointApp(App):
    """The scratch app on the local target (its deploy adopts), whose `ossiac` commands go to the
    local cloud's endpoint as to Alibaba Cloud: both sides of the one local cloud."""

    def __init__(self, folder: Path, endpoint) -> None:
        super().__init__(folder, "legacy.yaml", cloud=endpoint.cloud)
        self.stack_file.write_text(STACK_FILE)
        (folder / "targets.yaml").write_text(TARGETS)
        key = endpoint.key
        credentials = dict(ALICLOUD_ACCESS_KEY=key.access_key_id, ALICLOUD_SECRET_KEY=key.access_key_secret)
        # The alicloud side: what `ossiac localcloud credentials` prints, and the endpoint.
        self.alicloud_env = command_env(
            **credentials,
            ALICLOUD_OSS_ENDPOINT=endpoint.url,
            ALICLOUD_REGION="cn-hangzhou",
            OSSIAC_TARGETS_FILE=str(folder / "targets.yaml"),
            OSSIAC_STACK_FILES=str(self.stack_file),
        )
        for name in (
            "ALICLOUD_SECURITY_TOKEN",
            "ALIBABA_CLOUD_SECURITY_TOKEN",
            "ALIBABA_CLOUD_OSS_ENDPOINT",
            "OSS_ENDPOINT",
            "OSSIAC_TARGET",
        ):
            self.alicloud_env.pop(name, None)

    def ossiac(self, *args: str, **extra: str):
        return run([str(VENV_BIN / "ossiac"), *args], cwd=self.folder, env={**self.alicloud_env, **extra})


def _state_by_terraform(folder: Path, endpoint, stack: str, bucket: str) -> None:
    """A stack deployed earlier: its state, written by Terraform's own oss backend, is
    `<prefix>/<stack>.tfstate` in the state bucket, as the alicloud target keeps it."""
    folder.mkdir()
    (folder / "main.tf").write_text(
        LOCAL_PROVIDER_HCL
        + f"""
terraform {{
  backend "oss" {{
    bucket   = "{STATE_BUCKET}"
    prefix   = "ossiac"
    key      = "{stack}.tfstate"
    region   = "cn-hangzhou"
    endpoint = "{endpoint.url}"
  }}
}}

resource "alicloud_oss_bucket" "this" {{
  bucket = "{bucket}"
}}
"""
    )
    env = command_env(
        OSSIAC_LOCALCLOUD_DIR=str(endpoint.cloud),
        OSSIAC_TARGET="local",
        ALICLOUD_ACCESS_KEY=endpoint.key.access_key_id,
        ALICLOUD_SECRET_KEY=endpoint.key.access_key_secret,
    )
    for args in (["init"], ["apply", "-auto-approve"]):
        result = run([str(VENV_BIN / "ossiac"), "tf", "--", *args, "-input=false", "-no-color"], cwd=folder, env=env)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture()
def app(tmp_path, endpoint, local_target) -> EndpointApp:
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket=STATE_BUCKET))
    _console(client)
    (tmp_path / "app").mkdir()
    return EndpointApp(tmp_path / "app", endpoint)


def _discover_through_sdk(endpoint, monkeypatch, names: list[str]):
    from ossiac.importing import discover_alicloud

    monkeypatch.setenv("ALICLOUD_OSS_ENDPOINT", endpoint.url)  # the setting a user gives the CLI
    client = discover_alicloud.Client(
        oss.credentials.StaticCredentialsProvider(endpoint.key.access_key_id, endpoint.key.access_key_secret),
        "cn-hangzhou",
    )
    return discover_alicloud.discover(client, names)


def _meaning(found) -> BucketProps:
    """What a stack file declaring the bucket as found means (defaults filled in)."""
    return BucketProps(**declaration(found, "import", DAY))


def test_sdk_discovery_reads_what_the_store_holds(app, endpoint, monkeypatch):
    """Import's SDK path (alicloud: the endpoint's Get* answers) and its store path (local: the
    records) declare each console bucket the same way: every answer maps back to what was set."""
    through_sdk = _discover_through_sdk(endpoint, monkeypatch, list(CONSOLE_BUCKETS))
    from_store = discover_local.discover(Store(endpoint.cloud), list(CONSOLE_BUCKETS))
    for sdk_found, store_found in zip(through_sdk, from_store, strict=True):
        assert _meaning(sdk_found) == _meaning(store_found), sdk_found.name
    site, data, _plain = through_sdk
    assert (site.acl, site.versioning, site.tags, site.public_access_block) == (
        "public-read",
        "Enabled",
        {"team": "web"},
        False,
    )
    assert site.cors[0]["allowed_origins"] == ["https://app.example.com"] and json.loads(site.policy) == POLICY
    assert site.referer["whitelist"] == ["https://www.example.com"] and site.referer["allow_empty"] is False
    assert site.website["index_document"] == "index.html" and site.website["error_document"] == "404.html"
    assert (data.storage_class, data.redundancy_type, data.encryption["algorithm"]) == ("IA", "ZRS", "AES256")
    assert data.logging == {"target_bucket": "legacy-plain", "target_prefix": "data/"}
    assert data.lifecycle[0]["id"] == "cool-down" and data.lifecycle[0]["expiration_days"] == 400


def test_a_bucket_that_never_had_a_public_access_block_is_declared_alike_both_ways(endpoint, monkeypatch):
    endpoint.client().put_bucket(oss.PutBucketRequest(bucket="never-blocked"))
    (through_sdk,) = _discover_through_sdk(endpoint, monkeypatch, ["never-blocked"])
    (from_store,) = discover_local.discover(Store(endpoint.cloud), ["never-blocked"])
    assert through_sdk.public_access_block == from_store.public_access_block
    assert from_store.public_access_block is False  # OSS's default, as GetBucketPublicAccessBlock answers


def test_console_buckets_are_imported_through_the_sdk_and_adopted_with_no_changes(app, endpoint):
    imported = app.ossiac_ok(
        "import", "--target", "alicloud", *[f"--bucket={b}" for b in CONSOLE_BUCKETS], "--stack", str(app.stack_file)
    )
    assert "declared 3 bucket(s)" in imported.stdout, imported.stdout
    assert "cannot read the stacks' state" not in imported.stderr  # the inventory read the state bucket
    text = app.stack_file.read_text()
    assert text.count("adopt: true") == 3
    for declared in (
        "acl: public-read",
        "storage_class: IA",
        "redundancy_type: ZRS",
        "target_bucket: legacy-plain",
        "policy_document: |",
        "index_document: index.html",
        "id: cool-down",
        "https://app.example.com",
        "public_access_waiver: 'adopted as found from alicloud on",
    ):
        assert declared in text, declared

    before = app.records()
    applied = app.apply("legacy")
    assert re.search(r"Resources: \d+ imported, \d+ added, 0 changed, 0 destroyed", applied), applied
    state = json.loads((app.folder / ".local" / "state" / "legacy.tfstate").read_text())
    adopted = {
        i["attributes"]["bucket"]
        for r in state["resources"]
        if r["type"] == "alicloud_oss_bucket"
        for i in r["instances"]
    }
    assert set(CONSOLE_BUCKETS) <= adopted  # (the stack also makes its own access-log bucket)
    plan = app.terraform("legacy", "plan", "-detailed-exitcode", "-input=false", "-no-color")
    assert plan.returncode == 0, plan.stdout + plan.stderr  # the next diff is clean
    after = app.records()
    for name in CONSOLE_BUCKETS:
        assert after[name] == before[name], name
    # And the SDK still reads what the console set.
    cors = endpoint.client().get_bucket_cors(oss.GetBucketCorsRequest(bucket="legacy-site"))
    assert cors.cors_configuration.cors_rules[0].allowed_origins == ["https://app.example.com"]


def test_a_bucket_whose_stack_state_is_in_the_oss_state_bucket_is_refused(app, endpoint, tmp_path):
    """The inventory lists `<prefix>/*.tfstate` in targets.yaml's state bucket through the SDK
    (ListObjectsV2, GetObject) and reads which buckets each stack's state holds."""
    _state_by_terraform(tmp_path / "core", endpoint, "core", "core-logs")
    refused = app.ossiac("import", "--target", "alicloud", "--bucket", "core-logs", "--stack", str(app.stack_file))
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "already managed by a stack on the alicloud target: core-logs (stack core)" in refused.stderr
    assert app.stack_file.read_text() == STACK_FILE

    everything = app.ossiac_ok("import", "--target", "alicloud", "--all", "--stack", str(app.stack_file))
    assert "skipped core-logs: already managed by stack 'core'" in everything.stdout
    assert "core-logs" not in app.stack_file.read_text()
    for name in (*CONSOLE_BUCKETS, STATE_BUCKET):
        assert f"name: {name}" in app.stack_file.read_text(), name


def test_the_stack_inventory_reads_and_forgets_states_in_the_oss_state_bucket(app, endpoint, tmp_path, monkeypatch):
    """The alicloud side of `ossiac.targets.inventory`, in process, with the CLI's environment:
    which stacks have state (ListObjectsV2 + GetObject), which are orphaned, and forgetting one
    (DeleteObject), all through the SDK on the endpoint."""
    from ossiac.targets import inventory

    _state_by_terraform(tmp_path / "core", endpoint, "core", "core-logs")
    for name in ("ALICLOUD_ACCESS_KEY", "ALICLOUD_SECRET_KEY", "ALICLOUD_OSS_ENDPOINT", "OSSIAC_TARGETS_FILE"):
        monkeypatch.setenv(name, app.alicloud_env[name])
    found = inventory.stacks_with_state(app.folder, "alicloud")
    assert list(found) == ["core"]
    assert found["core"].buckets == ["core-logs"]
    assert found["core"].location == f"oss://{STATE_BUCKET}/ossiac/core.tfstate"
    assert [s.stack for s in inventory.orphaned(app.folder, "alicloud", {"legacy"})] == ["core"]
    assert (
        inventory.deployed_attributes(app.folder, "alicloud", "core")[("alicloud_oss_bucket", "this")]["bucket"]
        == "core-logs"
    )

    inventory.forget(app.folder, "alicloud", "core")
    assert inventory.stacks_with_state(app.folder, "alicloud") == {}
    listed = endpoint.client().list_objects_v2(oss.ListObjectsV2Request(bucket=STATE_BUCKET, prefix="ossiac/"))
    assert not listed.contents  # the state object is gone; the bucket core-logs is left as it was
    assert "core-logs" in {b.name for b in endpoint.client().list_buckets(oss.ListBucketsRequest()).buckets}
