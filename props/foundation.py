"""What every region a stack uses needs before its buckets: a provider, a KMS key and a log bucket."""

from __future__ import annotations

from pydantic import Field

from ossiac_props.base import Props


class RegionalFoundationProps(Props):
    region: str
    alias: str | None = None
    """Provider alias for a region other than the stack's. Default: the stack's default provider."""
    kms_key_id: str | None = None
    """An existing KMS key for SSE-KMS. Default: a key managed here (rotation on)."""
    kms_alias: str
    """Alias of the managed key, e.g. alias/ossiac-media."""
    log_bucket: str
    """Name of the access-log bucket created here."""
    log_bucket_existing: bool = False
    """The log bucket exists already and is not managed here."""
    log_retention_days: int = Field(default=365, ge=1)
    """Access logs expire after this many days. Default: 365."""
    tags: dict[str, str] = {}
    """Default: none."""
    allow_destroy: str | None = None
    """Why the log bucket may be destroyed. Default: unset (protected)."""
