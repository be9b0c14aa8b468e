"""The contract every resource adapter keeps, so the provider's handlers call any of them alike.

An adapter maps one resource type onto the local cloud's records. States are the resource's
attributes as plain dicts (cty values decoded); planned values may still hold cty.UNKNOWN.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ossiac.localprovider.context import Cloud
from ossiac.localprovider.schema import Kind

State = dict[str, Any]


class ResourceAdapter(Protocol):
    def create(self, planned: State) -> State:
        """Make the object; return its state with every computed attribute known."""
        ...

    def update(self, prior: State, planned: State) -> State:
        """Change the object in place; return its new state."""
        ...

    def read(self, state: State) -> State | None:
        """The object as the cloud has it now, or None when it is gone (Terraform then plans a create)."""
        ...

    def delete(self, prior: State) -> None: ...

    def import_state(self, rid: str) -> State:
        """The state of an existing object, by the ID `terraform import` was given; CloudError when none."""
        ...


# How the registry makes an adapter for one resource type.
AdapterFactory = Callable[[Kind, Cloud], ResourceAdapter]
