"""One JSON error shape for every error the web layer returns, and the headers every response carries.

Every error — a bad parameter, an unknown page, a method not allowed, a query that ran too long, a
bug — is answered with ``{"error": {"status": int, "message": str, "detail": {...}}}`` and its status
code, from the HTML pages and the JSON API alike, so a client needs one way to read errors.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dronewatch.store.base import QueryError, QueryTimeout

__all__ = ["SECURITY_HEADERS", "ApiError", "error_body", "install_error_handlers"]

log = logging.getLogger("dronewatch.api")

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        # Leaflet's CSS draws a few controls from data: URIs.
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
"""Scripts, styles and everything else only from this server: no inline script or style, no CDN."""

SECURITY_HEADERS: dict[str, str] = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
"""Sent with every response, pages, JSON, static files and errors alike."""

_REASONS = {
    400: "bad request",
    404: "not found",
    405: "method not allowed",
    422: "unprocessable request",
    500: "internal error",
    503: "service unavailable",
}


class ApiError(Exception):
    """An error to answer with the JSON error shape.

    Args:
        status: the HTTP status.
        message: what went wrong and how to fix it, in one sentence.
        detail: machine-readable specifics (the parameter, the allowed values).
    """

    def __init__(self, status: int, message: str, detail: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail or {}


def error_body(status: int, message: str, detail: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON error shape."""
    return {"error": {"status": status, "message": message, "detail": detail or {}}}


def _response(
    status: int, message: str, detail: dict[str, Any] | None = None, headers: dict[str, str] | None = None
) -> Response:
    body = json.dumps(error_body(status, message, detail), ensure_ascii=False)
    return Response(body, status_code=status, media_type="application/json", headers=headers)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return _response(exc.status, exc.message, exc.detail)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        message = f"there is nothing at {request.url.path}; the pages and the API are listed at /docs"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}; this server only reads (use GET)"
    else:
        message = str(exc.detail) if exc.detail else _REASONS.get(exc.status_code, "error")
    return _response(exc.status_code, message, {}, dict(exc.headers or {}))


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"parameter": ".".join(str(part) for part in error.get("loc", ())), "problem": error.get("msg", "")}
        for error in exc.errors()
    ]
    return _response(400, "the request's parameters are not valid; see detail", {"errors": errors})


async def _query_error(request: Request, exc: Exception) -> Response:
    return _response(400, str(exc))


async def _timeout(request: Request, exc: Exception) -> Response:
    return _response(503, str(exc))


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error the app raises with the JSON error shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(QueryTimeout, _timeout)
    app.add_exception_handler(QueryError, _query_error)


class Guard:
    """ASGI middleware: the security headers on every response, and a JSON 500 for any uncaught error.

    It wraps the whole app (routing, exception handlers, static files), so that nothing leaves the
    server without the headers, and a bug answers with the error shape instead of a bare text page.
    The error itself is logged, never sent to the client.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self._headers if k not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        try:
            await self.app(scope, receive, guarded_send)
        except Exception:
            log.exception("error answering %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            response = _response(500, "the server failed to answer this request; the error is in its log")
            await response(scope, receive, guarded_send)
