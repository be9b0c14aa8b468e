"""Bucket sub-resources through the official SDK: each one round-trips put -> get -> delete, an unset one
answers OSS's documented code, bad values get OSS's 400 codes, and the settings are the same ones the
stand-in Terraform provider reads and writes (a Terraform-applied bucket reads back through the API, and a
change made through the API is drift on Terraform's next plan)."""

from __future__ import annotations

import base64
import datetime
import hashlib
import json

import alibabacloud_oss_v2 as oss
import pytest
import requests

BUCKET = "settings"


def _code(call, *args) -> str:
    with pytest.raises(oss.exceptions.OperationError) as refused:
        call(*args)
    return refused.value.unwrap().code


def _raw(client, name: str, method: str, query: dict, body: bytes = b"", headers: dict | None = None):
    """A request the SDK signs but whose body we write ourselves (to send what its models cannot)."""
    return client.invoke_operation(
        oss.OperationInput(
            op_name=name,
            method=method,
            headers=headers or {},
            parameters=query,
            body=body,
            bucket=BUCKET,
            op_metadata={"sub-resource": list(query)},
        )
    )


@pytest.fixture()
def client(endpoint):
    sdk = endpoint.client()
    sdk.put_bucket(oss.PutBucketRequest(bucket=BUCKET))
    return sdk


def test_acl_puts_gets_and_refuses_an_unknown_acl(client):
    assert client.get_bucket_acl(oss.GetBucketAclRequest(bucket=BUCKET)).acl == "private"
    client.put_bucket_acl(oss.PutBucketAclRequest(bucket=BUCKET, acl="public-read"))
    got = client.get_bucket_acl(oss.GetBucketAclRequest(bucket=BUCKET))
    assert (got.acl, bool(got.owner.id)) == ("public-read", True)
    assert _code(client.put_bucket_acl, oss.PutBucketAclRequest(bucket=BUCKET, acl="public")) == "InvalidArgument"


def _cors(methods: list[str], count: int = 1) -> oss.PutBucketCorsRequest:
    rules = [
        oss.CORSRule(
            allowed_origins=[f"https://app{i}.example.com"],
            allowed_methods=methods,
            allowed_headers=["*"],
            expose_headers=["ETag", "x-oss-request-id"],
            max_age_seconds=600,
        )
        for i in range(count)
    ]
    return oss.PutBucketCorsRequest(
        bucket=BUCKET, cors_configuration=oss.CORSConfiguration(cors_rules=rules, response_vary=True)
    )


def test_cors_round_trips_and_refuses_bad_rules(client):
    get = oss.GetBucketCorsRequest(bucket=BUCKET)
    assert _code(client.get_bucket_cors, get) == "NoSuchCORSConfiguration"
    client.put_bucket_cors(_cors(["GET", "PUT"], count=2))
    got = client.get_bucket_cors(get).cors_configuration
    assert got.response_vary is True
    assert [
        (r.allowed_origins, r.allowed_methods, r.allowed_headers, r.expose_headers, r.max_age_seconds)
        for r in got.cors_rules
    ] == [([f"https://app{i}.example.com"], ["GET", "PUT"], ["*"], ["ETag", "x-oss-request-id"], 600) for i in range(2)]
    assert _code(client.put_bucket_cors, _cors(["GET", "PATCH"])) == "InvalidArgument"
    assert _code(client.put_bucket_cors, _cors(["GET"], count=11)) == "CORSRuleBeyondLimit"
    assert _code(_raw, client, "PutBucketCors", "PUT", {"cors": ""}, b"<CORSConfiguration><CORSRule>") == "MalformedXML"
    assert len(client.get_bucket_cors(get).cors_configuration.cors_rules) == 2  # refusals changed nothing
    client.delete_bucket_cors(oss.DeleteBucketCorsRequest(bucket=BUCKET))
    assert _code(client.get_bucket_cors, get) == "NoSuchCORSConfiguration"


