"""Load stack files: YAML -> validated StackProps (the props layer) -> the construct props of each bucket,
or one error listing every problem. cdktf-free: loading never starts the jsii bindings."""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from ossiac.config.estate_checks import estate_problems, problem_at
from ossiac.config.pages import read_page
from ossiac.config.problems import ConfigError, LoadCrash, Problem, format_path
from ossiac.config.region_checks import region_problems
from ossiac.config.validation_cache import CachedStack, ValidationCache
from ossiac.config.yaml_source import YamlDocument, read_yaml
from ossiac_props.bucket import BucketProps, WebsiteProps
from ossiac_props.identifiers import validate_tags
from ossiac_props.plain_text import text_problem
from ossiac_props.stack import BucketDefaults, StackFileProps, StackProps
from ossiac_props.suggest import did_you_mean

__all__ = ["LoadCrash", "LoadedStack", "load_stack_file", "load_stack_files"]  # LoadCrash: where callers import it


@dataclass(frozen=True)
class LoadedStack:
    config: StackProps
    buckets: list[BucketProps]
    """The stack's buckets as construct props: defaults applied, tags merged, pages read."""
    file: Path
    index: int = 0
    """Where the stack is in its file's `stacks:` list."""
    document: YamlDocument | None = None
    """The file as read, for the line of a key."""

    def where(self, *loc: str | int) -> tuple[str, int | None]:
        """The key path and line of `loc` below this stack."""
        full = ("stacks", self.index, *loc)
        return format_path(full), self.document.line_of(full) if self.document else None


def load_stack_files(files: list[Path], cache: ValidationCache | None = None) -> list[LoadedStack]:
    """`cache`: reuse the validated props of stacks unchanged since they were last valid
    (ossiac/config/validation_cache.py); the rules about a file or the estate as a whole run anyway."""
    if not files:
        raise ConfigError([Problem("", "no stack files given (expected YAML files declaring `stacks:`)")])
    problems: list[Problem] = []
    loaded: list[LoadedStack] = []
    for file in files:
        try:
            loaded += load_stack_file(file, cache)
        except ConfigError as error:
            problems += error.problems
        except Exception as error:  # noqa: BLE001 - a bug: the caller names this file in one line
            raise LoadCrash(file, error) from error
    seen: dict[str, Path] = {}
    for stack in loaded:
        if stack.config.name in seen:
            problems.append(
                problem_at(
                    stack, ("name",), f"stack {stack.config.name!r} is also declared in {seen[stack.config.name]}"
                )
            )
        seen.setdefault(stack.config.name, stack.file)
    if not problems:
        problems += estate_problems(loaded) + region_problems(loaded)
    if problems:
        raise ConfigError(problems)
    if cache is not None:
        cache.prune()
    return loaded


def load_stack_file(file: Path, cache: ValidationCache | None = None) -> list[LoadedStack]:
    document = read_yaml(file)
    # A stack the cache holds stands in the data as its validated model: pydantic takes the instance
    # as is, the text checks and defaults pass over it, and its index (so every key path and line) is kept.
    raw, keys, hits = _cached_stacks(document.data, file, cache)
    text_problems = _text_problems(raw, (), document)
    data = _with_defaults_applied(raw)
    try:
        stack_file = StackFileProps.model_validate(data, strict=True)  # YAML has real types: "yes" or 1 is no bool
    except ValidationError as error:
        raise ConfigError(_one_per_key(text_problems, _problems_from(error, document))) from None
    problems: list[Problem] = []
    stacks = []
    for index, stack in enumerate(stack_file.stacks):
        if index in hits:
            stacks.append(LoadedStack(stack, list(hits[index].buckets), file, index, document))
            continue
        buckets = []
        for bucket_index, bucket in enumerate(stack.buckets):
            loc = ("stacks", index, "buckets", bucket_index)
            website = _website_props(bucket, file, document, loc + ("website",), problems)
            tags = {**stack.tags, **bucket.tags}
            try:
                validate_tags(tags)
            except ValueError as error:
                where = loc + ("tags",)
                problems.append(
                    Problem(
                        format_path(where), f"with the stack's tags merged in: {error}", file, document.line_of(where)
                    )
                )
                continue
            fields = bucket.model_dump(exclude={"website", "tags"}, exclude_unset=True)
            buckets.append(BucketProps(**fields, website=website, tags=tags))
        stacks.append(LoadedStack(stack, buckets, file, index, document))
    problems = _one_per_key(text_problems, problems)
    if problems:
        raise ConfigError(problems)
    if cache is not None:
        for index, loaded in enumerate(stacks):
            if index not in hits:
                cache.put(keys[index], loaded.config, loaded.buckets)
    return stacks


