"""Stack inventory from local state files, and the saved-plan detection of the guarded apply."""

from __future__ import annotations

import json

from ossiac.targets import inventory
from ossiac.workflows.guarded_apply import _options, is_apply

PROVIDER = 'provider["registry.terraform.io/aliyun/alicloud"]'


def _state(*resources: dict) -> str:
    return json.dumps({"version": 4, "serial": 1, "resources": list(resources)})


def _bucket(name: str, alias: str = "") -> dict:
    return {
        "mode": "managed",
        "type": "alicloud_oss_bucket",
        "name": name,
        "provider": PROVIDER + alias,
        "instances": [
            {
                "attributes": {
                    "bucket": name,
                    "location": "oss-ap-northeast-1" if alias else "oss-cn-shanghai",
                    "id": name,
                }
            }
        ],
    }


def test_stacks_with_state_count_resources_and_name_buckets_only(tmp_path):
    state_dir = inventory.local_state_dir(tmp_path)
    state_dir.mkdir(parents=True)
    secret = {
        "mode": "managed",
        "type": "alicloud_kms_secret",
        "name": "s",
        "provider": PROVIDER,
        "instances": [{"attributes": {"secret_data": "do-not-print"}}],
    }
    (state_dir / "media.tfstate").write_text(
        _state(
            _bucket("media-a"),
            _bucket("media-b", ".ap_northeast_1"),
            secret,
            {"mode": "data", "type": "alicloud_account", "name": "x", "instances": [{}]},
        )
    )
    (state_dir / "emptied.tfstate").write_text(_state())  # after a destroy: no state worth reporting
    found = inventory.stacks_with_state(tmp_path, "local")
    assert list(found) == ["media"]
    media = found["media"]
    assert media.resource_types == {"alicloud_kms_secret": 1, "alicloud_oss_bucket": 2}
    assert media.buckets == ["media-a", "media-b"]
    assert media.provider_regions == {"": "cn-shanghai", "ap_northeast_1": "ap-northeast-1"}
    assert media.location == ".local/state/media.tfstate"
    assert "do-not-print" not in repr(media)
    assert [s.stack for s in inventory.orphaned(tmp_path, "local", {"other"})] == ["media"]
    assert inventory.orphaned(tmp_path, "local", {"media"}) == []


def test_a_torn_state_counts_as_the_version_the_journal_restores(tmp_path):
    from ossiac.targets import state_store

    state_dir = inventory.local_state_dir(tmp_path)
    state_dir.mkdir(parents=True)
    torn = state_dir / "media.tfstate"
    state_store.save_version(torn, _state(_bucket("media-a")))
    torn.write_text('{"version": 4, "serial": 2, "resou')  # a kill mid-write
    (state_dir / "fresh.tfstate").write_text("")  # killed before its first write: no state yet
    found = inventory.stacks_with_state(tmp_path, "local")
    assert list(found) == ["media"] and found["media"].buckets == ["media-a"]


def test_forget_drops_the_state_its_backup_and_its_saved_versions(tmp_path):
    from ossiac.targets import state_store

    state_dir = inventory.local_state_dir(tmp_path)
    state_dir.mkdir(parents=True)
    path = state_dir / "media.tfstate"
    path.write_text(_state(_bucket("media-a")))
    path.with_name("media.tfstate.backup").write_text(_state())
    state_store.save_version(path, _state(_bucket("media-a")))
    inventory.forget(tmp_path, "local", "media")
    assert sorted(p.name for p in state_dir.rglob("*") if p.is_file()) == []


def test_guarded_apply_tells_a_saved_plan_from_option_values():
    assert is_apply(["-chdir=stacks/x", "apply", "-auto-approve"]) and not is_apply(["plan", "-out=apply"])
    assert _options(["-var", "a=1", "-auto-approve", "tfplan"]) == (["-var=a=1", "-auto-approve"], "tfplan")
    assert _options(["-var-file=x.tfvars", "--target", "alicloud_vpc.v"]) == (
        ["-var-file=x.tfvars", "-target=alicloud_vpc.v"],
        None,
    )
