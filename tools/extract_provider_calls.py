"""Extracts, from the alicloud provider's Go source, the API actions each resource type and data source
ossiac uses calls, split into what its Read reaches and what its Create/Update/Delete reach.

    python tools/extract_provider_calls.py GIT_DIR --fc3-sdk DIR --sls-sdk DIR --fc-open-sdk DIR \\
        --go-modules GOPATH/pkg/mod

GIT_DIR is a clone of github.com/aliyun/terraform-provider-alicloud; the pinned tag is read with git
(no work tree needed). Writes tools/facts/sources/provider_api_calls.json, the source of
tools/facts/provider_actions.py. The provider's code is read, not run:

- provider.go's resource and data source maps give each type's Go function, whose schema.Resource
  names its Create/Read/Update/Delete functions;
- from those, calls are followed transitively through the `alicloud` package (package functions, and
  methods of service types such as `CmsService`, resolved by the variable's type) and into
  connectivity.AliyunClient's own helpers (AccountId), up to MAX_DEPTH;
- an API call is one of: `client.RpcPost/RpcGet/RpcPostWithEndpoint("Product", version, action, ...)`
  with `action` the literal or the last `action := "..."` before the call; `client.Do("Product",
  xxxParam(method, version, "Action", path), ...)`; `client.RoaGet/Post/Put/Delete("FC", version,
  path, ...)` (ROA: the path is matched to the action by the Function Compute 3.0 Python SDK, whose
  operations name method, path and action; pass its install directory with --fc3-sdk); a method call
  on a client handed to a `client.WithXxxClient(func(c *pkg.Client) ...)` closure, or an
  alibaba-cloud-sdk-go `pkg.CreateXxxRequest()` (for alibaba-cloud-sdk-go the method is the action;
  methods of the SDKs in NAMED_BY_SDK are their own names: SdkResolver resolves them to the
  operations they send, reading those SDKs at the go.mod versions from --go-modules (filled by
  `go mod download`) and matching REST paths with the Python SDKs alibabacloud-sls20201230
  (--sls-sdk) and alibabacloud-fc-open20210406 (--fc-open-sdk); what does not resolve goes to
  `sdk_methods` with its reason in `sdk_not_resolved`);
  `ossClient.Conn.Do(method, bucket, "", params)` with one `params["sub"]` key, matched to the action
  the provider's own xmlParam calls give that method and `/?sub`.
Whatever matches none of these, or whose action is not a literal, is listed under `unresolved`.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO / "ossiac" / "schema" / "alicloud.schema.json"
OUTPUT = REPO / "tools" / "facts" / "sources" / "provider_api_calls.json"
TAG = "v1.289.0"
COMMIT = "28ee93bc63fa0e5f919a21fc1711bde8c45d7b44"
EXTRACTED = "2026-12-04"
MAX_DEPTH = 8
FC3_VERSION = "2023-03-30"

# Go package of a closure's client -> (SDK, product); alibaba-cloud-sdk-go clients name methods by action
SDK_CLIENTS = {
    "vpc": ("alibaba-cloud-sdk-go", "Vpc"),
    "cbn": ("alibaba-cloud-sdk-go", "Cbn"),
    "cms": ("alibaba-cloud-sdk-go", "Cms"),
    "ram": ("alibaba-cloud-sdk-go", "Ram"),
    "ecs": ("alibaba-cloud-sdk-go", "Ecs"),
    "sts": ("alibaba-cloud-sdk-go", "Sts"),
    "oss": ("aliyun-oss-go-sdk", "Oss"),
    "ossv2": ("alibabacloud-oss-go-sdk-v2", "Oss"),
    "fc": ("fc-go-sdk", "FC-Open"),
    "sls": ("aliyun-log-go-sdk", "Sls"),
}
# SDKs whose method names are their own, not necessarily the API action's
NAMED_BY_SDK = {"aliyun-oss-go-sdk", "alibabacloud-oss-go-sdk-v2", "fc-go-sdk", "aliyun-log-go-sdk"}
# SDK helpers that build requests or values, not API calls
SDK_NON_CALLS = re.compile(r"^(Create\w+Request|New\w+|Bucket|ACL|ACLType|StorageClass\w*|Ptr|SetHeader)$")

_TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|`[^`]*`|\'(?:\\.|[^\'\\\n])*\'', re.S)
_FUNC = re.compile(r"^func\s+(?:\(\s*\w+\s+\*?(\w+)\s*\)\s*)?(\w+)\s*\(", re.M)
_ENTRY = re.compile(r"\b(Create|Read|Update|Delete)\s*:\s*(\w+)\s*,")
_MAP_ENTRY = re.compile(r'"(alicloud_\w+)"\s*:\s*(\w+)\(\)')
_RPC = re.compile(r'\bclient\.(RpcPost|RpcGet|RpcPostWithEndpoint)\(\s*("?\w+"?)\s*,\s*"[^"]*"\s*,\s*("?\w+"?)')
_DO = re.compile(
    r'\bclient\.Do\(\s*("?\w+"?)\s*,\s*(\w+)\(\s*"(\w+)"\s*,\s*"[^"]*"\s*,\s*("?\w+"?)\s*,\s*(\w+|"[^"]*")'
)
_ROA = re.compile(r'\bclient\.Roa(Get|Post|Put|Delete|Patch)\(\s*("?\w+"?)\s*,\s*"[^"]*"\s*,\s*(\w+)')
_CONN_DO = re.compile(r'\b(\w+)\.Conn\.Do\(\s*"(\w+)"')
_ACTION_SET = re.compile(r'\b(\w+)\s*:?=\s*(?:"(\w+)"|fmt\.Sprintf\(\s*"([^"]*)"[^\n]*|(.+))')
_PARAM_FUNCS = {"rpcParam", "roaParam", "xmlParam", "jsonXmlParam", "xmlJsonParam", "jsonParam"}
_CLOSURE = re.compile(r"func\(\s*(\w+)\s+\*(\w+)\.(\w+)\s*\)")
_ASSERTED = re.compile(r"\b(\w+)(?:\s*,\s*\w+)?\s*:?=\s*\w+\.\(\*(\w+)\.(\w+)\)")
_SDK_REQUEST = re.compile(r"\b(\w+)\.Create(\w+)Request\(\)")
_CLIENT_METHOD = re.compile(r"(?:\bclient|\(\*connectivity\.AliyunClient\))\.(\w+)\s*\(")
# AliyunClient's transport methods: their calls are matched above, their bodies are no API call of their own
_TRANSPORT = re.compile(r"^(Rpc\w*|Roa\w*|Do|With\w+|New\w+|GetRetryTimeout)$")
_WITH_CLIENT = re.compile(r"\bclient\.With\w+\(\s*func\(\s*(\w+)\s+\*(\w+)\.")
_VAR_TYPE = re.compile(r"\b(\w+)\s*:?=\s*&?(\w+)\s*\{")
_VAR_NEW = re.compile(r"\b(\w+)\s*:?=\s*New(\w+)\(")
_METHOD_CALL = re.compile(r"\b(\w+)\.(\w+)\s*\(")
_PLAIN_CALL = re.compile(r"(?<![.\w])(\w+)\s*\(")


class GoFunc:
    def __init__(self, path: str, source: str, code: str, line: int):
        self.path, self.source, self.code, self.line = path, source, code, line


def git(git_dir: str, *args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(["git", "-C", git_dir, *args], input=data, capture_output=True, check=True).stdout


def mask(text: str) -> tuple[str, str]:
    """(source with comments blanked, the same with string contents blanked too); offsets unchanged."""
    source, code = [], []
    last = 0
    for m in _TOKEN.finditer(text):
        source.append(text[last : m.start()])
        code.append(text[last : m.start()])
        tok = m.group()
        if tok.startswith("//") or tok.startswith("/*"):
            blank = re.sub(r"[^\n]", " ", tok)
            source.append(blank)
            code.append(blank)
        else:
            source.append(tok)
            code.append(tok[0] + re.sub(r"[^\n]", "_", tok[1:-1]) + tok[-1])
        last = m.end()
    source.append(text[last:])
    code.append(text[last:])
    return "".join(source), "".join(code)


def index_functions(files: dict[str, str], strict: bool = True) -> dict[tuple[str | None, str], GoFunc]:
    """(receiver type or None, name) -> body of every function and method of the package; with strict
    False a name defined again (in a file for other build tags) keeps its first body."""
    funcs: dict[tuple[str | None, str], GoFunc] = {}
    for path, text in files.items():
        source, code = mask(text)
        for m in _FUNC.finditer(code):
            i, depth = m.end(), 1
            while depth:
                depth += {"(": 1, ")": -1}.get(code[i], 0)
                i += 1
            while True:  # gofmt ends a signature's last line with the body's brace
                end = code.index("\n", i)
                line = code[i:end].rstrip()
                if line.endswith("{"):
                    start = i + len(line) - 1
                    break
                i = end + 1
            depth, j = 0, start
            while True:
                depth += {"{": 1, "}": -1}.get(code[j], 0)
                if depth == 0:
                    break
                j += 1
            key = (m.group(1), m.group(2))
            if path.startswith("connectivity/") and key[0] != "AliyunClient":
                continue  # of package connectivity only the client's methods are followed
            if key in funcs:
                if strict:
                    raise ValueError(f"{path}: {key} defined twice")
                continue
            funcs[key] = GoFunc(path, source[start : j + 1], code[start : j + 1], text.count("\n", 0, start) + 1)
    return funcs


def type_maps(files: dict[str, str]) -> dict[str, dict[str, str]]:
    """'resource'/'data_source' -> type name -> Go function, from provider.go's two maps."""
    _, code = mask(files["provider.go"])
    source, _ = mask(files["provider.go"])
    maps = {}
    for kind, marker in (("data_source", "DataSourcesMap:"), ("resource", "ResourcesMap:")):
        start = code.index(marker)
        end = code.index("\n\t\t},", start)
        maps[kind] = dict(_MAP_ENTRY.findall(source[start:end]))
    return maps


