"""The `deploy_role:` section: a RAM role GitHub Actions assumes through OIDC, with a policy derived from
what its stack manages, and its read role for PR plans and the drift check. Synthesized from the example
estate (on the local and the alicloud target), scanned, and applied on the local target."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from harness import REPO_ROOT, VENV_BIN, App, command_env, run, stack
from ossiac.paths import PROVIDER_ACTIONS_FILE
from ossiac_props.provider_actions import actions_of
from ossiac_props.wildcard import wildcard_match

ACCOUNT = "1234567890123456"
SECTION = f"""    deploy_role:
      name: media-deploy
      account_id: "{ACCOUNT}"
      oidc_provider: github-actions
      audience: sts.aliyuncs.com
      repository: example-org/estate
      environments: [production]
      unscoped: [cms]
      read_role:
        name: media-read
        branches: [main, release/v2]
"""


def _estate_with_role(folder: Path, section: str = SECTION) -> Path:
    """The example estate's stack file with a deploy role added to its stack."""
    text = (REPO_ROOT / "estate" / "media.yaml").read_text()
    assert "    kms:\n" in text
    (folder / "estate").mkdir()
    shutil.copytree(REPO_ROOT / "estate" / "site", folder / "estate" / "site")
    path = folder / "estate" / "media.yaml"
    path.write_text(text.replace("    kms:\n", section + "    kms:\n", 1))
    return path


def _synth(folder: Path, stack_file: Path):
    env = command_env(
        OSSIAC_STACK_FILES=str(stack_file),
        OSSIAC_TARGET="local",
        OSSIAC_SYNTH_CACHE="0",
        CDKTF_OUTDIR=str(folder / "out"),
    )
    return run([str(VENV_BIN / "python"), str(REPO_ROOT / "main.py")], cwd=folder, env=env)


def _props(name: str, **more):
    """A deploy role of this repository's production jobs, as the tests below build it by hand."""
    from ossiac_props.deploy_role import DeployRoleProps

    return DeployRoleProps(
        name=name,
        account_id=ACCOUNT,
        oidc_provider="github-actions",
        audience="sts.aliyuncs.com",
        repository="example-org/estate",
        environments=["production"],
        **more,
    )


def _bare_stack():
    """An empty stack with the provider, for constructs built by hand."""
    from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider

    from ossiac.cdk import TerraformStack, Testing

    stack = TerraformStack(Testing.app(), "s")
    AlicloudProvider(stack, "alicloud", region="cn-shanghai")
    return stack