def test_referer_round_trips_and_reports_oss_default_when_unset(client):
    get = oss.GetBucketRefererRequest(bucket=BUCKET)
    default = client.get_bucket_referer(get).referer_configuration
    assert (default.allow_empty_referer, default.allow_truncate_query_string) == (True, True)
    assert not (default.referer_list.referers or [])
    client.put_bucket_referer(
        oss.PutBucketRefererRequest(
            bucket=BUCKET,
            referer_configuration=oss.RefererConfiguration(
                allow_empty_referer=False,
                allow_truncate_query_string=True,
                truncate_path=True,
                referer_list=oss.RefererList(referers=["https://*.example.com", "https://example.org"]),
                referer_blacklist=oss.RefererBlacklist(referers=["https://bad.example.com"]),
            ),
        )
    )
    got = client.get_bucket_referer(get).referer_configuration
    assert (got.allow_empty_referer, got.allow_truncate_query_string, got.truncate_path) == (False, True, True)
    assert got.referer_list.referers == ["https://*.example.com", "https://example.org"]
    assert got.referer_blacklist.referers == ["https://bad.example.com"]
    bad = oss.RefererConfiguration(
        allow_empty_referer=True,
        allow_truncate_query_string=False,
        truncate_path=True,
        referer_list=oss.RefererList(referers=["https://a.example.com"]),
    )
    assert (
        _code(client.put_bucket_referer, oss.PutBucketRefererRequest(bucket=BUCKET, referer_configuration=bad))
        == "InvalidArgument"
    )
    assert (
        _code(
            _raw,
            client,
            "PutBucketReferer",
            "PUT",
            {"referer": ""},
            b"<RefererConfiguration><RefererList/></RefererConfiguration>",
        )
        == "MalformedXML"
    )


def test_website_round_trips_with_a_routing_rule(client):
    get = oss.GetBucketWebsiteRequest(bucket=BUCKET)
    assert _code(client.get_bucket_website, get) == "NoSuchWebsiteConfiguration"
    rule = oss.RoutingRule(
        rule_number=1,
        condition=oss.RoutingRuleCondition(key_prefix_equals="old/", http_error_code_returned_equals=404),
        redirect=oss.RoutingRuleRedirect(
            redirect_type="External",
            host_name="example.com",
            protocol="https",
            replace_key_prefix_with="new/",
            http_redirect_code=301,
            pass_query_string=True,
        ),
    )
    client.put_bucket_website(
        oss.PutBucketWebsiteRequest(
            bucket=BUCKET,
            website_configuration=oss.WebsiteConfiguration(
                index_document=oss.IndexDocument(suffix="index.html", support_sub_dir=True, type=0),
                error_document=oss.ErrorDocument(key="404.html", http_status=404),
                routing_rules=oss.RoutingRules(routing_rules=[rule]),
            ),
        )
    )
    got = client.get_bucket_website(get).website_configuration
    assert (got.index_document.suffix, got.index_document.support_sub_dir, got.index_document.type) == (
        "index.html",
        True,
        0,
    )
    assert (got.error_document.key, got.error_document.http_status) == ("404.html", 404)
    [back] = got.routing_rules.routing_rules
    assert (back.rule_number, back.condition.key_prefix_equals, back.condition.http_error_code_returned_equals) == (
        1,
        "old/",
        404,
    )
    assert (
        back.redirect.redirect_type,
        back.redirect.host_name,
        back.redirect.protocol,
        back.redirect.replace_key_prefix_with,
        back.redirect.http_redirect_code,
        back.redirect.pass_query_string,
    ) == ("External", "example.com", "https", "new/", 301, True)
    bad = oss.WebsiteConfiguration(error_document=oss.ErrorDocument(key="e.html", http_status=500))
    assert (
        _code(client.put_bucket_website, oss.PutBucketWebsiteRequest(bucket=BUCKET, website_configuration=bad))
        == "InvalidArgument"
    )
    client.delete_bucket_website(oss.DeleteBucketWebsiteRequest(bucket=BUCKET))
    assert _code(client.get_bucket_website, get) == "NoSuchWebsiteConfiguration"


def _lifecycle_rule(status: str = "Enabled") -> oss.LifecycleRule:
    return oss.LifecycleRule(
        id="logs",
        prefix="logs/",
        status=status,
        tags=[oss.Tag(key="kind", value="log")],
        expiration=oss.LifecycleRuleExpiration(days=365),
        transitions=[
            oss.LifecycleRuleTransition(days=30, storage_class="IA"),
            oss.LifecycleRuleTransition(days=90, storage_class="Archive"),
        ],
        abort_multipart_upload=oss.LifecycleRuleAbortMultipartUpload(days=7),
        noncurrent_version_expiration=oss.NoncurrentVersionExpiration(noncurrent_days=60),
        noncurrent_version_transitions=[oss.NoncurrentVersionTransition(noncurrent_days=20, storage_class="IA")],
    )