def _last_assignment(func: GoFunc, var: str, before: int) -> re.Match | None:
    found = None
    for m in _ACTION_SET.finditer(func.source, 0, before):
        if m.group(1) == var:
            found = m
    return found


def _literal(token: str) -> str | None:
    return token[1:-1] if token.startswith('"') else None


class Extractor:
    def __init__(self, files: dict[str, str], fc3_operations: dict[tuple[str, str], list[str]]):
        self.funcs = index_functions(files)
        self.fc3 = fc3_operations
        self.service_types = {r for r, _ in self.funcs if r}
        self.methods: dict[str, list[str]] = defaultdict(list)
        for receiver, name in self.funcs:
            if receiver:
                self.methods[name].append(receiver)
        self.oss_subresources = self._oss_subresources()

    def _oss_subresources(self) -> dict[tuple[str, str], str]:
        """(HTTP method, '?sub') -> OSS action, from the provider's own client.Do("Oss", ...) calls."""
        table: dict[tuple[str, str], set[str]] = defaultdict(set)
        for func in self.funcs.values():
            for m in _DO.finditer(func.source):
                product, action, path = _literal(m.group(1)), _literal(m.group(4)), m.group(5)
                if product != "Oss" or not action:
                    continue
                if path.startswith('"'):
                    path_text = path[1:-1]
                else:
                    assigned = _last_assignment(func, path, m.start())
                    path_text = assigned.group(3) if assigned and assigned.group(3) else ""
                if re.fullmatch(r"/\?\w+", path_text):
                    table[(m.group(3), path_text[2:])].add(action)
        return {k: next(iter(v)) for k, v in table.items() if len(v) == 1}

    def calls_in(self, key: tuple[str | None, str]) -> tuple[list[dict], list[dict], set]:
        """(API calls, unresolved calls, package functions called) of one function body."""
        func = self.funcs[key]
        code, source = func.code, func.source
        calls: list[dict] = []
        unresolved: list[dict] = []

        def where(pos: int) -> str:
            return f"{func.path}:{func.line + code.count(chr(10), 0, pos)}"

        def unresolved_at(pos: int, why: str) -> None:
            text = source[pos : source.find("\n", pos)].strip()
            unresolved.append({"at": where(pos), "in": key[1], "code": text, "why": why})

        for m in _RPC.finditer(source):
            product = _literal(source[m.start(2) : m.end(2)])
            token = source[m.start(3) : m.end(3)]
            action = _literal(token)
            if action is None:
                assigned = _last_assignment(func, token, m.start())
                action = assigned.group(2) if assigned else None
            if product and action:
                calls.append({"product": product, "action": action, "via": m.group(1)})
            else:
                unresolved_at(m.start(), "product or action is not a string literal")
        for m in _DO.finditer(source):
            product = _literal(source[m.start(1) : m.end(1)])
            action = _literal(source[m.start(4) : m.end(4)])
            if product and action and m.group(2) in _PARAM_FUNCS:
                calls.append({"product": product, "action": action, "via": f"Do/{m.group(2)}"})
            else:
                unresolved_at(m.start(), "client.Do without a literal product and action")
        for m in _ROA.finditer(source):
            product = _literal(source[m.start(2) : m.end(2)])
            assigned = _last_assignment(func, m.group(3), m.start())
            template = assigned.group(3) if assigned else None
            method = m.group(1).upper()
            action = _one(self.fc3.get((method, _path_shape(template)))) if template and product == "FC" else None
            if action:
                calls.append({"product": product, "action": action, "via": f"Roa{m.group(1)} {template}"})
            else:
                unresolved_at(m.start(), f"ROA {method} {template!r}: no operation of the FC 3.0 SDK has it")
        for m in _CONN_DO.finditer(source):
            subs = set(re.findall(r'\bparams\["(\w+)"\]', source))
            action = self.oss_subresources.get((m.group(2), next(iter(subs)))) if len(subs) == 1 else None
            if action:
                calls.append({"product": "Oss", "action": action, "via": f"oss Conn.Do {m.group(2)} ?{subs.pop()}"})
            else:
                unresolved_at(m.start(), "raw OSS request whose subresource matches no provider xmlParam call")

        closures = {  # variable -> (Go package, type) of an SDK client
            var: (pkg, type_)
            for var, pkg, type_ in _CLOSURE.findall(code) + _ASSERTED.findall(code)
            if pkg in SDK_CLIENTS and type_ in ("Client", "Bucket")
        }
        for m in _WITH_CLIENT.finditer(code):
            if m.group(2) not in SDK_CLIENTS:
                unresolved_at(m.start(), f"client of Go package {m.group(2)!r}: no known SDK")
        for m in _SDK_REQUEST.finditer(code):  # alibaba-cloud-sdk-go: pkg.CreateXRequest() builds action X
            if SDK_CLIENTS.get(m.group(1), ("",))[0] == "alibaba-cloud-sdk-go":
                sdk, product = SDK_CLIENTS[m.group(1)]
                calls.append({"product": product, "action": m.group(2), "via": sdk})
        for var, (pkg, _type) in list(closures.items()):
            if pkg == "oss":  # a Bucket made from an oss.Client is the same SDK
                for b in re.findall(rf"\b(\w+)\s*,\s*\w+\s*:?=\s*{var}\.Bucket\(", code):
                    closures[b] = (pkg, "Bucket")
        var_types = {v: t for v, t in _VAR_TYPE.findall(code) if t in self.service_types}
        var_types.update({v: t for v, t in _VAR_NEW.findall(code) if t in self.service_types})
        called: set[tuple[str | None, str]] = set()
        for m in _METHOD_CALL.finditer(code):
            var, name = m.groups()
            if var in closures and var != "client":
                if name == "Conn" or SDK_NON_CALLS.match(name):
                    continue
                sdk, product = SDK_CLIENTS[closures[var][0]]
                calls.append({"product": product, "action": name, "via": sdk, "receiver": closures[var][1]})
                continue
            receiver = var_types.get(var) or (key[0] if var == "s" else None)
            if receiver and (receiver, name) in self.funcs:
                called.add((receiver, name))
            elif "ervice" in var and name in self.methods:
                owners = self.methods[name]
                if len(owners) == 1:
                    called.add((owners[0], name))
                else:
                    unresolved_at(m.start(), f"{var}.{name}: method of {sorted(owners)}, type of {var} unknown")
        for m in _CLIENT_METHOD.finditer(code):  # connectivity.AliyunClient's own helpers (AccountId, ...)
            if ("AliyunClient", m.group(1)) in self.funcs and not _TRANSPORT.match(m.group(1)):
                called.add(("AliyunClient", m.group(1)))
        for m in _PLAIN_CALL.finditer(code):
            if (None, m.group(1)) in self.funcs and not func.path.startswith("connectivity/"):
                called.add((None, m.group(1)))
        return calls, unresolved, called

    def reach(self, entries: list[str]) -> tuple[list[dict], list[dict], int]:
        seen: dict[tuple[str | None, str], int] = {}
        queue = [((None, name), 0) for name in entries]
        calls: list[dict] = []
        unresolved: list[dict] = []
        while queue:
            key, depth = queue.pop(0)
            if key in seen:
                continue
            seen[key] = depth
            found, missed, called = self.calls_in(key)
            calls += found
            unresolved += missed
            if depth < MAX_DEPTH:
                queue += [(k, depth + 1) for k in sorted(called, key=str) if k not in seen]
        return calls, unresolved, max(seen.values())

    def entry_points(self, function: str) -> dict[str, str]:
        body = self.funcs[(None, function)].code
        return {phase: name for phase, name in _ENTRY.findall(body) if (None, name) in self.funcs}


