"""The REST API and the pages, through an in-process client: JSON twins, filters, paging, the seed's
claims, findings in words, evidence offsets in both units, untrusted text as text, and the cache."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from conftest import EMOJI_TEXT, HOSTILE_SOURCE, HOSTILE_TEXT, HOSTILE_TITLE, WebStore
from dronewatch.api import create_app
from dronewatch.store import SQLiteStore
from records import bulk_pair, kharkiv_pair, seed_pair
from strategies import extract_validator

PAGES = [
    "/",
    "/claims",
    "/claims?type=interception&place=RU-BRY",
    "/documents",
    "/sources",
    "/places",
    "/places/RU-BRY",
    "/findings",
    "/tallies",
    "/tallies?by=day,admin1",
    "/search",
    "/search?q=Bryansk",
]
"""Every page without a record in its path; those with one are built from the store in the tests."""


@pytest.fixture(scope="module")
def client(web_store: WebStore) -> Iterator[TestClient]:
    with TestClient(create_app(web_store.path)) as test_client:
        yield test_client


def twin(path: str) -> str:
    """The JSON twin's address of a page."""
    base, _, query = path.partition("?")
    base = "/index" if base == "/" else base
    return f"{base}.json" + (f"?{query}" if query else "")


def record_pages(store: WebStore) -> list[str]:
    return [
        f"/documents/{store.seed}",
        f"/claims/{store.seed}/0",
        f"/claims/{store.seed}/1",
        f"/claims/{store.hostile}/0",
        f"/claims/{store.emoji}/0",
        f"/source?name={seed_pair()[0].source}",
    ]


def test_every_page_and_its_json_twin_answer(client: TestClient, web_store: WebStore) -> None:
    for path in PAGES + record_pages(web_store):
        page = client.get(path)
        assert page.status_code == 200, path
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        data = client.get(twin(path))
        assert data.status_code == 200, twin(path)
        assert data.headers["content-type"] == "application/json"
        assert isinstance(data.json(), dict)


def test_every_response_carries_the_security_headers(client: TestClient, web_store: WebStore) -> None:
    paths = [
        *PAGES,
        *record_pages(web_store),
        *map(twin, PAGES),
        "/docs",
        "/openapi.json",
        "/static/css/dronewatch.css",
        "/static/geo/adm1.geojson",
        "/claims.json?type=drone",
        "/nowhere",
    ]
    for path in paths:
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp, path
        assert "default-src 'none'" in csp, path
        assert "unsafe-inline" not in csp
        assert "unsafe-eval" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_pages_have_no_inline_script_style_or_handlers(client: TestClient, web_store: WebStore) -> None:
    for path in [*PAGES, *record_pages(web_store), "/docs"]:
        html = client.get(path).text
        for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S):
            assert 'src="/static/' in attributes, path
            assert not body.strip(), path
        assert not re.search(r"<[^>]+\s(style|on[a-z]+)=", html), path
        assert not re.search(r'(?:src|href)="(?:https?:)?//', html), path  # nothing from elsewhere


def test_the_seed_interception_is_served_in_the_extract_v1_shape(
    client: TestClient, web_store: WebStore
) -> None:
    claims = client.get("/claims.json?type=interception&limit=1000").json()["claims"]
    (seed,) = [c for c in claims if c["content_hash"] == web_store.seed and c["destroyed"]["value"] == 83]
    assert seed["document_id"] == web_store.seed[:16]
    assert [(b["place"]["id"], b["destroyed"]["value"]) for b in seed["breakdown"]] == [
        ("RU-BRY", 64),
        ("RU-KLU", 9),
        ("RU-SMO", 5),
    ]
    extras = (
        "document_id",
        "content_hash",
        "claim_index",
        "published_at",
        "source",
        "findings",
        "inspect_url",
    )
    claim = {k: v for k, v in seed.items() if k not in extras}
    line = {"id": "x", "lang": "en", "published_at": None, "claims": [claim], "findings": []}
    extract_validator().validate(line)
    kinds = [f["kind"] for f in seed["findings"]]
    assert "breakdown_sum_mismatch" in kinds


