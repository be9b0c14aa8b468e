"""The HTTPS listener: the same endpoint application behind TLS, served by cheroot (CherryPy's
threaded WSGI server) with the standard library's `ssl`.

Why a second server: waitress, which serves plain HTTP, has no TLS, and the project's buckets deny
every request that is not over TLS (`https_only`), the owner's included, as OSS does. Requests that
arrive here have `wsgi.url_scheme` https, so the engine sees `acs:SecureTransport` true.
cheroot's own refusals (a request line it cannot read, headers over its cap) are written as OSS's
XML error too.
"""

from __future__ import annotations

import base64
import contextlib
import secrets

from cheroot import server as cheroot_server, wsgi
from cheroot.ssl.builtin import BuiltinSSLAdapter
from werkzeug.http import HTTP_STATUS_CODES

from ossiac.endpoint.app import Endpoint, entity_too_large, error_document
from ossiac.endpoint.errors import OssError, invalid_argument, not_implemented
from ossiac.endpoint.limits import headers_too_large
from ossiac.endpoint.tls import Certificate

THREADS = 8


def _as_oss(status: int, message: str, endpoint: Endpoint) -> OssError:
    if status == 413:
        if "header" in message.lower():
            return headers_too_large(None, endpoint.limits.max_header_bytes)
        return entity_too_large(endpoint.limits.max_object_bytes)
    if status in (501, 505):
        return not_implemented(f"The request's framing ({message or status})")
    return invalid_argument(f"The HTTP request cannot be read: {message or status}.")


class _OssRequest(cheroot_server.HTTPRequest):
    def simple_response(self, status, msg=""):
        code = int(str(status)[:3])
        if code < 400:
            return super().simple_response(status, msg)
        error = _as_oss(code, msg if isinstance(msg, str) else msg.decode("latin-1"), self.server.wsgi_app)
        request_id = secrets.token_hex(12).upper()
        body = error_document(error, request_id)
        head = [
            f"{self.server.protocol} {error.status} {HTTP_STATUS_CODES.get(error.status, 'Error')}",
            "Content-Type: application/xml",
            f"x-oss-request-id: {request_id}",
            "Connection: close",
        ]
        if getattr(self, "method", b"") == b"HEAD":
            head.append(f"x-oss-err: {base64.b64encode(body).decode('ascii')}")
            body = b""
        head.append(f"Content-Length: {len(body)}")
        self.close_connection = True
        with contextlib.suppress(OSError):  # the client has gone
            self.conn.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)


class _OssConnection(cheroot_server.HTTPConnection):
    RequestHandlerClass = _OssRequest


class TlsServer:
    """Bound on creation (port 0 picks a free one: `.port`); `.run()` serves until `.close()`."""

    def __init__(self, app: Endpoint, certificate: Certificate, port: int = 0) -> None:
        self.server = wsgi.Server(("127.0.0.1", port), app, numthreads=THREADS, server_name="AliyunOSS")
        self.server.ConnectionClass = _OssConnection
        self.server.ssl_adapter = BuiltinSSLAdapter(str(certificate.cert), str(certificate.key))
        # cheroot's caps sit above the application's, so the application answers first, exactly.
        self.server.max_request_header_size = max(app.limits.max_header_bytes * 8, 262144)
        self.server.max_request_body_size = app.limits.max_object_bytes + 1
        self.server.prepare()
        self.port = self.server.bind_addr[1]

    def run(self) -> None:
        self.server.serve()

    def close(self) -> None:
        self.server.stop()


__all__ = ["TlsServer"]
