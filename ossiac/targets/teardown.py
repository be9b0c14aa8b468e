"""`make destroy` on the local target: tear stacks down despite `prevent_destroy`.

Buckets carry `lifecycle.prevent_destroy`, which no Terraform flag overrides. The local cloud is
disposable, so for the local target each stack is copied to `cdktf.out/teardown/<stack>/` without
that flag (same depth as `cdktf.out/stacks/<stack>/`, so the relative local-backend path reaches the
same state) and destroyed there. On the alicloud target protection stays: Terraform refuses.

    python -m ossiac.targets.teardown cdktf.out/stacks/<stack>   -> prints the folder to destroy in
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from ossiac.targets.selection import selected_target


def _strip(node):
    if isinstance(node, dict):
        return {k: _strip(v) for k, v in node.items() if k != "prevent_destroy"}
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


def prepare(stack_dir: Path) -> Path:
    if selected_target() != "local":
        return stack_dir
    target = stack_dir.parent.parent / "teardown" / stack_dir.name
    target.mkdir(parents=True, exist_ok=True)
    doc = json.loads((stack_dir / "cdk.tf.json").read_text(encoding="utf-8"))
    (target / "cdk.tf.json").write_text(json.dumps(_strip(doc), indent=2), encoding="utf-8")
    lock = stack_dir / ".terraform.lock.hcl"
    if lock.is_file():
        shutil.copy(lock, target / lock.name)
    return target


if __name__ == "__main__":
    print(prepare(Path(sys.argv[1].rstrip("/"))))
