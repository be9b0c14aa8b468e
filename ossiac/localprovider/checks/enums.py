"""Allowed values from the facts file (`enum`, `length`, `range`), for every resource type."""

from __future__ import annotations

from functools import cache

from ossiac.localcloud.errors import CloudError
from ossiac.localprovider.cty import UNKNOWN
from ossiac.localprovider.values import walk


def _values(obj: dict, name: str) -> list:
    """The known value(s) at obj[name]; `name` ending in `.*` means each element of a collection."""
    if name.endswith(".*"):
        v = obj.get(name[:-2])
        items = v.values() if isinstance(v, dict) else (v if isinstance(v, list) else [])
        return [e for e in items if e is not None and e is not UNKNOWN]
    v = obj.get(name)
    return [] if v is None or v is UNKNOWN else [v]


def _fmt(values: list) -> str:
    return ", ".join(f'"{v}"' if isinstance(v, str) else str(v) for v in values)


@cache  # one entry per type: the schema is loaded once
def _rules(kind) -> dict[str, list[tuple[str, str, tuple, dict]]]:
    """The facts with a rule, grouped by the block path they apply to ("" = top level, "a.b." = nested),
    in the facts file's order: (name within the block, label, attribute path, fact). Computed once
    per type: every Validate call of a plan would otherwise sort through all of them per nested block."""
    rules: dict[str, list] = {}
    for path, fact in kind.facts.items():
        if not isinstance(fact, dict) or not ({"enum", "length", "range"} & fact.keys()):
            continue  # a fact with none of the three checks nothing here
        label = path.removesuffix(".*")
        parent = label.rpartition(".")[0]
        prefix = parent + "." if parent else ""
        attribute = (label,) if "." not in label else ()  # nested paths need list indices
        rules.setdefault(prefix, []).append((path[len(prefix) :], label, attribute, fact))
    return rules


def validate(kind, config: dict) -> list[CloudError]:
    errors: list[CloudError] = []
    rules = _rules(kind)

    def check(block: dict, obj: dict, prefix: str) -> None:
        for name, label, attribute, fact in rules.get(prefix, ()):
            for v in _values(obj, name):
                enum = fact.get("enum")
                if (
                    enum
                    and v not in enum
                    and not (fact.get("enum_ignore_case") and str(v).lower() in [str(e).lower() for e in enum])
                ):
                    errors.append(
                        CloudError(
                            "InvalidArgument",
                            f"expected {label} to be one of {_fmt(enum)}; got {_fmt([v])}",
                            attribute=attribute,
                        )
                    )
                length = fact.get("length")
                if length and isinstance(v, str) and not (length.get("min", 0) <= len(v) <= length.get("max", 1 << 30)):
                    errors.append(
                        CloudError(
                            "InvalidArgument",
                            f"expected length of {label} to be in the range "
                            f"({length.get('min', 0)} - {length.get('max')}), got {v!r}",
                            attribute=attribute,
                        )
                    )
                rng = fact.get("range")
                if (
                    rng
                    and isinstance(v, (int, float))
                    and not isinstance(v, bool)
                    and not (rng.get("min", float("-inf")) <= v <= rng.get("max", float("inf")))
                ):
                    errors.append(
                        CloudError(
                            "InvalidArgument",
                            f"expected {label} to be in the range ({rng.get('min')} - {rng.get('max')}), got {v}",
                            attribute=attribute,
                        )
                    )

    if rules:
        walk(kind.block, config, check)
    return errors
