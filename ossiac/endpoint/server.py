"""Serving the endpoint: waitress, a pure-Python threaded WSGI server, on 127.0.0.1 only.

waitress refuses some requests itself, before the application sees them (headers or a body over its
caps, a request it cannot parse); those refusals are answered in OSS's XML too, never as waitress's
plain text, so no client ever gets anything but OSS's shape of answer.
"""

from __future__ import annotations

import base64
import logging
import secrets
import threading
from pathlib import Path

from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.server import create_server
from waitress.task import ErrorTask
from waitress.utilities import RequestEntityTooLarge, RequestHeaderFieldsTooLarge, ServerNotImplemented
from werkzeug.http import HTTP_STATUS_CODES

from ossiac.endpoint import xmlio
from ossiac.endpoint.app import HOST_ID, Endpoint, entity_too_large
from ossiac.endpoint.errors import OssError, invalid_argument, not_implemented
from ossiac.endpoint.limits import Limits, headers_too_large

THREADS = 8
log = logging.getLogger("ossiac.endpoint")


def _as_oss(error: object, limits: Limits) -> OssError:
    """OSS's error for one of waitress's own refusals (`waitress.utilities.Error`)."""
    if isinstance(error, RequestHeaderFieldsTooLarge):
        return headers_too_large(None, limits.max_header_bytes)
    if isinstance(error, RequestEntityTooLarge):
        return entity_too_large(limits.max_object_bytes)
    if isinstance(error, ServerNotImplemented):
        return not_implemented(f"The request's framing ({getattr(error, 'body', '')})")
    if getattr(error, "code", 500) == 400:
        return invalid_argument(f"The HTTP request cannot be read: {getattr(error, 'body', '')}.")
    return OssError(500, "InternalError", "We encountered an internal error. Please try again.")


class _OssErrorTask(ErrorTask):
    """waitress's error answer, written as OSS's XML error body with a request ID."""

    def execute(self) -> None:
        try:
            status, headers, body = self._answer()
        except Exception:  # never leave the client waiting: waitress's own answer is the last resort
            log.exception("could not write OSS's error answer for %r", self.request.error)
            super().execute()
            return
        self.status = status
        self.response_headers.extend(headers)
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)

    def _answer(self) -> tuple[str, list[tuple[str, str]], bytes]:
        error = _as_oss(self.request.error, self.channel.limits)
        request_id = secrets.token_hex(12).upper()
        content = {
            "Code": error.code,
            "Message": error.message,
            "RequestId": request_id,
            "HostId": HOST_ID,
            **error.extra,
        }
        body = xmlio.document("Error", content)
        headers = [("Content-Type", "application/xml"), ("x-oss-request-id", request_id)]
        if getattr(self.request, "command", "") == "HEAD":  # no body will be sent: the document goes here
            headers.append(("x-oss-err", base64.b64encode(body).decode("ascii")))
        return f"{error.status} {HTTP_STATUS_CODES.get(error.status, 'Error')}", headers, body


class _OssChannel(HTTPChannel):
    error_task_class = _OssErrorTask
    limits = Limits()  # the served endpoint's (HttpServer sets them on a subclass)


class HttpServer:
    """Bound on creation (port 0 picks a free one: `.port`); `.run()` serves until `.close()`."""

    def __init__(self, cloud_dir: Path, port: int = 0, *, limits: Limits | None = None) -> None:
        app = Endpoint(cloud_dir, limits)
        # waitress's own caps sit above ours, so ours answer first, with the exact figure; past waitress's
        # caps its refusal is still OSS's XML (_OssErrorTask). poll, not select: select fails outright
        # once a descriptor number passes 1024, which a busy process reaches.
        self.server = create_server(
            app,
            host="127.0.0.1",
            port=port,
            threads=THREADS,
            ident="AliyunOSS",
            max_request_header_size=max(app.limits.max_header_bytes * 8, 262144),
            max_request_body_size=app.limits.max_object_bytes + 1,
            expose_tracebacks=False,
            clear_untrusted_proxy_headers=True,
            asyncore_use_poll=True,
        )
        self.server.channel_class = type("OssChannel", (_OssChannel,), {"limits": app.limits})
        self.port: int = self.server.effective_port
        self._running = False
        self._stopped = threading.Event()

    def run(self) -> None:
        self._running = True
        try:
            self.server.run()
        finally:
            self._stopped.set()

    def close(self) -> None:
        """Everything released: client connections, the listening socket, the wake-up pipe, the workers.

        waitress's own close() leaves the connections and worker threads alive; closing the sockets
        from another thread races the loop, so the loop closes them itself (a trigger thunk) and,
        its map empty, returns.
        """
        sockets = self.server._map
        if self._running and not self._stopped.is_set():
            try:
                self.server.trigger.pull_trigger(lambda: wasyncore.close_all(sockets))
            except OSError:
                # The wake-up pipe is already gone (the loop is closing on its own): nothing to wake;
                # what is left in the map is closed below all the same.
                pass
            else:
                self._stopped.wait(10)
        if sockets:
            wasyncore.close_all(sockets)
        self.server.task_dispatcher.shutdown()


def serve(cloud_dir: Path, port: int, tls_port: int | None = None) -> None:
    """HTTP on `port` and, unless `tls_port` is None, HTTPS on `tls_port`, until stopped."""
    from ossiac.endpoint.tls import certificate
    from ossiac.endpoint.tls_server import TlsServer

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    # waitress warns "Task queue depth is N" on every request that waits for a free thread: under a
    # burst of clients (a bench, a parallel Terraform) that is a line per request, not news.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    server = HttpServer(cloud_dir, port)
    tls = None
    if tls_port is not None:
        cert = certificate(cloud_dir)
        tls = TlsServer(Endpoint(cloud_dir), cert, tls_port)
        threading.Thread(target=tls.run, name="https", daemon=True).start()
    print(
        f"local cloud endpoint: http://127.0.0.1:{server.port}"
        + (f" and https://127.0.0.1:{tls.port} (certificate: {cert.bundle})" if tls else "")
        + f" (cloud: {cloud_dir}); Ctrl-C stops it",
        flush=True,
    )
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if tls is not None:
            tls.close()
        server.close()
