#!/usr/bin/env python3
"""Load-test the web dashboard on loopback; write the numbers to ``bench/results.json`` under ``"api"``.

    python scripts/loadtest.py [--claims 100000] [--seconds 20] [--connections 16] [--db PATH]

1. Builds (once; kept in ``bench/out/``) a store of at least ``--claims`` synthetic claims: documents
   over two years from a dozen sources in three languages, each with an interception (a claimant, a
   total, a breakdown over 1-4 regions, sometimes not adding up) and usually an impact (a region,
   casualties), with findings where the checks would give them. Spans are exact, as ``save`` demands.
2. Starts ``dronewatch serve`` on 127.0.0.1 (one process, one worker) on a free port.
3. For each scenario, keeps ``--connections`` keep-alive HTTP/1.1 connections busy for ``--seconds``
   (and at most ``MAX_REQUESTS``), cycling through filtered list pages (a claim type and one of twenty
   regions, three page offsets, so that no single query is measured hot), and records each
   request's latency and the machine's 1-minute load average before and after (the client runs on
   the same machine, and other work on it slows both).
4. Stops the server it started and merges ``{"api": ...}`` into ``bench/results.json``, keeping the
   other keys.

Only 127.0.0.1 is ever contacted; the run is bounded in time and in requests.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
STORE = ROOT / "bench" / "out" / "loadtest.db"

MAX_REQUESTS = 200_000
"""A hard bound on the requests of one scenario, whatever the duration."""

TARGET_RPS = 400
TARGET_P99_MS = 250.0
"""The dashboard's bar (issue 5): a filtered list page at 400 requests/s or more with p99 <= 250 ms."""

REGIONS = {
    "RU": [
        ("RU-BRY", "Bryansk Oblast"),
        ("RU-KRS", "Kursk Oblast"),
        ("RU-BEL", "Belgorod Oblast"),
        ("RU-KLU", "Kaluga Oblast"),
        ("RU-SMO", "Smolensk Oblast"),
        ("RU-ORL", "Oryol Oblast"),
        ("RU-VOR", "Voronezh Oblast"),
        ("RU-ROS", "Rostov Oblast"),
        ("RU-KDA", "Krasnodar Krai"),
        ("RU-MOS", "Moscow Oblast"),
        ("RU-MOW", "Moscow"),
        ("RU-LIP", "Lipetsk Oblast"),
        ("RU-TUL", "Tula Oblast"),
        ("RU-RYA", "Ryazan Oblast"),
        ("RU-TVE", "Tver Oblast"),
        ("RU-TA", "Tatarstan"),
        ("RU-SAR", "Saratov Oblast"),
        ("RU-VGG", "Volgograd Oblast"),
        ("RU-LEN", "Leningrad Oblast"),
        ("RU-NIZ", "Nizhny Novgorod Oblast"),
    ],
    "UA": [
        ("UA-63", "Kharkiv Oblast"),
        ("UA-30", "Kyiv"),
        ("UA-32", "Kyiv Oblast"),
        ("UA-51", "Odesa Oblast"),
        ("UA-46", "Lviv Oblast"),
        ("UA-12", "Dnipropetrovsk Oblast"),
        ("UA-53", "Poltava Oblast"),
        ("UA-59", "Sumy Oblast"),
        ("UA-74", "Chernihiv Oblast"),
        ("UA-18", "Zhytomyr Oblast"),
        ("UA-48", "Mykolaiv Oblast"),
        ("UA-43", "Crimea"),
        ("UA-40", "Sevastopol"),
    ],
}
CLAIMANTS = {
    "RU": ["Russian Ministry of Defence", "Alexander Bogomaz", "Vyacheslav Gladkov", "Sergei Sobyanin"],
    "UA": ["Ukrainian Air Force", "Oleh Syniehubov", "Kyiv City Military Administration"],
}
SOURCES = [
    "TASS",
    "RIA Novosti",
    "Mash",
    "SHOT",
    "BBC News",
    "Suspilne",
    "Ukrainska Pravda",
    "Kyiv Independent",
]
LANGS = ["ru", "uk", "en"]


