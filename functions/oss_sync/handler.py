"""OSS event sync: forward each new object's key to a sync endpoint and record the outcome.

Runs in Function Compute (Python 3.10), triggered by OSS `oss:ObjectCreated:*` events on the
source bucket. For each object it POSTs {bucket, key, etag, size, region} to SYNC_ENDPOINT and
writes a marker object to the separate record bucket:

    <RECORD_PREFIX>succeeded/<bucket>/<key>.json
    <RECORD_PREFIX>failed/<bucket>/<key>.json

Failures are recorded, not raised: a raised error would make Function Compute retry the whole
event, so a broken endpoint would multiply calls; the failed/ prefix is the list to replay.
Events that do not finish an object (InitiateMultipartUpload, UploadPart, UploadPartCopy also
match `oss:ObjectCreated:*`) are skipped. The endpoint credential, if any, is read at run time
from a KMS secret, never from an environment variable.

`sync` holds the logic and takes its I/O as functions, so tests run it with fakes.
"""

from __future__ import annotations

import hashlib
import json
import os
import urllib.error
import urllib.request

NOT_FINISHED = ("InitiateMultipartUpload", "UploadPart", "UploadPartCopy")
MAX_KEY_BYTES = 1023  # OSS object keys are at most 1023 bytes


def sync(event: dict, config: dict, put_marker, post, token: str | None = None) -> dict:
    """Forward every finished object of `event`; returns counts of succeeded, failed and skipped."""
    counts = {"succeeded": 0, "failed": 0, "skipped": 0}
    for record in event.get("events", []):
        name = record.get("eventName", "")
        if name.rsplit(":", 1)[-1] in NOT_FINISHED:
            counts["skipped"] += 1
            continue
        bucket = record["oss"]["bucket"]["name"]
        obj = record["oss"]["object"]
        item = {
            "bucket": bucket,
            "key": obj["key"],
            "etag": obj.get("eTag"),
            "size": obj.get("size"),
            "region": record.get("region"),
        }
        try:
            status = post(config["endpoint"], item, token)
            outcome, detail = ("succeeded", f"HTTP {status}") if 200 <= status < 300 else ("failed", f"HTTP {status}")
        except OSError as error:  # URLError, timeouts and connection errors are all OSErrors
            outcome, detail = "failed", f"{type(error).__name__}: {error}"
        marker = {**item, "event": name, "event_time": record.get("eventTime"), "outcome": outcome, "detail": detail}
        put_marker(marker_key(config["record_prefix"], outcome, bucket, obj["key"]), json.dumps(marker, sort_keys=True))
        counts[outcome] += 1
    return counts


def marker_key(prefix: str, outcome: str, bucket: str, key: str) -> str:
    marker = f"{prefix}{outcome}/{bucket}/{key}.json"
    if len(marker.encode()) > MAX_KEY_BYTES:  # keep within the limit; the full key is in the body
        marker = f"{prefix}{outcome}/{bucket}/sha256-{hashlib.sha256(key.encode()).hexdigest()}.json"
    return marker


def post_json(url: str, item: dict, token: str | None, timeout: float = 10.0) -> int:
    """POST `item` as JSON; the HTTP status (error statuses included), or an OSError."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=json.dumps(item).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def config_from(environ) -> dict:
    return {
        "endpoint": environ["SYNC_ENDPOINT"],
        "record_bucket": environ["RECORD_BUCKET"],
        "record_prefix": environ["RECORD_PREFIX"],
        "oss_endpoint": environ["OSS_ENDPOINT"],
        "secret_name": environ.get("SYNC_SECRET_NAME") or None,
        "region": environ["SYNC_REGION"],
    }


def handler(event, context):  # pragma: no cover - needs Function Compute and its SDKs
    import oss2  # provided by the Function Compute Python runtime

    config = config_from(os.environ)
    creds = context.credentials  # the function role's STS credentials
    auth = oss2.StsAuth(creds.access_key_id, creds.access_key_secret, creds.security_token)
    records = oss2.Bucket(auth, config["oss_endpoint"], config["record_bucket"])
    token = _secret(creds, config) if config["secret_name"] else None
    counts = sync(json.loads(event), config, lambda key, body: records.put_object(key, body), post_json, token)
    print(json.dumps(counts))  # counts only: never keys' contents or the credential
    return counts


def _secret(creds, config) -> str:  # pragma: no cover - needs KMS
    from aliyunsdkcore.auth.credentials import StsTokenCredential
    from aliyunsdkcore.client import AcsClient
    from aliyunsdkcore.request import CommonRequest

    client = AcsClient(
        region_id=config["region"],
        credential=StsTokenCredential(creds.access_key_id, creds.access_key_secret, creds.security_token),
    )
    request = CommonRequest(
        domain=f"kms.{config['region']}.aliyuncs.com", version="2016-01-20", action_name="GetSecretValue"
    )
    request.set_protocol_type("https")
    request.add_query_param("SecretName", config["secret_name"])
    return json.loads(client.do_action_with_exception(request))["SecretData"]
