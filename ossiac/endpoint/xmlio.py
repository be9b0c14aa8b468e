"""XML in and out. Requests are parsed with defusedxml: no entity expansion, no external entities,
no DTDs, so a hostile body gets `MalformedXML`, never a billion laughs or a file read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

import defusedxml.ElementTree as safe_etree
from defusedxml import DefusedXmlException

from ossiac.endpoint.errors import malformed_xml

DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def parse(body: bytes, root: str) -> Element:
    """The request body's root element, which must be `root`; anything else is MalformedXML."""
    if not body.strip():
        raise malformed_xml(f"The request body is empty; OSS expects a <{root}> document.")
    try:
        element = safe_etree.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise malformed_xml(
            f"The XML you provided is refused: {type(exc).__name__} (DTDs and entities are not allowed)."
        ) from None
    except (SyntaxError, ValueError) as exc:  # ParseError is a SyntaxError
        raise malformed_xml(f"The XML you provided was not well-formed: {exc}.") from None
    except LookupError as exc:  # <?xml encoding="..."?> names an encoding Python does not know
        raise malformed_xml(f"The XML you provided declares an unknown encoding: {exc}.") from None
    if element.tag != root:
        raise malformed_xml(f"The root element is <{element.tag}>; OSS expects <{root}>.")
    return element


def text(element: Element, path: str, default: str | None = None) -> str | None:
    found = element.find(path)
    if found is None:
        return default
    return (found.text or "").strip()


def texts(element: Element, path: str) -> list[str]:
    return [(found.text or "").strip() for found in element.findall(path)]


# Characters XML 1.0 cannot carry at all, even escaped: written out they would make the whole
# answer unreadable (an object key or a header value may hold them), so each becomes U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: Any) -> str:
    return _NOT_XML.sub("\ufffd", str(value))


def _add(parent: Element, name: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        child = SubElement(parent, name)
        for key, inner in value.items():
            _add(child, key, inner)
    elif isinstance(value, (list, tuple)):
        for item in value:  # a list repeats the element: {"Bucket": [..]} -> <Bucket/><Bucket/>
            _add(parent, name, item)
    elif isinstance(value, bool):
        SubElement(parent, name).text = "true" if value else "false"
    else:
        SubElement(parent, name).text = _text(value)


def document(root: str, content: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> bytes:
    """`<root>` with one child per key (nested mappings nest, lists repeat), as OSS's UTF-8 XML."""
    element = Element(root)
    items = content.items() if isinstance(content, Mapping) else content
    for key, value in items:
        _add(element, key, value)
    return DECLARATION + tostring(element, encoding="unicode").encode("utf-8")
