"""`make bench`, the endpoint step: authenticated small-object GET and PUT throughput of the local
cloud's OSS endpoint (issue 28, acceptance 8).

`ossiac localcloud serve` runs in its own process over a scratch cloud, as a user runs it. C clients
(threads, each with its own alibabacloud-oss-v2 client, signing V4 as the SDK does by default) first
PUT, then GET, small objects as fast as they can; the figure is requests per second over the whole
phase, with each request's latency percentiles. The clients share this machine's cores with the
server, as they would on a laptop, so the figure is what one machine serves itself. The goal in
the issue is at least 500 GETs a second on 2 cores; this prints the figures and times nothing
else: it is not a test.

    python bench/endpoint.py [--clients 8] [--requests 4000] [--size 1024] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
BUCKET = "bench-endpoint"
KEYS = 64  # objects the GETs cycle through


class BenchError(Exception):
    pass


@dataclass
class Phase:
    operation: str
    requests: int
    seconds: float
    per_second: float
    p50_ms: float
    p99_ms: float
    server_cpu_ms: float = 0.0  # CPU time per request: the server process's, and the clients' (this process)
    client_cpu_ms: float = 0.0


@dataclass
class Result:
    clients: int
    object_bytes: int
    put: Phase
    get: Phase


def serve(cloud: Path) -> tuple[subprocess.Popen, str]:
    """`ossiac localcloud serve --port 0` over `cloud`, and the URL it says it serves on."""
    env = dict(os.environ, OSSIAC_LOCALCLOUD_DIR=str(cloud))
    command = [str(VENV_BIN / "ossiac"), "localcloud", "serve", "--port", "0"]
    usage = subprocess.run([*command[:3], "--help"], cwd=REPO, env=env, capture_output=True, text=True).stdout
    if "--tls-port" in usage:  # its HTTPS side too on a free port, so runs side by side never collide
        command += ["--tls-port", "0"]
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()  # "local cloud endpoint: http://127.0.0.1:PORT (cloud: ...); ..."
    if "http://" not in line:
        process.kill()
        raise BenchError(f"`ossiac localcloud serve` did not say where it serves: {line!r}")
    return process, "http://" + line.split("http://", 1)[1].split()[0]


def client(url: str, cloud: Path):
    import alibabacloud_oss_v2 as oss

    from ossiac.endpoint.credentials import account_key

    key = account_key(cloud)  # what `ossiac localcloud credentials` prints
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(key.access_key_id, key.access_key_secret)
    cfg.region = "cn-hangzhou"
    cfg.endpoint = url
    return oss.Client(cfg)


def _cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a process so far (Linux's /proc); None where there is none."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _percentile(sorted_values: list[float], share: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(share * len(sorted_values)))] if sorted_values else 0.0


def phase(operation: str, clients: list, requests: int, body: bytes, server_pid: int) -> Phase:
    """`requests` calls of `operation` spread over the clients, each on its own thread, started together."""
    import alibabacloud_oss_v2 as oss

    latencies: list[list[float]] = [[] for _ in clients]
    failures: list[BaseException] = []
    start = threading.Barrier(len(clients) + 1)

    def work(index: int) -> None:
        sdk, mine = clients[index], latencies[index]
        start.wait()
        try:
            for n in range(index, requests, len(clients)):
                key = f"obj-{n % KEYS}"
                began = time.perf_counter()
                if operation == "PUT":
                    sdk.put_object(oss.PutObjectRequest(bucket=BUCKET, key=key, body=body))
                else:
                    got = sdk.get_object(oss.GetObjectRequest(bucket=BUCKET, key=key)).body.read()
                    if len(got) != len(body):
                        raise BenchError(f"GET {key} returned {len(got)} bytes, not {len(body)}")
                mine.append(time.perf_counter() - began)
        except BaseException as error:  # reported after the phase
            failures.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    start.wait()
    began, server_began, client_began = time.perf_counter(), _cpu_seconds(server_pid), time.process_time()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - began
    server_ended, client_cpu = _cpu_seconds(server_pid), time.process_time() - client_began
    if failures:
        raise BenchError(f"{operation} failed: {failures[0]!r}")
    every = sorted(latency for mine in latencies for latency in mine)
    server_cpu = server_ended - server_began if server_began is not None and server_ended is not None else 0.0
    return Phase(
        operation,
        len(every),
        round(seconds, 3),
        round(len(every) / seconds, 1),
        round(1000 * _percentile(every, 0.5), 2),
        round(1000 * _percentile(every, 0.99), 2),
        round(1000 * server_cpu / len(every), 3),
        round(1000 * client_cpu / len(every), 3),
    )


def bench(clients: int, requests: int, size: int, say) -> Result:
    import alibabacloud_oss_v2 as oss

    with tempfile.TemporaryDirectory(prefix="ossiac-bench-endpoint-") as scratch:
        cloud = Path(scratch) / "cloud"
        server, url = serve(cloud)
        try:
            say(f"endpoint: {url}, {clients} clients, {requests} requests a phase, {size}-byte objects")
            sdks = [client(url, cloud) for _ in range(clients)]
            sdks[0].put_bucket(oss.PutBucketRequest(bucket=BUCKET))
            body = os.urandom(size)
            warm = phase("PUT", sdks, KEYS, body, server.pid)  # every key exists before the GETs; connections open
            say(f"  warm-up: {warm.requests} PUTs")
            put = phase("PUT", sdks, requests, body, server.pid)
            say(f"  PUT: {put.per_second} requests/s")
            get = phase("GET", sdks, requests, body, server.pid)
            say(f"  GET: {get.per_second} requests/s")
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    return Result(clients, size, put, get)


def report(result: Result) -> str:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    lines = [
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load average at the end {load}",
        "",
        "endpoint (`ossiac localcloud serve`, its own process; clients: alibabacloud-oss-v2, V4 signatures):",
        "",
        "| operation | clients | object bytes | requests | seconds | requests/s | p50 ms | p99 ms "
        "| server CPU ms/request | clients' CPU ms/request |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for measured in (result.get, result.put):
        lines.append(
            f"| {measured.operation} | {result.clients} | {result.object_bytes} | {measured.requests} "
            f"| {measured.seconds:.2f} | {measured.per_second:.0f} | {measured.p50_ms:.1f} "
            f"| {measured.p99_ms:.1f} | {measured.server_cpu_ms:.2f} | {measured.client_cpu_ms:.2f} |"
        )
    return "\n".join(lines) + "\n"


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=positive, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--requests", type=positive, default=4000, help="requests in each phase (default 4000)")
    parser.add_argument("--size", type=positive, default=1024, help="object size in bytes (default 1024)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    try:
        result = bench(args.clients, args.requests, args.size, say)
    except BenchError as error:
        print(f"bench endpoint: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(report(result))
    if args.json:
        args.json.write_text(json.dumps(asdict(result), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
