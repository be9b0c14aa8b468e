"""The stand-in provider behaves as the real one (aliyun/alicloud v1.289.0) where its source says how.

Each test drives real Terraform against the local target with configurations shaped like the
provider's own acceptance tests (written here, not copied): apply, then `plan -detailed-exitcode`
must say 0 (no changes), as the acceptance framework requires after every step.
"""

from __future__ import annotations

import json
import re

from harness import VENV_BIN, run


def _outputs(local_cloud) -> dict:
    return {k: v["value"] for k, v in json.loads(local_cloud.tf("output", "-json").stdout).items()}


def _converges(local_cloud) -> None:
    code, plan = local_cloud.plan_exitcode()
    assert code == 0, plan


def _apply_fails(local_cloud) -> str:
    result = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color", check=False)
    assert result.returncode == 1, result.stdout
    return " ".join(result.stderr.split())  # Terraform wraps long lines


TRUST = (
    'jsonencode({ Version = "1", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", '
    'Principal = { Service = ["ecs.aliyuncs.com"] } }] })'
)
POLICY = (
    'jsonencode({ Version = "1", Statement = [{ Effect = "Allow", Action = ["oss:GetObject"], '
    'Resource = ["acs:oss:*:*:example/*"] }] })'
)


# -- 1. IDs are what the provider's Create sets ------------------------------------------------------


def test_ram_role_and_policy_ids_are_their_names_so_id_works_as_a_name(local_cloud):
    # The provider's attachment tests pass `.id` of a role and a policy as their names.
    local_cloud.write(f"""
resource "alicloud_ram_role" "by_role_name" {{
  role_name                   = "parity-role"
  assume_role_policy_document = {TRUST}
}}
resource "alicloud_ram_role" "by_deprecated_name" {{
  name     = "parity-role-old"
  document = {TRUST}
}}
resource "alicloud_ram_policy" "by_deprecated_name" {{
  name     = "parity-policy-old"
  document = {POLICY}
}}
resource "alicloud_ram_role_policy_attachment" "a" {{
  role_name   = alicloud_ram_role.by_deprecated_name.id
  policy_name = alicloud_ram_policy.by_deprecated_name.id
  policy_type = "Custom"
}}
output "ids" {{
  value = [alicloud_ram_role.by_role_name.id, alicloud_ram_role.by_deprecated_name.id,
           alicloud_ram_role.by_deprecated_name.role_name, alicloud_ram_policy.by_deprecated_name.id,
           alicloud_ram_role_policy_attachment.a.id]
}}
""")
    local_cloud.init_apply()
    assert _outputs(local_cloud)["ids"] == [
        "parity-role",
        "parity-role-old",
        "parity-role-old",
        "parity-policy-old",
        "role:parity-policy-old:Custom:parity-role-old",
    ]
    _converges(local_cloud)
    # and they import by name, as the import ID format says
    listed = local_cloud.console("list", "--type", "alicloud_ram_role").stdout
    assert "\tparity-role-old\t" in listed


def test_generated_names_and_ids_have_the_sdk_shape(local_cloud):
    # An unnamed FC service is named resource.UniqueId(), a name_prefix'd one PrefixedUniqueId(prefix);
    # a log project named through the deprecated `name` has that name as its ID.
    local_cloud.write("""
resource "alicloud_fc_service" "unnamed" {}
resource "alicloud_fc_service" "prefixed" {
  name_prefix = "parity-"
}
resource "alicloud_log_project" "p" {
  name = "parity-project"
}
output "ids" {
  value = [alicloud_fc_service.unnamed.id, alicloud_fc_service.unnamed.name, alicloud_fc_service.prefixed.id,
           alicloud_log_project.p.id, alicloud_log_project.p.project_name]
}
""")
    local_cloud.init_apply()
    unnamed, unnamed_name, prefixed, project, project_name = _outputs(local_cloud)["ids"]
    assert re.fullmatch(r"terraform-\d{18}[0-9a-f]{8}", unnamed) and unnamed == unnamed_name
    assert re.fullmatch(r"parity-\d{18}[0-9a-f]{8}", prefixed)
    assert project == project_name == "parity-project"
    _converges(local_cloud)


