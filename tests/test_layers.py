"""The layers run one way: props <- policies <- constructs <- stacks <- CLI, workflows, local target.

Read from the source (ast), so a forbidden import fails here even on a path no other test runs.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Installed name of each folder (constructs/ is ossiac_constructs, and so on).
FOLDERS = {"props": "ossiac_props", "policies": "ossiac_policies", "constructs": "ossiac_constructs", "stacks": "ossiac_stacks", "ossiac": "ossiac"}
# What constructs may import besides the standard library: props, policy templates, bindings.
CONSTRUCTS_MAY_IMPORT = {"ossiac_props", "ossiac_policies", "ossiac_constructs", "cdktf", "constructs", "cdktf_cdktf_provider_alicloud", "jsii", "pydantic"}
PROPS_MAY_IMPORT = {"ossiac_props", "ossiac.paths", "pydantic"}
NEVER_FROM_CONSTRUCTS = ("ossiac.cli", "ossiac.commands", "ossiac.workflows", "ossiac.localprovider", "ossiac.localcloud", "ossiac.importing", "ossiac.targets", "ossiac.scan", "ossiac.policy", "ossiac.config", "ossiac_stacks")


def _modules() -> dict[str, Path]:
    modules = {}
    for folder, package in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "tfplugin5_pb2" in path.name:
                continue
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join([package, *parts])] = path
    return modules


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from ossiac import commands` imports ossiac.commands: count the names too.
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def _package(module: str) -> str:
    """The node of the package graph: `ossiac.<subpackage>` or a top-level package."""
    parts = module.split(".")
    if parts[0] == "ossiac" and len(parts) > 1:
        return ".".join(parts[:2])
    return parts[0]


def _ours(name: str) -> bool:
    return name.split(".")[0] in set(FOLDERS.values())


def test_constructs_import_props_policies_and_bindings_only():
    bad = []
    for module, path in _modules().items():
        if not module.startswith("ossiac_constructs"):
            continue
        for name in _imports(path):
            top = name.split(".")[0]
            if name == "ossiac.cdk" or name.startswith("ossiac.cdk."):  # the CDK library itself (cdktf or cdktn), through its one import point
                continue
            if name.startswith(NEVER_FROM_CONSTRUCTS) or (top not in CONSTRUCTS_MAY_IMPORT and top not in sys.stdlib_module_names):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert bad == []


def test_props_are_free_of_cdktf_and_everything_above():
    bad = []
    for module, path in _modules().items():
        if module.startswith("ossiac_props"):
            bad += [
                f"{path.relative_to(ROOT)} imports {name}"
                for name in _imports(path)
                if not (name.startswith(tuple(PROPS_MAY_IMPORT)) or name.split(".")[0] in sys.stdlib_module_names)
            ]
    assert bad == []


def test_the_package_import_graph_has_no_cycle():
    graph: dict[str, set[str]] = {}
    for module, path in _modules().items():
        edges = graph.setdefault(_package(module), set())
        edges |= {_package(name) for name in _imports(path) if _ours(name)} - {_package(module)}
    cycles = []
    state: dict[str, str] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                cycles.append(" -> ".join(trail[trail.index(target) :] + [node, target]) if target in trail else f"{node} -> {target}")
            elif target not in state:
                visit(target, [*trail, node])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    assert cycles == []


def test_validating_a_stack_file_never_loads_the_jsii_bindings():
    script = (
        "import sys; from pathlib import Path; from ossiac.config.loader import load_stack_files;"
        f"load_stack_files(sorted(Path({str(ROOT / 'estate')!r}).glob('*.yaml')));"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'jsii', 'cdktf', 'constructs', 'cdktf_cdktf_provider_alicloud'}))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