@pytest.fixture(scope="module")
def estate(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("deploy-role")
    result = _synth(folder, _estate_with_role(folder))
    assert result.returncode == 0, result.stdout + result.stderr
    stacks = folder / "out" / "stacks"
    return stacks, json.loads((stacks / "media" / "cdk.tf.json").read_text())


def _deploy_role(config: dict) -> tuple[dict, dict]:
    roles = [r for r in config["resource"]["alicloud_ram_role"].values() if r["role_name"] == "media-deploy"]
    policies = [
        p for p in config["resource"]["alicloud_ram_policy"].values() if p["policy_name"] == "media-deploy-deploy"
    ]
    assert len(roles) == len(policies) == 1
    return json.loads(roles[0]["assume_role_policy_document"]), json.loads(policies[0]["policy_document"])


def test_the_role_trusts_only_this_repositorys_production_jobs_through_the_oidc_provider(estate):
    trust, _ = _deploy_role(estate[1])
    (statement,) = trust["Statement"]
    assert statement["Principal"] == {"Federated": [f"acs:ram::{ACCOUNT}:oidc-provider/github-actions"]}
    assert statement["Condition"] == {
        "StringEquals": {
            "oidc:iss": ["https://token.actions.githubusercontent.com"],
            "oidc:aud": ["sts.aliyuncs.com"],
            "oidc:sub": ["repo:example-org/estate:environment:production"],
        }
    }
    outputs = estate[1]["output"]  # what the deploy workflow reads to assume it
    assert outputs["deploy_role_role_arn"] == {"value": f"acs:ram::{ACCOUNT}:role/media-deploy"}
    assert outputs["deploy_role_oidc_provider_arn"] == {"value": f"acs:ram::{ACCOUNT}:oidc-provider/github-actions"}


def _granted(policy: dict, action: str, arn: str) -> bool:
    return any(
        wildcard_match(a, action, ignore_case=True) and any(wildcard_match(r, arn) for r in s["Resource"])
        for s in policy["Statement"]
        for a in s["Action"]
    )


def test_the_policy_covers_what_the_estate_manages_and_nothing_account_wide(estate):
    config = estate[1]
    _, policy = _deploy_role(config)
    resources = config["resource"]
    buckets = [b["bucket"] for b in resources["alicloud_oss_bucket"].values()]
    assert len(buckets) == 7
    for bucket in buckets:
        assert _granted(policy, "oss:PutBucketAcl", f"acs:oss:cn-shanghai:{ACCOUNT}:{bucket}"), bucket
        assert _granted(policy, "oss:PutObject", f"acs:oss:cn-shanghai:{ACCOUNT}:{bucket}/index.html"), bucket
    named = [("role", r["role_name"]) for r in resources["alicloud_ram_role"].values()]
    named += [("policy", p["policy_name"]) for p in resources["alicloud_ram_policy"].values()]
    named += [("user", u["name"]) for u in resources["alicloud_ram_user"].values()]
    assert {"media-read", "media-read-read"} <= {name for _, name in named}
    for kind, name in named:
        mine = name in ("media-deploy", "media-deploy-deploy", "media-read", "media-read-read")
        # The role may change every RAM object of the stack but itself and the read role: a deploy never
        # widens its own rights, nor what pull request jobs may read.
        for action in ("ram:UpdateRole", "ram:AttachPolicyToRole", "ram:DeleteRole", "ram:CreatePolicyVersion"):
            assert _granted(policy, action, f"acs:ram::{ACCOUNT}:{kind}/{name}") is not mine, (kind, name, action)
    kms = [s for s in policy["Statement"] if s["Action"] == ["kms:*"]]
    keys = {f"${{alicloud_kms_key.{key}.arn}}" for key in resources["alicloud_kms_key"]}
    aliases = {f"acs:kms:*:{ACCOUNT}:{a['alias_name']}" for a in resources["alicloud_kms_alias"].values()}
    assert kms and set(kms[0]["Resource"]) == keys | aliases
    # Creating a key is granted on the key container: a key's own ARN exists only once it is made.
    assert _granted(policy, "kms:CreateKey", f"acs:kms:cn-shanghai:{ACCOUNT}:key")
    assert not _granted(policy, "kms:CreateKey", f"acs:kms:cn-shanghai:{ACCOUNT}:key/other-key")
    # Nothing account-wide but what `unscoped` names: every other resource names one bucket, RAM object
    # or key of the stack; the one statement on `*` holds exactly the CloudMonitor actions the
    # provider calls for the stack's alarm types.
    everywhere = [s for s in policy["Statement"] if "*" in s["Resource"]]
    assert len(everywhere) == 1 and everywhere[0]["Resource"] == ["*"]
    alarm_types = sorted(t for t in resources if t.startswith("alicloud_cms_"))
    assert alarm_types == ["alicloud_cms_alarm", "alicloud_cms_alarm_contact", "alicloud_cms_alarm_contact_group"]
    expected = set()
    for kind in alarm_types:
        known = actions_of(kind)
        assert known is not None
        expected |= set(known.read + known.write)
    assert set(everywhere[0]["Action"]) == expected and all(a.startswith("cms:") for a in expected), everywhere
    assert {"cms:PutResourceMetricRule", "cms:DescribeMetricRuleList"} <= expected
    for statement in policy["Statement"]:
        if statement is everywhere[0]:
            continue
        for resource in statement["Resource"]:
            assert resource != "*" and not resource.endswith((":*", f":{ACCOUNT}:*")), resource
    assert not _granted(policy, "oss:PutBucketAcl", f"acs:oss:cn-shanghai:{ACCOUNT}:someone-elses-bucket")
    assert not _granted(policy, "ram:CreateUser", f"acs:ram::{ACCOUNT}:user/intruder")
    assert not _granted(policy, "ram:CreateRole", f"acs:ram::{ACCOUNT}:role/admin")


def test_the_estate_with_its_deploy_role_passes_the_scan(estate):
    result = run([str(VENV_BIN / "ossiac"), "scan", "--stacks-dir", str(estate[0])], cwd=REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "media:" in result.stdout and " 0 failed" in result.stdout


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("repository: example-org/estate", "repository: estate", "deploy_role.repository"),
        ("environments: [production]", "environments: []", "deploy_role.environments"),
        ("environments: [production]", "environments: ['prod:*']", "is not a GitHub environment name"),
        (f'account_id: "{ACCOUNT}"', 'account_id: "12a"', "deploy_role.account_id"),
        ("audience: sts.aliyuncs.com", "audience: /sts", "is not a client ID"),
        ("oidc_provider: github-actions", "oidc_provider: github/actions", "is not an OIDC provider name"),
        ("      audience: sts.aliyuncs.com\n", "", "deploy_role.audience"),
        (
            "name: media-deploy",
            "name: media-browser-uploads",
            "deploy_role.name: 'media-browser-uploads' is also an upload role",
        ),
        ("unscoped: [cms]", "unscoped: [cmss]", "'cmss' is not a service granted only on every resource (allowed: "),
        ("unscoped: [cms]", "unscoped: [oss]", "'oss' is not a service granted only on every resource"),
        ("unscoped: [cms]", "unscoped: [cms, cms]", "unscoped: 'cms' is declared twice"),
        # the stack declares alarms: without naming cms it is refused, never silently left without rights
        ("      unscoped: [cms]\n", "", "deploy_role.unscoped: the stack declares alicloud_cms_alarm"),
        ("unscoped: [cms]", "unscoped: []", "which 'cms' grants only on every resource; name 'cms' in deploy_role"),
        ("unscoped: [cms]", "unscoped: [cms, vpc]", "deploy_role.unscoped: 'vpc' is named but the stack declares"),
        ("name: media-read", "name: media_read", "deploy_role.read_role.name: 'media_read' is not a RAM role name"),
        ("name: media-read", "name: media-deploy", "read_role.name: 'media-deploy' is also the deploy role's name"),
        ("[main, release/v2]", "['main:x']", "deploy_role.read_role.branches: 'main:x' is not a git branch name"),
        ("[main, release/v2]", "[release/.v2]", "deploy_role.read_role.branches: 'release/.v2' is not a git branch"),
        ("[main, release/v2]", "[main, main]", "deploy_role.read_role.branches: branches: 'main' is declared twice"),
        ("        branches:", "        branch:", "deploy_role.read_role.branch"),
    ],
)
def test_a_bad_deploy_role_is_refused_naming_its_key(tmp_path, old, new, words):
    assert old in SECTION
    result = _synth(tmp_path, _estate_with_role(tmp_path, SECTION.replace(old, new, 1)))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "media.yaml" in result.stderr and words in result.stderr, result.stderr
    assert not (tmp_path / "out" / "stacks").exists()


