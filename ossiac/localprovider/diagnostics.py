"""Terraform diagnostics from local-cloud errors: summary `<Code>: <message>`, like the SDK shows API errors."""

from __future__ import annotations

import uuid

from ossiac.localcloud.errors import CloudError
from ossiac.localprovider import tfplugin5_pb2 as pb


def path_pb(steps) -> pb.AttributePath:
    out = []
    for s in steps:
        if isinstance(s, int):
            out.append(pb.AttributePath.Step(element_key_int=s))
        else:
            out.append(pb.AttributePath.Step(attribute_name=s))
    return pb.AttributePath(steps=out)


def diag(summary: str, detail: str = "", attribute: tuple = (), warning: bool = False) -> pb.Diagnostic:
    d = pb.Diagnostic(
        severity=pb.Diagnostic.WARNING if warning else pb.Diagnostic.ERROR, summary=summary, detail=detail
    )
    if attribute:
        d.attribute.CopyFrom(path_pb(attribute))
    return d


def from_error(err: CloudError, type_name: str, operation: str) -> pb.Diagnostic:
    request_id = uuid.uuid4().hex[:24].upper()
    detail = (
        f"{type_name} {operation} failed against the local cloud.\n"
        f"ErrorCode: {err.code}\nStatusCode: {err.status}\nRequestId: {request_id}\n{err.message}"
    )
    return diag(f"{err.code}: {err.message}", detail, err.attribute)