@dataclass
class _Writer:
    """Text built piece by piece, returning each piece's span."""

    parts: list[str]
    length: int = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return (start, self.length)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def synthetic_pair(i: int, documents: int, rng: random.Random) -> tuple[Any, Any]:
    """The ``i``-th synthetic document of ``documents`` and its extraction."""
    from dronewatch.model import (
        BreakdownItem,
        Claimant,
        Document,
        Extraction,
        Finding,
        ImpactClaim,
        InterceptionClaim,
        Place,
        Quantity,
        Sourcing,
    )

    side = "RU" if rng.random() < 0.65 else "UA"
    regions = REGIONS[side]
    w = _Writer([])
    w.add(f"Report {i}. ")
    claim_start = w.length
    claimant_name = rng.choice(CLAIMANTS[side])
    claimant_span = w.add(claimant_name)
    w.add(" said air defences destroyed ")
    chosen = rng.sample(regions[:8] if rng.random() < 0.8 else regions, rng.randint(1, 4))
    counts = [rng.randint(1, 40) for _ in chosen]
    total = sum(counts) + (rng.randint(1, 9) if rng.random() < 0.2 else 0)
    total_span = w.add(str(total))
    w.add(" drones overnight: ")
    items = []
    for n, ((iso, name), count) in enumerate(zip(chosen, counts, strict=True)):
        if n:
            w.add(", ")
        count_span = w.add(str(count))
        w.add(" over ")
        place_span = w.add(name)
        items.append(
            BreakdownItem(
                Place(iso, name, "admin1", iso, None, None, name, place_span),
                Quantity(count, "exact", str(count), count_span),
            )
        )
    claim_end = w.add(".")[1]
    anonymous = rng.random() < 0.1
    claims: list[Any] = []
    findings: list[Any] = []
    hedges: tuple[Any, ...] = ()
    if anonymous:
        w.add(" ")
        from dronewatch.model import Hedge

        hedge_span = w.add("sources say")
        hedges = (Hedge("sources say", hedge_span, "anonymous"),)
        claim_end = hedge_span[1]
    text_so_far = w.text
    claims.append(
        InterceptionClaim(
            claimant=Claimant(claimant_name, claimant_name, claimant_span),
            weapon="uav",
            weapon_model="Shahed-136/131" if side == "UA" else None,
            launched=None,
            destroyed=Quantity(total, "exact", str(total), total_span),
            suppressed=None,
            window=None,
            breakdown=tuple(items),
            breakdown_scope="unknown",
            sourcing=Sourcing(
                attributed_to=claimant_name,
                kind="anonymous" if anonymous else "official",
                hedges=hedges,
            ),
            text=text_so_far[claim_start:claim_end],
            span=(claim_start, claim_end),
        )
    )
    listed = sum(counts)
    if listed != total:
        findings.append(
            Finding(
                "breakdown_sum_mismatch",
                0,
                "warning",
                f"the breakdown adds up to {listed}, {total - listed} fewer than the stated {total}",
                {"total": total, "sum": listed, "remainder": total - listed, "scope": "unknown"},
            )
        )
    if anonymous:
        findings.append(Finding("anonymous_source", 0, "warning", "this claim rests on unnamed sources", {}))
    if rng.random() < 0.75:
        iso, name = rng.choice(REGIONS["UA" if side == "RU" else "RU"][:10])
        w.add(" ")
        impact_start = w.length
        w.add("Debris fell in ")
        place_span = w.add(name)
        w.add("; ")
        injured = rng.randint(0, 6)
        injured_span = w.add(str(injured))
        impact_end = w.add(" people were injured")[1]
        w.add(".")
        claims.append(
            ImpactClaim(
                places=(Place(iso, name, "admin1", iso, None, None, name, place_span),),
                weapon="uav",
                sites=None,
                time=None,
                consequences=(),
                killed=None,
                injured=Quantity(injured, "exact", str(injured), injured_span),
                sourcing=Sourcing(),
                text=w.text[impact_start:impact_end],
                span=(impact_start, impact_end),
            )
        )
    text = w.text
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    published = datetime(2024, 1, 1, 6, 0, tzinfo=timezone(timedelta(hours=3))) + timedelta(
        minutes=int(i * 730 * 24 * 60 / documents)
    )
    document = Document(
        id=f"syn-{i}",
        text=text,
        content_hash=digest,
        lang=LANGS[i % 3],
        published_at=published,
        source=SOURCES[i % len(SOURCES)],
    )
    extraction = Extraction(
        id=document.id,
        lang=LANGS[i % 3],
        published_at=published,
        claims=tuple(claims),
        findings=tuple(findings),
        source=document.source,
        content_hash=digest,
    )
    return document, extraction


