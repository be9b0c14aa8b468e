"""The local cloud's database: names unique where the real APIs keep them unique, a damaged record
named with the way out, `ossiac localcloud doctor` repairing it from the state, no secret in errors."""

from __future__ import annotations

import sqlite3

import pytest

from harness import VENV_BIN, run

RAM_USERS = """
resource "alicloud_ram_user" "first" {
  name = "deploy-bot"
}

resource "alicloud_ram_user" "second" {
  name = "deploy-bot"
}
"""


def test_a_second_ram_user_with_the_same_name_is_refused(local_cloud):
    local_cloud.write(RAM_USERS)
    local_cloud.tf("init", "-input=false", "-no-color")
    result = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color", check=False)
    assert result.returncode == 1
    assert "EntityAlreadyExists.User" in result.stderr
    assert "alicloud_ram_user named 'deploy-bot' already exists" in result.stderr
    listed = local_cloud.console("list", "--type", "alicloud_ram_user").stdout.splitlines()
    assert len(listed) == 1


def test_names_stay_unique_whoever_writes_them(tmp_path):
    from ossiac.localcloud import records
    from ossiac.localcloud.store import NameTaken, Store

    store = Store(tmp_path)
    alias = records.new_record("alicloud_kms_alias", "a1", "cn-hangzhou", {"alias_name": "alias/app"}, origin="x")
    store.put("alicloud_kms_alias", "a1", alias)
    store.put("alicloud_kms_alias", "a1", alias)  # rewriting the same object is fine
    other_region = records.new_record("alicloud_kms_alias", "a2", "cn-beijing", {"alias_name": "alias/app"}, origin="x")
    store.put("alicloud_kms_alias", "a2", other_region)  # aliases are unique per region
    try:
        store.put("alicloud_kms_alias", "a3", {**alias, "id": "a3"})
    except NameTaken as taken:
        assert taken.name == "alias/app"
    else:
        raise AssertionError("a second alias/app in cn-hangzhou was accepted")
    assert [i for _, i, _ in store.index("alicloud_kms_alias")] == ["a1", "a2"]


KMS = """
resource "alicloud_kms_key" "k" {
  description = "integrity test"
}
"""


def test_a_damaged_record_is_named_and_doctor_repairs_it_from_the_state(local_cloud):
    local_cloud.write(KMS)
    local_cloud.init_apply()
    (key_id,) = [
        line.split("\t")[1] for line in local_cloud.console("list", "--type", "alicloud_kms_key").stdout.splitlines()
    ]
    db = local_cloud.cloud / "cloud.db"
    with sqlite3.connect(db) as conn:  # what a torn write of the old one-file-per-object layout looked like
        conn.execute("UPDATE records SET body = substr(body, 1, 40) WHERE id = ?", (key_id,))

    plan = local_cloud.tf("plan", "-input=false", "-no-color", check=False)
    assert plan.returncode == 1
    message = " ".join(plan.stderr.split())
    assert f"record alicloud_kms_key '{key_id}' in {db} is unreadable" in message
    assert "ossiac localcloud doctor --repair" in message

    listed = run([str(VENV_BIN / "ossiac"), "localcloud", "list"], cwd=local_cloud.workdir, env=local_cloud.env)
    assert listed.returncode == 0 and key_id in listed.stdout  # the console still lists it

    state = str(local_cloud.workdir / "terraform.tfstate")
    doctor = run(
        [str(VENV_BIN / "ossiac"), "localcloud", "doctor", "--state", state],
        cwd=local_cloud.workdir,
        env=local_cloud.env,
    )
    assert doctor.returncode == 1
    assert f"problem: record alicloud_kms_key '{key_id}' in {db} is unreadable" in doctor.stdout

    repair = run(
        [str(VENV_BIN / "ossiac"), "localcloud", "doctor", "--repair", "--state", state],
        cwd=local_cloud.workdir,
        env=local_cloud.env,
    )
    assert repair.returncode == 0, repair.stdout + repair.stderr
    assert f"repaired: alicloud_kms_key '{key_id}': rebuilt from {state}" in repair.stdout
    assert local_cloud.plan_exitcode()[0] == 0


