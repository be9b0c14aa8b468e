"""Kinds of bad input once accepted silently (or never answered), each refused through `python main.py`
as users run it: exit 1, the problem as `file:line: key.path: what is wrong; allowed: ...`, cdktf.out
left as it was. Each kind has its examples and a valid neighbour that must still load.

1. names unique in the account (RAM users, roles, policies; KMS aliases; CloudMonitor contacts and
   groups; Function Compute functions), written or derived, made twice across or within stacks;
2. YAML aliases that fan out to ~10^9 values, in every YAML input;
3. a public bucket's referer whitelist that protects nothing (`*`) or matches nothing (a regex);
4. RAM names as the RAM API documents them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from harness import REPO_ROOT, command_env
from ossiac.config.loader import load_stack_files
from ossiac.config.problems import ConfigError

# A file of a few hundred bytes: 9 levels of ten aliases each stand for 10^9 strings.
BOMB = (
    'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]\n'
    + "".join(
        f"{name}: &{name} [{', '.join(['*' + below] * 10)}]\n"
        for below, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "stacks: [*i]\n"
)


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def repo(app_dir: Path) -> Path:
    """Stack files beside an app folder whose cdktf.out holds an earlier synth's output."""
    earlier = app_dir / "cdktf.out" / "stacks" / "earlier"
    earlier.mkdir(parents=True)
    (earlier / "cdk.tf.json").write_text('{"resource": {}}\n', encoding="utf-8")
    (app_dir / "infra").mkdir()
    return app_dir / "infra"


