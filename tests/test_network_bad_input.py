"""VPC blocks CreateVpc refuses and vSwitch zones of another region are refused: by `python main.py`
(file, line, key and what is allowed) and by the stand-in provider through real Terraform, as the
real CreateVpc/CreateVSwitch would; blocks and zones the APIs accept are accepted by both (issue 29).

The rules are facts: props/vpc_cidr_rules.json and props/zones.json (tools/facts/).
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest
import yaml

from harness import REPO_ROOT, command_env, run
from ossiac.config import loader
from ossiac.config.loader import load_stack_files
from ossiac.config.problems import ConfigError
from ossiac.config.region_checks import region_problems

EXAMPLE = yaml.safe_load((REPO_ROOT / "estate" / "migration.yaml").read_text(encoding="utf-8"))
RULES = json.loads((REPO_ROOT / "props" / "vpc_cidr_rules.json").read_text(encoding="utf-8"))


def _stack_file(tmp_path: Path, change) -> Path:
    data = copy.deepcopy(EXAMPLE)
    change(data["stacks"][0]["network"])
    file = tmp_path / "infra" / "migration.yaml"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return file


def _main_py(app_dir: Path, file: Path) -> str:
    """`python main.py` on `file`: refused with exit 1 and no traceback; its stderr."""
    result = run([sys.executable, "main.py"], app_dir, command_env(OSSIAC_STACK_FILES=str(file)))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def _line_of(file: Path, text: str, after: str = "") -> int:
    """The first line holding `text` below the first holding `after`."""
    lines = file.read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if after in line)
    return next(n for n, line in enumerate(lines, 1) if n > start and text in line)


# --- reserved and out-of-range VPC blocks --------------------------------------------------------


@pytest.mark.parametrize(
    "cidr, how",
    [
        ("100.64.0.0/10", "lies inside 100.64.0.0/10"),
        ("100.64.0.0/16", "lies inside 100.64.0.0/10"),
        ("100.127.255.0/24", "lies inside 100.64.0.0/10"),
        ("100.0.0.0/8", "contains 100.64.0.0/10"),
        ("224.0.0.0/8", "lies inside 224.0.0.0/4"),
        ("239.1.0.0/16", "lies inside 224.0.0.0/4"),
        ("127.0.0.0/8", "lies inside 127.0.0.0/8"),
        ("169.254.0.0/16", "lies inside 169.254.0.0/16"),
        ("169.254.10.0/24", "lies inside 169.254.0.0/16"),
        ("10.0.0.0/7", "a VPC's mask must be /8 to /28"),
        ("10.0.0.0/29", "a VPC's mask must be /8 to /28"),
    ],
)
def test_a_vpc_block_createvpc_refuses_is_refused_naming_file_line_and_key(app_dir, tmp_path, cidr, how):
    def change(net):
        net["vpcs"][1]["cidr"] = cidr
        net["vpcs"][1]["vswitches"] = []
        net["vpns"][0]["connection"]["local_networks"] = ["172.24.0.0/16"]
        net["peerings"][0]["peer_vpc_routes"] = []

    file = _stack_file(tmp_path, change)
    stderr = _main_py(app_dir, file)
    line = _line_of(file, f"cidr: {cidr}")
    expected = (
        f"{file}:{line}: stacks[0].network.vpcs[1].cidr: '{cidr}' {how}"
        if "lies" in how or "contains" in how
        else f"{file}:{line}: stacks[0].network.vpcs[1].cidr: '{cidr}': {how}"
    )
    assert expected in stderr, stderr
    assert "allowed: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or a block inside them" in stderr
    assert "100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8, 169.254.0.0/16; masks /8 to /28" in stderr


@pytest.mark.parametrize("cidr", ["30.16.0.0/16", "100.128.0.0/16", "11.0.0.0/8", "192.168.0.0/28", "169.253.0.0/16"])
def test_a_custom_block_outside_the_reserved_ranges_is_accepted(tmp_path, cidr):
    """CreateVpc takes custom blocks besides the RFC 1918 ones: refusing them would be as wrong."""

    def change(net):
        net["vpcs"][1]["cidr"] = cidr
        net["vpcs"][1]["vswitches"] = []
        net["vpns"][0]["connection"]["local_networks"] = ["172.24.0.0/16"]
        net["peerings"][0]["peer_vpc_routes"] = []

    (stack,) = load_stack_files([_stack_file(tmp_path, change)])
    assert stack.config.network.vpcs[1].cidr == cidr


def test_routes_into_the_reserved_range_stay_allowed(tmp_path):
    """OSS's internal VIPs are in 100.64.0.0/10: a route or VPN selector toward them is no VPC block."""
    (stack,) = load_stack_files(
        [_stack_file(tmp_path, lambda net: net["peerings"][0].update(oss_internal_cidrs=["100.98.35.0/24"]))]
    )
    assert stack.config.network.peerings[0].oss_internal_cidrs == ["100.98.35.0/24"]


