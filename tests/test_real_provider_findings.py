"""Disagreements found by planning the same configurations with the real provider (aliyun/alicloud
v1.289.0, built from its source) and with the stand-in; each test pins the real provider's answer.

The real provider was run once, outside the repository (it cannot be fetched here as a module); what
it planned is written into each test as the expected value.
"""

from __future__ import annotations

import json

import pytest

NETWORK = """
resource "alicloud_vpc" "v" {
  cidr_block = "10.0.0.0/16"
}
resource "alicloud_vswitch" "s" {
  vpc_id     = alicloud_vpc.v.id
  cidr_block = "10.0.1.0/24"
  zone_id    = "cn-hangzhou-h"
}
"""


def _gateway(payment: str) -> str:
    return (
        NETWORK
        + f"""
resource "alicloud_vpn_gateway" "g" {{
  vpc_id           = alicloud_vpc.v.id
  vswitch_id       = alicloud_vswitch.s.id
  bandwidth        = 10
  enable_ipsec     = true
  enable_ssl       = false
  payment_type     = "{payment}"
  vpn_gateway_name = "findings"
}}
"""
    )


def _planned(local_cloud, address: str) -> dict:
    local_cloud.tf("init", "-input=false", "-no-color")
    local_cloud.tf("plan", "-input=false", "-no-color", "-out=plan.bin")
    doc = json.loads(local_cloud.tf("show", "-json", "plan.bin").stdout)
    (change,) = [rc["change"] for rc in doc["resource_changes"] if rc["address"] == address]
    return change["after"]


# `period` has Default 1 and DiffSuppressFunc PostPaidDiffSuppressFunc: the suppressed diff leaves a
# pay-as-you-go gateway's planned period null (real provider's plan); a subscription gateway gets 1.
@pytest.mark.parametrize(("payment", "period"), [("PayAsYouGo", None), ("Subscription", 1)])
def test_vpn_gateway_period_default_is_planned_only_for_a_subscription(local_cloud, payment, period):
    local_cloud.write(_gateway(payment))
    assert _planned(local_cloud, "alicloud_vpn_gateway.g")["period"] == period


def test_pay_as_you_go_vpn_gateway_converges_without_a_period(local_cloud):
    local_cloud.write(_gateway("PayAsYouGo"))
    local_cloud.init_apply()
    code, plan = local_cloud.plan_exitcode()
    assert code == 0, plan
