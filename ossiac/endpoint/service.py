"""The service: ListBuckets (GetService)."""

from __future__ import annotations

from werkzeug.wrappers import Response

from ossiac.endpoint.app import Call, Route, xml_response
from ossiac.endpoint.bucket_info import summary
from ossiac.endpoint.errors import invalid_argument
from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.identity import ACCOUNT_ID


def list_buckets(call: Call) -> Response:
    prefix = call.query("prefix") or ""
    marker = call.query("marker") or ""
    text = call.query("max-keys") or "100"
    if not text.isdigit() or not 1 <= int(text) <= 1000:
        raise invalid_argument("max-keys must be a number from 1 to 1000.", name="max-keys", value=text)
    limit = int(text)
    names = [r["id"] for r in call.store.list(buckets.TYPE)]
    chosen = [n for n in names if n.startswith(prefix) and n > marker]
    page, truncated = chosen[:limit], len(chosen) > limit
    content: dict = {"Owner": {"ID": ACCOUNT_ID, "DisplayName": ACCOUNT_ID}}
    if prefix:
        content["Prefix"] = prefix
    if marker:
        content["Marker"] = marker
    if "max-keys" in call.request.args:
        content["MaxKeys"] = limit
    if truncated:
        content.update({"IsTruncated": True, "NextMarker": page[-1]})
    records = {r["id"]: r for r in call.store.list(buckets.TYPE)} if page else {}
    content["Buckets"] = {"Bucket": [summary(records[name]) for name in page]}
    return xml_response("ListAllMyBucketsResult", content)


ROUTES = {("service", "GET", None): Route("oss:ListBuckets", list_buckets, needs_bucket=False)}