def test_lifecycle_round_trips_and_refuses_bad_rules(client):
    get = oss.GetBucketLifecycleRequest(bucket=BUCKET)
    assert _code(client.get_bucket_lifecycle, get) == "NoSuchLifecycle"
    dated = oss.LifecycleRule(
        id="old-tmp",
        prefix="tmp/",
        status="Disabled",
        expiration=oss.LifecycleRuleExpiration(created_before_date=datetime.datetime(2024, 1, 31, tzinfo=datetime.UTC)),
    )
    client.put_bucket_lifecycle(
        oss.PutBucketLifecycleRequest(
            bucket=BUCKET, lifecycle_configuration=oss.LifecycleConfiguration(rules=[_lifecycle_rule(), dated])
        )
    )
    first, second = client.get_bucket_lifecycle(get).lifecycle_configuration.rules
    assert (first.id, first.prefix, first.status, [(t.key, t.value) for t in first.tags]) == (
        "logs",
        "logs/",
        "Enabled",
        [("kind", "log")],
    )
    assert first.expiration.days == 365
    assert [(t.days, t.storage_class) for t in first.transitions] == [(30, "IA"), (90, "Archive")]
    assert first.abort_multipart_upload.days == 7
    assert first.noncurrent_version_expiration.noncurrent_days == 60
    assert [(t.noncurrent_days, t.storage_class) for t in first.noncurrent_version_transitions] == [(20, "IA")]
    assert (second.id, second.status) == ("old-tmp", "Disabled")
    assert second.expiration.created_before_date.date() == datetime.date(2024, 1, 31)
    put = oss.PutBucketLifecycleRequest(
        bucket=BUCKET, lifecycle_configuration=oss.LifecycleConfiguration(rules=[_lifecycle_rule(status="On")])
    )
    assert _code(client.put_bucket_lifecycle, put) == "InvalidArgument"
    assert (
        _code(
            _raw,
            client,
            "PutBucketLifecycle",
            "PUT",
            {"lifecycle": ""},
            b"<LifecycleConfiguration></LifecycleConfiguration>",
        )
        == "MalformedXML"
    )
    client.delete_bucket_lifecycle(oss.DeleteBucketLifecycleRequest(bucket=BUCKET))
    assert _code(client.get_bucket_lifecycle, get) == "NoSuchLifecycle"


def _sse(algorithm: str, key: str | None = None) -> oss.PutBucketEncryptionRequest:
    return oss.PutBucketEncryptionRequest(
        bucket=BUCKET,
        server_side_encryption_rule=oss.ServerSideEncryptionRule(
            apply_server_side_encryption_by_default=oss.ApplyServerSideEncryptionByDefault(
                sse_algorithm=algorithm, kms_master_key_id=key
            )
        ),
    )


def test_encryption_round_trips_and_refuses_bad_algorithms(client):
    get = oss.GetBucketEncryptionRequest(bucket=BUCKET)
    assert _code(client.get_bucket_encryption, get) == "NoSuchServerSideEncryptionRule"
    client.put_bucket_encryption(_sse("KMS", "key-0123"))
    default = client.get_bucket_encryption(get).server_side_encryption_rule.apply_server_side_encryption_by_default
    assert (default.sse_algorithm, default.kms_master_key_id) == ("KMS", "key-0123")
    assert _code(client.put_bucket_encryption, _sse("AES256", "key-0123")) == "InvalidArgument"
    assert _code(client.put_bucket_encryption, _sse("DES")) == "InvalidArgument"
    client.delete_bucket_encryption(oss.DeleteBucketEncryptionRequest(bucket=BUCKET))
    assert _code(client.get_bucket_encryption, get) == "NoSuchServerSideEncryptionRule"


def test_versioning_goes_enabled_then_suspended_never_back_to_unversioned(client):
    get = oss.GetBucketVersioningRequest(bucket=BUCKET)
    assert client.get_bucket_versioning(get).version_status is None
    for status in ("Enabled", "Suspended"):
        client.put_bucket_versioning(
            oss.PutBucketVersioningRequest(
                bucket=BUCKET, versioning_configuration=oss.VersioningConfiguration(status=status)
            )
        )
        assert client.get_bucket_versioning(get).version_status == status
    bad = oss.PutBucketVersioningRequest(
        bucket=BUCKET, versioning_configuration=oss.VersioningConfiguration(status="Disabled")
    )
    assert _code(client.put_bucket_versioning, bad) == "InvalidArgument"


