"""Semantic checks the real APIs make, one module per service family.

Each module may define
  validate(kind, config) -> list[CloudError]    at plan time; `config` may hold unknowns, skip them
  before_write(cloud, type_name, state)          at apply time, before the cloud stores `state`;
                                                  raises CloudError (e.g. a referenced key is missing)
`enums` is driven by the facts file (enum, length, range) for every type; the others are hand-written
for the rules the facts cannot express.
"""

from __future__ import annotations

from ossiac.localprovider.checks import enums, kms, oss, ram, vpc

MODULES = [enums, oss, kms, ram, vpc]


def validate(kind, config: dict) -> list:
    errors = []
    for module in MODULES:
        if hasattr(module, "validate"):
            errors.extend(module.validate(kind, config))
    return errors


def before_write(cloud, type_name: str, state: dict) -> None:
    for module in MODULES:
        if hasattr(module, "before_write"):
            module.before_write(cloud, type_name, state)
