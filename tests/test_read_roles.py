"""`ossiac diff|drift --assume-read-roles`: each stack planned with its own read role's STS credentials,
exchanged for the CI job's GitHub OIDC token, end to end on the local target.

The stacks (with `deploy_role.read_role`) are deployed by the stand-in provider into a local cloud, so their
roles and trust policies are the local cloud's. The local cloud's endpoint answers IMS (the OIDC provider,
registered with the official SDK) and STS AssumeRoleWithOIDC; a local HTTPS issuer signs the tokens, and a
small server stands in for GitHub's token service (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), the one part of the
chain no real client exists for here."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import alibabacloud_oss_v2 as oss
import pytest

from harness import VENV_BIN, App, run, stack
from oidc_issuer import OidcIssuer, register_provider, store_role, trust_policy
from ossiac.localcloud.identity import ACCOUNT_ID
from ossiac.targets import read_roles

REPOSITORY = "example-org/estate"
BEARER = "request-token-of-this-job"


def _role(stack_name: str, read: bool = True, issuer: str | None = None) -> str:
    """A deploy role section (with a read role unless `read` is False), trusting `issuer`'s tokens."""
    section = f"""    deploy_role:
      name: {stack_name}-deploy
      account_id: "{ACCOUNT_ID}"
      oidc_provider: github-actions
      audience: sts.aliyuncs.com
      repository: {REPOSITORY}
      environments: [production]
      unscoped: [cms]
"""
    section += f"      issuer: {issuer}\n" if issuer else ""
    return section + (f"      read_role:\n        name: {stack_name}-read\n" if read else "")


class GithubTokenService:
    """GitHub's token service for one job: the bearer request token, then a token for the asked audience."""

    def __init__(self, issuer: OidcIssuer, subject: str) -> None:
        self.issuer, self.subject, self.audiences = issuer, subject, []
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                query = parse_qs(urlsplit(self.path).query)
                if self.headers.get("Authorization") != f"bearer {BEARER}" or query.get("api-version") != ["2.0"]:
                    self.send_response(401)
                    self.end_headers()
                    return
                audience = query["audience"][0]
                service.audiences.append(audience)
                body = json.dumps({"count": 1, "value": service.issuer.token(sub=service.subject, aud=audience)})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def env(self, sts_url: str) -> dict[str, str]:
        return {
            read_roles.TOKEN_URL_ENV: f"http://127.0.0.1:{self.server.server_port}/token?api-version=2.0",
            read_roles.TOKEN_ENV: BEARER,
            "ALICLOUD_STS_ENDPOINT": sts_url,
            "GITHUB_RUN_ID": "4242",
        }

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def deployed(tmp_path, local_target, endpoint) -> Iterator[tuple[App, OidcIssuer]]:
    """Two stacks with read roles, deployed into the cloud the endpoint serves; GitHub's issuer registered."""
    app = App(tmp_path / "app", cloud=endpoint.cloud)
    with OidcIssuer() as issuer:  # the roles trust its tokens, as they would trust GitHub's
        app.declare(
            stack("aa", "ossiac-aa-one") + _role("aa", issuer=issuer.url),
            stack("bb", "ossiac-bb-one") + _role("bb", issuer=issuer.url),
        )
        deployed = app.ossiac("deploy")
        assert deployed.returncode == 0, deployed.stdout + deployed.stderr
        register_provider(endpoint, issuer)
        yield app, issuer


def _service(issuer: OidcIssuer, subject: str) -> Iterator[GithubTokenService]:
    service = GithubTokenService(issuer, subject)
    try:
        yield service
    finally:
        service.close()


def test_a_pull_requests_diff_plans_each_stack_as_its_own_read_role(deployed, endpoint):
    app, issuer = deployed
    for service in _service(issuer, f"repo:{REPOSITORY}:pull_request"):
        diff = app.ossiac("diff", "--assume-read-roles", **service.env(endpoint.url))
        assert diff.returncode == 0, diff.stdout + diff.stderr
        assert "aa: no changes" in diff.stdout and "bb: no changes" in diff.stdout
        for name in ("aa", "bb"):
            assert f"ossiac diff: {name}: reading as acs:ram::{ACCOUNT_ID}:role/{name}-read" in diff.stderr
        assert service.audiences == ["sts.aliyuncs.com"]  # one token for the job's one audience
        drift = app.ossiac("drift", "--assume-read-roles", **service.env(endpoint.url))
        assert drift.returncode == 0, drift.stdout + drift.stderr
        assert "ossiac drift: bb: reading as" in drift.stderr


