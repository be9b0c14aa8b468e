"""`ossiac import --target alicloud`: OSS's answers, read through Alibaba's OSS SDK
(alibabacloud-oss-v2), map to the declaration.

No network: the SDK is given an HTTP client that answers each request with an XML body shaped
like OSS's response (or OSS's 404 error document for a setting that is not configured), so the
SDK's own request building, error handling and XML parsing are what is tested."""

from __future__ import annotations

import datetime
from urllib.parse import parse_qs, urlsplit

import alibabacloud_oss_v2 as oss
import pytest

from harness import oss_response
from ossiac.importing.declaration import ImportProblem, declaration
from ossiac.importing.discover_alicloud import Client, discover
from ossiac_props.bucket import BucketProps

DAY = datetime.date(2026, 11, 2)

INFO = """<BucketInfo><Bucket><Name>legacy-site</Name><Location>oss-cn-shanghai</Location>
<StorageClass>IA</StorageClass><DataRedundancyType>ZRS</DataRedundancyType><CreationDate>2020-01-01T00:00:00.000Z</CreationDate>
<ExtranetEndpoint>oss-cn-shanghai.aliyuncs.com</ExtranetEndpoint><IntranetEndpoint>oss-cn-shanghai-internal.aliyuncs.com</IntranetEndpoint>
<AccessControlList><Grant>public-read</Grant></AccessControlList><Owner><ID>1</ID><DisplayName>1</DisplayName></Owner>
</Bucket></BucketInfo>"""
ACL = """<AccessControlPolicy><Owner><ID>1</ID></Owner><AccessControlList><Grant>public-read</Grant></AccessControlList></AccessControlPolicy>"""
CORS = """<CORSConfiguration><CORSRule><AllowedOrigin>https://app.example.com</AllowedOrigin><AllowedMethod>GET</AllowedMethod>
<AllowedMethod>HEAD</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>300</MaxAgeSeconds>
</CORSRule><ResponseVary>false</ResponseVary></CORSConfiguration>"""
REFERER = """<RefererConfiguration><AllowEmptyReferer>false</AllowEmptyReferer><AllowTruncateQueryString>true</AllowTruncateQueryString>
<TruncatePath>true</TruncatePath><RefererList><Referer>https://www.example.com</Referer></RefererList>
<RefererBlacklist><Referer>https://*.evil.example</Referer></RefererBlacklist></RefererConfiguration>"""
WEBSITE = """<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix><SupportSubDir>true</SupportSubDir><Type>0</Type></IndexDocument>
<ErrorDocument><Key>404.html</Key><HttpStatus>404</HttpStatus></ErrorDocument></WebsiteConfiguration>"""
LIFECYCLE = """<LifecycleConfiguration><Rule><ID>cool-down</ID><Prefix>logs/</Prefix><Status>Enabled</Status>
<Transition><Days>30</Days><StorageClass>Archive</StorageClass></Transition><Expiration><Days>400</Days></Expiration>
<AbortMultipartUpload><Days>7</Days></AbortMultipartUpload>
<NoncurrentVersionTransition><NoncurrentDays>10</NoncurrentDays><StorageClass>IA</StorageClass></NoncurrentVersionTransition>
<NoncurrentVersionExpiration><NoncurrentDays>60</NoncurrentDays></NoncurrentVersionExpiration>
</Rule><Rule><ID>tagged</ID><Prefix></Prefix><Status>Disabled</Status><Tag><Key>tier</Key><Value>cold</Value></Tag>
<Expiration><Days>30</Days></Expiration></Rule></LifecycleConfiguration>"""
ENCRYPTION = """<ServerSideEncryptionRule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>KMS</SSEAlgorithm>
<KMSMasterKeyID>key-hzz0123456789</KMSMasterKeyID></ApplyServerSideEncryptionByDefault></ServerSideEncryptionRule>"""
VERSIONING = "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>"
LOGGING = """<BucketLoggingStatus><LoggingEnabled><TargetBucket>central-logs</TargetBucket><TargetPrefix>site/</TargetPrefix>
</LoggingEnabled></BucketLoggingStatus>"""
TAGGING = "<Tagging><TagSet><Tag><Key>team</Key><Value>web</Value></Tag></TagSet></Tagging>"
ACCELERATION = "<TransferAccelerationConfiguration><Enabled>false</Enabled></TransferAccelerationConfiguration>"
BLOCK = "<PublicAccessBlockConfiguration><BlockPublicAccess>false</BlockPublicAccess></PublicAccessBlockConfiguration>"
POLICY = '{"Version":"1","Statement":[{"Effect":"Allow","Principal":["*"],"Action":["oss:GetObject"],"Resource":["acs:oss:*:*:legacy-site/*"]}]}'
LIST = """<ListAllMyBucketsResult><Owner><ID>1</ID><DisplayName>1</DisplayName></Owner><Buckets>
<Bucket><Name>legacy-site</Name><Location>oss-cn-shanghai</Location><Region>cn-shanghai</Region>
<CreationDate>2020-01-01T00:00:00.000Z</CreationDate><StorageClass>IA</StorageClass></Bucket>
</Buckets></ListAllMyBucketsResult>"""

