"""The web dashboard and REST API: read-only pages with JSON twins over the store.

``create_app(db_path)`` builds the FastAPI application; ``dronewatch serve`` runs it with uvicorn.
Modules: ``app`` (the factory), ``views`` (each page and its JSON twin), ``twins`` (how a page and its
twin share one handler), ``params`` (strict query parameters), ``present`` (records as JSON, evidence
in both offset units), ``charts`` (the timeline), ``regions`` (the map's regions), ``errors`` (the
one JSON error shape and the security headers).
"""

from dronewatch.api.app import create_app

__all__ = ["create_app"]
