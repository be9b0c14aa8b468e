"""Issue 28, acceptance 3: a server-signed browser direct upload, in headless Chromium.

A test estate (a public website bucket with a referer whitelist, an upload bucket whose CORS rules
allow only the site's origin, an upload role on `uploads/`) is deployed to the local target with
`ossiac deploy`, and its cloud folder is served by the endpoint. The sample app server
(`examples/upload_app/server.py`) assumes the upload role through the local STS and signs PostObject
policies; its page is published to the site bucket and opened from there in Chromium, driven over
the DevTools protocol. The page writes each outcome into its DOM, where the test reads it; objects
are read back through the SDK.

The role trusts the account (`acs:ram::<account>:root`) rather than a RAM user: the local cloud
models no RAM users' AccessKeys, so the app server signs in with the account's own key.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import alibabacloud_oss_v2 as oss
import pytest
import requests

from harness import REPO_ROOT, App, Endpoint, command_env

SITE, UPLOADS, ROLE, PREFIX = "ossiac-browser-site", "ossiac-browser-uploads", "browser-uploads", "uploads/"
APP_DIR = REPO_ROOT / "examples" / "upload_app"
STACK = f"""
stacks:
  - name: browserupload
    region: cn-hangzhou
    tags: {{stack: browserupload}}
    buckets:
      - name: {SITE}
        acl: public-read
        https_only: false
        referer:
          whitelist: ["http://{SITE}.localhost:*"]
          allow_empty: true
        website:
          index_document: index.html
      - name: {UPLOADS}
        https_only: false
        cors:
          - preset: browser-upload
            allowed_origins: ["http://{SITE}.localhost:*"]
    access:
      upload_roles:
        - name: {ROLE}
          bucket: {UPLOADS}
          prefix: {PREFIX}
          actions: write-only
          trusted: {{ram_user_arn: "acs:ram::{{account}}:root"}}
          https_only: false
