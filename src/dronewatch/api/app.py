"""The FastAPI application: read-only pages and JSON over a dronewatch store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from dronewatch import __version__
from dronewatch.api.cache import CACHE_BYTES
from dronewatch.api.errors import Guard, install_error_handlers
from dronewatch.api.twins import Readers, render
from dronewatch.api.views import router
from dronewatch.store import SQLiteStore

__all__ = ["create_app"]

DESCRIPTION = """Read-only access to a dronewatch store: documents, claims (in the extract-v1 shape,
with their document id), findings, places and tallies.

Every HTML page of the dashboard has a JSON twin at the same path with `.json` (`/claims` and
`/claims.json`; the overview `/` has `/index.json`). Lists take `limit` (default 50, at most 1,000) and
`offset` and give the `next` and `previous` pages. Every error, whatever its status, is
`{"error": {"status": int, "message": str, "detail": {...}}}`; an unknown parameter or value is a 400.
"""


def create_app(db_path: str | Path, *, cache_bytes: int = CACHE_BYTES) -> FastAPI:
    """The dashboard and REST API over the store at ``db_path``, which only ever reads it.

    Args:
        db_path: an existing dronewatch database.
        cache_bytes: how many bytes of responses to keep until the store changes (see ``cache``);
            0 answers every request afresh.

    Returns:
        The ASGI application (serve it with uvicorn, or test it with an in-process client).

    Raises:
        StoreError: the database is missing, unreadable or of another schema version.
    """
    path = Path(db_path)
    # Fail now, with the store's message, rather than on the first request.
    SQLiteStore(path, read_only=True).close()
    readers = Readers(path, cache_bytes)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        readers.close_mine()

    app = FastAPI(
        title="dronewatch",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.readers = readers
    install_error_handlers(app)
    app.add_middleware(Guard)
    static = resources.files("dronewatch.api").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(router)

    @app.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> Response:
        """The OpenAPI description in Swagger UI, served from this app (no CDN, no inline script)."""
        body = render("docs.html", title="API", json_url="/openapi.json", path="/docs", params=None)
        return Response(body, media_type="text/html; charset=utf-8")

    return app
