"""Written reasons for security-scanner findings, carried in the synthesized JSON.

A waiver is recorded in the resource's `//` comment property, which Terraform ignores, under
`ossiac_waivers: {check_id: reason}`. `ossiac scan` accepts a checkov finding only when the
failing resource carries a waiver for that check; the reason is printed with the result.
"""

from __future__ import annotations

from cdktf import TerraformResource

WAIVERS_KEY = "ossiac_waivers"


def waive(resource: TerraformResource, check_id: str, reason: str) -> None:
    resource.add_override(f"//.{WAIVERS_KEY}.{check_id}", reason)