"""


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        message = "chromium is missing: `make setup` installs it as root (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def cloud(tmp_path_factory, local_target) -> Path:
    """The test estate, deployed to the local target with `ossiac deploy`: its cloud folder."""
    from ossiac.localcloud.identity import ACCOUNT_ID

    app = App(tmp_path_factory.mktemp("estate"))
    app.stack_file.write_text(STACK.replace("{account}", ACCOUNT_ID))
    app.deployed()
    return app.cloud


@pytest.fixture(scope="module")
def served(cloud):
    """The endpoint over the deployed cloud, with the page published to the site bucket through the SDK.

    Not as the website's `index_file`: the construct uploads that page as an `alicloud_oss_bucket_object`
    whose `acl` defaults to private, so anonymous visitors of a public-read site get 403 for it."""
    endpoint = Endpoint(cloud)
    endpoint.client().put_object(
        oss.PutObjectRequest(
            bucket=SITE, key="index.html", content_type="text/html", body=(APP_DIR / "index.html").read_bytes()
        )
    )
    yield endpoint
    endpoint.close()


@pytest.fixture(scope="module")
def app_server(served):
    """The sample app server, started as its README says, with the account's key."""
    from ossiac.localcloud.identity import ACCOUNT_ID

    env = {
        **command_env(),
        "ALIBABA_CLOUD_ACCESS_KEY_ID": served.key.access_key_id,
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": served.key.access_key_secret,
    }
    process = subprocess.Popen(
        [
            sys.executable,
            str(APP_DIR / "server.py"),
            "--endpoint",
            served.url,
            "--bucket",
            UPLOADS,
            "--prefix",
            PREFIX,
            "--role-arn",
            f"acs:ram::{ACCOUNT_ID}:role/{ROLE}",
            "--port",
            "0",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("upload app: http://"), line
        yield line.split()[-1]
    finally:
        process.terminate()
        process.wait(timeout=10)


class Tab:
    """One Chromium page over the DevTools protocol: commands, and the events seen so far."""

    def __init__(self, websocket_url: str) -> None:
        import websocket

        self.socket = websocket.create_connection(websocket_url, timeout=30, suppress_origin=True)
        self.events: list[dict] = []
        self._next = 0
        for domain in ("Page", "Network", "Runtime", "DOM"):
            self.send(f"{domain}.enable")

    def send(self, method: str, **params) -> dict:
        self._next += 1
        self.socket.send(json.dumps({"id": self._next, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self._next:
                assert "error" not in message, (method, message["error"])
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.socket.settimeout(max(0.1, deadline - time.monotonic()))
            self.events.append(json.loads(self.socket.recv()))
        raise AssertionError(f"no {method} within {timeout} s")

    def open(self, url: str, referrer: str | None = None) -> int:
        """Navigate and wait for the load; the HTTP status the document came with."""
        self.events.clear()
        self.send("Page.navigate", url=url, **({"referrer": referrer} if referrer else {}))
        self.wait_for("Page.loadEventFired")
        documents = [
            e["params"]["response"]
            for e in self.events
            if e.get("method") == "Network.responseReceived" and e["params"].get("type") == "Document"
        ]
        assert documents, f"no document response for {url}"
        return documents[-1]["status"]

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def answers(self) -> dict[tuple[str, str], int | str]:
        """(method, url) -> the HTTP status the browser got, or why it failed (its CORS error), for every
        request since the page was opened, CORS preflights included."""
        sent, answered = {}, {}
        for event in self.events:
            params = event.get("params", {})
            if event.get("method") == "Network.requestWillBeSent":
                sent[params["requestId"]] = (params["request"]["method"], params["request"]["url"])
            elif event.get("method") == "Network.responseReceived" and params["requestId"] in sent:
                answered[sent[params["requestId"]]] = params["response"]["status"]
            elif event.get("method") == "Network.loadingFailed" and params["requestId"] in sent:
                answered[sent[params["requestId"]]] = (params.get("corsErrorStatus") or {}).get(
                    "corsError"
                ) or params.get("errorText", "failed")
        return answered


@pytest.fixture(scope="module")
def tab(chromium, tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium")
    process = subprocess.Popen(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-proxy-server",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            "about:blank",
        ],
        env=command_env(HOME=str(profile)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file, deadline = profile / "DevToolsActivePort", time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            assert time.monotonic() < deadline and process.poll() is None, "chromium did not start its DevTools"
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = next(t for t in targets if t["type"] == "page")
        opened = Tab(page["webSocketDebuggerUrl"])
        opened.send("Network.setCacheDisabled", cacheDisabled=True)  # each navigation asks the endpoint again
        yield opened
        opened.socket.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def site_page(served, app_server) -> str:
    return f"http://{SITE}.localhost:{served.port}/index.html?app={app_server}"


def stored(served, key: str) -> bytes | None:
    try:
        return served.client().get_object(oss.GetObjectRequest(bucket=UPLOADS, key=key)).body.read()
    except oss.exceptions.OperationError as failed:
        assert failed.unwrap().code == "NoSuchKey", failed
        return None


def result_in_page(tab: Tab, timeout: float = 30) -> dict:
    """What the page wrote into its #result element once an upload finished."""
    deadline = time.monotonic() + timeout
    while not tab.evaluate("document.getElementById('result').dataset.outcome"):
        assert time.monotonic() < deadline, "the page wrote no outcome"
        time.sleep(0.1)
    return tab.evaluate("JSON.parse(document.getElementById('result').textContent)")


def upload_from_script(tab: Tab, name: str, options: dict) -> dict:
    tab.evaluate(
        f"upload(new File(['from a script'], {json.dumps(name)}, {{type: 'text/plain'}}), "
        f"{json.dumps(options)}).then(() => true)"
    )
    return result_in_page(tab)


def test_the_page_uploads_a_chosen_file_through_the_preflight_and_the_post(served, app_server, tab, tmp_path):
    assert tab.open(site_page(served, app_server)) == 200, "the page is served from the website bucket"
    chosen = tmp_path / "holiday.txt"
    chosen.write_bytes(b"a file chosen in the browser\n")
    node = tab.send("DOM.querySelector", nodeId=tab.send("DOM.getDocument")["root"]["nodeId"], selector="#file")
    tab.send("DOM.setFileInputFiles", files=[str(chosen)], nodeId=node["nodeId"])
    tab.evaluate("document.querySelector('#upload button').click()")
    result = result_in_page(tab)
    assert (result["outcome"], result["status"], result["key"]) == ("uploaded", 201, "uploads/holiday.txt"), result
    assert stored(served, "uploads/holiday.txt") == chosen.read_bytes()
    upload_url = f"http://{UPLOADS}.localhost:{served.port}/"
    answers = tab.answers()
    assert (answers[("OPTIONS", upload_url)], answers[("POST", upload_url)]) == (200, 201), answers


def test_an_upload_outside_the_role_prefix_is_refused_by_the_policy(served, app_server, tab):
    assert tab.open(site_page(served, app_server)) == 200
    result = upload_from_script(tab, "escape.txt", {"key": "elsewhere/escape.txt"})
    assert (result["outcome"], result["status"], result["code"]) == ("refused", 403, "AccessDenied"), result
    assert result["message"] == (
        'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "uploads/"]'
    )
    assert stored(served, "elsewhere/escape.txt") is None


def test_an_expired_policy_is_refused(served, app_server, tab):
    assert tab.open(site_page(served, app_server)) == 200
    result = upload_from_script(tab, "late.txt", {"expiresIn": 1, "waitMs": 2500})
    assert (result["outcome"], result["status"], result["code"]) == ("refused", 403, "AccessDenied"), result
    assert result["message"] == "Invalid according to Policy: Policy expired."
    assert stored(served, "uploads/late.txt") is None


def test_a_page_on_a_foreign_origin_is_stopped_by_the_bucket_cors_rules(served, app_server, tab):
    # The app server serves the same page on its own origin, which the upload bucket's CORS rules do not list.
    assert tab.open(f"{app_server}/") == 200
    result = upload_from_script(tab, "foreign.txt", {})
    assert result["outcome"] == "blocked" and "Failed to fetch" in result["message"], result
    upload_url = f"http://{UPLOADS}.localhost:{served.port}/"
    answers = tab.answers()
    assert answers[("OPTIONS", upload_url)] == 403, answers  # OSS's AccessForbidden: no rule for this origin
    assert answers[("POST", upload_url)] == "PreflightMissingAllowOriginHeader", answers  # never sent
    assert stored(served, "uploads/foreign.txt") is None


def test_a_foreign_referer_is_refused_by_the_public_site(served, tab):
    page = f"http://{SITE}.localhost:{served.port}/index.html"
    assert tab.open(page, referrer=f"http://{SITE}.localhost:{served.port}/about.html") == 200
    assert tab.open(page, referrer="http://leech.example.net/hotlink.html") == 403
    shown = tab.evaluate("document.documentElement.textContent")
    assert "AccessDenied" in shown, shown


def test_a_form_the_role_may_not_write_is_refused_by_the_engine_whatever_its_policy_allows(served):
    """The form's policy is only the first check: the signer's own rights decide next. With the role's
    temporary credentials (V1 fields and x-oss-security-token), a policy with no prefix condition still
    writes only under the role's prefix."""
    from alibabacloud_sts20150401 import models
    from alibabacloud_sts20150401.client import Client
    from alibabacloud_tea_openapi.models import Config

    from ossiac.localcloud.identity import ACCOUNT_ID

    sts = Client(
        Config(
            access_key_id=served.key.access_key_id,
            access_key_secret=served.key.access_key_secret,
            endpoint=f"127.0.0.1:{served.port}",
            protocol="http",
            region_id="cn-hangzhou",
        )
    )
    credentials = sts.assume_role(
        models.AssumeRoleRequest(role_arn=f"acs:ram::{ACCOUNT_ID}:role/{ROLE}", role_session_name="direct-form")
    ).body.credentials
    expiration = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)
    document = {"expiration": expiration.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "conditions": [{"bucket": UPLOADS}]}
    policy = base64.b64encode(json.dumps(document).encode()).decode()
    signature = base64.b64encode(
        hmac.new(credentials.access_key_secret.encode(), policy.encode(), hashlib.sha1).digest()
    ).decode()

    def post(key: str) -> requests.Response:
        fields = {
            "key": key,
            "OSSAccessKeyId": credentials.access_key_id,
            "policy": policy,
            "Signature": signature,
            "x-oss-security-token": credentials.security_token,
        }
        # Virtual-hosted through the Host header: the system resolver, unlike browsers, knows no *.localhost.
        return requests.post(
            f"{served.url}/",
            headers={"Host": f"{UPLOADS}.localhost:{served.port}"},
            files=[*((k, (None, v)) for k, v in fields.items()), ("file", ("f.txt", b"direct"))],
        )

    outside = post("elsewhere/direct.txt")
    assert outside.status_code == 403 and "<Code>AccessDenied</Code>" in outside.text, outside.text
    assert "Invalid according to Policy" not in outside.text, "the engine refused it, not the form's policy"
    assert stored(served, "elsewhere/direct.txt") is None
    inside = post("uploads/direct.txt")
    assert inside.status_code == 204, inside.text
    assert stored(served, "uploads/direct.txt") == b"direct"