def test_an_unreadable_database_is_named_and_rebuilt_from_the_states(local_cloud):
    local_cloud.write(KMS)
    local_cloud.init_apply()
    db = local_cloud.cloud / "cloud.db"
    for suffix in ("-wal", "-shm"):
        (local_cloud.cloud / f"cloud.db{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)

    listed = run([str(VENV_BIN / "ossiac"), "localcloud", "list"], cwd=local_cloud.workdir, env=local_cloud.env)
    assert listed.returncode == 1
    assert f"the local cloud database {db}" in listed.stderr and "doctor --repair" in listed.stderr

    state = str(local_cloud.workdir / "terraform.tfstate")
    repair = run(
        [str(VENV_BIN / "ossiac"), "localcloud", "doctor", "--repair", "--state", state],
        cwd=local_cloud.workdir,
        env=local_cloud.env,
    )
    assert repair.returncode == 0, repair.stdout + repair.stderr
    assert "moved the damaged database" in repair.stdout
    assert local_cloud.plan_exitcode()[0] == 0


VPN = """
variable "psk" {
  type      = string
  sensitive = true
}

resource "alicloud_vpn_connection" "c" {
  vpn_gateway_id      = "vpn-bp1aaaaaaaaaaaaaaaaaa"
  customer_gateway_id = "cgw-bp1aaaaaaaaaaaaaaaaaa"
  local_subnet        = ["10.0.0.0/16"]
  remote_subnet       = ["192.168.0.0/16"]
  ike_config {
    psk = var.psk
  }
}
"""


def test_a_refused_pre_shared_key_is_described_never_shown(local_cloud):
    local_cloud.write(VPN)
    local_cloud.tf("init", "-input=false", "-no-color")
    secret = "correct horse battery SECRET-4711"
    env = {**local_cloud.env, "TF_VAR_psk": secret}
    result = run(
        [str(VENV_BIN / "ossiac"), "tf", "--", "plan", "-input=false", "-no-color"], cwd=local_cloud.workdir, env=env
    )
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "InvalidParameter.Psk" in output and f"a value of {len(secret)} characters" in output
    assert "SECRET-4711" not in output


def test_provider_diagnostics_never_carry_a_secret_the_request_holds():
    from ossiac.localprovider import tfplugin5_pb2 as pb
    from ossiac.localprovider.diagnostics import diag
    from ossiac.localprovider.provider import AlicloudStandIn, _dv, request_secrets
    from ossiac.localprovider.redaction import scrub_diagnostics

    impl = AlicloudStandIn()
    webhook = "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef"
    secret_data = "db-password-Q7!x"
    contact = impl.schema.resources["alicloud_cms_alarm_contact"]
    secret = impl.schema.resources["alicloud_kms_secret"]
    for kind, config in (
        (contact, {"alarm_contact_name": "ops", "describe": "ops", "channels_ding_web_hook": webhook}),
        (secret, {"secret_name": "db", "secret_data": secret_data, "version_id": "v1"}),
    ):
        req = pb.ValidateResourceTypeConfig.Request(type_name=kind.name, config=_dv(config, kind.ty))
        found = request_secrets(impl, req)
        d = diag(f"InvalidArgument: bad value {webhook} / {secret_data}", f"detail {webhook} {secret_data}")
        scrub_diagnostics([d], found)
        assert "0123456789abcdef" not in d.summary + d.detail
        if kind is secret:
            assert secret_data not in d.summary + d.detail


def test_the_hand_back_lookup_and_name_lookups_use_indexes_not_a_scan(tmp_path):
    """Per-stack apply time must not grow with the cloud: these lookups run on every create."""
    from ossiac.localcloud import records
    from ossiac.localcloud.store import Store

    store = Store(tmp_path)
    for i in range(50):
        record = records.new_record(
            "alicloud_vpc", f"vpc-{i}", "cn-hangzhou", {"cidr_block": "10.0.0.0/16"}, origin="x"
        )
        record["_pending"] = {"owner": f"/s/{i % 5}.tfstate", "run": "r1", "fingerprint": f"f{i}"}
        store.put("alicloud_vpc", f"vpc-{i}", record)
    statements: list[str] = []
    store._db().set_trace_callback(statements.append)
    found = store.find_pending("alicloud_vpc", "/s/3.tfstate", "f13", not_run="r2")
    assert found["id"] == "vpc-13"
    store.get_by_name("alicloud_ram_user", "deploy-bot")
    store._db().set_trace_callback(None)
    for sql in statements:
        plan = " ".join(row[3] for row in store._db().execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "USING INDEX records_pending" in plan or "USING INDEX records_unique_name" in plan, (sql, plan)


@pytest.mark.slow
def test_the_console_never_shows_a_secret(tmp_path):
    from harness import command_env
    from ossiac.localcloud import records
    from ossiac.localcloud.store import Store

    store = Store(tmp_path / "cloud")
    webhook = "https://oapi.dingtalk.com/robot/send?access_token=fedcba9876543210"
    store.put(
        "alicloud_cms_alarm_contact",
        "ops",
        records.new_record(
            "alicloud_cms_alarm_contact",
            "ops",
            "cn-hangzhou",
            {"id": "ops", "alarm_contact_name": "ops", "channels_ding_web_hook": webhook},
            origin="terraform",
        ),
    )
    store.put(
        "alicloud_vpn_connection",
        "vco-1",
        records.new_record(
            "alicloud_vpn_connection",
            "vco-1",
            "cn-hangzhou",
            {"id": "vco-1", "ike_config": [{"psk": "pre-shared-SECRET-99", "ike_version": "ikev2"}]},
            origin="terraform",
        ),
    )
    store.close()
    env = command_env(OSSIAC_LOCALCLOUD_DIR=str(tmp_path / "cloud"))
    for type_name, rid, secret in (
        ("alicloud_cms_alarm_contact", "ops", "fedcba9876543210"),
        ("alicloud_vpn_connection", "vco-1", "pre-shared-SECRET-99"),
    ):
        shown = run([str(VENV_BIN / "ossiac"), "localcloud", "show", type_name, rid], cwd=tmp_path, env=env)
        assert shown.returncode == 0, shown.stderr
        assert secret not in shown.stdout and "hidden" in shown.stdout
        assert rid in shown.stdout  # the rest is shown as before


def test_a_create_is_handed_back_only_to_the_same_stack_in_a_later_run(tmp_path, monkeypatch):
    """Keyed by what was asked and for which state, never by process: no PIDs, no /proc."""
    from ossiac.localcloud.store import Store
    from ossiac.localprovider.context import Cloud
    from ossiac.localprovider.cty import UNKNOWN
    from ossiac.localprovider.resources import adapter_for
    from ossiac.localprovider.schema import load

    kind = load().resources["alicloud_vpc"]
    adapter = adapter_for(kind, Cloud(store=Store(tmp_path), region="cn-hangzhou"))

    def create(owner: str, run_id: str) -> str:
        monkeypatch.setenv("OSSIAC_STATE_OWNER", owner)
        monkeypatch.setenv("OSSIAC_RUN_ID", run_id)
        planned = {n: (UNKNOWN if a.get("computed") else None) for n, a in kind.attributes.items()}
        planned.update(cidr_block="10.0.0.0/16", vpc_name="app")
        return adapter.create(planned)["id"]

    first = create("/stacks/a.tfstate", "run-1")  # Terraform killed before recording it
    assert create("/stacks/b.tfstate", "run-2") != first  # another stack's identical request: a new VPC
    assert create("/stacks/a.tfstate", "run-2") == first  # the same stack's re-run: handed back
    assert create("/stacks/a.tfstate", "run-2") != first  # a second identical VPC in that run: a new one