def test_the_credentials_read_the_stacks_own_bucket_and_change_nothing(deployed, endpoint, monkeypatch):
    """What a read role may do, asked of the endpoint with the official SDK and the credentials ossiac got."""
    app, issuer = deployed
    _ = endpoint.https_url  # the buckets take HTTPS only: the SDK trusts the endpoint's certificate
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(endpoint.certificate.bundle))
    for service in _service(issuer, f"repo:{REPOSITORY}:pull_request"):
        credentials = read_roles.ReadRoleCredentials("diff")
        dirs = sorted(p.parent for p in (app.folder / "cdktf.out" / "stacks").glob("*/cdk.tf.json"))
        with pytest.MonkeyPatch.context() as patch:
            for key, value in service.env(endpoint.url).items():
                patch.setenv(key, value)
            credentials.prepare(dirs)
        env = credentials.env("aa")
        client = endpoint.client(
            access_key_id=env["ALICLOUD_ACCESS_KEY"],
            access_key_secret=env["ALICLOUD_SECRET_KEY"],
            security_token=env["ALICLOUD_SECURITY_TOKEN"],
            tls=True,
        )
        info = client.get_bucket_info(oss.GetBucketInfoRequest(bucket="ossiac-aa-one"))
        assert info.bucket_info.name == "ossiac-aa-one"
        _refused(client.put_object, oss.PutObjectRequest(bucket="ossiac-aa-one", key="x", body=b"x"))
        _refused(client.get_object, oss.GetObjectRequest(bucket="ossiac-aa-one", key="any-object"))
        _refused(client.put_bucket_acl, oss.PutBucketAclRequest(bucket="ossiac-aa-one", acl="public-read"))
        _refused(client.get_bucket_info, oss.GetBucketInfoRequest(bucket="ossiac-bb-one"))  # another stack's


def _refused(call, request) -> None:
    with pytest.raises(oss.exceptions.OperationError) as refused:
        call(request)
    assert refused.value.unwrap().status_code == 403


def test_a_token_the_read_roles_do_not_trust_plans_nothing_and_names_the_stack(deployed, endpoint):
    app, issuer = deployed
    for service in _service(issuer, f"repo:{REPOSITORY}:ref:refs/heads/feature"):
        diff = app.ossiac("diff", "--assume-read-roles", **service.env(endpoint.url))
        assert diff.returncode == 2, diff.stdout + diff.stderr
        assert f"aa: STS refused read role acs:ram::{ACCOUNT_ID}:role/aa-read" in diff.stderr
        assert "no changes" not in diff.stdout


def test_a_stack_whose_read_role_is_not_deployed_yet_is_named(deployed, endpoint):
    """A pull request that adds a stack: its read role does not exist until the stack's first deploy."""
    app, issuer = deployed
    text = app.stack_file.read_text()
    app.stack_file.write_text(text + stack("cc", "ossiac-cc-one") + _role("cc", issuer=issuer.url))
    for service in _service(issuer, f"repo:{REPOSITORY}:pull_request"):
        diff = app.ossiac("diff", "--assume-read-roles", **service.env(endpoint.url))
        assert diff.returncode == 2, diff.stdout + diff.stderr
        assert f"cc: its read role acs:ram::{ACCOUNT_ID}:role/cc-read does not exist yet" in diff.stderr
        assert "first deploy" in diff.stderr and diff.stdout == ""


def test_the_deploy_role_trusts_only_its_environment(deployed, endpoint):
    """The deploy role's own trust, checked by the local STS: a production job may assume it, a PR may not."""
    _, issuer = deployed
    client = read_roles.sts_client({"ALICLOUD_STS_ENDPOINT": endpoint.url})
    role = read_roles.ReadRole(
        "aa", f"acs:ram::{ACCOUNT_ID}:role/aa-deploy", f"acs:ram::{ACCOUNT_ID}:oidc-provider/github-actions", "sts"
    )
    production = issuer.token(sub=f"repo:{REPOSITORY}:environment:production", aud="sts.aliyuncs.com")
    assert read_roles.assume(client, role, production, "ossiac-test")["ALICLOUD_SECURITY_TOKEN"]
    pull_request = issuer.token(sub=f"repo:{REPOSITORY}:pull_request", aud="sts.aliyuncs.com")
    with pytest.raises(read_roles.ReadRoleError, match="aa: STS refused"):
        read_roles.assume(client, role, pull_request, "ossiac-test")


