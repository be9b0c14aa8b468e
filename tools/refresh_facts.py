"""Regenerates the fact files (regions, RAM actions, OSS's internal ranges, CloudMonitor metrics) from
their sources, or with --check says which committed file differs from what its sources give.

Each module in tools/facts/ makes one file: `OUTPUT` (its path in the repository) and `build()`
(the file's exact text, which records its sources with version or date). Machine-readable sources
are packages pinned in pyproject.toml's `facts` extra (installed by `make setup`); facts that exist
only on a documentation page are transcribed into tools/facts/sources/, each with its page and date.

    python tools/refresh_facts.py            # rewrite every fact file
    python tools/refresh_facts.py --check    # exit 1 if a committed file is not the generator's output
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from ossiac.atomic_write import write_atomically

TOOLS = Path(__file__).resolve().parent
REPO = TOOLS.parent


def generators() -> list:
    sys.path.insert(0, str(TOOLS))
    import facts

    return [
        importlib.import_module(f"facts.{info.name}")
        for info in pkgutil.iter_modules(facts.__path__)
        if not info.name.startswith("_")
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for generator in generators():
        path = REPO / generator.OUTPUT
        text = generator.build()
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(generator.OUTPUT)
        if not args.check:
            write_atomically(path, text, mode=None)
    if args.check and stale:
        print(
            "not what tools/refresh_facts.py makes from the pinned sources (run it and commit):",
            *stale,
            sep="\n  ",
            file=sys.stderr,
        )
        return 1
    print(f"{'differs' if args.check else 'rewritten'}: {', '.join(stale) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
