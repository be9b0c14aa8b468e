"""What every handler needs: the local cloud's store and the provider's configured region."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ossiac.localcloud.identity import ACCOUNT_ID, DEFAULT_REGION
from ossiac.localcloud.location import cloud_dir
from ossiac.localcloud.store import Store


@dataclass
class Cloud:
    store: Store = field(default_factory=lambda: Store(cloud_dir()))
    region: str = field(
        default_factory=lambda: (
            os.environ.get("ALICLOUD_REGION") or os.environ.get("ALIBABA_CLOUD_REGION") or DEFAULT_REGION
        )
    )
    account_id: str = ACCOUNT_ID
