"""What CloudMonitor knows about OSS: the namespace, the bucket dimension and the bucket-level metrics.

Read from oss_metrics.json beside this module, which tools/refresh_facts.py generates from
CloudMonitor's OSS metric reference (tools/facts/sources/oss_metrics.json records the page and
the date). Kept there: the metrics whose dimensions are userId and BucketName, the ones an alarm on
one bucket can watch; user-level, metering and mirroring-back metrics are left out.
"""

from __future__ import annotations

import json
from pathlib import Path

_DATA = json.loads((Path(__file__).resolve().parent / "oss_metrics.json").read_text(encoding="utf-8"))

NAMESPACE: str = _DATA["namespace"]
BUCKET_DIMENSION: str = _DATA["bucket_dimension"]
STATISTICS: tuple[str, ...] = tuple(_DATA["statistics"])
"""The only statistics CloudMonitor records for OSS bucket metrics."""
REPORT_PERIOD: int = _DATA["report_period"]
"""Seconds between data points; an alarm period must be a multiple of it."""
OSS_BUCKET_METRICS: tuple[str, ...] = tuple(_DATA["bucket_metrics"])
UNITS: dict[str, str] = dict(_DATA["bucket_metrics"])
"""Each metric's unit as the reference gives it (%, count, byte, ms)."""
