"""Errors the local cloud returns, shaped like the real services' errors (code + message)."""

from __future__ import annotations


class CloudError(Exception):
    """An API error: `code` is the service's error code (e.g. `InvalidBucketName`, `NoSuchBucket`).

    `attribute` optionally names the argument at fault (a path such as ("cors_rule",)) so the
    provider can attach the diagnostic to it.
    """

    def __init__(self, code: str, message: str, *, attribute: tuple = (), status: int = 400) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.attribute = attribute
        self.status = status
