"""The sync function's logic, with a fake record store and a fake endpoint: no network, no cloud."""

from __future__ import annotations

import importlib.util
import json
import urllib.error
from pathlib import Path

HANDLER = Path(__file__).resolve().parent.parent / "functions" / "oss_sync" / "handler.py"
spec = importlib.util.spec_from_file_location("oss_sync_handler", HANDLER)
handler = importlib.util.module_from_spec(spec)
spec.loader.exec_module(handler)

CONFIG = {"endpoint": "https://sync.example.com/objects", "record_prefix": "sync-records/"}


def _event(*records):
    return {
        "events": [
            {
                "eventName": f"ObjectCreated:{name}",
                "eventTime": "2026-01-02T03:04:05.000Z",
                "region": "cn-shanghai",
                "oss": {"bucket": {"name": "source"}, "object": {"key": key, "eTag": "E1", "size": 5}},
            }
            for name, key in records
        ]
    }


class FakeStore:
    def __init__(self):
        self.objects: dict[str, dict] = {}

    def put(self, key, body):
        self.objects[key] = json.loads(body)


class FakeEndpoint:
    def __init__(self, answers):
        self.answers = list(answers)
        self.calls = []

    def __call__(self, url, item, token):
        self.calls.append((url, item, token))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def test_success_is_forwarded_and_recorded():
    store, endpoint = FakeStore(), FakeEndpoint([200])
    counts = handler.sync(_event(("PutObject", "data/a.csv")), CONFIG, store.put, endpoint, token="t0k")
    assert counts == {"succeeded": 1, "failed": 0, "skipped": 0}
    assert endpoint.calls == [
        (
            CONFIG["endpoint"],
            {"bucket": "source", "key": "data/a.csv", "etag": "E1", "size": 5, "region": "cn-shanghai"},
            "t0k",
        )
    ]
    marker = store.objects["sync-records/succeeded/source/data/a.csv.json"]
    assert (
        marker["outcome"] == "succeeded"
        and marker["detail"] == "HTTP 200"
        and marker["event"] == "ObjectCreated:PutObject"
    )


def test_http_error_and_network_error_are_recorded_as_failures_not_raised():
    store = FakeStore()
    endpoint = FakeEndpoint([503, urllib.error.URLError("connection refused")])
    counts = handler.sync(_event(("PutObject", "a"), ("PostObject", "b")), CONFIG, store.put, endpoint)
    assert counts == {"succeeded": 0, "failed": 2, "skipped": 0}
    assert store.objects["sync-records/failed/source/a.json"]["detail"] == "HTTP 503"
    assert "connection refused" in store.objects["sync-records/failed/source/b.json"]["detail"]
    assert not [k for k in store.objects if "/succeeded/" in k]


def test_events_that_do_not_finish_an_object_are_skipped():
    store, endpoint = FakeStore(), FakeEndpoint([200])
    event = _event(("InitiateMultipartUpload", "big"), ("UploadPart", "big"), ("CompleteMultipartUpload", "big"))
    assert handler.sync(event, CONFIG, store.put, endpoint) == {"succeeded": 1, "failed": 0, "skipped": 2}
    assert list(store.objects) == ["sync-records/succeeded/source/big.json"]


def test_markers_never_carry_the_token():
    store = FakeStore()
    handler.sync(_event(("PutObject", "a")), CONFIG, store.put, FakeEndpoint([401]), token="s3cret-token")
    assert "s3cret-token" not in json.dumps(store.objects)


def test_overlong_keys_get_a_hashed_marker_within_the_oss_limit():
    key = "k" * 1020
    marker = handler.marker_key("sync-records/", "succeeded", "source", key)
    assert len(marker.encode()) <= 1023 and marker.startswith("sync-records/succeeded/source/sha256-")


def test_config_comes_from_the_environment():
    environ = {
        "SYNC_ENDPOINT": "https://x.example/",
        "RECORD_BUCKET": "rec",
        "RECORD_PREFIX": "p/",
        "OSS_ENDPOINT": "https://oss-cn-shanghai-internal.aliyuncs.com",
        "SYNC_SECRET_NAME": "",
        "SYNC_REGION": "cn-shanghai",
    }
    config = handler.config_from(environ)
    assert config["secret_name"] is None and config["record_bucket"] == "rec"


def test_post_json_sends_bearer_token_and_returns_error_statuses(monkeypatch):
    sent = {}

    def fake_urlopen(request, timeout):
        sent.update(url=request.full_url, body=json.loads(request.data), auth=request.get_header("Authorization"))
        raise urllib.error.HTTPError(request.full_url, 409, "Conflict", {}, None)

    monkeypatch.setattr(handler.urllib.request, "urlopen", fake_urlopen)
    assert handler.post_json("https://x.example/o", {"key": "a"}, "tok") == 409
    assert sent == {"url": "https://x.example/o", "body": {"key": "a"}, "auth": "Bearer tok"}
