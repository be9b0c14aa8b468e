"""Stand-in for the `registry.terraform.io/aliyun/alicloud` 1.289.0 provider, backed by the local cloud.

Terraform runs it as a plugin (`python -m ossiac.localprovider`, via the filesystem mirror that
`ossiac.targets.mirror` builds). Every resource and data source comes from the pinned schema
(ossiac/schema/alicloud.schema.json) and its facts; per-family semantic checks live in `checks/`.
"""
