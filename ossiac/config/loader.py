"""Load stack files: YAML -> validated StackProps (the props layer) -> the construct props of each bucket,
or one error listing every problem. cdktf-free: loading never starts the jsii bindings."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from ossiac.config.problems import ConfigError, Problem, format_path
from ossiac.config.yaml_source import YamlDocument, read_yaml
from ossiac_props.bucket import BucketProps, WebsiteProps
from ossiac_props.stack import BucketDefaults, StackFileProps, StackProps

MAX_PAGE_BYTES = 256 * 1024  # website pages are uploaded inline in the Terraform JSON


@dataclass(frozen=True)
class LoadedStack:
    config: StackProps
    buckets: list[BucketProps]
    """The stack's buckets as construct props: defaults applied, tags merged, pages read."""
    file: Path


def load_stack_files(files: list[Path]) -> list[LoadedStack]:
    if not files:
        raise ConfigError([Problem("", "no stack files given (expected YAML files declaring `stacks:`)")])
    problems: list[Problem] = []
    loaded: list[LoadedStack] = []
    for file in files:
        try:
            loaded += load_stack_file(file)
        except ConfigError as error:
            problems += error.problems
    seen: dict[str, Path] = {}
    for stack in loaded:
        if stack.config.name in seen:
            problems.append(
                Problem("stacks.name", f"stack {stack.config.name!r} is also declared in {seen[stack.config.name]}", stack.file)
            )
        seen.setdefault(stack.config.name, stack.file)
    if problems:
        raise ConfigError(problems)
    return loaded


def load_stack_file(file: Path) -> list[LoadedStack]:
    document = read_yaml(file)
    data = _with_defaults_applied(document.data)
    try:
        stack_file = StackFileProps.model_validate(data)
    except ValidationError as error:
        raise ConfigError(_problems_from(error, document)) from None
    problems: list[Problem] = []
    stacks = []
    for index, stack in enumerate(stack_file.stacks):
        buckets = []
        for bucket_index, bucket in enumerate(stack.buckets):
            loc = ("stacks", index, "buckets", bucket_index, "website")
            website = _website_props(bucket, file, document, loc, problems)
            fields = bucket.model_dump(exclude={"website", "tags"}, exclude_unset=True)
            buckets.append(BucketProps(**fields, website=website, tags={**stack.tags, **bucket.tags}))
        stacks.append(LoadedStack(stack, buckets, file))
    if problems:
        raise ConfigError(problems)
    return stacks


def _with_defaults_applied(data: object) -> object:
    """Copy each stack's valid `defaults` into its buckets, for keys a bucket does not set.

    Invalid defaults are left for validation to report once, at `defaults`, not once per bucket.
    """
    if not isinstance(data, dict) or not isinstance(data.get("stacks"), list):
        return data
    stacks = []
    for stack in data["stacks"]:
        if isinstance(stack, dict) and isinstance(stack.get("defaults"), dict) and isinstance(stack.get("buckets"), list):
            try:
                BucketDefaults.model_validate(stack["defaults"])
            except ValidationError:
                stacks.append(stack)
                continue
            defaults = {k: v for k, v in stack["defaults"].items() if v is not None}
            buckets = [{**defaults, **b} if isinstance(b, dict) else b for b in stack["buckets"]]
            stack = {**stack, "buckets": buckets}
        stacks.append(stack)
    return {**data, "stacks": stacks}


def _website_props(bucket, file: Path, document: YamlDocument, loc: tuple, problems: list[Problem]) -> WebsiteProps | None:
    website = bucket.website
    if website is None:
        return None
    pages = {}
    for key in ("index_file", "error_file"):
        relative = getattr(website, key)
        if relative is None:
            continue
        path = (file.parent / relative).resolve()
        where = loc + (key,)
        try:
            content = path.read_bytes()
        except OSError as error:
            problems.append(Problem(format_path(where), f"cannot read {path}: {error.strerror}", file, document.line_of(where)))
            continue
        if len(content) > MAX_PAGE_BYTES:
            problems.append(
                Problem(format_path(where), f"{path} is larger than {MAX_PAGE_BYTES} bytes", file, document.line_of(where))
            )
            continue
        pages[key.replace("_file", "_content")] = content.decode("utf-8", errors="strict")
    fields = website.model_dump(exclude={"index_file", "error_file"}, exclude_unset=True)
    return WebsiteProps(**{**fields, **pages})


def _problems_from(error: ValidationError, document: YamlDocument) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            allowed = _allowed_keys(StackFileProps, loc[:-1])
            message = f"unknown key; allowed keys here: {', '.join(allowed)}" if allowed else "unknown key"
        elif item["type"] == "missing":
            message = "required key is missing"
        problems.append(Problem(format_path(loc), message, document.file, document.line_of(loc)))
    return problems


def _allowed_keys(model: type[BaseModel], loc: tuple) -> list[str]:
    """Walk the schema along `loc` to the model that refused a key, and list what it accepts."""
    current: object = model
    for part in loc:
        current = _model_in(current)
        if current is None:
            return []
        if isinstance(part, int):
            current = _element_type(current)
        else:
            field = current.model_fields.get(part)
            if field is None:
                return []
            current = field.annotation
    current = _model_in(current)
    return sorted(current.model_fields) if current else []


def _model_in(annotation: object) -> object:
    """The annotation itself when it is a model or a list of one; the model inside an Optional."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is list:
        return annotation
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _element_type(annotation: object) -> object:
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0]
    return None
