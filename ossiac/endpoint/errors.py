"""OSS's error answer: an `OssError` becomes the XML body OSS sends (Code, Message, RequestId, HostId)."""

from __future__ import annotations

from collections.abc import Mapping


class OssError(Exception):
    """An error OSS answers with: its HTTP status, its `Code` and a message for people.

    `extra` adds the elements OSS includes for some codes (`BucketName`, `Key`, `StringToSign`,
    `OSSAccessKeyId`, ...), in order.
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        ec: str = "",
        extra: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.ec = ec  # x-oss-ec: OSS's finer error number, where we know it
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})


def no_such_bucket(name: str) -> OssError:
    return OssError(
        404, "NoSuchBucket", "The specified bucket does not exist.", ec="0015-00000101", extra={"BucketName": name}
    )


def no_such_key(bucket: str, key: str) -> OssError:
    return OssError(
        404,
        "NoSuchKey",
        "The specified key does not exist.",
        ec="0026-00000001",
        extra={"BucketName": bucket, "Key": key},
    )


def access_denied(message: str, *, ec: str = "") -> OssError:
    return OssError(403, "AccessDenied", message, ec=ec)


def malformed_xml(
    message: str = "The XML you provided was not well-formed or did not validate against our published schema.",
    *,
    ec: str = "",
) -> OssError:
    """OSS's EC for MalformedXML depends on the operation (0033-00000001 PutBucketReferer,
    0010-00000101 PutObjectTagging, ...): a caller that knows its operation's number passes it."""
    return OssError(400, "MalformedXML", message, ec=ec)


def invalid_argument(message: str, *, name: str = "", value: str = "") -> OssError:
    extra = {"ArgumentName": name, "ArgumentValue": value} if name else {}
    return OssError(400, "InvalidArgument", message, extra=extra)


def not_implemented(what: str) -> OssError:
    return OssError(501, "NotImplemented", f"{what} is not implemented by the local cloud.")
