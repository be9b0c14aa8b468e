"""Every kind of bad input is refused at load time through `python main.py`: exit 1, each problem as
`file:line: key.path: what is wrong; what is allowed`, no traceback, and cdktf.out left as it was."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from harness import REPO_ROOT, command_env, run

STACK = """\
stacks:
  - name: {stack}
    region: cn-hangzhou
    buckets:
      - name: {bucket}
"""


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def repo(app_dir: Path) -> Path:
    """A stack-file repository (it has .git) inside the app folder, and an earlier synth's output."""
    (app_dir / "infra" / ".git").mkdir(parents=True)
    earlier = app_dir / "cdktf.out" / "stacks" / "earlier"
    earlier.mkdir(parents=True)
    (earlier / "cdk.tf.json").write_text('{"resource": {}}\n', encoding="utf-8")
    return app_dir / "infra"


def _synth(app_dir: Path, *files: Path, **env: str) -> subprocess.CompletedProcess[str]:
    before = _tree(app_dir / "cdktf.out")
    result = run(
        [sys.executable, "main.py"],
        app_dir,
        command_env(OSSIAC_STACK_FILES=os.pathsep.join(str(f) for f in files), **env),
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert _tree(app_dir / "cdktf.out") == before, "a refused load wrote into cdktf.out"
    return result


def _write(repo: Path, name: str, text: str | bytes) -> Path:
    path = repo / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _expect(result, file: Path, line: int, key: str, *words: str) -> str:
    """The one problem line at `file:line: key`, holding every word."""
    prefix = f"{file}:{line}: {key}: "
    lines = [entry.strip().removeprefix("- ") for entry in result.stderr.splitlines() if prefix in entry]
    assert lines, f"no problem at {prefix!r} in:\n{result.stderr}"
    for word in words:
        assert any(word in entry for entry in lines), f"{word!r} not in {lines}"
    return lines[0]


def test_a_bucket_name_declared_in_two_files_is_refused_across_regions(app_dir, repo):
    first = _write(repo, "a.yaml", STACK.format(stack="alpha", bucket="shared-bucket-7"))
    second = _write(
        repo, "b.yaml", STACK.format(stack="beta", bucket="shared-bucket-7").replace("cn-hangzhou", "cn-beijing")
    )
    result = _synth(app_dir, first, second)
    _expect(
        result,
        second,
        5,
        "stacks[0].buckets[0].name",
        "'shared-bucket-7' is also declared at",
        f"{first}:5",
        "unique across every stack and region",
    )


def test_a_derived_bucket_name_may_not_repeat_a_declared_one(app_dir, repo):
    # The second stack's default log bucket is `<stack>-access-logs`: the first stack declared that name.
    first = _write(repo, "a.yaml", STACK.format(stack="alpha", bucket="beta-access-logs"))
    second = _write(repo, "b.yaml", STACK.format(stack="beta", bucket="beta-data-1"))
    result = _synth(app_dir, first, second)
    _expect(result, second, 2, "stacks[0].name", "'beta-access-logs' is also declared at", f"{first}:5")


@pytest.mark.parametrize("page", ["../../../../../../etc/passwd", "../outside.html"])
def test_a_website_page_outside_the_repository_is_not_read(app_dir, repo, page):
    (repo.parent / "outside.html").write_text("<p>secret</p>", encoding="utf-8")
    stack = _write(
        repo,
        "site.yaml",
        STACK.format(stack="site", bucket="site-pages-1")
        + textwrap.indent(
            textwrap.dedent("""\
        acl: public-read
        public_access_waiver: a public marketing site
        website:
          index_file: PAGE
        """).replace("PAGE", page),
            " " * 8,
        ),
    )
    result = _synth(app_dir, stack)
    _expect(
        result,
        stack,
        9,
        "stacks[0].buckets[0].website.index_file",
        "outside the repository",
        "allowed: files inside it",
    )


def test_a_symlink_leading_out_of_the_repository_is_not_followed(app_dir, repo):
    (repo.parent / "outside.html").write_text("<p>secret</p>", encoding="utf-8")
    (repo / "site").mkdir()
    (repo / "site" / "index.html").symlink_to(repo.parent / "outside.html")
    stack = _write(
        repo,
        "site.yaml",
        STACK.format(stack="site", bucket="site-pages-1")
        + textwrap.indent(
            textwrap.dedent("""\
        acl: public-read
        public_access_waiver: a public marketing site
        website:
          index_file: site/index.html
        """),
            " " * 8,
        ),
    )
    result = _synth(app_dir, stack)
    _expect(result, stack, 9, "stacks[0].buckets[0].website.index_file", "outside the repository")


def test_a_page_that_is_not_utf8_is_named_with_its_encoding_problem(app_dir, repo):
    _write(repo, "site/index.html", "<p>caf\xe9</p>".encode("latin-1"))
    stack = _write(
        repo,
        "site.yaml",
        STACK.format(stack="site", bucket="site-pages-1")
        + textwrap.indent(
            textwrap.dedent("""\
        acl: public-read
        public_access_waiver: a public marketing site
        website:
          index_file: site/index.html
        """),
            " " * 8,
        ),
    )
    result = _synth(app_dir, stack)
    _expect(
        result,
        stack,
        9,
        "stacks[0].buckets[0].website.index_file",
        "index.html is not UTF-8",
        "byte 0xe9",
        "allowed: UTF-8",
    )


def test_a_stack_file_in_gbk_is_named_with_the_key_and_line(app_dir, repo):
    text = STACK.format(stack="shop", bucket="shop-data-1") + "        tags: {owner: 张三}\n"
    stack = _write(repo, "gbk.yaml", text.encode("gbk"))
    result = _synth(app_dir, stack)
    _expect(result, stack, 6, "stacks[0].buckets[0].tags.owner", "not UTF-8", "allowed: UTF-8 text")


def test_a_derived_role_name_over_rams_limit_names_the_bucket_key(app_dir, repo):
    long_name = "b" * 50 + "-long-bucket"
    stack = _write(
        repo,
        "rep.yaml",
        STACK.format(stack="rep", bucket=long_name)
        + textwrap.indent(
            textwrap.dedent("""\
        replication:
          destination_bucket: rep-replica-1
          destination_region: cn-beijing
        """),
            " " * 8,
        ),
    )
    result = _synth(app_dir, stack)
    _expect(
        result,
        stack,
        5,
        "stacks[0].buckets[0]",
        f"'oss-replication-{long_name}'",
        "RAM allows 1-64",
        "replication.role_name",
    )


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ('"１２３４５６７８９０１２"', ("not ASCII", "allowed: ASCII digits")),
        ('"1234 5678"', ("whitespace", "allowed: a name without whitespace")),
    ],
)
def test_account_ids_are_ascii_digits(app_dir, repo, value, words):
    access = f"    access:\n      account_id: {value}\n"
    stack = _write(repo, "acct.yaml", STACK.format(stack="acct", bucket="acct-uploads-1") + access)
    result = _synth(app_dir, stack)
    _expect(result, stack, 7, "stacks[0].access.account_id", *words)