# The subresource in the query names the Get* call; these are the answers of a bucket that has them all.
ANSWERS = {
    "bucketInfo": INFO,
    "acl": ACL,
    "cors": CORS,
    "referer": REFERER,
    "website": WEBSITE,
    "lifecycle": LIFECYCLE,
    "encryption": ENCRYPTION,
    "versioning": VERSIONING,
    "logging": LOGGING,
    "policy": POLICY,
    "tagging": TAGGING,
    "transferAcceleration": ACCELERATION,
    "publicAccessBlock": BLOCK,
}
NOT_CONFIGURED = {  # what OSS answers (404) for a setting a bucket does not have
    "cors": "NoSuchCORSConfiguration",
    "website": "NoSuchWebsiteConfiguration",
    "lifecycle": "NoSuchLifecycle",
    "encryption": "NoSuchServerSideEncryptionRule",
    "policy": "NoSuchBucketPolicy",
    "tagging": "NoSuchTagSet",
    "publicAccessBlock": "NoSuchPublicAccessBlockConfiguration",
    "replication": "NoSuchReplicationConfiguration",
    "worm": "NoSuchWORMConfiguration",
    "logging": "NoSuchBucketLogging",
}


class FakeOss(oss.types.HttpClient):
    """Answers the SDK's requests as OSS would, per subresource; records what was asked."""

    def __init__(self, answers: dict[str, str] | None = None, unset: tuple[str, ...] = ()) -> None:
        self.answers = {**ANSWERS, **(answers or {})}
        self.unset = set(unset) | {"replication", "worm"}
        self.requests: list[tuple[str, str, str]] = []

    def send(self, request, **kwargs):
        url = urlsplit(request.url)
        subresource = next(iter(parse_qs(url.query, keep_blank_values=True)), "")
        self.requests.append((request.method, url.hostname, subresource))
        if request.method != "GET":
            raise AssertionError(f"discovery only reads; got {request.method} {request.url}")
        if not subresource and url.hostname.startswith("oss-"):
            return oss_response(request, 200, LIST)
        if subresource in self.unset:
            code = NOT_CONFIGURED[subresource]
            return oss_response(
                request,
                404,
                f"<Error><Code>{code}</Code><Message>not configured</Message>"
                "<RequestId>5C3D9175B6FC201293AD4890</RequestId></Error>",
            )
        return oss_response(request, 200, self.answers[subresource])

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.fixture
def credentials(monkeypatch):
    monkeypatch.setenv("ALICLOUD_ACCESS_KEY", "id")
    monkeypatch.setenv("ALICLOUD_SECRET_KEY", "secret")


