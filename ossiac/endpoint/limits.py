"""The endpoint's caps on what one request may carry, and the settings that change them.

Defaults follow OSS's documented limits where they fit a laptop: 8 KiB of headers, 1 MiB of XML
for a setting, 5 GiB for one PUT or part (OSS's own single-upload maximum).
"""

from __future__ import annotations

from dataclasses import dataclass

from werkzeug.wrappers import Request

from ossiac import settings
from ossiac.endpoint.errors import OssError

ENV_MAX_HEADER_BYTES = "OSSIAC_ENDPOINT_MAX_HEADER_BYTES"
ENV_MAX_XML_BYTES = "OSSIAC_ENDPOINT_MAX_XML_BYTES"
ENV_MAX_OBJECT_BYTES = "OSSIAC_ENDPOINT_MAX_OBJECT_BYTES"


def _env_int(name: str, default: int) -> int:
    text = (settings.value(name) or "").strip()
    if not text:
        return default
    if not text.isdigit() or int(text) < 1:
        raise SystemExit(f"{name}={text!r}: expected a positive number of bytes")
    return int(text)


def _default_int(name: str) -> int:
    text = settings.default(name)
    if text is None:
        raise LookupError(f"ossiac/settings.py gives {name} no default; the endpoint's limits need one")
    return int(text)


@dataclass(frozen=True)
class Limits:
    # the defaults are the settings registry's (ossiac/settings.py), written there once
    max_header_bytes: int = _default_int(ENV_MAX_HEADER_BYTES)
    max_xml_bytes: int = _default_int(ENV_MAX_XML_BYTES)
    max_object_bytes: int = _default_int(ENV_MAX_OBJECT_BYTES)

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            _env_int(ENV_MAX_HEADER_BYTES, cls.max_header_bytes),
            _env_int(ENV_MAX_XML_BYTES, cls.max_xml_bytes),
            _env_int(ENV_MAX_OBJECT_BYTES, cls.max_object_bytes),
        )

    def check_headers(self, request: Request) -> None:
        """The headers' size as sent ("Name: value" and CRLF each), counted from the WSGI environ
        (HTTP_NAME, CONTENT_TYPE, CONTENT_LENGTH) without building werkzeug's header view."""
        size = 0
        for key, value in request.environ.items():
            if key.startswith("HTTP_"):
                size += len(key) - 5 + len(value) + 4
            elif key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                size += len(key) + len(value) + 4
        if size > self.max_header_bytes:
            raise headers_too_large(size, self.max_header_bytes)


def headers_too_large(size: int | None, cap: int) -> OssError:
    """Headers over the cap. OSS documents a cap only for user metadata (8 KB of x-oss-meta-*) and no
    code for the request's headers as a whole: InvalidArgument, naming the headers, is the nearest.
    `size` is None when waitress refused the request before we could count (far over the cap)."""
    told = (
        f"are {size} bytes; at most {cap} bytes are allowed"
        if size is not None
        else f"are far over the {cap} bytes allowed"
    )
    return OssError(
        400,
        "InvalidArgument",
        f"The request's headers {told}.",
        extra={"ArgumentName": "headers", "ArgumentValue": str(size) if size is not None else "too large"},
    )
