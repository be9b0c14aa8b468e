"""A sample app server for browser direct uploads to OSS: it never hands out a long-lived key.

For each upload the page asks `GET /signature?name=<file name>`; the server assumes the upload role
through STS (the official `alibabacloud_sts20150401` client), with a session policy that narrows it
to the role's prefix, and signs a PostObject policy (V4: `OSS4-HMAC-SHA256`) with the temporary
credentials: the bucket, keys starting with the prefix, a size range, and the signature's own
version, credential, date and security token, as OSS requires of a V4 form policy. The page then
POSTs the form (the signed fields, `key`, the file last) straight to the bucket; OSS checks the
policy, the signature and then the role's policies, and the bucket's CORS rules decide whether the
page's script may send it and read the answer.

It also serves the page itself at `/` (the same `index.html`), which is handy to try it and shows
what a page on an origin the bucket's CORS rules do not list gets: the browser refuses the upload.

Run it against the local cloud (`ossiac localcloud serve`) with the account's key, which is what
the local cloud has (it models no RAM users' keys):

    eval "$(ossiac localcloud credentials)"
    python examples/upload_app/server.py --endpoint http://127.0.0.1:9000 \\
        --role-arn acs:ram::1000000000000001:role/<upload role> --bucket <upload bucket> --prefix uploads/

Standard library only, besides the STS client.
"""

from __future__ import annotations

import argparse
import base64
import datetime
import hashlib
import hmac
import json
import os
import sys
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

PAGE = Path(__file__).with_name("index.html")
V4 = "OSS4-HMAC-SHA256"
MAX_EXPIRES = 3600
STS_MIN_DURATION = 900


@dataclass(frozen=True)
class Settings:
    endpoint: str  # the OSS endpoint, e.g. http://127.0.0.1:9000 or https://oss-cn-hangzhou.aliyuncs.com
    sts_endpoint: str  # host[:port] of STS, e.g. 127.0.0.1:9000 or sts.cn-hangzhou.aliyuncs.com
    region: str
    bucket: str
    prefix: str
    role_arn: str
    upload_url: str  # where the page POSTs the form: the bucket's own host
    max_bytes: int
    access_key_id: str
    access_key_secret: str


def bucket_url(endpoint: str, bucket: str) -> str:
    """The bucket's virtual-hosted URL: <bucket>.localhost:<port> for a local endpoint (browsers
    resolve *.localhost to loopback), else <bucket>.<endpoint host>."""
    parts = urlsplit(endpoint)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    if host in ("127.0.0.1", "localhost", "::1"):
        return f"{parts.scheme}://{bucket}.localhost{port}"
    return f"{parts.scheme}://{bucket}.{host}{port}"


def assume_role(settings: Settings, session_seconds: int) -> dict[str, str]:
    """Temporary credentials for the upload role, narrowed to the prefix by a session policy."""
    from alibabacloud_sts20150401 import models as sts_models
    from alibabacloud_sts20150401.client import Client
    from alibabacloud_tea_openapi import models as openapi

    scheme = urlsplit(settings.endpoint).scheme if "://" in settings.endpoint else "https"
    client = Client(
        openapi.Config(
            access_key_id=settings.access_key_id,
            access_key_secret=settings.access_key_secret,
            endpoint=settings.sts_endpoint,
            protocol=scheme,
            region_id=settings.region,
        )
    )
    session_policy = {
        "Version": "1",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["oss:PutObject"],
                "Resource": [f"acs:oss:*:*:{settings.bucket}/{settings.prefix}*"],
            }
        ],
    }
    answer = client.assume_role(
        sts_models.AssumeRoleRequest(
            role_arn=settings.role_arn,
            role_session_name="upload-app",
            duration_seconds=session_seconds,
            policy=json.dumps(session_policy),
        )
    )
    credentials = answer.body.credentials
    return {
        "access_key_id": credentials.access_key_id,
        "access_key_secret": credentials.access_key_secret,
        "security_token": credentials.security_token,
    }