def test_findings_are_explained_in_words(client: TestClient, web_store: WebStore) -> None:
    data = client.get(f"/claims/{web_store.seed}/1.json").json()
    (mismatch,) = [f for f in data["claim"]["findings"] if f["kind"] == "breakdown_sum_mismatch"]
    assert mismatch["explanation"].startswith("the breakdown adds up to 78, 5 fewer than the stated 83")
    page = client.get(f"/claims/{web_store.seed}/1").text
    assert "The breakdown adds up to 78, 5 fewer than the stated 83" in page


def test_the_overview_tallies_the_seed_regions(client: TestClient) -> None:
    data = client.get("/index.json").json()
    regions = {r["iso"]: r for r in data["regions"]}
    # The seed article, the canned seed record and the emoji document.
    assert regions["RU-BRY"]["destroyed"] == 64 + 64 + 12
    assert regions["RU-KDA"]["impacts"] == 2
    assert regions["UA-63"] | {"lat": None, "lon": None} == regions["UA-63"] | {"lat": None, "lon": None}
    assert regions["RU-BRY"]["lat"] is not None
    assert data["totals"]["interception"]["claims"] >= 5
    assert data["timeline"]["series"]
    assert data["timeline"]["days"]
    assert data["latest_findings"][0]["explanation"]
    html = client.get("/").text
    assert "data-regions='[{\"" in html
    assert "RU-BRY" in html


def test_the_overview_filters(client: TestClient) -> None:
    data = client.get("/index.json?type=impact&since=2025-11-27").json()
    assert {r["iso"] for r in data["regions"]} == {"UA-63"}
    assert data["timeline"]["days"] == []
    assert data["filters"] == {"type": "impact", "since": "2025-11-27"}


@pytest.mark.parametrize(
    ("query", "parameter", "message"),
    [
        ("type=drone", "type", "unknown type 'drone'; use one of interception, impact"),
        ("lang=fr", "lang", "unknown lang 'fr'; use one of en, ru, uk"),
        (
            "has_finding=bogus",
            "has_finding",
            "unknown has_finding 'bogus'; use one of any, anonymous_source, "
            "breakdown_duplicate_place, breakdown_sum_mismatch, unresolved_place, unverified_claim",
        ),
        (
            "place=RU-XYZ",
            "place",
            "unknown place 'RU-XYZ'; use an ISO 3166-2 region code (RU-BRY, UA-63), a sea (sea:azov, "
            "sea:baltic, sea:barents, sea:black, sea:caspian, sea:japan, sea:okhotsk, sea:white) or a "
            "gazetteer id (geonames:706483)",
        ),
        ("since=2025-13-01", "since", "since must be a date as YYYY-MM-DD, not '2025-13-01'"),
        ("until=yesterday", "until", "until must be a date as YYYY-MM-DD, not 'yesterday'"),
        (
            "since=2025-11-27&until=2025-11-25",
            "since",
            "since (2025-11-27) is after until (2025-11-25); swap them",
        ),
        ("limit=-1", "limit", "limit must be a whole number 0 or more, not '-1'"),
        ("limit=ten", "limit", "limit must be a whole number 0 or more, not 'ten'"),
        ("offset=1.5", "offset", "offset must be a whole number 0 or more, not '1.5'"),
        (
            "colour=red",
            "colour",
            "unknown parameter 'colour'; this page takes since, until, place, type, "
            "source, lang, has_finding, limit, offset",
        ),
        ("type=impact&type=interception", "type", "type is given more than once; give it once"),
    ],
)
@pytest.mark.parametrize("path", ["/claims.json", "/claims"])
def test_a_bad_filter_is_a_400_in_the_error_shape(
    client: TestClient, path: str, query: str, parameter: str, message: str
) -> None:
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "message", "detail"}
    assert body["error"]["status"] == 400
    assert body["error"]["message"] == message
    assert body["error"]["detail"]["parameter"] == parameter


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/findings.json?kind=any", "unknown kind 'any'; use one of anonymous_source"),
        ("/tallies.json?by=week", "cannot count by 'week'; use any of day, type, admin1, claimant"),
        ("/tallies.json?by=day,day", "by names a key twice (day,day); name each once"),
        ("/documents.json?q=x", "unknown parameter 'q'; this page takes source, lang, limit, offset"),
        ("/source.json", "name is missing; give a source's name as /sources lists it"),
        ("/index.json?limit=5", "unknown parameter 'limit'"),
        ("/search.json?lang=xx", "unknown lang 'xx'"),
        (f"/claims/{'0' * 64}/0.json?x=1", "unknown parameter 'x'; this page takes none"),
    ],
)
def test_other_bad_parameters_are_400s(client: TestClient, path: str, message: str) -> None:
    response = client.get(path)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["message"].startswith(message)


