"""bench/cpu.py splits a command's CPU between itself and the provider processes it starts.

A stand-in for `terraform plan`: a parent that burns CPU itself, runs a child whose command line
names `ossiac.localprovider` (as the stand-in provider's does) and a short other child (as Terraform
runs `uname`), each burning a known amount of CPU (burned until the process's own CPU clock reaches
it, so the amounts hold on a loaded machine) and reporting what it used. No wall time is asserted.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from harness import REPO_ROOT

TICK_S = 0.01

BURN = """
import json, os, sys, time
while time.process_time() < {seconds}:
    pass
t = os.times()
with open(sys.argv[1], "a") as f:
    f.write(json.dumps([sys.argv[2], t.user + t.system]) + "\\n")
os._exit(0)  # no interpreter shutdown after the reading, so the kernel counts what was reported
"""

PARENT = """
import subprocess, sys
burn, log = sys.argv[1], sys.argv[2]
# spelled in two parts: a child caught between fork and exec shows this command line, which must not
# look like the provider's
subprocess.run([sys.executable, "-c", burn.format(seconds=0.4), log, "ossiac." + "localprovider"], check=True)
subprocess.run([sys.executable, "-c", burn.format(seconds=0.1), log, "uname"], check=True)
exec(burn.format(seconds=0.3).replace("sys.argv[1]", "log").replace("sys.argv[2]", "'parent'"))
"""


def _cpu_module():
    spec = importlib.util.spec_from_file_location("bench_cpu", REPO_ROOT / "bench" / "cpu.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_cpu"] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_the_split_matches_what_each_process_used(tmp_path: Path) -> None:
    cpu = _cpu_module()
    log = tmp_path / "used.jsonl"
    process = subprocess.Popen([sys.executable, "-c", PARENT, BURN, str(log)])
    with cpu.ChildCpu(process.pid) as children:
        cpu.wait_exited(process.pid)
    code, total = cpu.wait_with_cpu(process.pid)
    process.returncode = code
    assert code == 0

    used = dict(json.loads(line) for line in log.read_text().splitlines())
    split = cpu.Cpu(total, children.seconds(), len(children.providers))
    assert split.provider_starts == 1
    # The provider's CPU is counted whole. The other child's is read live, so what it used after the
    # last reading lands on the provider's side: never more than all it used, and never the parent's.
    provider, other = used["ossiac.localprovider"], used["uname"]
    assert provider - 2 * TICK_S <= split.provider_s <= provider + other + 2 * TICK_S, (split, used)
    assert split.terraform_s >= used["parent"] - 2 * TICK_S, (split, used)
    assert split.terraform_s + split.provider_s == total
    assert (provider - 2 * TICK_S) / total <= split.provider_share <= (provider + other + 2 * TICK_S) / total


def test_no_children_means_no_provider_cpu(tmp_path: Path) -> None:
    cpu = _cpu_module()
    process = subprocess.Popen([sys.executable, "-c", "import time\nwhile time.process_time() < 0.2: pass"])
    with cpu.ChildCpu(process.pid) as children:
        cpu.wait_exited(process.pid)
    code, total = cpu.wait_with_cpu(process.pid)
    process.returncode = code
    assert code == 0 and total >= 0.2 - TICK_S
    assert children.seconds() == 0 and not children.providers
