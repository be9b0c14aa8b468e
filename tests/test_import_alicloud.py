"""`ossiac import --target alicloud`: OSS's answers, parsed by the official SDK (oss2) into its own
result classes, map to the declaration. No network: a fake bucket returns what oss2 parses from
XML bodies shaped like OSS's responses, and raises oss2's own errors for unset settings."""

from __future__ import annotations

import datetime

import oss2
import pytest
from oss2 import models, xml_utils

from ossiac.importing.declaration import ImportProblem, declaration
from ossiac.importing.discover_alicloud import Client, read_bucket, to_discovered
from ossiac_props.bucket import BucketProps

DAY = datetime.date(2026, 11, 2)


class FakeResponse:
    def __init__(self, body: bytes = b"", status: int = 200) -> None:
        self.status = status
        self.headers = {"x-oss-request-id": "5C3D9175B6FC201293AD4890"}
        self.request_id = self.headers["x-oss-request-id"]
        self._body = body

    def read(self, amt=None) -> bytes:
        return self._body


def parsed(result_class, parse, xml: str):
    body = xml.encode()
    result = result_class(FakeResponse(body))
    parse(result, body)
    return result


def not_found(code: str):
    return oss2.exceptions.NotFound(404, {"x-oss-request-id": "id"}, b"", {"Code": code, "Message": "not configured"})


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
<RefererList><Referer>https://www.example.com</Referer></RefererList></RefererConfiguration>"""
WEBSITE = """<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix></IndexDocument>
<ErrorDocument><Key>404.html</Key></ErrorDocument></WebsiteConfiguration>"""
LIFECYCLE = """<LifecycleConfiguration><Rule><ID>cool-down</ID><Prefix>logs/</Prefix><Status>Enabled</Status>
<Transition><Days>30</Days><StorageClass>Archive</StorageClass></Transition><Expiration><Days>400</Days></Expiration>
</Rule></LifecycleConfiguration>"""
ENCRYPTION = """<ServerSideEncryptionRule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>KMS</SSEAlgorithm>
<KMSMasterKeyID>key-hzz0123456789</KMSMasterKeyID></ApplyServerSideEncryptionByDefault></ServerSideEncryptionRule>"""
VERSIONING = "<VersioningConfiguration><Status>Suspended</Status></VersioningConfiguration>"
LOGGING = """<BucketLoggingStatus><LoggingEnabled><TargetBucket>central-logs</TargetBucket><TargetPrefix>site/</TargetPrefix>
</LoggingEnabled></BucketLoggingStatus>"""
TAGGING = "<Tagging><TagSet><Tag><Key>team</Key><Value>web</Value></Tag></TagSet></Tagging>"
ACCELERATION = "<TransferAccelerationConfiguration><Enabled>false</Enabled></TransferAccelerationConfiguration>"
BLOCK = "<PublicAccessBlockConfiguration><BlockPublicAccess>false</BlockPublicAccess></PublicAccessBlockConfiguration>"
POLICY = '{"Version":"1","Statement":[{"Effect":"Allow","Principal":["*"],"Action":["oss:GetObject"],"Resource":["acs:oss:*:*:legacy-site/*"]}]}'


class FakeBucket:
    """The Get* methods `read_bucket` calls on an oss2.Bucket, answering with oss2's own results."""

    def __init__(self, **unset: str) -> None:
        self.unset = unset  # setting -> the NoSuch... code OSS answers with

    def _answer(self, key, result_class, parse, xml):
        if key in self.unset:
            raise not_found(self.unset[key])
        return parsed(result_class, parse, xml)

    def get_bucket_info(self):
        return parsed(models.GetBucketInfoResult, xml_utils.parse_get_bucket_info, INFO)

    def get_bucket_acl(self):
        return parsed(models.GetBucketAclResult, xml_utils.parse_get_bucket_acl, ACL)

    def get_bucket_cors(self):
        return self._answer("cors", models.GetBucketCorsResult, xml_utils.parse_get_bucket_cors, CORS)

    def get_bucket_referer(self):
        return self._answer("referer", models.GetBucketRefererResult, xml_utils.parse_get_bucket_referer, REFERER)

    def get_bucket_website(self):
        return self._answer("website", models.GetBucketWebsiteResult, xml_utils.parse_get_bucket_website, WEBSITE)

    def get_bucket_lifecycle(self):
        return self._answer("lifecycle", models.GetBucketLifecycleResult, xml_utils.parse_get_bucket_lifecycle,
                            LIFECYCLE)

    def get_bucket_encryption(self):
        return self._answer("encryption", models.GetServerSideEncryptionResult,
                            xml_utils.parse_get_bucket_encryption, ENCRYPTION)

    def get_bucket_versioning(self):
        return self._answer("versioning", models.GetBucketVersioningResult, xml_utils.parse_get_bucket_versioning,
                            VERSIONING)

    def get_bucket_logging(self):
        return self._answer("logging", models.GetBucketLoggingResult, xml_utils.parse_get_bucket_logging, LOGGING)

    def get_bucket_policy(self):
        if "policy" in self.unset:
            raise not_found(self.unset["policy"])
        return models.GetBucketPolicyResult(FakeResponse(POLICY.encode()))

    def get_bucket_tagging(self):
        return self._answer("tags", models.GetTaggingResult, xml_utils.parse_get_tagging, TAGGING)

    def get_bucket_transfer_acceleration(self):
        return self._answer("transfer_acceleration", models.GetBucketTransferAccelerationResult,
                            xml_utils.parse_get_bucket_transfer_acceleration_result, ACCELERATION)

    def get_bucket_public_access_block(self):
        return self._answer("public_access_block", models.GetBucketPublicAccessBlockResult,
                            xml_utils.parse_get_public_access_block_result, BLOCK)

    def get_bucket_replication(self):
        raise not_found("NoSuchReplicationConfiguration")

    def get_bucket_worm(self):
        raise not_found("NoSuchWORMConfiguration")