@pytest.mark.parametrize(
    ("at", "line", "key"), [("stack", 2, "stacks[0].name"), ("bucket", 5, "stacks[0].buckets[0].name")]
)
def test_a_name_ending_in_a_newline_is_refused(app_dir, repo, at, line, key):
    text = STACK.format(stack="shop", bucket="shop-data-1")
    old = "name: shop\n" if at == "stack" else "name: shop-data-1\n"
    indent = " " * (6 if at == "stack" else 10)
    text = text.replace(old, f"name: |\n{indent}{old.split(': ')[1]}")
    stack = _write(repo, "newline.yaml", text)
    result = _synth(app_dir, stack)
    _expect(result, stack, line, key, "ends with a line break", "block scalar")


def test_a_control_character_in_any_value_is_refused(app_dir, repo):
    stack = _write(
        repo, "ctl.yaml", STACK.format(stack="shop", bucket="shop-data-1") + '        tags: {note: "a\\u0007b"}\n'
    )
    result = _synth(app_dir, stack)
    _expect(result, stack, 6, "stacks[0].buckets[0].tags.note", "control character U+0007")


@pytest.mark.parametrize(
    ("old", "new", "line", "key", "suggestion"),
    [
        ("region: cn-hangzhou", "region: cn-hangzohu", 3, "stacks[0].region", "did you mean 'cn-hangzhou'?"),
        (
            "      - name: shop-data-1",
            "      - name: shop-data-1\n        versionning: Enabled",
            6,
            "stacks[0].buckets[0].versionning",
            "did you mean 'versioning'?",
        ),
        (
            "      - name: shop-data-1",
            "      - name: shop-data-1\n        acl: pubilc-read",
            6,
            "stacks[0].buckets[0].acl",
            "did you mean 'public-read'?",
        ),
    ],
)
def test_typos_get_a_close_match(app_dir, repo, old, new, line, key, suggestion):
    stack = _write(repo, "typo.yaml", STACK.format(stack="shop", bucket="shop-data-1").replace(old, new))
    result = _synth(app_dir, stack)
    _expect(result, stack, line, key, suggestion)


