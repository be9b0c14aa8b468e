"""Hotlink protection: does the request's Referer pass the bucket's blacklist and whitelist?

OSS's documented order: an empty Referer is decided by AllowEmptyReferer alone (and is let through
anyway when the whitelist is empty); a non-empty Referer is refused when it matches the blacklist,
otherwise it must match the whitelist, and an empty whitelist checks nothing.
"""

from __future__ import annotations

from ossiac.authz.model import AccessRequest, Credentials, Finding, Outcome, RefererConfig
from ossiac_props.wildcard import wildcard_match


def check_referer(config: RefererConfig | None, request: AccessRequest) -> Finding:
    if request.credentials is Credentials.AUTHORIZATION_HEADER:
        # OSS only checks the Referer of anonymous requests and signed URLs.
        return Finding(
            "referer",
            Outcome.SKIP,
            "requests carrying an Authorization header are never checked against the Referer lists",
        )
    if config is None:
        return Finding("referer", Outcome.SKIP, "no hotlink protection (referer) configured")
    if not request.referer:  # a missing Referer header and an empty one are the same to OSS
        return _empty_referer(config)
    compared = comparable_referer(request.referer or "", config)
    shown = f"Referer {request.referer!r}" + (f" (compared as {compared!r})" if compared != request.referer else "")
    blacklisted = _first_match(config.blacklist, compared)
    if blacklisted is not None:
        return Finding(
            "referer-blacklist",
            Outcome.FAIL,
            f"{shown} matches blacklist entry {blacklisted!r} ({config.source}); the blacklist wins over the whitelist",
        )
    if not config.whitelist:
        return Finding(
            "referer", Outcome.PASS, f"{shown} is not blacklisted and the whitelist is empty, which checks nothing"
        )
    allowed = _first_match(config.whitelist, compared)
    if allowed is not None:
        return Finding("referer", Outcome.PASS, f"{shown} matches whitelist entry {allowed!r}")
    detail = f"{shown} matches no whitelist entry {list(config.whitelist)} ({config.source})"
    hints = whitelist_hints(config, request.referer or "", compared)
    return Finding("referer-whitelist", Outcome.FAIL, detail + "".join(f"; {hint}" for hint in hints))


def comparable_referer(referer: str, config: RefererConfig) -> str:
    """The part of the Referer OSS compares with the lists, after the truncate options."""
    if config.truncate_path:
        # TruncatePath drops the path and everything after it: scheme://host[:port] remains.
        scheme, separator, rest = referer.partition("://")
        if not separator:
            scheme, rest = "", referer
        host = rest
        for stop in "/?#":
            host = host.split(stop, 1)[0]
        return f"{scheme}{separator}{host}"
    if config.truncate_query_string:
        return referer.split("?", 1)[0]
    return referer


def _empty_referer(config: RefererConfig) -> Finding:
    if config.allow_empty:
        return Finding("referer", Outcome.PASS, "empty Referer, and the configuration allows an empty Referer")
    if not config.whitelist:
        return Finding(
            "referer",
            Outcome.PASS,
            "empty Referer is not allowed, but the whitelist is empty and an empty whitelist checks nothing",
        )
    return Finding(
        "referer-empty",
        Outcome.FAIL,
        f"no Referer (typed URL, app, or a page with Referrer-Policy no-referrer) and allow-empty is false ({config.source})",
    )


def _first_match(entries: tuple[str, ...], referer: str) -> str | None:
    # An entry must match the whole compared Referer, scheme included; `*` and `?` are wildcards.
    # Case is ignored (host names are case-insensitive; OSS documents nothing either way).
    for entry in entries:
        if wildcard_match(entry, referer, ignore_case=True):
            return entry
    return None


def whitelist_hints(config: RefererConfig, referer: str, compared: str) -> list[str]:
    """Why a Referer that looks right missed: the two mistakes that cost OSS users the most time."""
    hints = []
    _, has_scheme, without_scheme = compared.partition("://")
    if has_scheme and _first_match(
        tuple(e for e in config.whitelist if "://" not in e and not e.startswith("*")), without_scheme
    ):
        hints.append(
            "an entry without a scheme never matches a browser Referer, which always starts with http:// or https://; write https://host or *host"
        )
    other_scheme = {"http": "https", "https": "http"}.get(compared.partition("://")[0].lower())
    if has_scheme and other_scheme and _first_match(config.whitelist, f"{other_scheme}://{without_scheme}"):
        hints.append(
            f"an entry matches the same address over {other_scheme}://; list both schemes or start the entry with *"
        )
    if not config.truncate_path:
        origin_only = comparable_referer(
            referer, RefererConfig(config.allow_empty, config.whitelist, (), True, True, config.source)
        )
        if origin_only != compared and _first_match(config.whitelist, origin_only):
            hints.append(
                "an entry matches the Referer's origin but not its path; end it with /* or set truncate_path = true"
            )
    return hints
