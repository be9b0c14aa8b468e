"""The one part of the synthesized JSON that depends on the target: `terraform.backend`.

Stacks call `configure_backend(self, stack_name)` instead of adding a backend themselves.
  local:    LocalBackend at `../../../.local/state/<stack>.tfstate`, relative to the stack's folder
            `cdktf.out/stacks/<stack>/`, i.e. the app's `.local/state/`; no machine-specific path.
  alicloud: OssBackend (key `<stack>.tfstate` under the configured prefix) with TableStore locking,
            from targets.yaml (see `ossiac.targets.config`).
"""

from __future__ import annotations

from ossiac.cdk import LocalBackend, OssBackend, TerraformBackend, TerraformStack
from ossiac.targets.config import load_alicloud
from ossiac.targets.selection import selected_target


def configure_backend(stack: TerraformStack, stack_name: str, *, target: str | None = None) -> TerraformBackend:
    if selected_target(target) == "local":
        return LocalBackend(stack, path=f"../../../.local/state/{stack_name}.tfstate")
    cfg = load_alicloud()
    return OssBackend(
        stack,
        bucket=cfg.state.bucket,
        prefix=cfg.state.prefix,
        key=f"{stack_name}.tfstate",
        region=cfg.state.region,
        tablestore_endpoint=cfg.state.tablestore_endpoint,
        tablestore_table=cfg.state.tablestore_table,
        encrypt=cfg.state.encrypt,
        profile=cfg.profile,
    )