def _path_shape(path: str) -> str:
    """/2023-03-30/functions/%s and /2023-03-30/functions/{x} -> /2023-03-30/functions/{}."""
    return re.sub(r"%s|\{[^}]*\}", "{}", path.split("?")[0])


def fc3_operations(sdk_dir: str) -> tuple[dict[tuple[str, str], list[str]], str]:
    """(method, path shape) -> action of the Function Compute 3.0 Python SDK, and its version."""
    operations = python_rest_operations(Path(sdk_dir) / "alibabacloud_fc20230330" / "client.py")
    ops = {(method, shape): actions for (method, shape, _host), actions in operations.items()}
    return ops, _dist_version(sdk_dir, "alibabacloud_fc20230330")


def _dist_version(sdk_dir: str, distribution: str) -> str:
    versions = [p.name for p in Path(sdk_dir).glob(f"{distribution}-*.dist-info")]
    if len(versions) != 1:
        raise ValueError(f"{sdk_dir}: not one installed version of {distribution}: {versions}")
    return versions[0].removesuffix(".dist-info").split("-")[1]


def read_package(git_dir: str) -> dict[str, str]:
    commit = git(git_dir, "rev-parse", f"{TAG}^{{commit}}").decode().strip()
    if commit != COMMIT:
        raise ValueError(f"{git_dir}: {TAG} is {commit}, not the pinned {COMMIT}")
    names = []
    for folder in ("alicloud/", "alicloud/connectivity/"):
        listed = git(git_dir, "ls-tree", "--name-only", COMMIT, folder).decode().split()
        names += [n for n in listed if n.endswith(".go") and not n.endswith("_test.go")]
    out = git(git_dir, "cat-file", "--batch", data="".join(f"{COMMIT}:{n}\n" for n in names).encode())
    files, pos = {}, 0
    for name in names:
        header_end = out.index(b"\n", pos)
        size = int(out[pos:header_end].split()[2])
        files[name.split("/", 1)[1]] = out[header_end + 1 : header_end + 1 + size].decode()
        pos = header_end + 1 + size + 1
    return files


