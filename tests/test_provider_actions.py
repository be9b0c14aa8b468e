"""provider_actions.json: per alicloud type ossiac uses, the RAM actions of the API calls the provider makes
on read (plan/refresh) and on write. Committed == generated is tests/test_facts_generated.py's (it runs
every generator in tools/facts/); here: the file covers every type, its actions are well formed and
read-only where they must be, the generator refuses sources it cannot map, and the extractor finds the
call patterns the provider's Go source uses."""

from __future__ import annotations

import json
import re
import sys
import textwrap

import pytest

from harness import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "tools"))
import extract_provider_calls as extract  # noqa: E402
from facts import provider_actions  # noqa: E402

sys.path.remove(str(REPO_ROOT / "tools"))

FACTS = json.loads((REPO_ROOT / "ossiac" / "schema" / "provider_actions.json").read_text(encoding="utf-8"))
SCHEMA = json.loads((REPO_ROOT / "ossiac" / "schema" / "alicloud.schema.json").read_text(encoding="utf-8"))
RAM_ACTIONS = json.loads((REPO_ROOT / "ossiac" / "schema" / "ram_actions.json").read_text(encoding="utf-8"))
PROVIDER = next(iter(SCHEMA["provider_schemas"].values()))
ACTION = re.compile(r"^[a-z][a-z0-9-]*:[A-Z][A-Za-z0-9]*$")
# A read phase may only reach operations that change nothing: the API naming convention of these services
READ_STYLE = re.compile(r"^(Describe|Get|List|Query|Check|Head)[A-Z]")


def all_entries():
    return [(name, entry) for section in ("resources", "data_sources") for name, entry in FACTS[section].items()]


def test_every_type_of_the_schema_has_an_entry_and_no_other():
    assert set(FACTS["resources"]) == set(PROVIDER["resource_schemas"])
    assert set(FACTS["data_sources"]) == set(PROVIDER["data_source_schemas"])


def test_every_action_is_service_colon_name():
    bad = [(name, a) for name, e in all_entries() for a in e["read"] + e["write"] if not ACTION.match(a)]
    assert not bad


def test_every_read_action_is_read_style():
    bad = [(name, a) for name, e in all_entries() for a in e["read"] if not READ_STYLE.match(a.split(":", 1)[1])]
    assert not bad


def test_data_sources_only_read():
    assert all(entry["write"] == [] and entry["read"] for entry in FACTS["data_sources"].values())


def test_oss_kms_ram_sts_actions_are_ones_ram_actions_lists():
    known = {f"{s}:{a}" for s, names in RAM_ACTIONS["actions"].items() for a in names}
    bad = [
        a
        for _, e in all_entries()
        for a in e["read"] + e["write"]
        if a.split(":")[0] in RAM_ACTIONS["actions"] and a not in known
    ]
    assert not bad


def test_ram_code_is_the_services_not_the_api_products():
    # CEN's API product is Cbn, Log Service's is Sls, VPN gateway's is Vpc: the actions carry the RAM codes
    assert FACTS["resources"]["alicloud_cen_instance"]["read"] == ["cen:DescribeCens"]
    assert FACTS["resources"]["alicloud_log_project"]["read"][0].startswith("log:")
    assert FACTS["resources"]["alicloud_vpn_gateway"]["read"] == ["vpc:DescribeVpnGateway"]
    assert FACTS["resources"]["alicloud_fcv3_function"]["read"] == ["fc:GetFunction"]
    assert FACTS["resources"]["alicloud_cms_alarm"]["read"] == [
        "cms:DescribeMetricRuleList",
        "cms:DescribeMetricRuleTargets",
    ]
    assert "cms:PutResourceMetricRule" in FACTS["resources"]["alicloud_cms_alarm"]["write"]


def test_actions_no_table_shows_are_listed_as_unconfirmed():
    unconfirmed = set(FACTS["_meta"]["unconfirmed_actions"])
    assert "cms:PutResourceMetricRule" in unconfirmed  # by the <ram code>:<API> convention only
    assert "vpc:DescribeVpnGateway" not in unconfirmed  # its API page's table shows it
    assert not any(a.split(":")[0] in RAM_ACTIONS["actions"] for a in unconfirmed)  # checked by ram_actions.json


