"""Serving the endpoint: waitress, a pure-Python threaded WSGI server, on 127.0.0.1 only."""

from __future__ import annotations

import logging
from pathlib import Path

from waitress.server import create_server

from ossiac.endpoint.app import Endpoint
from ossiac.endpoint.limits import Limits

THREADS = 8


def make_server(cloud_dir: Path, port: int = 0, *, limits: Limits | None = None):
    """A bound server (port 0 picks a free one: read it from `.effective_port`); `.run()` serves."""
    app = Endpoint(cloud_dir, limits)
    # waitress's own caps sit above ours, so ours answer first and with OSS's XML.
    return create_server(app, host="127.0.0.1", port=port, threads=THREADS, ident="AliyunOSS",
                         max_request_header_size=max(app.limits.max_header_bytes * 8, 262144),
                         max_request_body_size=app.limits.max_object_bytes + 1, expose_tracebacks=False,
                         clear_untrusted_proxy_headers=True)


def serve(cloud_dir: Path, port: int) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    server = make_server(cloud_dir, port)
    print(f"local cloud endpoint: http://127.0.0.1:{server.effective_port} (cloud: {cloud_dir}); Ctrl-C stops it",
          flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