def discovered(fake: FakeOss):
    (found,) = discover(Client.from_environment("cn-shanghai", http_client=fake), ["legacy-site"])
    return found


def test_every_setting_maps_from_oss_answers_to_a_valid_declaration(credentials):
    fake = FakeOss()
    out = declaration(discovered(fake), "alicloud", DAY)
    reason = "adopted as found from alicloud on 2026-11-02: review"
    assert out == {
        "name": "legacy-site",
        "adopt": True,
        "acl": "public-read",
        "public_access_waiver": reason,
        "storage_class": "IA",
        "redundancy_type": "ZRS",
        "tags": {"team": "web"},
        "encryption": {"algorithm": "KMS", "kms_key_id": "key-hzz0123456789"},
        "logging": {"target_bucket": "central-logs", "target_prefix": "site/"},
        "https_only": False,
        "policy_document": POLICY,
        "cors": [
            {
                "allowed_origins": ["https://app.example.com"],
                "allowed_methods": ["GET", "HEAD"],
                "allowed_headers": ["*"],
                "expose_headers": ["ETag"],
                "max_age_seconds": 300,
            }
        ],
        "referer": {
            "whitelist": ["https://www.example.com"],
            "blacklist": ["https://*.evil.example"],
            "allow_empty": False,
            "allow_truncate_query_string": True,
            "truncate_path": True,
        },
        "website": {"index_document": "index.html", "support_sub_dir": True, "error_document": "404.html"},
        "lifecycle": [
            {
                "id": "cool-down",
                "prefix": "logs/",
                "expiration_days": 400,
                "transitions": [{"days": 30, "storage_class": "Archive"}],
                "abort_multipart_upload_days": 7,
                "noncurrent_transitions": [{"days": 10, "storage_class": "IA"}],
                "noncurrent_expiration_days": 60,
            },
            {"id": "tagged", "enabled": False, "tags": {"tier": "cold"}, "expiration_days": 30},
        ],
    }
    BucketProps(**out)
    # Every call went to the bucket's own regional endpoint, and only reads were sent.
    asked = {sub for method, host, sub in fake.requests if host == "legacy-site.oss-cn-shanghai.aliyuncs.com"}
    assert asked == set(ANSWERS) | {"replication", "worm"}


def test_truncate_path_is_read_from_the_referer_answer(credentials):
    kept = REFERER.replace("<TruncatePath>true</TruncatePath>", "<TruncatePath>false</TruncatePath>")
    assert discovered(FakeOss({"referer": kept})).referer["truncate_path"] is False
    assert discovered(FakeOss()).referer["truncate_path"] is True
    # TruncatePath alone (no lists, empty referer allowed) is still a setting to declare.
    only_path = (
        "<RefererConfiguration><AllowEmptyReferer>true</AllowEmptyReferer><TruncatePath>true</TruncatePath>"
        "<RefererList/></RefererConfiguration>"
    )
    assert discovered(FakeOss({"referer": only_path})).referer == {
        "whitelist": [],
        "blacklist": [],
        "allow_empty": True,
        "allow_truncate_query_string": True,
        "truncate_path": True,
    }


def test_the_default_referer_answer_is_no_hotlink_protection(credentials):
    default = "<RefererConfiguration><AllowEmptyReferer>true</AllowEmptyReferer><RefererList/></RefererConfiguration>"
    assert discovered(FakeOss({"referer": default})).referer is None


def test_a_console_bucket_without_policy_or_public_access_block_declares_neither(credentials):
    private = INFO.replace("public-read", "private")
    fake = FakeOss(
        {"bucketInfo": private, "acl": ACL.replace("public-read", "private")},
        unset=("policy", "publicAccessBlock", "cors", "website", "lifecycle", "encryption", "tagging", "logging"),
    )
    out = declaration(discovered(fake), "alicloud", DAY)
    assert out["https_only"] is False and "policy_document" not in out
    assert out["public_access_block"] == "unmanaged"
    assert set(out["waivers"]) == {"encryption", "logging", "public_access_block"}
    assert "acl" not in out and "cors" not in out and "website" not in out and "lifecycle" not in out
    props = BucketProps(**out)
    assert props.blocks_public_access is None  # no public access block resource, so no import block for one


