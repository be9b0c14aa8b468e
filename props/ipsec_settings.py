"""IKE (phase 1) and IPsec (phase 2) negotiation settings of an IPsec-VPN connection.

Allowed values are the ones the VPN Gateway API (CreateVpnConnection) accepts; the provider
passes them through unchecked. Defaults are the strongest choice the API offers, not its own
defaults (md5, group2), which are weak.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, field_validator

from ossiac_props.base import Props

Encryption = Literal["aes", "aes192", "aes256", "des", "3des"]
Authentication = Literal["md5", "sha1", "sha256", "sha384", "sha512"]
Lifetime = Annotated[int, Field(ge=0, le=86400)]
# Gateway identifiers: up to 100 characters, no spaces (default: the gateway's IP address).
_IDENTIFIER = re.compile(r"^\S{1,100}$")


class IkeSettings(Props):
    version: Literal["ikev1", "ikev2"] = "ikev2"
    """Default: ikev2."""
    mode: Literal["main", "aggressive"] = "main"
    """Negotiation mode (IKEv1). Default: main."""
    encryption: Encryption = "aes256"
    """Default: aes256."""
    authentication: Authentication = "sha256"
    """Default: sha256."""
    dh_group: Literal["group1", "group2", "group5", "group14"] = "group14"
    """Default: group14."""
    lifetime: Lifetime = 86400
    """SA lifetime in seconds, 0..86400. Default: 86400."""
    local_id: str | None = None
    """Identifier of the VPN gateway. Default: its public IP address."""
    remote_id: str | None = None
    """Identifier of the customer gateway. Default: its public IP address."""

    @field_validator("local_id", "remote_id")
    @classmethod
    def _identifier(cls, value: str | None) -> str | None:
        if value is not None and not _IDENTIFIER.match(value):
            raise ValueError("must be 1-100 characters without spaces")
        return value


class IpsecSettings(Props):
    encryption: Encryption = "aes256"
    """Default: aes256."""
    authentication: Authentication = "sha256"
    """Default: sha256."""
    dh_group: Literal["disabled", "group1", "group2", "group5", "group14"] = "group14"
    """PFS group; `disabled` turns perfect forward secrecy off. Default: group14."""
    lifetime: Lifetime = 86400
    """SA lifetime in seconds, 0..86400. Default: 86400."""