def test_the_stand_in_provider_applies_the_deploy_role_and_ci_finds_it(tmp_path, local_target):
    (tmp_path / "app").mkdir()
    app = App(tmp_path / "app")
    role = SECTION.replace("media-", "dr-")
    app.declare(stack("dr", "ossiac-dr-assets", extra="") + role)
    plans = tmp_path / "reviewed"
    assert app.ossiac("diff", "--save-plans", str(plans)).returncode == 0
    checked = app.ossiac("deploy", "--from-plans", str(plans), "--check-inputs")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert json.loads(checked.stdout)["matrix"] == [
        {
            "stack": "dr",
            "role_arn": f"acs:ram::{ACCOUNT}:role/dr-deploy",
            "oidc_provider_arn": f"acs:ram::{ACCOUNT}:oidc-provider/github-actions",
        }
    ]
    deployed = app.ossiac("deploy", "--from-plans", str(plans), "dr")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    listed = app.ossiac("localcloud", "list", "--type", "alicloud_ram_role")
    assert "dr-deploy" in listed.stdout and "dr-read" in listed.stdout, listed.stdout
    shown = app.ossiac("localcloud", "show", "alicloud_ram_policy", "dr-deploy-deploy")
    assert shown.returncode == 0 and "ossiac-dr-assets" in shown.stdout, shown.stdout + shown.stderr
    again = app.ossiac("diff")
    assert again.returncode == 0 and again.stdout.strip() == "dr: no changes", again.stdout + again.stderr