def _logging(target: str) -> oss.PutBucketLoggingRequest:
    return oss.PutBucketLoggingRequest(
        bucket=BUCKET,
        bucket_logging_status=oss.BucketLoggingStatus(
            logging_enabled=oss.LoggingEnabled(target_bucket=target, target_prefix="access/")
        ),
    )


def test_logging_needs_an_existing_target_in_the_same_region(endpoint, client):
    get = oss.GetBucketLoggingRequest(bucket=BUCKET)
    assert client.get_bucket_logging(get).bucket_logging_status.logging_enabled is None
    assert _code(client.put_bucket_logging, _logging("no-such-target")) == "InvalidTargetBucketForLogging"
    endpoint.client(region="cn-shanghai").put_bucket(oss.PutBucketRequest(bucket="logs-elsewhere"))
    assert _code(client.put_bucket_logging, _logging("logs-elsewhere")) == "InvalidTargetBucketForLogging"
    client.put_bucket(oss.PutBucketRequest(bucket="logs-here"))
    client.put_bucket_logging(_logging("logs-here"))
    enabled = client.get_bucket_logging(get).bucket_logging_status.logging_enabled
    assert (enabled.target_bucket, enabled.target_prefix) == ("logs-here", "access/")
    client.delete_bucket_logging(oss.DeleteBucketLoggingRequest(bucket=BUCKET))
    assert client.get_bucket_logging(get).bucket_logging_status.logging_enabled is None


POLICY = {
    "Version": "1",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": ["oss:GetObject"],
            "Principal": ["*"],
            "Resource": [f"acs:oss:*:*:{BUCKET}/public/*"],
        }
    ],
}


def test_policy_is_json_round_trips_and_refuses_what_is_not_a_policy(client):
    get = oss.GetBucketPolicyRequest(bucket=BUCKET)
    assert _code(client.get_bucket_policy, get) == "NoSuchBucketPolicy"
    client.put_bucket_policy(oss.PutBucketPolicyRequest(bucket=BUCKET, body=json.dumps(POLICY)))
    assert json.loads(client.get_bucket_policy(get).body) == POLICY
    for bad in (
        "not json",
        json.dumps(["Statement"]),
        json.dumps({"Version": "1", "Statement": []}),
        json.dumps({**POLICY, "Version": "2"}),
        json.dumps({**POLICY, "Padding": "x" * 17000}),
    ):
        assert (
            _code(client.put_bucket_policy, oss.PutBucketPolicyRequest(bucket=BUCKET, body=bad))
            == "InvalidPolicyDocument"
        ), bad[:40]
    assert json.loads(client.get_bucket_policy(get).body) == POLICY
    client.delete_bucket_policy(oss.DeleteBucketPolicyRequest(bucket=BUCKET))
    assert _code(client.get_bucket_policy, get) == "NoSuchBucketPolicy"


def test_public_access_block_round_trips(client):
    get = oss.GetBucketPublicAccessBlockRequest(bucket=BUCKET)
    assert client.get_bucket_public_access_block(get).public_access_block_configuration.block_public_access is False
    client.put_bucket_public_access_block(
        oss.PutBucketPublicAccessBlockRequest(
            bucket=BUCKET,
            public_access_block_configuration=oss.PublicAccessBlockConfiguration(block_public_access=True),
        )
    )
    assert client.get_bucket_public_access_block(get).public_access_block_configuration.block_public_access is True
    client.delete_bucket_public_access_block(oss.DeleteBucketPublicAccessBlockRequest(bucket=BUCKET))
    assert client.get_bucket_public_access_block(get).public_access_block_configuration.block_public_access is False


def _tags(pairs: dict[str, str]) -> oss.PutBucketTagsRequest:
    return oss.PutBucketTagsRequest(
        bucket=BUCKET, tagging=oss.Tagging(tag_set=oss.TagSet(tags=[oss.Tag(key=k, value=v) for k, v in pairs.items()]))
    )


def _tag_dict(client) -> dict[str, str]:
    tag_set = client.get_bucket_tags(oss.GetBucketTagsRequest(bucket=BUCKET)).tagging.tag_set
    return {t.key: t.value for t in (tag_set.tags if tag_set and tag_set.tags else [])}


