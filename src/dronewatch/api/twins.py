"""Pages and their JSON twins: one handler builds the data, served as JSON and rendered as HTML.

``twin(path, template, ...)`` registers a handler at ``path`` (HTML, from ``templates/<template>``)
and at ``path + ".json"`` (the same data as JSON, listed in the OpenAPI description with its
parameters). The template renders from exactly the data the JSON twin serves, plus helpers for the
page — except that a claims list (``Context.html``) renders its rows from the store's summary columns,
the same claims in the same order; both run the handler under the store's time limit, on a read-only
connection of their thread.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response

from dronewatch import __version__
from dronewatch.api.cache import CACHE_BYTES, Cached, ResponseCache
from dronewatch.api.params import CLAIM_FILTERS, Params, openapi_parameters
from dronewatch.api.present import FILTERS, RawJSON
from dronewatch.store import SQLiteStore

__all__ = ["QUERY_SECONDS", "Context", "Page", "Readers", "render", "twin"]

QUERY_SECONDS = 10.0
"""A request's reads are stopped after this long (503). The slowest page on the 100,000-claim load
test store, a text search over every document, takes about a second on the project's machines."""


class Readers:
    """One read-only store connection and one response cache per thread (SQLite connections, and
    so data versions, belong to their thread)."""

    def __init__(self, path: Path, cache_bytes: int = CACHE_BYTES) -> None:
        self.path = path
        self.cache_bytes = cache_bytes
        self._local = threading.local()

    def get(self) -> SQLiteStore:
        store: SQLiteStore | None = getattr(self._local, "store", None)
        if store is None:
            store = SQLiteStore(self.path, read_only=True)
            self._local.store = store
            self._local.cache = ResponseCache(self.cache_bytes)
        return store

    def cache(self) -> ResponseCache:
        """This thread's response cache (``get`` first)."""
        self.get()
        cache: ResponseCache = self._local.cache
        return cache

    def close_mine(self) -> None:
        """Close this thread's connection, if it has one."""
        store: SQLiteStore | None = getattr(self._local, "store", None)
        if store is not None:
            store.close()
            self._local.store = None


@dataclass
class Context:
    """What a handler gets: the request, its checked parameters, path parameters and the store.

    ``html`` is True when the page is rendered, False for its JSON twin: a list page may then read
    only what its table shows (see ``views.claims``).
    """

    request: Request
    params: Params
    path: dict[str, str]
    store: SQLiteStore
    html: bool = False


@dataclass
class Page:
    """A handler's result: ``data`` is the JSON twin; ``extra`` only helps the template render it."""

    data: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    title: str = ""


Handler = Callable[[Context], Page]