_OSS_GO_REQUEST = re.compile(r'\b(client|bucket)\.(?:do|doInner|doURL|Conn\.Do)\(\s*"(\w+)"\s*,\s*([^,]+),')
_OSS_GO_DELEGATE = re.compile(r"\b(client|bucket)\.([A-Z]\w*)\(")
_OSS_PY_OPERATION = re.compile(r"OperationInput\((.*?)\n\s*\)", re.S)


def oss_v2_operations() -> dict[tuple[str, str], list[tuple[dict[str, str], str]]]:
    """(HTTP method, level) -> [(query parameters, operation)] of the OSS Python SDK the venv pins, level
    being service, bucket or object: the SDK names each operation with its method and parameters."""
    import alibabacloud_oss_v2.operations as operations  # the pinned SDK tools/facts/ram_actions.py reads

    table: dict[tuple[str, str], list[tuple[dict[str, str], str]]] = defaultdict(list)
    for path in sorted(Path(operations.__path__[0]).glob("*.py")):
        for block in _OSS_PY_OPERATION.findall(path.read_text(encoding="utf-8")):
            name = re.search(r"op_name='(\w+)'", block)
            method = re.search(r"method='(\w+)'", block)
            if not (name and method):
                continue
            found = re.search(r"parameters=\{(.*?)\}", block, re.S)
            params = dict(re.findall(r"'([\w-]+)'\s*:\s*'([^']*)'", found.group(1))) if found else {}
            level = (
                "object" if re.search(r"\bkey=", block) else "bucket" if re.search(r"\bbucket=", block) else "service"
            )
            table[(method.group(1), level)].append((params, name.group(1)))
    if not table:
        raise ValueError(f"{operations.__path__[0]}: no OperationInput found; the SDK's layout changed")
    return table


