"""The environment Terraform runs with for a target.

The venv's `terraform` shim and `ossiac tf` both apply it, so `cdktf deploy`/`cdktf diff`
(which call `terraform` from PATH) and plain `terraform` reach the selected target alike.
  local:    TF_CLI_CONFIG_FILE -> .local/terraformrc (aliyun/alicloud from the mirror only),
            OSSIAC_PROVIDER_PYTHON -> this venv's python, OSSIAC_LOCALCLOUD_DIR -> the cloud folder.
  alicloud: the real provider from the registry; our local settings are removed so none leak in.
"""

from __future__ import annotations

import sys

from ossiac.localcloud.location import CLOUD_DIR_ENV, MIRROR_DIR, TERRAFORMRC, cloud_dir
from ossiac.targets import mirror
from ossiac.targets.selection import ENV, selected_target


def terraform_env(env: dict[str, str], target: str | None = None) -> dict[str, str]:
    target = selected_target(target or env.get(ENV))
    out = dict(env)
    out[ENV] = target
    out.setdefault("CHECKPOINT_DISABLE", "1")
    if target == "local":
        if not mirror.is_built():
            mirror.build()
        out["TF_CLI_CONFIG_FILE"] = str(TERRAFORMRC)
        out[mirror.PYTHON_ENV] = sys.executable
        out[CLOUD_DIR_ENV] = str(cloud_dir())
    else:
        if out.get("TF_CLI_CONFIG_FILE") == str(TERRAFORMRC):
            del out["TF_CLI_CONFIG_FILE"]
        for name in (mirror.PYTHON_ENV, CLOUD_DIR_ENV):
            out.pop(name, None)
    return out


def terraform_args(argv: list[str], env: dict[str, str]) -> list[str]:
    """`terraform providers lock` asks the origin registry, not the CLI config's mirrors; the cdktf
    CLI runs it on a stack's first deploy. On the local target it is pointed at our mirror."""
    if env.get(ENV) != "local" or argv[:2] != ["providers", "lock"]:
        return argv
    if any(a.startswith(("-fs-mirror", "-net-mirror")) for a in argv):
        return argv
    return [*argv[:2], f"-fs-mirror={MIRROR_DIR}", *argv[2:]]