def test_what_is_not_mapped_is_said():
    # fc-go-sdk's UnTagResource sends DELETE /tag, which no FC 2.0 operation is: listed, not turned into an action
    not_covered = FACTS["_meta"]["not_covered"]["alicloud_fc_service"]
    assert any("FC-Open.UnTagResource" in why and "DELETE '/tag'" in why for why in not_covered)
    assert not any(a.lower() == "fc:untagresource" for a in FACTS["resources"]["alicloud_fc_service"]["write"])
    # while the SDK calls that do resolve are actions
    assert FACTS["resources"]["alicloud_fc_service"]["read"] == ["fc:GetService", "fc:ListServiceVersions"]


def _with_source(tmp_path, monkeypatch, attribute, edit):
    path = getattr(provider_actions, attribute)
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    copy = tmp_path / path.name
    copy.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(provider_actions, attribute, copy)


def test_a_product_without_ram_code_is_refused_naming_file_and_product(tmp_path, monkeypatch):
    _with_source(tmp_path, monkeypatch, "CODES_SOURCE", lambda d: d["products"].pop("Cbn"))
    with pytest.raises(ValueError, match=r"ram_service_codes\.json: no RAM code for product 'Cbn'.*alicloud_cen"):
        provider_actions.build()


def test_an_oss_name_ram_actions_does_not_know_is_listed_not_granted(tmp_path, monkeypatch):
    def add(data):
        data["resources"]["alicloud_oss_bucket_acl"]["read"].append("Oss.GetBucketMadeUp")

    _with_source(tmp_path, monkeypatch, "CALLS_SOURCE", add)
    built = json.loads(provider_actions.build())
    assert "oss:GetBucketMadeUp" not in built["resources"]["alicloud_oss_bucket_acl"]["read"]
    assert any("Oss.GetBucketMadeUp" in w for w in built["_meta"]["not_covered"]["alicloud_oss_bucket_acl"])


def test_an_oss_api_name_is_mapped_to_the_action_ram_checks(tmp_path, monkeypatch):
    def add(data):  # HeadObject is authorized by oss:GetObject (ram_actions.json authorized_by)
        data["resources"]["alicloud_oss_bucket_object"]["read"].append("Oss.HeadObject")

    _with_source(tmp_path, monkeypatch, "CALLS_SOURCE", add)
    built = json.loads(provider_actions.build())
    assert built["resources"]["alicloud_oss_bucket_object"]["read"] == RAM_ACTIONS["authorized_by"]["oss:HeadObject"]


GO = textwrap.dedent(
    """
    package alicloud

    func resourceThing() *schema.Resource {
    \treturn &schema.Resource{
    \t\tCreate: resourceThingCreate,
    \t\tRead:   resourceThingRead,
    \t\tTimeouts: &schema.ResourceTimeout{
    \t\t\tCreate: schema.DefaultTimeout(1 * time.Minute),
    \t\t},
    \t}
    }

    func resourceThingCreate(d *schema.ResourceData, meta interface{}) error {
    \tclient := meta.(*connectivity.AliyunClient)
    \taction := "CreateThing"
    \tresponse, err := client.RpcPost("Vpc", "2016-04-28", action, nil, request, true)
    \t// action := "CommentedOut"
    \taction = "TagThing"
    \t_, err = client.RpcPost("Vpc", "2016-04-28", action, nil, request, true)
    \t_, err = client.RpcPost("Vpc", "2016-04-28", name, nil, request, true)
    \t_, err = client.WithOssClient(func(ossClient *oss.Client) (interface{}, error) {
    \t\treturn nil, ossClient.SetBucketACL("b", oss.ACLPrivate)
    \t})
    \treturn resourceThingRead(d, meta)
    }

    func resourceThingRead(d *schema.ResourceData, meta interface{}) error {
    \tthingService := ThingService{client}
    \t_, err := thingService.DescribeThing(d.Id())
    \treturn err
    }

    func (s *ThingService) DescribeThing(id string) (map[string]interface{}, error) {
    \taction := fmt.Sprintf("/?thing")
    \tresponse, err := client.Do("Oss", xmlParam("GET", "2019-05-17", "GetThing", action), query, nil, nil, hostMap, true)
    \treturn response, err
    }
    """
)