MIGRATION_ROLE = SECTION.replace("media-", "migration-").replace("unscoped: [cms]", "unscoped: [cms, fc, vpc]")


def test_the_migration_stacks_role_covers_its_network_function_and_secret_and_names_each_service(tmp_path):
    """Every resource type the migration stack declares is granted: scoped by name, through the resource it
    configures, or (for the services named in `unscoped`) by exactly the actions the provider calls for it."""
    text = (REPO_ROOT / "estate" / "migration.yaml").read_text()
    anchor = "    log_bucket:\n"
    assert anchor in text
    (tmp_path / "estate").mkdir()
    path = tmp_path / "estate" / "migration.yaml"
    path.write_text(text.replace(anchor, MIGRATION_ROLE + anchor, 1))
    result = _synth(tmp_path, path)
    assert result.returncode == 0, result.stdout + result.stderr
    config = json.loads((tmp_path / "out" / "stacks" / "migration" / "cdk.tf.json").read_text())
    policy = json.loads(
        next(
            p["policy_document"]
            for p in config["resource"]["alicloud_ram_policy"].values()
            if p["policy_name"] == "migration-deploy-deploy"
        )
    )
    everywhere = [s for s in policy["Statement"] if s["Resource"] == ["*"]]
    assert len(everywhere) == 1
    granted = set(everywhere[0]["Action"])
    assert {a.split(":")[0] for a in granted} == {"cms", "fc", "vpc"}
    for kind in config["resource"]:
        known = actions_of(kind)
        assert known is not None, kind
        services = known.services() - {"oss", "ram", "kms", "sts"}
        if services:  # an unscoped type: every action the provider calls for it, nothing of a service not named
            assert set(known.read + known.write) <= granted, kind
    assert {"vpc:CreateVpnGateway", "vpc:CreateVpc", "fc:CreateFunction", "cms:PutResourceMetricRule"} <= granted
    secret = next(iter(config["resource"]["alicloud_kms_secret"].values()))["secret_name"]
    assert _granted(policy, "kms:PutSecretValue", f"acs:kms:cn-shanghai:{ACCOUNT}:secret/{secret}")
    assert not _granted(policy, "kms:GetSecretValue", f"acs:kms:cn-shanghai:{ACCOUNT}:secret/someone-elses")
    # Its read role: every read of every declared type, no write; the secret's value too (the plan reads it).
    read = _policy(config, "migration-read-read")
    assert _every_read_missing(config, read) == []
    assert _writes(read) == []
    assert _granted(read, "kms:GetSecretValue", f"acs:kms:cn-shanghai:{ACCOUNT}:secret/{secret}")
    assert not _granted(read, "kms:PutSecretValue", f"acs:kms:cn-shanghai:{ACCOUNT}:secret/{secret}")
    assert {"vpc:DescribeVpnGateway", "fc:GetFunction", "cms:DescribeMetricRuleList"} <= set(
        next(st for st in read["Statement"] if st["Resource"] == ["*"])["Action"]
    )


