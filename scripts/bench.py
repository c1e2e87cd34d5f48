#!/usr/bin/env python3
"""Measure extraction speed and memory; write the numbers to ``bench/results.json``.

    python scripts/bench.py [--documents N] [--out bench/results.json]

What is measured, on one process and one core:
- ``extract``: the labelled documents (the development set beside the repository where it exists, else
  the project's redistributable copy) repeated to at least N documents (default 20,000), read as JSON
  Lines by the intake and run through the pipeline, as ``dronewatch extract`` does, output serialised
  to JSON and discarded; documents per second and the peak resident memory of the process;
- ``cold_start``: wall time of ``dronewatch extract`` on one short document in a fresh process
  (median of five runs);
- ``gazetteer``: the time and memory to load the place index, names resolved and phrases searched per
  second.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import default_gold  # noqa: E402 - a sibling script, not a package

SHORT = "Air defences intercepted 12 drones over the Kursk region overnight, the ministry said."


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_extract(documents: int) -> dict[str, Any]:
    """Documents per second of intake + pipeline + JSON output over the labelled set, repeated."""
    from dronewatch.intake import read
    from dronewatch.model import Document
    from dronewatch.pipeline import process

    gold = default_gold()
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = ("text", "url", "published_at", "source")
    repeats = -(-documents // len(rows))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for r in range(repeats):
                for row in rows:
                    doc = {k: row[k] for k in keys if row.get(k) is not None}
                    out.write(json.dumps({"id": f"{row['id']}-{r}", **doc}, ensure_ascii=False) + "\n")
        size = path.stat().st_size
        started = time.perf_counter()
        cpu = time.process_time()
        count = chars = 0
        for item in read([str(path)], input_format="jsonl", max_bytes=size + 1):
            if not isinstance(item, Document):
                raise RuntimeError(f"the intake rejected a benchmark document: {item}")
            line = json.dumps(process(item).to_dict(), ensure_ascii=False)
            count += 1
            chars += len(line)
        wall = time.perf_counter() - started
        cpu_used = time.process_time() - cpu
    return {
        "labelled_set": gold.name if gold.parent.name != "dev" else "dev/gold.jsonl",
        "distinct_documents": len(rows),
        "documents": count,
        "input_mb": round(size / 1e6, 1),
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu_used, 2),
        "documents_per_second": round(count / wall, 1),
        "output_mb": round(chars / 1e6, 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def bench_cold_start(runs: int = 5) -> dict[str, Any]:
    """Wall time of `dronewatch extract` on one short document, from a fresh interpreter."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "short.txt"
        doc.write_text(SHORT, encoding="utf-8")
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "dronewatch", "extract", str(doc)],
                check=True,
                capture_output=True,
                env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            )
            times.append(time.perf_counter() - started)
    return {
        "runs": runs,
        "median_seconds": round(statistics.median(times), 3),
        "max_seconds": round(max(times), 3),
    }


def bench_gazetteer(resolutions: int = 200_000) -> dict[str, Any]:
    """Time and memory to load the place index in a fresh process (median of three), names resolved
    per second (``resolve``: every candidate of a name) and phrases of running text searched per
    second (``find``). Memory is the growth of the process's peak resident set over loading."""
    code = (
        "import json, time\n"
        "import dronewatch.model\n"
        # the peak of this process's own memory: ru_maxrss would start at the parent's size after fork
        "def peak():\n"
        "    with open('/proc/self/status') as f:\n"
        "        return next(int(l.split()[1]) for l in f if l.startswith('VmHWM:'))\n"
        "before = peak()\n"
        "t = time.perf_counter()\n"
        "from dronewatch.gazetteer import gazetteer\n"
        "g = gazetteer()\n"
        "load = time.perf_counter() - t\n"
        "print(json.dumps({'load_seconds': load, 'load_mb': (peak() - before) / 1024}))\n"
    )
    runs = [
        json.loads(
            subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
        )
        for _ in range(3)
    ]
    from dronewatch.gazetteer import gazetteer

    names = [
        "Bryansk Oblast",
        "Брянской области",
        "Kharkiv",
        "Краснодарского края",
        "Подмосковье",
        "Київщині",
    ]
    places = gazetteer()
    started = time.perf_counter()
    for i in range(resolutions):
        places.resolve(names[i % len(names)])
    seconds = time.perf_counter() - started
    phrases = ["над территорией Брянской области", "у Харкові", "over the Kursk region", "в Новороссийске"]
    started = time.perf_counter()
    for i in range(resolutions // 10):
        places.find(phrases[i % len(phrases)])
    find_seconds = time.perf_counter() - started
    return {
        "load_seconds_median": round(statistics.median(r["load_seconds"] for r in runs), 3),
        "load_mb": round(statistics.median(r["load_mb"] for r in runs), 1),
        "resolutions": resolutions,
        "resolutions_per_second": round(resolutions / seconds),
        "phrases_found_per_second": round(resolutions // 10 / find_seconds),
    }


def _extractor() -> str:
    from dronewatch import BUILD

    return BUILD.describe()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=20_000, help="at least this many documents")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args(argv)
    results = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "processes": 1,
        },
        # compiled with mypyc (make compile) or pure Python
        "extractor": _extractor(),
        "cold_start": bench_cold_start(),
        "gazetteer": bench_gazetteer(),
        "extract": bench_extract(args.documents),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # other benchmarks (the dashboard's load test, under "api") keep their figures in the same file
    kept = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    args.out.write_text(json.dumps({**kept, **results}, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