def test_tagging_replaces_the_set_deletes_some_or_all_and_refuses_more_than_twenty(client):
    assert _tag_dict(client) == {}  # OSS answers an empty Tagging, not a 404
    client.put_bucket_tags(_tags({"team": "data", "env": "dev", "cost": "42"}))
    assert _tag_dict(client) == {"team": "data", "env": "dev", "cost": "42"}
    assert _code(client.put_bucket_tags, _tags({f"k{i}": "v" for i in range(21)})) == "InvalidTag"
    assert _code(client.put_bucket_tags, _tags({"Aliyun-owned": "v"})) == "InvalidTag"
    _raw(client, "DeleteBucketTags", "DELETE", {"tagging": "env,cost"})
    assert _tag_dict(client) == {"team": "data"}
    client.delete_bucket_tags(oss.DeleteBucketTagsRequest(bucket=BUCKET))
    assert _tag_dict(client) == {}


def test_a_body_that_does_not_match_its_content_md5_is_refused(client):
    body = b"<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>"
    wrong = base64.b64encode(hashlib.md5(b"something else").digest()).decode()
    assert (
        _code(_raw, client, "PutBucketVersioning", "PUT", {"versioning": ""}, body, {"Content-MD5": wrong})
        == "InvalidDigest"
    )
    assert client.get_bucket_versioning(oss.GetBucketVersioningRequest(bucket=BUCKET)).version_status is None


def test_a_setting_on_a_missing_bucket_answers_no_such_bucket(endpoint):
    client = endpoint.client()
    assert _code(client.get_bucket_cors, oss.GetBucketCorsRequest(bucket="nobody-made-this")) == "NoSuchBucket"
    assert (
        _code(
            client.put_bucket_tags,
            oss.PutBucketTagsRequest(
                bucket="nobody-made-this", tagging=oss.Tagging(tag_set=oss.TagSet(tags=[oss.Tag(key="a", value="b")]))
            ),
        )
        == "NoSuchBucket"
    )


TERRAFORM_BUCKETS = """
resource "alicloud_oss_bucket" "site" {
  bucket = "tf-site"
  tags   = { team = "data", env = "dev" }
  cors_rule {
    allowed_origins = ["https://a.example.com"]
    allowed_methods = ["GET", "PUT"]
    allowed_headers = ["*"]
    expose_headers  = ["ETag"]
    max_age_seconds = 300
  }
  referer_config {
    allow_empty = false
    referers    = ["https://a.example.com/*"]
  }
  versioning { status = "Enabled" }
  lifecycle_rule {
    id      = "expire-logs"
    prefix  = "logs/"
    enabled = true
    expiration { days = 30 }
    transitions {
      days          = 10
      storage_class = "IA"
    }
    abort_multipart_upload { days = 3 }
    noncurrent_version_expiration { days = 60 }
  }
}

resource "alicloud_oss_bucket" "pages" {
  bucket = "tf-pages"
  lifecycle {
    ignore_changes = [website] # managed by alicloud_oss_bucket_website below
  }
}

resource "alicloud_oss_bucket_website" "pages" {
  bucket = alicloud_oss_bucket.pages.bucket
  index_document {
    suffix          = "index.html"
    support_sub_dir = true
    type            = 0
  }
  error_document {
    key         = "404.html"
    http_status = 404
  }
}
"""


