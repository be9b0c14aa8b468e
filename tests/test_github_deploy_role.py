"""The `deploy_role:` section: a RAM role GitHub Actions assumes through OIDC, with a policy derived from
what its stack manages. Synthesized from the example estate, scanned, and applied on the local target."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from harness import REPO_ROOT, VENV_BIN, App, command_env, run, stack
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
    for kind, name in named:
        mine = name in ("media-deploy", "media-deploy-deploy")
        # The role may change every RAM object of the stack but itself: a deploy never widens its own rights.
        assert (
            _granted(
                policy,
                "ram:UpdateRole" if kind == "role" else "ram:CreatePolicyVersion",
                f"acs:ram::{ACCOUNT}:{kind}/{name}",
            )
            is not mine
        ), (kind, name)
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
    role = SECTION.replace("media-deploy", "dr-deploy")
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
    assert "dr-deploy" in listed.stdout, listed.stdout
    shown = app.ossiac("localcloud", "show", "alicloud_ram_policy", "dr-deploy-deploy")
    assert shown.returncode == 0 and "ossiac-dr-assets" in shown.stdout, shown.stdout + shown.stderr
    again = app.ossiac("diff")
    assert again.returncode == 0 and again.stdout.strip() == "dr: no changes", again.stdout + again.stderr


MIGRATION_ROLE = SECTION.replace("media-deploy", "migration-deploy").replace(
    "unscoped: [cms]", "unscoped: [cms, fc, vpc]"
)


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
    from ossiac_props.deploy_role import DeployRoleProps

    props = DeployRoleProps(
        name="ds-deploy",
        account_id=ACCOUNT,
        oidc_provider="github-actions",
        audience="sts.aliyuncs.com",
        repository="example-org/estate",
        environments=["production"],
    )
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
