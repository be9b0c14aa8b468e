"""ossiac/schema/provider_actions.json: per resource type and data source ossiac uses, the RAM actions
of the API calls the alicloud provider makes: `read` (what its Read reaches, what a plan or refresh
needs) and `write` (what its Create/Update/Delete reach).

Sources: sources/provider_api_calls.json (the calls, extracted from the provider's Go source by
tools/extract_provider_calls.py), sources/ram_service_codes.json (the RAM code of each API product,
from the services' RAM authorization pages) and ossiac/schema/ram_actions.json (OSS's, KMS's, RAM's and
STS's actions). An API call becomes `<ram code>:<API name>`; for OSS, KMS, RAM and STS the action must
be one ram_actions.json lists (for OSS through `authorized_by` too), else the call is listed under
`_meta.not_covered` instead of guessed. For the other services the action is the API's name, the
pages' convention; `_meta.unconfirmed_actions` lists those no action table transcribed in
sources/ram_service_codes.json (`confirmed_actions`) shows. Calls the extractor could only name by an SDK method (it
resolves the OSS and Log Service Go SDKs' methods to the operations they send) are listed there too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUTPUT = "ossiac/schema/provider_actions.json"
SOURCES = Path(__file__).resolve().parent / "sources"
CALLS_SOURCE = SOURCES / "provider_api_calls.json"
CODES_SOURCE = SOURCES / "ram_service_codes.json"
RAM_ACTIONS = Path(__file__).resolve().parents[2] / "ossiac" / "schema" / "ram_actions.json"
SECTIONS = ("resources", "data_sources")


class _Mapper:
    def __init__(self, codes: dict, ram_actions: dict):
        self.codes = codes
        # services whose every action ram_actions.json lists: code -> lower-case name -> action(s)
        self.known: dict[str, dict[str, list[str]]] = {
            service: {name.lower(): [f"{service}:{name}"] for name in names}
            for service, names in ram_actions["actions"].items()
        }
        for api, actions in ram_actions["authorized_by"].items():
            service, name = api.split(":", 1)
            self.known[service].setdefault(name.lower(), actions)
        self.no_action = {api.lower() for api in ram_actions["no_action"]}

    def code(self, product: str, where: str) -> str:
        entry = self.codes.get(product)
        if entry is None:
            raise ValueError(
                f"{CODES_SOURCE.name}: no RAM code for product {product!r} ({where}); "
                f"products listed: {', '.join(sorted(self.codes))}. Find its RAM authorization page and add it"
            )
        return entry["ram_code"]

    def actions(self, call: str, where: str, from_sdk: bool) -> tuple[list[str], str | None]:
        """(RAM actions of one Product.Name call, or why it has none here)."""
        product, name = call.split(".", 1)
        code = self.code(product, where)
        if code in self.known:
            found = self.known[code].get(name.lower())
            if found:
                return found, None
            if f"{code}:{name}".lower() in self.no_action:
                return [], None
            kind = "SDK method" if from_sdk else "API"
            return [], f"{call}: {kind} name that is neither an action nor mapped in {RAM_ACTIONS.name}"
        if from_sdk:
            return [], f"{call}: SDK method, not resolved to the API action it sends"
        return [f"{code}:{name}"], None


def _phase(mapper: _Mapper, entry: dict, phase: str, where: str) -> tuple[list[str], list[str]]:
    actions: set[str] = set()
    missing: list[str] = []
    calls = [(c, False) for c in entry[phase]] + [(c, True) for c in entry["sdk_methods"][phase]]
    for call, from_sdk in calls:
        found, why = mapper.actions(call, f"{where}.{phase}", from_sdk)
        actions |= set(found)
        if why:
            detail = entry.get("sdk_not_resolved", {}).get(call) if from_sdk else None
            missing.append(f"{why} ({detail})" if detail else why)
    return sorted(actions), missing


def build() -> str:
    calls = json.loads(CALLS_SOURCE.read_text(encoding="utf-8"))
    codes = json.loads(CODES_SOURCE.read_text(encoding="utf-8"))
    ram_actions = json.loads(RAM_ACTIONS.read_text(encoding="utf-8"))
    for section in SECTIONS:
        if section not in calls:
            raise ValueError(f"{CALLS_SOURCE.name}: no {section!r} section; rerun tools/extract_provider_calls.py")
    mapper = _Mapper(codes["products"], ram_actions)
    out: dict[str, dict] = {section: {} for section in SECTIONS}
    not_covered: dict[str, list[str]] = {}
    unresolved: dict[str, list[str]] = {}
    for section in SECTIONS:
        for name, entry in sorted(calls[section].items()):
            read, read_missing = _phase(mapper, entry, "read", f"{section}.{name}")
            write, write_missing = _phase(mapper, entry, "write", f"{section}.{name}")
            out[section][name] = {"read": read, "write": write}
            missing = sorted(set(read_missing + write_missing))
            if missing:
                not_covered[name] = missing
            if entry["unresolved"]:
                unresolved[name] = [f"{u['at']} {u['code']}: {u['why']}" for u in entry["unresolved"]]
    confirmed = {entry["action"] for entry in codes["confirmed_actions"]}
    malformed = sorted(a for a in confirmed if not re.fullmatch(r"[a-z][a-z0-9-]*:[A-Z]\w*", a))
    if malformed:
        raise ValueError(f"{CODES_SOURCE.name}: confirmed_actions {malformed} are not <ram code>:<Name>")
    used = {a for section in out.values() for entry in section.values() for a in entry["read"] + entry["write"]}
    unconfirmed = sorted(a for a in used if a.split(":")[0] not in mapper.known and a not in confirmed)
    source = calls["_source"]
    products = sorted({e["product"] for s in SECTIONS for e in calls[s].values() if e["product"]})
    data = {
        "_meta": {
            "about": "RAM actions of the API calls the alicloud provider makes per resource type and data "
            "source ossiac uses. read: reached from the type's Read (what terraform plan/refresh needs); "
            "write: reached from Create/Update/Delete (which read too). An action is <RAM code>:<API name>; "
            "for OSS, KMS, RAM and STS it is one ram_actions.json lists. For the other services the API "
            "name is taken as the action name, the pages' convention; `unconfirmed_actions` lists those no "
            "transcribed action table shows. `not_covered`: calls not turned into an action, and why. "
            "Generated by tools/refresh_facts.py from `sources`.",
            "sources": {
                "calls": f"{source['repo']} {source['tag']} ({source['commit']}), extracted "
                f"{source['extracted']} by tools/extract_provider_calls.py into tools/facts/sources/"
                f"{CALLS_SOURCE.name}; FC 3.0 paths via {source['fc3_sdk'].split(' ')[0]}",
                "ram_codes": {
                    p: f"{codes['products'][p]['ram_code']} {codes['products'][p]['url']} "
                    f"(retrieved {codes['retrieved']})"
                    for p in products
                },
                "oss_kms_ram_sts_actions": f"ossiac/schema/{RAM_ACTIONS.name}",
            },
            "not_covered": not_covered,
            "unconfirmed_actions": unconfirmed,
            "unresolved_calls": unresolved,
        },
        **out,
    }
    return json.dumps(data, indent=2) + "\n"