_environment = jinja2.Environment(
    loader=jinja2.PackageLoader("dronewatch.api", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    # The templates are package data, not edited under a running server: no file check per render.
    auto_reload=False,
    trim_blocks=True,
    lstrip_blocks=True,
)
_environment.globals["version"] = __version__
_environment.filters.update(FILTERS)


@dataclass(frozen=True)
class _Filled:
    """The values a filter form shows, read as ``Params.text`` reads them."""

    values: tuple[tuple[str, str | None], ...]

    def text(self, name: str) -> str | None:
        return dict(self.values).get(name)


@lru_cache(maxsize=1024)
def _filter_form(
    filled: _Filled, action: str, langs: tuple[str, ...], kinds: tuple[str, ...], extra: tuple[str, ...]
) -> Markup:
    form: Callable[..., str] = _environment.get_template("_macros.html").module.filters  # type: ignore[attr-defined]
    return Markup(form(filled, action, langs, kinds, extra))


def filter_form(
    params: Params, action: str, langs: Sequence[str], kinds: Sequence[str], extra: Sequence[str] = ()
) -> Markup:
    """The claim filters' form (the ``filters`` macro) for these parameters, rendered once per set of
    values: the pages of a list, and every visit to it, show the same few forms."""
    filled = _Filled(tuple((name, params.text(name)) for name in (*extra, *CLAIM_FILTERS)))
    return _filter_form(filled, action, tuple(langs), tuple(kinds), tuple(extra))


@lru_cache(maxsize=1024)
def navigation(path: str) -> Markup:
    """The links to the pages (the ``nav`` macro), the current one marked, rendered once per path;
    one link a line, without the last line's end (the page template ends it)."""
    links: Callable[[str], str] = _environment.get_template("_macros.html").module.nav  # type: ignore[attr-defined]
    return Markup(links(path).rstrip("\n"))


_environment.globals["filter_form"] = filter_form
_environment.globals["navigation"] = navigation


def render(template: str, **context: Any) -> str:
    """A template rendered with autoescaping: every value is text unless the template says otherwise."""
    return _environment.get_template(template).render(**context)


def dumps(data: Any) -> str:
    """Compact JSON; a value of an object that is ``RawJSON`` is written as the text it holds."""
    if isinstance(data, dict) and any(isinstance(value, RawJSON) for value in data.values()):
        members = (
            f"{_dumps(key)}:{value if isinstance(value, RawJSON) else _dumps(value)}"
            for key, value in data.items()
        )
        return "{" + ",".join(members) + "}"
    return _dumps(data)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _path_parameters(path: str) -> list[dict[str, Any]]:
    return [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in re.findall(r"\{(\w+)\}", path)
    ]


def twin(
    router: APIRouter,
    readers: Callable[[Request], Readers],
    path: str,
    template: str,
    *,
    params: Sequence[str],
    summary: str,
    json_path: str | None = None,
) -> Callable[[Handler], Handler]:
    """Register ``handler`` as the page at ``path`` and its JSON twin at ``json_path`` (``path.json``).

    Args:
        router: where to register the two routes.
        readers: finds the app's ``Readers`` from a request.
        path: the page's path, with ``{name}`` path parameters.
        template: the page's template.
        params: the query parameters the page takes (see ``params.SPECS``); any other is a 400.
        summary: one line for the OpenAPI description; the handler's docstring is its description.
        json_path: the twin's path when it is not ``path + ".json"`` (``/index.json`` for ``/``).
    """

    def register(handler: Handler) -> Handler:
        def run(request: Request, html: bool) -> tuple[Page, Params]:
            checked = Params(request, params)
            store = readers(request).get()
            with store.time_limit(QUERY_SECONDS):
                return handler(Context(request, checked, dict(request.path_params), store, html)), checked

        def cached(request: Request, make: Callable[[], tuple[bytes, str]]) -> Response:
            # The key is the whole address: the JSON twin and the page differ in their path.
            own = readers(request)
            cache = own.cache()
            if cache.max_bytes == 0:
                # Nothing is kept: no need to ask the store for its data version.
                body, media_type = make()
                return Response(body, media_type=media_type)
            version = own.get().data_version()
            key = (request.url.path, request.url.query)
            entry = cache.get(key, version)
            if entry is None:
                body, media_type = make()
                entry = Cached(version, body, media_type)
                cache.put(key, entry)
            return Response(entry.body, media_type=entry.media_type)

        async def as_json(request: Request) -> Response:
            def make() -> tuple[bytes, str]:
                page, _ = run(request, html=False)
                return dumps(page.data).encode("utf-8"), "application/json"

            return cached(request, make)

        async def as_html(request: Request) -> Response:
            def make() -> tuple[bytes, str]:
                page, checked = run(request, html=True)
                twin_url = (json_path or f"{request.url.path}.json") + (
                    f"?{request.url.query}" if request.url.query else ""
                )
                body = render(
                    template,
                    data=page.data,
                    title=page.title,
                    json_url=twin_url,
                    path=request.url.path,
                    params=checked,
                    **page.extra,
                )
                return body.encode("utf-8"), "text/html; charset=utf-8"

            return cached(request, make)

        openapi = {"parameters": _path_parameters(path) + openapi_parameters(params)}
        router.add_api_route(
            json_path or f"{path}.json",
            as_json,
            methods=["GET"],
            summary=summary,
            description=(handler.__doc__ or "").strip(),
            openapi_extra=openapi,
            response_class=Response,
            name=f"{handler.__name__}_json",
        )
        # An API route, like its twin, though FastAPI's parameter handling does nothing for a page:
        # a plain route would also answer HEAD and name it in the Allow header of a 405.
        router.add_api_route(
            path,
            as_html,
            methods=["GET"],
            include_in_schema=False,
            response_class=Response,
            name=handler.__name__,
        )
        return handler

    return register
