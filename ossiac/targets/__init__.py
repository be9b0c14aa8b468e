"""Deployment targets: `local` (default: the stand-in provider and the local cloud) and `alicloud`.

Selection is the same everywhere: `--target` on ossiac commands, else $OSSIAC_TARGET, else local.
The synthesized Terraform JSON is the same for both except the `terraform.backend` block
(`backend.configure_backend`); the Terraform environment (`environment.terraform_env`) picks
which provider Terraform installs.
"""