def test_route_entry_and_peer_accepter_ids_are_built_as_the_provider_builds_them(local_cloud):
    # route_table_id:router_id:destination_cidrblock:nexthop_type:nexthop_id, the router being the VPC's;
    # a peer connection accepter's ID is the connection it accepts (instance_id).
    local_cloud.write("""
resource "alicloud_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}
resource "alicloud_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}
resource "alicloud_route_entry" "r" {
  route_table_id        = alicloud_vpc.a.route_table_id
  destination_cidrblock = "10.1.0.0/16"
}
resource "alicloud_vpc_peer_connection" "p" {
  vpc_id              = alicloud_vpc.a.id
  accepting_vpc_id    = alicloud_vpc.b.id
  accepting_region_id = "cn-hangzhou"
}
resource "alicloud_vpc_peer_connection_accepter" "acc" {
  instance_id = alicloud_vpc_peer_connection.p.id
}
output "ids" {
  value = [alicloud_route_entry.r.id, alicloud_vpc.a.route_table_id, alicloud_vpc.a.router_id,
           alicloud_vpc_peer_connection_accepter.acc.id, alicloud_vpc_peer_connection.p.id]
}
""")
    local_cloud.init_apply()
    route, table, router, accepter, connection = _outputs(local_cloud)["ids"]
    assert route == f"{table}:{router}:10.1.0.0/16::" and router.startswith("vrt-")
    assert accepter == connection and connection.startswith("pcc-")
    _converges(local_cloud)


# -- 2. and 5. settings written from outside the bucket converge ---------------------------------------

BUCKET = """
resource "alicloud_oss_bucket" "b" {{
  bucket        = "{name}"
  storage_class = "Standard"
{extra}}}
"""


IGNORE = """  lifecycle {{
    ignore_changes = [{}]
  }}
"""


def test_access_monitor_resource_and_the_bucket_converge(local_cloud):
    # access_monitor is an Optional+Computed block on the bucket: left out, it keeps what Read found.
    local_cloud.write(
        BUCKET.format(name="parity-monitor", extra="")
        + """
resource "alicloud_oss_bucket_access_monitor" "m" {
  bucket = alicloud_oss_bucket.b.bucket
  status = "Enabled"
}
"""
    )
    local_cloud.init_apply()
    _converges(local_cloud)  # before: a perpetual in-place update removing access_monitor
    local_cloud.tf("apply", "-refresh-only", "-auto-approve", "-input=false", "-no-color")
    state = json.loads(local_cloud.tf("show", "-json").stdout)["values"]["root_module"]["resources"]
    bucket = next(r for r in state if r["address"] == "alicloud_oss_bucket.b")
    assert bucket["values"]["access_monitor"] == [{"status": "Enabled"}]


def test_a_new_bucket_reads_access_monitor_disabled(local_cloud):
    local_cloud.write(
        BUCKET.format(name="parity-fresh", extra="")
        + 'output "monitor" { value = alicloud_oss_bucket.b.access_monitor }\n'
    )
    local_cloud.init_apply()
    assert _outputs(local_cloud)["monitor"] == [{"status": "Disabled"}]
    _converges(local_cloud)


def test_data_redundancy_transition_leaves_the_bucket_planning_no_change(local_cloud):
    local_cloud.write(
        BUCKET.format(name="parity-zrs", extra="")
        + """
resource "alicloud_oss_bucket_data_redundancy_transition" "t" {
  bucket = alicloud_oss_bucket.b.bucket
}
output "t" { value = [alicloud_oss_bucket_data_redundancy_transition.t.id,
                      alicloud_oss_bucket_data_redundancy_transition.t.status] }
"""
    )
    local_cloud.init_apply()
    rid, status = _outputs(local_cloud)["t"]
    assert re.fullmatch(r"parity-zrs:[0-9a-f]{32}", rid) and status == "Queueing"
    _converges(local_cloud)


