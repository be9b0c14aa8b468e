"""A bucket's sub-resources (acl, cors, referer, website, lifecycle, encryption, versioning,
logging, policy, publicAccessBlock, tagging): XML in and out of the bucket record's settings."""

from __future__ import annotations

from ossiac.endpoint.app import Route, RouteKey

ROUTES: dict[RouteKey, Route] = {}