def test_a_replica_region_typo_is_refused(app_dir, repo):
    stack = _write(
        repo,
        "rep.yaml",
        STACK.format(stack="rep", bucket="rep-data-1")
        + textwrap.indent(
            textwrap.dedent("""\
        replication:
          destination_bucket: rep-replica-1
          destination_region: cn-bejing
        """),
            " " * 8,
        ),
    )
    result = _synth(app_dir, stack)
    _expect(
        result,
        stack,
        8,
        "stacks[0].buckets[0].replication.destination_region",
        "did you mean 'cn-beijing'?",
        "allowed: cn-hangzhou",
    )


def test_tags_over_the_limit_once_merged_are_refused(app_dir, repo):
    stack_tags = "".join(f"      s{i}: v\n" for i in range(12))
    bucket_tags = "".join(f"          b{i}: v\n" for i in range(12))
    text = (
        STACK.format(stack="shop", bucket="shop-data-1").replace(
            "    region: cn-hangzhou\n", f"    region: cn-hangzhou\n    tags:\n{stack_tags}"
        )
        + f"        tags:\n{bucket_tags}"
    )
    stack = _write(repo, "tags.yaml", text)
    result = _synth(app_dir, stack)
    _expect(result, stack, 19, "stacks[0].buckets[0].tags", "with the stack's tags merged in", "at most 20 tags")


ACCESS = """\
    access:
      app_users:
        - name: shop-app
      upload_roles:
        - name: shop-uploads
          bucket: {bucket}
          prefix: uploads/
          trusted: {{ram_user: shop-app}}
"""


def test_an_upload_role_naming_an_undeclared_bucket_gets_a_suggestion(app_dir, repo):
    stack = _write(
        repo, "up.yaml", STACK.format(stack="shop", bucket="shop-uploads-1") + ACCESS.format(bucket="shop-upload-1")
    )
    result = _synth(app_dir, stack)
    _expect(
        result,
        stack,
        11,
        "stacks[0].access.upload_roles[0].bucket",
        "declared in no stack",
        "did you mean 'shop-uploads-1'?",
    )


def test_a_role_policy_over_rams_size_limit_is_refused_at_load(app_dir, repo):
    ips = ", ".join(f"10.{i // 250}.{i % 250}.0/24" for i in range(400))
    text = STACK.format(stack="shop", bucket="shop-uploads-1") + ACCESS.format(bucket="shop-uploads-1")
    stack = _write(repo, "big.yaml", text + f"          source_ips: [{ips}]\n")
    result = _synth(app_dir, stack)
    _expect(result, stack, 10, "stacks[0].access.upload_roles[0]", "characters as RAM receives it", "at most 6144")


def test_every_problem_of_every_file_is_reported_at_once(app_dir, repo):
    first = _write(
        repo, "a.yaml", STACK.format(stack="alpha", bucket="alpha-data-1").replace("cn-hangzhou", "cn-shanghia")
    )
    second = _write(repo, "b.yaml", STACK.format(stack="beta", bucket="Beta_Data"))
    result = _synth(app_dir, first, second)
    _expect(result, first, 3, "stacks[0].region", "did you mean 'cn-shanghai'?")
    _expect(result, second, 5, "stacks[0].buckets[0].name", "lowercase letters")


def test_the_alicloud_target_without_targets_yaml_is_one_line(app_dir):
    result = _synth(
        app_dir,
        REPO_ROOT / "estate" / "media.yaml",
        OSSIAC_TARGET="alicloud",
        OSSIAC_TARGETS_FILE=str(app_dir / "missing-targets.yaml"),
    )
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "missing-targets.yaml" in result.stderr and "alicloud:" in result.stderr


@pytest.mark.slow
def test_a_bug_while_synthesizing_is_one_line_naming_the_stack_file(app_dir, tmp_path):
    # The bug is planted in every Python the synth starts (the stacks are built in worker processes).
    planted = tmp_path / "planted"
    planted.mkdir()
    (planted / "sitecustomize.py").write_text(
        "import ossiac_stacks.storage_stack as s\ndef boom(*a, **k): raise KeyError('x')\ns.StorageStack = boom\n"
    )
    media = REPO_ROOT / "estate" / "media.yaml"
    result = run(
        [sys.executable, "main.py"], app_dir, command_env(OSSIAC_STACK_FILES=str(media), PYTHONPATH=str(planted))
    )
    assert result.returncode == 70, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert f"internal error while processing stack 'media' of {media}: KeyError" in line
    assert "report it" in line
    assert not (app_dir / "cdktf.out" / "stacks" / "media").exists()  # nothing written


