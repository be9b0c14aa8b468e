"""What CloudMonitor knows about OSS: the namespace, the bucket dimension and the bucket-level metrics.

Source: Alibaba Cloud CloudMonitor documentation, "Appendix 1: Metrics", section Object Storage
Service (namespace `acs_oss_dashboard`), and OSS "Access monitoring data" (bucket dimension
`{"BucketName": "<bucket>"}`). Every metric there has the statistic `Value` and is reported every
60 seconds. Kept here: the metrics whose dimensions are userId and BucketName, i.e. the ones an
alarm on one bucket can watch. Left out: user-level metrics (`User*`, no bucket dimension),
metering metrics (`Metering*`, hourly, extra region/storageType dimensions) and mirroring-back
metrics (`Mirror*`, extra Host dimension).
"""

from __future__ import annotations

NAMESPACE = "acs_oss_dashboard"
BUCKET_DIMENSION = "BucketName"
STATISTICS = ("Value",)
"""The only statistic CloudMonitor records for OSS metrics."""
REPORT_PERIOD = 60
"""Seconds between data points; an alarm period must be a multiple of it."""

OSS_BUCKET_METRICS = (
    # availability and request outcomes (%: rates, count: per period)
    "Availability",
    "RequestValidRate",
    "TotalRequestCount",
    "ValidRequestCount",
    "SuccessCount",
    "SuccessRate",
    "RedirectCount",
    "RedirectRate",
    "ServerErrorCount",
    "ServerErrorRate",
    "NetworkErrorCount",
    "NetworkErrorRate",
    "AuthorizationErrorCount",
    "AuthorizationErrorRate",
    "ResourceNotFoundErrorCount",
    "ResourceNotFoundErrorRate",
    "ClientTimeoutErrorCount",
    "ClientTimeoutErrorRate",
    "ClientOtherErrorCount",
    "ClientOtherErrorRate",
    # traffic (bytes)
    "InternetSend",
    "InternetRecv",
    "IntranetSend",
    "IntranetRecv",
    "CdnSend",
    "CdnRecv",
    "SyncSend",
    "SyncRecv",
    # successful requests per API (count)
    "GetObjectCount",
    "HeadObjectCount",
    "PutObjectCount",
    "PostObjectCount",
    "AppendObjectCount",
    "CopyObjectCount",
    "DeleteObjectCount",
    "DeleteObjectsCount",
    "UploadPartCount",
    "UploadPartCopyCount",
    # latency per API (ms): average and maximum, end-to-end (E2e) and on the server
    "GetObjectE2eLatency", "GetObjectServerLatency", "MaxGetObjectE2eLatency", "MaxGetObjectServerLatency",
    "HeadObjectE2eLatency", "HeadObjectServerLatency", "MaxHeadObjectE2eLatency", "MaxHeadObjectServerLatency",
    "PutObjectE2eLatency", "PutObjectServerLatency", "MaxPutObjectE2eLatency", "MaxPutObjectServerLatency",
    "PostObjectE2eLatency", "PostObjectServerLatency", "MaxPostObjectE2eLatency", "MaxPostObjectServerLatency",
    "AppendObjectE2eLatency", "AppendObjectServerLatency", "MaxAppendObjectE2eLatency", "MaxAppendObjectServerLatency",
    "CopyObjectE2eLatency", "CopyObjectServerLatency", "MaxCopyObjectE2eLatency", "MaxCopyObjectServerLatency",
    "UploadPartE2eLatency", "UploadPartServerLatency", "MaxUploadPartE2eLatency", "MaxUploadPartServerLatency",
    "UploadPartCopyE2eLatency", "UploadPartCopyServerLatency", "MaxUploadPartCopyE2eLatency", "MaxUploadPartCopyServerLatency",
)
