"""An OSS event sync trigger: new objects in a source bucket are forwarded to an HTTPS endpoint."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from ossiac_props.access_scope import prefix_problems
from ossiac_props.base import Props, raise_problems
from ossiac_props.bucket_names import validate_bucket_name
from ossiac_props.identifiers import validate_variable_name

FUNCTION_NAME = re.compile(r"^[a-z][a-z0-9-]{0,48}[a-z0-9]\Z")  # also names the roles: <name>-fn, <name>-oss-invoke


class OssSyncTriggerProps(Props):
    name: str
    """Function name; the roles and secret are named after it."""
    source_bucket: str
    """The bucket whose new objects are synced."""
    record_bucket: str
    """Where success and failure markers go; never the source bucket."""
    record_prefix: str = "sync-records/"
    """Markers go under it; the function may write nowhere else. Default: sync-records/."""
    endpoint: str
    """HTTPS URL the function POSTs each object's bucket, key, ETag and size to."""
    key_prefix: str = ""
    """Only objects whose key starts with this. Default: every object."""
    key_suffix: str = ""
    """Only objects whose key ends with this. Default: every object."""
    timeout: int = Field(default=60, ge=1, le=600)
    """Seconds, 1..600. Default: 60."""
    memory_size: int = Field(default=128, ge=128, le=32768)
    """MB, 128..32768. Default: 128."""
    credential_variable: str | None = None
    """Sensitive variable with the endpoint's credential (stored as a KMS secret). Default: none."""

    _buckets = field_validator("source_bucket", "record_bucket")(lambda cls, v: validate_bucket_name(v))
    _credential = field_validator("credential_variable")(lambda cls, v: validate_variable_name(v))

    @field_validator("name")
    @classmethod
    def _name(cls, name: str) -> str:
        if not FUNCTION_NAME.match(name):
            raise ValueError(f"{name!r} is not 2-50 lowercase letters, digits and hyphens, starting with a letter")
        return name

    @field_validator("endpoint")
    @classmethod
    def _endpoint(cls, endpoint: str) -> str:
        if not re.match(r"^https://[^\s/]+(/\S*)?$", endpoint):
            raise ValueError(f"{endpoint!r} is not an https:// URL (object keys must not travel in clear text)")
        return endpoint

    @field_validator("record_prefix")
    @classmethod
    def _prefix(cls, prefix: str) -> str:
        if not prefix:
            raise ValueError("must not be empty: the function may write only under this prefix")
        raise_problems(prefix_problems(prefix))
        return prefix


def sync_trigger_problems(props: OssSyncTriggerProps) -> list[str]:
    """Checked where the stack is whole (NetworkProps), so other problems are reported with it."""
    if props.source_bucket == props.record_bucket:
        return [
            f"record_bucket: must not be the source bucket {props.source_bucket!r} (each marker would trigger the function again)"
        ]
    return []
