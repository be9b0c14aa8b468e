"""A secret put where a variable name belongs is refused without being printed: the error names
the file, line and key and describes the value (a URL, its length), never its content."""

from __future__ import annotations

import sys

import pytest

from harness import command_env, run, scratch_app

WEBHOOK = "https://oapi.dingtalk.com/robot/send?access_token=5f3c9e0a7b1d4e2f"
PSK = "Zq8-Kd93-pLm2-Xy71"
CREDENTIAL = "sk-live-7f1e2d3c4b5a69788"

STACK = """
stacks:
  - name: leaky
    region: cn-shanghai
    buckets:
      - name: leaky-data-1
      - name: leaky-records-1
    alarms:
      contact_group:
        contacts:
          - name: oncall-robot
            dingtalk_webhook_env: "{webhook}"
    network:
      vpcs:
        - {{name: edge, cidr: 10.0.0.0/16}}
      vpns:
        - name: edge-vpn
          vpc: edge
          bandwidth: 10
          psk_variable: "{psk}"
          customer_gateway: {{ip_address: 3.112.29.59}}
          connection: {{local_networks: [10.0.0.0/16], remote_networks: [172.16.0.0/16]}}
      sync_triggers:
        - name: leaky-sync
          source_bucket: leaky-data-1
          record_bucket: leaky-records-1
          endpoint: https://sync.example.com/objects
          credential_variable: "{credential}"
"""


@pytest.fixture(scope="module")
def refused(tmp_path_factory):
    folder = tmp_path_factory.mktemp("leaky")
    file = folder / "leaky.yaml"
    file.write_text(STACK.format(webhook=WEBHOOK, psk=PSK, credential=CREDENTIAL))
    # A scratch app: were the file not refused, synth would write into it, not into the repository's cdktf.out.
    app = scratch_app(folder / "app", "bindings")
    result = run([sys.executable, "main.py"], cwd=app, env=command_env(OSSIAC_STACK_FILES=str(file)))
    return file, result


@pytest.mark.parametrize(
    "secret", [WEBHOOK, "5f3c9e0a7b1d4e2f", PSK, CREDENTIAL], ids=["url", "token", "psk", "credential"]
)
def test_the_secret_is_never_printed(refused, secret):
    _, result = refused
    assert result.returncode == 1
    assert secret not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "key, written, described",
    [
        (
            "alarms.contact_group.contacts[0].dingtalk_webhook_env",
            "dingtalk_webhook_env:",
            f"something that looks like a URL of {len(WEBHOOK)} characters",
        ),
        ("network.vpns[0].psk_variable", "psk_variable:", f"a value of {len(PSK)} characters"),
        (
            "network.sync_triggers[0].credential_variable",
            "credential_variable:",
            f"a value of {len(CREDENTIAL)} characters",
        ),
    ],
)
def test_each_refusal_names_file_line_and_key_and_describes_the_value(refused, key, written, described):
    file, result = refused
    line = 1 + next(i for i, text in enumerate(file.read_text().splitlines()) if written in text)
    (message,) = [m for m in result.stderr.splitlines() if f"stacks[0].{key}:" in m]
    assert f"{file}:{line}:" in message and described in message and "not shown" in message
