"""Storage that loses nothing: concurrent writers to one key, a `kill -9` in the middle of a PUT,
what `ossiac localcloud doctor` says about the blobs, and Terraform's content winning back an
object the API overwrote."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import alibabacloud_oss_v2 as oss
import pytest

from harness import VENV_BIN, command_env
from ossiac.endpoint.credentials import account_key

pytestmark = pytest.mark.slow  # writers killed mid-write, each in its own process

SIZE = 256 * 1024


def _blob_files(cloud: Path) -> list[Path]:
    root = cloud / "blobs"
    if not root.is_dir():
        return []
    return [p for d in root.iterdir() if d.is_dir() and d.name != "tmp" for p in d.iterdir()]


def _doctor(cloud: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VENV_BIN / "ossiac"), "localcloud", "doctor", *args],
        capture_output=True,
        text=True,
        env=command_env(OSSIAC_LOCALCLOUD_DIR=str(cloud)),
        timeout=300,
    )


def test_concurrent_writers_to_one_key_last_commit_wins_whole_and_no_blob_is_left_behind(endpoint):
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket="contended"))
    bodies = {bytes([i]) * SIZE for i in range(8)}
    errors: list[BaseException] = []
    seen: list[bytes] = []
    stop = threading.Event()

    def writer(body: bytes) -> None:
        try:
            own = endpoint.client()
            for _ in range(4):
                own.put_object(oss.PutObjectRequest(bucket="contended", key="hot", body=body))
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    def reader() -> None:
        own = endpoint.client()
        while not stop.is_set():
            try:
                seen.append(own.get_object(oss.GetObjectRequest(bucket="contended", key="hot")).body.read())
            except oss.exceptions.OperationError as exc:
                if exc.unwrap().code != "NoSuchKey":  # before the first commit
                    errors.append(exc)

    readers = [threading.Thread(target=reader) for _ in range(2)]
    writers = [threading.Thread(target=writer, args=(body,)) for body in bodies]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    for thread in readers:
        thread.join()
    assert not errors
    assert seen and all(body in bodies for body in seen)  # every read is one writer's object, whole
    final = client.get_object(oss.GetObjectRequest(bucket="contended", key="hot")).body.read()
    assert final in bodies
    assert len(_blob_files(endpoint.cloud)) == 1  # the losers' bytes were deleted by the winners
    assert not list((endpoint.cloud / "blobs" / "tmp").iterdir())


class Served:
    """`ossiac localcloud serve --port 0` as its own process, which the test can kill -9."""

    def __init__(self, cloud: Path) -> None:
        self.process = subprocess.Popen(
            [str(VENV_BIN / "ossiac"), "localcloud", "serve", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=command_env(OSSIAC_LOCALCLOUD_DIR=str(cloud)),
        )
        line = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert found, f"serve printed {line!r}"
        self.url = f"http://127.0.0.1:{found.group(1)}"
        key = account_key(cloud)
        cfg = oss.config.load_default()
        cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(key.access_key_id, key.access_key_secret)
        cfg.region, cfg.endpoint = "cn-hangzhou", self.url
        self.client = oss.Client(cfg)

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self.process.stdout.close()


def test_kill_9_in_the_middle_of_a_put_leaves_the_old_object_whole_and_the_store_consistent(tmp_path):
    cloud = tmp_path / "cloud"
    served = Served(cloud)
    try:
        served.client.put_bucket(oss.PutBucketRequest(bucket="crash"))
        old = b"old object " * 100_000
        served.client.put_object(oss.PutObjectRequest(bucket="crash", key="doc", body=old))
        signed = served.client.presign(oss.PutObjectRequest(bucket="crash", key="doc"))
        new_size = 64 * 1024 * 1024
        url = urlsplit(signed.url)
        with socket.create_connection((url.hostname, url.port)) as sock:
            head = [f"PUT {url.path}?{url.query} HTTP/1.1", f"Host: {url.netloc}", f"Content-Length: {new_size}"]
            head += [f"{name}: {value}" for name, value in (signed.signed_headers or {}).items()]
            sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
            # Half the body, then the server dies. (waitress buffers a body before the application
            # sees it, so this kill lands before any blob is written; what a kill between the blob
            # and the record leaves is the next test's subject.)
            sock.sendall(b"N" * (new_size // 2))
            time.sleep(0.5)
            served.kill()
    finally:
        if served.process.poll() is None:
            served.kill()
    restarted = Served(cloud)
    try:
        got = restarted.client.get_object(oss.GetObjectRequest(bucket="crash", key="doc"))
        assert got.body.read() == old
        listed = restarted.client.list_objects_v2(oss.ListObjectsV2Request(bucket="crash"))
        assert [(o.key, o.size) for o in listed.contents] == [("doc", len(old))]
    finally:
        restarted.kill()
    checked = _doctor(cloud)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "problem:" not in checked.stdout


def test_kill_9_while_the_new_bytes_are_written_leaves_only_a_temp_file_the_doctor_removes(tmp_path):
    cloud = tmp_path / "cloud"
    served = Served(cloud)
    tmp = cloud / "blobs" / "tmp"
    try:
        served.client.put_bucket(oss.PutBucketRequest(bucket="crash"))
        old = b"old object " * 100_000
        served.client.put_object(oss.PutObjectRequest(bucket="crash", key="doc", body=old))
        signed = served.client.presign(oss.PutObjectRequest(bucket="crash", key="doc"))
        url, chunk, chunks = urlsplit(signed.url), b"N" * (1 << 20), 96
        with socket.create_connection((url.hostname, url.port)) as sock:
            head = [
                f"PUT {url.path}?{url.query} HTTP/1.1",
                f"Host: {url.netloc}",
                f"Content-Length: {len(chunk) * chunks}",
            ]
            head += [f"{name}: {value}" for name, value in (signed.signed_headers or {}).items()]
            sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
            for _ in range(chunks):  # the whole body: the server stores it as a new blob...
                sock.sendall(chunk)
            deadline = time.monotonic() + 120
            while not (tmp.is_dir() and any(tmp.iterdir())) and time.monotonic() < deadline:
                time.sleep(0.002)
            served.kill()  # ...and dies while writing it
        left = list(tmp.iterdir())
        assert len(left) == 1 and left[0].stat().st_size < len(chunk) * chunks
    finally:
        if served.process.poll() is None:
            served.kill()
    restarted = Served(cloud)
    try:
        assert restarted.client.get_object(oss.GetObjectRequest(bucket="crash", key="doc")).body.read() == old
        listed = restarted.client.list_objects_v2(oss.ListObjectsV2Request(bucket="crash"))
        assert [(o.key, o.size) for o in listed.contents] == [("doc", len(old))]
    finally:
        restarted.kill()
    checked = _doctor(cloud)  # a fresh temp file may be a write in flight: left alone, not damage
    assert checked.returncode == 0 and "problem:" not in checked.stdout, checked.stdout + checked.stderr
    an_hour_ago = time.time() - 3600
    os.utime(left[0], (an_hour_ago, an_hour_ago))
    checked = _doctor(cloud, "--repair")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"note: temporary file {left[0]}" in checked.stdout and not left[0].exists()
    assert len(_blob_files(cloud)) == 1


def test_doctor_notes_what_a_killed_write_leaves_and_repair_removes_it(endpoint):
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket="leftovers"))
    client.put_object(oss.PutObjectRequest(bucket="leftovers", key="kept", body=b"kept"))
    # What a kill between writing the bytes and committing the record leaves: a temp file and a blob
    # no record names, both older than the doctor's one-minute grace.
    tmp = endpoint.cloud / "blobs" / "tmp" / "0123456789abcdef0123456789abcdef"
    tmp.write_bytes(b"half")
    orphan = endpoint.cloud / "blobs" / "fe" / "fedcba9876543210fedcba9876543210"
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"never committed")
    an_hour_ago = time.time() - 3600
    for path in (tmp, orphan):
        os.utime(path, (an_hour_ago, an_hour_ago))
    checked = _doctor(endpoint.cloud)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "problem:" not in checked.stdout
    assert f"note: unreferenced blob {orphan}" in checked.stdout
    assert f"note: temporary file {tmp}" in checked.stdout
    repaired = _doctor(endpoint.cloud, "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert not tmp.exists() and not orphan.exists()
    assert client.get_object(oss.GetObjectRequest(bucket="leftovers", key="kept")).body.read() == b"kept"
    assert len(_blob_files(endpoint.cloud)) == 1


def test_doctor_reports_an_object_whose_bytes_are_missing(endpoint):
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket="damaged"))
    client.put_object(oss.PutObjectRequest(bucket="damaged", key="lost", body=b"bytes"))
    [blob] = _blob_files(endpoint.cloud)
    blob.unlink()
    checked = _doctor(endpoint.cloud)
    assert checked.returncode == 1
    assert re.search(
        r"problem: alicloud_oss_bucket_object 'damaged/lost': its bytes \(blob \w+\) are missing", checked.stdout
    ), checked.stdout
    with pytest.raises(oss.exceptions.OperationError) as refused:
        client.get_object(oss.GetObjectRequest(bucket="damaged", key="lost"))
    assert refused.value.unwrap().code == "InternalError"


def test_terraform_reapply_wins_back_an_object_the_sdk_overwrote(local_cloud, endpoint):
    assert local_cloud.cloud == endpoint.cloud
    local_cloud.write("""
resource "alicloud_oss_bucket" "site" {
  bucket = "tf-and-sdk"
}

resource "alicloud_oss_bucket_object" "page" {
  bucket  = alicloud_oss_bucket.site.bucket
  key     = "index.html"
  content = "from terraform"
}
""")
    local_cloud.init_apply()
    client = endpoint.client()

    def read() -> bytes:
        return client.get_object(oss.GetObjectRequest(bucket="tf-and-sdk", key="index.html")).body.read()

    assert read() == b"from terraform"
    client.put_object(oss.PutObjectRequest(bucket="tf-and-sdk", key="index.html", body=b"from the sdk"))
    assert read() == b"from the sdk" and len(_blob_files(endpoint.cloud)) == 1
    assert local_cloud.plan_exitcode()[0] == 2  # Terraform sees the drift
    local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color")
    assert read() == b"from terraform"
    assert _blob_files(endpoint.cloud) == []  # the SDK's bytes went with the record's API part
    assert local_cloud.plan_exitcode()[0] == 0
