"""Templates by name, so the CLI and YAML can call them with string parameters.

`render("oss-read-only", {"bucket": "photos", "prefix": "user1/"})` converts each string to the
parameter's declared type (str, bool, or a list of strings written comma-separated).
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ossiac_policies.kms_templates import kms_sse_objects
from ossiac_policies.oss_templates import (
    TemplateParamError,
    oss_full_access,
    oss_read_only,
    oss_read_write,
    oss_write_only,
)

TEMPLATES: dict[str, Callable[..., dict[str, Any]]] = {
    "oss-read-only": oss_read_only,
    "oss-write-only": oss_write_only,
    "oss-read-write": oss_read_write,
    "oss-full-access": oss_full_access,
    "kms-sse-objects": kms_sse_objects,
}

_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}


class UnknownTemplateError(KeyError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return f"unknown policy template {self.name!r}; templates: {', '.join(TEMPLATES)}"


def parameters(name: str) -> dict[str, tuple[type, Any]]:
    """Parameter name -> (type, default; inspect.Parameter.empty when required)."""
    function = _template(name)
    hints = typing.get_type_hints(function)
    return {param.name: (hints[param.name], param.default) for param in inspect.signature(function).parameters.values()}


def describe(name: str) -> str:
    """`bucket: str, prefix: str = ''` — for help and error messages."""
    parts = []
    for param, (kind, default) in parameters(name).items():
        type_name = "list of str (comma-separated)" if _is_list(kind) else kind.__name__
        parts.append(f"{param}: {type_name}" + ("" if default is inspect.Parameter.empty else f" = {default!r}"))
    return ", ".join(parts)


def render(name: str, params: Mapping[str, str]) -> dict[str, Any]:
    """The document of template `name` with string parameters converted to their types."""
    declared = parameters(name)
    problems = []
    converted: dict[str, Any] = {}
    for key, text in params.items():
        if key not in declared:
            problems.append(f"template {name!r} has no parameter {key!r}; parameters: {describe(name)}")
            continue
        try:
            converted[key] = _convert(declared[key][0], text)
        except ValueError as error:
            problems.append(f"parameter {key!r} of template {name!r}: {error}")
    missing = [
        key for key, (_, default) in declared.items() if default is inspect.Parameter.empty and key not in params
    ]
    problems += [f"template {name!r} needs parameter {key!r}; parameters: {describe(name)}" for key in missing]
    if problems:
        raise TemplateParamError(problems)
    return _template(name)(**converted)


def _template(name: str) -> Callable[..., dict[str, Any]]:
    if name not in TEMPLATES:
        raise UnknownTemplateError(name)
    return TEMPLATES[name]


def _is_list(kind: Any) -> bool:
    return typing.get_origin(kind) in (list, tuple, Sequence, typing.get_origin(Sequence[str]))


def _convert(kind: Any, text: str) -> Any:
    if kind is bool:
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ValueError(f"{text!r} is not a boolean (true or false)")
    if _is_list(kind):
        return tuple(item.strip() for item in text.split(",") if item.strip())
    return text
