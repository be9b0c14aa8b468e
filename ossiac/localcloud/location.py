"""Where the local target keeps its files: all under the checkout's `.local/`, never in $HOME.

The checkout is found from the installed package (ossiac is installed editable from the repo), so
every command run from the venv agrees on the same folder whatever the current directory is.
"""

from __future__ import annotations

from pathlib import Path

from ossiac import settings

# the checkout holds the ossiac package, which holds this file's folder (not ossiac.paths: the local cloud stays below it)
PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
LOCAL_DIR = PROJECT_ROOT / ".local"
MIRROR_DIR = LOCAL_DIR / "mirror"
TERRAFORMRC = LOCAL_DIR / "terraformrc"
STATE_DIR = LOCAL_DIR / "state"

CLOUD_DIR_ENV = "OSSIAC_LOCALCLOUD_DIR"


def cloud_dir() -> Path:
    """The local cloud's folder: $OSSIAC_LOCALCLOUD_DIR, else `.local/cloud` in the checkout."""
    override = settings.value(CLOUD_DIR_ENV)
    return Path(override).resolve() if override else LOCAL_DIR / "cloud"