def test_every_setting_maps_from_the_sdk_results_to_a_valid_declaration():
    found = read_bucket(FakeBucket())
    assert (found.name, found.region, found.storage_class, found.redundancy_type, found.acl) == (
        "legacy-site", "cn-shanghai", "IA", "ZRS", "public-read")
    out = declaration(found, "alicloud", DAY)
    reason = "adopted as found from alicloud on 2026-11-02: review"
    assert out == {
        "name": "legacy-site", "adopt": True, "acl": "public-read", "public_access_waiver": reason,
        "storage_class": "IA", "redundancy_type": "ZRS", "tags": {"team": "web"}, "versioning": "Suspended",
        "encryption": {"algorithm": "KMS", "kms_key_id": "key-hzz0123456789"},
        "logging": {"target_bucket": "central-logs", "target_prefix": "site/"},
        "https_only": False, "policy_document": POLICY,
        "cors": [{"allowed_origins": ["https://app.example.com"], "allowed_methods": ["GET", "HEAD"],
                  "allowed_headers": ["*"], "expose_headers": ["ETag"], "max_age_seconds": 300}],
        "referer": {"whitelist": ["https://www.example.com"], "allow_empty": False,
                    "allow_truncate_query_string": True, "truncate_path": False},
        "website": {"index_document": "index.html", "error_document": "404.html"},
        "lifecycle": [{"id": "cool-down", "prefix": "logs/", "expiration_days": 400,
                       "transitions": [{"days": 30, "storage_class": "Archive"}]}],
    }
    BucketProps(**out)


def test_settings_oss_answers_not_configured_for_are_declared_as_missing():
    bucket = FakeBucket(cors="NoSuchCORSConfiguration", referer="NoSuchReferer", website="NoSuchWebsiteConfiguration",
                        lifecycle="NoSuchLifecycle", encryption="NoSuchServerSideEncryptionRule",
                        policy="NoSuchBucketPolicy", tags="NoSuchTagSet",
                        public_access_block="NoSuchPublicAccessBlockConfiguration")
    found = read_bucket(bucket)
    assert (found.cors, found.referer, found.website, found.lifecycle, found.encryption, found.policy, found.tags,
            found.public_access_block) == ([], None, None, [], None, None, {}, None)
    out = declaration(found, "alicloud", DAY)
    assert out["encryption"] == {"algorithm": "none"} and out["public_access_block"] == "unmanaged"
    assert set(out["waivers"]) == {"encryption", "public_access_block"}


def test_the_default_referer_answer_is_no_hotlink_protection():
    empty = parsed(models.GetBucketRefererResult, xml_utils.parse_get_bucket_referer,
                   "<RefererConfiguration><AllowEmptyReferer>true</AllowEmptyReferer><RefererList/></RefererConfiguration>")
    info = parsed(models.GetBucketInfoResult, xml_utils.parse_get_bucket_info, INFO)
    acl = parsed(models.GetBucketAclResult, xml_utils.parse_get_bucket_acl, ACL)
    assert to_discovered(info, {"acl": acl, "referer": empty}).referer is None


def test_website_routing_rules_are_refused():
    class RoutedSite(FakeBucket):
        def get_bucket_website(self):
            result = super().get_bucket_website()
            result.rules = ["a routing rule"]
            return result

    with pytest.raises(ImportProblem, match="website routing rules"):
        declaration(read_bucket(RoutedSite()), "alicloud", DAY)


def test_credentials_and_region_come_from_the_environment(monkeypatch):
    for name in ("ALICLOUD_ACCESS_KEY", "ALICLOUD_SECRET_KEY", "ALIBABA_CLOUD_ACCESS_KEY_ID",
                 "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALICLOUD_REGION", "ALIBABA_CLOUD_REGION_ID",
                 "ALICLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_SECURITY_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ImportProblem, match="no credentials"):
        Client.from_environment(None)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "id")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret")
    with pytest.raises(ImportProblem, match="no region"):
        Client.from_environment(None)
    monkeypatch.setenv("ALICLOUD_REGION", "cn-beijing")
    client = Client.from_environment(None)
    assert client.region == "cn-beijing" and isinstance(client.auth, oss2.Auth)
    assert Client.from_environment("cn-shanghai").endpoint("cn-shanghai") == "https://oss-cn-shanghai.aliyuncs.com"
