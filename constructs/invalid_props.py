"""The one error a construct raises for bad props: every problem, each with its path."""

from __future__ import annotations

from collections.abc import Sequence


class InvalidPropsError(ValueError):
    def __init__(self, construct: str, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__(f"invalid props for {construct}:\n" + "\n".join(f"  - {p}" for p in self.problems))
