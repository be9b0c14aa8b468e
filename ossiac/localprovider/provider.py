"""The tfplugin5 `Provider` service: RPCs decoded, dispatched to adapters, errors as diagnostics.

Behaves like a plugin-SDK provider (the real alicloud one is): `legacy_type_system` is set, so
Terraform tolerates SDK-style defaults filled into arguments; plan marks unset computed values
unknown on create and ForceNew arguments as requires-replace; apply returns what the cloud stored,
and read returns exactly that, so an unchanged configuration plans no changes.
"""

from __future__ import annotations

import json
import sys
import time
import traceback

import grpc

from ossiac import settings
from ossiac.localcloud.errors import CloudError
from ossiac.localprovider import (
    checks,
    cty,
    datasources,
    plan_rules,
    redaction,
    schema as schema_mod,
    tfplugin5_pb2 as pb,
)
from ossiac.localprovider.context import Cloud
from ossiac.localprovider.cty import UNKNOWN
from ossiac.localprovider.diagnostics import diag, from_error, path_pb
from ossiac.localprovider.resources import adapter_for
from ossiac.localprovider.values import canon, has_unknown, normalize, walk
from ossiac_props.regions import region_problem

TRACE = settings.value("OSSIAC_LOCALCLOUD_TRACE") == "1"
# Simulated API latency per write (ms): lets tests interrupt an apply between two resources.
LATENCY = float(settings.value("OSSIAC_LOCALCLOUD_LATENCY_MS") or 0) / 1000


def log(msg: str) -> None:  # stderr goes to Terraform's log (TF_LOG)
    sys.stderr.write(f"[localcloud] {msg}\n")


def _dv(value, ty) -> pb.DynamicValue:
    return pb.DynamicValue(msgpack=cty.encode(value, ty))


def _read_dv(dv: pb.DynamicValue, ty):
    if dv.msgpack:
        return cty.decode(dv.msgpack, ty)
    if dv.json:
        return cty.from_json(json.loads(dv.json), ty)
    return None


def _errors_to_diags(errors: list[CloudError], type_name: str, operation: str) -> list:
    return [from_error(e, type_name, operation) for e in errors]