def test_a_data_source_that_lists_what_the_stack_does_not_name_is_refused_not_left_without_rights():
    """No stack file declares such a data source today; a construct that adds one must not get a role that
    silently cannot plan it (`oss:ListBuckets` is checked on the account, not on a bucket the stack names)."""
    from cdktf_cdktf_provider_alicloud.data_alicloud_account import DataAlicloudAccount
    from cdktf_cdktf_provider_alicloud.data_alicloud_oss_buckets import DataAlicloudOssBuckets
    from cdktf_cdktf_provider_alicloud.oss_bucket import OssBucket
    from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider

    from ossiac.cdk import TerraformStack, Testing
    from ossiac_constructs.github_deploy_role import GithubDeployRole
    from ossiac_constructs.invalid_props import InvalidPropsError

    props = _props("ds-deploy")
    app = Testing.app()
    fine = TerraformStack(app, "fine")
    AlicloudProvider(fine, "alicloud", region="cn-shanghai")
    DataAlicloudAccount(fine, "account")  # sts:GetCallerIdentity, which RAM never checks
    OssBucket(fine, "bucket", bucket="team-a")
    assert _granted(GithubDeployRole(fine, "role", props).document, "oss:PutBucketAcl", f"acs:oss:*:{ACCOUNT}:team-a")
    listing = TerraformStack(app, "listing")
    AlicloudProvider(listing, "alicloud", region="cn-shanghai")
    OssBucket(listing, "bucket", bucket="team-b")
    DataAlicloudOssBuckets(listing, "buckets", name_regex="^team-")
    with pytest.raises(InvalidPropsError) as raised:
        GithubDeployRole(listing, "role", props)
    assert any("data source alicloud_oss_buckets" in p and "oss:ListBuckets" in p for p in raised.value.problems), (
        raised.value.problems
    )


# --- the read role --------------------------------------------------------------------------------------


def _policy(config: dict, name: str) -> dict:
    (document,) = [
        json.loads(p["policy_document"])
        for p in config["resource"]["alicloud_ram_policy"].values()
        if p["policy_name"] == name
    ]
    return document


def _resolve(config: dict, value: str) -> str:
    """A reference `${<type>.<id>.<attribute>}` to a resource of the stack replaced by that attribute's value."""
    return re.sub(
        r"\$\{(alicloud_[a-z_]+)\.([^.}]+)\.([a-z_]+)\}",
        lambda m: config["resource"][m[1]][m[2]].get(m[3], m[0]),  # a key's `arn` stays a reference
        value,
    )


def _resolved(config: dict, policy: dict) -> dict:
    """The policy with its references to resources that have a name (not a key's ARN) replaced by it."""
    return json.loads(_resolve(config, json.dumps(policy)))


WRITE_WORDS = re.compile(
    r":(Put|Create|Delete|Update|Attach|Detach|Set|Modify|Enable|Disable|Tag|Untag|UnTag|Publish|Accept|Reject"
    r"|Move|Change|Associate|Unassociate|Schedule|Activate|Deactivate|Abort|Complete|Extend|Initiate|Refund)"
)


def _writes(policy: dict) -> list[str]:
    """Actions of `policy` that change something: a write of some type in provider_actions.json that no type
    reads, an action named like a write, or a wildcard."""
    facts = json.loads(PROVIDER_ACTIONS_FILE.read_text())
    tables = [facts["resources"], facts["data_sources"]]
    reads = {a for table in tables for entry in table.values() for a in entry["read"]}
    writes = {a for table in tables for entry in table.values() for a in entry["write"]} - reads
    assert len(writes) > 100  # the facts were read: a check against an empty list would pass anything
    return sorted(
        a for s in policy["Statement"] for a in s["Action"] if a in writes or WRITE_WORDS.search(a) or "*" in a
    )


def _arn_of(config: dict, kind: str, rid: str, values: dict) -> str:
    """Where the provider's reads of one declared resource are checked (a bucket setting on its bucket,
    an attachment on its role or user); `*` for the types of services granted only on every resource."""
    values = {k: _resolve(config, v) if isinstance(v, str) else v for k, v in values.items()}
    if kind == "alicloud_oss_bucket_object":
        return f"acs:oss:cn-shanghai:{ACCOUNT}:{values['bucket']}/{values['key']}"
    if kind.startswith("alicloud_oss_bucket"):
        return f"acs:oss:cn-shanghai:{ACCOUNT}:{values['bucket']}"
    ram = {
        "alicloud_ram_role": "role/{role_name}",
        "alicloud_ram_role_policy_attachment": "role/{role_name}",
        "alicloud_ram_policy": "policy/{policy_name}",
        "alicloud_ram_user": "user/{name}",
        "alicloud_ram_user_policy_attachment": "user/{user_name}",
    }
    if kind in ram:
        return f"acs:ram::{ACCOUNT}:" + ram[kind].format(**values)
    if kind == "alicloud_kms_key":
        return f"${{alicloud_kms_key.{rid}.arn}}"  # known once the key is made: granted by reference
    if kind == "alicloud_kms_alias":
        return f"acs:kms:cn-shanghai:{ACCOUNT}:{values['alias_name']}"
    if kind == "alicloud_kms_secret":
        return f"acs:kms:cn-shanghai:{ACCOUNT}:secret/{values['secret_name']}"
    return "*"