def build_store(path: Path, claims: int) -> dict[str, Any]:
    """A store of at least ``claims`` synthetic claims at ``path`` (kept when it already has enough)."""
    sys.path.insert(0, str(ROOT / "src"))
    from dronewatch.store import SQLiteStore

    path.parent.mkdir(parents=True, exist_ok=True)
    with SQLiteStore(path) as store:
        summary = store.summary()
        have = sum(summary.claims.values())
        if have >= claims:
            return {"claims": have, "documents": summary.documents, "built_seconds": None}
        started = time.perf_counter()
        documents = int(claims / 1.7) + 1
        rng = random.Random(20251125)
        i = summary.documents
        while have < claims:
            document, extraction = synthetic_pair(i, documents, rng)
            if store.save(document, extraction):
                have += len(extraction.claims)
            i += 1
        summary = store.summary()
    return {
        "claims": sum(summary.claims.values()),
        "documents": summary.documents,
        "built_seconds": round(time.perf_counter() - started, 1),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_server(db: Path, port: int, cache_mb: int) -> subprocess.Popen[bytes]:
    """``dronewatch serve`` on 127.0.0.1:port, once it answers."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dronewatch",
            "--db",
            str(db),
            "serve",
            "--port",
            str(port),
            "--no-access-log",
            "--cache-mb",
            str(cache_mb),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start within 30 s")


async def _connection(
    port: int, urls: list[str], start: int, stop_at: float, latencies: list[float], errors: list[str]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    n = start
    try:
        while time.perf_counter() < stop_at and len(latencies) + len(errors) < MAX_REQUESTS:
            url = urls[n % len(urls)]
            n += 1
            sent = time.perf_counter()
            writer.write(
                f"GET {url} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n\r\n".encode()
            )
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - sent)
            if status != 200:
                errors.append(f"{status} {url}")
    finally:
        writer.close()


async def _load(port: int, urls: list[str], seconds: float, connections: int) -> dict[str, Any]:
    latencies: list[float] = []
    errors: list[str] = []
    # The machine's load around the run: other work on it slows the server and the client alike.
    load_before = round(os.getloadavg()[0], 2)
    # A short warm-up, not counted: the first requests fill the page cache and the template cache.
    await asyncio.gather(*(_connection(port, urls, k, time.perf_counter() + 1, [], []) for k in range(4)))
    started = time.perf_counter()
    stop_at = started + seconds
    await asyncio.gather(
        *(_connection(port, urls, k * 7, stop_at, latencies, errors) for k in range(connections))
    )
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000, 1)

    return {
        "requests": len(latencies),
        "seconds": round(elapsed, 1),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "latency_ms": {
            "mean": round(statistics.fmean(ordered) * 1000, 1),
            "p50": pct(50),
            "p90": pct(90),
            "p99": pct(99),
            "max": round(ordered[-1] * 1000, 1),
        },
        "non_200": len(errors),
        "first_errors": errors[:3],
        "load_average_1min": {"before": load_before, "after": round(os.getloadavg()[0], 2)},
    }


def scenarios() -> dict[str, list[str]]:
    """The pages each scenario cycles through."""
    places = [iso for side in REGIONS.values() for iso, _ in side[:10]]
    filtered = [
        f"?type=interception&place={place}&offset={offset}" for offset in (0, 50, 100) for place in places
    ]
    return {
        "claims_filtered_html": [f"/claims{q}" for q in filtered],
        "claims_filtered_json": [f"/claims.json{q}" for q in filtered],
        "overview_month_html": [f"/?since=2025-{m:02d}-01&until=2025-{m:02d}-28" for m in range(1, 13)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000, help="claims in the store (at least)")
    parser.add_argument("--seconds", type=float, default=20.0, help="duration of each scenario")
    parser.add_argument("--connections", type=int, default=16, help="concurrent keep-alive connections")
    parser.add_argument("--db", type=Path, default=STORE, help="the synthetic store (built when short)")
    parser.add_argument("--only", help="run only this scenario")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()

    store = build_store(args.db, args.claims)
    print(f"store: {store}", file=sys.stderr)
    runs: dict[str, dict[str, Any]] = {}
    # Uncached: every request queries and renders. Cached: pages repeat, as popular filtered pages
    # do, and are answered from the response cache until the store changes.
    for label, cache_mb in (("uncached", 0), ("cached", 64)):
        port = _free_port()
        server = start_server(args.db, port, cache_mb)
        results: dict[str, Any] = {}
        try:
            for name, urls in scenarios().items():
                if args.only and name != args.only:
                    continue
                results[name] = asyncio.run(_load(port, urls, args.seconds, args.connections))
                print(f"{label} {name}: {json.dumps(results[name])}", file=sys.stderr)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        runs[label] = {"cache_mb": cache_mb, "scenarios": results}
    api: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "server": "dronewatch serve: uvicorn, one process, one worker, access log off",
        "client": f"{args.connections} keep-alive HTTP/1.1 connections from one asyncio process, loopback",
        "seconds_per_scenario": args.seconds,
        "store": {**store, "size_mb": round(args.db.stat().st_size / 1e6, 1)},
        "target": {
            "requests_per_second": TARGET_RPS,
            "p99_ms": TARGET_P99_MS,
            "page": "claims_filtered_html",
        },
        **runs,
    }
    for label in runs:
        main_page = runs[label]["scenarios"].get("claims_filtered_html")
        if main_page:
            runs[label]["meets_target"] = (
                main_page["requests_per_second"] >= TARGET_RPS
                and main_page["latency_ms"]["p99"] <= TARGET_P99_MS
                and main_page["non_200"] == 0
            )
    # Read-modify-write: other benchmarks keep their keys.
    current = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    current["api"] = api
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(api, indent=2))


if __name__ == "__main__":
    main()