class AlicloudStandIn:
    def __init__(self) -> None:
        self.schema = schema_mod.load()
        self.cloud = Cloud()

    # -- metadata and schema --------------------------------------------------------------
    def GetMetadata(self, req, ctx):
        return pb.GetMetadata.Response(
            server_capabilities=pb.ServerCapabilities(get_provider_schema_optional=False),
            resources=[pb.GetMetadata.ResourceMetadata(type_name=n) for n in self.schema.resources],
            data_sources=[pb.GetMetadata.DataSourceMetadata(type_name=n) for n in self.schema.data_sources],
        )

    def GetSchema(self, req, ctx):
        return self.schema.response

    def GetResourceIdentitySchemas(self, req, ctx):
        return pb.GetResourceIdentitySchemas.Response()

    # -- provider configuration -------------------------------------------------------------
    def PrepareProviderConfig(self, req, ctx):
        return pb.PrepareProviderConfig.Response(prepared_config=req.config)

    def Configure(self, req, ctx):
        cfg = _read_dv(req.config, self.schema.provider_ty) or {}
        if isinstance(cfg.get("region"), str) and cfg["region"]:
            # The real provider finds no endpoint for a region it does not know; never invent one.
            if problem := region_problem(cfg["region"]):
                return pb.Configure.Response(diagnostics=[diag("InvalidRegionId", problem, ("region",))])
            self.cloud.region = cfg["region"]
        return pb.Configure.Response()

    # -- validation -------------------------------------------------------------------------
    def ValidateResourceTypeConfig(self, req, ctx):
        kind = self.schema.resources[req.type_name]
        cfg = _read_dv(req.config, kind.ty) or {}
        return pb.ValidateResourceTypeConfig.Response(
            diagnostics=_errors_to_diags(checks.validate(kind, cfg), kind.name, "validation")
        )

    def ValidateDataSourceConfig(self, req, ctx):
        kind = self.schema.data_sources[req.type_name]
        cfg = _read_dv(req.config, kind.ty) or {}
        return pb.ValidateDataSourceConfig.Response(
            diagnostics=_errors_to_diags(checks.validate(kind, cfg), kind.name, "validation")
        )

    def UpgradeResourceState(self, req, ctx):
        kind = self.schema.resources[req.type_name]
        if not req.raw_state.json:
            return pb.UpgradeResourceState.Response(
                diagnostics=[
                    diag("Legacy flatmap state is not supported", "Re-create the resource with Terraform >= 0.12.")
                ]
            )
        # Every type is at schema version 0: coercing to the current type is the whole upgrade.
        raw = json.loads(req.raw_state.json)
        return pb.UpgradeResourceState.Response(upgraded_state=_dv(cty.from_json(raw, kind.ty), kind.ty))

    # -- managed resources ------------------------------------------------------------------
    def _finish(self, kind, state: dict | None, timeouts) -> dict | None:
        if state is None:
            return None
        out = normalize(kind.block, state)
        if "timeouts" in kind.ty[1]:
            out["timeouts"] = timeouts  # configuration only, never remote data
        return out

    def ReadResource(self, req, ctx):
        kind = self.schema.resources[req.type_name]
        cur = _read_dv(req.current_state, kind.ty) or {}
        resp = pb.ReadResource.Response(private=req.private)
        try:
            new = adapter_for(kind, self.cloud).read(cur)
        except CloudError as err:
            resp.diagnostics.append(from_error(err, kind.name, "read"))
            resp.new_state.CopyFrom(_dv(cur, kind.ty))
            return resp
        resp.new_state.CopyFrom(_dv(self._finish(kind, new, cur.get("timeouts")), kind.ty))
        return resp

    def PlanResourceChange(self, req, ctx):
        kind = self.schema.resources[req.type_name]
        prior = _read_dv(req.prior_state, kind.ty)
        proposed = _read_dv(req.proposed_new_state, kind.ty)
        resp = pb.PlanResourceChange.Response(legacy_type_system=True, planned_private=req.prior_private)
        if proposed is None:  # destroy
            resp.planned_state.CopyFrom(_dv(None, kind.ty))
            return resp
        planned = proposed  # decoded for this call only: filled in place, no copy needed

        def defaults(block, obj, prefix):  # SDK Default values for unset optional arguments
            for name, a in block.get("attributes", {}).items():
                fact = kind.fact(prefix + name)
                if "default" in fact and obj.get(name) is None and not a.get("computed"):
                    obj[name] = plan_rules.planned_default(fact, name, obj, prior) if not prefix else fact["default"]

        walk(kind.block, planned, defaults)

        if prior is None:  # create: whatever the cloud will compute is unknown until apply

            def unknowns(block, obj, prefix):
                for name, a in block.get("attributes", {}).items():
                    if a.get("computed") and obj.get(name) is None:
                        obj[name] = UNKNOWN

            walk(kind.block, planned, unknowns)
            for name in plan_rules.computed_blocks_left_out(kind, planned):
                planned[name] = UNKNOWN  # the SDK plans an Optional+Computed block it is not given as computed
        else:
            plan_rules.keep_prior(kind, prior, planned)  # what the SDK's diff leaves as it was
            for top in kind.force_new_top:
                t = kind.ty[1][top]
                if has_unknown(planned.get(top)) or canon(prior.get(top), t) != canon(planned.get(top), t):
                    resp.requires_replace.append(path_pb([top]))
        resp.planned_state.CopyFrom(_dv(planned, kind.ty))
        return resp

    def ApplyResourceChange(self, req, ctx):
        kind = self.schema.resources[req.type_name]
        prior = _read_dv(req.prior_state, kind.ty)
        planned = _read_dv(req.planned_state, kind.ty)
        resp = pb.ApplyResourceChange.Response(legacy_type_system=True, private=req.planned_private)
        adapter = adapter_for(kind, self.cloud)
        try:
            if planned is None:
                adapter.delete(prior)
                new = None
            elif prior is None:
                new = self._finish(kind, adapter.create(planned), planned.get("timeouts"))
            else:
                new = self._finish(kind, adapter.update(prior, planned), planned.get("timeouts"))
            if LATENCY:
                time.sleep(LATENCY)
            resp.new_state.CopyFrom(_dv(new, kind.ty))
        except CloudError as err:  # a diagnostic, not an RPC error: Terraform keeps the prior state
            resp.new_state.CopyFrom(_dv(prior, kind.ty))
            resp.diagnostics.append(from_error(err, kind.name, "delete" if planned is None else "apply"))
        return resp

    def ImportResourceState(self, req, ctx):
        kind = self.schema.resources[req.type_name]
        if not kind.meta.get("importable", True):
            return pb.ImportResourceState.Response(
                diagnostics=[
                    diag(
                        f"Resource {kind.name} doesn't support import",
                        "The real provider has no importer for this resource type either.",
                    )
                ]
            )
        try:
            state = adapter_for(kind, self.cloud).import_state(req.id)
        except CloudError as err:
            return pb.ImportResourceState.Response(diagnostics=[from_error(err, kind.name, "import")])
        # ImportStatePassthrough: the ID only; Terraform then calls ReadResource for the rest.
        return pb.ImportResourceState.Response(
            imported_resources=[
                pb.ImportResourceState.ImportedResource(
                    type_name=kind.name, state=_dv(normalize(kind.block, state), kind.ty)
                )
            ]
        )

    # -- data sources -----------------------------------------------------------------------
    def ReadDataSource(self, req, ctx):
        kind = self.schema.data_sources[req.type_name]
        cfg = _read_dv(req.config, kind.ty) or {}
        state = cty.from_json(datasources.read(kind.name, cfg, self.cloud), kind.ty)
        return pb.ReadDataSource.Response(state=_dv(state, kind.ty))

    def Stop(self, req, ctx):
        return pb.Stop.Response()