def test_policy_validate_refuses_a_misspelt_action_with_a_suggestion(tmp_path):
    policy = tmp_path / "policy.json"
    policy.write_text(
        '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": ["oss:GetObjct", "oss:Get*", '
        '"kms:Decrypt", "ecs:DescribeInstances"], "Resource": "*"}]}',
        encoding="utf-8",
    )
    result = run([str(Path(sys.executable).parent / "ossiac"), "policy", "validate", str(policy)], tmp_path)
    assert result.returncode == 1
    assert result.stdout.strip().splitlines() + result.stderr.strip().splitlines() == [
        f"{policy}: $.Statement[0].Action[0]: 'oss:GetObjct' is not an action of OSS (did you mean 'oss:GetObject'?); "
        "allowed: the actions in ossiac/schema/ram_actions.json, or a wildcard matching one"
    ]


def test_a_closed_pipe_ends_quietly_with_its_exit_code(tmp_path):
    ossiac = str(Path(sys.executable).parent / "ossiac")
    process = subprocess.Popen(
        [ossiac, "schema"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=command_env(), cwd=tmp_path
    )
    process.stdout.close()  # the reader is gone before the first write, as `| head -0` would be
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert stderr == ""


def test_the_local_target_makes_up_no_endpoint_for_an_unknown_region(local_cloud):
    from harness import LOCAL_PROVIDER_HCL

    local_cloud.write(
        LOCAL_PROVIDER_HCL.replace("cn-hangzhou", "cn-shanghia")
        + 'resource "alicloud_oss_bucket" "b" {\n  bucket = "ossiac-region-typo"\n}\n',
        name="region.tf",
    )
    local_cloud.tf("init", "-input=false", "-no-color")
    result = local_cloud.tf("plan", "-input=false", "-no-color", check=False)
    assert result.returncode == 1
    errors = " ".join(result.stderr.split())
    assert "Error: InvalidRegionId" in errors and "did you mean 'cn-shanghai'?" in errors, result.stderr


def test_a_kms_alias_derived_for_a_replica_region_is_checked_at_load(app_dir, repo):
    alias = "alias/" + "k" * 240
    text = STACK.format(stack="rep", bucket="rep-data-1").replace(
        "    region: cn-hangzhou\n", f"    region: cn-hangzhou\n    kms: {{alias: {alias}}}\n"
    )
    stack = _write(
        repo,
        "alias.yaml",
        text
        + textwrap.indent(
            textwrap.dedent("""\
        replication:
          destination_bucket: rep-replica-1
          destination_region: cn-beijing
        """),
            " " * 8,
        ),
    )
    result = _synth(app_dir, stack)
    _expect(result, stack, 2, "stacks[0]", "kms.alias: the key made for replicas in cn-beijing would be named", "1-248")


def test_a_credential_anywhere_in_a_stack_file_is_refused_and_never_echoed(app_dir, repo):
    key_id = "LTAI" + "5tQ9xZr8Wm2Kp7Vn"
    stack = _write(
        repo, "leak.yaml", STACK.format(stack="shop", bucket="shop-data-1") + f"        tags: {{owner: {key_id}}}\n"
    )
    result = _synth(app_dir, stack)
    _expect(
        result, stack, 6, "stacks[0].buckets[0].tags.owner", "looks like an Alibaba Cloud AccessKey ID", "not shown"
    )
    assert key_id not in result.stderr + result.stdout


def test_network_tags_over_the_limit_once_merged_are_refused(app_dir, repo):
    stack_tags = "".join(f"      s{i}: v\n" for i in range(15))
    network = (
        "    network:\n      vpcs:\n        - name: vpc-main\n          cidr: 10.0.0.0/16\n          tags: {"
        + ", ".join(f"n{i}: v" for i in range(8))
        + "}\n"
    )
    text = (
        STACK.format(stack="net", bucket="net-data-1").replace(
            "    region: cn-hangzhou\n", f"    region: cn-hangzhou\n    tags:\n{stack_tags}"
        )
        + network
    )
    stack = _write(repo, "net.yaml", text)
    result = _synth(app_dir, stack)
    _expect(result, stack, 2, "stacks[0]", "network.vpcs[0].tags: with the stack's tags merged in: at most 20 tags")


def test_the_local_cloud_console_refuses_an_unknown_region(tmp_path):
    result = run(
        [
            str(Path(sys.executable).parent / "ossiac"),
            "localcloud",
            "bucket",
            "create",
            "typo-region-1",
            "--region",
            "cn-shanghia",
        ],
        tmp_path,
        command_env(OSSIAC_LOCALCLOUD_DIR=str(tmp_path / "cloud")),
    )
    assert result.returncode == 2
    assert "'cn-shanghia' is not a region of the provider (did you mean 'cn-shanghai'?)" in result.stderr
    assert "Traceback" not in result.stderr