def test_the_extractor_follows_calls_and_resolves_the_providers_call_patterns():
    extractor = extract.Extractor({"thing.go": GO}, {})
    entries = extractor.entry_points("resourceThing")
    assert entries == {"Create": "resourceThingCreate", "Read": "resourceThingRead"}

    read, read_missed, depth = extractor.reach([entries["Read"]])
    assert [(c["product"], c["action"]) for c in read] == [("Oss", "GetThing")]
    assert depth == 1 and not read_missed

    write, write_missed, _ = extractor.reach([entries["Create"]])
    found = {(c["product"], c["action"], c["via"]) for c in write}
    assert {
        ("Vpc", "CreateThing", "RpcPost"),
        ("Vpc", "TagThing", "RpcPost"),  # the last assignment before the call, not a commented one
        ("Oss", "SetBucketACL", "aliyun-oss-go-sdk"),
        ("Oss", "GetThing", "Do/xmlParam"),  # through Read and the service method
    } == found
    # an action that is no literal is reported, not guessed
    assert [u["why"] for u in write_missed] == ["product or action is not a string literal"]
    assert write_missed[0]["at"] == "thing.go:21"  # the line of the call


OSS_GO_SDK = textwrap.dedent(
    """
    package oss

    func (client Client) SetBucketACL(bucketName string, bucketACL ACLType, options ...Option) error {
    \tparams := map[string]interface{}{}
    \tparams["acl"] = nil
    \tresp, err := client.do("PUT", bucketName, params, headers, nil, options...)
    \treturn err
    }

    func (client Client) IsBucketExist(bucketName string) (bool, error) {
    \tlistRes, err := client.ListBuckets(Prefix(bucketName), MaxKeys(1))
    \treturn err == nil, err
    }

    func (client Client) ListBuckets(options ...Option) (ListBucketsResult, error) {
    \tresp, err := client.do("GET", "", params, nil, nil, options...)
    \treturn out, err
    }

    func (bucket Bucket) PutObjectFromFile(objectKey, filePath string, options ...Option) error {
    \tresp, err := bucket.DoPutObject(request, opts)
    \treturn err
    }

    func (bucket Bucket) DoPutObject(request *PutObjectRequest, options []Option) (*Response, error) {
    \tparams := map[string]interface{}{}
    \tresp, err := bucket.do("PUT", request.ObjectKey, params, options, request.Reader, listener)
    \treturn resp, err
    }

    func (client Client) DeleteBucketReplication(bucketName string, ruleID string, options ...Option) error {
    \tparams := map[string]interface{}{}
    \tparams["replication"] = nil
    \tparams["comp"] = "delete"
    \tresp, err := client.do("POST", bucketName, params, nil, bytes.NewReader(bs), options...)
    \treturn err
    }
    """
)


def test_oss_go_sdk_methods_resolve_to_the_operation_their_request_is(tmp_path):
    """Method, level and subresources of the request, matched to the pinned OSS Python SDK's operations."""
    (tmp_path / "oss").mkdir()
    (tmp_path / "oss" / "client.go").write_text(OSS_GO_SDK, encoding="utf-8")
    sdk = extract.OssGoSdk(str(tmp_path))
    assert sdk.resolve("Client", "SetBucketACL")[0] == "PutBucketAcl"
    assert sdk.resolve("Client", "IsBucketExist")[0] == "ListBuckets"  # through the one method it calls
    # PUT on an object with no subresource is PutObject, CopyObject, UploadPart...: the name on the way decides
    assert sdk.resolve("Bucket", "PutObjectFromFile")[0] == "PutObject"
    # comp=delete, not comp=add (PutBucketReplication): a literal parameter value must agree
    assert sdk.resolve("Client", "DeleteBucketReplication")[0] == "DeleteBucketReplication"
    assert sdk.resolve("Client", "Missing") == (None, "no method Client.Missing in the SDK")


def test_a_request_line_several_actions_share_is_not_guessed():
    assert extract._one(["GetContextLogs", "GetLogStore"], ("CheckLogstoreExist",)) is None
    assert extract._one(["GetContextLogs", "GetLogStore"], ("GetLogStore",)) == "GetLogStore"
    assert extract._one(["GetProject"]) == "GetProject"
    assert extract._one(None) is None