def test_settings_oss_answers_not_configured_for_are_declared_as_missing(credentials):
    suspended = "<VersioningConfiguration><Status>Suspended</Status></VersioningConfiguration>"
    never = "<VersioningConfiguration/>"
    assert discovered(FakeOss({"versioning": suspended})).versioning == "Suspended"
    found = discovered(
        FakeOss({"versioning": never}, unset=tuple(k for k in NOT_CONFIGURED if k not in ("replication", "worm")))
    )
    assert found.versioning is None
    assert (
        found.cors,
        found.website,
        found.lifecycle,
        found.encryption,
        found.policy,
        found.tags,
        found.public_access_block,
        found.logging,
    ) == ([], None, [], None, None, {}, None, None)


def test_website_routing_rules_and_replication_are_refused(credentials):
    routed = WEBSITE.replace(
        "</WebsiteConfiguration>",
        "<RoutingRules><RoutingRule><RuleNumber>1</RuleNumber>"
        "<Condition><KeyPrefixEquals>a/</KeyPrefixEquals></Condition><Redirect>"
        "<RedirectType>Mirror</RedirectType><MirrorURL>https://example.com/</MirrorURL></Redirect>"
        "</RoutingRule></RoutingRules></WebsiteConfiguration>",
    )
    with pytest.raises(ImportProblem, match="website routing rules"):
        declaration(discovered(FakeOss({"website": routed})), "alicloud", DAY)
    fake = FakeOss(
        {
            "replication": "<ReplicationConfiguration><Rule><ID>r1</ID><Destination><Bucket>copy</Bucket>"
            "<Location>oss-cn-beijing</Location></Destination></Rule></ReplicationConfiguration>"
        }
    )
    fake.unset.discard("replication")
    with pytest.raises(ImportProblem, match="cross-region replication rules"):
        declaration(discovered(fake), "alicloud", DAY)


def test_an_error_other_than_not_configured_stops_the_import(credentials):
    class Denied(FakeOss):
        def send(self, request, **kwargs):
            if "cors" in request.url:
                return oss_response(
                    request,
                    403,
                    "<Error><Code>AccessDenied</Code><Message>no permission</Message><RequestId>1</RequestId></Error>",
                )
            return super().send(request, **kwargs)

    with pytest.raises(ImportProblem, match="legacy-site.*get_bucket_cors: AccessDenied: no permission"):
        discovered(Denied())


def test_credentials_and_region_come_from_the_environment(monkeypatch):
    for name in (
        "ALICLOUD_ACCESS_KEY",
        "ALICLOUD_SECRET_KEY",
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "ALICLOUD_REGION",
        "ALIBABA_CLOUD_REGION_ID",
        "ALICLOUD_SECURITY_TOKEN",
        "ALIBABA_CLOUD_SECURITY_TOKEN",
    ):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ImportProblem, match="no credentials"):
        Client.from_environment(None)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "id")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret")
    with pytest.raises(ImportProblem, match="no region"):
        Client.from_environment(None)
    monkeypatch.setenv("ALICLOUD_REGION", "cn-beijing")
    monkeypatch.setenv("ALICLOUD_SECURITY_TOKEN", "token")
    client = Client.from_environment(None)
    assert client.region == "cn-beijing"
    keys = client.credentials.get_credentials()
    assert (keys.access_key_id, keys.access_key_secret, keys.security_token) == ("id", "secret", "token")
    assert Client.from_environment("cn-shanghai").endpoint("cn-shanghai") == "https://oss-cn-shanghai.aliyuncs.com"