def test_split_setting_resources_next_to_a_bucket_converge(local_cloud):
    # As in the provider's tests: acl is Optional+Computed on the bucket; the split resources whose
    # inline twin is a plain Optional block are paired with ignore_changes there (as the tests do);
    # settings with no inline twin need nothing.
    local_cloud.write(
        BUCKET.format(
            name="parity-split",
            extra=IGNORE.format(
                "cors_rule, referer_config, logging, policy, versioning, transfer_acceleration, website, "
                "server_side_encryption_rule"
            ),
        )
        + """
resource "alicloud_oss_bucket_logging" "l" {
  bucket        = alicloud_oss_bucket.b.bucket
  target_bucket = alicloud_oss_bucket.b.bucket
  target_prefix = "log/"
}
resource "alicloud_oss_bucket_policy" "pol" {
  bucket = alicloud_oss_bucket.b.bucket
  policy = jsonencode({ Version = "1", Statement = [{ Effect = "Deny", Action = ["oss:GetObject"],
                        Principal = ["*"], Resource = ["acs:oss:*:*:parity-split/private/*"] }] })
}
resource "alicloud_oss_bucket_versioning" "v" {
  bucket = alicloud_oss_bucket.b.bucket
  status = "Enabled"
}
resource "alicloud_oss_bucket_transfer_acceleration" "t" {
  bucket  = alicloud_oss_bucket.b.bucket
  enabled = true
}
resource "alicloud_oss_bucket_website" "w" {
  bucket = alicloud_oss_bucket.b.bucket
  index_document {
    suffix = "index.html"
  }
}
resource "alicloud_oss_bucket_server_side_encryption" "e" {
  bucket        = alicloud_oss_bucket.b.bucket
  sse_algorithm = "AES256"
}
resource "alicloud_oss_bucket_https_config" "h" {
  bucket       = alicloud_oss_bucket.b.bucket
  enable       = true
  tls_versions = ["TLSv1.2"]
}
resource "alicloud_oss_bucket_acl" "a" {
  bucket = alicloud_oss_bucket.b.bucket
  acl    = "public-read"
}
resource "alicloud_oss_bucket_cors" "c" {
  bucket = alicloud_oss_bucket.b.bucket
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["https://example.com"]
  }
}
resource "alicloud_oss_bucket_referer" "r" {
  bucket              = alicloud_oss_bucket.b.bucket
  allow_empty_referer = false
  referer_list        = ["https://example.com"]
}
resource "alicloud_oss_bucket_request_payment" "p" {
  bucket = alicloud_oss_bucket.b.bucket
  payer  = "Requester"
}
resource "alicloud_oss_bucket_public_access_block" "pab" {
  bucket              = alicloud_oss_bucket.b.bucket
  block_public_access = true
}
"""
    )
    local_cloud.init_apply()
    _converges(local_cloud)


def test_a_plain_optional_block_set_from_outside_plans_its_removal_as_the_provider_does(local_cloud):
    # cors_rule is Optional (not Computed) on the bucket: without ignore_changes the real provider plans
    # to remove what alicloud_oss_bucket_cors set, which is why its own tests ignore it. So does the stand-in.
    local_cloud.write(
        BUCKET.format(name="parity-cors", extra="")
        + """
resource "alicloud_oss_bucket_cors" "c" {
  bucket = alicloud_oss_bucket.b.bucket
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["https://example.com"]
  }
}
"""
    )
    local_cloud.init_apply()
    code, plan = local_cloud.plan_exitcode()
    assert code == 2 and "alicloud_oss_bucket.b will be updated in-place" in plan, plan