def v4_signature(secret: str, day: str, region: str, policy: str) -> str:
    """OSS's V4 form signature: hex HMAC-SHA256 of the base64 policy with the V4 signing key."""
    key = ("aliyun_v4" + secret).encode()
    for part in (day, region, "oss", "aliyun_v4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, policy.encode(), hashlib.sha256).hexdigest()


def sign_upload(settings: Settings, expires_in: int) -> dict:
    """The form fields a page needs to upload one file under the prefix within `expires_in` seconds."""
    credentials = assume_role(settings, max(STS_MIN_DURATION, expires_in))
    now = datetime.datetime.now(datetime.UTC)
    day, when = now.strftime("%Y%m%d"), now.strftime("%Y%m%dT%H%M%SZ")
    credential = f"{credentials['access_key_id']}/{day}/{settings.region}/oss/aliyun_v4_request"
    expiration = (now + datetime.timedelta(seconds=expires_in)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    fields = {
        "x-oss-signature-version": V4,
        "x-oss-credential": credential,
        "x-oss-date": when,
        "x-oss-security-token": credentials["security_token"],
        "success_action_status": "201",
    }
    document = {
        "expiration": expiration,
        "conditions": [
            {"bucket": settings.bucket},
            ["starts-with", "$key", settings.prefix],
            ["content-length-range", 1, settings.max_bytes],
            {"x-oss-signature-version": V4},
            {"x-oss-credential": credential},
            {"x-oss-date": when},
            {"x-oss-security-token": credentials["security_token"]},
            ["eq", "$success_action_status", "201"],
        ],
    }
    policy = base64.b64encode(json.dumps(document).encode()).decode()
    fields["policy"] = policy
    fields["x-oss-signature"] = v4_signature(credentials["access_key_secret"], day, settings.region, policy)
    return {"url": settings.upload_url, "prefix": settings.prefix, "expiration": expiration, "fields": fields}


class Handler(BaseHTTPRequestHandler):
    settings: Settings

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(200, PAGE.read_bytes(), "text/html; charset=utf-8")
        if url.path != "/signature":
            return self._json(404, {"error": f"no such page: {url.path}"})
        query = parse_qs(url.query)
        try:
            expires_in = int(query.get("expires_in", ["300"])[0])
        except ValueError:
            expires_in = -1
        if not 1 <= expires_in <= MAX_EXPIRES:
            return self._json(400, {"error": f"expires_in: 1 to {MAX_EXPIRES} seconds"})
        try:
            signed = sign_upload(self.settings, expires_in)
        except Exception as error:  # STS refused, or is unreachable: say why, as JSON
            return self._json(502, {"error": f"STS AssumeRole failed: {getattr(error, 'message', None) or error}"})
        self._json(200, signed)

    def _json(self, status: int, content: dict) -> None:
        self._send(status, json.dumps(content).encode(), "application/json")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        # Any page may ask for a signature: what it may upload is fixed by the policy and the role.
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's name)
        sys.stderr.write(f"upload app: {format % args}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoint", required=True, help="the OSS endpoint URL, e.g. http://127.0.0.1:9000")
    parser.add_argument("--sts-endpoint", help="STS host[:port] (default: the OSS endpoint's host and port)")
    parser.add_argument("--region", default="cn-hangzhou")
    parser.add_argument("--bucket", required=True, help="the upload bucket")
    parser.add_argument("--prefix", required=True, help="the upload role's prefix, e.g. uploads/")
    parser.add_argument("--role-arn", required=True, help="the upload role, acs:ram::<account>:role/<name>")
    parser.add_argument("--upload-url", help="where the page POSTs (default: the bucket's virtual-hosted URL)")
    parser.add_argument("--max-bytes", type=int, default=10 * 1024 * 1024, help="largest upload (default 10 MiB)")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port (printed on start)")
    args = parser.parse_args(argv)
    key_id = os.environ.get("ALIBABA_CLOUD_ACCESS_KEY_ID") or os.environ.get("OSS_ACCESS_KEY_ID")
    secret = os.environ.get("ALIBABA_CLOUD_ACCESS_KEY_SECRET") or os.environ.get("OSS_ACCESS_KEY_SECRET")
    if not key_id or not secret:
        parser.error(
            "set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET "
            '(locally: eval "$(ossiac localcloud credentials)")'
        )
    Handler.settings = Settings(
        endpoint=args.endpoint,
        sts_endpoint=args.sts_endpoint or urlsplit(args.endpoint).netloc,
        region=args.region,
        bucket=args.bucket,
        prefix=args.prefix,
        role_arn=args.role_arn,
        upload_url=args.upload_url or bucket_url(args.endpoint, args.bucket),
        max_bytes=args.max_bytes,
        access_key_id=key_id,
        access_key_secret=secret,
    )
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"upload app: http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