def test_stacks_without_a_read_role_are_named_and_nothing_is_planned(tmp_path, local_target):
    app = App(tmp_path / "app")
    app.declare(stack("aa", "ossiac-aa-one") + _role("aa", read=False), stack("bb", "ossiac-bb-one"))
    diff = app.ossiac("diff", "--assume-read-roles")
    assert diff.returncode == 2, diff.stdout + diff.stderr
    assert "no read role declared for stack(s) aa, bb" in diff.stderr and "deploy_role.read_role" in diff.stderr
    assert not (app.folder / ".local" / "plans" / "aa" / "tfplan").exists()
    assert diff.stdout == ""


def test_outside_a_github_job_the_missing_token_is_explained(tmp_path, local_target):
    app = App(tmp_path / "app")
    app.declare(stack("aa", "ossiac-aa-one") + _role("aa"))
    env = {read_roles.TOKEN_URL_ENV: "", read_roles.TOKEN_ENV: ""}
    drift = app.ossiac("drift", "--assume-read-roles", **env)
    assert drift.returncode == 2, drift.stdout + drift.stderr
    assert "permissions: id-token: write" in drift.stderr


def test_session_names_fit_sts(monkeypatch):
    assert read_roles.session_name("diff", {"GITHUB_RUN_ID": "123"}) == "ossiac-diff-123"
    long = read_roles.session_name("diff", {"GITHUB_RUN_ID": "9" * 80 + "/x"})
    assert len(long) == 64 and set(long) <= set("ossiac-dif9")


STATE_TARGETS = """alicloud:
  region: cn-hangzhou
  state:
    bucket: ossiac-state-ro
    prefix: ossiac
    region: cn-hangzhou
    tablestore_endpoint: https://lock.cn-hangzhou.ots.aliyuncs.com
    tablestore_table: terraform_lock
"""


def _state(bucket: str) -> bytes:
    resource = {
        "mode": "managed",
        "type": "alicloud_oss_bucket",
        "name": "b",
        "provider": 'provider["registry.terraform.io/aliyun/alicloud"]',
        "instances": [{"attributes": {"bucket": bucket, "location": "oss-cn-hangzhou"}}],
    }
    return json.dumps({"version": 4, "serial": 1, "lineage": "l", "resources": [resource]}).encode()


def test_a_read_role_finds_an_orphan_it_may_list_but_not_read(tmp_path, endpoint, monkeypatch):
    """The orphan check on the alicloud target, through the OSS SDK against the endpoint: with a read role's
    credentials (list the state bucket, read only its own stack's state) another stack's state without a
    stack file still counts as orphaned (the guard refuses), said to be unreadable, never skipped; the
    declared stack's state is not read at all."""
    from ossiac.targets import inventory
    from ossiac.workflows.destroy_guard import orphan_line

    bucket = "ossiac-state-ro"
    account = endpoint.client()
    account.put_bucket(oss.PutBucketRequest(bucket=bucket))
    for name in ("aa", "gone"):
        account.put_object(oss.PutObjectRequest(bucket=bucket, key=f"ossiac/{name}.tfstate", body=_state(name)))
    with OidcIssuer() as issuer:
        provider = register_provider(endpoint, issuer)
        role_arn = store_role(
            endpoint,
            "aa-read",
            trust_policy(provider, issuer.url, [f"repo:{REPOSITORY}:pull_request"]),
            grants=[
                {"Effect": "Allow", "Action": ["oss:ListObjects"], "Resource": [f"acs:oss:*:{ACCOUNT_ID}:{bucket}"]},
                {
                    "Effect": "Allow",
                    "Action": ["oss:GetObject"],
                    "Resource": [f"acs:oss:*:{ACCOUNT_ID}:{bucket}/ossiac/aa.tfstate"],
                },
            ],
        )
        role = read_roles.ReadRole("aa", role_arn, provider, "sts.aliyuncs.com")
        token = issuer.token(sub=f"repo:{REPOSITORY}:pull_request", aud="sts.aliyuncs.com")
        sts = read_roles.sts_client({"ALICLOUD_STS_ENDPOINT": endpoint.url})
        credentials = read_roles.assume(sts, role, token, "ossiac-test")
    (tmp_path / "targets.yaml").write_text(STATE_TARGETS)
    monkeypatch.setenv("OSSIAC_TARGETS_FILE", str(tmp_path / "targets.yaml"))
    monkeypatch.setenv("ALICLOUD_OSS_ENDPOINT", endpoint.url)

    (orphan,) = inventory.orphaned(tmp_path, "alicloud", {"aa"}, env=credentials)
    assert (orphan.stack, orphan.readable, orphan.location) == ("gone", False, f"oss://{bucket}/ossiac/gone.tfstate")
    assert "may list it but not read it" in orphan_line(orphan)
    assert inventory.orphaned(tmp_path, "alicloud", {"aa", "gone"}, env=credentials) == []

    key = {"ALICLOUD_ACCESS_KEY": endpoint.key.access_key_id, "ALICLOUD_SECRET_KEY": endpoint.key.access_key_secret}
    (described,) = inventory.orphaned(tmp_path, "alicloud", {"aa"}, env=key)  # the account reads it
    assert described.readable and described.buckets == ["gone"] and described.resource_count == 1


