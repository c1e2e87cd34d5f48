"""The pages of the dashboard and their JSON twins, each a function from a request to its data.

| page | twin | what |
|---|---|---|
| ``/`` | ``/index.json`` | overview: map per region, timeline by claimant, region table, findings |
| ``/claims`` | ``/claims.json`` | claims, filtered and paged |
| ``/claims/{hash}/{index}`` | ``….json`` | claim inspector: the text with the evidence, the findings |
| ``/documents`` | ``/documents.json`` | documents by source and language |
| ``/documents/{key}`` | ``….json`` | one document: its text, claims and findings |
| ``/sources``, ``/source?name=`` | ``.json`` | the sources and one source's documents |
| ``/places``, ``/places/{id}`` | ``.json`` | the places claims name, one place's claims and days |
| ``/findings`` | ``/findings.json`` | findings on claims, latest first |
| ``/tallies`` | ``/tallies.json`` | claims counted by day, type, region and claimant |
| ``/search`` | ``/search.json`` | regions, sources and documents matching a text |
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter
from markupsafe import Markup
from starlette.requests import Request

from dronewatch.api.charts import timeline_chart, timeline_data
from dronewatch.api.errors import ApiError
from dronewatch.api.params import CLAIM_FILTERS, FINDING_KINDS, LANGS, PAGE, PLACE_HELP, place_id_of
from dronewatch.api.present import (
    RawJSON,
    claim_record,
    document_info_record,
    document_record,
    evidence,
    finding_record,
    page_records_json,
    place_label,
    stored_finding_record,
    summary_rows,
)
from dronewatch.api.regions import regions
from dronewatch.api.twins import Context, Page, Readers, twin
from dronewatch.store.base import ClaimQuery, DocumentQuery, StoredClaim, Tally

__all__ = ["router"]

LATEST_FINDINGS = 10
"""Findings the overview lists; the findings page has the rest."""

SEARCH_MATCHES = 10
"""Regions and sources the search page lists above the documents."""


def _readers(request: Request) -> Readers:
    readers: Readers = request.app.state.readers
    return readers


router = APIRouter()


def page(path: str, template: str, params: tuple[str, ...], summary: str, **kw: Any) -> Callable[..., Any]:
    return twin(router, _readers, path, template, params=params, summary=summary, **kw)


def _paging(ctx: Context, records: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """``limit``, ``offset`` and the addresses of the next and previous pages (None at the ends).

    The addresses are of the same kind as the request's (the page's, or the JSON twin's).
    ``records`` holds one record more than the page when another page follows; it is cut to the page.
    """
    params, path = ctx.params, ctx.request.url.path
    more = len(records) > limit
    del records[limit:]
    return {
        "limit": limit,
        "offset": offset,
        "next": params.url(path, offset=offset + limit) if more else None,
        "previous": params.url(path, offset=max(0, offset - limit) or None) if offset > 0 else None,
    }


def _region(iso: str | None) -> dict[str, Any]:
    region = regions().get((iso or "").upper())
    if region is None:
        return {"iso": iso, "label": iso, "name": iso, "country": None, "lat": None, "lon": None}
    return {
        "iso": region.iso,
        "label": region.label,
        "name": region.name,
        "country": region.country,
        "lat": region.lat,
        "lon": region.lon,
    }


def _region_rows(tallies: list[Tally]) -> list[dict[str, Any]]:
    """Per region: interception claims and their downed count there, impact claims and casualties."""
    rows: dict[str, dict[str, Any]] = {}
    for tally in tallies:
        iso = tally.admin1 or "?"
        row = rows.setdefault(
            iso,
            _region(iso)
            | {"interceptions": 0, "destroyed": None, "impacts": 0, "killed": None, "injured": None},
        )
        if tally.type == "interception":
            row["interceptions"] += tally.claims
            row["destroyed"] = _add(row["destroyed"], tally.destroyed)
        else:
            row["impacts"] += tally.claims
            row["killed"] = _add(row["killed"], tally.killed)
            row["injured"] = _add(row["injured"], tally.injured)
    return sorted(
        rows.values(), key=lambda r: (-(r["destroyed"] or 0), -r["impacts"], -r["interceptions"], r["iso"])
    )


def _add(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else a + b


def _tally_record(tally: Tally) -> dict[str, Any]:
    record = dataclasses.asdict(tally)
    record["day"] = None if tally.day is None else tally.day.isoformat()
    return record


@page(
    "/",
    "overview.html",
    CLAIM_FILTERS,
    "Overview: tallies per region, timeline, findings",
    json_path="/index.json",
)
def overview(ctx: Context) -> Page:
    """Claims per region (interceptions with their downed counts, impacts), daily downed totals by
    claimant, totals by claim type and the latest findings, for the claims matching the filters."""
    query = ctx.params.claim_query(paged=False)
    by_type = {t.type: _tally_record(t) for t in ctx.store.tallies(query, by=("type",))}
    per_region = _region_rows(ctx.store.tallies(query, by=("admin1", "type")))
    if query.type == "impact":
        timeline = timeline_data([])
    else:
        interceptions = dataclasses.replace(query, type="interception")
        timeline = timeline_data(ctx.store.tallies(interceptions, by=("day", "claimant")))
    latest = ctx.store.findings(dataclasses.replace(query, limit=LATEST_FINDINGS))
    data = {
        "filters": ctx.params.echo(),
        "totals": by_type,
        "regions": per_region,
        "timeline": timeline,
        "latest_findings": [stored_finding_record(f) for f in latest],
    }
    return Page(data, {"chart": timeline_chart(timeline), "langs": LANGS, "kinds": FINDING_KINDS}, "Overview")


@page("/claims", "claims.html", CLAIM_FILTERS + PAGE, "Claims, filtered and paged")
def claims(ctx: Context) -> Page:
    """Claims in the extract-v1 shape with their document id, content hash, index and findings,
    latest event first (undated last)."""
    query = ctx.params.claim_query(extra=1)
    limit, offset = ctx.params.page()
    records, rows, paging = _claims_and_rows(ctx, query, limit, offset)
    data = {"filters": ctx.params.echo(), "claims": records, **paging}
    return Page(data, {"langs": LANGS, "kinds": FINDING_KINDS, "rows": rows}, "Claims")


def _claims_and_rows(
    ctx: Context, query: ClaimQuery, limit: int, offset: int
) -> tuple[list[Any] | RawJSON, Markup, dict[str, Any]]:
    """A page of claims: their records for the JSON twin or their table rows for the page, and the
    paging.

    The page shows the same claims, in the same order, as its twin; it reads them from the store's
    summaries (``claim_summaries``), so a page of 50 claims decodes no claim JSON. The twin writes
    each claim's stored JSON as it is, with its provenance (``page_records_json``).
    """
    if ctx.html:
        summaries = ctx.store.claim_summaries(query)
        paging = _paging(ctx, summaries, limit, offset)
        return [], summary_rows(summaries), paging
    claims: list[Any] = ctx.store.claim_page(query)
    paging = _paging(ctx, claims, limit, offset)
    return page_records_json(claims), Markup(), paging


@page("/claims/{content_hash}/{index}", "inspector.html", (), "One claim with its evidence in the text")
def inspector(ctx: Context) -> Page:
    """One claim (extract-v1 shape) with its document's text, every evidence span with the field it
    supports (``span`` in code points, ``span_utf16`` in UTF-16 units for JavaScript), and its
    findings explained in words."""
    content_hash, raw_index = ctx.path["content_hash"], ctx.path["index"]
    document = ctx.store.document(content_hash)
    extraction = ctx.store.extraction(content_hash)
    index = int(raw_index) if raw_index.isascii() and raw_index.isdigit() else -1
    if document is None or extraction is None or document.content_hash != content_hash:
        raise ApiError(404, f"no document with content hash {content_hash!r}", {"content_hash": content_hash})
    if not 0 <= index < len(extraction.claims):
        raise ApiError(
            404,
            f"document {content_hash[:16]} has {len(extraction.claims)} claims; "
            f"there is no claim {raw_index!r}",
            {"content_hash": content_hash, "claims": len(extraction.claims)},
        )
    stored = StoredClaim(
        document_id=document.id,
        content_hash=document.content_hash,
        index=index,
        claim=extraction.claims[index],
        findings=tuple(f for f in extraction.findings if f.claim == index),
        published_at=document.published_at,
        source=document.source or extraction.source,
    )
    data = {
        "claim": claim_record(stored),
        "evidence": evidence(stored.claim, document.text),
        "document": document_record(document) | {"lang": extraction.lang},
        "claims": [
            {"index": i, "type": c.type, "text": c.text, "url": f"/claims/{content_hash}/{i}"}
            for i, c in enumerate(extraction.claims)
        ],
    }
    return Page(data, {}, f"Claim {index + 1} of {document.title or document.id}")


@page(
    "/documents", "documents.html", ("source:doc_source", "lang", *PAGE), "Documents, by source and language"
)
def documents(ctx: Context) -> Page:
    """Documents without their text (an excerpt instead), with their claim and finding counts,
    oldest published first (undated last)."""
    limit, offset = ctx.params.page()
    infos = ctx.store.search_documents(ctx.params.document_query(extra=1))
    records = [document_info_record(i) for i in infos]
    paging = _paging(ctx, records, limit, offset)
    data = {"filters": ctx.params.echo(), "documents": records, **paging}
    return Page(data, {"langs": LANGS}, "Documents")


@page("/documents/{key}", "document.html", (), "One document with its claims and findings")
def document(ctx: Context) -> Page:
    """A document (by content hash, or by id: the latest published with that id) with its text, its
    claims in the extract-v1 shape and all its findings."""
    key = ctx.path["key"]
    found = ctx.store.document(key)
    extraction = ctx.store.extraction(key)
    if found is None or extraction is None:
        raise ApiError(404, f"no document with content hash or id {key!r}", {"key": key})
    stored = [
        StoredClaim(
            found.id,
            found.content_hash,
            i,
            claim,
            tuple(f for f in extraction.findings if f.claim == i),
            found.published_at,
            found.source or extraction.source,
        )
        for i, claim in enumerate(extraction.claims)
    ]
    data = {
        "document": document_record(found) | {"lang": extraction.lang},
        "claims": [claim_record(c) for c in stored],
        "findings": [finding_record(f) for f in extraction.findings],
    }
    return Page(data, {}, found.title or f"Document {found.id}")


@page("/sources", "sources.html", PAGE, "Sources and what each contributed")
def sources(ctx: Context) -> Page:
    """The sources of the stored documents with their document, claim and finding counts and their
    first and last publication, most documents first."""
    limit, offset = ctx.params.page()
    records: list[Any] = [
        dataclasses.asdict(s)
        | {
            "first": None if s.first is None else s.first.isoformat(),
            "last": None if s.last is None else s.last.isoformat(),
        }
        for s in ctx.store.sources(limit + 1, offset)
    ]
    paging = _paging(ctx, records, limit, offset)
    return Page({"sources": records, **paging}, {}, "Sources")


@page("/source", "source.html", ("name", *PAGE), "One source and its documents")
def source(ctx: Context) -> Page:
    """One source (``name`` as /sources lists it) with its counts and its documents."""
    name = ctx.params.text("name")
    if name is None:
        raise ApiError(
            400, "name is missing; give a source's name as /sources lists it", {"parameter": "name"}
        )
    tally = next((s for s in ctx.store.sources() if s.source == name), None)
    if tally is None:
        raise ApiError(404, f"no source named {name!r}; /sources lists them", {"name": name})
    limit, offset = ctx.params.page()
    infos = ctx.store.search_documents(DocumentQuery(source=name, limit=limit + 1, offset=offset))
    records = [document_info_record(i) for i in infos]
    paging = _paging(ctx, records, limit, offset)
    summary = dataclasses.asdict(tally) | {
        "first": None if tally.first is None else tally.first.isoformat(),
        "last": None if tally.last is None else tally.last.isoformat(),
    }
    return Page({"source": summary, "documents": records, **paging}, {}, f"Source: {name}")


@page("/places", "places.html", CLAIM_FILTERS + PAGE, "Places the claims name")
def places(ctx: Context) -> Page:
    """Places named by the claims matching the filters (breakdown places and impact places), most
    named first, with the breakdown counts given for them."""
    query = ctx.params.claim_query(extra=1)
    limit, offset = ctx.params.page()
    records: list[Any] = [
        dataclasses.asdict(p) | {"label": place_label({"id": p.id, "name": p.name})}
        for p in ctx.store.places(query)
    ]
    paging = _paging(ctx, records, limit, offset)
    return Page({"filters": ctx.params.echo(), "places": records, **paging}, {}, "Places")


@page("/places/{place_id}", "place.html", ("since", "until", "type", "source", "lang", *PAGE), "One place")
def place(ctx: Context) -> Page:
    """One place (an ISO 3166-2 region, a sea or a gazetteer id): its claims per day and type, and
    the claims themselves, paged."""
    place_id = ctx.path["place_id"]
    checked = ctx.params
    place_code = place_id_of(place_id)
    if place_code is None:
        raise ApiError(404, f"there is no place {place_id!r}; {PLACE_HELP}", {"place": place_id})
    query = dataclasses.replace(checked.claim_query(extra=1), place=place_code)
    limit, offset = checked.page()
    records, rows, paging = _claims_and_rows(ctx, query, limit, offset)
    days = ctx.store.tallies(dataclasses.replace(query, limit=None, offset=0), by=("day", "type"))
    region = _region(place_code) if place_code in regions() else None
    data = {
        "place": {"id": place_code, "region": region},
        "filters": checked.echo(),
        "days": [_tally_record(t) for t in days],
        "claims": records,
        **paging,
    }
    return Page(data, {"rows": rows}, f"Place {region['label'] if region else place_code}")


@page("/findings", "findings.html", (*CLAIM_FILTERS, "kind", *PAGE), "Findings on claims, latest first")
def findings(ctx: Context) -> Page:
    """Findings on the claims matching the filters (``kind`` keeps one kind), each explained in words,
    latest document first."""
    query = ctx.params.claim_query(extra=1)
    limit, offset = ctx.params.page()
    kind = ctx.params.choice("kind", FINDING_KINDS)
    records = [stored_finding_record(f) for f in ctx.store.findings(query, kind)]
    paging = _paging(ctx, records, limit, offset)
    data = {"filters": ctx.params.echo(), "findings": records, **paging}
    return Page(data, {"langs": LANGS, "kinds": FINDING_KINDS}, "Findings")


@page(
    "/tallies", "tallies.html", ("by", *CLAIM_FILTERS, *PAGE), "Claims counted by day, type, region, claimant"
)
def tallies(ctx: Context) -> Page:
    """Claims matching the filters counted by ``by`` (day, type, admin1, claimant; comma-separated):
    claims, downed counts (for admin1: the breakdown's counts there), killed and injured."""
    keys = ctx.params.tally_keys()
    query = ctx.params.claim_query(extra=1)
    limit, offset = ctx.params.page()
    records = [_tally_record(t) for t in ctx.store.tallies(query, by=keys)]
    paging = _paging(ctx, records, limit, offset)
    data = {"by": list(keys), "filters": ctx.params.echo(), "tallies": records, **paging}
    return Page(data, {"langs": LANGS, "kinds": FINDING_KINDS}, "Tallies")


@page("/search", "search.html", ("q", "lang", *PAGE), "Regions, sources and documents matching a text")
def search(ctx: Context) -> Page:
    """Regions whose name or code contains ``q``, sources whose name contains it, and documents whose
    text or title contains it (ignoring case), each with the match in context."""
    text = ctx.params.text("q")
    limit, offset = ctx.params.page()
    lang = ctx.params.choice("lang", LANGS)
    if text is None:
        return Page(
            {
                "q": None,
                "regions": [],
                "sources": [],
                "documents": [],
                **_paging(ctx, [], limit, offset),
            },
            {},
            "Search",
        )
    folded = text.casefold()
    matching_regions = [
        _region(r.iso)
        for r in regions().values()
        if folded in r.name.casefold() or folded == r.iso.casefold()
    ][:SEARCH_MATCHES]
    matching_sources = [
        s.source for s in ctx.store.sources() if s.source is not None and folded in s.source.casefold()
    ][:SEARCH_MATCHES]
    infos = ctx.store.search_documents(DocumentQuery(text=text, lang=lang, limit=limit + 1, offset=offset))
    records = [document_info_record(i, text) for i in infos]
    paging = _paging(ctx, records, limit, offset)
    data = {
        "q": text,
        "regions": matching_regions,
        "sources": matching_sources,
        "documents": records,
        **paging,
    }
    return Page(data, {}, f"Search: {text}")
