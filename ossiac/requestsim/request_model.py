"""What is asked (one browser request) and what each check answers."""

from __future__ import annotations

from dataclasses import dataclass

from ossiac.authz.model import Credentials, Finding as CheckResult, Outcome
from ossiac.requestsim.errors import SimulationInputError

__all__ = ["CheckResult", "Credentials", "Outcome", "SimulatedRequest", "make_request"]

READ_METHODS = ("GET", "HEAD")
WRITE_METHODS = ("PUT", "POST", "DELETE")
REQUEST_METHODS = READ_METHODS + WRITE_METHODS
PREFLIGHT_METHOD = "OPTIONS"


@dataclass(frozen=True)
class SimulatedRequest:
    method: str
    key: str
    credentials: Credentials
    referer: str | None
    origin: str | None
    preflight_method: str | None = None
    preflight_headers: tuple[str, ...] = ()

    @property
    def preflight(self) -> bool:
        return self.method == PREFLIGHT_METHOD

    @property
    def writes(self) -> bool:
        return self.method in WRITE_METHODS

    @property
    def referer_is_empty(self) -> bool:
        # A missing Referer header and an empty one are the same to OSS.
        return not self.referer


def make_request(
    *,
    method: str | None,
    key: str,
    credentials: Credentials,
    referer: str | None,
    origin: str | None,
    preflight: bool = False,
    preflight_method: str | None = None,
    preflight_headers: tuple[str, ...] = (),
) -> SimulatedRequest:
    """A validated request; bad values raise SimulationInputError naming what is allowed."""
    if not key:
        raise SimulationInputError("--key must name an object, e.g. --key images/logo.png")
    if preflight:
        if method is not None and method.upper() != PREFLIGHT_METHOD:
            raise SimulationInputError(
                f"--method {method} contradicts --preflight: a preflight is always {PREFLIGHT_METHOD}; drop --method or set it to {PREFLIGHT_METHOD}"
            )
        if not origin:
            raise SimulationInputError(
                "--preflight needs --origin: browsers always send Origin on a preflight and OSS requires it"
            )
        if not preflight_method:
            raise SimulationInputError(
                f"--preflight needs --request-method (the method of the real request); allowed: {', '.join(REQUEST_METHODS)}"
            )
        wanted = preflight_method.upper()
        if wanted not in REQUEST_METHODS:
            raise SimulationInputError(
                f"--request-method {preflight_method!r} is not allowed; allowed: {', '.join(REQUEST_METHODS)}"
            )
        headers = tuple(header.strip() for header in preflight_headers if header.strip())
        return SimulatedRequest(PREFLIGHT_METHOD, key, credentials, referer, origin, wanted, headers)
    if preflight_method or preflight_headers:
        raise SimulationInputError("--request-method and --request-headers describe a preflight; add --preflight")
    if method is None:
        raise SimulationInputError(
            f"--method is required unless --preflight is given; allowed: {', '.join(REQUEST_METHODS)}"
        )
    if method.upper() == PREFLIGHT_METHOD:
        raise SimulationInputError(
            f"--method {PREFLIGHT_METHOD}: use --preflight --request-method M [--request-headers h1,h2] to simulate a preflight"
        )
    if method.upper() not in REQUEST_METHODS:
        raise SimulationInputError(
            f"--method {method!r} is not allowed; allowed: {', '.join(REQUEST_METHODS)} (or --preflight)"
        )
    return SimulatedRequest(method.upper(), key, credentials, referer, origin)
