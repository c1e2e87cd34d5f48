"""The ``dronewatch`` command: thin commands over intake, the pipeline, the store and the exports."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from dronewatch import BUILD, __version__
from dronewatch.audit import render_audit
from dronewatch.gazetteer import Candidate, gazetteer
from dronewatch.intake import FORMATS, MAX_BYTES, IntakeError, Rejected, read
from dronewatch.model import Document
from dronewatch.pipeline import process
from dronewatch.schema import schema_json
from dronewatch.store import ClaimQuery, QueryError, SQLiteStore, StoreError
from dronewatch.store.base import OlderSchema

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DEFAULT_DB = "dronewatch.db"


def fail(message: str) -> NoReturn:
    """Print ``Error: message`` to stderr and exit with status 1."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


def _warn_rejected(rejected: Rejected) -> None:
    click.echo(f"Skipped {rejected.origin}: {rejected.reason}", err=True)


def _documents(paths: tuple[str, ...], input_format: str, max_bytes: int) -> Iterator[Document | Rejected]:
    try:
        yield from read(list(paths), input_format=input_format, max_bytes=max_bytes)
    except IntakeError as error:
        fail(str(error))


def _input_options(command: Any) -> Any:
    command = click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=MAX_BYTES,
        show_default=True,
        help="Reject input files larger than this many bytes.",
    )(command)
    return click.option(
        "--input-format",
        type=click.Choice(FORMATS),
        default="auto",
        show_default=True,
        help="How to read the inputs; 'auto' guesses from the name and content.",
    )(command)


def _open_store(ctx: click.Context) -> SQLiteStore:
    path = ctx.obj["db"]
    try:
        return SQLiteStore(path)
    except StoreError as error:
        fail(str(error))