# -- 3. an unset optional bool read back as false is no change ------------------------------------------


def test_unset_optional_bool_read_as_false_plans_no_change(local_cloud):
    # alicloud_oss_bucket_cors.response_vary is Optional; OSS reports false and Read sets it.
    local_cloud.write(
        BUCKET.format(name="parity-vary", extra=IGNORE.format("cors_rule"))
        + """
resource "alicloud_oss_bucket_cors" "c" {
  bucket = alicloud_oss_bucket.b.bucket
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["*"]
  }
}
output "vary" { value = alicloud_oss_bucket_cors.c.response_vary }
"""
    )
    local_cloud.init_apply()
    local_cloud.tf("apply", "-refresh-only", "-auto-approve", "-input=false", "-no-color")
    assert _outputs(local_cloud)["vary"] is False
    _converges(local_cloud)


# -- 4. SSE-KMS keys: stored as given by the API, picked per region in the console ----------------------


def test_sse_kms_key_id_is_stored_as_given_and_read_back(local_cloud):
    # The provider's bucket test sets kms_master_key_id = "kms-id" (no such key) and expects it back.
    local_cloud.write(
        BUCKET.format(
            name="parity-sse",
            extra="""  server_side_encryption_rule {
    sse_algorithm       = "KMS"
    kms_master_key_id   = "kms-id"
    kms_data_encryption = "SM4"
  }
""",
        )
        + BUCKET.format(name="parity-sse-split", extra=IGNORE.format("server_side_encryption_rule")).replace(
            '"b"', '"s"'
        )
        + """
resource "alicloud_oss_bucket_server_side_encryption" "e" {
  bucket            = alicloud_oss_bucket.s.bucket
  sse_algorithm     = "KMS"
  kms_master_key_id = "kms-id"
}
output "keys" { value = [alicloud_oss_bucket.b.server_side_encryption_rule[0].kms_master_key_id,
                         alicloud_oss_bucket_server_side_encryption.e.kms_master_key_id] }
"""
    )
    local_cloud.init_apply()
    assert _outputs(local_cloud)["keys"] == ["kms-id", "kms-id"]
    _converges(local_cloud)


def test_console_offers_only_keys_of_the_buckets_region(local_cloud):
    def console(*args):
        return run([str(VENV_BIN / "ossiac"), "localcloud", *args], cwd=local_cloud.workdir, env=local_cloud.env)

    local_cloud.console("bucket", "create", "parity-console", "--region", "cn-hangzhou")
    here = local_cloud.console("kms", "create-key", "--region", "cn-hangzhou").stdout.strip()
    there = local_cloud.console("kms", "create-key", "--region", "cn-beijing").stdout.strip()
    refused = console("bucket", "set", "parity-console", "--sse", "KMS", "--kms-key", there)
    assert refused.returncode != 0 and "cn-beijing" in refused.stderr and "cn-hangzhou" in refused.stderr, (
        refused.stderr
    )
    missing = console("bucket", "set", "parity-console", "--sse", "KMS", "--kms-key", "key-nosuchkey")
    assert missing.returncode != 0 and "KeyNotFound" in missing.stderr, missing.stderr
    local_cloud.console("bucket", "set", "parity-console", "--sse", "KMS", "--kms-key", here)
    shown = json.loads(local_cloud.console("show", "alicloud_oss_bucket", "parity-console").stdout)
    assert shown["settings"]["server_side_encryption"]["kms_master_key_id"] == here


# -- 6. documented document limits -----------------------------------------------------------------------


def _policy_text(size: int) -> str:
    """A valid policy document of exactly `size` characters (padding inside a Resource pattern)."""
    base = {
        "Version": "1",
        "Statement": [{"Effect": "Allow", "Action": ["oss:GetObject"], "Resource": ["acs:oss:*:*:b/"]}],
    }
    pad = size - len(json.dumps(base))
    base["Statement"][0]["Resource"][0] += "x" * pad
    text = json.dumps(base)
    assert len(text) == size
    return text