def _every_read_missing(config: dict, policy: dict) -> list[tuple[str, str, str]]:
    """(type, action, resource) of each read the provider makes to refresh a declared resource or data
    source that `policy` does not grant there."""
    resolved = _resolved(config, policy)
    missing = []
    declared = [(k, rid, v) for k, rs in config["resource"].items() for rid, v in rs.items()]
    declared += [(k, rid, {}) for k, rs in config.get("data", {}).items() for rid in rs]
    for kind, rid, values in declared:
        known = actions_of(kind)
        assert known is not None, kind
        arn = _arn_of(config, kind, rid, values)
        for action in known.read:
            if action == "sts:GetCallerIdentity":  # RAM never checks it
                continue
            if arn == "*":
                ok = any(action in s["Action"] and s["Resource"] == ["*"] for s in resolved["Statement"])
            else:
                ok = _granted(resolved, action, arn)
            if not ok:
                missing.append((kind, action, arn))
    return missing


def test_the_read_role_trusts_this_repositorys_pull_requests_and_branches_only(estate):
    config = estate[1]
    (role,) = [r for r in config["resource"]["alicloud_ram_role"].values() if r["role_name"] == "media-read"]
    (statement,) = json.loads(role["assume_role_policy_document"])["Statement"]
    assert statement["Action"] == "sts:AssumeRole"
    assert statement["Principal"] == {"Federated": [f"acs:ram::{ACCOUNT}:oidc-provider/github-actions"]}
    # GitHub's sub claim: https://docs.github.com/en/actions/reference/security/oidc (no environment in it)
    assert statement["Condition"] == {
        "StringEquals": {
            "oidc:iss": ["https://token.actions.githubusercontent.com"],
            "oidc:aud": ["sts.aliyuncs.com"],
            "oidc:sub": [
                "repo:example-org/estate:pull_request",
                "repo:example-org/estate:ref:refs/heads/main",
                "repo:example-org/estate:ref:refs/heads/release/v2",
            ],
        }
    }
    outputs = config["output"]
    assert outputs["deploy_role_read_role_arn"] == {"value": f"acs:ram::{ACCOUNT}:role/media-read"}
    assert outputs["deploy_role_audience"] == {"value": "sts.aliyuncs.com"}
    attachments = [
        a for a in config["resource"]["alicloud_ram_role_policy_attachment"].values() if "read-role" in a["role_name"]
    ]
    assert [(_resolve(config, a["role_name"]), _resolve(config, a["policy_name"])) for a in attachments] == [
        ("media-read", "media-read-read")
    ]


def test_a_read_roles_branches_default_to_main():
    props = _props("x-deploy", read_role={"name": "x-read"})
    assert props.read_subjects == [
        "repo:example-org/estate:pull_request",
        "repo:example-org/estate:ref:refs/heads/main",
    ]