def test_the_rules_file_is_the_documented_one():
    assert RULES["vpc"]["reserved_blocks"] == ["100.64.0.0/10", "224.0.0.0/4", "127.0.0.0/8", "169.254.0.0/16"]
    assert RULES["vpc"]["mask_bits"] == [8, 28] and RULES["vswitch"]["mask_bits"] == [16, 29]
    assert RULES["retrieved"] and all(url.startswith("https://www.alibabacloud.com/help/") for url in RULES["sources"])


# --- vSwitch zones of another region ---------------------------------------------------------------


def test_a_vswitch_zone_of_another_region_is_refused_in_a_vpc_that_names_its_region(app_dir, tmp_path):
    file = _stack_file(tmp_path, lambda net: net["vpcs"][0]["vswitches"][0].update(zone="cn-shanghai-b"))
    stderr = _main_py(app_dir, file)
    line = _line_of(file, "- name: tokyo-transit")
    assert (
        f"{file}:{line}: stacks[0].network.vpcs[0]: vswitches[0].zone: 'cn-shanghai-b' is a zone of cn-shanghai, "
        "not of the VPC's region ap-northeast-1; allowed: a zone ID of ap-northeast-1 "
        "(documented: ap-northeast-1a, ap-northeast-1b, ap-northeast-1c)"
    ) in stderr, stderr


@pytest.mark.parametrize("zone", ["ap-northeast-1-a", "ap-northeast-1aa", "ap-northeast-10a"])
def test_a_zone_id_not_in_the_region_format_is_refused(tmp_path, zone):
    """The zone letter follows a region ID ending in a digit directly; ap-northeast-10 is no region."""
    file = _stack_file(tmp_path, lambda net: net["vpcs"][0]["vswitches"][0].update(zone=zone))
    with pytest.raises(ConfigError) as caught:
        load_stack_files([file])
    (problem,) = caught.value.problems
    assert problem.path == "stacks[0].network.vpcs[0]"
    assert (
        f"vswitches[0].zone: '{zone}' names no region the provider knows: it is no zone of the VPC's region "
        "ap-northeast-1; allowed: a zone ID of ap-northeast-1 (documented: ap-northeast-1a" in problem.message
    )


def _default_region_zone(net):
    net["vpcs"][1]["vswitches"][0]["zone"] = "ap-northeast-1a"  # shanghai-storage: no region, the stack's (cn-shanghai)


def test_a_vswitch_zone_of_another_region_in_a_vpc_of_the_stacks_region_is_a_region_problem(tmp_path):
    file = _stack_file(tmp_path, _default_region_zone)
    (problem,) = region_problems(loader.load_stack_file(file))  # one file, before the estate-wide checks
    assert (problem.file, problem.line) == (file, _line_of(file, "zone: ap-northeast-1a", "shanghai-storage"))
    assert problem.path == "stacks[0].network.vpcs[1].vswitches[0].zone"
    assert problem.message.startswith(
        "'ap-northeast-1a' is a zone of ap-northeast-1, not of the VPC's region cn-shanghai; "
        "allowed: a zone ID of cn-shanghai (documented: cn-shanghai-a"
    )
    assert problem.message.endswith("(a VPC without `region` is in the stack's region)")


def test_main_py_refuses_a_zone_of_another_region_in_a_vpc_of_the_stacks_region(app_dir, tmp_path):
    file = _stack_file(tmp_path, _default_region_zone)
    stderr = _main_py(app_dir, file)
    assert (
        f"{file}:{_line_of(file, 'zone: ap-northeast-1a', 'shanghai-storage')}: stacks[0].network.vpcs[1].vswitches[0].zone: "
        "'ap-northeast-1a' is a zone of ap-northeast-1, not of the VPC's region cn-shanghai"
    ) in stderr, stderr


def test_the_example_estate_zones_are_accepted():
    assert region_problems(load_stack_files([REPO_ROOT / "estate" / "migration.yaml"])) == []


# --- the stand-in provider, through real Terraform -------------------------------------------------

PLAN_REFUSED = {
    "vpc in 100.64.0.0/10": (
        'resource "alicloud_vpc" "v" {\n  cidr_block = "100.64.0.0/16"\n}\n',
        "InvalidCidrBlock.Malformed: cidr_block '100.64.0.0/16' lies inside 100.64.0.0/10, a range CreateVpc reserves",
    ),
    "vpc in 169.254.0.0/16": (
        'resource "alicloud_vpc" "v" {\n  cidr_block = "169.254.0.0/16"\n}\n',
        "InvalidCidrBlock.Malformed: cidr_block '169.254.0.0/16' lies inside 169.254.0.0/16",
    ),
    "vpc mask /29": (
        'resource "alicloud_vpc" "v" {\n  cidr_block = "10.0.0.0/29"\n}\n',
        "InvalidCidrBlock.Malformed: cidr_block '10.0.0.0/29': a VPC's mask must be /8 to /28",
    ),
    "vswitch mask /30": (
        """
resource "alicloud_vpc" "v" {
  cidr_block = "10.0.0.0/16"
}

resource "alicloud_vswitch" "s" {
  vpc_id     = alicloud_vpc.v.id
  cidr_block = "10.0.0.0/30"
  zone_id    = "cn-hangzhou-h"
}
""",
        "InvalidCidrBlock.Malformed: cidr_block '10.0.0.0/30': a vSwitch CIDR block must be a /16 to a /29",
    ),
}


