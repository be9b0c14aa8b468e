"""`make destroy` on the local target: tear stacks down despite `prevent_destroy`.

Buckets carry `lifecycle.prevent_destroy`, which no Terraform flag overrides. The local cloud is
disposable, so for the local target each stack is copied to `cdktf.out/teardown/<stack>/` without
that flag (same depth as `cdktf.out/stacks/<stack>/`, so the relative local-backend path reaches the
same state) and destroyed there. On the alicloud target protection stays: Terraform refuses.

    python -m ossiac.targets.teardown cdktf.out/stacks/<stack>   -> prints the folder to destroy in
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ossiac import stack_json
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
    document = _strip(stack_json.load(stack_dir))
    target = stack_json.write(stack_dir.parent.parent / "teardown" / stack_dir.name, document).parent
    lock = stack_dir / ".terraform.lock.hcl"
    if lock.is_file():
        shutil.copy(lock, target / lock.name)
    return target


if __name__ == "__main__":
    try:
        print(prepare(Path(sys.argv[1].rstrip("/"))))
    except stack_json.StackJsonError as error:
        sys.exit(f"make destroy: {error}")