BACKEND_BUCKET = "ossiac-state-rb"


def _backend_config(url: str, key: str) -> str:
    return f"""
terraform {{
  backend "oss" {{
    bucket   = "{BACKEND_BUCKET}"
    prefix   = "ossiac"
    key      = "{key}"
    region   = "cn-hangzhou"
    endpoint = "{url}"
    encrypt  = true
  }}
}}

resource "terraform_data" "marker" {{
  input = "planned"
}}
"""


def test_terraforms_own_backend_reads_the_state_with_the_read_role_and_cannot_write_it(tmp_path, endpoint, local_cloud):
    """The read role's state grants, as the construct writes them, used by Terraform's `oss` backend against
    the endpoint: a plan of the stack reads its state; an apply cannot write it; another stack's state is
    not readable. (TableStore, which the local cloud does not serve, is left out: the lock-table grants are
    checked on the synthesized policy in tests/test_github_deploy_role.py.)"""
    from ossiac.cdk import TerraformStack, Testing
    from ossiac_constructs.github_deploy_role import GithubDeployRole
    from ossiac_props.deploy_role import DeployRoleProps

    endpoint.client().put_bucket(oss.PutBucketRequest(bucket=BACKEND_BUCKET))
    for name in ("site", "other"):  # each stack's state, written by the account (its deploy)
        folder = tmp_path / name
        folder.mkdir()
        (folder / "main.tf").write_text(_backend_config(endpoint.url, f"{name}.tfstate"))
        env = {
            **local_cloud.env,
            "ALICLOUD_ACCESS_KEY": endpoint.key.access_key_id,
            "ALICLOUD_SECRET_KEY": endpoint.key.access_key_secret,
        }
        for args in (["init", "-input=false", "-no-color"], ["apply", "-auto-approve", "-input=false", "-no-color"]):
            done = run([str(VENV_BIN / "terraform"), *args], cwd=folder, env=env)
            assert done.returncode == 0, done.stdout + done.stderr

    with OidcIssuer() as issuer:
        props = DeployRoleProps(
            name="site-deploy",
            account_id=ACCOUNT_ID,
            oidc_provider="github-actions",
            audience="sts.aliyuncs.com",
            repository=REPOSITORY,
            environments=["production"],
            issuer=issuer.url,
            read_role={"name": "site-read"},
        )
        construct = GithubDeployRole(
            TerraformStack(Testing.app(), "site"), "role", props, state_object=(BACKEND_BUCKET, "ossiac/site.tfstate")
        )
        provider = register_provider(endpoint, issuer)
        read_role = construct.read_document
        assert read_role is not None
        arn = store_role(
            endpoint,
            "site-read",
            trust_policy(provider, issuer.url, props.read_subjects),
            grants=read_role["Statement"],
        )
        token = issuer.token(sub=f"repo:{REPOSITORY}:pull_request", aud="sts.aliyuncs.com")
        sts = read_roles.sts_client({"ALICLOUD_STS_ENDPOINT": endpoint.url})
        credentials = read_roles.assume(sts, read_roles.ReadRole("site", arn, provider, "sts"), token, "ossiac-test")

    site = tmp_path / "site"
    (site / "main.tf").write_text(_backend_config(endpoint.url, "site.tfstate").replace('"planned"', '"changed"'))
    as_reader = {**local_cloud.env, **credentials}
    plan = run(
        [str(VENV_BIN / "terraform"), "plan", "-lock=false", "-input=false", "-no-color"], cwd=site, env=as_reader
    )
    assert plan.returncode == 0, plan.stdout + plan.stderr
    assert "1 to change" in plan.stdout  # the state was read: the marker exists and changes
    apply = run(
        [str(VENV_BIN / "terraform"), "apply", "-lock=false", "-auto-approve", "-input=false", "-no-color"],
        cwd=site,
        env=as_reader,
    )
    assert apply.returncode != 0 and "AccessDenied" in apply.stdout + apply.stderr
    other = run(
        [str(VENV_BIN / "terraform"), "plan", "-lock=false", "-input=false", "-no-color"],
        cwd=tmp_path / "other",
        env=as_reader,
    )
    assert other.returncode != 0 and "StatusCode:403" in other.stderr  # its HEAD: a 403 has no body