_RPCS = {
    "GetMetadata": pb.GetMetadata,
    "GetSchema": pb.GetProviderSchema,
    "PrepareProviderConfig": pb.PrepareProviderConfig,
    "ValidateResourceTypeConfig": pb.ValidateResourceTypeConfig,
    "ValidateDataSourceConfig": pb.ValidateDataSourceConfig,
    "UpgradeResourceState": pb.UpgradeResourceState,
    "GetResourceIdentitySchemas": pb.GetResourceIdentitySchemas,
    "Configure": pb.Configure,
    "ReadResource": pb.ReadResource,
    "PlanResourceChange": pb.PlanResourceChange,
    "ApplyResourceChange": pb.ApplyResourceChange,
    "ImportResourceState": pb.ImportResourceState,
    "ReadDataSource": pb.ReadDataSource,
    "Stop": pb.Stop,
}


def request_secrets(impl: AlicloudStandIn, req) -> set[str]:
    """The secret strings a request carries (see redaction.py), from every value it holds."""
    type_name = getattr(req, "type_name", "")
    kind = impl.schema.resources.get(type_name) or impl.schema.data_sources.get(type_name)
    if kind is None:
        return set()
    found: set[str] = set()
    for field in ("config", "prior_state", "proposed_new_state", "planned_state", "current_state"):
        if req.DESCRIPTOR.fields_by_name.get(field) is not None and req.HasField(field):
            try:
                found |= redaction.secrets_in(kind.block, _read_dv(getattr(req, field), kind.ty) or {})
            except Exception:  # an undecodable value holds nothing we could show either
                continue
    return found


def handlers(impl: AlicloudStandIn) -> grpc.GenericRpcHandler:
    def wrap(name, fn):
        def call(req, ctx):
            if TRACE:
                log(f"rpc {name} {getattr(req, 'type_name', '')}")
            try:
                resp = fn(req, ctx)
            except Exception:
                secrets = request_secrets(impl, req)
                tb = redaction.scrub(traceback.format_exc(), secrets)
                log(f"{name} crashed:\n{tb}")
                ctx.abort(grpc.StatusCode.INTERNAL, f"localcloud {name}: {tb.splitlines()[-1]}")
            if len(getattr(resp, "diagnostics", ())):
                redaction.scrub_diagnostics(resp.diagnostics, request_secrets(impl, req))
            return resp

        return call

    return grpc.method_handlers_generic_handler(
        "tfplugin5.Provider",
        {
            name: grpc.unary_unary_rpc_method_handler(
                wrap(name, getattr(impl, name)),
                request_deserializer=msg.Request.FromString,
                response_serializer=msg.Response.SerializeToString,
            )
            for name, msg in _RPCS.items()
        },
    )


def main() -> None:
    from ossiac.localprovider.server import serve

    serve(handlers(AlicloudStandIn()))