def error_of(client: TestClient, path: str, status: int, method: str = "GET") -> dict[str, Any]:
    response = client.request(method, path)
    assert response.status_code == status, (path, response.text)
    assert response.headers["content-type"] == "application/json"
    assert "content-security-policy" in response.headers
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "message", "detail"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["detail"], dict)
    error: dict[str, Any] = body["error"]
    return error


@pytest.mark.parametrize(
    "path",
    [
        "/nowhere",
        "/claims/nothing/0",
        "/claims/nothing/0.json",
        "/documents/nothing",
        "/documents/nothing.json",
        "/places/XX-1",
        "/places/XX-1.json",
        "/source.json?name=Nobody",
        "/static/nothing.css",
    ],
)
def test_unknown_things_are_404s_in_the_error_shape(client: TestClient, path: str) -> None:
    assert error_of(client, path, 404)["message"]


@pytest.mark.parametrize("index", ["2", "99", "-1", "x"])
def test_a_claim_index_past_the_document_is_a_404(
    client: TestClient, web_store: WebStore, index: str
) -> None:
    error = error_of(client, f"/claims/{web_store.hostile}/{index}.json", 404)
    assert error["message"].endswith(f"has 2 claims; there is no claim {index!r}")
    assert error["detail"]["claims"] == 2


def test_writing_is_a_405_in_the_error_shape(client: TestClient) -> None:
    error = error_of(client, "/claims", 405, method="POST")
    assert error["message"] == "POST is not allowed on /claims; this server only reads (use GET)"


@pytest.mark.parametrize("path", ["/", "/index.json", "/claims", "/claims.json", "/places/RU-BRY"])
def test_a_page_and_its_twin_take_get_alone(client: TestClient, path: str) -> None:
    for method in ("HEAD", "POST", "OPTIONS"):
        response = client.request(method, path)
        assert (response.status_code, response.headers["allow"]) == (405, "GET"), (method, path)