def test_the_read_policy_reads_everything_the_stack_declares_and_changes_nothing(estate):
    config = estate[1]
    read = _policy(config, "media-read-read")
    assert _writes(read) == []
    # The check finds writes: the deploy role's policy has them.
    assert {"oss:*", "cms:PutResourceMetricRule"} <= set(_writes(_policy(config, "media-deploy-deploy")))
    assert _every_read_missing(config, read) == []
    # ...and only on what the stack names: one statement on `*`, the CloudMonitor reads of its alarm types.
    everywhere = [s for s in read["Statement"] if "*" in s["Resource"]]
    assert len(everywhere) == 1 and everywhere[0]["Resource"] == ["*"]
    assert all(a.startswith("cms:Describe") for a in everywhere[0]["Action"]), everywhere
    assert not _granted(read, "oss:GetBucketPolicy", f"acs:oss:cn-shanghai:{ACCOUNT}:someone-elses-bucket")
    assert not _granted(read, "ram:GetRole", f"acs:ram::{ACCOUNT}:role/admin")
    # The two roles of the construct are refreshed by the plan too.
    assert _granted(read, "ram:GetRole", f"acs:ram::{ACCOUNT}:role/media-deploy")
    assert _granted(read, "ram:GetPolicy", f"acs:ram::{ACCOUNT}:policy/media-read-read")


def test_the_read_role_reads_only_the_objects_the_stack_declares(estate):
    config = estate[1]
    read = _resolved(config, _policy(config, "media-read-read"))
    objects = {
        f"acs:oss:*:{ACCOUNT}:{_resolve(config, o['bucket'])}/{o['key']}"
        for o in config["resource"]["alicloud_oss_bucket_object"].values()
    }
    assert objects == {
        f"acs:oss:*:{ACCOUNT}:ossiac-example-media-site/index.html",
        f"acs:oss:*:{ACCOUNT}:ossiac-example-media-site/error.html",
    }
    granted = {r for s in read["Statement"] if "oss:GetObject" in s["Action"] for r in s["Resource"]}
    assert granted == objects  # on the local target there is no state object to read
    for statement in read["Statement"]:
        for resource in statement["Resource"]:
            assert not resource.endswith("/*"), resource
    assert not _granted(read, "oss:GetObject", f"acs:oss:cn-shanghai:{ACCOUNT}:ossiac-example-media-site/other.html")
    assert not _granted(read, "oss:GetObject", f"acs:oss:cn-shanghai:{ACCOUNT}:ossiac-example-media-uploads/x")


TARGETS = """alicloud:
  region: cn-shanghai
  state:
    bucket: estate-terraform-state
    prefix: ossiac
    region: cn-shanghai
    tablestore_endpoint: https://Estate-Lock.cn-shanghai.ots.aliyuncs.com
    tablestore_table: terraform_lock
"""


