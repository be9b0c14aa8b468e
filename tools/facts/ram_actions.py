"""ossiac/schema/ram_actions.json: the RAM actions of OSS, KMS, RAM and STS a policy may name, and the
API names that are no action with the action(s) RAM checks for them.

KMS, RAM (with IMS, whose operations RAM authorizes under `ram:`) and STS: every POP operation of the
pinned SDK is the action of the same name. OSS: the action is not always the operation (HeadObject is
authorized by oss:GetObject), so the documented action tables, transcribed in sources/oss_actions.json,
are the authority; every operation of the pinned OSS SDK must be an action there, be mapped there to the
action(s) that authorize it, or be listed there as having no action or as unconfirmed, else this fails.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import inspect
import json
import pkgutil
import re
from pathlib import Path

OUTPUT = "ossiac/schema/ram_actions.json"
SOURCES = Path(__file__).resolve().parent / "sources"
OSS_SOURCE = SOURCES / "oss_actions.json"
NON_API_SOURCE = SOURCES / "ram_non_api_actions.json"

# service -> (distribution, client module) whose POP operations are that service's actions
POP_SDKS = {
    "kms": [("alibabacloud-kms20160120", "alibabacloud_kms20160120.client")],
    "ram": [
        ("alibabacloud-ram20150501", "alibabacloud_ram20150501.client"),
        ("alibabacloud-ims20190815", "alibabacloud_ims20190815.client"),
    ],
    "sts": [("alibabacloud-sts20150401", "alibabacloud_sts20150401.client")],
}
OSS_SDK = "alibabacloud-oss-v2"
# The OSS client's operations and the vector bucket client's, both authorized under oss: by the tables.
# The SDK's tables, agentic and dataprocess clients are other products whose actions the OSS page does
# not list; ossiac writes no policy for them, so their names stay unchecked rather than guessed.
OSS_OPERATION_PACKAGES = ("alibabacloud_oss_v2.operations", "alibabacloud_oss_v2.vectors.operations")

_POP_ACTION = re.compile(r"""\baction\s*=\s*['"]([A-Za-z0-9]+)['"]""")
_OSS_OPERATION = re.compile(r"""\bop_name\s*=\s*['"]([A-Za-z0-9]+)['"]""")


def _pop_operations(module_name: str) -> set[str]:
    names = set(_POP_ACTION.findall(inspect.getsource(importlib.import_module(module_name).Client)))
    if not names:
        raise ValueError(f"{module_name}.Client names no operation: the SDK's layout changed, read it again")
    return names


def _oss_operations() -> set[str]:
    names: set[str] = set()
    for package_name in OSS_OPERATION_PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package_name}.{info.name}")
            names |= set(_OSS_OPERATION.findall(inspect.getsource(module)))
    if not names:
        raise ValueError(f"{OSS_OPERATION_PACKAGES} name no operation: the SDK's layout changed, read it again")
    return names


def _oss(source: dict, operations: set[str]) -> tuple[list[str], dict[str, list[str]], dict[str, str], list[str]]:
    """(actions, authorized_by, no_action, unconfirmed) of OSS, checked against the SDK's operations."""
    rows = source["action_table"]["rows"]
    actions = {a.split(":", 1)[1] for row in rows for a in row["actions"] if a.startswith("oss:")}
    actions |= {a.split(":", 1)[1] for page in source["api_pages"] for a in page["actions"]}
    known = {a.lower() for a in actions}
    unconfirmed = source["unconfirmed"]
    stale = [op for op in unconfirmed if op.lower() in known or op not in operations]
    if stale:
        raise ValueError(
            f"{OSS_SOURCE.name}: unconfirmed lists {stale}, which a page now names or the SDK no longer has"
        )
    actions |= set(unconfirmed)
    known |= {op.lower() for op in unconfirmed}

    authorized_by: dict[str, list[str]] = {}
    plain_rows = [
        (row["api"], *row.get("also_named", []), row["actions"]) for row in rows if row["api"] and "when" not in row
    ]
    plain_rows += [(page["api"], page["actions"]) for page in source["api_pages"]]
    for *apis, by in plain_rows:
        if not all(a.startswith("oss:") for a in by):
            continue  # another service's API listed on the page (IMM's), not an OSS operation
        for api in apis:
            if api.lower() not in known:
                authorized_by[f"oss:{api}"] = by
    no_action = {f"oss:{entry['api']}": entry["why"] for entry in source["no_action"]}

    mapped = {name.split(":", 1)[1].lower() for name in (*authorized_by, *no_action)}
    unexplained = sorted(op for op in operations if op.lower() not in known and op.lower() not in mapped)
    if unexplained:
        raise ValueError(
            f"{OSS_SDK} operations neither an action nor mapped in tools/facts/sources/{OSS_SOURCE.name}: "
            f"{', '.join(unexplained)}; find the page naming the action RAM checks for each and transcribe it"
        )
    return sorted(actions), dict(sorted(authorized_by.items())), no_action, sorted(f"oss:{op}" for op in unconfirmed)


def _pins() -> dict[str, str]:
    names = [OSS_SDK] + [dist for sdks in POP_SDKS.values() for dist, _ in sdks]
    return {dist: importlib.metadata.version(dist) for dist in names}


def build() -> str:
    oss_source = json.loads(OSS_SOURCE.read_text(encoding="utf-8"))
    non_api = json.loads(NON_API_SOURCE.read_text(encoding="utf-8"))
    pins = _pins()
    actions: dict[str, set[str]] = {service: set() for service in ("oss", *POP_SDKS)}
    sources: dict[str, list[str]] = {}
    for service, sdks in POP_SDKS.items():
        for _dist, module_name in sdks:
            actions[service] |= _pop_operations(module_name)
        sources[service] = [f"{dist}=={pins[dist]}" for dist, _ in sdks]
    for entry in non_api["actions"]:
        service, name = entry["action"].split(":", 1)
        actions[service].add(name)
        sources[service].append(f"{entry['url']} (retrieved {non_api['retrieved']})")

    oss_actions, authorized_by, no_action, unconfirmed = _oss(oss_source, _oss_operations())
    pages = [
        oss_source["action_table"]["url"],
        *(p["url"] for p in oss_source["api_pages"]),
        *(p["url"] for p in oss_source["no_action"]),
    ]
    sources["oss"] = [f"{OSS_SDK}=={pins[OSS_SDK]}"] + [
        f"{url} (retrieved {oss_source['retrieved']})" for url in dict.fromkeys(pages)
    ]
    sources = {"oss": sources["oss"], **{s: sources[s] for s in POP_SDKS}}
    data = {
        "about": "RAM policy actions of the services whose policies ossiac writes or checks: OSS, KMS, RAM (IMS "
        "operations included) and STS; other services' actions are not checked. An action (or a wildcard "
        "pattern) must name at least one of `actions`. `authorized_by`: OSS API names that are no action, "
        "with the action(s) RAM checks for them (a policy naming the API name grants nothing). `no_action`: "
        "API operations no action authorizes. `unconfirmed`: OSS SDK operations accepted as actions of their "
        "own name though no page found names their action. Generated by tools/refresh_facts.py from `sources`.",
        "sources": sources,
        "actions": {"oss": oss_actions, **{s: sorted(actions[s]) for s in POP_SDKS}},
        "authorized_by": authorized_by,
        "no_action": no_action,
        "unconfirmed": unconfirmed,
    }
    return json.dumps(data, indent=2) + "\n"