def _write(repo: Path, name: str, text: str) -> Path:
    path = repo / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _refused(app_dir: Path, *files: Path, timeout: float = 600, **env: str) -> str:
    """Run main.py as users do; it must exit 1 without a traceback and leave cdktf.out as it was."""
    before = _tree(app_dir / "cdktf.out")
    result = subprocess.run(
        [sys.executable, "main.py"],
        cwd=app_dir,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=command_env(OSSIAC_STACK_FILES=os.pathsep.join(map(str, files)), **env),
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert _tree(app_dir / "cdktf.out") == before, "a refused load wrote into cdktf.out"
    return result.stderr


def _problem(stderr: str, file: Path, line: int, key: str, *words: str) -> str:
    """The problem reported at `file:line: key`, holding every word."""
    prefix = f"{file}:{line}: {key}: "
    found = [entry.strip().removeprefix("- ") for entry in stderr.splitlines() if prefix in entry]
    assert found, f"no problem at {prefix!r} in:\n{stderr}"
    assert any(all(word in entry for word in words) for entry in found), f"{words} not in {found}"
    return found[0]


def _count(stderr: str) -> int:
    return sum(1 for line in stderr.splitlines() if line.startswith("  - "))


def _loads(*files: Path) -> list:
    return load_stack_files(list(files))


# --- 1. Names unique in the account ---------------------------------------------------------------

ACCESS_STACK = """\
stacks:
  - name: {stack}
    region: {region}
    buckets:
      - name: {stack}-photos-7
    access:
      app_users:
        - name: {user}
      upload_roles:
        - name: {role}
          bucket: {stack}-photos-7
          prefix: uploads/
          trusted: {{ram_user: {user}}}
"""


def _access(repo: Path, file: str, stack: str, role: str, user: str, region: str = "cn-hangzhou") -> Path:
    return _write(repo, file, ACCESS_STACK.format(stack=stack, region=region, role=role, user=user))


def test_an_upload_role_declared_in_two_stacks_is_refused_at_the_second(app_dir, repo):
    first = _access(repo, "a.yaml", "alpha", "photo-uploads", "alpha-app")
    second = _access(repo, "b.yaml", "beta", "photo-uploads", "beta-app", region="cn-beijing")
    stderr = _refused(app_dir, first, second)
    _problem(
        stderr,
        second,
        10,
        "stacks[0].access.upload_roles[0].name",
        "RAM role 'photo-uploads' is also made at",
        f"{first}:10: stacks[0].access.upload_roles[0].name",
        "unique in the whole account",
        "allowed: another upload role name",
    )
    assert _count(stderr) == 1  # its policy, photo-uploads-access, is the same mistake: said once


def test_two_names_that_derive_one_policy_name_are_refused(app_dir, repo):
    # Policy names allow no '.': both users' policies would be named app-server-assume-roles.
    first = _access(repo, "a.yaml", "alpha", "alpha-uploads", "app.server")
    second = _access(repo, "b.yaml", "beta", "beta-uploads", "app-server")
    stderr = _refused(app_dir, first, second)
    _problem(
        stderr,
        second,
        8,
        "stacks[0].access.app_users[0].name",
        "RAM policy 'app-server-assume-roles' (the policy of app user 'app-server') is also made at",
        f"{first}:8",
        "(the policy of app user 'app.server')",
        "allowed: another app user name",
    )


def test_one_stack_may_not_make_one_role_twice_through_two_keys(app_dir, repo):
    # The sync trigger's function role is <name>-fn: an upload role of that name is the same RAM role.
    stack = _write(
        repo,
        "a.yaml",
        """\
        stacks:
          - name: alpha
            region: cn-hangzhou
            buckets:
              - name: alpha-src-7
              - name: alpha-records-7
            access:
              upload_roles:
                - name: sync-fn
                  bucket: alpha-src-7
                  prefix: uploads/
                  trusted: {service: fc.aliyuncs.com}
            network:
              sync_triggers:
                - name: sync
                  source_bucket: alpha-src-7
                  record_bucket: alpha-records-7
                  endpoint: https://sync.example.com/objects
        """,
    )
    stderr = _refused(app_dir, stack)
    _problem(
        stderr,
        stack,
        15,
        "stacks[0].network.sync_triggers[0].name",
        "RAM role 'sync-fn' (the function role of sync trigger 'sync') is also made at",
        f"{stack}:9: stacks[0].access.upload_roles[0].name",
        "allowed: another sync trigger name",
    )


SYNC_STACK = """\
stacks:
  - name: {stack}
    region: {region}
    buckets:
      - name: {stack}-src-7
      - name: {stack}-records-7
    network:
      sync_triggers:
        - name: migration-sync
          source_bucket: {stack}-src-7
          record_bucket: {stack}-records-7
          endpoint: https://sync.example.com/objects
"""


def test_a_function_name_in_one_region_twice_is_refused_and_its_roles_in_any_region(app_dir, repo):
    first = _write(repo, "a.yaml", SYNC_STACK.format(stack="alpha", region="cn-hangzhou"))
    same_region = _write(repo, "b.yaml", SYNC_STACK.format(stack="beta", region="cn-hangzhou"))
    stderr = _refused(app_dir, first, same_region)
    _problem(
        stderr,
        same_region,
        9,
        "stacks[0].network.sync_triggers[0].name",
        "Function Compute function 'migration-sync' is also made at",
        f"{first}:9",
        "unique in each region of the account (both are made in cn-hangzhou)",
    )
    # In another region the function may repeat, but its RAM roles are account-wide.
    other_region = _write(repo, "c.yaml", SYNC_STACK.format(stack="gamma", region="cn-beijing"))
    with pytest.raises(ConfigError) as error:
        _loads(first, other_region)
    (problem,) = error.value.problems
    assert problem.file == other_region and problem.path == "stacks[0].network.sync_triggers[0].name"
    assert "RAM role 'migration-sync-fn'" in problem.message and "Function Compute" not in problem.message


def test_the_default_contact_group_and_contacts_are_account_wide(app_dir, repo):
    first = _write(
        repo,
        "a.yaml",
        """\
        stacks:
          - name: alpha
            region: cn-hangzhou
            alarms:
              contact_group:
                name: beta-oss-oncall
                contacts:
                  - {name: alice, email: alice@example.com}
        """,
    )
    second = _write(
        repo,
        "b.yaml",
        """\
        stacks:
          - name: beta
            region: cn-beijing
            alarms:
              contact_group:
                contacts:
                  - {name: alice, email: alice@example.com}
        """,
    )
    stderr = _refused(app_dir, first, second)
    _problem(
        stderr,
        second,
        2,
        "stacks[0].name",
        "CloudMonitor alarm contact group 'beta-oss-oncall' (the stack's alarm contact group, by default)",
        f"{first}:6: stacks[0].alarms.contact_group.name",
        "allowed: another alarms.contact_group.name",
    )
    _problem(
        stderr,
        second,
        7,
        "stacks[0].alarms.contact_group.contacts[0].name",
        "CloudMonitor alarm contact 'alice' is also made at",
        f"{first}:8",
        "under two names",
    )


KMS_STACK = """\
stacks:
  - name: {stack}
    region: {region}
    kms: {{alias: {alias}}}
"""


def test_a_kms_alias_is_unique_in_its_region_including_a_replica_regions_derived_alias(app_dir, repo):
    first = _write(repo, "a.yaml", KMS_STACK.format(stack="alpha", region="cn-hangzhou", alias="alias/shared"))
    second = _write(repo, "b.yaml", KMS_STACK.format(stack="beta", region="cn-hangzhou", alias="alias/shared"))
    stderr = _refused(app_dir, first, second)
    _problem(
        stderr,
        second,
        4,
        "stacks[0].kms.alias",
        "KMS alias 'alias/shared' is also made at",
        f"{first}:4",
        "both are made in cn-hangzhou",
        "allowed: another kms.alias",
    )
    # The same alias in another region is another alias.
    third = _write(repo, "c.yaml", KMS_STACK.format(stack="gamma", region="cn-beijing", alias="alias/shared"))
    assert len(_loads(first, third)) == 2
    # A stack replicating into cn-beijing makes the key alias/ossiac-delta-cn-beijing there.
    replicating = _write(
        repo,
        "d.yaml",
        """\
        stacks:
          - name: delta
            region: cn-hangzhou
            buckets:
              - name: delta-data-7
                replication: {destination_region: cn-beijing, destination_bucket: delta-data-7-backup}
        """,
    )
    clash = _write(
        repo, "e.yaml", KMS_STACK.format(stack="epsilon", region="cn-beijing", alias="alias/ossiac-delta-cn-beijing")
    )
    with pytest.raises(ConfigError) as error:
        _loads(replicating, clash)
    (problem,) = error.value.problems
    assert problem.file == clash and problem.path == "stacks[0].kms.alias"
    assert "(the key the stack makes for replicas in cn-beijing)" in problem.message


def test_replication_roles_share_the_ram_namespace_and_their_policy_takes_the_role_name(app_dir, repo):
    stack = _write(
        repo,
        "a.yaml",
        """\
        stacks:
          - name: alpha
            region: cn-hangzhou
            buckets:
              - name: alpha-one-7
                replication: {destination_region: cn-beijing, destination_bucket: alpha-one-7-b, role_name: alpha-replication}
              - name: alpha-two-7
                replication: {destination_region: cn-beijing, destination_bucket: alpha-two-7-b, role_name: alpha-replication}
        """,
    )
    stderr = _refused(app_dir, stack)
    _problem(
        stderr,
        stack,
        8,
        "stacks[0].buckets[1].replication.role_name",
        "RAM role 'alpha-replication' is also made at",
        f"{stack}:6: stacks[0].buckets[0].replication.role_name",
    )
    # A role may hold '.', a policy may not: the replication policy is named as its role.
    dotted = _write(
        repo,
        "b.yaml",
        """\
        stacks:
          - name: beta
            region: cn-hangzhou
            buckets:
              - name: beta-one-7
                replication: {destination_region: cn-beijing, destination_bucket: beta-one-7-b, role_name: beta.replication}
        """,
    )
    stderr = _refused(app_dir, dotted)
    _problem(
        stderr,
        dotted,
        6,
        "stacks[0].buckets[0].replication.role_name",
        "the policy of the replication role of bucket 'beta-one-7' would be named 'beta.replication'",
        "is not a RAM policy name; allowed: 1-128 letters, digits, '-'",
        "another replication.role_name",
    )


def test_distinct_names_across_stacks_still_load():
    files = sorted((REPO_ROOT / "estate").glob("*.yaml"))
    assert [s.config.name for s in _loads(*files)] == ["media", "migration"]


def test_distinct_access_names_in_two_stacks_load(repo):
    first = _access(repo, "a.yaml", "alpha", "alpha-uploads", "alpha-app")
    second = _access(repo, "b.yaml", "beta", "beta-uploads", "beta-app")
    assert len(_loads(first, second)) == 2


# --- 2. YAML aliases that fan out ------------------------------------------------------------------


def test_an_alias_bomb_stack_file_is_refused_at_once(app_dir, repo):
    bomb = _write(repo, "bomb.yaml", BOMB)
    assert len(BOMB) < 500
    # Before the budget this ran for hours; the timeout turns a regression into a failure.
    stderr = _refused(app_dir, bomb, timeout=30)
    assert f"{bomb}: <document>: stands for more than 1,000,000 values once its aliases (*name) are followed" in stderr
    assert "allowed: at most 1,000,000" in stderr


def test_an_alias_bomb_targets_yaml_is_refused_at_once(app_dir, repo):
    targets = _write(repo, "targets.yaml", BOMB.replace("stacks:", "alicloud:"))
    stderr = _refused(
        app_dir,
        REPO_ROOT / "estate" / "media.yaml",
        timeout=30,
        OSSIAC_TARGET="alicloud",
        OSSIAC_TARGETS_FILE=str(targets),
    )
    assert f"{targets}: <document>: stands for more than 1,000,000 values" in stderr


def test_an_alias_bomb_policy_file_is_refused_at_once(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(BOMB.replace("stacks:", "Statement:"))
    result = subprocess.run(
        [sys.executable, "-m", "ossiac.cli", "policy", "validate", str(policy)],
        cwd=REPO_ROOT,
        env=command_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"{policy}: <document>: stands for more than 1,000,000 values" in result.stderr


def test_ossiac_import_refuses_an_alias_bomb_stack_file_and_leaves_it_as_it_was(tmp_path):
    from ossiac.importing.declaration import ImportProblem
    from ossiac.importing.stack_file_writer import add_buckets

    file = tmp_path / "shop.yaml"
    file.write_text(BOMB)
    with pytest.raises(ImportProblem, match="stands for more than 1,000,000 values"):
        add_buckets(file, None, [{"name": "shop-data-7"}], {"shop-data-7": "cn-hangzhou"})
    assert file.read_text() == BOMB


def test_aliases_that_share_a_few_values_still_load(repo):
    shared = _write(
        repo,
        "shared.yaml",
        """\
        stacks:
          - name: alpha
            region: cn-hangzhou
            buckets:
              - name: alpha-one-7
                lifecycle: &tiers [{id: tiers, prefix: logs/, expiration_days: 30}]
              - name: alpha-two-7
                lifecycle: *tiers
        """,
    )
    (stack,) = _loads(shared)
    assert stack.buckets[0].lifecycle == stack.buckets[1].lifecycle and stack.buckets[1].lifecycle[0].id == "tiers"


# --- 3. Referer whitelists that protect nothing ----------------------------------------------------

PUBLIC = """\
stacks:
  - name: alpha
    region: cn-hangzhou
    buckets:
      - name: alpha-site-7
        acl: public-read
        referer:
          whitelist: {whitelist}
"""


@pytest.mark.parametrize("entry", ["'*'", "'https://*'", "'http*'"])
def test_a_whitelist_entry_matching_every_site_is_refused_on_a_public_bucket(app_dir, repo, entry):
    stack = _write(repo, "a.yaml", PUBLIC.format(whitelist=f"[{entry}, 'https://www.example.com/*']"))
    stderr = _refused(app_dir, stack)
    _problem(
        stderr,
        stack,
        5,
        "stacks[0].buckets[0]",
        f"referer.whitelist[0]: entry {entry} matches the Referer of every site, so it protects nothing",
        "allowed: your own sites, e.g. 'https://www.example.com/*'",
    )


@pytest.mark.parametrize("entry", [r"'^https://.*\.example\.com$'", "'.*example.*'"])
def test_a_whitelist_entry_written_as_a_regex_is_refused(app_dir, repo, entry):
    stack = _write(repo, "a.yaml", PUBLIC.format(whitelist=f"[{entry}]"))
    stderr = _refused(app_dir, stack)
    _problem(
        stderr,
        stack,
        8,
        "stacks[0].buckets[0].referer.whitelist",
        "is written as a regular expression",
        "matches no real Referer",
        "allowed: a wildcard pattern such as 'https://www.example.com/*'",
    )


def test_a_regex_in_the_blacklist_refuses_nothing_and_is_refused_too(repo):
    stack = _write(
        repo, "a.yaml", PUBLIC.format(whitelist="['https://www.example.com/*']") + "          blacklist: ['.*evil.*']\n"
    )
    with pytest.raises(ConfigError) as error:
        _loads(stack)
    (problem,) = error.value.problems
    assert problem.path == "stacks[0].buckets[0].referer.blacklist" and "regular expression" in problem.message


def test_whitelists_naming_sites_and_waived_or_private_catch_alls_still_load(repo):
    named = _write(
        repo,
        "a.yaml",
        PUBLIC.format(
            whitelist="['https://www.example.com/*', 'https://*.example.com/*', 'http://site.localhost:*', '*.console.aliyun.com']"
        ),
    )
    waived = _write(
        repo,
        "b.yaml",
        PUBLIC.replace("alpha", "beta")
        .format(whitelist="['*']")
        .replace(
            "acl: public-read", "acl: public-read\n        public_access_waiver: open to all but the blacklisted sites"
        )
        + "          blacklist: ['*evil.example']\n",
    )
    private = _write(
        repo,
        "c.yaml",
        PUBLIC.replace("alpha", "gamma").format(whitelist="['*']").replace("acl: public-read", "acl: private"),
    )
    assert len(_loads(named, waived, private)) == 3


# --- 4. RAM names as the RAM API documents them ----------------------------------------------------


def test_a_role_name_with_an_underscore_and_a_user_name_with_an_at_sign_are_refused(app_dir, repo):
    stack = _access(repo, "a.yaml", "alpha", "photo_uploads", "app@server")
    stderr = _refused(app_dir, stack)
    _problem(
        stderr,
        stack,
        10,
        "stacks[0].access.upload_roles[0].name",
        "'photo_uploads' is not a RAM role name; allowed: 1-64 letters, digits, '.', '-' (no '_')",
    )
    _problem(
        stderr,
        stack,
        8,
        "stacks[0].access.app_users[0].name",
        "'app@server' is not a RAM user name; allowed: 1-64 letters, digits, '.', '-', '_'",
    )


def test_ram_name_lengths_follow_the_api(app_dir, repo):
    stack = _access(repo, "a.yaml", "alpha", "r" * 65, "u" * 65)
    stderr = _refused(app_dir, stack)
    _problem(stderr, stack, 10, "stacks[0].access.upload_roles[0].name", "is not a RAM role name")
    _problem(stderr, stack, 8, "stacks[0].access.app_users[0].name", "is not a RAM user name")


def test_names_the_ram_api_allows_load(repo):
    # '_' in a user name, '.' in a role name, 64 characters each, a leading '-': all documented as allowed.
    stack = _access(repo, "a.yaml", "alpha", "-photo.uploads" + "r" * 50, "app_server" + "u" * 54)
    (loaded,) = _loads(stack)
    assert loaded.config.access.upload_roles[0].name == "-photo.uploads" + "r" * 50


# --- 5. An empty KMS key ID ----------------------------------------------------------------------


def test_an_empty_kms_key_id_is_refused_not_taken_for_absent(app_dir, repo):
    """`key_id: ""` crashed the synth (exit 70), and a bucket's `kms_key_id: ""` silently fell back
    to the stack's key: both are refused where they are written."""
    file = _write(
        repo,
        "kms.yaml",
        """\
        stacks:
          - name: keys
            region: cn-hangzhou
            kms: {key_id: ""}
            buckets:
              - name: keys-data-7
                encryption: {kms_key_id: ""}
        """,
    )
    stderr = _refused(app_dir, file)
    _problem(stderr, file, 4, "stacks[0].kms.key_id", "is not a KMS key ID", "allowed: letters, digits")
    _problem(stderr, file, 7, "stacks[0].buckets[0].encryption.kms_key_id", "is not a KMS key ID")
    valid = _write(repo, "kms.yaml", file.read_text().replace('""', "key-hzz62f2x0example"))
    (stack,) = _loads(valid)
    assert stack.config.kms.key_id == "key-hzz62f2x0example"


DEPLOY_ROLE_STACK = """\
stacks:
  - name: {stack}
    region: cn-hangzhou
    buckets:
      - name: {stack}-assets-7
    deploy_role:
      name: {deploy}
      account_id: "1234567890123456"
      oidc_provider: github-actions
      audience: sts.aliyuncs.com
      repository: example-org/estate
      environments: [production]
      unscoped: [cms]
      read_role:
        name: {read}
"""


def test_deploy_and_read_roles_share_the_accounts_ram_namespace(app_dir, repo):
    """Each stack's deploy and read roles (and their policies) are RAM names like any other: a second
    stack reusing one would fail mid-apply with EntityAlreadyExists, so it is refused at load."""
    first = _write(repo, "a.yaml", DEPLOY_ROLE_STACK.format(stack="alpha", deploy="ci-deploy", read="alpha-read"))
    second = _write(repo, "b.yaml", DEPLOY_ROLE_STACK.format(stack="beta", deploy="beta-deploy", read="ci-deploy"))
    stderr = _refused(app_dir, first, second)
    _problem(
        stderr,
        second,
        15,
        "stacks[0].deploy_role.read_role.name",
        "RAM role 'ci-deploy' is also made at",
        f"{first}:7: stacks[0].deploy_role.name",
        "allowed: another deploy_role.read_role.name",
    )
    assert _count(stderr) == 1