@pytest.mark.parametrize("case", PLAN_REFUSED)
def test_the_stand_in_refuses_at_plan_what_createvpc_and_createvswitch_refuse(local_cloud, case):
    hcl, expected = PLAN_REFUSED[case]
    local_cloud.write(hcl)
    local_cloud.tf("init", "-input=false", "-no-color")
    result = local_cloud.tf("plan", "-input=false", "-no-color", check=False)
    assert result.returncode == 1
    assert f"Error: {expected}" in " ".join(result.stderr.split()), result.stderr


def _vswitch(zone: str, cidr: str = "30.16.0.0/16") -> str:
    return f"""
resource "alicloud_vpc" "v" {{
  cidr_block = "{cidr}"
}}

resource "alicloud_vswitch" "s" {{
  vpc_id     = alicloud_vpc.v.id
  cidr_block = "{cidr.rsplit(".", 2)[0]}.1.0/24"
  zone_id    = "{zone}"
}}
"""


def test_the_stand_in_refuses_a_vswitch_in_a_zone_of_another_region_at_apply(local_cloud):
    local_cloud.write(_vswitch("ap-northeast-1a"))  # the provider is configured for cn-hangzhou
    local_cloud.tf("init", "-input=false", "-no-color")
    result = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color", check=False)
    assert result.returncode == 1
    assert (
        "Error: InvalidZoneId.NotFound: zone_id 'ap-northeast-1a' is a zone of ap-northeast-1, not of the VPC's "
        "region cn-hangzhou; allowed: a zone ID of cn-hangzhou"
    ) in " ".join(result.stderr.split()), result.stderr


def test_the_stand_in_creates_a_custom_block_vpc_and_a_vswitch_in_its_regions_zone(local_cloud):
    """30.16.0.0/16 is a custom block CreateVpc accepts (the stand-in used to refuse every non-RFC 1918 block)."""
    local_cloud.write(_vswitch("cn-hangzhou-h"))
    local_cloud.init_apply()
    state = json.loads(local_cloud.tf("show", "-json", "-no-color").stdout)
    resources = {r["type"]: r["values"] for r in state["values"]["root_module"]["resources"]}
    assert resources["alicloud_vpc"]["cidr_block"] == "30.16.0.0/16"
    assert resources["alicloud_vpc"]["region_id"] == "cn-hangzhou"
    assert resources["alicloud_vswitch"]["zone_id"] == "cn-hangzhou-h"


def test_the_stand_in_takes_a_vswitch_in_its_regions_zone_through_an_aliased_provider(local_cloud):
    """As a stack makes a VPC in another region: its aliased provider's region is the VPC's and the zone's."""
    local_cloud.write("""
provider "alicloud" {
  alias  = "ap_northeast_1"
  region = "ap-northeast-1"
}

resource "alicloud_vpc" "tokyo" {
  provider   = alicloud.ap_northeast_1
  cidr_block = "172.24.0.0/16"
}

resource "alicloud_vswitch" "transit" {
  provider   = alicloud.ap_northeast_1
  vpc_id     = alicloud_vpc.tokyo.id
  cidr_block = "172.24.0.0/24"
  zone_id    = "ap-northeast-1a"
}
""")
    local_cloud.init_apply()
    state = json.loads(local_cloud.tf("show", "-json", "-no-color").stdout)
    resources = {r["type"]: r["values"] for r in state["values"]["root_module"]["resources"]}
    assert resources["alicloud_vpc"]["region_id"] == "ap-northeast-1"
    assert resources["alicloud_vswitch"]["zone_id"] == "ap-northeast-1a"


def test_the_stand_in_finds_no_vpc_of_another_region(local_cloud):
    """CreateVSwitch in ap-northeast-1 does not see a VPC made in cn-hangzhou."""
    local_cloud.write("""
provider "alicloud" {
  alias  = "ap_northeast_1"
  region = "ap-northeast-1"
}

resource "alicloud_vpc" "hangzhou" {
  cidr_block = "172.24.0.0/16"
}

resource "alicloud_vswitch" "transit" {
  provider   = alicloud.ap_northeast_1
  vpc_id     = alicloud_vpc.hangzhou.id
  cidr_block = "172.24.0.0/24"
  zone_id    = "ap-northeast-1a"
}
""")
    local_cloud.tf("init", "-input=false", "-no-color")
    result = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color", check=False)
    assert result.returncode == 1
    assert "is in cn-hangzhou, not in this provider's region ap-northeast-1" in " ".join(result.stderr.split()), (
        result.stderr
    )
    assert "Error: InvalidVpcId.NotFound: The specified VPC" in " ".join(result.stderr.split())