def test_terraform_settings_read_back_through_the_sdk_and_api_changes_are_drift(local_cloud):
    from harness import Endpoint

    local_cloud.write(TERRAFORM_BUCKETS)
    local_cloud.init_apply()
    served = Endpoint(local_cloud.cloud)
    try:
        client = served.client()
        site = "tf-site"
        cors = client.get_bucket_cors(oss.GetBucketCorsRequest(bucket=site)).cors_configuration
        assert [
            (r.allowed_origins, r.allowed_methods, r.allowed_headers, r.expose_headers, r.max_age_seconds)
            for r in cors.cors_rules
        ] == [(["https://a.example.com"], ["GET", "PUT"], ["*"], ["ETag"], 300)]
        referer = client.get_bucket_referer(oss.GetBucketRefererRequest(bucket=site)).referer_configuration
        assert (referer.allow_empty_referer, referer.referer_list.referers) == (False, ["https://a.example.com/*"])
        assert client.get_bucket_versioning(oss.GetBucketVersioningRequest(bucket=site)).version_status == "Enabled"
        lifecycle = client.get_bucket_lifecycle(oss.GetBucketLifecycleRequest(bucket=site)).lifecycle_configuration
        [rule] = lifecycle.rules
        assert (
            rule.id,
            rule.prefix,
            rule.status,
            rule.expiration.days,
            rule.abort_multipart_upload.days,
            rule.noncurrent_version_expiration.noncurrent_days,
        ) == ("expire-logs", "logs/", "Enabled", 30, 3, 60)
        assert [(t.days, t.storage_class) for t in rule.transitions] == [(10, "IA")]
        tag_set = client.get_bucket_tags(oss.GetBucketTagsRequest(bucket=site)).tagging.tag_set
        assert {t.key: t.value for t in tag_set.tags} == {"team": "data", "env": "dev"}
        website = client.get_bucket_website(oss.GetBucketWebsiteRequest(bucket="tf-pages")).website_configuration
        assert (
            website.index_document.suffix,
            website.index_document.support_sub_dir,
            website.index_document.type,
            website.error_document.key,
            website.error_document.http_status,
        ) == ("index.html", True, 0, "404.html", 404)

        # Putting back exactly what was read stores exactly what Terraform wrote: no drift.
        client.put_bucket_cors(oss.PutBucketCorsRequest(bucket=site, cors_configuration=cors))
        client.put_bucket_referer(oss.PutBucketRefererRequest(bucket=site, referer_configuration=referer))
        client.put_bucket_lifecycle(oss.PutBucketLifecycleRequest(bucket=site, lifecycle_configuration=lifecycle))
        client.put_bucket_tags(oss.PutBucketTagsRequest(bucket=site, tagging=oss.Tagging(tag_set=tag_set)))
        client.put_bucket_website(oss.PutBucketWebsiteRequest(bucket="tf-pages", website_configuration=website))
        code, output = local_cloud.plan_exitcode()
        assert code == 0, output

        # One setting changed through the API is drift on Terraform's next plan.
        rule.expiration.days = 90
        client.put_bucket_lifecycle(oss.PutBucketLifecycleRequest(bucket=site, lifecycle_configuration=lifecycle))
        code, output = local_cloud.plan_exitcode()
        assert code == 2 and "alicloud_oss_bucket.site" in output, output
    finally:
        served.close()


def test_settings_written_through_the_api_take_effect_on_the_next_request(endpoint, client):
    client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="page.html", body=b"<p>hi</p>"))
    url = f"{endpoint.url}/{BUCKET}/page.html"
    preflight = {"Origin": "https://app0.example.com", "Access-Control-Request-Method": "PUT"}
    assert requests.options(url, headers=preflight).status_code == 403
    client.put_bucket_cors(_cors(["GET", "PUT"]))
    allowed = requests.options(url, headers=preflight)
    assert allowed.status_code == 200
    assert allowed.headers.get("Access-Control-Allow-Origin") == "https://app0.example.com"
    assert requests.get(url).status_code == 403
    client.put_bucket_acl(oss.PutBucketAclRequest(bucket=BUCKET, acl="public-read"))
    assert requests.get(url).content == b"<p>hi</p>"
    client.put_bucket_referer(
        oss.PutBucketRefererRequest(
            bucket=BUCKET,
            referer_configuration=oss.RefererConfiguration(
                allow_empty_referer=False, referer_list=oss.RefererList(referers=["https://app0.example.com/*"])
            ),
        )
    )
    assert requests.get(url).status_code == 403
    assert requests.get(url, headers={"Referer": "https://app0.example.com/home"}).status_code == 200
    client.put_bucket_public_access_block(
        oss.PutBucketPublicAccessBlockRequest(
            bucket=BUCKET,
            public_access_block_configuration=oss.PublicAccessBlockConfiguration(block_public_access=True),
        )
    )
    assert requests.get(url, headers={"Referer": "https://app0.example.com/home"}).status_code == 403


def test_each_operation_is_authorized_as_its_own_ram_action(endpoint, client):
    client.put_bucket_cors(_cors(["GET"]))
    client.put_bucket_tags(_tags({"team": "data"}))
    policy = {
        "Version": "1",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": ["*"],
                "Resource": [f"acs:oss:*:*:{BUCKET}"],
                "Action": ["oss:GetBucketCors", "oss:GetBucketTagging"],
            }
        ],
    }
    client.put_bucket_policy(oss.PutBucketPolicyRequest(bucket=BUCKET, body=json.dumps(policy)))
    url = f"{endpoint.url}/{BUCKET}"
    assert requests.get(f"{url}?cors").status_code == 200  # anonymous, allowed by the bucket policy
    assert requests.get(f"{url}?tagging").status_code == 200
    for method, query in (("DELETE", "cors"), ("DELETE", "tagging"), ("GET", "lifecycle"), ("GET", "policy")):
        refused = requests.request(method, f"{url}?{query}")
        assert (refused.status_code, "AccessDenied" in refused.text) == (403, True), (method, query)