@click.group(context_settings=CONTEXT)
@click.version_option(
    __version__, prog_name="dronewatch", message=f"%(prog)s %(version)s; extractor: {BUILD.describe()}"
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    envvar="DRONEWATCH_DB",
    help="The SQLite database to use (also $DRONEWATCH_DB).",
)
@click.pass_context
def cli(ctx: click.Context, db: Path) -> None:
    """Turn reports of aerial attacks into claims with evidence, check them, store and query them.

    \b
    Example:
        dronewatch extract report.txt
        dronewatch --db attacks.db ingest exports/ && dronewatch --db attacks.db claims --place RU-BRY
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True)
@_input_options
def extract(paths: tuple[str, ...], input_format: str, max_bytes: int) -> None:
    """Extract claims from documents and print extract-v1 JSON Lines (no database needed).

    PATHS are files, directories (read recursively) or - for standard input: text, Markdown, HTML,
    JSON Lines, Telegram Desktop exports (result.json) and RSS/Atom feeds. Inputs that cannot be read
    are reported on stderr and skipped; the exit status is 1 only when nothing could be read.

    \b
    Example:
        dronewatch extract report.txt
        echo '{"id": "a1", "text": "Air defences intercepted 12 drones over the Kursk region."}' \\
            | dronewatch extract -
    """
    documents = rejected = 0
    for item in _documents(paths, input_format, max_bytes):
        if isinstance(item, Rejected):
            rejected += 1
            _warn_rejected(item)
            continue
        documents += 1
        click.echo(json.dumps(process(item).to_dict(), ensure_ascii=False))
    if rejected and not documents:
        fail(f"none of the {rejected} inputs could be read (reasons above)")


def _summary_lines(summary_claims: dict[str, int], summary_findings: dict[str, int]) -> list[str]:
    claims = ", ".join(f"{n} {kind}" for kind, n in sorted(summary_claims.items())) or "none"
    findings = ", ".join(f"{n} {kind}" for kind, n in sorted(summary_findings.items())) or "none"
    return [f"  claims:    {claims}", f"  findings:  {findings}"]


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True)
@_input_options
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], input_format: str, max_bytes: int) -> None:
    """Extract claims from documents and store them, one transaction per document.

    Documents already in the store (same text) are skipped, so an interrupted ingest resumes where it
    stopped when run again. Inputs that cannot be read are reported and skipped.

    \b
    Example:
        dronewatch --db attacks.db ingest exports/result.json reports/
    """
    items = list(_documents(paths, input_format, max_bytes))
    documents = [d for d in items if isinstance(d, Document)]
    rejected = [r for r in items if isinstance(r, Rejected)]
    for item in rejected:
        _warn_rejected(item)
    added = kept = 0
    failed: list[Rejected] = []
    claim_types: Counter[str] = Counter()
    finding_kinds: Counter[str] = Counter()
    with _open_store(ctx) as store:
        bar: Iterable[Document]
        with click.progressbar(
            documents, label="Ingesting", file=sys.stderr, show_pos=True, item_show_func=_short_origin
        ) as bar:
            for document in bar:
                if store.has(document.content_hash):
                    kept += 1
                    continue
                extraction = process(document)
                try:
                    saved = store.save(document, extraction)
                except StoreError as error:
                    failed.append(Rejected(document.origin or document.id, f"could not be stored: {error}"))
                    continue
                if saved:
                    added += 1
                    claim_types.update(c.type for c in extraction.claims)
                    finding_kinds.update(f.kind for f in extraction.findings)
                else:
                    kept += 1
        summary = store.summary()
    for item in failed:
        _warn_rejected(item)
    click.echo(f"Read {len(documents)} documents from {len(paths)} inputs into {ctx.obj['db']}:")
    click.echo(
        f"  new: {added}, already stored: {kept}, rejected inputs: {len(rejected)}, not stored: {len(failed)}"
    )
    click.echo("This run added:")
    click.echo("\n".join(_summary_lines(dict(claim_types), dict(finding_kinds))))
    click.echo(f"The store now holds {summary.documents} documents:")
    click.echo("\n".join(_summary_lines(summary.claims, summary.findings)))
    if rejected and not documents:
        fail(f"none of the {len(rejected)} inputs could be read (reasons above)")


def _short_origin(document: Document | None) -> str:
    if document is None or not document.origin:
        return ""
    origin = document.origin
    return origin if len(origin) <= 40 else "…" + origin[-39:]


@cli.command(context_settings=CONTEXT)
@click.argument("path")
@_input_options
def check(path: str, input_format: str, max_bytes: int) -> None:
    """Print a readable audit of a document: each claim with its values, places, time and sourcing,
    the quoted evidence, and the findings in plain words.

    PATH is one file (or - for standard input); a file that holds several documents (JSON Lines,
    a Telegram export, a feed) is audited document by document.

    \b
    Example:
        dronewatch check report.txt
    """
    found = False
    for item in _documents((path,), input_format, max_bytes):
        if isinstance(item, Rejected):
            fail(f"cannot read {item.origin}: {item.reason}")
        if found:
            click.echo("-" * 80)
        found = True
        click.echo(render_audit(item, process(item)), nl=False)
    if not found:
        fail(f"{path} holds no document")


def _query(
    since: date | None,
    until: date | None,
    place: str | None,
    claim_type: str | None,
    source: str | None,
    has_finding: str | None,
    limit: int | None,
) -> ClaimQuery:
    if since and until and since > until:
        fail(f"--since {since} is after --until {until}; swap them")
    try:
        return ClaimQuery(
            since=since,
            until=until,
            place=place,
            type=claim_type,
            source=source,
            has_finding=has_finding,
            limit=limit,
        )
    except QueryError as error:
        fail(str(error))


def _filter_options(command: Any) -> Any:
    options = [
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only claims on or after this day."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only claims on or before this day."),
        click.option(
            "--place", metavar="ID", help="Only claims about this place or region (e.g. RU-BRY, UA-63)."
        ),
        click.option(
            "--type",
            "claim_type",
            type=click.Choice(["interception", "impact"]),
            help="Only claims of this type.",
        ),
        click.option("--source", metavar="TEXT", help="Only claims whose source or claimant contains TEXT."),
        click.option(
            "--has-finding",
            metavar="KIND",
            help="Only claims with a finding of this kind (e.g. breakdown_sum_mismatch), or 'any'.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _day(value: Any) -> date | None:
    return None if value is None else value.date()


@cli.command(context_settings=CONTEXT)
@_filter_options
@click.option(
    "--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Show at most this many."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines instead of a table.")
@click.pass_context
def claims(
    ctx: click.Context,
    since: Any,
    until: Any,
    place: str | None,
    claim_type: str | None,
    source: str | None,
    has_finding: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """List stored claims, filtered, as a table or JSON Lines.

    \b
    Example:
        dronewatch claims --type interception --place RU-BRY --since 2025-05-01
        dronewatch claims --has-finding breakdown_sum_mismatch --json
    """
    query = _query(_day(since), _day(until), place, claim_type, source, has_finding, limit)
    with _open_store(ctx) as store:
        rows = list(store.claims(query))
    if as_json:
        for row in rows:
            record = row.claim.to_dict() | {"document_id": row.document_id, "claim_index": row.index}
            record["findings"] = [f.to_dict() for f in row.findings]
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    if not rows:
        click.echo("No claims match.", err=True)
        return
    click.echo(_table(rows))


def _table(rows: list[Any]) -> str:
    header = ("date", "document", "type", "weapon", "count", "places", "claimant", "findings")
    lines = [header]
    for row in rows:
        claim = row.claim
        when = row.published_at.date().isoformat() if row.published_at else "-"
        if claim.type == "interception":
            count = str(claim.destroyed.value) if claim.destroyed else "-"
            places = ", ".join(f"{b.place.id or '?'} {b.destroyed.value}" for b in claim.breakdown)
        else:
            count = str(claim.sites.value) + " sites" if claim.sites else "-"
            places = ", ".join(p.admin1 or p.id or "?" for p in claim.places)
        claimant = claim.claimant.name if claim.claimant else "-"
        kinds = ", ".join(sorted({f.kind for f in row.findings})) or "-"
        lines.append((when, row.document_id, claim.type, claim.weapon, count, places or "-", claimant, kinds))
    widths = [min(40, max(len(line[i]) for line in lines)) for i in range(len(header))]
    out = []
    for line in lines:
        cells = [
            cell if len(cell) <= w else cell[: w - 1] + "…" for cell, w in zip(line, widths, strict=True)
        ]
        out.append("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


@cli.command(context_settings=CONTEXT)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here (default stdout)."
)
@_filter_options
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str,
    output: IO[str],
    since: Any,
    until: Any,
    place: str | None,
    claim_type: str | None,
    source: str | None,
    has_finding: str | None,
) -> None:
    """Export stored claims as JSON Lines (extract-v1 claims) or ACLED-style CSV.

    \b
    Example:
        dronewatch export --format csv -o claims.csv
        dronewatch export --format jsonl --type impact --since 2025-01-01 > impacts.jsonl
    """
    from dronewatch.export import write_csv, write_jsonl

    query = _query(_day(since), _day(until), place, claim_type, source, has_finding, None)
    with _open_store(ctx) as store:
        written = write_csv(store, output, query) if fmt == "csv" else write_jsonl(store, output, query)
    click.echo(f"Exported {written} records.", err=True)


def _why(candidate: Candidate) -> str:
    form = {"ru": "a Russian form", "uk": "a Ukrainian form", "en": "an English form"}.get(
        candidate.lang or "", "a form Russian and Ukrainian share"
    )
    needs = {
        None: "matches on its own",
        "capital": "matches when capitalised",
        "exact case": "matches only in this exact case",
        "preposition": "matches after a preposition or a settlement word",
        "list": "matches inside a list of regions",
    }.get(candidate.needs, candidate.needs or "")
    return f"{form}; {needs}"


def _candidates(name: str, lang: str | None) -> list[dict[str, Any]]:
    found = gazetteer().resolve(name, lang)
    if not found:
        # a phrase ("над территорией Брянской области", "у Харкові"): the places running text finds in it
        return [
            {
                "id": p.id,
                "admin1": p.admin1,
                "level": p.level,
                "name": p.name,
                "lat": p.lat,
                "lon": p.lon,
                "score": 1.0,
                "why": f"found in the phrase as “{p.text}”",
            }
            for p in gazetteer().find(name)
        ]
    rows = []
    for rank, candidate in enumerate(found):
        entry = candidate.entry
        rows.append(
            {
                "id": entry.id,
                "admin1": entry.admin1,
                "level": entry.level,
                "name": entry.name,
                "lat": entry.lat,
                "lon": entry.lon,
                # best first: the first candidate is what running text resolves to without context
                "score": round(1 / (rank + 1), 3),
                "why": _why(candidate),
            }
        )
    return rows


@cli.command(context_settings=CONTEXT)
@click.argument("names", nargs=-1, required=True)
@click.option("--lang", type=click.Choice(["en", "ru", "uk"]), help="Only name forms of this language.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per name instead of a table.")
def place(names: tuple[str, ...], lang: str | None, as_json: bool) -> None:
    """Show how place names resolve: candidates with ids, admin1, level, coordinates, score and why.

    NAMES are place names in any case form ("Брянской области", "у Харкові", "Kharkov"), or - to
    read one name a line from standard input. A name that matches nothing has no candidates (and
    would give an unresolved_place finding in a document).

    \b
    Example:
        dronewatch place "над территорией Брянской области" Кубани "у Харкові"
        printf 'Kharkov\nКрым\n' | dronewatch place - --json
    """
    queries = [line.strip() for line in sys.stdin if line.strip()] if names == ("-",) else list(names)
    for query in queries:
        rows = _candidates(query, lang)
        if as_json:
            click.echo(json.dumps({"query": query, "candidates": rows}, ensure_ascii=False))
            continue
        click.echo(f"{query}:")
        if not rows:
            click.echo("  no place matches")
        for row in rows:
            where = f"{row['lat']:.2f}, {row['lon']:.2f}" if row["lat"] is not None else "no point"
            click.echo(
                f"  {row['score']:.3f}  {row['id']}  {row['name']} ({row['level']}, {row['admin1'] or '-'})"
                f"  {where}  — {row['why']}"
            )


@cli.command(context_settings=CONTEXT)
def schema() -> None:
    """Print the JSON Schema of one extract-v1 output line.

    \b
    Example:
        dronewatch schema > extract-v1.schema.json
    """
    click.echo(schema_json(), nl=False)


@cli.command(context_settings=CONTEXT)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on."
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The database to serve (default: the global --db).",
)
@click.option(
    "--access-log/--no-access-log", default=True, show_default=True, help="Log every request to stderr."
)
@click.option(
    "--cache-mb",
    type=click.IntRange(min=0),
    default=64,
    show_default=True,
    help="Megabytes of responses kept until the database changes; 0 answers every request afresh.",
)
@click.pass_context
def serve(
    ctx: click.Context, host: str, port: int, db_path: Path | None, access_log: bool, cache_mb: int
) -> None:
    """Serve the web dashboard and the read-only REST API over a database.

    Pages: the overview map and timeline (/), claims (/claims), the claim inspector, documents,
    sources, places, findings, tallies and search; each has a JSON twin (/claims.json). The API's
    OpenAPI description is at /docs. A database of an older dronewatch is migrated first; the
    server itself only reads. Stop with Ctrl+C.

    \b
    Example:
        dronewatch --db attacks.db serve
        dronewatch serve --db attacks.db --host 127.0.0.1 --port 8080
    """
    import uvicorn

    from dronewatch.api import create_app

    path = db_path or ctx.obj["db"]
    try:
        try:
            app = create_app(path, cache_bytes=cache_mb * 1024 * 1024)
        except OlderSchema:
            # The server only reads; bring a store of an older dronewatch up to date first.
            with SQLiteStore(path) as store:
                click.echo(f"Migrated {path} to schema {store.schema_version()}", err=True)
            app = create_app(path, cache_bytes=cache_mb * 1024 * 1024)
    except StoreError as error:
        fail(str(error))
    click.echo(f"Serving {path} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, access_log=access_log, log_level="info")


def main() -> None:
    """Entry point of the ``dronewatch`` script."""
    cli(obj={})
