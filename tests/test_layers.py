"""The layers run one way: props <- policies <- constructs <- stacks <- CLI, workflows, local target.

Read from the source (ast), so a forbidden import fails here even on a path no other test runs. The rules
are the layer table of docs/design.md, parsed: each row's modules import only what its last column names.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Installed name of each folder (constructs/ is ossiac_constructs, and so on).
FOLDERS = {
    "props": "ossiac_props",
    "policies": "ossiac_policies",
    "constructs": "ossiac_constructs",
    "stacks": "ossiac_stacks",
    "ossiac": "ossiac",
}
# What constructs may import besides the standard library: props, policy templates, bindings.
CONSTRUCTS_MAY_IMPORT = {
    "ossiac_props",
    "ossiac_policies",
    "ossiac_constructs",
    "cdktf",
    "constructs",
    "cdktf_cdktf_provider_alicloud",
    "jsii",
    "pydantic",
}
PROPS_MAY_IMPORT = {"ossiac_props", "ossiac.paths", "pydantic"}
NEVER_FROM_CONSTRUCTS = (
    "ossiac.cli",
    "ossiac.commands",
    "ossiac.workflows",
    "ossiac.localprovider",
    "ossiac.localcloud",
    "ossiac.importing",
    "ossiac.targets",
    "ossiac.scan",
    "ossiac.policy",
    "ossiac.config",
    "ossiac_stacks",
)


LAYER_PAGE = ROOT / "docs" / "design.md"
# The words the layer table's last column uses, as import names. A word not here fails the test: say what it means.
STDLIB = "the standard library"
VOCABULARY = {
    STDLIB: set(),
    "pydantic": {"pydantic"},
    "props": {"ossiac_props"},
    "policies": {"ossiac_policies"},
    "constructs": {"ossiac_constructs"},
    "stacks": {"ossiac_stacks"},
    "the local cloud": {"ossiac.localcloud"},
    "the cdk library": {"ossiac.cdk", "cdktf", "cdktn", "constructs", "jsii"},
    "the bindings": {"cdktf_cdktf_provider_alicloud"},
}
# Libraries that are layers of their own: a row that does not name them may not import them. Other
# third-party libraries are free, except in a row naming the standard library, which names all it may use.
LAYER_LIBRARIES = {"pydantic", "cdktf", "cdktn", "constructs", "jsii", "cdktf_cdktf_provider_alicloud"}


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
            if name == "ossiac.cdk" or name.startswith(
                "ossiac.cdk."
            ):  # the CDK library itself (cdktf or cdktn), through its one import point
                continue
            if name.startswith(NEVER_FROM_CONSTRUCTS) or (
                top not in CONSTRUCTS_MAY_IMPORT and top not in sys.stdlib_module_names
            ):
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
                cycles.append(
                    " -> ".join(trail[trail.index(target) :] + [node, target])
                    if target in trail
                    else f"{node} -> {target}"
                )
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


# --- the layer table (docs/design.md) -------------------------------------------------------------------------------


def _import_name(token: str) -> str:
    """`props/` -> ossiac_props, `ossiac/config/` -> ossiac.config, `ossiac/paths.py` -> ossiac.paths; `a.b` as is."""
    if "/" not in token:
        return token
    first, *rest = token.rstrip("/").removesuffix(".py").split("/")
    return ".".join([FOLDERS.get(first, first), *rest])


def _phrase(text: str, rows: list[dict]) -> set[str]:
    text = re.sub(r"\s+through `[^`]+`", "", text.strip())
    if re.fullmatch(r"`[^`]+`", text):
        return {_import_name(text.strip("`"))}
    if text.lower() == "the plumbing":
        return set(rows[0]["modules"])
    if text.lower() not in VOCABULARY:
        raise AssertionError(
            f"docs/design.md layer table: {text!r} is not a word tests/test_layers.py knows; add it to VOCABULARY"
        )
    return VOCABULARY[text.lower()]


def layer_table() -> list[dict]:
    """Each row: the modules it holds, the import names it may use, whether it names all it may use."""
    lines = LAYER_PAGE.read_text(encoding="utf-8").split("## Layers", 1)[1].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| layer |"))
    rows: list[dict] = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        layer, _, may_import = (cell.strip() for cell in line.strip().strip("|").split("|"))
        modules = [_import_name(token) for token in re.findall(r"`([^`]+)`", layer) if "/" in token]
        never = set()
        for aside in re.findall(r"\(([^)]*)\)", may_import):  # asides explain; "never X" forbids X
            for forbidden in re.findall(r"never ([^:;,)]+)", aside):
                never |= _phrase(forbidden, rows)
        allowed: set[str] = set()
        words = [word.strip() for word in re.sub(r"\s*\([^)]*\)", "", may_import).split(",") if word.strip()]
        for word in words:
            if word == "the rows above":
                for row in rows:
                    allowed |= set(row["modules"]) | row["allowed"]
            elif word == "everything":
                allowed.add("*")
            else:
                allowed |= _phrase(word, rows)
        rows.append(
            {
                "line": line[:80],
                "modules": modules,
                "allowed": allowed - never,
                "never": never,
                "exhaustive": STDLIB in (w.lower() for w in words),
            }
        )
    return rows


def _within(name: str, prefixes) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def test_the_readme_layer_table_is_parsed() -> None:
    rows = layer_table()
    assert rows[0]["modules"][0] == "ossiac.paths" and rows[-1]["allowed"] == {"*"}
    assert {"ossiac_props", "ossiac_policies", "ossiac_constructs", "ossiac_stacks", "ossiac.localcloud"} <= {
        module for row in rows for module in row["modules"]
    }
    assert any(row["never"] == {"ossiac_stacks"} for row in rows)  # "never stacks" is read


def test_every_module_is_in_a_row_of_the_layer_table() -> None:
    covered = [module for row in layer_table() for module in row["modules"]]
    missing = sorted(m for m in _modules() if m != "ossiac" and not _within(m, covered))
    assert missing == [], "add each to a row of the layer table in docs/design.md"


def test_each_row_of_the_layer_table_imports_only_what_it_names() -> None:
    modules = _modules()
    bad = []
    for row in layer_table():
        if "*" in row["allowed"]:
            continue
        for module, path in modules.items():
            if not _within(module, row["modules"]):
                continue
            for name in sorted(_imports(path)):
                top = name.split(".")[0]
                if name == "ossiac" or top in sys.stdlib_module_names or _within(name, row["modules"]):
                    continue
                if _within(name, row["allowed"]):
                    continue
                if _ours(name) or top in LAYER_LIBRARIES or row["exhaustive"]:
                    bad.append(f"{path.relative_to(ROOT)} imports {name} (row: {row['line']}...)")
    assert bad == []