def test_ram_policy_document_limit_is_6144_characters(local_cloud):
    local_cloud.write("""
variable "doc" { type = string }
resource "alicloud_ram_policy" "p" {
  policy_name     = "parity-size"
  policy_document = var.doc
}
""")
    local_cloud.tf("init", "-input=false", "-no-color")
    (local_cloud.workdir / "at.tfvars.json").write_text(json.dumps({"doc": _policy_text(6144)}))
    local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color", "-var-file=at.tfvars.json")
    (local_cloud.workdir / "over.tfvars.json").write_text(json.dumps({"doc": _policy_text(6145)}))
    result = local_cloud.tf(
        "apply", "-auto-approve", "-input=false", "-no-color", "-var-file=over.tfvars.json", check=False
    )
    assert result.returncode == 1
    assert "The policy document is 6145 characters; RAM allows 1 to 6144 characters" in " ".join(
        result.stderr.split()
    ), result.stderr


def test_ram_policy_keeps_five_versions_unless_told_to_rotate(local_cloud):
    local_cloud.write("""
variable "n" { type = number }
variable "rotate" { type = string }
resource "alicloud_ram_policy" "p" {
  policy_name     = "parity-versions"
  rotate_strategy = var.rotate
  policy_document = jsonencode({ Version = "1", Statement = [{ Effect = "Allow", Action = ["oss:GetObject"],
                                 Resource = ["acs:oss:*:*:b${var.n}/*"] }] })
}
output "version" { value = alicloud_ram_policy.p.default_version }
""")
    local_cloud.tf("init", "-input=false", "-no-color")

    def apply(n, rotate="None", check=True):
        return local_cloud.tf(
            "apply", "-auto-approve", "-input=false", "-no-color", f"-var=n={n}", f"-var=rotate={rotate}", check=check
        )

    for n in range(1, 6):  # v1 .. v5
        apply(n)
    local_cloud.tf(
        "apply", "-refresh-only", "-auto-approve", "-input=false", "-no-color", "-var=n=5", "-var=rotate=None"
    )
    assert _outputs(local_cloud)["version"] == "v5"
    sixth = apply(6, check=False)
    assert sixth.returncode == 1 and "RAM keeps at most 5" in " ".join(sixth.stderr.split()), sixth.stderr
    apply(6, "DeleteOldestNonDefaultVersionWhenLimitExceeded")
    local_cloud.tf(
        "apply",
        "-refresh-only",
        "-auto-approve",
        "-input=false",
        "-no-color",
        "-var=n=6",
        "-var=rotate=DeleteOldestNonDefaultVersionWhenLimitExceeded",
    )
    assert _outputs(local_cloud)["version"] == "v6"


def test_bucket_policy_limit_is_16_kb(local_cloud):
    policy = {
        "Version": "1",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["oss:GetObject"],
                "Principal": ["*"],
                "Resource": ["acs:oss:*:*:parity-policy/" + "x" * 17000],
            }
        ],
    }
    local_cloud.write(
        BUCKET.format(name="parity-policy", extra="")
        + """
variable "policy" { type = string }
resource "alicloud_oss_bucket_policy" "p" {
  bucket = alicloud_oss_bucket.b.bucket
  policy = var.policy
}
"""
    )
    (local_cloud.workdir / "p.tfvars.json").write_text(json.dumps({"policy": json.dumps(policy)}))
    local_cloud.tf("init", "-input=false", "-no-color")
    result = local_cloud.tf(
        "apply", "-auto-approve", "-input=false", "-no-color", "-var-file=p.tfvars.json", check=False
    )
    assert result.returncode == 1
    assert "OSS allows at most 16384 (16 KB)" in " ".join(result.stderr.split()), result.stderr
