"""A storage stack: secure buckets, the KMS keys and log buckets of their regions, and their access.

Composes constructs from a validated StackProps; reads nothing itself.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from constructs import Construct

from ossiac.cdk import App, TerraformOutput, TerraformStack
from ossiac.cdktf_json import loads, stable_stringify
from ossiac.config.loader import LoadedStack
from ossiac.targets.backend import configure_backend
from ossiac.targets.config import load_alicloud
from ossiac.targets.selection import selected_target
from ossiac_constructs.bucket_grants import BucketGrants
from ossiac_constructs.bucket_replication import BucketReplication
from ossiac_constructs.github_deploy_role import GithubDeployRole
from ossiac_constructs.regional_foundation import RegionalFoundation
from ossiac_constructs.secure_bucket import SecureBucket
from ossiac_props.bucket import BucketProps, ReplicationProps
from ossiac_props.bucket_names import regional_name
from ossiac_props.foundation import RegionalFoundationProps
from ossiac_stacks.access import add_access
from ossiac_stacks.alarms import add_bucket_alarms
from ossiac_stacks.network import add_network
from ossiac_stacks.replace_with_bucket import add_replace_triggers


class StorageStack(TerraformStack):
    def __init__(self, scope: Construct, loaded: LoadedStack) -> None:
        config = loaded.config
        super().__init__(scope, config.name)
        configure_backend(self, config.name)
        AlicloudProvider(self, "alicloud", region=config.region)

        self.foundations: dict[str, RegionalFoundation] = {}
        home = self._foundation(loaded, config.region)
        self.buckets: dict[str, SecureBucket] = {}
        for props in loaded.buckets:
            bucket = SecureBucket(self, f"bucket-{props.name}", props, home.environment())
            self.buckets[props.name] = bucket
            if props.replication:
                self._replicate(loaded, bucket, props, props.replication)
        if config.access is not None:
            add_access(self, config.access, self.buckets)
        if config.network is not None:
            add_network(self, config.network, config.region, self.buckets, config.tags)
        add_bucket_alarms(self, config.name, config.alarms, config.tags)
        if config.deploy_role is not None:
            # Last: its policy grants on the resources the stack declares by now.
            GithubDeployRole(
                self,
                "deploy-role",
                config.deploy_role,
                state_object=_state_object(config.name),
                lock_table=_lock_table(),
            )
        self._outputs(home)

    def _foundation(self, loaded: LoadedStack, region: str) -> RegionalFoundation:
        """One KMS key and log bucket per region the stack uses; created on first use."""
        if region in self.foundations:
            return self.foundations[region]
        config = loaded.config
        home = region == config.region
        suffix = "" if home else f"-{region}"
        foundation = RegionalFoundation(
            self,
            f"foundation-{region}",
            RegionalFoundationProps(
                region=region,
                alias=None if home else region.replace("-", "_"),
                kms_key_id=config.kms.key_id if home else None,
                kms_alias=config.kms_alias + suffix,
                log_bucket=regional_name(config.log_bucket_name, suffix),
                log_bucket_existing=config.log_bucket.existing and home,
                log_retention_days=config.log_bucket.retention_days,
                tags=config.tags,
            ),
        )
        self.foundations[region] = foundation
        return foundation

    def _replicate(
        self, loaded: LoadedStack, source: SecureBucket, props: BucketProps, replication: ReplicationProps
    ) -> None:
        """`replication` is props.replication."""
        remote = self._foundation(loaded, replication.destination_region)
        destination: BucketGrants
        if replication.create_destination:
            backup_props = BucketProps(
                name=replication.destination_bucket,
                tags=props.tags,
                versioning="Enabled",
                storage_class=props.storage_class,
                redundancy_type=props.redundancy_type,
                allow_destroy=props.allow_destroy,
            )
            destination = SecureBucket(self, f"bucket-{backup_props.name}", backup_props, remote.environment())
            self.buckets[backup_props.name] = destination
        else:
            # Not ours: replicas are encrypted with the stack's key in that region.
            destination = SecureBucket.from_name(replication.destination_bucket, kms_key_id=remote.kms_key_id)
        BucketReplication(
            self,
            f"replication-{props.name}",
            replication,
            source=source,
            source_name=props.name,
            destination=destination,
        )

    def _outputs(self, home: RegionalFoundation) -> None:
        TerraformOutput(self, "buckets", value={name: b.bucket_name for name, b in self.buckets.items()})
        TerraformOutput(
            self,
            "bucket_endpoints",
            value={name: b.bucket.extranet_endpoint for name, b in self.buckets.items()},
        )
        TerraformOutput(self, "kms_key_id", value=home.kms_key_id)
        TerraformOutput(self, "access_log_bucket", value=home.log_bucket_name)


def _state_object(stack_name: str) -> tuple[str, str] | None:
    """Where the stack's state lives in OSS (as configure_backend puts it); None on the local target."""
    if selected_target() == "local":
        return None
    state = load_alicloud().state
    prefix = state.prefix.strip("/")
    return state.bucket, f"{prefix}/{stack_name}.tfstate" if prefix else f"{stack_name}.tfstate"


def _lock_table() -> tuple[str, str] | None:
    """(TableStore instance, table) that locks the state (as configure_backend configures it); None on the
    local target. Terraform's OSS backend takes the instance from the endpoint's first host label."""
    if selected_target() == "local":
        return None
    state = load_alicloud().state
    host = urlsplit(state.tablestore_endpoint).hostname or ""
    return host.split(".")[0], state.tablestore_table


def synthesize(app: App) -> None:
    """`app.synth()`, then each StorageStack's cdk.tf.json finished: bucket-bound resources are
    replaced with their bucket (replace_with_bucket.py).

    Why on the written file: the triggers are found in the resolved JSON, in Python, in one pass;
    an aspect (every construct visited from node) or a `to_terraform` override (the whole JSON sent
    to Python and back through jsii) cost a third of synth time. The file is rewritten as cdktf
    writes it, so it reads as if cdktf had added them."""
    app.synth()
    outdir = Path(app.outdir)
    for child in app.node.children:
        if isinstance(child, StorageStack):
            path = outdir / "stacks" / child.node.id / "cdk.tf.json"
            stack_json = loads(path.read_text(encoding="utf-8"))
            if not isinstance(stack_json, dict):
                raise TypeError(f"{path}: cdktf wrote {type(stack_json).__name__}, not a JSON object")
            path.write_text(stable_stringify(add_replace_triggers(stack_json)), encoding="utf-8")
