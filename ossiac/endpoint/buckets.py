"""Buckets themselves: PutBucket, DeleteBucket, GetBucketInfo, GetBucketLocation."""

from __future__ import annotations

from werkzeug.wrappers import Response

from ossiac.endpoint import xmlio
from ossiac.endpoint.app import Call, Route, oss_response, xml_response
from ossiac.endpoint.bucket_info import info
from ossiac.endpoint.errors import OssError, invalid_argument
from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.errors import CloudError

ACLS = ("private", "public-read", "public-read-write")
STORAGE_CLASSES = ("Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive")
REDUNDANCY = ("LRS", "ZRS")


def _choice(value: str, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise invalid_argument(
            f"{name} {value!r} is not valid; OSS takes one of: {', '.join(allowed)}.", name=name, value=value
        )
    return value


def put_bucket(call: Call) -> Response:
    acl = _choice(call.header("x-oss-acl") or "private", ACLS, "x-oss-acl")
    storage_class, redundancy = "Standard", "LRS"
    body = call.body(call.limits.max_xml_bytes)
    if body.strip():
        config = xmlio.parse(body, "CreateBucketConfiguration")
        storage_class = _choice(xmlio.text(config, "StorageClass") or storage_class, STORAGE_CLASSES, "StorageClass")
        redundancy = _choice(xmlio.text(config, "DataRedundancyType") or redundancy, REDUNDANCY, "DataRedundancyType")
    bucket = call.bucket or ""  # a bucket-scoped route: the address names one
    existing = buckets.get(call.store, bucket)
    if existing is not None:
        raise OssError(
            409,
            "BucketAlreadyExists",
            "The requested bucket name is not available. The bucket "
            "namespace is shared by all users of the system. Please select a different name and try "
            "again.",
            ec="0015-00000104",
            extra={"BucketName": bucket},
        )
    with call.store.transaction():
        record = buckets.new_record(
            bucket, call.region, origin="api", storage_class=storage_class, redundancy_type=redundancy, acl=acl
        )
        buckets.create(call.store, record)
    return oss_response(b"", 200, content_type=None, headers={"Location": f"/{call.bucket}"})


def delete_bucket(call: Call) -> Response:
    try:
        with call.store.transaction():
            buckets.delete(call.store, call.bucket or "", force=False)
    except CloudError as exc:
        if exc.code == "BucketNotEmpty":
            raise OssError(
                409,
                "BucketNotEmpty",
                "The bucket you tried to delete is not empty.",
                ec="0015-00000301",
                extra={"BucketName": call.bucket or ""},
            ) from None
        raise
    return oss_response(b"", 204, content_type=None)


def get_bucket_info(call: Call) -> Response:
    return xml_response("BucketInfo", {"Bucket": info(call.bucket_record())})


def get_bucket_location(call: Call) -> Response:
    region = call.bucket_record()["region"]
    return oss_response(xmlio.DECLARATION + f"<LocationConstraint>oss-{region}</LocationConstraint>".encode())


ROUTES = {
    ("bucket", "PUT", None): Route("oss:PutBucket", put_bucket, needs_bucket=False),
    ("bucket", "DELETE", None): Route("oss:DeleteBucket", delete_bucket),
    ("bucket", "GET", "bucketInfo"): Route("oss:GetBucketInfo", get_bucket_info),
    ("bucket", "GET", "location"): Route("oss:GetBucketLocation", get_bucket_location),
}
