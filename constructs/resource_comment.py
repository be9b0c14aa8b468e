"""Notes a resource carries in its `//` comment property, which Terraform ignores.

The constructs write them; `ossiac scan` and `ossiac diff` read them back from cdk.tf.json, so
writer and readers share the key names defined here.

- `ossiac_waivers: {check_id: reason}`: a scanner finding accepted for this resource, with why.
- `ossiac_allow_destroy: reason`: the destroy guard lets this resource be destroyed or replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # readers (the destroy guard in the venv's terraform) must not start jsii
    from ossiac.cdk import TerraformResource

COMMENT = "//"
WAIVERS_KEY = "ossiac_waivers"
ALLOW_DESTROY_KEY = "ossiac_allow_destroy"


def waive(resource: TerraformResource, check_id: str, reason: str) -> None:
    resource.add_override(f"{COMMENT}.{WAIVERS_KEY}.{check_id}", reason)


def allow_destroy(resource: TerraformResource, reason: str) -> None:
    resource.add_override(f"{COMMENT}.{ALLOW_DESTROY_KEY}", reason)
