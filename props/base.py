"""The base of every props model, and the "declared twice" rule.

Props are the layer below the constructs: pydantic models and their validators, free of cdktf,
so validating a stack file never loads the jsii bindings. The YAML schema is these models.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict


class Props(BaseModel):
    """Immutable, unknown keys refused: a typo must never be silently dropped. Attribute docstrings
    become the descriptions of the published JSON Schema (`ossiac schema`)."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True, use_attribute_docstrings=True)


def declared_twice(key: str, names: Iterable[str]) -> list[str]:
    """One problem per name that appears more than once under `key`."""
    names = list(names)
    return [f"{key}: {name!r} is declared twice" for name in sorted({n for n in names if names.count(n) > 1})]


def raise_problems(problems: list[str]) -> None:
    """Validators report every problem they found at once, as one ValueError."""
    if problems:
        raise ValueError("; ".join(problems))


def raise_problem(problem: str | None) -> None:
    """A single rule's finding (None: it holds), reported as raise_problems reports a list."""
    raise_problems([problem] if problem else [])
