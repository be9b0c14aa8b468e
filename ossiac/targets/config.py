"""`targets.yaml`: what the `alicloud` target needs (region, credentials profile, remote state).

Looked up at $OSSIAC_TARGETS_FILE, else `targets.yaml` in the checkout. Only the `alicloud`
target reads it; `local` needs no configuration. Example:

    alicloud:
      region: cn-hangzhou
      profile: default            # optional; else the ALICLOUD_* / ALIBABA_CLOUD_* variables
      state:                      # OSS backend, locked with TableStore
        bucket: my-terraform-state
        prefix: ossiac
        region: cn-hangzhou
        tablestore_endpoint: https://my-lock.cn-hangzhou.ots.aliyuncs.com
        tablestore_table: terraform_lock
        encrypt: true
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ossiac import settings
from ossiac.config.problems import ConfigError
from ossiac.config.yaml_source import read_yaml
from ossiac.localcloud.location import PROJECT_ROOT
from ossiac.targets.selection import TargetError
from ossiac_props.bucket_names import validate_bucket_name
from ossiac_props.identifiers import validate_region

FILE_ENV = "OSSIAC_TARGETS_FILE"


class RemoteState(BaseModel):
    model_config = ConfigDict(extra="forbid")
    bucket: str
    prefix: str = "ossiac"
    region: str
    tablestore_endpoint: str = Field(pattern=r"^https?://")
    tablestore_table: str = Field(min_length=1)
    encrypt: bool = True

    _bucket = field_validator("bucket")(lambda cls, v: validate_bucket_name(v))
    _region = field_validator("region")(lambda cls, v: validate_region(v))


class AlicloudTarget(BaseModel):
    model_config = ConfigDict(extra="forbid")
    region: str
    profile: str | None = None
    state: RemoteState

    _region = field_validator("region")(lambda cls, v: validate_region(v))


def targets_file() -> Path:
    return Path(settings.value(FILE_ENV) or PROJECT_ROOT / "targets.yaml")


def load_alicloud() -> AlicloudTarget:
    path = targets_file()
    if not path.is_file():
        raise TargetError(
            f"the alicloud target needs {path} (or ${FILE_ENV}) with an `alicloud:` section naming "
            "region and state.bucket/prefix/region/tablestore_endpoint/tablestore_table; "
            "see ossiac/targets/config.py for an example"
        )
    try:
        doc = read_yaml(path).data  # the one YAML reader: duplicate keys and alias bombs refused
    except ConfigError as error:
        raise TargetError("; ".join(str(problem) for problem in error.problems)) from None
    section = doc.get("alicloud") if isinstance(doc, dict) else None
    if not isinstance(section, dict):
        raise TargetError(f"{path}: no `alicloud:` section")
    try:
        return AlicloudTarget.model_validate(section)
    except ValidationError as exc:
        problems = "; ".join(f"alicloud.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise TargetError(f"{path}: {problems}") from None