def _cached_stacks(
    data: object, file: Path, cache: ValidationCache | None
) -> tuple[object, list[str], dict[int, CachedStack]]:
    """The data with each cached stack replaced by its StackProps; each stack's key; the hits by index."""
    if cache is None or not isinstance(data, dict) or not isinstance(data.get("stacks"), list):
        return data, [], {}
    hits = {}
    stacks = list(data["stacks"])
    keys = [cache.key(file, raw) for raw in stacks]
    for index, key in enumerate(keys):
        entry = cache.get(key, file)
        if entry is not None:
            hits[index] = entry
            stacks[index] = entry.config
    return ({**data, "stacks": stacks} if hits else data), keys, hits


def _one_per_key(text_problems: list[Problem], others: list[Problem]) -> list[Problem]:
    """Where a text problem names a key (a newline, a credential), it says it better than the rest."""
    said = {p.path for p in text_problems}
    return text_problems + [p for p in others if p.path not in said]


def _with_defaults_applied(data: object) -> object:
    """Copy each stack's valid `defaults` into its buckets, for keys a bucket does not set.

    Invalid defaults are left for validation to report once, at `defaults`, not once per bucket.
    """
    if not isinstance(data, dict) or not isinstance(data.get("stacks"), list):
        return data
    stacks = []
    for stack in data["stacks"]:
        if (
            isinstance(stack, dict)
            and isinstance(stack.get("defaults"), dict)
            and isinstance(stack.get("buckets"), list)
        ):
            try:
                BucketDefaults.model_validate(stack["defaults"], strict=True)
            except ValidationError:
                stacks.append(stack)
                continue
            defaults = {k: v for k, v in stack["defaults"].items() if v is not None}
            buckets = [{**defaults, **b} if isinstance(b, dict) else b for b in stack["buckets"]]
            stack = {**stack, "buckets": buckets}
        stacks.append(stack)
    return {**data, "stacks": stacks}


def _website_props(
    bucket, file: Path, document: YamlDocument, loc: tuple, problems: list[Problem]
) -> WebsiteProps | None:
    website = bucket.website
    if website is None:
        return None
    pages = {}
    for key in ("index_file", "error_file"):
        relative = getattr(website, key)
        if relative is None:
            continue
        where = loc + (key,)
        content, problem = read_page(file, relative)
        if problem:
            problems.append(Problem(format_path(where), problem, file, document.line_of(where)))
        else:
            pages[key.replace("_file", "_content")] = content
    fields = website.model_dump(exclude={"index_file", "error_file"}, exclude_unset=True)
    return WebsiteProps(**{**fields, **pages})


def _problems_from(error: ValidationError, document: YamlDocument) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            allowed = _allowed_keys(StackFileProps, loc[:-1])
            hint = did_you_mean(str(loc[-1]), allowed) if allowed else ""
            message = f"unknown key{hint}; allowed keys here: {', '.join(allowed)}" if allowed else "unknown key"
        elif item["type"] == "missing":
            message = "required key is missing"
        elif item["type"].endswith("_type") and not isinstance(item.get("input"), (dict, list)):
            message += f", not {_kind_of(item.get('input'))}"  # the kind, never the value: it may be a secret
        elif item["type"] == "literal_error" and isinstance(item.get("input"), str):
            choices = re.findall(r"'([^']*)'", str(item.get("ctx", {}).get("expected", "")))
            message += did_you_mean(item["input"], choices)
        problems.append(Problem(format_path(loc), message, document.file, document.line_of(loc)))
    return problems


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if value is None:
        return "an empty value"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"a quoted string of {len(value)} characters (numbers and booleans are written without quotes)"
    return f"a {type(value).__name__}"


def _text_problems(data: object, loc: tuple, document: YamlDocument) -> list[Problem]:
    """Control characters anywhere; whitespace and non-ASCII in names and IDs (props/plain_text.py)."""
    if isinstance(data, dict):
        return [p for key, value in data.items() for p in _text_problems(value, loc + (key,), document)]
    if isinstance(data, list):
        return [p for index, value in enumerate(data) for p in _text_problems(value, loc + (index,), document)]
    if isinstance(data, str):
        key = next((part for part in reversed(loc) if isinstance(part, str)), None)
        if len(loc) >= 2 and loc[-2] == "tags":
            key = None  # a tag's value is free text, whatever the tag is called
        if (problem := text_problem(key, data)) is not None:
            return [Problem(format_path(loc), problem, document.file, document.line_of(loc))]
    return []


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
            assert _is_model(current), f"{loc}: a key where the schema has no model"
            field = current.model_fields.get(part)
            if field is None:
                return []
            current = field.annotation
    current = _model_in(current)
    if current is None:
        return []
    assert _is_model(current), f"{loc}: ends where the schema has no model"
    return sorted(current.model_fields)


def _is_model(annotation: object) -> typing.TypeGuard[type[BaseModel]]:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _model_in(annotation: object) -> object:
    """The annotation itself when it is a model or a list of one; the model inside an Optional."""
    if _is_model(annotation):
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
