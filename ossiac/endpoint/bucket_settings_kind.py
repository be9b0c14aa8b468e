"""What a bucket sub-resource is to the endpoint: one row of the table `bucket_settings.py` serves.

Each sub-resource (`?cors`, `?lifecycle`, ...) is a pair of small functions over the bucket record:
`show` turns the stored setting into OSS's XML content, `apply` turns a parsed request into the
stored shape (the shape the stand-in Terraform provider writes, see `ossiac/localcloud/slices.py`),
so Terraform and the API read and write the same thing. The helpers below read typed values from
an XML request and refuse bad ones with OSS's codes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from ossiac.endpoint import xmlio
from ossiac.endpoint.errors import OssError, invalid_argument, malformed_xml

if TYPE_CHECKING:
    from ossiac.endpoint.app import Call


@dataclass(frozen=True)
class SubResource:
    query: str  # the query key: ?cors
    operation: str  # oss:Put<operation>, oss:Get<...>, oss:Delete<...>
    root: str  # the XML document's root element
    show: Callable[[dict], Any]  # record -> content; None: not configured
    apply: Callable[[Any, dict, Call], None]  # parsed request -> record (validate first)
    parse: Callable[[bytes, Call], Any] | None = None  # default: the body as the `root` document
    remove: Callable[[dict, Call], None] | None = None  # DELETE; None: OSS has no Delete for it
    unset: Callable[[str], OssError] | None = None  # GET when show() is None
    json: bool = False  # the body is JSON text (bucket policy)


def not_configured(code: str, what: str, ec: str = "") -> Callable[[str], OssError]:
    """The 404 OSS answers to Get<operation> on a bucket without that setting."""

    def error(bucket: str) -> OssError:
        return OssError(404, code, f"The bucket has no {what} configured.", ec=ec, extra={"BucketName": bucket})

    return error


def required(element: Element, path: str) -> str:
    value = xmlio.text(element, path)
    if value is None:
        raise malformed_xml(f"<{element.tag}> needs a <{path}> element.")
    return value


def choice(value: str, allowed: tuple[str, ...], name: str, *, ec: str = "") -> str:
    if value not in allowed:
        error = invalid_argument(
            f"{name} {value!r} is not valid; OSS takes one of: {', '.join(allowed)}.", name=name, value=value
        )
        error.ec = ec
        raise error
    return value


def boolean(element: Element, path: str, default: bool | None = None) -> bool | None:
    value = xmlio.text(element, path)
    if value is None:
        return default
    if value.lower() not in ("true", "false"):
        raise malformed_xml(f"<{path}> must be true or false, not {value!r}.")
    return value.lower() == "true"


def integer(element: Element, path: str, *, minimum: int = 0, maximum: int | None = None) -> int | None:
    value = xmlio.text(element, path)
    if value is None:
        return None
    if not value.lstrip("-").isdigit():
        raise malformed_xml(f"<{path}> must be a whole number, not {value!r}.")
    number = int(value)
    if number < minimum or (maximum is not None and number > maximum):
        bounds = f"{minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
        raise invalid_argument(f"<{path}> {number} is out of range ({bounds}).", name=path, value=value)
    return number


def non_empty(values: list) -> list | None:
    """Lists the user left out are stored as null, as Terraform stores an omitted argument."""
    return list(values) or None


def store_setting(key: str) -> Callable[[Any, dict, Call], None]:
    """`apply` for a parser that already returns the stored shape of settings[key]."""

    def apply(value: Any, record: dict, _call: Call) -> None:
        record["settings"][key] = value

    return apply


def clear_setting(key: str) -> Callable[[dict, Call], None]:
    """`remove` that leaves settings[key] unset, as deleting its split resource does."""

    def remove(record: dict, _call: Call) -> None:
        record["settings"][key] = None

    return remove