def _oss_match(op_params: dict[str, str], sent: dict[str, str]) -> int | None:
    """How many of an operation's parameters a request sends, None if it contradicts one: a subresource
    (value '') must be sent; a parameter with a value must have it if the request sets it literally."""
    score = 0
    for key, value in op_params.items():
        if value == "":
            if key not in sent:
                return None
            score += 1
        elif key in sent and sent[key]:
            if sent[key] != value:
                return None
            score += 1
    return score


class OssGoSdk:
    """Resolves an aliyun-oss-go-sdk (v1) method to the OSS operation it sends: its request's HTTP method,
    level (service, bucket, object) and params, matched to the operation of the OSS Python SDK with that
    method and level that matches most of those params (_oss_match); a tie is broken only by an operation
    named as a method on the way (PutObjectFromFile -> DoPutObject: PutObject)."""

    def __init__(self, sdk_dir: str):
        folder = Path(sdk_dir) / "oss"
        files = {f"oss/{p.name}": p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.go"))}
        self.funcs = index_functions({k: v for k, v in files.items() if not k.endswith("_test.go")}, strict=False)
        self.operations = oss_v2_operations()

    def resolve(self, receiver: str, name: str, chain: tuple[str, ...] = ()) -> tuple[str | None, str]:
        """(operation or None, how it was found or why not)."""
        func = self.funcs.get((receiver, name))
        if func is None:
            return None, f"no method {receiver}.{name} in the SDK"
        chain = (*chain, name, name.removeprefix("Do"))
        requests = list(_OSS_GO_REQUEST.finditer(func.source))
        if not requests:
            delegates = {(m.group(1), m.group(2)) for m in _OSS_GO_DELEGATE.finditer(func.code) if m.group(2) != name}
            if len(delegates) == 1 and len(chain) < 8:
                variable, method_name = delegates.pop()
                return self.resolve(variable.capitalize(), method_name, chain)
            return None, f"{receiver}.{name} sends no request itself and calls not one other method"
        if len(requests) > 1:
            return None, f"{receiver}.{name} sends {len(requests)} requests"
        m = requests[0]
        method, target = m.group(2), m.group(3).strip()
        levels = {
            "client": "service" if target == '""' else "bucket",
            "bucket": "bucket" if target == '""' else "object",
        }
        level = levels[m.group(1)]
        sent = {k: v or "" for k, v in re.findall(r'\bparams\["([\w-]+)"\]\s*=\s*(?:"([^"]*)"|\w+)', func.source)}
        scored = [(_oss_match(params, sent), op) for params, op in self.operations.get((method, level), [])]
        matched = [(score, op) for score, op in scored if score is not None]
        if matched:
            best = max(score for score, _ in matched)
            ops = sorted({op for score, op in matched if score == best})
            if len(ops) > 1:
                ops = [op for op in ops if op in chain]
            if len(ops) == 1:
                subs = "".join(f"?{k}" + (f"={v}" if v else "") for k, v in sorted(sent.items()))
                return ops[0], f"{receiver}.{name}: {method} {level}{subs}"
        return None, f"{receiver}.{name}: {method} {level} {sorted(sent)} matches no one OSS operation"


_LOG_REQUEST = re.compile(r'(?<![\w.])(?:c\.)?request\(\s*([^,]+),\s*"(\w+)",\s*(.+?),\s*\w+,\s*\w+\)')
_LOG_DELEGATE = re.compile(r"\b(c|p|proj|s)\.([A-Z]\w*)\(")
_LOG_TYPES = {"c": "Client", "p": "LogProject", "proj": "LogProject", "s": "LogStore"}
_PY_OPERATION = re.compile(
    r"\n    def (\w+)_with_options\((.*?)action\s*=\s*'(\w+)',.*?pathname\s*=\s*f?'([^']*)',\s*method\s*=\s*'(\w+)'",
    re.S,
)


def python_rest_operations(client_py: Path) -> dict[tuple[str, str, bool], list[str]]:
    """(HTTP method, path shape, on a project's host) -> the actions of an Alibaba Cloud Python SDK's ROA
    client with that request line (several when only query parameters tell them apart)."""
    found: dict[tuple[str, str, bool], set[str]] = defaultdict(set)
    for _name, body, action, path, method in _PY_OPERATION.findall(client_py.read_text(encoding="utf-8")):
        found[(method, _path_shape(path), "host_map['project']" in body)].add(action)
    if not found:
        raise ValueError(f"{client_py}: no operation found; the SDK's layout changed")
    return {key: sorted(actions) for key, actions in found.items()}


def _one(candidates: list[str] | None, chain: tuple[str, ...] = ()) -> str | None:
    """The one candidate action, or among several the one named as a method on the way to the request."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    named = [c for c in candidates if c in chain]
    return named[0] if len(named) == 1 else None


def _go_path_shape(expr: str, func: GoFunc) -> str | None:
    """The path shape of a Go path expression: a literal, "literal"+x, fmt.Sprintf("format", ...), or a
    variable assigned one of those before."""
    expr = expr.strip()
    if re.fullmatch(r"\w+", expr):
        assigned = None
        for m in re.finditer(rf"\b{expr}\s*:?=\s*(.+)", func.source):
            assigned = m.group(1)
        return _go_path_shape(assigned, func) if assigned and not re.fullmatch(r"\w+", assigned.strip()) else None
    literal = re.fullmatch(r'"([^"]*)"(\s*\+\s*.+)?', expr)
    if literal:
        return _path_shape(literal.group(1) + ("{}" if literal.group(2) else ""))
    formatted = re.match(r'fmt\.Sprintf\(\s*"([^"]*)"', expr)
    return _path_shape(re.sub(r"%[sdv]", "{}", formatted.group(1))) if formatted else None


class LogGoSdk:
    """Resolves an aliyun-log-go-sdk method to the Log Service actions of the requests it sends (itself
    or through the Client/LogProject/LogStore methods it calls): each request's HTTP method, path and
    whether it goes to a project's host, matched to the Log Service Python SDK's operations."""

    def __init__(self, sdk_dir: str, operations: dict[tuple[str, str, bool], list[str]]):
        files = {p.name: p.read_text(encoding="utf-8") for p in sorted(Path(sdk_dir).glob("*.go"))}
        self.funcs = index_functions({k: v for k, v in files.items() if not k.endswith("_test.go")}, strict=False)
        self.operations = operations

    def resolve(self, name: str) -> tuple[list[str], str]:
        """(actions, how they were found or why not): empty when any request does not resolve."""
        actions: set[str] = set()
        seen: set[tuple[str, str]] = set()
        queue: list[tuple[str, str, int, tuple[str, ...]]] = [("Client", name, 0, ())]
        how = []
        while queue:
            receiver, method_name, depth, chain = queue.pop(0)
            func = self.funcs.get((receiver, method_name))
            if func is None or (receiver, method_name) in seen:
                continue
            seen.add((receiver, method_name))
            chain = (*chain, method_name)
            for m in _LOG_REQUEST.finditer(func.source):
                http, shape = m.group(2), _go_path_shape(m.group(3), func)
                on_project = m.group(1).strip() != '""'
                action = _one(self.operations.get((http, shape, on_project)), chain) if shape else None
                if action is None:
                    return [], f"{receiver}.{method_name}: {http} {m.group(3).strip()} matches no operation"
                actions.add(action)
                how.append(f"{receiver}.{method_name}: {http} {shape}")
            for m in _LOG_DELEGATE.finditer(func.code):
                if depth < 3 and (_LOG_TYPES[m.group(1)], m.group(2)) in self.funcs:
                    queue.append((_LOG_TYPES[m.group(1)], m.group(2), depth + 1, chain))
        if not actions:
            return [], f"Client.{name}: no request found"
        return sorted(actions), "; ".join(how)


_GO_CONST = re.compile(r"^\s*(\w+)\s*=\s*((?:\w+|\"[^\"]*\")(?:\s*\+\s*(?:\w+|\"[^\"]*\"))*)\s*$", re.M)
_FC_SEND = re.compile(r"\bc\.sendRequest\(\s*input\s*,\s*http\.Method(\w+)\s*\)")
_FC_PATH_RETURN = re.compile(r"\breturn\s+(?:fmt\.Sprintf\(\s*)?(\w+|\"[^\"]*\")")


class FcGoSdk:
    """Resolves a fc-go-sdk method to the Function Compute 2.0 action it sends: the method's
    `c.sendRequest(input, http.MethodX)` and the paths its input type's GetPath() returns (built from
    the SDK's path constants), matched, API version segment aside, to the FC-Open Python SDK's
    operations; every path GetPath() can return must give the same action."""

    def __init__(self, sdk_dir: str, operations: dict[tuple[str, str, bool], list[str]]):
        files = {p.name: p.read_text(encoding="utf-8") for p in sorted(Path(sdk_dir).glob("*.go"))}
        files = {k: v for k, v in files.items() if not k.endswith("_test.go")}
        self.funcs = index_functions(files, strict=False)
        self.inputs = {
            name: type_
            for text in files.values()
            for name, type_ in re.findall(r"^func \(c \*Client\) (\w+)\(input \*(\w+)\)", text, re.M)
        }
        raw = {name: expr for text in files.values() for name, expr in _GO_CONST.findall(mask(text)[0])}
        self.consts: dict[str, str] = {}
        for _ in range(5):  # constants built from constants
            for name, expr in raw.items():
                parts = [p.strip() for p in expr.split("+")]
                values = [p[1:-1] if p.startswith('"') else self.consts.get(p) for p in parts]
                if all(v is not None for v in values):
                    self.consts[name] = "".join(v for v in values if v is not None)
        self.operations = {(m, re.sub(r"^/\d{4}-\d{2}-\d{2}", "", shape)): a for (m, shape, _), a in operations.items()}

    def resolve(self, name: str) -> tuple[list[str], str]:
        func = self.funcs.get(("Client", name))
        send = _FC_SEND.search(func.source) if func else None
        input_type = self.inputs.get(name)
        if not (send and input_type):
            return [], f"Client.{name}: no c.sendRequest(input, http.MethodX) with a typed input"
        method = send.group(1).upper()
        get_path = self.funcs.get((input_type, "GetPath"))
        if get_path is None:
            return [], f"{input_type} has no GetPath"
        actions, shapes = set(), []
        for m in _FC_PATH_RETURN.finditer(get_path.source):
            token = m.group(1)
            path = token[1:-1] if token.startswith('"') else self.consts.get(token)
            shape = _path_shape(re.sub(r"%[sdv]", "{}", path)) if path is not None else None
            # a qualifier joined to a name by "." is one path segment to the API
            key = (method, re.sub(r"\{\}\.\{\}", "{}", shape)) if shape else None
            action = _one(self.operations.get(key), (name,)) if key else None
            if action is None:
                return [], f"Client.{name}: {method} {path!r} matches no operation"
            actions.add(action)
            shapes.append(shape)
        if len(actions) != 1:
            return [], f"Client.{name}: {method} paths {shapes} give {sorted(actions)}"
        return sorted(actions), f"Client.{name}: {method} {' | '.join(shapes)}"


class SdkResolver:
    """Turns calls of SDKs whose method names are their own into the operations they send, reading the
    SDKs at the versions the provider's go.mod pins: aliyun-oss-go-sdk (v1) through OssGoSdk,
    alibabacloud-oss-go-sdk-v2 through its method's `OpName`, aliyun-log-go-sdk through LogGoSdk,
    fc-go-sdk through FcGoSdk. What does not resolve stays an SDK method name, with the reason."""

    MODULES = {
        "aliyun-oss-go-sdk": "github.com/aliyun/aliyun-oss-go-sdk",
        "alibabacloud-oss-go-sdk-v2": "github.com/aliyun/alibabacloud-oss-go-sdk-v2",
        "aliyun-log-go-sdk": "github.com/aliyun/aliyun-log-go-sdk",
        "fc-go-sdk": "github.com/aliyun/fc-go-sdk",
    }

    def __init__(
        self,
        module_cache: str,
        go_mod: str,
        sls_operations: dict[tuple[str, str, bool], list[str]],
        fc_open_operations: dict[tuple[str, str, bool], list[str]],
    ):
        dirs = {}
        self.versions = {}
        for sdk, module in self.MODULES.items():
            version = re.search(rf"^\s*{re.escape(module)} (\S+)", go_mod, re.M)
            if not version:
                raise ValueError(f"go.mod at {COMMIT}: no requirement of {module}")
            folder = Path(module_cache) / f"{module}@{version.group(1)}"
            if not folder.is_dir():
                raise ValueError(f"{folder}: missing; run `go mod download {module}@{version.group(1)}`")
            dirs[sdk] = folder
            self.versions[module] = version.group(1)
        self.oss_v1 = OssGoSdk(str(dirs["aliyun-oss-go-sdk"]))
        v2_dir = dirs["alibabacloud-oss-go-sdk-v2"] / "oss"
        v2_files = {p.name: p.read_text(encoding="utf-8") for p in sorted(v2_dir.glob("*.go"))}
        self.oss_v2 = index_functions({k: v for k, v in v2_files.items() if not k.endswith("_test.go")}, strict=False)
        self.log = LogGoSdk(str(dirs["aliyun-log-go-sdk"]), sls_operations)
        self.fc = FcGoSdk(str(dirs["fc-go-sdk"]), fc_open_operations)

    def resolve(self, call: dict) -> tuple[list[str], str]:
        """(operations the call sends, how they were found or why none)."""
        if call["via"] == "aliyun-oss-go-sdk":
            operation, how = self.oss_v1.resolve(call["receiver"], call["action"])
            return ([operation] if operation else []), how
        if call["via"] == "alibabacloud-oss-go-sdk-v2":
            func = self.oss_v2.get(("Client", call["action"]))
            names = sorted(set(re.findall(r'\bOpName:\s*"(\w+)"', func.source))) if func else []
            if len(names) == 1:
                return names, f"Client.{call['action']}: OpName {names[0]}"
            return [], f"Client.{call['action']}: not one OpName"
        if call["via"] == "aliyun-log-go-sdk":
            return self.log.resolve(call["action"])
        if call["via"] == "fc-go-sdk":
            return self.fc.resolve(call["action"])
        return [], f"{call['via']} is not read"

    def resolve_all(self, calls: list[dict], resolved: dict[str, str], missed: dict[str, str]) -> list[dict]:
        out = []
        for call in calls:
            if call["via"] in NAMED_BY_SDK:
                operations, how = self.resolve(call)
                name = f"{call['product']}.{call['action']}"
                if operations:
                    sent = ", ".join(f"{call['product']}.{op}" for op in operations)
                    resolved[name] = f"{sent} ({how})"
                    out += [
                        {"product": call["product"], "action": op, "via": f"{call['via']} {how}"} for op in operations
                    ]
                    continue
                missed[name] = f"{call['via']}: {how}"
            out.append(call)
        return out


def _action_list(calls: list[dict]) -> list[str]:
    """Product.Action of the calls that name an API action."""
    return sorted({f"{c['product']}.{c['action']}" for c in calls if c["via"] not in NAMED_BY_SDK})


def _method_list(calls: list[dict]) -> list[str]:
    """Product.Method of the calls through an SDK whose method names are its own."""
    return sorted({f"{c['product']}.{c['action']}" for c in calls if c["via"] in NAMED_BY_SDK})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("git_dir")
    parser.add_argument("--fc3-sdk", required=True, help="directory alibabacloud-fc20230330 is installed in")
    parser.add_argument(
        "--go-modules", required=True, help="Go module cache (GOPATH/pkg/mod) holding the provider's OSS Go SDKs"
    )
    parser.add_argument("--sls-sdk", required=True, help="directory alibabacloud-sls20201230 is installed in")
    parser.add_argument("--fc-open-sdk", required=True, help="directory alibabacloud-fc-open20210406 is installed in")
    args = parser.parse_args(argv)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    provider = next(iter(schema["provider_schemas"].values()))
    wanted = {"resource": sorted(provider["resource_schemas"]), "data_source": sorted(provider["data_source_schemas"])}
    fc3, fc3_version = fc3_operations(args.fc3_sdk)
    files = read_package(args.git_dir)
    extractor = Extractor(files, fc3)
    maps = type_maps(files)
    go_mod = git(args.git_dir, "show", f"{COMMIT}:go.mod").decode()
    sls_client = Path(args.sls_sdk) / "alibabacloud_sls20201230" / "client.py"
    fc_open_client = Path(args.fc_open_sdk) / "alibabacloud_fc_open20210406" / "client.py"
    sdks = SdkResolver(
        args.go_modules, go_mod, python_rest_operations(sls_client), python_rest_operations(fc_open_client)
    )
    sections: dict[str, dict[str, dict]] = {"resources": {}, "data_sources": {}}
    all_unresolved = []
    for kind, names in wanted.items():
        for name in names:
            function = maps[kind].get(name)
            if function is None:
                raise ValueError(f"{SCHEMA.name}: {kind} {name} is not in provider.go's map at {TAG}")
            entries = extractor.entry_points(function)
            read_calls, read_missed, read_depth = extractor.reach([entries["Read"]])
            writes = [entries[p] for p in ("Create", "Update", "Delete") if p in entries]
            write_calls, write_missed, write_depth = extractor.reach(writes) if writes else ([], [], 0)
            resolved: dict[str, str] = {}
            not_resolved: dict[str, str] = {}
            read_calls = sdks.resolve_all(read_calls, resolved, not_resolved)
            write_calls = sdks.resolve_all(write_calls, resolved, not_resolved)
            products = Counter(c["product"] for c in read_calls + write_calls)
            missed = {json.dumps(u, sort_keys=True): u for u in read_missed + write_missed}
            sections[f"{kind}s"][name] = {
                "product": products.most_common(1)[0][0] if products else None,
                "go": {"function": function, "file": extractor.funcs[(None, function)].path, **entries},
                "read": _action_list(read_calls),
                "write": _action_list(write_calls),
                "sdk_methods": {"read": _method_list(read_calls), "write": _method_list(write_calls)},
                "sdk_resolved": dict(sorted(resolved.items())),
                "sdk_not_resolved": dict(sorted(not_resolved.items())),
                "depth": max(read_depth, write_depth),
                "unresolved": sorted(missed.values(), key=lambda u: u["at"]),
            }
            all_unresolved += list(missed.values())
    data = {
        "_source": {
            "repo": "https://github.com/aliyun/terraform-provider-alicloud",
            "tag": TAG,
            "commit": COMMIT,
            "extracted": EXTRACTED,
            "fc3_sdk": f"alibabacloud-fc20230330=={fc3_version} (PyPI), its operations' method, path and action",
            "sls_sdk": f"alibabacloud-sls20201230=={_dist_version(args.sls_sdk, 'alibabacloud_sls20201230')} (PyPI), "
            "its operations' method, path and project host",
            "fc_open_sdk": f"alibabacloud-fc-open20210406=="
            f"{_dist_version(args.fc_open_sdk, 'alibabacloud_fc_open20210406')} (PyPI), its operations' method and path",
            "go_sdks": sdks.versions,
            "how": (__doc__ or "").split("\n\n", 2)[2].strip(),
            "reproduce": "fetch the provider repository; pip install --target DIR alibabacloud-fc20230330==X "
            "alibabacloud-sls20201230==Y alibabacloud-fc-open20210406==Z (one DIR each, versions above); "
            "GOPATH=G go mod download the go_sdks modules at the versions above; then python "
            "tools/extract_provider_calls.py GIT_DIR --fc3-sdk .. --sls-sdk .. --fc-open-sdk .. --go-modules G/pkg/mod",
            "notes": "read: what the type's Read reaches; write: what its Create/Update/Delete reach (a write "
            "phase reads too). Entries are Product.Action, the product as the provider spells it. `sdk_methods`: "
            "calls through an SDK whose method names are its own (aliyun-oss-go-sdk, alibabacloud-oss-go-sdk-v2, "
            "fc-go-sdk, aliyun-log-go-sdk), named Product.Method: not necessarily the API action the SDK sends. "
            "`unresolved`: calls seen but not resolved to an action. `depth`: deepest call level followed.",
        },
        **sections,
    }
    OUTPUT.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(
        f"{sum(map(len, sections.values()))} types, {len(all_unresolved)} unresolved calls -> {OUTPUT.relative_to(REPO)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