def test_a_bug_is_a_500_in_the_error_shape_without_its_traceback(
    web_store: WebStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: SQLiteStore, *args: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(SQLiteStore, "_page_keys", broken)
    with TestClient(create_app(web_store.path, cache_bytes=0), raise_server_exceptions=False) as test_client:
        for path in ("/claims", "/claims.json"):
            error = error_of(test_client, path, 500)
            assert error["message"] == "the server failed to answer this request; the error is in its log"
            assert "secret" not in test_client.get(path).text


def test_a_query_past_its_time_limit_is_a_503(web_store: WebStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from dronewatch.store.base import QueryTimeout

    def slow(self: SQLiteStore, *args: object) -> None:
        raise QueryTimeout("the query took longer than 10 s and was stopped; narrow it with filters")

    monkeypatch.setattr(SQLiteStore, "claim_page", slow)
    with TestClient(create_app(web_store.path, cache_bytes=0)) as test_client:
        assert error_of(test_client, "/claims.json", 503)["message"].startswith("the query took longer")


def test_invalid_request_data_is_a_400_in_the_error_shape(web_store: WebStore) -> None:
    # FastAPI validates declared parameters itself; its errors get the same shape (and status 400).
    app = create_app(web_store.path)

    @app.get("/typed")
    async def typed(n: int) -> dict[str, int]:
        return {"n": n}

    with TestClient(app) as test_client:
        error = error_of(test_client, "/typed?n=abc", 400)
        assert error["detail"]["errors"][0]["parameter"] == "query.n"


def test_limit_defaults_to_50_and_is_capped_at_1000(client: TestClient) -> None:
    assert client.get("/claims.json").json()["limit"] == 50
    assert client.get("/claims.json?limit=5000").json()["limit"] == 1000
    assert client.get("/claims.json?limit=").json()["limit"] == 50  # an empty form field is no filter


def test_pages_link_to_the_next_and_previous_page(client: TestClient) -> None:
    first = client.get("/claims.json?limit=2").json()
    assert len(first["claims"]) == 2
    assert first["previous"] is None
    assert first["next"] == "/claims.json?limit=2&offset=2"
    second = client.get(first["next"]).json()
    assert second["previous"] == "/claims.json?limit=2"
    keys = [(c["content_hash"], c["claim_index"]) for c in first["claims"] + second["claims"]]
    every = [
        (c["content_hash"], c["claim_index"]) for c in client.get("/claims.json?limit=4").json()["claims"]
    ]
    assert keys == every
    last = client.get("/claims.json?limit=1000").json()
    assert last["next"] is None
    html = client.get("/claims?limit=2").text
    assert 'href="/claims?limit=2&amp;offset=2"' in html


def test_claim_filters_narrow_the_list(client: TestClient) -> None:
    def keys(query: str) -> set[tuple[str, int]]:
        claims = client.get(f"/claims.json?limit=1000&{query}").json()["claims"]
        return {(c["content_hash"], c["claim_index"]) for c in claims}

    kharkiv = kharkiv_pair()[0].content_hash
    assert keys("place=UA-63") == {(kharkiv, 0)}
    assert keys("place=ua-63") == {(kharkiv, 0)}
    assert keys("place=geonames:706483&type=impact") == {(kharkiv, 0)}
    assert keys("source=syniehubov") == {(kharkiv, 0)}
    assert keys("lang=uk")
    assert all(c["source"] for c in client.get("/claims.json?lang=uk").json()["claims"])
    assert (kharkiv, 0) in keys("has_finding=unverified_claim")
    assert keys("since=2025-11-27&until=2025-11-27&type=impact") == {(kharkiv, 0)}
    assert keys("place=sea:black") == set()


def test_the_inspector_gives_spans_in_code_points_and_utf16(client: TestClient, web_store: WebStore) -> None:
    data = client.get(f"/claims/{web_store.emoji}/0.json").json()
    text = data["document"]["text"]
    assert text == EMOJI_TEXT
    utf16 = text.encode("utf-16-le")
    shifts = set()
    for evidence in data["evidence"]:
        start, end = evidence["span"]
        start16, end16 = evidence["span_utf16"]
        assert text[start:end] == evidence["text"]
        assert utf16[2 * start16 : 2 * end16].decode("utf-16-le") == evidence["text"]
        shifts.add(start16 - start)
    # 🚀 and the two regional indicators of 🇺🇦 come before every span, 💥 before the claimant:
    # each is one code point and two UTF-16 units.
    assert shifts == {3, 4}
    fields = {e["path"]: e for e in data["evidence"]}
    assert fields["destroyed"]["value"] == "12"
    assert fields["breakdown[0].place"]["value"] == "Bryansk Oblast (RU-BRY)"
    assert fields["claimant"]["field"] == "claimant"
    assert fields["$"]["field"] == "whole claim"


def test_the_inspector_lists_every_evidence_span_with_its_field(
    client: TestClient, web_store: WebStore
) -> None:
    data = client.get(f"/claims/{web_store.seed}/1.json").json()
    claim = data["claim"]
    paths = {e["path"] for e in data["evidence"]}
    assert {"$", "destroyed", "claimant", "breakdown[0].place", "breakdown[0].destroyed"} <= paths
    assert claim["destroyed"]["value"] == 83
    html = client.get(f"/claims/{web_store.seed}/1").text
    for i, evidence in enumerate(data["evidence"]):
        assert f'id="ev-{i}" data-ev="{i}" data-path="{evidence["path"]}"' in html


def test_untrusted_text_is_rendered_as_text(client: TestClient, web_store: WebStore) -> None:
    pages = [
        f"/documents/{web_store.hostile}",
        f"/claims/{web_store.hostile}/0",
        f"/claims/{web_store.hostile}/1",
        "/claims?place=RU-KRS",
        "/documents",
        "/sources",
        "/search?q=alert",
        f"/source?name={HOSTILE_SOURCE}",
    ]
    for path in pages:
        html = client.get(path).text
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
    document_page = client.get(f"/documents/{web_store.hostile}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in document_page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; title" in document_page
    data = client.get(f"/documents/{web_store.hostile}.json").json()
    assert data["document"]["text"] == HOSTILE_TEXT
    assert data["document"]["title"] == HOSTILE_TITLE


def test_search_finds_regions_sources_and_documents(client: TestClient, web_store: WebStore) -> None:
    data = client.get("/search.json?q=bryansk").json()
    assert [r["iso"] for r in data["regions"]] == ["RU-BRY"]
    hashes = [d["content_hash"] for d in data["documents"]]
    assert web_store.seed in hashes
    assert web_store.emoji in hashes
    first = data["documents"][0]["excerpt"]
    assert first["match"].casefold() == "bryansk"
    assert client.get("/search.json?q=TASS").json()["sources"] == ["TASS"]
    assert client.get("/search.json").json()["documents"] == []


def test_places_tallies_sources_and_findings_lists(client: TestClient) -> None:
    places = client.get("/places.json").json()["places"]
    assert {"RU-BRY", "UA-63"} <= {p["id"] for p in places}
    place = client.get("/places/RU-BRY.json").json()
    assert place["place"]["region"]["name"] == "Bryansk Oblast"
    assert all(c["type"] == "interception" for c in place["claims"])
    crimea = client.get("/places/UA-43.json").json()
    assert crimea["place"]["region"]["label"] == "UA-43"
    tallies = client.get("/tallies.json?by=admin1,type&type=interception").json()
    assert tallies["by"] == ["admin1", "type"]
    assert {"admin1": "RU-BEL", "type": "interception", "claims": 1, "destroyed": 12} | {
        "killed": None,
        "injured": None,
        "day": None,
        "claimant": None,
    } in tallies["tallies"]
    sources = client.get("/sources.json").json()["sources"]
    assert {"TASS", HOSTILE_SOURCE} <= {s["source"] for s in sources}
    findings = client.get("/findings.json?kind=unverified_claim").json()["findings"]
    assert findings
    assert all(f["kind"] == "unverified_claim" for f in findings)
    assert all(f["explanation"] for f in findings)


def test_the_openapi_description_lists_the_json_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    claims = spec["paths"]["/claims.json"]["get"]
    names = {p["name"] for p in claims["parameters"]}
    assert {"since", "until", "place", "type", "source", "lang", "has_finding", "limit", "offset"} == names
    assert "/claims/{content_hash}/{index}.json" in spec["paths"]
    assert "/claims" not in spec["paths"]  # the pages are not part of the API description
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs


def test_a_change_to_the_store_is_seen_through_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    with SQLiteStore(path) as writer:
        writer.save(*bulk_pair(1))
        with TestClient(create_app(path)) as test_client:
            assert len(test_client.get("/claims.json").json()["claims"]) == 2
            assert len(test_client.get("/claims.json").json()["claims"]) == 2  # from the cache
            writer.save(*bulk_pair(2))
            assert len(test_client.get("/claims.json").json()["claims"]) == 4


def test_the_app_refuses_a_missing_database(tmp_path: Path) -> None:
    from dronewatch.store import StoreError

    with pytest.raises(StoreError, match="there is no database at"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_serve_has_an_example_and_refuses_a_missing_database(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dronewatch.cli import cli

    runner = CliRunner()
    help_text = runner.invoke(cli, ["serve", "-h"]).output
    assert "Example:" in help_text
    assert "dronewatch --db attacks.db serve" in help_text
    missing = tmp_path / "missing.db"
    result = runner.invoke(cli, ["--db", str(missing), "serve"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: there is no database at {missing}; create it with: dronewatch --db {missing} ingest PATH"
    )


def test_serve_migrates_a_store_of_an_older_dronewatch_first(
    tmp_path: Path, web_store: WebStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import sqlite3
    from contextlib import closing

    import uvicorn
    from click.testing import CliRunner

    from dronewatch.cli import cli

    older = tmp_path / "older.db"
    shutil.copy(web_store.path, older)
    with closing(sqlite3.connect(older)) as conn, conn:
        conn.execute("DROP TABLE claim_summaries")
        conn.execute("DELETE FROM migrations WHERE version = 3")
    served: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append(app))
    result = CliRunner().invoke(cli, ["--db", str(older), "serve"])
    assert result.exit_code == 0, result.output
    assert f"Migrated {older} to schema 3" in result.output
    assert len(served) == 1
    with TestClient(served[0]) as client:  # type: ignore[arg-type]
        assert client.get("/claims.json?place=RU-BRY").json()["claims"][0]["destroyed"]["value"] == 83
        assert "83 downed" in client.get("/claims?place=RU-BRY").text


def test_a_claims_table_from_summaries_is_the_table_from_the_records(web_store: WebStore) -> None:
    from dronewatch.api.present import claim_rows, page_record, summary_rows
    from dronewatch.store.base import ClaimQuery

    with SQLiteStore(web_store.path, read_only=True) as store:
        for query in (
            ClaimQuery(),
            ClaimQuery(place="RU-KRS"),
            ClaimQuery(type="impact"),
            ClaimQuery(has_finding="any"),
            ClaimQuery(limit=3, offset=2),
        ):
            records = [page_record(c) for c in store.claim_page(query)]
            rows = summary_rows(store.claim_summaries(query))
            assert rows == claim_rows(records), query
            assert rows.count("<tr>") == len(records) > 0, query


def test_the_filter_form_shows_the_filters_of_each_request(web_store: WebStore) -> None:
    with TestClient(create_app(web_store.path, cache_bytes=0)) as client:
        for _ in range(2):  # the second time, the forms come from what was rendered the first
            impact = client.get("/claims?type=impact&lang=ru").text
            assert '<option value="impact" selected>' in impact
            assert '<option value="ru" selected>' in impact
            plain = client.get("/claims").text
            assert " selected>" not in plain
            tallies = client.get("/tallies?by=day&source=%3Cb%3E").text
            assert '<input type="hidden" name="by" value="day">' in tallies
            assert 'name="source" size="14" value="&lt;b&gt;"' in tallies


def test_a_claims_twin_writes_the_stored_json_as_the_records_would_be_written(web_store: WebStore) -> None:
    import json

    from dronewatch.api.present import page_record, page_records_json
    from dronewatch.api.twins import dumps
    from dronewatch.store.base import ClaimQuery

    with SQLiteStore(web_store.path, read_only=True) as store:
        for query in (ClaimQuery(), ClaimQuery(place="RU-KRS"), ClaimQuery(has_finding="any")):
            claims = store.claim_page(query)
            assert claims
            written = page_records_json(claims)
            assert written == dumps([page_record(c) for c in claims]), query
            assert dumps({"claims": written, "limit": 2}) == dumps(
                {"claims": [page_record(c) for c in claims], "limit": 2}
            )
            # The stored members come first, then the provenance, none of them named twice.
            for claim, record in zip(claims, json.loads(written), strict=True):
                stored = json.loads(claim.claim_json)
                assert list(record)[: len(stored)] == list(stored)
                assert len(record) == len(stored) + 7
