"""Which bucket and object a request names: virtual-hosted style (the bucket in the Host header)
or path style (the bucket as the first path segment), and the rules OSS keeps for both names."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from ossiac.endpoint.errors import OssError

# One bucket-name rule for the whole local cloud (the stand-in provider keeps the same one).
from ossiac.localcloud.bucket import NAME_RULE, valid_name

MAX_KEY_BYTES = 1023
# Query keys that select an operation other than the plain one on a service, bucket or object.
OPERATION_SUBRESOURCES = frozenset(
    {
        "acl",
        "cors",
        "referer",
        "website",
        "lifecycle",
        "encryption",
        "versioning",
        "versions",
        "logging",
        "policy",
        "policyStatus",
        "publicAccessBlock",
        "tagging",
        "bucketInfo",
        "location",
        "stat",
        "uploads",
        "uploadId",
        "delete",
        "append",
        "symlink",
        "restore",
        "objectMeta",
        "replication",
        "replicationProgress",
        "replicationLocation",
        "inventory",
        "worm",
        "wormId",
        "wormExtend",
        "transferAcceleration",
        "requestPayment",
        "accessMonitor",
        "httpsConfig",
        "resourceGroup",
        "cname",
        "qos",
        "comp",
        "live",
        "regionList",
        "x-oss-process",
        "dataRedundancyTransition",
        "style",
        "callback",
    }
)
# <bucket>.localhost (browsers resolve it to loopback) and <bucket>.oss-<region>.aliyuncs.com. The
# service part is matched without regard to case (DNS names); the bucket part is kept as sent, so
# `ABC.oss-cn-hangzhou.aliyuncs.com` is refused as OSS refuses it (InvalidBucketName, 0015-00000001).
# Everything before the service part is the bucket, so `a.b.localhost` is the invalid name `a.b`.
_VIRTUAL_HOST = re.compile(
    r"^(?P<bucket>.+)\.(?P<service>localhost|oss-[a-z0-9-]+(?:-internal)?\.aliyuncs\.com)$", re.IGNORECASE
)


@dataclass(frozen=True)
class Address:
    bucket: str | None
    key: str | None
    style: str  # "path" or "virtual"


def _host_name(host: str) -> str:
    """The Host header without its port, as sent (its case is kept: the bucket part is case-sensitive)."""
    host = host.strip()
    if host.startswith("["):  # [::1]:port
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
        return True
    except ValueError:
        return False


def invalid_bucket_name(name: str) -> OssError:
    return OssError(
        400,
        "InvalidBucketName",
        f"The specified bucket is not valid. {NAME_RULE}",
        ec="0015-00000001",
        extra={"BucketName": name},
    )


def invalid_object_name(message: str, ec: str = "") -> OssError:
    """OSS's EC numbers: 0016-00000005 a leading '/' or '\\', 0016-00000002 too long or not UTF-8;
    OSS documents none for the NUL and '.'/'..' refusals this endpoint adds."""
    return OssError(400, "InvalidObjectName", message, ec=ec)


def check_bucket_name(name: str) -> str:
    if not valid_name(name):
        raise invalid_bucket_name(name)
    return name


def check_key(raw: bytes) -> str:
    """An object key as OSS accepts it: UTF-8, 1 to 1023 bytes, no leading '/' or '\\', no NUL,
    and no '.' or '..' segment (which would make the same object reachable under two names)."""
    try:
        key = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise invalid_object_name("The object name is not valid UTF-8.", "0016-00000002") from None
    if len(raw) > MAX_KEY_BYTES:  # OSS: "The Length of Object name must be less than 1024"
        raise invalid_object_name(
            f"The object name is {len(raw)} bytes; it must be less than {MAX_KEY_BYTES + 1}.", "0016-00000002"
        )
    if key.startswith(("/", "\\")):
        raise invalid_object_name("The object name must not start with '/' or '\\'.", "0016-00000005")
    if "\x00" in key:
        raise invalid_object_name("The object name must not contain a NUL character.")
    if any(part in (".", "..") for part in re.split(r"[/\\]", key)):
        raise invalid_object_name("The object name must not contain a '.' or '..' path segment.")
    return key


def address(host: str, raw_path: bytes) -> Address:
    """The bucket and key of a request, from its Host header and its percent-decoded path bytes."""
    name = _host_name(host or "")
    virtual = None if _is_ip(name) else _VIRTUAL_HOST.match(name)
    if virtual:
        bucket = check_bucket_name(virtual.group("bucket"))
        rest = raw_path[1:] if raw_path.startswith(b"/") else raw_path
        return Address(bucket, check_key(rest) if rest else None, "virtual")
    # Anything else (an IP, localhost, oss-<region>.aliyuncs.com, another name) is path style.
    segments = raw_path.split(b"/", 2)  # b"", bucket, key
    if len(segments) < 2 or not segments[1]:
        if len(segments) > 2 and segments[2]:
            raise invalid_bucket_name("")
        return Address(None, None, "path")
    try:
        bucket = segments[1].decode("utf-8")
    except UnicodeDecodeError:
        raise invalid_bucket_name(segments[1].decode("utf-8", "replace")) from None
    check_bucket_name(bucket)
    key = check_key(segments[2]) if len(segments) > 2 and segments[2] else None
    return Address(bucket, key, "path")