@pytest.fixture(scope="module")
def alicloud_estate(tmp_path_factory) -> dict:
    """The estate synthesized for the alicloud target: state in OSS, locked in TableStore."""
    folder = tmp_path_factory.mktemp("deploy-role-alicloud")
    (folder / "targets.yaml").write_text(TARGETS)
    env = command_env(
        OSSIAC_STACK_FILES=str(_estate_with_role(folder)),
        OSSIAC_TARGET="alicloud",
        OSSIAC_TARGETS_FILE=str(folder / "targets.yaml"),
        OSSIAC_SYNTH_CACHE="0",
        CDKTF_OUTDIR=str(folder / "out"),
    )
    result = run([str(VENV_BIN / "python"), str(REPO_ROOT / "main.py")], cwd=folder, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads((folder / "out" / "stacks" / "media" / "cdk.tf.json").read_text())


STATE = f"acs:oss:cn-shanghai:{ACCOUNT}:estate-terraform-state"
LOCK_TABLE = f"acs:ots:cn-shanghai:{ACCOUNT}:instance/estate-lock/table/terraform_lock"


def test_the_read_role_reads_the_stacks_state_and_no_other(alicloud_estate):
    config = alicloud_estate
    assert config["terraform"]["backend"]["oss"]["key"] == "media.tfstate"
    read = _policy(config, "media-read-read")
    assert _writes(read) == [] and _every_read_missing(config, read) == []
    assert _granted(read, "oss:GetObject", f"{STATE}/ossiac/media.tfstate")
    assert _granted(read, "oss:ListObjects", STATE)  # the backend lists the prefix; ossiac lists orphans
    for other in ("ossiac/migration.tfstate", "ossiac/media.tfstate.backup", "other/media.tfstate"):
        assert not _granted(read, "oss:GetObject", f"{STATE}/{other}"), other
    assert not _granted(read, "oss:PutObject", f"{STATE}/ossiac/media.tfstate")
    # Plans run with -lock=false: no lock; but the backend describes the table and reads the state's digest.
    assert _granted(read, "ots:DescribeTable", LOCK_TABLE) and _granted(read, "ots:GetRow", LOCK_TABLE)
    for action in ("ots:PutRow", "ots:DeleteRow", "ots:UpdateRow"):
        assert not _granted(read, action, LOCK_TABLE), action


def test_the_deploy_role_takes_the_state_lock_on_alicloud(alicloud_estate):
    _, policy = _deploy_role(alicloud_estate)
    for action in ("ots:DescribeTable", "ots:GetRow", "ots:PutRow", "ots:DeleteRow"):
        assert _granted(policy, action, LOCK_TABLE), action
        assert not _granted(policy, action, LOCK_TABLE.replace("terraform_lock", "other_table")), action
        assert not _granted(policy, action, LOCK_TABLE.replace("estate-lock", "other-instance")), action
    assert _granted(policy, "oss:PutObject", f"{STATE}/ossiac/media.tfstate")
    assert not _granted(policy, "oss:PutObject", f"{STATE}/ossiac/migration.tfstate")


def test_no_role_is_granted_a_state_or_a_lock_table_on_the_local_target(estate):
    config = estate[1]
    for name in ("media-deploy-deploy", "media-read-read"):
        text = json.dumps(_policy(config, name))
        assert "ots:" not in text and "tfstate" not in text, name


def test_the_deploy_role_never_grants_on_a_role_or_policy_named_as_the_read_roles():
    """Even when the stack already declares RAM objects by the read role's names, before the construct."""
    from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
    from cdktf_cdktf_provider_alicloud.ram_role import RamRole

    from ossiac_constructs.github_deploy_role import GithubDeployRole

    props = _props("x-deploy", read_role={"name": "x-read"})
    stack = _bare_stack()
    for name in ("x-read", "x-deploy", "other"):
        RamRole(stack, f"role-{name}", role_name=name, assume_role_policy_document="{}")
    for name in ("x-read-read", "x-deploy-deploy", "other-policy"):
        RamPolicy(stack, f"policy-{name}", policy_name=name, policy_document="{}")
    document = GithubDeployRole(stack, "role", props).document
    assert _granted(document, "ram:UpdateRole", f"acs:ram::{ACCOUNT}:role/other")
    assert _granted(document, "ram:CreatePolicyVersion", f"acs:ram::{ACCOUNT}:policy/other-policy")
    for arn in ("role/x-read", "role/x-deploy", "policy/x-read-read", "policy/x-deploy-deploy"):
        assert not _granted(document, "ram:AttachPolicyToRole", f"acs:ram::{ACCOUNT}:{arn}"), arn
        assert not _granted(document, "ram:CreatePolicyVersion", f"acs:ram::{ACCOUNT}:{arn}"), arn


def test_a_declared_object_whose_key_is_a_wildcard_is_refused_for_the_read_role():
    """`*` in an object key would grant the read role every object of its bucket."""
    from cdktf_cdktf_provider_alicloud.oss_bucket import OssBucket
    from cdktf_cdktf_provider_alicloud.oss_bucket_object import OssBucketObject

    from ossiac_constructs.github_deploy_role import GithubDeployRole
    from ossiac_constructs.invalid_props import InvalidPropsError

    props = _props("x-deploy", read_role={"name": "x-read"})
    stack = _bare_stack()
    OssBucket(stack, "bucket", bucket="team-c")
    OssBucketObject(stack, "fine", bucket="team-c", key="a.html", content="a")
    assert GithubDeployRole(stack, "role", props).read_document is not None
    OssBucketObject(stack, "wild", bucket="team-c", key="*", content="a")
    with pytest.raises(InvalidPropsError) as raised:
        GithubDeployRole(stack, "role2", props)
    assert any("alicloud_oss_bucket_object '*'" in p for p in raised.value.problems), raised.value.problems
