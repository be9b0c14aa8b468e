"""The endpoint's servers give back what they take, and keep serving in a process with many files open.

CI ran the endpoint's tests one after another in one process: each stopped server left its client
connections and worker threads behind, descriptor numbers passed 1024, and select() failed inside
the server thread, so every later request waited for its timeout. Both defects are checked here.
"""

from __future__ import annotations

import os
import resource
import threading

import pytest
import requests

from harness import Endpoint


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def _serve_once(cloud) -> None:
    served = Endpoint(cloud)
    try:
        with requests.Session() as session:  # keep-alive: the server holds the connection open
            for tls in (False, True):
                url = served.https_url if tls else served.url
                answer = session.get(f"{url}/", verify=str(served.certificate.bundle) if tls else True, timeout=10)
                assert answer.status_code == 403  # anonymous ListBuckets: OSS's AccessDenied
        served.client().list_buckets(__import__("alibabacloud_oss_v2").ListBucketsRequest())
    finally:
        served.close()


def test_a_closed_endpoint_releases_its_connections_and_threads(tmp_path):
    _serve_once(tmp_path / "warm-up")  # imports, certificate and key creation happen once
    descriptors, threads = _open_descriptors(), threading.active_count()
    for round_ in range(10):
        _serve_once(tmp_path / f"cloud-{round_}")
    assert _open_descriptors() - descriptors <= 2, "each stopped endpoint left descriptors open"
    assert threading.active_count() - threads <= 1, "each stopped endpoint left threads running"


def test_the_endpoint_serves_when_descriptor_numbers_pass_1024(tmp_path):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 2048:
        pytest.skip(f"the hard descriptor limit ({hard}) is below 2048")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 2048), hard))
    filler = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        served = Endpoint(tmp_path / "cloud")
        try:
            answer = requests.get(f"{served.url}/", timeout=10)
            assert answer.status_code == 403
            assert "<Code>AccessDenied</Code>" in answer.text
        finally:
            served.close()
    finally:
        for descriptor in filler:
            os.close(descriptor)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_close_still_releases_the_listener_when_its_wake_up_pipe_is_gone(tmp_path):
    served = Endpoint(tmp_path / "cloud")
    assert requests.get(f"{served.url}/", timeout=10).status_code == 403  # the loop is running
    served.server.server.trigger.close()  # as when the loop is already closing its map on its own
    served.close()  # no "Bad file descriptor" from waking a loop through a closed pipe
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{served.url}/", timeout=5)
